// Loads the extension's plain scripts (IIFEs adding to globalThis.smmlint) into Node.
const path = require("node:path");

const EXTENSION = path.resolve(__dirname, "../../../extension");

/** The smmlint namespace after running the given extension scripts in order. */
function load(...files) {
  for (const file of files) require(path.join(EXTENSION, file));
  return globalThis.smmlint;
}

module.exports = { load };
