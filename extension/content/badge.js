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
   *
   * The badge and its open panel change only attributes and character data and append nodes:
   * replacing or removing a node anywhere in the document closes the browser's typing group,
   * and undo in a textarea or contenteditable would then take back a few letters instead of
   * the whole burst. Only what changed is written, and nothing while the panel is closed.
   */
  function create(overlay, openOptions) {
    const badge = overlay.element("button", "badge");
    badge.type = "button";
    const label = document.createTextNode("");
    badge.append(label);
    const panel = overlay.element("div", "panel");
    panel.hidden = true;
    panel.setAttribute("role", "dialog");

    const title = overlay.element("div", "title");
    const note = overlay.element("div", "note");
    const settingsRow = overlay.element("div", "actions");
    const settings = overlay.element("button", "settings", "Open smmlint settings");
    settings.type = "button";
    settings.addEventListener("click", openOptions);
    settingsRow.append(settings);
    const section = () => {
      const block = overlay.element("div", "section");
      const heading = overlay.element("div", "title");
      const empty = overlay.element("div", "note");
      const list = overlay.element("div", "list");
      block.append(heading, empty, list);
      return { block, heading, empty, cards: ns.card.createList(overlay, list) };
    };
    const post = section();
    const spans = section();
    panel.append(title, note, settingsRow, post.block, spans.block);
    overlay.shadow.append(badge, panel);

    let view = { state: "pending", spanItems: [], postItems: [] };
    let anchor = null;

    function fill(part, heading, items, empty) {
      overlay.setText(part.heading, heading);
      overlay.setText(part.empty, empty);
      overlay.show(part.empty, !items.length);
      part.cards.show(items);
    }

    function renderPanel() {
      const ok = view.state === "ok";
      overlay.show(note, !ok);
      overlay.show(settingsRow, !ok);
      overlay.show(post.block, ok);
      overlay.show(spans.block, ok);
      if (!ok) {
        overlay.setText(title, LABELS[view.state] ?? LABELS.pending);
        overlay.setText(note, view.reason || "Waiting for the smmlint server.");
        return;
      }
      overlay.setText(title, `Score ${view.score}/100`);
      fill(post, "About the whole post", view.postItems, "Nothing about the post as a whole.");
      fill(
        spans,
        `In the text (${view.spanItems.length} underlined)`,
        view.spanItems,
        "Nothing underlined.",
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
        overlay.setAttribute(badge, "data-state", view.state);
        overlay.setAttribute(badge, "data-band", view.state === "ok" ? view.band : "");
        const count = view.postItems.length + view.spanItems.length;
        const summary =
          view.state === "ok"
            ? `smmlint score ${view.score}: ${count} findings`
            : (LABELS[view.state] ?? LABELS.pending);
        const title = view.reason ? `${summary}. ${view.reason}` : summary;
        overlay.setAttribute(badge, "title", title);
        overlay.setAttribute(badge, "aria-label", title);
        if (!panel.hidden) {
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
