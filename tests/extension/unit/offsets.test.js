// The text the server sees and the offset map, on the markup each real editor renders.
const test = require("node:test");
const assert = require("node:assert/strict");
const { load } = require("./load.js");
const { parse, textNodes } = require("./fake_dom.js");

const { buildText, locate, rebase } = load("content/offsets.js").offsets;

const EDITORS = {
  "Draft.js (X)":
    '<div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block">' +
    '<span><span data-text="true">Hello 👋🏽 世界</span></span></div></div>' +
    '<div data-block="true"><div><span><br data-text="true"></span></div></div>' +
    '<div data-block="true"><div><span><span data-text="true">Shop now</span></span></div></div></div>',
  "Lexical (Facebook, Threads)":
    '<p dir="ltr"><span data-lexical-text="true">Hello 👋🏽 世界</span></p><p><br></p>' +
    '<p dir="ltr"><span data-lexical-text="true">Shop now</span></p>',
  "Quill (LinkedIn)": "<p>Hello 👋🏽 世界</p><p><br></p><p>Shop now</p>",
  "ProseMirror (Bluesky)":
    '<p>Hello 👋🏽 世界</p><p><img class="ProseMirror-separator"><br class="ProseMirror-trailingBreak"></p>' +
    "<p>Shop now</p>",
  "contenteditable (Chromium)": "Hello 👋🏽 世界<div><br></div><div>Shop now</div>",
};

for (const [editor, html] of Object.entries(EDITORS)) {
  test(`${editor}: blocks become lines, an empty block an empty line`, () => {
    assert.equal(buildText(parse(html)).text, "Hello 👋🏽 世界\n\nShop now");
  });

  test(`${editor}: UTF-16 offsets after emoji and CJK land on the right characters`, () => {
    const { text, segments } = buildText(parse(html));
    const start = text.indexOf("Shop now");
    const range = locate(segments, start, start + "Shop now".length);
    assert.equal(range.startNode.nodeValue, "Shop now");
    assert.deepEqual([range.startOffset, range.endOffset], [0, 8]);
    const world = locate(segments, text.indexOf("世界"), text.indexOf("世界") + 2);
    assert.equal(world.startNode.nodeValue.slice(world.startOffset, world.endOffset), "世界");
  });
}

test("a line break inside a block is a newline; the block's trailing break is not", () => {
  const html = "<p><span>a</span><br><span>b</span></p><p><span>c</span><br><br></p>";
  assert.equal(buildText(parse(html)).text, "a\nb\nc\n");
});

test("a trailing break nested in inline elements adds nothing", () => {
  assert.equal(buildText(parse("<p><span>a<br></span></p><p>b</p>")).text, "a\nb");
});

test("markup indentation between blocks is not text, typed spaces are", () => {
  assert.equal(buildText(parse("<div>\n  <p>a</p>\n  <p> b</p>\n</div>")).text, "a\n b");
  assert.equal(buildText(parse("<p> </p><p>x</p>")).text, " \nx");
});

test("nested blocks make one line; script and style are skipped", () => {
  const html = "<div><div><p>one</p></div></div><style>p{}</style><blockquote>two</blockquote>";
  assert.equal(buildText(parse(html)).text, "one\ntwo");
});

test("an empty editor is empty text with no segments", () => {
  assert.deepEqual(buildText(parse("<p><br></p>")), { text: "", segments: [] });
  assert.equal(locate([], 0, 1), null);
});

test("a span across formatting ends inside the last text node", () => {
  const { text, segments } = buildText(parse("<p>Shop <strong>now</strong> please</p>"));
  const range = locate(segments, 0, text.indexOf(" please"));
  assert.equal(range.startNode.nodeValue, "Shop ");
  assert.equal(range.endNode.nodeValue, "now");
  assert.deepEqual([range.startOffset, range.endOffset], [0, 3]);
});

test("boundaries on a synthetic newline move inside the range", () => {
  const root = parse("<p>ab</p><p>cd</p>");
  const [ab, cd] = textNodes(root);
  const { segments } = buildText(root);
  assert.deepEqual(locate(segments, 2, 4), {
    startNode: cd,
    startOffset: 0,
    endNode: cd,
    endOffset: 1,
  });
  assert.deepEqual(locate(segments, 1, 3), {
    startNode: ab,
    startOffset: 1,
    endNode: ab,
    endOffset: 2,
  });
  assert.equal(locate(segments, 2, 3), null, "only the newline");
  assert.equal(locate(segments, 3, 3), null, "empty range");
  assert.equal(locate(segments, 9, 12), null, "past the end");
});

test("a range running past the end stops at the last character", () => {
  const root = parse("<p>ab</p>");
  const { segments } = buildText(root);
  assert.deepEqual(locate(segments, 1, 10).endOffset, 2);
});

test("rebase keeps marks before an edit, shifts marks after it, drops touched ones", () => {
  const before = "Hi. Shop now. Buy it";
  const marks = [
    { start: 0, end: 2, id: "before" },
    { start: 4, end: 12, id: "touched" },
    { start: 14, end: 20, id: "after" },
  ];
  const after = "Hi. Shop right now. Buy it";
  assert.deepEqual(
    rebase(marks, before, after).map((mark) => [mark.id, mark.start, mark.end]),
    [
      ["before", 0, 2],
      ["after", 20, 26],
    ],
  );
});

test("rebase: typing right before or right after a mark keeps it on its characters", () => {
  const marks = [{ start: 4, end: 12 }];
  const before = "Hi. Shop now.";
  assert.deepEqual(rebase(marks, before, "Hi. 👋 Shop now."), [{ start: 7, end: 15 }]);
  assert.deepEqual(rebase(marks, before, "Hi. Shop now!!."), [{ start: 4, end: 12 }]);
  assert.equal(rebase(marks, before, before), marks);
});

test("rebase: deleting the marked text drops the mark", () => {
  assert.deepEqual(rebase([{ start: 4, end: 12 }], "Hi. Shop now.", "Hi. ."), []);
});
