// Where the badge and the popups go, the page's theme and contrast, the underline styles of
// neighbouring findings, and the strengths read off a report: the pure parts, in Node.
const test = require("node:test");
const assert = require("node:assert/strict");
const { load } = require("./load.js");

const ns = load(
  "content/geometry.js",
  "content/theme.js",
  "content/praise.js",
  "content/highlighter.js",
);
const { placeBadge, placePopup, overlap } = ns.geometry;
const R = (left, top, right, bottom) => ({ left, top, right, bottom });
const VIEWPORT = R(0, 0, 1280, 720);
// LinkedIn's dialog: the editor, a close button above, a toolbar and Post right below.
const EDITOR = R(40, 147, 580, 267);
const DIALOG = R(24, 93, 596, 333);
const CONTROLS = [
  R(546, 105, 580, 139),
  R(40, 272, 74, 306),
  R(80, 272, 114, 306),
  R(507, 271, 580, 307),
];
const SCENE = { viewport: VIEWPORT, editor: EDITOR, controls: CONTROLS, container: DIALOG };

test("the badge sits outside the text, inside the dialog, clear of Post and the toolbar", () => {
  const badge = placeBadge(EDITOR, { width: 55, height: 22 }, SCENE);
  assert.equal(overlap(badge, EDITOR), 0);
  for (const control of CONTROLS) assert.equal(overlap(badge, control), 0);
  assert.ok(badge.left >= DIALOG.left && badge.right <= DIALOG.right, JSON.stringify(badge));
  assert.ok(badge.top >= EDITOR.bottom, "next to the toolbar, below the text");
});

test("a popup goes below its anchor, and above when there is no room below", () => {
  const anchor = R(446, 275, 501, 297);
  const below = placePopup(anchor, { width: 340, height: 300 }, SCENE, "end");
  assert.equal(below.side, "below");
  for (const control of CONTROLS) assert.equal(overlap(below, control), 0);
  const short = { ...SCENE, viewport: R(0, 0, 1280, 340) };
  const above = placePopup(anchor, { width: 340, height: 200 }, short, "end");
  assert.equal(above.side, "above");
  assert.ok(above.top >= 0 && above.bottom <= anchor.top);
  for (const control of CONTROLS) assert.equal(overlap(above, control), 0);
});

test("a popup stays inside a narrow viewport", () => {
  const spot = placePopup(
    R(600, 100, 700, 120),
    { width: 340, height: 200 },
    {
      ...SCENE,
      viewport: R(0, 0, 640, 720),
    },
  );
  assert.ok(spot.left >= 0 && spot.right <= 640, JSON.stringify(spot));
});

test("the theme follows the page's background, and the palettes meet WCAG AA", () => {
  const { PALETTES, contrast, nameFor, parse } = ns.theme;
  assert.equal(nameFor([255, 255, 255]), "light");
  assert.equal(nameFor([21, 32, 43]), "dark");
  assert.deepEqual(parse("rgba(1, 2, 3, 0.5)"), [1, 2, 3, 0.5]);
  const pages = { light: ["#ffffff", "#f7f9f9"], dark: ["#000000", "#15202b", "#242526"] };
  for (const [name, palette] of Object.entries(PALETTES)) {
    for (const color of [palette.text, palette.muted, palette.link]) {
      assert.ok(contrast(color, palette.card) >= 4.5, `${name} ${color} on the card`);
    }
    for (const band of Object.values(palette.bands)) {
      assert.ok(contrast(palette.bandText, band) >= 4.5, `${name} badge text on ${band}`);
      for (const page of pages[name]) assert.ok(contrast(band, page) >= 3, `${band} on ${page}`);
    }
    for (const line of Object.values(palette.lines)) {
      for (const page of pages[name]) assert.ok(contrast(line, page) >= 3, `${line} on ${page}`);
    }
  }
});

test("touching and overlapping findings get different underline styles", () => {
  // "BUY NOW!!! Shop now": BUY NOW twice (sales-push, all-caps), !!! touching, Shop now apart.
  const marks = [
    { start: 0, end: 7 },
    { start: 0, end: 7 },
    { start: 7, end: 10 },
    { start: 11, end: 19 },
  ];
  assert.deepEqual(ns.highlighter.styleMarks(marks), ["wavy", "dashed", "dotted", "wavy"]);
});

test("strengths come from the report only, and not from rules turned off", () => {
  const report = {
    findings: [{ code: "SMM101" }],
    metrics: { length: { platform: 72, limit: 280, unit: "weighted characters" } },
  };
  const notes = ns.praise.strengths(report);
  assert.ok(notes.some((note) => note.includes("invites a conversation")));
  assert.ok(!notes.some((note) => note.includes("sales push")));
  assert.ok(notes.some((note) => note.includes("72 of 280 weighted characters")));
  assert.ok(!ns.praise.strengths(report, ["SMM201"]).some((n) => n.includes("conversation")));
  const asksNothing = { findings: [{ code: "SMM201" }], metrics: {} };
  assert.ok(!ns.praise.strengths(asksNothing).some((n) => n.includes("conversation")));
});
