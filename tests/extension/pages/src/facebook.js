// Facebook's composer: Lexical on a div[role=textbox][contenteditable].
import { expose } from "./harness.js";
import { lexicalEditor } from "./lexical_editor.js";

expose(lexicalEditor(document.getElementById("composer-box"), "facebook"));
