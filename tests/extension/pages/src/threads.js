// Threads' composer while a thread is built: two Lexical editors, one per post.
import { expose } from "./harness.js";
import { lexicalEditor } from "./lexical_editor.js";

const editors = [...document.querySelectorAll(".thread-post")].map((root, index) =>
  lexicalEditor(root, `threads-${index}`),
);
expose(editors[0], editors);
