/*
 * Pure helpers between an editor's DOM and the text the server sees. No DOM writes, no globals:
 * only nodeType, nodeName, nodeValue, childNodes, nextSibling and parentNode are read.
 *
 * buildText(root) walks the editor once and returns the text (block boundaries and line breaks
 * as "\n", a block's trailing <br> ignored, as editors render them) with a map from text offsets
 * to text nodes. Offsets are UTF-16 units, the server's `start_utf16`/`end_utf16`, so they index
 * the JavaScript string directly.
 */
(function (ns) {
  "use strict";

  const TEXT_NODE = 3;
  const ELEMENT_NODE = 1;
  // prettier-ignore
  const BLOCKS = new Set([
    "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET",
    "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR",
    "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT",
    "TH", "THEAD", "TR", "UL",
  ]);
  const SKIPPED = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT"]);

  const tagOf = (node) => (node.nodeType === ELEMENT_NODE ? node.nodeName.toUpperCase() : "");
  const isBlock = (node) => BLOCKS.has(tagOf(node));

  /** Markup indentation between blocks ("\n    "), never typed text. */
  function isFormattingWhitespace(node) {
    const value = node.nodeValue;
    if (!/^[ \t\r\n]*[\r\n][ \t\r\n]*$/.test(value)) return false;
    const near = [node.previousSibling, node.nextSibling];
    return near.some((sibling) => !sibling || isBlock(sibling));
  }

  /** Whether a node shows something on its line (text, a line break or such inside). */
  function hasContent(node) {
    if (node.nodeType === TEXT_NODE) return node.nodeValue.length > 0;
    const tag = tagOf(node);
    if (!tag || SKIPPED.has(tag)) return false;
    if (tag === "BR") return true;
    return Array.from(node.childNodes).some(hasContent);
  }

  /** A <br> that only keeps its (empty or last) line open and adds no line of its own. */
  function isTrailingBreak(br, root) {
    let node = br;
    for (;;) {
      for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) {
        if (isBlock(sibling)) return true;
        if (hasContent(sibling)) return false;
      }
      const parent = node.parentNode;
      if (!parent || parent === root || isBlock(parent)) return true;
      node = parent;
    }
  }

  /** The editor's text and, for each text node, where its characters sit in that text. */
  function buildText(root) {
    const parts = [];
    const segments = [];
    let length = 0;
    let lineOpen = false;
    let lines = 0;

    const emit = (piece) => {
      parts.push(piece);
      length += piece.length;
    };
    const openLine = () => {
      if (lineOpen) return;
      if (lines > 0) emit("\n");
      lineOpen = true;
      lines += 1;
    };
    const visit = (node) => {
      if (node.nodeType === TEXT_NODE) {
        const value = node.nodeValue;
        if (!value || (!lineOpen && isFormattingWhitespace(node))) return;
        openLine();
        segments.push({ node, start: length, end: length + value.length });
        emit(value);
        return;
      }
      const tag = tagOf(node);
      if (!tag || SKIPPED.has(tag)) return;
      if (tag === "BR") {
        openLine();
        if (!isTrailingBreak(node, root)) emit("\n");
        return;
      }
      if (!BLOCKS.has(tag)) {
        node.childNodes.forEach(visit);
        return;
      }
      lineOpen = false;
      const before = lines;
      node.childNodes.forEach(visit);
      if (lines === before) openLine(); // an empty block is an empty line
      lineOpen = false;
    };
    root.childNodes.forEach(visit);
    return { text: parts.join(""), segments };
  }

  /** Index of the first segment whose end is past `offset` (segments.length if none). */
  function firstEndingAfter(segments, offset) {
    let low = 0;
    let high = segments.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (segments[middle].end > offset) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /**
   * DOM boundaries for text offsets start..end, or null when they cover no character.
   * A boundary on a synthetic "\n" moves to the nearest text node inside the range.
   */
  function locate(segments, start, end) {
    if (!(start < end) || segments.length === 0) return null;
    const first = firstEndingAfter(segments, start);
    if (first === segments.length) return null;
    const startSegment = segments[first];
    const startOffset = Math.max(0, start - startSegment.start);
    let last = firstEndingAfter(segments, end - 1);
    if (last === segments.length) last = segments.length - 1;
    const endSegment = segments[last];
    if (endSegment.start >= end) {
      if (last === first) return null; // only synthetic characters in the range
      last -= 1;
    }
    const finalSegment = segments[last];
    const endOffset = Math.min(end, finalSegment.end) - finalSegment.start;
    if (last < first || (last === first && endOffset <= startOffset)) return null;
    return {
      startNode: startSegment.node,
      startOffset,
      endNode: finalSegment.node,
      endOffset,
    };
  }

  /** Length of the common prefix and (non-overlapping) common suffix of two strings. */
  function commonEnds(before, after) {
    const limit = Math.min(before.length, after.length);
    let prefix = 0;
    while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
    let suffix = 0;
    while (
      suffix < limit - prefix &&
      before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
    ) {
      suffix += 1;
    }
    return { prefix, suffix };
  }

  /**
   * Marks ({start, end, ...}) moved along an edit from `before` to `after`: marks before the
   * edit stay, marks after it shift, marks the edit touches are dropped until the next answer.
   */
  function rebase(marks, before, after) {
    if (before === after) return marks;
    const { prefix, suffix } = commonEnds(before, after);
    const editedEnd = before.length - suffix;
    const delta = after.length - before.length;
    const moved = [];
    for (const mark of marks) {
      if (mark.end <= prefix) moved.push(mark);
      else if (mark.start >= editedEnd)
        moved.push({ ...mark, start: mark.start + delta, end: mark.end + delta });
    }
    return moved;
  }

  ns.offsets = Object.freeze({ buildText, locate, rebase });
})((globalThis.smmlint ??= {}));
