/*
 * One finding as the user reads it: rule, message, hint, a link to the rule's explanation
 * and "Ignore". Built with textContent only: a message holding HTML shows as text.
 */
(function (ns) {
  "use strict";

  /**
   * finding: a wire finding ({rule, code, severity, message, hint}); excerpt: the marked text
   * or ""; actions: {explain(), ignore()} for this finding.
   */
  function create(overlay, finding, excerpt, actions) {
    const card = overlay.element("div", "card");
    card.dataset.severity = finding.severity;
    card.dataset.rule = finding.rule;
    card.append(
      overlay.element("div", "rule", `${finding.rule} · ${finding.code} · ${finding.severity}`),
    );
    card.append(overlay.element("div", "message", finding.message));
    if (excerpt) card.append(overlay.element("div", "excerpt", `“${excerpt}”`));
    card.append(overlay.element("div", "hint", finding.hint));
    const row = overlay.element("div", "actions");
    const explain = overlay.element("a", "explain", "Why?");
    explain.href = "#";
    explain.title = `What ${finding.rule} checks and why`;
    explain.addEventListener("click", (event) => {
      event.preventDefault();
      actions.explain();
    });
    const ignore = overlay.element("button", "ignore", "Ignore");
    ignore.type = "button";
    ignore.title = "Hide this finding for this draft";
    ignore.addEventListener("click", () => actions.ignore());
    row.append(explain, ignore);
    card.append(row);
    return card;
  }

  ns.card = Object.freeze({ create });
})((globalThis.smmlint ??= {}));
