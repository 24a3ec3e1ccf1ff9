// A minimal DOM built from an HTML fragment: just what offsets.js reads, nothing more.
const VOID = new Set(["br", "img", "hr", "input", "wbr"]);
const ENTITIES = { "&nbsp;": "\u00a0", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"' };

function link(parent, child) {
  const siblings = parent.childNodes;
  const previous = siblings[siblings.length - 1] ?? null;
  child.parentNode = parent;
  child.previousSibling = previous;
  child.nextSibling = null;
  if (previous) previous.nextSibling = child;
  siblings.push(child);
  return child;
}

function element(name) {
  return { nodeType: 1, nodeName: name.toUpperCase(), childNodes: [], parentNode: null };
}

/** The root element holding the parsed fragment (tags only; attributes are ignored). */
function parse(html) {
  const root = element("div");
  const open = [root];
  const token = /<(\/?)([a-zA-Z0-9]+)[^>]*>|([^<]+)/g;
  for (const [, closing, tag, text] of html.matchAll(token)) {
    const parent = open[open.length - 1];
    if (text !== undefined) {
      const value = text.replace(/&[a-z]+;/g, (entity) => ENTITIES[entity] ?? entity);
      link(parent, { nodeType: 3, nodeName: "#text", nodeValue: value, parentNode: null });
    } else if (closing) {
      open.pop();
    } else {
      const child = link(parent, element(tag));
      if (!VOID.has(tag.toLowerCase())) open.push(child);
    }
  }
  return root;
}

/** The text nodes of a fragment, in document order. */
function textNodes(node, found = []) {
  if (node.nodeType === 3) found.push(node);
  for (const child of node.childNodes ?? []) textNodes(child, found);
  return found;
}

module.exports = { parse, textNodes };
