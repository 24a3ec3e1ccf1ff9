/*
 * Underlines with the CSS Custom Highlight API: Highlights registered in CSS.highlights, one
 * per severity and line style, holding StaticRanges over the editor's own text nodes. Nothing
 * is inserted into the editor; the ::highlight() rules reach it through one adopted stylesheet,
 * rewritten in place when the page's theme changes (the line colours follow its background).
 */
(function (ns) {
  "use strict";

  const SEVERITIES = Object.freeze(["suggestion", "warning", "error"]);
  /**
   * Line styles, so that neighbouring and overlapping findings read as separate marks: the
   * first is a finding's own; a finding touching or sharing characters with another takes the
   * next style its neighbours do not use.
   */
  const STYLES = Object.freeze(["wavy", "dashed", "dotted"]);

  /** The Highlight name for a severity and style: smmlint-warning, smmlint-warning-dashed… */
  const highlightName = (severity, style = STYLES[0]) =>
    style === STYLES[0] ? `smmlint-${severity}` : `smmlint-${severity}-${style}`;

  /** The ::highlight() rules for a palette's line colours. */
  function highlightCss(lines) {
    const rules = [];
    for (const severity of SEVERITIES) {
      for (const style of STYLES) {
        rules.push(
          `::highlight(${highlightName(severity, style)}) { text-decoration: underline ${style} ` +
            `${lines[severity]}; text-decoration-thickness: 2px; text-decoration-skip-ink: none; }`,
        );
      }
    }
    return rules.join("\n");
  }

  const sheets = new Map(); // css text → constructed sheet (for the overlay's own styles)
  const lineSheet = () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(highlightCss(ns.theme.PALETTES.light.lines));
    return sheet;
  };
  let lines = null; // the ::highlight() sheet, made on first use
  let linesTheme = "light";

  /** Adopts `sheet` into a document or shadow root, once; again if the page replaced the list. */
  function adopt(root, sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }

  /**
   * Adds `css` to a document or shadow root through adoptedStyleSheets (no node inserted,
   * exempt from the page's style-src CSP). Idempotent.
   */
  function adoptStyles(root, css) {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    adopt(root, sheet);
  }

  /** Adds the ::highlight() rules to a document or a shadow root holding an editor. */
  function adoptLines(root) {
    lines ??= lineSheet();
    adopt(root, lines);
  }

  /** Colours the underlines for a theme ("light" or "dark"), everywhere they are adopted. */
  function useTheme(name) {
    lines ??= lineSheet();
    if (linesTheme === name) return;
    linesTheme = name;
    lines.replaceSync(highlightCss(ns.theme.PALETTES[name].lines));
  }

  /**
   * A line style for each mark ({start, end}), in order: the first style not used by an
   * earlier mark it overlaps or touches.
   */
  function styleMarks(marks) {
    const order = marks
      .map((mark, index) => ({ mark, index }))
      .sort((a, b) => a.mark.start - b.mark.start || b.mark.end - a.mark.end);
    const styles = new Array(marks.length);
    const open = []; // earlier marks that may still touch a later one
    for (const { mark, index } of order) {
      const near = open.filter((other) => other.mark.end >= mark.start);
      const taken = new Set(near.map((other) => styles[other.index]));
      styles[index] = STYLES.find((style) => !taken.has(style)) ?? STYLES[0];
      open.splice(0, open.length, ...near, { mark, index });
    }
    return styles;
  }

  /** Paints every editor's marks: `set(key, marks)` replaces one editor's, `remove(key)` drops. */
  function createPainter() {
    const marksByEditor = new Map();
    const highlights = new Map();
    SEVERITIES.forEach((severity, priority) => {
      for (const style of STYLES) {
        const highlight = new Highlight();
        highlight.priority = priority;
        highlights.set(highlightName(severity, style), highlight);
      }
    });

    function register() {
      for (const [name, highlight] of highlights) {
        if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
      }
    }

    function repaint() {
      for (const highlight of highlights.values()) highlight.clear();
      for (const marks of marksByEditor.values()) {
        for (const mark of marks) {
          const highlight = highlights.get(highlightName(mark.severity, mark.style));
          for (const range of mark.ranges) highlight?.add(range);
        }
      }
      register();
    }

    return {
      /** marks: [{severity, style, ranges}] with StaticRange or Range objects. */
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
    STYLES,
    adoptStyles,
    adoptLines,
    useTheme,
    styleMarks,
    createPainter,
    staticRange,
  });
})((globalThis.smmlint ??= {}));
