/*
 * One finding as the user reads it: rule, message, hint, a link to the rule's explanation
 * and "Ignore". Text only ever as text nodes: a message holding HTML shows as text. A card is
 * filled in place, so showing another finding replaces no node (see overlay.setText).
 */
(function (ns) {
  "use strict";

  /** An empty card: {element, set(finding, excerpt, actions)}. */
  function create(overlay) {
    const card = overlay.element("div", "card");
    const rule = overlay.element("div", "rule");
    const message = overlay.element("div", "message");
    const excerpt = overlay.element("div", "excerpt");
    const hint = overlay.element("div", "hint");
    const row = overlay.element("div", "actions");
    const explain = overlay.element("a", "explain", "Why?");
    explain.href = "#";
    const ignore = overlay.element("button", "ignore", "Ignore");
    ignore.type = "button";
    ignore.title = "Hide this finding for this draft";
    row.append(explain, ignore);
    card.append(rule, message, excerpt, hint, row);

    let actions = null;
    explain.addEventListener("click", (event) => {
      event.preventDefault();
      actions?.explain();
    });
    ignore.addEventListener("click", () => actions?.ignore());

    return {
      element: card,
      /**
       * finding: a wire finding ({rule, code, severity, message, hint}); quote: the marked text
       * or ""; next: {explain(), ignore()} for this finding.
       */
      set(finding, quote, next) {
        actions = next;
        overlay.setAttribute(card, "data-severity", String(finding.severity));
        overlay.setAttribute(card, "data-rule", String(finding.rule));
        overlay.setText(rule, `${finding.rule} · ${finding.code} · ${finding.severity}`);
        overlay.setText(message, String(finding.message));
        overlay.setText(excerpt, quote ? `“${quote}”` : "");
        overlay.show(excerpt, Boolean(quote));
        overlay.setText(hint, String(finding.hint));
        overlay.setAttribute(explain, "title", `What ${finding.rule} checks and why`);
      },
    };
  }

  /**
   * Cards for a list of items ({finding, excerpt, actions}) inside `container`: reused and
   * refilled, new ones appended, spare ones hidden, none ever removed.
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
          cards[index].set(item.finding, item.excerpt, item.actions);
          overlay.show(cards[index].element, true);
        });
        for (const spare of cards.slice(items.length)) overlay.show(spare.element, false);
      },
    };
  }

  ns.card = Object.freeze({ create, createList });
})((globalThis.smmlint ??= {}));
