/*
 * One finding as the writer reads it: the plain message first, the marked words, the hint,
 * then "Why?", "Ignore" and "Details" (the rule's name, code and severity, on demand). Text
 * only ever as text nodes: a message holding HTML shows as text. A card is filled in place,
 * so showing another finding replaces no node (see overlay.setText).
 */
(function (ns) {
  "use strict";

  const SEVERITY_WORDS = { error: "must fix", warning: "should fix", suggestion: "worth a look" };

  function button(overlay, className, text) {
    const node = overlay.element("button", className, text);
    node.type = "button";
    return node;
  }

  /** An empty card: {element, set(finding, excerpt, actions, style)}. */
  function create(overlay) {
    const card = overlay.element("div", "card");
    const message = overlay.element("div", "message");
    const sample = overlay.element("span", "sample", "\u00a0\u00a0\u00a0\u00a0");
    sample.setAttribute("aria-hidden", "true");
    const words = overlay.element("span", "quote");
    const excerpt = overlay.element("div", "excerpt");
    excerpt.append(sample, words);
    const hint = overlay.element("div", "hint");
    const row = overlay.element("div", "actions");
    const explain = overlay.element("a", "explain", "Why?");
    explain.href = "#";
    const ignore = button(overlay, "ignore", "Ignore");
    ignore.title = "Hide this finding for this draft";
    const more = button(overlay, "details-toggle", "Details");
    more.setAttribute("aria-expanded", "false");
    const locate = button(overlay, "show", "Show in text");
    locate.title = "Point at these words in the text";
    row.append(locate, explain, ignore, more);
    const rule = overlay.element("div", "rule");
    rule.hidden = true;
    card.append(message, excerpt, hint, row, rule);

    let actions = null;
    explain.addEventListener("click", (event) => {
      event.preventDefault();
      actions?.explain();
    });
    ignore.addEventListener("click", () => actions?.ignore());
    locate.addEventListener("click", (event) => actions?.show?.(event.detail === 0));
    more.addEventListener("click", () => {
      const open = rule.hidden;
      overlay.show(rule, open);
      overlay.setAttribute(more, "aria-expanded", String(open));
    });

    return {
      element: card,
      /**
       * finding: a wire finding ({rule, code, severity, message, hint}); quote: the marked text
       * or ""; next: {explain(), ignore(), show(withKeyboard)?} for this finding (show: open
       * the tooltip on its underline); style: its underline's style.
       */
      set(finding, quote, next, style = "") {
        actions = next;
        const severity = String(finding.severity);
        overlay.setAttribute(card, "data-severity", severity);
        overlay.setAttribute(card, "data-rule", String(finding.rule));
        overlay.setAttribute(card, "data-style", style);
        overlay.setText(message, String(finding.message));
        overlay.setText(words, quote ? `“${quote}”` : "");
        overlay.show(excerpt, Boolean(quote));
        overlay.setText(hint, String(finding.hint));
        const word = SEVERITY_WORDS[severity] ?? severity;
        overlay.setText(rule, `${finding.rule} · ${finding.code} · ${severity} (${word})`);
        overlay.show(locate, Boolean(next?.show));
        overlay.setAttribute(explain, "title", `What ${finding.rule} checks and why`);
      },
    };
  }

  /**
   * Cards for a list of items ({finding, excerpt, actions, style}) inside `container`: reused
   * and refilled, new ones appended, spare ones hidden, none ever removed.
   */
  function createList(overlay, container) {
    const cards = [];
    return {
      show(items) {
        items.forEach((item, index) => {
          if (index === cards.length) {
            cards.push(create(overlay));
            container.append(cards[index].element);
          }
          cards[index].set(item.finding, item.excerpt, item.actions, item.style);
          overlay.show(cards[index].element, true);
        });
        for (const spare of cards.slice(items.length)) overlay.show(spare.element, false);
      },
    };
  }

  ns.card = Object.freeze({ create, createList });
})((globalThis.smmlint ??= {}));
