// What every test page exposes to the browser tests (page world): the editor element, the
// editor library's own model text and offsets, the app rewriting the text, and a mutation
// recorder for the whole page around the editor.

const recorded = [];
let observers = [];

function describe(record) {
  const target = record.target.nodeName;
  const changes = `+${record.addedNodes.length}-${record.removedNodes.length}`;
  return (
    `${record.type}:${target}:${record.attributeName ?? ""}:${changes}` +
    (record.attributeName === "class" ? `[${record.target.className}]` : "")
  );
}

const EXTENSION_HOST = "SMMLINT-ROOT";
const isExtensionHost = (node) => node.nodeName === EXTENSION_HOST;

/** The extension's own host on <body> (attached, restyled, its data-* state) is not the page's. */
function isExtensionOwn(record) {
  if (isExtensionHost(record.target)) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return record.type === "childList" && nodes.length > 0 && nodes.every(isExtensionHost);
}

/** The document and every shadow root between it and the editor (LinkedIn's #interop-outlet). */
function treesAround(root) {
  const trees = [document.documentElement];
  for (let tree = root.getRootNode(); tree instanceof ShadowRoot; tree = tree.host.getRootNode()) {
    trees.push(tree);
  }
  return trees;
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

function record(records) {
  recorded.push(...records.filter((entry) => !isExtensionOwn(entry)).map(describe));
}

/**
 * editor: {root(): the editing element; text(): the library's model text, one "\n" per block
 * boundary (the text the extension must read); offsetOf(node, offset): a DOM position as an
 * offset into text(), worked out by the library itself; rewrite(text): the app replaces the
 * whole text programmatically}. `all` lists every editor on the page when there are several.
 */
export function expose(editor, all = [editor]) {
  const api = {
    ...editor,
    /** The editor element with its own attributes, its content (and a textarea's value). */
    html() {
      const root = editor.root();
      const html =
        root instanceof HTMLTextAreaElement ? `${root.outerHTML}|${root.value}` : root.outerHTML;
      return html.replace(RANDOM_ATTRIBUTES, "");
    },
    caret: () => caretIn(editor.root()),
    focused: () => deepActiveElement() === editor.root(),
    /** Records every mutation on the page (the editor, its wrappers, a shadow host and root). */
    startRecording() {
      recorded.length = 0;
      for (const observer of observers) observer.disconnect();
      observers = treesAround(editor.root()).map((tree) => {
        const observer = new MutationObserver(record);
        observer.observe(tree, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        return observer;
      });
    },
    stopRecording() {
      for (const observer of observers) {
        record(observer.takeRecords());
        observer.disconnect();
      }
      observers = [];
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
