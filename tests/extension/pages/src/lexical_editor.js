// A Lexical rich-text editor with history, as Facebook and Threads run it.
import {
  $createParagraphNode,
  $createTextNode,
  $getNearestNodeFromDOMNode,
  $getRoot,
  $isElementNode,
  createEditor,
} from "lexical";
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
    // Lexical's own getTextContent() puts "\n\n" between paragraphs; a block boundary is one "\n".
    text: () =>
      editor.read(() =>
        $getRoot()
          .getChildren()
          .map((block) => block.getTextContent())
          .join("\n"),
      ),
    offsetOf(node, offset) {
      return editor.read(() => {
        const target = $getNearestNodeFromDOMNode(node);
        let sum = 0;
        const walk = (element) => {
          for (const child of element.getChildren()) {
            if (child.is(target)) return true;
            if ($isElementNode(child) && walk(child)) return true;
            sum += child.getTextContentSize();
          }
          return false;
        };
        for (const block of $getRoot().getChildren()) {
          const start = sum;
          if (block.is(target) || ($isElementNode(block) && walk(block))) return sum + offset;
          sum = start + block.getTextContentSize() + 1;
        }
        throw new Error("not a node of this editor");
      });
    },
    rewrite(text) {
      editor.update(() => {
        const paragraph = $createParagraphNode();
        paragraph.append($createTextNode(text));
        $getRoot().clear().append(paragraph);
      });
    },
  };
}
