/* A rule's explanation, from the server's GET /v1/rules/<code>, built with textContent only. */
(function (ns) {
  "use strict";

  const api = globalThis.browser ?? globalThis.chrome;
  const byId = (id) => document.getElementById(id);

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  /** A line of rule docs with its `code spans` as <code>. */
  function inline(tag, text) {
    const node = element(tag);
    text.split("`").forEach((piece, index) => {
      node.append(index % 2 ? element("code", piece) : piece);
    });
    return node;
  }

  /** The Markdown subset rule docs use: "## " headings and paragraphs. */
  function renderDoc(doc) {
    const blocks = [];
    for (const block of doc
      .split(/\n\s*\n/)
      .map((part) => part.trim())
      .filter(Boolean)) {
      const [first, ...rest] = block.split("\n");
      if (first.startsWith("#")) {
        blocks.push(inline("h2", first.replace(/^#+\s*/, "")));
        if (rest.length) blocks.push(inline("p", rest.join(" ")));
      } else {
        blocks.push(inline("p", block.replace(/\n/g, " ")));
      }
    }
    byId("doc").replaceChildren(...blocks);
  }

  /** An example with its marked spans highlighted. */
  function example(item) {
    const node = element("li");
    let last = 0;
    for (const [start, end] of item.spans ?? []) {
      node.append(item.text.slice(last, start), element("mark", item.text.slice(start, end)));
      last = end;
    }
    node.append(item.text.slice(last));
    if (item.reason) node.append(" ", element("em", `(${item.reason})`));
    return node;
  }

  async function init() {
    const code = new URLSearchParams(location.search).get("rule") ?? "";
    const answer = await api.runtime.sendMessage({ kind: ns.protocol.RULE, rule: code });
    if (!answer?.ok) {
      byId("title").textContent = code || "Unknown rule";
      byId("doc").replaceChildren(
        element(
          "p",
          `The explanation comes from the smmlint server. ${answer?.reason ?? ""}`,
          "error",
        ),
      );
      return;
    }
    const { rule } = answer;
    document.title = `${rule.code} ${rule.name} · smmlint`;
    byId("title").textContent = `${rule.code} ${rule.name}`;
    byId("meta").textContent = `${rule.severity} · ${rule.category}`;
    renderDoc(rule.doc ?? rule.summary ?? "");
    byId("message").textContent = rule.message;
    byId("hint").textContent = rule.hint;
    byId("wording").hidden = false;
    if (rule.examples) {
      byId("fires").replaceChildren(...rule.examples.fires.map(example));
      byId("quiet").replaceChildren(...rule.examples.quiet.map(example));
      byId("examples").hidden = false;
    }
  }

  init();
})(globalThis.smmlint);
