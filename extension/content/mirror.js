/*
 * A mirror for a textarea: a transparent copy of its text with the same box and font,
 * placed over it in the extension's overlay. Highlights go on the mirror's text node, so
 * the textarea itself is never touched.
 */
(function (ns) {
  "use strict";

  const COPIED = [
    "font-family",
    "font-size",
    "font-weight",
    "font-style",
    "font-variant",
    "font-stretch",
    "font-kerning",
    "font-feature-settings",
    "letter-spacing",
    "word-spacing",
    "line-height",
    "text-transform",
    "text-indent",
    "text-align",
    "text-rendering",
    "direction",
    "tab-size",
    "word-break",
    "padding-top",
    "padding-right",
    "padding-bottom",
    "padding-left",
    "border-top-width",
    "border-right-width",
    "border-bottom-width",
    "border-left-width",
    "border-top-style",
    "border-right-style",
    "border-bottom-style",
    "border-left-style",
  ];

  /**
   * A mirror of `textarea` inside `overlay`; call sync() after edits, place() after moves and
   * restyles (the page may change the textarea's font or padding at any time).
   */
  function create(textarea, overlay) {
    const node = overlay.element("div", "mirror");
    const text = document.createTextNode("");
    node.append(text);
    overlay.shadow.append(node);

    let metrics;
    let copied = "";
    /** Copies the textarea's font, spacing and box, only when they changed since last time. */
    function copyStyle() {
      const style = getComputedStyle(textarea);
      const values = COPIED.map((property) => style.getPropertyValue(property));
      const wrap = textarea.getAttribute("wrap") === "off" ? "pre" : "";
      const signature = [...values, wrap].join("|");
      if (signature === copied) return;
      copied = signature;
      COPIED.forEach((property, index) => node.style.setProperty(property, values[index]));
      node.style.setProperty("white-space", wrap);
      metrics = {
        borders: parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth),
        paddingRight: parseFloat(style.paddingRight),
      };
    }

    return {
      /** The text node the highlights point into. */
      text,
      /** Copies the textarea's value; returns it. */
      sync() {
        const value = textarea.value;
        if (text.data !== value) text.data = value;
        return value;
      },
      /** Matches the textarea's style, box, scrollbar and scroll position. */
      place() {
        copyStyle();
        const box = overlay.toLocal(textarea.getBoundingClientRect());
        const scrollbar = textarea.offsetWidth - textarea.clientWidth - metrics.borders;
        node.style.left = `${box.left}px`;
        node.style.top = `${box.top}px`;
        node.style.width = `${box.width}px`;
        node.style.height = `${box.height}px`;
        node.style.paddingRight = `${metrics.paddingRight + Math.max(0, scrollbar)}px`;
        node.scrollTop = textarea.scrollTop;
        node.scrollLeft = textarea.scrollLeft;
      },
      remove() {
        node.remove();
      },
    };
  }

  ns.mirror = Object.freeze({ create });
})((globalThis.smmlint ??= {}));
