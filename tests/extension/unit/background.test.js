// The background against fake browser APIs and a fake fetch: how many requests reach the server.
const test = require("node:test");
const assert = require("node:assert/strict");
const { load } = require("./load.js");

const listeners = {};
const event = (name) => ({ addListener: (listener) => (listeners[name] = listener) });
const stored = { serverUrl: "http://127.0.0.1:8787" };
globalThis.chrome = {
  runtime: {
    id: "smmlint",
    onMessage: event("message"),
    onInstalled: event("installed"),
    onStartup: event("startup"),
  },
  storage: { local: { get: async () => stored }, onChanged: event("storageChanged") },
  permissions: { onAdded: event("permissionAdded"), onRemoved: event("permissionRemoved") },
};

const calls = [];
let answerFor = () => Promise.reject(new TypeError("Failed to fetch")); // the server is down
globalThis.fetch = (url, options) => {
  calls.push(new URL(url).pathname);
  return answerFor(new URL(url).pathname, options);
};
const json = (body) => Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));

load("protocol.js", "settings.js", "background.js");

/** What the background answers a message from the extension's own content script. */
function ask(message) {
  return new Promise((resolve) => {
    listeners.message(message, { id: "smmlint", tab: { id: 1 }, frameId: 0 }, resolve);
  });
}

function startOver() {
  calls.length = 0;
  listeners.storageChanged({ serverUrl: { newValue: stored.serverUrl } }, "local");
}

const lint = (editor) => ask({ kind: "lint", editor, text: "Shop now", platform: "x" });

test("lints at the same time share one lookup of the server's capabilities", async () => {
  startOver();
  answerFor = (path) =>
    json(
      path === "/v1/platforms"
        ? { platforms: [{ name: "x", aliases: [] }] }
        : path === "/v1/rules"
          ? { rules: [{ code: "SMM101", name: "sales-push" }] }
          : { findings: [], score: 100, band: "green" },
    );
  const answers = await Promise.all([lint("e1"), lint("e2"), lint("e3")]);
  assert.deepEqual(
    answers.map((answer) => answer.state),
    ["ok", "ok", "ok"],
  );
  assert.deepEqual(calls.sort(), [
    "/v1/lint",
    "/v1/lint",
    "/v1/lint",
    "/v1/platforms",
    "/v1/rules",
  ]);
});

test("a server that is down is asked once and the backoff grows one step", async () => {
  startOver();
  answerFor = () => Promise.reject(new TypeError("Failed to fetch"));
  const answers = await Promise.all([lint("e1"), lint("e2"), lint("e3")]);
  assert.deepEqual(calls, ["/v1/platforms"]);
  for (const answer of answers) {
    assert.equal(answer.state, "not-connected");
    assert.equal(answer.retryIn, 1000); // the first step: 1 s
  }
  const held = await lint("e1"); // during the backoff nothing is sent
  assert.equal(held.state, "not-connected");
  assert.deepEqual(calls, ["/v1/platforms"]);
});
