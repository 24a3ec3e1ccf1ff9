// LinkedIn's post composer: Quill 2 inside the open shadow root of #interop-outlet, with a
// hidden preload iframe holding a decoy .ql-editor that must be left alone; below it a comment
// box, which LinkedIn builds with TipTap.
import { Editor } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import Quill from "quill";
import quillCss from "quill/dist/quill.core.css";
import { addStyle, expose } from "./harness.js";

const shadow = document.getElementById("interop-outlet").attachShadow({ mode: "open" });
addStyle(quillCss, shadow);
addStyle(".ql-editor { min-height: 120px; font: 16px/1.5 sans-serif; }", shadow);
const container = document.createElement("div");
container.className = "share-creation-state__text-editor";
shadow.append(container);
// Quill starts a new undo step when `delay` ms have passed since the current step began (not
// since the last key), so a burst typed slower than that splits by timing alone. 700 ms keeps
// each burst of the tests one step on a busy machine; their pauses (≥ 0.8 s) still split them.
const quill = new Quill(container, {
  modules: { history: { delay: 700, userOnly: true } },
  placeholder: "What do you want to talk about?",
});

// Quill finds the caret and its own focus through document.getSelection() and
// document.activeElement, which Chromium retargets to the shadow host. Like the site, point
// Quill at the shadow root's selection (Chromium only has ShadowRoot.getSelection; Firefox's
// document selection already reaches into shadow roots) and focus.
if (shadow.getSelection) {
  const outlet = shadow.host;
  const documentSelection = document.getSelection.bind(document);
  document.getSelection = () =>
    document.activeElement === outlet ? shadow.getSelection() : documentSelection();
}
quill.selection.hasFocus = () => quill.root.contains(shadow.activeElement);

expose({
  root: () => quill.root,
  text: () => quill.getText().replace(/\n$/, ""),
  offsetOf: (node, offset) => quill.getIndex(Quill.find(node)) + offset,
  rewrite(text) {
    quill.setText(text, "api");
  },
});

new Editor({
  element: document.getElementById("comment-box"),
  extensions: [StarterKit],
  editorProps: { attributes: { "aria-label": "Add a comment…" } },
});
