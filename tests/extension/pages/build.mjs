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
  }
`;

const PAGES = {
  x: ["Draft.js composer (X)", '<div class="frame" id="composer"></div>'],
  facebook: [
    "Lexical composer (Facebook)",
    '<div id="composer-box" class="editor" contenteditable="true" role="textbox" ' +
      'aria-label="What\'s on your mind?"></div>',
  ],
  threads: [
    "Two Lexical editors (a thread on Threads)",
    '<div class="thread-post editor" contenteditable="true" role="textbox" aria-label="Start a thread"></div>' +
      '<div class="thread-post editor" contenteditable="true" role="textbox" aria-label="Add to thread"></div>',
  ],
  // LinkedIn's preload iframe is a page of the same site holding a decoy .ql-editor; here it is
  // rendered off-screen (not display: none) so that a test can type into the decoy.
  linkedin: [
    "Quill in a shadow root (LinkedIn)",
    '<div class="frame" id="interop-outlet"></div>' +
      '<div class="frame" id="comment-box"></div>' +
      '<iframe class="preload" src="linkedin-preload.html" title="preload" ' +
      'style="position: absolute; left: -10000px; width: 400px; height: 120px"></iframe>',
  ],
  bluesky: ["TipTap composer (Bluesky)", '<div class="frame" id="composer"></div>'],
  mastodon: ["React textarea (Mastodon)", '<div class="frame" id="composer"></div>'],
  textarea: ["Plain textarea", '<textarea id="box" rows="5" aria-label="Comment"></textarea>'],
  contenteditable: [
    "Plain contenteditable",
    '<div id="box" class="editor" contenteditable="true" aria-label="Notes"></div>',
  ],
};

const page = (name, title, body) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title><style>${EDITOR_CSS}</style></head>
<body>
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
