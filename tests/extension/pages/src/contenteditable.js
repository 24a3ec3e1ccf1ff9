// A bare contenteditable on a site the user switched on (the browser's own editing).
import { expose } from "./harness.js";

const box = document.getElementById("box");

/**
 * The lines as Chromium's editing makes them: the text typed first sits in the box itself,
 * each Enter starts a <div> (an empty line is <div><br></div>). Lines as lists of top nodes.
 */
function lines() {
  const found = [];
  let loose = null;
  for (const child of box.childNodes) {
    if (child.nodeName === "DIV") {
      found.push([child]);
      loose = null;
    } else {
      if (!loose) found.push((loose = []));
      loose.push(child);
    }
  }
  return found;
}

const textOf = (line) => line.map((node) => node.textContent).join("");

expose({
  root: () => box,
  text: () => lines().map(textOf).join("\n"),
  offsetOf(node, offset) {
    let sum = 0;
    for (const line of lines()) {
      if (line.some((top) => top.contains(node))) {
        const before = document.createRange();
        before.setStartBefore(line[0]);
        before.setEnd(node, offset);
        return sum + before.toString().length;
      }
      sum += textOf(line).length + 1;
    }
    throw new Error("not inside the box");
  },
  rewrite(text) {
    box.textContent = text;
  },
});
