/*
 * Keyboard use of the panel and the tooltip without taking focus from the editor. Moving real
 * focus out of a contenteditable makes Chromium drop its selection, and giving it back would
 * mean setting the selection: the one thing the extension never does. So while a box of ours
 * is open from the keyboard, focus and caret stay in the editor and this cursor walks the
 * box's buttons and links: Tab and Shift+Tab move it, Enter or Space press the one it is on
 * (marked data-current, drawn like a focus ring). The keys it uses never reach the editor.
 */
(function (ns) {
  "use strict";

  /** A cursor over the buttons and links of `container` (one of our boxes). */
  function createCursor(overlay, container) {
    let index = -1;
    let active = false;

    const stops = () =>
      [...container.querySelectorAll("button, a[href]")].filter(
        (node) => !node.closest("[hidden]") && !node.disabled,
      );

    function mark(next) {
      const all = stops();
      for (const node of all) {
        if (node.hasAttribute("data-current")) node.removeAttribute("data-current");
      }
      if (!all.length) return;
      index = (next + all.length) % all.length;
      overlay.setAttribute(all[index], "data-current", "");
      // Scrolled into the box's view by hand: scrollIntoView could scroll the page too.
      const node = all[index];
      if (node.offsetTop < container.scrollTop) container.scrollTop = node.offsetTop - 8;
      const bottom = node.offsetTop + node.offsetHeight - container.clientHeight + 8;
      if (bottom > container.scrollTop) container.scrollTop = bottom;
    }

    return {
      get active() {
        return active;
      },
      start() {
        active = true;
        overlay.setAttribute(container, "data-keyboard", "");
        mark(0);
      },
      stop() {
        active = false;
        index = -1;
        container.removeAttribute("data-keyboard");
        for (const node of stops()) node.removeAttribute("data-current");
      },
      /** Handles Tab, Shift+Tab, Enter and Space while active; true when it used the key. */
      handle(event) {
        if (!active) return false;
        if (event.key === "Tab") {
          mark(index + (event.shiftKey ? -1 : 1));
        } else if (event.key === "Enter" || event.key === " ") {
          stops()[index]?.click();
        } else {
          return false;
        }
        event.preventDefault();
        event.stopPropagation();
        return true;
      },
    };
  }

  /**
   * Escape closes one of our boxes (calls `close`) and goes no further: it closes the box, not
   * the site's compose dialog. True when it was Escape.
   */
  function closeOnEscape(event, close) {
    if (event.key !== "Escape") return false;
    event.preventDefault();
    event.stopPropagation();
    close();
    return true;
  }

  ns.keys = Object.freeze({ createCursor, closeOnEscape });
})((globalThis.smmlint ??= {}));
