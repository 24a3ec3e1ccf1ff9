/*
 * The extension's own shadow host on <body>: badges, the panel, the tooltip and textarea
 * mirrors live here, never inside the page's editor. Its attributes expose the state
 * (data-state, data-score...) for people debugging and for the browser tests.
 */
(function (ns) {
  "use strict";

  const STYLE = `
    :host { all: initial; }
    * { box-sizing: border-box; }
    .badge, .panel, .tooltip {
      position: absolute; pointer-events: auto; font: 13px/1.4 system-ui, sans-serif;
      color: #202124; -webkit-user-select: none; user-select: none;
    }
    .badge {
      min-width: 24px; height: 22px; padding: 0 6px; border-radius: 11px; border: 0;
      font-weight: 600; font-size: 12px; line-height: 22px; text-align: center; cursor: pointer;
      color: #fff; background: #5f6368; box-shadow: 0 1px 3px rgba(0, 0, 0, 0.3); opacity: 0.92;
    }
    .badge[data-band="green"] { background: #188038; }
    .badge[data-band="amber"] { background: #b06000; }
    .badge[data-band="red"] { background: #c5221f; }
    .badge[data-state="pending"] { opacity: 0.6; }
    .badge[data-state="not-connected"], .badge[data-state="unauthorized"],
    .badge[data-state="rejected"] {
      background: #fff; color: #80868b; border: 1px dashed #9aa0a6; box-shadow: none;
    }
    [hidden] { display: none !important; }
    .panel, .tooltip {
      width: 320px; max-height: 360px; overflow: auto; padding: 10px 12px; border-radius: 8px;
      background: #fff; box-shadow: 0 4px 18px rgba(0, 0, 0, 0.22); z-index: 1;
    }
    .tooltip { z-index: 2; }
    .title { font-weight: 600; margin: 0 0 6px; }
    .note { color: #5f6368; margin: 4px 0; }
    .card { padding: 6px 0; border-top: 1px solid #e8eaed; }
    .card:first-of-type { border-top: 0; }
    .rule { font-size: 11px; color: #5f6368; }
    .card[data-severity="error"] .rule { color: #c5221f; }
    .card[data-severity="warning"] .rule { color: #b06000; }
    .card[data-severity="suggestion"] .rule { color: #1967d2; }
    .message { font-weight: 600; margin: 2px 0; }
    .excerpt { font-style: italic; color: #3c4043; }
    .hint { color: #3c4043; margin: 2px 0 4px; }
    .actions { display: flex; gap: 12px; align-items: center; }
    .actions a, .actions button {
      font: inherit; font-size: 12px; color: #1967d2; background: none; border: 0; padding: 0;
      cursor: pointer; text-decoration: underline;
    }
    .mirror {
      position: absolute; pointer-events: none; overflow: hidden; margin: 0;
      color: transparent; background: transparent; border-color: transparent;
      white-space: pre-wrap; overflow-wrap: break-word;
    }
    @media (prefers-color-scheme: dark) {
      .panel, .tooltip { background: #2d2e31; color: #e8eaed; }
      .hint, .excerpt, .note, .rule { color: #bdc1c6; }
      .card { border-color: #3c4043; }
      .actions a, .actions button { color: #8ab4f8; }
    }
  `;

  /** Creates and attaches the host: {host, shadow, element(), toLocal(), ensureAttached()}. */
  function create() {
    const host = document.createElement("smmlint-root");
    for (const [property, value] of Object.entries({
      position: "absolute",
      top: "0",
      left: "0",
      width: "0",
      height: "0",
      overflow: "visible",
      "z-index": "2147483646",
      "pointer-events": "none",
      display: "block",
    })) {
      host.style.setProperty(property, value, "important");
    }
    const shadow = host.attachShadow({ mode: "open" });
    ns.highlighter.adoptStyles(shadow, STYLE + ns.highlighter.HIGHLIGHT_CSS);
    // Clicks on the overlay must never move focus out of the editor.
    shadow.addEventListener("mousedown", (event) => event.preventDefault());

    const overlay = {
      host,
      shadow,
      /** A new element of ours; text only ever through textContent. */
      element(tag, className, text) {
        const node = document.createElement(tag);
        if (className) node.className = className;
        if (text !== undefined) node.textContent = text;
        return node;
      },
      /**
       * Shows `text` in one of our elements by changing its text node's data: replacing or
       * removing a node anywhere in the document closes the browser's typing group, and undo
       * in a textarea or contenteditable would then take back less than the user typed.
       */
      setText(node, text) {
        const first = node.firstChild;
        if (first?.nodeType === Node.TEXT_NODE && !first.nextSibling) {
          if (first.data !== text) first.data = text;
        } else if (!first) {
          node.append(text);
        } else {
          node.textContent = text;
        }
      },
      /** Sets an attribute only when it changes (fewer mutations on the page). */
      setAttribute(node, name, value) {
        if (node.getAttribute(name) !== value) node.setAttribute(name, value);
      },
      /** Shows or hides one of our elements (an attribute change, never a removal). */
      show(node, visible) {
        if (node.hidden === visible) node.hidden = !visible;
      },
      /** A viewport rect in the host's coordinates (the host scrolls with the page). */
      toLocal(rect) {
        const origin = host.getBoundingClientRect();
        return {
          left: rect.left - origin.left,
          top: rect.top - origin.top,
          right: rect.right - origin.left,
          bottom: rect.bottom - origin.top,
          width: rect.right - rect.left,
          height: rect.bottom - rect.top,
        };
      },
      /** Puts the host back if the page dropped it (some apps re-render <body>). */
      ensureAttached() {
        if (!host.isConnected) (document.body ?? document.documentElement).append(host);
      },
    };
    overlay.ensureAttached();
    return overlay;
  }

  ns.overlay = Object.freeze({ create });
})((globalThis.smmlint ??= {}));
