// Settings normalisation, match patterns and which profile a page gets.
const test = require("node:test");
const assert = require("node:assert/strict");
const { load } = require("./load.js");

const { settings, sites } = load("settings.js", "content/sites.js");
const { normalize, matchesPattern, patternForOrigin, siteFor } = settings;

test("normalize fills defaults and drops mistyped values", () => {
  assert.deepEqual(normalize(undefined), {
    serverUrl: "http://127.0.0.1:8787",
    token: "",
    sites: {},
    customSites: [],
    disabledRules: [],
  });
  const stored = normalize({
    serverUrl: 42,
    token: "  abc ",
    sites: { x: { enabled: false }, bad: "yes" },
    customSites: [
      { match: "https://mastodon.social/*", profile: "mastodon" },
      { match: "nope" },
      null,
    ],
    disabledRules: ["SMM101", 7],
  });
  assert.equal(stored.serverUrl, "http://127.0.0.1:8787");
  assert.equal(stored.token, "abc");
  assert.deepEqual(stored.sites, { x: { enabled: false, platform: "" } });
  assert.deepEqual(stored.customSites, [
    { match: "https://mastodon.social/*", profile: "mastodon", platform: "", enabled: true },
  ]);
  assert.deepEqual(stored.disabledRules, ["SMM101"]);
});

test("match patterns: scheme, host wildcards, path globs; ports ignored", () => {
  assert.ok(matchesPattern("https://mastodon.social/*", "https://mastodon.social/home"));
  assert.ok(matchesPattern("*://*.example.org/*", "http://a.b.example.org/x"));
  assert.ok(matchesPattern("*://*.example.org/*", "https://example.org/"));
  assert.ok(
    matchesPattern("http://127.0.0.1/pages/x.html*", "http://127.0.0.1:8123/pages/x.html?a=1"),
  );
  assert.ok(
    !matchesPattern("http://127.0.0.1/pages/x.html*", "http://127.0.0.1:8123/pages/y.html"),
  );
  assert.ok(!matchesPattern("https://mastodon.social/*", "http://mastodon.social/"));
  assert.ok(!matchesPattern("https://mastodon.social/*", "https://evil-mastodon.social/"));
  assert.ok(!matchesPattern("*://*.example.org/*", "ftp://example.org/"));
  assert.ok(!matchesPattern("not a pattern", "https://example.org/"));
  assert.ok(!matchesPattern("https://a.org/*", "not a url"));
});

test("patternForOrigin accepts what people type", () => {
  assert.equal(patternForOrigin("mastodon.social"), "https://mastodon.social/*");
  assert.equal(patternForOrigin(" https://fosstodon.org/home "), "https://fosstodon.org/*");
  assert.equal(patternForOrigin("http://localhost:3000"), "http://localhost/*");
  assert.equal(patternForOrigin("ftp://x.org"), null);
  assert.equal(patternForOrigin("https://"), null);
});

test("built-in sites turn on by their match patterns, and can be switched off or given another platform", () => {
  const defaults = normalize({});
  assert.equal(siteFor("https://x.com/compose/post", defaults, sites).platform, "x");
  assert.equal(siteFor("https://www.linkedin.com/feed/", defaults, sites).profile.id, "linkedin");
  assert.equal(siteFor("https://www.threads.com/", defaults, sites).platform, "threads");
  assert.equal(siteFor("https://bsky.app/", defaults, sites).platform, "bluesky");
  assert.equal(siteFor("https://mobile.twitter.com/home", defaults, sites).profile.id, "x");
  assert.equal(siteFor("https://staging.bsky.app/", defaults, sites), null); // bsky.app only
  assert.equal(siteFor("http://x.com/", defaults, sites), null); // https, as the manifest says
  assert.equal(siteFor("https://notx.com/", defaults, sites), null);
  assert.equal(siteFor("https://mastodon.social/", defaults, sites), null);
  const changed = normalize({
    sites: { x: { enabled: false }, facebook: { platform: "generic" } },
  });
  assert.equal(siteFor("https://x.com/", changed, sites), null);
  assert.equal(siteFor("https://www.facebook.com/", changed, sites).platform, "generic");
});

test("sites the user enabled pick their profile and platform, and win over built-ins", () => {
  const user = normalize({
    customSites: [
      { match: "https://mastodon.social/*", profile: "mastodon", platform: "" },
      { match: "https://x.com/*", profile: "any", platform: "generic" },
      { match: "https://blog.example/*", profile: "missing", enabled: false },
    ],
  });
  const mastodon = siteFor("https://mastodon.social/home", user, sites);
  assert.deepEqual([mastodon.profile.id, mastodon.platform], ["mastodon", "mastodon"]);
  assert.deepEqual(siteFor("https://x.com/home", user, sites).profile.id, "any");
  assert.equal(siteFor("https://blog.example/", user, sites), null);
});

test("content scripts load every setting but the pairing token", async () => {
  const asked = [];
  globalThis.chrome = {
    storage: {
      local: {
        get: async (keys) => {
          asked.push(...keys);
          const all = { serverUrl: "http://127.0.0.1:9000", token: "secret-token" };
          return Object.fromEntries(Object.entries(all).filter(([key]) => keys.includes(key)));
        },
      },
    },
  };
  const loaded = await settings.load(settings.PAGE_KEYS);
  assert.ok(!asked.includes("token"));
  assert.deepEqual(asked.sort(), ["customSites", "disabledRules", "serverUrl", "sites"]);
  assert.equal(loaded.token, "");
  assert.equal(loaded.serverUrl, "http://127.0.0.1:9000");
  delete globalThis.chrome;
});
