/*
 * The score badge in the corner of a compose box, and the panel it opens: the findings about
 * the post as a whole, then those underlined in the text, each with its hint.
 */
(function (ns) {
  "use strict";

  const INSET = 4;
  const BADGE_HEIGHT = 22;
  const GAP = 6;

  const LABELS = {
    pending: "smmlint: checking…",
    "not-connected": "smmlint: not connected",
    unauthorized: "smmlint: not paired with the server",
    rejected: "smmlint: the server could not check this draft",
  };

  function badgeText(view) {
    if (view.state === "ok") return String(view.score);
    if (view.state === "pending") return "…";
    return view.state === "rejected" ? "!" : "–";
  }

  /**
   * A badge for one editor. view: {state, score, band, reason, postItems, spanItems} where
   * items are {finding, excerpt, actions}; openOptions() opens the extension's settings.
   */
  /** What the panel shows; it is rebuilt only when this changes, never per keystroke. */
  function signature(view) {
    const items = [...view.postItems, ...view.spanItems];
    return JSON.stringify([
      view.state,
      view.score,
      view.reason,
      items.map((item) => [item.finding.code, item.finding.message, item.excerpt]),
    ]);
  }

  /** Sets an attribute only when it changes (fewer mutations on the page). */
  function setAttribute(element, name, value) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }

  /**
   * A badge for one editor. view: {state, score, band, reason, postItems, spanItems} where
   * items are {finding, excerpt, actions}; openOptions() opens the extension's settings.
   *
   * While someone types, the badge changes only attributes and character data: replacing a
   * node anywhere in the document closes the browser's typing group, and undo in a textarea
   * or contenteditable would then take back a few letters instead of the whole burst.
   */
  function create(overlay, openOptions) {
    const badge = overlay.element("button", "badge");
    badge.type = "button";
    const label = document.createTextNode("");
    badge.append(label);
    const panel = overlay.element("div", "panel");
    panel.hidden = true;
    panel.setAttribute("role", "dialog");
    overlay.shadow.append(badge, panel);
    let view = { state: "pending", spanItems: [], postItems: [] };
    let shown = "";
    let anchor = null;

    function section(title, items, empty) {
      const block = overlay.element("div", "section");
      block.append(overlay.element("div", "title", title));
      if (!items.length) block.append(overlay.element("div", "note", empty));
      for (const item of items) {
        block.append(ns.card.create(overlay, item.finding, item.excerpt, item.actions));
      }
      return block;
    }

    function renderPanel() {
      shown = signature(view);
      if (view.state !== "ok") {
        const settings = overlay.element("button", "settings", "Open smmlint settings");
        settings.type = "button";
        settings.addEventListener("click", openOptions);
        const row = overlay.element("div", "actions");
        row.append(settings);
        panel.replaceChildren(
          overlay.element("div", "title", LABELS[view.state] ?? LABELS.pending),
          overlay.element("div", "note", view.reason || "Waiting for the smmlint server."),
          row,
        );
        return;
      }
      panel.replaceChildren(
        overlay.element("div", "title", `Score ${view.score}/100`),
        section("About the whole post", view.postItems, "Nothing about the post as a whole."),
        section(
          `In the text (${view.spanItems.length} underlined)`,
          view.spanItems,
          "Nothing underlined.",
        ),
      );
    }

    function placePanel() {
      if (panel.hidden || !anchor) return;
      const below = anchor.bottom + GAP + panel.offsetHeight <= window.innerHeight;
      const local = overlay.toLocal(anchor);
      panel.style.left = `${Math.max(0, local.right - panel.offsetWidth)}px`;
      panel.style.top = below
        ? `${local.bottom + GAP}px`
        : `${local.top - GAP - panel.offsetHeight}px`;
    }

    badge.addEventListener("click", () => {
      panel.hidden = !panel.hidden;
      if (!panel.hidden) renderPanel();
      placePanel();
    });

    return {
      badge,
      panel,
      update(next) {
        view = next;
        const empty = view.state === "empty";
        if (badge.hidden !== empty) badge.hidden = empty;
        if (empty && !panel.hidden) panel.hidden = true;
        const text = badgeText(view);
        if (label.data !== text) label.data = text;
        setAttribute(badge, "data-state", view.state);
        setAttribute(badge, "data-band", view.state === "ok" ? view.band : "");
        const count = view.postItems.length + view.spanItems.length;
        const summary =
          view.state === "ok"
            ? `smmlint score ${view.score}: ${count} findings`
            : (LABELS[view.state] ?? LABELS.pending);
        const title = view.reason ? `${summary}. ${view.reason}` : summary;
        setAttribute(badge, "title", title);
        setAttribute(badge, "aria-label", title);
        if (!panel.hidden && signature(view) !== shown) {
          renderPanel();
          placePanel();
        }
      },
      /** Keeps the badge in the editor's bottom-right corner (viewport rect). */
      place(rect) {
        const width = badge.offsetWidth;
        anchor = {
          left: rect.right - INSET - width,
          right: rect.right - INSET,
          top: rect.bottom - INSET - BADGE_HEIGHT,
          bottom: rect.bottom - INSET,
        };
        const local = overlay.toLocal(anchor);
        badge.style.left = `${local.left}px`;
        badge.style.top = `${local.top}px`;
        placePanel();
      },
      remove() {
        badge.remove();
        panel.remove();
      },
    };
  }

  ns.badge = Object.freeze({ create });
})((globalThis.smmlint ??= {}));
