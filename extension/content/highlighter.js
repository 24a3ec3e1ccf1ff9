/*
 * Underlines with the CSS Custom Highlight API: one Highlight per severity, registered in
 * CSS.highlights, holding StaticRanges over the editor's own text nodes. Nothing is inserted
 * into the editor; the ::highlight() rules reach it through adopted stylesheets.
 */
(function (ns) {
  "use strict";

  const SEVERITIES = Object.freeze(["suggestion", "warning", "error"]);
  const COLORS = Object.freeze({ suggestion: "#1a73e8", warning: "#e37400", error: "#d93025" });

  /** The ::highlight() rules, for the document and for any shadow root holding an editor. */
  const HIGHLIGHT_CSS = SEVERITIES.map(
    (severity) =>
      `::highlight(smmlint-${severity}) { text-decoration: underline wavy ${COLORS[severity]};` +
      " text-decoration-thickness: 2px; text-decoration-skip-ink: none; }",
  ).join("\n");

  const highlightName = (severity) => `smmlint-${severity}`;
  const styledRoots = new WeakMap();

  /**
   * Adds `css` to a document or shadow root through adoptedStyleSheets (no node inserted,
   * exempt from the page's style-src CSP). Idempotent; restores the sheet if the page
   * replaced its list.
   */
  function adoptStyles(root, css) {
    let sheets = styledRoots.get(root);
    if (!sheets) styledRoots.set(root, (sheets = new Map()));
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }

  /** Paints every editor's marks: `set(key, marks)` replaces one editor's, `remove(key)` drops. */
  function createPainter() {
    const marksByEditor = new Map();
    const highlights = {};
    SEVERITIES.forEach((severity, priority) => {
      const highlight = new Highlight();
      highlight.priority = priority;
      highlights[severity] = highlight;
    });

    function register() {
      for (const severity of SEVERITIES) {
        const name = highlightName(severity);
        if (CSS.highlights.get(name) !== highlights[severity]) {
          CSS.highlights.set(name, highlights[severity]);
        }
      }
    }

    function repaint() {
      for (const highlight of Object.values(highlights)) highlight.clear();
      for (const marks of marksByEditor.values()) {
        for (const mark of marks) highlights[mark.severity]?.add(mark.range);
      }
      register();
    }

    return {
      /** marks: [{severity, range}] with StaticRange or Range objects. */
      set(key, marks) {
        marksByEditor.set(key, marks);
        repaint();
      },
      remove(key) {
        if (marksByEditor.delete(key)) repaint();
      },
    };
  }

  /** A StaticRange over a located span ({startNode, startOffset, endNode, endOffset}). */
  function staticRange(located) {
    return new StaticRange({
      startContainer: located.startNode,
      startOffset: located.startOffset,
      endContainer: located.endNode,
      endOffset: located.endOffset,
    });
  }

  ns.highlighter = Object.freeze({
    SEVERITIES,
    COLORS,
    HIGHLIGHT_CSS,
    adoptStyles,
    createPainter,
    staticRange,
  });
})((globalThis.smmlint ??= {}));
