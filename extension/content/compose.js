/*
 * The compose box around an editor, as the page draws it: the dialog or the box holding the
 * editor with its own controls (Post, the toolbar, other posts of a thread) and labels (a
 * character counter, a title), which the badge, the panel and the tooltip must leave clear.
 * Read only: nothing here changes the page.
 */
(function (ns) {
  "use strict";

  /** The page's own controls near an editor (a toolbar's buttons, not the space between). */
  const CONTROLS =
    'button, [role="button"], [role="tab"], [role="menuitem"], a[href], ' +
    'input:not([type="hidden"]), select, textarea, [contenteditable="true"]';
  const DIALOG = 'dialog, [role="dialog"], [aria-modal="true"]';
  /** How far (px) around the editor the compose box's own controls may lie. */
  const REACH_X = 160;
  const REACH_Y = 360;
  /** At most this many ancestors up, and this many controls read. */
  const MAX_DEPTH = 12;
  const MAX_CONTROLS = 200;

  const parentOf = (node) =>
    node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentElement;

  const near = (rect, editor) =>
    rect.left >= editor.left - REACH_X &&
    rect.right <= editor.right + REACH_X &&
    rect.top >= editor.top - REACH_Y &&
    rect.bottom <= editor.bottom + REACH_Y;

  /**
   * The compose box of `editor`: the dialog holding it, else its widest ancestor that stays
   * close around it (the editor with its toolbar and Post button, not the whole page).
   * Returns {element, dialog: boolean}.
   */
  function boxOf(editor) {
    const rect = editor.getBoundingClientRect();
    let box = editor;
    let node = parentOf(editor);
    for (let depth = 0; node && depth < MAX_DEPTH; depth += 1, node = parentOf(node)) {
      if (node.matches(DIALOG)) return { element: node, dialog: true };
      if (node === document.body || node === document.documentElement) break;
      if (near(node.getBoundingClientRect(), rect)) box = node;
    }
    return { element: box, dialog: false };
  }

  const visible = (rect) => rect.right > rect.left && rect.bottom > rect.top;

  /** The tight box of the text `node` shows (a Range: reading it changes nothing). */
  function textRect(node) {
    const range = document.createRange();
    range.selectNodeContents(node);
    return range.getBoundingClientRect();
  }

  /**
   * What the page shows in `box` (and in open shadow roots inside it), the editor aside: its
   * controls (elements), and text outside them (text nodes: a character counter, a title).
   */
  function shownIn(box, editor) {
    const shown = [];
    const visit = (root) => {
      for (const element of root.querySelectorAll("*")) {
        if (shown.length >= MAX_CONTROLS) return;
        if (element.shadowRoot) visit(element.shadowRoot);
        if (element === editor || element.contains(editor) || editor.contains(element)) continue;
        if (element.matches(CONTROLS)) {
          shown.push(element);
          continue;
        }
        if (element.closest(CONTROLS)) continue; // inside a control already counted
        for (const child of element.childNodes) {
          if (child.nodeType === Node.TEXT_NODE && child.data.trim()) shown.push(child);
        }
      }
    };
    if (box.shadowRoot) visit(box.shadowRoot);
    visit(box);
    return shown;
  }

  /**
   * The compose box around `editor` and what it shows: a walk over the box, done again only
   * now and then (the caller keeps it; measure() is what runs on every layout change).
   */
  function find(editor) {
    const { element, dialog } = boxOf(editor);
    return {
      editor,
      container: dialog ? element : null,
      shown: element === editor ? [] : shownIn(element, editor),
    };
  }

  /**
   * Where things are now (viewport rects), for geometry.js: {editor, container: the compose
   * dialog's rect or null, controls: the rects of the controls and labels to leave clear}.
   */
  function measure(found) {
    const controls = [];
    for (const node of found.shown) {
      if (!node.isConnected) continue;
      const rect = node.nodeType === Node.TEXT_NODE ? textRect(node) : node.getBoundingClientRect();
      if (visible(rect)) controls.push(rect);
    }
    return {
      editor: found.editor.getBoundingClientRect(),
      container: found.container?.isConnected ? found.container.getBoundingClientRect() : null,
      controls,
    };
  }

  ns.compose = Object.freeze({ find, measure });
})((globalThis.smmlint ??= {}));
