// A Lexical rich-text editor with history, as Facebook and Threads run it.
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from "lexical";
import { HeadingNode, QuoteNode, registerRichText } from "@lexical/rich-text";
import { createEmptyHistoryState, registerHistory } from "@lexical/history";

/** Bind Lexical to `root` (a contenteditable div); returns the test API for it. */
export function lexicalEditor(root, namespace) {
  const editor = createEditor({
    namespace,
    nodes: [HeadingNode, QuoteNode],
    onError(error) {
      throw error;
    },
  });
  editor.setRootElement(root);
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  return {
    root: () => root,
    text: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
    rewrite(text) {
      editor.update(() => {
        const paragraph = $createParagraphNode();
        paragraph.append($createTextNode(text));
        $getRoot().clear().append(paragraph);
      });
    },
  };
}
