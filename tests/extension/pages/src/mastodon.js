// Mastodon's composer: a React-controlled <textarea class="autosuggest-textarea__textarea">.
import React from "react";
import { createRoot } from "react-dom/client";
import { expose } from "./harness.js";

let value = "";
let setValue = null;

function Compose() {
  const [text, setText] = React.useState("");
  value = text;
  setValue = setText;
  return React.createElement(
    "div",
    { className: "autosuggest-textarea" },
    React.createElement("textarea", {
      className: "autosuggest-textarea__textarea",
      value: text,
      onChange: (event) => setText(event.target.value),
      placeholder: "What's on your mind?",
      "aria-label": "What's on your mind?",
      rows: 5,
    }),
  );
}

createRoot(document.getElementById("composer")).render(React.createElement(Compose));

const waitForRender = () => new Promise((resolve) => setTimeout(resolve, 50));
(async () => {
  while (!document.querySelector("textarea")) await waitForRender();
  expose({
    root: () => document.querySelector("textarea.autosuggest-textarea__textarea"),
    text: () => value,
    rewrite: (text) => setValue(text),
  });
})();
