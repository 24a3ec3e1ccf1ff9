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

  /** A mirror of `textarea` inside `overlay`; call sync() after edits, place() after moves. */
  function create(textarea, overlay) {
    const node = overlay.element("div", "mirror");
    const text = document.createTextNode("");
    node.append(text);
    overlay.shadow.append(node);

    let metrics;
    function copyStyle() {
      const style = getComputedStyle(textarea);
      for (const property of COPIED) {
        node.style.setProperty(property, style.getPropertyValue(property));
      }
      if (textarea.getAttribute("wrap") === "off") node.style.setProperty("white-space", "pre");
      metrics = {
        borders: parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth),
        paddingRight: parseFloat(style.paddingRight),
      };
    }
    copyStyle();

    return {
      /** The text node the highlights point into. */
      text,
      /** Copies the textarea's value; returns it. */
      sync() {
        const value = textarea.value;
        if (text.data !== value) text.data = value;
        return value;
      },
      /** Matches the textarea's box, scrollbar and scroll position. */
      place() {
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
      restyle: copyStyle,
      remove() {
        node.remove();
      },
    };
  }

  ns.mirror = Object.freeze({ create });
})((globalThis.smmlint ??= {}));
