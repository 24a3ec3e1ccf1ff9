/*
 * The tooltip over an underline: every finding on the characters under the pointer, one at a
 * time ("1 of 2", ‹ ›), plain language first. It shows while the pointer rests on the marks or
 * on the tooltip, never takes focus on hover (the overlay cancels mousedown, so the caret stays
 * where the user left it), and closes on Escape and on a click outside. Opened from the panel's
 * "Show in text" with the keyboard, its keyboard cursor starts (keys.js): arrows page, Tab
 * walks its buttons, Escape closes; focus and caret stay in the editor. It sits below the
 * marked line, or above when there is no room, inside the viewport and clear of the compose
 * box's controls.
 */
(function (ns) {
  "use strict";

  const HIDE_DELAY_MS = 300;

  const contains = (rect, x, y) =>
    x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

  /**
   * findMarksAt(x, y) (viewport) → {hits, editor, scene(), palette} or null, where hits are
   * [{key, rect, finding, excerpt, actions, style}] for every finding under the point.
   */
  function create(overlay, findMarksAt) {
    const tip = overlay.element("div", "tooltip");
    tip.hidden = true;
    tip.tabIndex = -1;
    tip.setAttribute("role", "dialog");
    tip.setAttribute("aria-label", "smmlint finding");
    const pager = overlay.element("div", "pager");
    const previous = overlay.element("button", "previous", "‹");
    previous.type = "button";
    previous.setAttribute("aria-label", "Previous finding here");
    const position = overlay.element("span", "position");
    position.setAttribute("aria-live", "polite");
    const next = overlay.element("button", "next", "›");
    next.type = "button";
    next.setAttribute("aria-label", "Next finding here");
    pager.append(previous, position, next);
    // One card, refilled in place: showing or hiding the tooltip replaces no node, which would
    // close the browser's typing group (see overlay.setText).
    const card = ns.card.create(overlay);
    tip.append(pager, card.element);
    overlay.shadow.append(tip);
    const cursor = ns.keys.createCursor(overlay, tip);
    let current = null; // {hits, index, editor, scene, palette, key}
    let hideTimer = 0;
    let frame = 0;
    let pointer = null;

    function hide() {
      clearTimeout(hideTimer);
      if (!current) return;
      cursor.stop();
      current = null;
      overlay.show(tip, false);
      document.removeEventListener("keydown", onKey, true);
      document.removeEventListener("pointerdown", onPointer, true);
    }

    function render() {
      const { hits, index } = current;
      const hit = hits[index];
      card.set(hit.finding, hit.excerpt, hit.actions, hit.style);
      overlay.show(pager, hits.length > 1);
      overlay.setText(position, `${index + 1} of ${hits.length}`);
      previous.disabled = index === 0;
      next.disabled = index === hits.length - 1;
      overlay.setAttribute(tip, "data-count", String(hits.length));
      overlay.setAttribute(tip, "data-index", String(index));
    }

    function place() {
      overlay.placePopup(tip, current.hits[current.index].rect, current.scene);
    }

    function turn(step) {
      if (!current) return;
      const index = current.index + step;
      if (index < 0 || index >= current.hits.length) return;
      current.index = index;
      render();
    }

    /** Shows `found` (see findMarksAt); withKeyboard moves focus inside. */
    function present(found, withKeyboard = false) {
      clearTimeout(hideTimer);
      const key = found.hits.map((hit) => hit.key).join("|");
      if (current?.key === key) {
        if (withKeyboard && !cursor.active) cursor.start();
        return;
      }
      const wasOpen = Boolean(current);
      current = { ...found, scene: found.scene(), index: 0, key };
      overlay.paint(tip, found.palette);
      overlay.show(tip, true);
      render();
      place();
      if (!wasOpen) {
        document.addEventListener("keydown", onKey, true);
        document.addEventListener("pointerdown", onPointer, true);
      }
      if (withKeyboard) cursor.start();
    }

    function onKey(event) {
      if (ns.keys.closeOnEscape(event, hide)) return;
      if (cursor.active && (event.key === "ArrowLeft" || event.key === "ArrowRight")) {
        event.preventDefault();
        event.stopPropagation();
        turn(event.key === "ArrowLeft" ? -1 : 1);
      } else {
        cursor.handle(event);
      }
    }

    function onPointer(event) {
      if (!event.composedPath().includes(tip)) hide();
    }

    previous.addEventListener("click", () => turn(-1));
    next.addEventListener("click", () => turn(1));

    function track() {
      frame = 0;
      const [x, y] = pointer;
      if (current && contains(tip.getBoundingClientRect(), x, y)) {
        clearTimeout(hideTimer);
        return;
      }
      if (current && cursor.active) return; // opened from the keyboard: stays
      const found = findMarksAt(x, y);
      if (found) present(found);
      else if (current) {
        clearTimeout(hideTimer);
        hideTimer = setTimeout(hide, HIDE_DELAY_MS);
      }
    }

    function onPointerMove(event) {
      pointer = [event.clientX, event.clientY];
      if (!frame) frame = requestAnimationFrame(track);
    }
    document.addEventListener("mousemove", onPointerMove, { capture: true, passive: true });

    return {
      element: tip,
      hide,
      present,
      /** Hides the tooltip if it shows a mark of `editor` that is no longer among `liveKeys`. */
      forget(editor, liveKeys) {
        if (current?.editor === editor && !current.hits.every((hit) => liveKeys.has(hit.key))) {
          hide();
        }
      },
      stop() {
        document.removeEventListener("mousemove", onPointerMove, { capture: true });
        cancelAnimationFrame(frame);
        hide();
        tip.remove();
      },
    };
  }

  ns.tooltip = Object.freeze({ create });
})((globalThis.smmlint ??= {}));
