/*
 * Pure geometry for the badge, the panel and the tooltip: where a box of a given size goes
 * next to its anchor, inside the viewport, clear of the compose box's own controls and of the
 * text being written. Rectangles are {left, top, right, bottom} in viewport coordinates; no DOM.
 */
(function (ns) {
  "use strict";

  /** Keeps boxes this far from the viewport's edges and from what they sit next to. */
  const MARGIN = 4;
  const GAP = 6;
  // What a spot costs, per square pixel of trouble: covering text being typed or a control is
  // worst, leaving the viewport next, leaving the compose box (a dialog) less; then the order
  // of preference among the spots that are clear, and the distance from the anchor.
  const COVERS_EDITOR = 1e7;
  const COVERS_CONTROL = 1e6;
  const OFF_SCREEN = 1e6;
  const OUTSIDE_BOX = 0.01;
  // The badge stays inside a compose dialog when it can; a popup covers the text being
  // written only when there is no better place (it closes on Escape or a click).
  const BADGE_OUTSIDE_BOX = 1;
  const POPUP_COVERS_EDITOR = 0.05;
  const RANK = 1000;
  /** A popup shrinks to the room there is (it scrolls), but not below this. */
  const MIN_HEIGHT = 120;

  const box = (left, top, width, height) => ({
    left,
    top,
    right: left + width,
    bottom: top + height,
  });
  const widthOf = (rect) => rect.right - rect.left;
  const heightOf = (rect) => rect.bottom - rect.top;

  /** Area shared by two rectangles. */
  function overlap(a, b) {
    const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    return width > 0 && height > 0 ? width * height : 0;
  }

  /** Area of `rect` outside `frame`. */
  const outside = (rect, frame) => widthOf(rect) * heightOf(rect) - overlap(rect, frame);

  /** The viewport less its margin. */
  const inset = (viewport) => ({
    left: viewport.left + MARGIN,
    top: viewport.top + MARGIN,
    right: viewport.right - MARGIN,
    bottom: viewport.bottom - MARGIN,
  });

  /**
   * The cheapest of `candidates` ({left, top, rank}) for a box of `size` ({width, height}).
   * scene: {viewport, editors: rects never to cover, controls: rects to keep clear,
   * container: the compose box's rect or null, anchor: {x, y} to stay near}.
   */
  function cheapest(candidates, size, scene) {
    const screen = inset(scene.viewport);
    let best = null;
    for (const candidate of candidates) {
      const width = candidate.width ?? size.width;
      const rect = box(candidate.left, candidate.top, width, candidate.height ?? size.height);
      let cost = candidate.rank * RANK + OFF_SCREEN * outside(rect, screen);
      const { coversEditor = COVERS_EDITOR, outsideBox = OUTSIDE_BOX } = scene;
      for (const editor of scene.editors) cost += coversEditor * overlap(rect, editor);
      for (const control of scene.controls) cost += COVERS_CONTROL * overlap(rect, control);
      if (scene.container) cost += outsideBox * outside(rect, scene.container);
      if (scene.anchor) {
        cost += Math.hypot(rect.right - scene.anchor.x, rect.top - scene.anchor.y);
      }
      if (!best || cost < best.cost) best = { ...rect, side: candidate.side, cost };
    }
    return best;
  }

  /** Left edges to try in a band: `preferred`, then each side of every control in the band. */
  function leftsInBand(preferred, width, top, height, controls) {
    const lefts = [preferred];
    for (const control of controls) {
      if (control.bottom <= top || control.top >= top + height) continue;
      lefts.push(control.left - GAP - width, control.right + GAP);
    }
    return lefts;
  }

  /**
   * Where the badge goes: outside the editable area, by its bottom-right corner, next to the
   * compose box's toolbar (sliding past its buttons), else beside or above the editor.
   * scene: see cheapest(); editor: the editing element's rect. Returns a rect.
   */
  function placeBadge(editor, size, scene) {
    const candidates = [];
    const add = (lefts, top, rank) => {
      for (const left of lefts) candidates.push({ left, top, rank });
    };
    const right = editor.right - size.width;
    const below = editor.bottom + GAP / 2;
    add(leftsInBand(right, size.width, below, size.height, scene.controls), below, 0);
    // Level with a toolbar's buttons just below the editor.
    for (const control of scene.controls) {
      if (control.top < editor.bottom || control.top > editor.bottom + 3 * size.height) continue;
      const level = control.top + (heightOf(control) - size.height) / 2;
      add(leftsInBand(right, size.width, level, size.height, scene.controls), level, 1);
    }
    add([editor.right + GAP], editor.bottom - size.height, 2);
    const above = editor.top - GAP / 2 - size.height;
    add(leftsInBand(right, size.width, above, size.height, scene.controls), above, 3);
    return cheapest(candidates, size, {
      ...scene,
      editors: [editor],
      outsideBox: BADGE_OUTSIDE_BOX,
      anchor: { x: editor.right, y: editor.bottom },
    });
  }

  /**
   * Where a popup (the panel, the tooltip) goes next to `anchor` (a rect): below it, or above
   * when there is no room below, shrunk to the room there is, inside the viewport, clear of
   * the controls and preferably inside the compose box. align: "start" puts the left edges
   * together, "end" the right edges. Returns a rect with `side` ("below" or "above").
   */
  function placePopup(anchor, size, scene, align = "start") {
    const screen = inset(scene.viewport);
    const width = Math.min(size.width, widthOf(screen));
    const aligned = align === "end" ? anchor.right - width : anchor.left;
    const clamp = (left) => Math.max(screen.left, Math.min(left, screen.right - width));
    const rooms = {
      below: screen.bottom - anchor.bottom - GAP,
      above: anchor.top - GAP - screen.top,
    };
    // Shrunk to the room on a side (it scrolls), but never below a readable height.
    const heightFor = (room) =>
      Math.min(size.height, Math.max(room, Math.min(size.height, MIN_HEIGHT)));
    const candidates = [];
    for (const [side, rank] of [
      ["below", 0],
      ["above", 1],
    ]) {
      const height = heightFor(rooms[side]);
      const top = side === "below" ? anchor.bottom + GAP : anchor.top - GAP - height;
      // Past the controls in the way: further down below, further up above (shrunk to the
      // room left there).
      const spots = [{ top, height }];
      for (const control of scene.controls) {
        if (side === "below" && control.bottom > top) {
          const from = control.bottom + GAP;
          spots.push({ top: from, height: heightFor(screen.bottom - from) });
        }
        if (side === "above" && control.top < top + height) {
          const to = control.top - GAP;
          const tall = heightFor(to - screen.top);
          spots.push({ top: to - tall, height: tall });
        }
      }
      for (const spot of spots) {
        for (const left of leftsInBand(aligned, width, spot.top, spot.height, scene.controls)) {
          candidates.push({ left: clamp(left), ...spot, width, rank, side });
        }
      }
      // Last resort, when every full-size spot covers a control: shorter, up to the first one.
      for (const control of scene.controls) {
        const room =
          side === "below" ? control.top - GAP - top : top + height - control.bottom - GAP;
        if (room < MIN_HEIGHT || room >= height) continue;
        const shortTop = side === "below" ? top : control.bottom + GAP;
        candidates.push({
          left: clamp(aligned),
          top: shortTop,
          width,
          height: room,
          rank: 5,
          side,
        });
      }
    }
    return cheapest(candidates, size, {
      ...scene,
      editors: scene.editor ? [scene.editor] : [],
      coversEditor: POPUP_COVERS_EDITOR,
      anchor: { x: align === "end" ? anchor.right : anchor.left + width, y: anchor.bottom },
    });
  }

  ns.geometry = Object.freeze({ GAP, overlap, placeBadge, placePopup });
})((globalThis.smmlint ??= {}));
