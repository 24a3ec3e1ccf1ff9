// X's composer: Draft.js under React 18, the contenteditable tagged data-testid="tweetTextarea_0".
import React from "react";
import { createRoot } from "react-dom/client";
import { ContentState, Editor, EditorState } from "draft-js";
import draftCss from "draft-js/dist/Draft.css";
import { addStyle, expose } from "./harness.js";

addStyle(draftCss);
let current = EditorState.createEmpty();
let update = null;

function Composer() {
  const [state, setState] = React.useState(current);
  current = state;
  update = setState;
  return React.createElement(Editor, {
    editorState: state,
    onChange: setState,
    placeholder: "What is happening?!",
    webDriverTestID: "tweetTextarea_0",
    ariaLabel: "Post text",
  });
}

createRoot(document.getElementById("composer")).render(React.createElement(Composer));

const waitForRender = () => new Promise((resolve) => setTimeout(resolve, 50));
(async () => {
  while (!document.querySelector('[data-testid="tweetTextarea_0"]')) await waitForRender();
  expose({
    root: () => document.querySelector('[data-testid="tweetTextarea_0"]'),
    text: () => current.getCurrentContent().getPlainText("\n"),
    offsetOf(node, offset) {
      // A leaf <span data-offset-key="block-decorator-leaf"> holds one text node.
      const leaf = (node.nodeType === Node.TEXT_NODE ? node.parentElement : node).closest(
        "span[data-offset-key]",
      );
      const [block, decorator, index] = leaf.dataset.offsetKey.split("-");
      const blocks = current.getCurrentContent().getBlocksAsArray();
      const before = blocks.slice(
        0,
        blocks.findIndex((candidate) => candidate.getKey() === block),
      );
      const start = current
        .getBlockTree(block)
        .getIn([Number(decorator), "leaves", Number(index)]).start;
      return before.reduce((sum, previous) => sum + previous.getLength() + 1, 0) + start + offset;
    },
    rewrite(text) {
      const content = ContentState.createFromText(text);
      update(EditorState.moveSelectionToEnd(EditorState.createWithContent(content)));
    },
  });
})();
