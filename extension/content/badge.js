/*
 * The score badge next to a compose box, and the panel it opens: what the post does well, the
 * findings about the post as a whole, then those underlined in the text. The badge sits outside
 * the editable area, clear of the box's own controls; the panel opens below it or above when
 * there is no room, closes on Escape, on a click outside and on the badge, and works from the
 * keyboard (Alt+Shift+L in the editor opens it; focus and caret stay in the editor, see keys.js).
 */
(function (ns) {
  "use strict";

  const BADGE_HEIGHT = 22;
  const SHORTCUT = "Alt+Shift+L";

  const LABELS = {
    pending: "smmlint: checking…",
    "not-connected": "smmlint: not connected",
    unauthorized: "smmlint: not paired with the server",
    rejected: "smmlint: the server could not check this draft",
  };
  /** What a band means to the writer; the band itself is the server's (report.band). */
  const VERDICTS = { green: "ready to post", amber: "worth another look", red: "needs work" };

  function badgeText(view) {
    if (view.state === "ok") return `${view.score}/100`;
    if (view.state === "pending") return "…";
    return view.state === "rejected" ? "!" : "–";
  }

  const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;

  /** The badge's accessible name and tooltip. */
  function describe(view) {
    if (view.state !== "ok") {
      const summary = LABELS[view.state] ?? LABELS.pending;
      return view.reason ? `${summary}. ${view.reason}` : summary;
    }
    const count = view.postItems.length + view.spanItems.length;
    const verdict = VERDICTS[view.band] ? ` (${VERDICTS[view.band]})` : "";
    return `smmlint score ${view.score} out of 100${verdict}: ${plural(count, "finding")}. ${SHORTCUT}`;
  }

  /**
   * A badge for one editor. options: {openOptions()}. view:
   * {state, score, band, reason, strengths, postItems, spanItems} where items are
   * {finding, excerpt, actions, style}.
   *
   * The badge and its open panel change only attributes and character data and append nodes:
   * replacing or removing a node anywhere in the document closes the browser's typing group,
   * and undo in a textarea or contenteditable would then take back a few letters instead of
   * the whole burst. Only what changed is written, and nothing while the panel is closed.
   */
  function create(overlay, { openOptions }) {
    const badge = overlay.element("button", "badge");
    badge.type = "button";
    badge.setAttribute("aria-haspopup", "dialog");
    badge.setAttribute("aria-expanded", "false");
    badge.setAttribute("aria-keyshortcuts", SHORTCUT);
    const label = document.createTextNode("");
    badge.append(label);

    const panel = overlay.element("div", "panel");
    panel.hidden = true;
    panel.tabIndex = -1;
    panel.setAttribute("role", "dialog");
    const head = overlay.element("div", "head");
    const title = overlay.element("div", "title");
    const verdict = overlay.element("span", "verdict");
    const heading = overlay.element("span", "heading");
    title.append(heading, verdict);
    const close = overlay.element("button", "close", "×");
    close.type = "button";
    close.setAttribute("aria-label", "Close");
    head.append(title, close);
    const note = overlay.element("div", "note");
    const settingsRow = overlay.element("div", "actions");
    const settings = overlay.element("button", "settings", "Open smmlint settings");
    settings.type = "button";
    settings.addEventListener("click", openOptions);
    settingsRow.append(settings);
    const section = (className) => {
      const block = overlay.element("div", `section ${className}`);
      const name = overlay.element("div", "title");
      const list = overlay.element("div", "list");
      block.append(name, list);
      return { block, name, list };
    };
    const good = section("strengths");
    const goodLines = [];
    const post = section("post");
    const spans = section("spans");
    const postCards = ns.card.createList(overlay, post.list);
    const spanCards = ns.card.createList(overlay, spans.list);
    const clean = overlay.element("div", "note clean", "Nothing to fix.");
    const keys = overlay.element(
      "div",
      "keys",
      `Esc closes · ${SHORTCUT} opens this from the text`,
    );
    panel.append(head, note, settingsRow, good.block, post.block, spans.block, clean, keys);
    overlay.shadow.append(badge, panel);
    const titleId = `smmlint-panel-title-${Math.random().toString(36).slice(2)}`;
    title.id = titleId;
    panel.setAttribute("aria-labelledby", titleId);
    const cursor = ns.keys.createCursor(overlay, panel);

    let view = { state: "pending", spanItems: [], postItems: [], strengths: [] };
    let scene = null;
    let palette = ns.theme.PALETTES.light;
    let badgeRect = null;

    function fillStrengths(notes) {
      notes.forEach((text, index) => {
        if (index === goodLines.length) {
          goodLines.push(overlay.element("div", "good"));
          good.list.append(goodLines[index]);
        }
        overlay.setText(goodLines[index], text);
        overlay.show(goodLines[index], true);
      });
      for (const spare of goodLines.slice(notes.length)) overlay.show(spare, false);
    }

    function renderPanel() {
      const ok = view.state === "ok";
      overlay.show(note, !ok);
      overlay.show(settingsRow, !ok);
      overlay.show(verdict, ok && Boolean(VERDICTS[view.band]));
      if (!ok) {
        overlay.setText(heading, LABELS[view.state] ?? LABELS.pending);
        overlay.setText(note, view.reason || "Waiting for the smmlint server.");
        for (const part of [good, post, spans]) overlay.show(part.block, false);
        overlay.show(clean, false);
        return;
      }
      overlay.setText(heading, `Score ${view.score}/100`);
      overlay.setText(verdict, VERDICTS[view.band] ? ` · ${VERDICTS[view.band]}` : "");
      overlay.setText(good.name, "What works");
      fillStrengths(view.strengths);
      overlay.show(good.block, view.strengths.length > 0);
      overlay.setText(post.name, "About the whole post");
      postCards.show(view.postItems);
      overlay.show(post.block, view.postItems.length > 0);
      overlay.setText(spans.name, `In the text (${view.spanItems.length} underlined)`);
      spanCards.show(view.spanItems);
      overlay.show(spans.block, view.spanItems.length > 0);
      overlay.show(clean, !view.postItems.length && !view.spanItems.length);
    }

    function placePanel() {
      if (!panel.hidden && badgeRect && scene) overlay.placePopup(panel, badgeRect, scene, "end");
    }

    const onKey = (event) => ns.keys.closeOnEscape(event, hide) || cursor.handle(event);

    function onPointer(event) {
      const path = event.composedPath();
      if (!path.includes(panel) && !path.includes(badge)) hide();
    }

    function open(withKeyboard) {
      if (!panel.hidden) {
        if (withKeyboard && !cursor.active) cursor.start();
        return;
      }
      overlay.show(panel, true);
      overlay.setAttribute(badge, "aria-expanded", "true");
      renderPanel();
      placePanel();
      document.addEventListener("keydown", onKey, true);
      document.addEventListener("pointerdown", onPointer, true);
      if (withKeyboard) cursor.start();
    }

    function hide() {
      if (panel.hidden) return;
      cursor.stop();
      overlay.show(panel, false);
      overlay.setAttribute(badge, "aria-expanded", "false");
      document.removeEventListener("keydown", onKey, true);
      document.removeEventListener("pointerdown", onPointer, true);
    }

    close.addEventListener("click", hide);
    badge.addEventListener("click", (event) => {
      // Pressed from the keyboard (Enter or Space on the badge): the keyboard cursor starts.
      if (panel.hidden) open(event.detail === 0);
      else hide();
    });

    function layout() {
      if (badge.hidden || !scene) return;
      const spot = ns.geometry.placeBadge(
        scene.editor,
        { width: badge.offsetWidth, height: BADGE_HEIGHT },
        { ...scene, viewport: overlay.viewport() },
      );
      badgeRect = spot;
      const local = overlay.toLocal(spot);
      badge.style.left = `${local.left}px`;
      badge.style.top = `${local.top}px`;
      placePanel();
    }

    return {
      badge,
      panel,
      open,
      hide,
      update(next) {
        view = next;
        const empty = view.state === "empty";
        const shown = badge.hidden === empty;
        overlay.show(badge, !empty);
        if (empty) hide();
        const text = badgeText(view);
        if (label.data !== text || !shown) {
          if (label.data !== text) label.data = text;
          layout(); // shown again, or wider or narrower
        }
        overlay.setAttribute(badge, "data-state", view.state);
        overlay.setAttribute(badge, "data-band", view.state === "ok" ? view.band : "");
        overlay.paint(badge, palette, view.state === "ok" ? view.band : "");
        const description = describe(view);
        overlay.setAttribute(badge, "title", description);
        overlay.setAttribute(badge, "aria-label", description);
        if (!panel.hidden) {
          renderPanel();
          placePanel();
        }
      },
      /**
       * Puts the badge outside the editor, by its bottom-right corner, clear of the compose
       * box's controls (scene: compose.measure()); colours it and its panel with `theme`.
       */
      place(nextScene, theme) {
        scene = nextScene;
        palette = theme.palette;
        overlay.paint(badge, palette, view.state === "ok" ? view.band : "");
        overlay.paint(panel, palette);
        layout();
      },
      remove() {
        hide();
        badge.remove();
        panel.remove();
      },
    };
  }

  ns.badge = Object.freeze({ create });
})((globalThis.smmlint ??= {}));
