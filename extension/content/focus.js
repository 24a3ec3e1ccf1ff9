/*
 * The only focus moves the extension makes, both asked for with the keyboard: into its own
 * panel or tooltip (Alt+Shift+L, "Show"), and back to the editor when that closes. Focusing
 * the editor again keeps its selection: a textarea restores its own, and a contenteditable
 * keeps the document's selection, which never left it (our boxes hold no selectable text and
 * cancel mousedown). Nothing here runs for mouse use, so typing never loses focus.
 */
(function (ns) {
  "use strict";

  /** Moves focus to one of our own elements (in the overlay's shadow root). */
  function enter(node) {
    node.focus({ preventScroll: true });
  }

  /** Whether focus is inside `container` (one of our boxes, in the overlay's shadow root). */
  function within(container) {
    const active = container.getRootNode().activeElement;
    return Boolean(active && container.contains(active));
  }

  /** Gives focus back to `editor` if it is inside `container`; the selection stays as it was. */
  function giveBack(container, editor) {
    if (within(container) && editor.isConnected) editor.focus({ preventScroll: true });
  }

  /** Keeps Tab and Shift+Tab inside `container` (a dialog of ours). */
  function trapTab(event, container) {
    if (event.key !== "Tab") return;
    const stops = [...container.querySelectorAll("button, a[href]")].filter(
      (node) => !node.closest("[hidden]") && !node.disabled,
    );
    if (!stops.length) return;
    const active = container.getRootNode().activeElement;
    const index = stops.indexOf(active);
    const next = event.shiftKey
      ? stops[index <= 0 ? stops.length - 1 : index - 1]
      : stops[index === -1 || index === stops.length - 1 ? 0 : index + 1];
    event.preventDefault();
    enter(next);
  }

  ns.focus = Object.freeze({ enter, within, giveBack, trapTab });
})((globalThis.smmlint ??= {}));
