/*
 * The extension's own shadow host on <body>: badges, the panel, the tooltip and textarea
 * mirrors live here, never inside the page's editor. Its attributes expose the state
 * (data-state, data-score...) for people debugging and for the browser tests.
 */
(function (ns) {
  "use strict";

  // Colours come from the page's theme (theme.js) as custom properties on each box.
  const STYLE = `
    :host { all: initial; }
    * { box-sizing: border-box; }
    .badge, .panel, .tooltip {
      position: absolute; pointer-events: auto; font: 13px/1.4 system-ui, sans-serif;
      color: var(--text); -webkit-user-select: none; user-select: none;
    }
    .badge {
      min-width: 24px; height: 22px; padding: 0 7px; border-radius: 11px;
      border: 1px solid var(--band); font-weight: 600; font-size: 12px; line-height: 20px;
      text-align: center; cursor: pointer; white-space: nowrap;
      color: var(--band-text); background: var(--band); box-shadow: 0 1px 3px rgba(0, 0, 0, 0.3);
    }
    .badge[data-state="pending"] { background: var(--card); color: var(--idle); border-color: var(--idle); }
    .badge[data-state="not-connected"], .badge[data-state="unauthorized"],
    .badge[data-state="rejected"] {
      background: var(--card); color: var(--idle); border: 1px dashed var(--idle); box-shadow: none;
    }
    :focus-visible, [data-current] { outline: 2px solid var(--focus); outline-offset: 2px; }
    [hidden] { display: none !important; }
    .panel, .tooltip {
      width: 340px; max-height: 420px; overflow: auto; padding: 10px 12px; border-radius: 8px;
      background: var(--card); border: 1px solid var(--border);
      box-shadow: 0 4px 18px rgba(0, 0, 0, 0.28); z-index: 1;
    }
    .tooltip { width: 320px; z-index: 2; }
    .head { display: flex; align-items: center; gap: 8px; margin: 0 0 6px; }
    .head .title { flex: 1; margin: 0; }
    .title { font-weight: 600; margin: 0 0 6px; }
    .verdict { font-weight: 400; color: var(--muted); }
    .close, .pager button {
      font: inherit; font-size: 16px; line-height: 1; color: var(--muted); background: none;
      border: 0; padding: 2px 6px; cursor: pointer; border-radius: 4px;
    }
    .pager { display: flex; align-items: center; gap: 4px; color: var(--muted); font-size: 12px; }
    .pager button:disabled { opacity: 0.4; cursor: default; }
    .note { color: var(--muted); margin: 4px 0; }
    .good { margin: 2px 0 2px 18px; text-indent: -18px; }
    .good::before { content: "\\2713"; display: inline-block; width: 18px; text-indent: 0; color: var(--good); }
    .section { margin-top: 6px; }
    .section > .title { font-size: 12px; color: var(--muted); margin: 6px 0 0; }
    .card { padding: 6px 0; border-top: 1px solid var(--border); }
    .list > .card:first-child, .tooltip .card { border-top: 0; }
    .card[data-severity="error"] { --line: var(--line-error); }
    .card[data-severity="warning"] { --line: var(--line-warning); }
    .card[data-severity="suggestion"] { --line: var(--line-suggestion); }
    .card[data-style="dashed"] { --style: dashed; }
    .card[data-style="dotted"] { --style: dotted; }
    .sample {
      margin-right: 6px; text-decoration-line: underline; text-decoration-style: var(--style, wavy);
      text-decoration-color: var(--line); text-decoration-thickness: 2px;
      text-decoration-skip-ink: none;
    }
    .message { font-weight: 600; margin: 0 0 2px; }
    .excerpt { color: var(--muted); }
    .quote { font-style: italic; }
    .hint { margin: 2px 0 4px; }
    .rule { font-size: 12px; color: var(--muted); margin-top: 2px; }
    .actions { display: flex; gap: 12px; align-items: center; }
    .actions a, .actions button {
      font: inherit; font-size: 12px; color: var(--link); background: none; border: 0; padding: 0;
      cursor: pointer; text-decoration: underline;
    }
    .keys { font-size: 12px; color: var(--muted); margin-top: 6px; }
    .mirror {
      position: absolute; pointer-events: none; overflow: hidden; margin: 0;
      color: transparent; background: transparent; border-color: transparent;
      white-space: pre-wrap; overflow-wrap: break-word;
    }
  `;

  /** The custom properties STYLE reads, from a palette (theme.js). */
  const paletteProperties = (palette, band) => ({
    "--text": palette.text,
    "--muted": palette.muted,
    "--card": palette.card,
    "--border": palette.border,
    "--link": palette.link,
    "--focus": palette.focus,
    "--idle": palette.idle,
    "--good": palette.bands.green,
    "--band": palette.bands[band] ?? palette.idle,
    "--band-text": palette.bandText,
    "--line-error": palette.lines.error,
    "--line-warning": palette.lines.warning,
    "--line-suggestion": palette.lines.suggestion,
  });

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
    ns.highlighter.adoptStyles(shadow, STYLE);
    ns.highlighter.adoptLines(shadow);
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
      /** Colours one of our boxes for a palette (and a score band, for the badge). */
      paint(node, palette, band = "") {
        for (const [name, value] of Object.entries(paletteProperties(palette, band))) {
          if (node.style.getPropertyValue(name) !== value) node.style.setProperty(name, value);
        }
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
      /** The viewport's rect, scrollbars excluded. */
      viewport() {
        const root = document.documentElement;
        return {
          left: 0,
          top: 0,
          right: root.clientWidth || window.innerWidth,
          bottom: root.clientHeight || window.innerHeight,
        };
      },
      /**
       * Places `node` (the panel, the tooltip) next to `anchor` (a viewport rect) with
       * geometry.placePopup: moved, shrunk to the room there is, its side in data-side.
       */
      placePopup(node, anchor, scene, align) {
        node.style.maxHeight = "";
        const spot = ns.geometry.placePopup(
          anchor,
          { width: node.offsetWidth, height: node.offsetHeight },
          { ...scene, viewport: this.viewport() },
          align,
        );
        const local = this.toLocal(spot);
        node.style.left = `${local.left}px`;
        node.style.top = `${local.top}px`;
        node.style.maxHeight = `${spot.bottom - spot.top}px`;
        this.setAttribute(node, "data-side", spot.side);
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
