// Bluesky's composer: TipTap 3 (ProseMirror) with role=textbox on the editable element.
import { Editor } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { expose } from "./harness.js";

const editor = new Editor({
  element: document.getElementById("composer"),
  extensions: [StarterKit.configure({ undoRedo: { newGroupDelay: 300 } })],
  editorProps: { attributes: { role: "textbox", "aria-label": "Rich-Text Editor" } },
});

expose({
  root: () => editor.view.dom,
  text: () => editor.getText({ blockSeparator: "\n" }),
  offsetOf: (node, offset) =>
    editor.state.doc.textBetween(0, editor.view.posAtDOM(node, offset), "\n").length,
  rewrite(text) {
    // Two transactions: ProseMirror would keep the DOM of an equal document.
    editor.commands.clearContent();
    editor.commands.setContent({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text }] }],
    });
  },
});
