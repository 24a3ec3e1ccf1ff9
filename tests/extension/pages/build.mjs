// Builds one page per real editor library into dist/: <name>.html loading <name>.js (esbuild).
import { mkdirSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const EDITOR_CSS = `
  body { font: 16px/1.5 "DejaVu Sans", sans-serif; margin: 24px; color: #111; background: #fff; }
  .frame { width: 540px; }
  .editor, textarea, .ProseMirror, .public-DraftEditor-content {
    display: block; box-sizing: border-box; width: 540px; min-height: 120px; padding: 12px;
    border: 1px solid #bbb; border-radius: 6px; font: 16px/1.5 "DejaVu Sans", sans-serif;
    white-space: pre-wrap; outline: none; margin: 0 0 16px; resize: none;
    background: transparent; color: inherit;
  }
  /* The compose box around the editor, as the sites draw it: a toolbar and the Post button
     right under the text (X, LinkedIn, Mastodon, Threads), a dialog (Facebook, LinkedIn,
     Bluesky) with its header; the page around a dialog is its backdrop. */
  .compose { width: 572px; box-sizing: border-box; }
  .compose[role="dialog"] {
    padding: 12px 16px 16px; border-radius: 10px; background: #fff;
    box-shadow: 0 8px 28px rgba(0, 0, 0, 0.35); margin-top: 8px;
  }
  body.with-dialog { background: #8a8d91; }
  .compose .editor, .compose textarea, .compose .ProseMirror,
  .compose .public-DraftEditor-content { margin: 0; }
  .compose-head { display: flex; align-items: center; justify-content: space-between;
    margin: 0 0 8px; font-weight: 700; }
  .toolbar { display: flex; align-items: center; gap: 6px; margin: 2px 0 8px; min-height: 40px; }
  .toolbar .spacer { flex: 1; }
  .icon { width: 34px; height: 34px; border-radius: 17px; border: 0; background: #e8f0fe;
    color: #1d4ed8; font: 14px sans-serif; }
  .post { height: 36px; padding: 0 18px; border-radius: 18px; border: 0; font-weight: 700;
    background: #0f1419; color: #fff; font: 700 15px sans-serif; }
  .post.wide { width: 100%; border-radius: 6px; background: #1877f2; }
  .addbox { border: 1px solid #ccd0d5; border-radius: 8px; padding: 0 12px; margin: 8px 0; }
  html.dark body { background: #15202b; color: #e7e9ea; }
  html.dark body.with-dialog { background: #0b0f14; }
  html.dark .compose[role="dialog"] { background: #242526; }
  html.dark .editor, html.dark textarea, html.dark .ProseMirror,
  html.dark .public-DraftEditor-content { border-color: #4b5563; caret-color: #e7e9ea; }
  html.dark .icon { background: #1e3a5f; color: #cfe3ff; }
  html.dark .post { background: #eff3f4; color: #0f1419; }
  html.dark .post.wide { background: #2d88ff; color: #fff; }
`;

const icons = (...names) =>
  names
    .map((name) => `<button type="button" class="icon" aria-label="${name}">${name[0]}</button>`)
    .join("");
const toolbar = (post, ...names) =>
  `<div class="toolbar" role="toolbar" aria-label="Compose tools">${icons(...names)}` +
  `<span class="spacer"></span>${post}</div>`;
const POST = '<button type="button" class="post">Post</button>';
const head = (title) =>
  `<div class="compose-head"><span>${title}</span>` +
  '<button type="button" class="icon" aria-label="Close">×</button></div>';
const dialog = (label, inner) =>
  `<div class="compose" role="dialog" aria-modal="true" aria-label="${label}">${inner}</div>`;

const PAGES = {
  x: [
    "Draft.js composer (X)",
    '<div class="compose"><div class="frame" id="composer"></div>' +
      toolbar(POST, "Media", "GIF", "Poll", "Emoji") +
      "</div>",
  ],
  facebook: [
    "Lexical composer (Facebook)",
    dialog(
      "Create post",
      head("Create post") +
        '<div id="composer-box" class="editor" contenteditable="true" role="textbox" ' +
        'aria-label="What\'s on your mind?"></div>' +
        '<div class="addbox">' +
        toolbar("", "Photo", "Tag", "Feeling", "Location") +
        "</div>" +
        '<button type="button" class="post wide">Post</button>',
    ),
  ],
  threads: [
    "Two Lexical editors (a thread on Threads)",
    '<div class="compose">' +
      '<div class="thread-post editor" contenteditable="true" role="textbox" aria-label="Start a thread"></div>' +
      toolbar("", "Media", "GIF") +
      '<div class="thread-post editor" contenteditable="true" role="textbox" aria-label="Add to thread"></div>' +
      toolbar(POST, "Media", "GIF") +
      "</div>",
  ],
  // LinkedIn's preload iframe is a page of the same site holding a decoy .ql-editor; here it is
  // rendered off-screen (not display: none) so that a test can type into the decoy.
  linkedin: [
    "Quill in a shadow root (LinkedIn)",
    dialog(
      "Create a post",
      head("Create a post") +
        '<div class="frame" id="interop-outlet"></div>' +
        toolbar(POST, "Media", "Event", "Celebrate"),
    ) +
      '<div class="frame" id="comment-box"></div>' +
      '<iframe class="preload" src="linkedin-preload.html" title="preload" ' +
      'style="position: absolute; left: -10000px; width: 400px; height: 120px"></iframe>',
  ],
  bluesky: [
    "TipTap composer (Bluesky)",
    dialog(
      "New post",
      '<div class="toolbar"><button type="button" class="icon" aria-label="Cancel">C</button>' +
        '<span class="spacer"></span>' +
        POST +
        "</div>" +
        '<div class="frame" id="composer"></div>' +
        toolbar('<span class="counter">300</span>', "Image", "GIF", "Emoji"),
    ),
  ],
  mastodon: [
    "React textarea (Mastodon)",
    '<div class="compose"><div class="frame" id="composer"></div>' +
      toolbar('<button type="button" class="post">Publish</button>', "Media", "Poll", "Warning") +
      "</div>",
  ],
  textarea: ["Plain textarea", '<textarea id="box" rows="5" aria-label="Comment"></textarea>'],
  contenteditable: [
    "Plain contenteditable",
    '<div id="box" class="editor" contenteditable="true" aria-label="Notes"></div>',
  ],
};

// ?theme=dark: the site's dark theme (the page's own, whatever the OS prefers).
const THEME = `<script>if (location.search.includes("theme=dark")) document.documentElement.className = "dark";</script>`;

const page = (name, title, body) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title><style>${EDITOR_CSS}</style>${THEME}</head>
<body${body.includes('role="dialog"') ? ' class="with-dialog"' : ""}>
<h1>${title}</h1>
${body}
<p>Below the composer.</p>
<script src="${name}.js"></script>
</body>
</html>
`;

const PRELOAD = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>preload</title></head>
<body><div class="ql-editor" contenteditable="true">decoy</div></body>
</html>
`;

mkdirSync("dist", { recursive: true });
writeFileSync("dist/linkedin-preload.html", PRELOAD);
for (const [name, [title, body]] of Object.entries(PAGES)) {
  await build({
    entryPoints: [`src/${name}.js`],
    bundle: true,
    format: "iife",
    outfile: `dist/${name}.js`,
    define: { global: "globalThis", "process.env.NODE_ENV": '"production"' },
    loader: { ".css": "text" },
    target: "chrome120",
    logLevel: "warning",
  });
  writeFileSync(`dist/${name}.html`, page(name, title, body));
}
