/*
 * The tooltip over an underline: the finding's card, shown while the pointer rests on the
 * marked characters or on the tooltip itself. It never takes focus (the overlay cancels
 * mousedown), so the caret stays where the user left it.
 */
(function (ns) {
  "use strict";

  const HIDE_DELAY_MS = 300;
  const GAP = 4;

  const contains = (rect, x, y) =>
    x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

  /** findMarkAt(x, y) (viewport) → {session, key, rect, finding, excerpt, actions} or null. */
  function create(overlay, findMarkAt) {
    const tip = overlay.element("div", "tooltip");
    tip.hidden = true;
    tip.setAttribute("role", "tooltip");
    // One card, refilled in place: showing or hiding the tooltip replaces no node, which would
    // close the browser's typing group (see overlay.setText).
    const card = ns.card.create(overlay);
    tip.append(card.element);
    overlay.shadow.append(tip);
    let current = null;
    let hideTimer = 0;
    let frame = 0;
    let pointer = null;

    function hide() {
      clearTimeout(hideTimer);
      current = null;
      overlay.show(tip, false);
    }

    function show(hit) {
      clearTimeout(hideTimer);
      if (current?.key === hit.key) return;
      current = hit;
      card.set(hit.finding, hit.excerpt, hit.actions);
      overlay.show(tip, true);
      const below = hit.rect.bottom + GAP + tip.offsetHeight <= window.innerHeight;
      const left = Math.min(hit.rect.left, window.innerWidth - tip.offsetWidth - GAP);
      const top = below ? hit.rect.bottom + GAP : hit.rect.top - GAP - tip.offsetHeight;
      const local = overlay.toLocal({ left: Math.max(GAP, left), top, right: 0, bottom: 0 });
      tip.style.left = `${local.left}px`;
      tip.style.top = `${local.top}px`;
    }

    function track() {
      frame = 0;
      const [x, y] = pointer;
      if (current && contains(tip.getBoundingClientRect(), x, y)) {
        clearTimeout(hideTimer);
        return;
      }
      const hit = findMarkAt(x, y);
      if (hit) show(hit);
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
      /** Hides the tooltip if it shows a mark of `session` that is no longer among `liveKeys`. */
      forget(session, liveKeys) {
        if (current?.session === session && !liveKeys.has(current.key)) hide();
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
