// What every test page exposes to the browser tests (page world): the editor element, the
// editor library's own model text, the app rewriting the text, and a mutation recorder.

const recorded = [];
let observer = null;

function describe(record) {
  const target = record.target.nodeName;
  const changes = `+${record.addedNodes.length}-${record.removedNodes.length}`;
  return (
    `${record.type}:${target}:${record.attributeName ?? ""}:${changes}` +
    (record.attributeName === "class" ? `[${record.target.className}]` : "")
  );
}

/** Attributes editor libraries fill with random keys: equal runs differ only in these. */
const RANDOM_ATTRIBUTES = / (data-offset-key|data-editor|aria-describedby|aria-owns|id)="[^"]*"/g;

/** The caret as {start, end} text offsets inside `root` (Range text, so without block newlines). */
function caretIn(root) {
  if (root instanceof HTMLTextAreaElement)
    return { start: root.selectionStart, end: root.selectionEnd };
  const shadow = root.getRootNode();
  const selection =
    shadow instanceof ShadowRoot && shadow.getSelection ? shadow.getSelection() : getSelection();
  if (!selection || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer)) return null;
  const offset = (node, at) => {
    const before = document.createRange();
    before.setStart(root, 0);
    before.setEnd(node, at);
    return before.toString().length;
  };
  return {
    start: offset(range.startContainer, range.startOffset),
    end: offset(range.endContainer, range.endOffset),
  };
}

function deepActiveElement() {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/**
 * editor: {root(): the editing element, text(): the library's model text,
 * rewrite(text): the app replaces the whole text programmatically}. `all` lists every editor
 * on the page when there are several.
 */
export function expose(editor, all = [editor]) {
  const api = {
    ...editor,
    html() {
      const root = editor.root();
      const html =
        root instanceof HTMLTextAreaElement ? `${root.outerHTML}|${root.value}` : root.innerHTML;
      return html.replace(RANDOM_ATTRIBUTES, "");
    },
    caret: () => caretIn(editor.root()),
    focused: () => deepActiveElement() === editor.root(),
    startRecording() {
      recorded.length = 0;
      observer?.disconnect();
      observer = new MutationObserver((records) => recorded.push(...records.map(describe)));
      observer.observe(editor.root(), {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    },
    stopRecording() {
      recorded.push(...observer.takeRecords().map(describe));
      observer.disconnect();
      return recorded.slice();
    },
  };
  window.testEditor = api;
  window.testEditors = all;
  window.testEditorReady = true;
}

/** Puts CSS (a library's stylesheet) into the document or a shadow root. */
export function addStyle(css, root = document.head) {
  const style = document.createElement("style");
  style.textContent = css;
  root.append(style);
}
