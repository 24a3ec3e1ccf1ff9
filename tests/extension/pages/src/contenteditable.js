// A bare contenteditable on a site the user switched on (the browser's own editing).
import { expose } from "./harness.js";

const box = document.getElementById("box");
expose({
  root: () => box,
  text: () => box.innerText.replace(/\n$/, ""),
  rewrite(text) {
    box.textContent = text;
  },
});
