/*
 * The user's settings (the only thing the extension stores) and how they pick a site profile.
 *
 * storage.local holds:
 *   serverUrl      "http://127.0.0.1:8787"
 *   token          pairing token sent as "Authorization: Bearer" (needed by Firefox)
 *   sites          {siteId: {enabled?: bool, platform?: str}}  overrides for built-in sites
 *   customSites    [{match, profile, platform, enabled}]       sites the user switched on
 *   disabledRules  ["SMM101", ...]                             rules the user turned off
 */
(function (ns) {
  "use strict";

  const DEFAULTS = Object.freeze({
    serverUrl: "http://127.0.0.1:8787",
    token: "",
    sites: Object.freeze({}),
    customSites: Object.freeze([]),
    disabledRules: Object.freeze([]),
  });

  const PATTERN = /^(\*|https?):\/\/(\*|\*\.[^/*:]+|[^/*:]+)(\/.*)$/;

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function stringOr(value, fallback) {
    return typeof value === "string" ? value : fallback;
  }

  /** A valid settings object from whatever storage held (missing or mistyped keys → defaults). */
  function normalize(raw) {
    const stored = isObject(raw) ? raw : {};
    const sites = {};
    for (const [id, value] of Object.entries(isObject(stored.sites) ? stored.sites : {})) {
      if (!isObject(value)) continue;
      sites[id] = {
        enabled: value.enabled !== false,
        platform: stringOr(value.platform, ""),
      };
    }
    const customSites = (Array.isArray(stored.customSites) ? stored.customSites : [])
      .filter((site) => isObject(site) && PATTERN.test(stringOr(site.match, "")))
      .map((site) => ({
        match: site.match,
        profile: stringOr(site.profile, "any"),
        platform: stringOr(site.platform, ""),
        enabled: site.enabled !== false,
      }));
    const disabledRules = (Array.isArray(stored.disabledRules) ? stored.disabledRules : []).filter(
      (code) => typeof code === "string",
    );
    return {
      serverUrl: stringOr(stored.serverUrl, DEFAULTS.serverUrl).trim() || DEFAULTS.serverUrl,
      token: stringOr(stored.token, "").trim(),
      sites,
      customSites,
      disabledRules,
    };
  }

  function storageArea() {
    return (globalThis.browser ?? globalThis.chrome).storage.local;
  }

  /** What a content script needs: everything but the pairing token, which only the background sends. */
  const PAGE_KEYS = Object.freeze(Object.keys(DEFAULTS).filter((key) => key !== "token"));

  /** The current settings (`keys` only: the others keep their defaults). */
  async function load(keys = Object.keys(DEFAULTS)) {
    return normalize(await storageArea().get(keys));
  }

  /** Store some settings keys (the others stay as they are). */
  async function save(changes) {
    await storageArea().set(changes);
  }

  /** Whether `url` matches a WebExtension match pattern (ports are ignored, as browsers do). */
  function matchesPattern(pattern, url) {
    const parts = PATTERN.exec(pattern);
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (!parts) return false;
    const [, scheme, host, path] = parts;
    const protocol = parsed.protocol.slice(0, -1);
    if (scheme === "*" ? !["http", "https"].includes(protocol) : scheme !== protocol) return false;
    const hostname = parsed.hostname;
    if (host.startsWith("*.")) {
      const domain = host.slice(2);
      if (hostname !== domain && !hostname.endsWith(`.${domain}`)) return false;
    } else if (host !== "*" && host !== hostname) {
      return false;
    }
    const glob = new RegExp(
      `^${path
        .split("*")
        .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*")}$`,
    );
    return glob.test(parsed.pathname + parsed.search);
  }

  /** The match pattern for everything on an origin the user typed ("mastodon.social" works). */
  function patternForOrigin(input) {
    const text = String(input).trim();
    const withScheme = /^[a-z]+:\/\//i.test(text) ? text : `https://${text}`;
    let url;
    try {
      url = new URL(withScheme);
    } catch {
      return null;
    }
    if (!["http:", "https:"].includes(url.protocol) || !url.hostname) return null;
    return `${url.protocol}//${url.hostname}/*`;
  }

  /**
   * The profile and platform for a page, or null when smmlint stays off there.
   * Sites the user enabled come first; built-in sites can be switched off or get another platform.
   */
  function siteFor(url, settings, sites) {
    const byId = Object.fromEntries(sites.map((site) => [site.id, site]));
    for (const custom of settings.customSites) {
      if (!custom.enabled || !matchesPattern(custom.match, url)) continue;
      const profile = byId[custom.profile] ?? byId.any;
      return { profile, platform: custom.platform || profile.platform };
    }
    const profile = sites.find((site) => site.matches.some((match) => matchesPattern(match, url)));
    if (!profile) return null;
    const override = settings.sites[profile.id] ?? {};
    if (override.enabled === false) return null;
    return { profile, platform: override.platform || profile.platform };
  }

  ns.settings = Object.freeze({
    DEFAULTS,
    PAGE_KEYS,
    normalize,
    load,
    save,
    matchesPattern,
    patternForOrigin,
    siteFor,
  });
})((globalThis.smmlint ??= {}));
