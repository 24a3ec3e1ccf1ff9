// A plain textarea on a site the user switched on.
import { expose } from "./harness.js";

const box = document.getElementById("box");
expose({
  root: () => box,
  text: () => box.value,
  rewrite(text) {
    box.value = text;
  },
});
