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
   * Rects of what the page shows in `box` (and in open shadow roots inside it), the editor
   * aside: its controls, and text outside them (a character counter, a label, a title).
   */
  function controlsIn(box, editor) {
    const rects = [];
    const add = (rect) => {
      if (visible(rect) && rects.length < MAX_CONTROLS) rects.push(rect);
    };
    const visit = (root) => {
      for (const element of root.querySelectorAll("*")) {
        if (rects.length >= MAX_CONTROLS) return;
        if (element.shadowRoot) visit(element.shadowRoot);
        if (element === editor || element.contains(editor) || editor.contains(element)) continue;
        if (element.matches(CONTROLS)) {
          add(element.getBoundingClientRect());
          continue;
        }
        if (element.closest(CONTROLS)) continue; // inside a control already counted
        for (const child of element.childNodes) {
          if (child.nodeType === Node.TEXT_NODE && child.data.trim()) add(textRect(child));
        }
      }
    };
    if (box.shadowRoot) visit(box.shadowRoot);
    visit(box);
    return rects;
  }

  /**
   * What the overlay must leave clear around `editor`: {editor: its rect, container: the
   * compose dialog's rect (null when it is not in a dialog), controls: rects}.
   */
  function sceneOf(editor) {
    const { element, dialog } = boxOf(editor);
    const rect = editor.getBoundingClientRect();
    return {
      editor: rect,
      container: dialog ? element.getBoundingClientRect() : null,
      controls: element === editor ? [] : controlsIn(element, editor),
    };
  }

  ns.compose = Object.freeze({ sceneOf });
})((globalThis.smmlint ??= {}));
