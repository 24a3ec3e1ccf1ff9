/*
 * The background (a service worker in Chrome, an event page in Firefox): the only part of the
 * extension that talks to the smmlint server. It sends drafts to the configured server and
 * nowhere else, keeps at most one request in flight per editor, backs off when the server is
 * down, slow or failing, and registers the content scripts for sites the user switched on.
 */
if (typeof importScripts === "function") importScripts("protocol.js", "settings.js");

(function (ns) {
  "use strict";

  const api = globalThis.browser ?? globalThis.chrome;
  const { protocol, settings } = ns;
  const { STATE } = protocol;

  /** A lint takes milliseconds; an answer this late means the server is stuck or gone. */
  const REQUEST_TIMEOUT_MS = 3000;
  /** Backoff after a failure: 1 s, doubling to at most 30 s (or the server's Retry-After). */
  const BACKOFF_FIRST_MS = 1000;
  const BACKOFF_MAX_MS = 30000;
  /** How long the server's platform and rule lists are trusted before asking again. */
  const CAPABILITIES_TTL_MS = 5 * 60 * 1000;
  const USER_SITES_SCRIPT = "smmlint-user-sites";
  const RULE_ID = /^[A-Za-z0-9-]{1,64}$/;

  /** Counters for diagnostics and the browser tests; never any draft text. */
  const stats = (ns.stats = { fetches: 0, lints: 0, heldBack: 0 });
  const inflight = new Map();
  const backoff = { failures: 0, until: 0, reason: "" };
  let capabilities = null;
  let lookup = null; // {server, promise}: the capabilities lookup on its way, shared
  let syncing = Promise.resolve();

  class ServerError extends Error {
    constructor(state, reason, retryAfterMs = null) {
      super(reason);
      this.state = state;
      this.reason = reason;
      this.retryAfterMs = retryAfterMs;
    }
  }

  function retryAfterMs(response) {
    const seconds = Number(response.headers.get("Retry-After"));
    return Number.isFinite(seconds) && seconds > 0
      ? Math.min(seconds * 1000, BACKOFF_MAX_MS)
      : null;
  }

  /** One HTTP call to the server; the answer's JSON, or a ServerError saying what went wrong. */
  async function call(config, path, { body, signal } = {}) {
    const headers = { Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (config.token) headers.Authorization = `Bearer ${config.token}`;
    const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    stats.fetches += 1;
    let response;
    try {
      response = await fetch(`${config.serverUrl.replace(/\/+$/, "")}${path}`, {
        method: body === undefined ? "GET" : "POST",
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        credentials: "omit",
        cache: "no-store",
        redirect: "error",
        referrerPolicy: "no-referrer",
      });
    } catch {
      if (signal?.aborted) throw new ServerError(STATE.SUPERSEDED, "");
      throw new ServerError(
        STATE.NOT_CONNECTED,
        timeout.aborted
          ? "The smmlint server took too long to answer."
          : `No smmlint server answers at ${config.serverUrl}: start it with "smmlint serve".`,
      );
    }
    const payload = await response.json().catch(() => null);
    if (response.ok && payload !== null) return payload;
    const message = payload?.error?.message ?? `The server answered HTTP ${response.status}.`;
    if (response.status === 401 || response.status === 403) {
      throw new ServerError(STATE.UNAUTHORIZED, `${message} Pair the extension in its options.`);
    }
    if (response.status === 429 || response.status >= 500 || payload === null) {
      throw new ServerError(STATE.NOT_CONNECTED, message, retryAfterMs(response));
    }
    throw new ServerError(STATE.REJECTED, message);
  }

  /** `call`, held back while the server is backing off, feeding the backoff with the outcome. */
  async function guardedCall(config, path, options) {
    const wait = backoff.until - Date.now();
    if (wait > 0) {
      stats.heldBack += 1;
      throw new ServerError(STATE.NOT_CONNECTED, backoff.reason, wait);
    }
    try {
      const payload = await call(config, path, options);
      backoff.failures = 0;
      backoff.until = 0;
      return payload;
    } catch (error) {
      if (error.state === STATE.NOT_CONNECTED) {
        backoff.failures += 1;
        const doubled = BACKOFF_FIRST_MS * 2 ** (backoff.failures - 1);
        error.retryAfterMs ??= Math.min(BACKOFF_MAX_MS, doubled);
        backoff.until = Date.now() + error.retryAfterMs;
        backoff.reason = error.reason;
      }
      throw error;
    }
  }

  function resetServerState() {
    capabilities = null;
    lookup = null;
    backoff.failures = 0;
    backoff.until = 0;
  }

  /**
   * The platform names and rule codes this server knows (to fall back and filter safely).
   * Lints asking at the same time share one lookup, so a server that is down costs one failed
   * request and one step of backoff, not one per editor.
   */
  function capabilitiesFor(config) {
    if (
      capabilities?.server === config.serverUrl &&
      Date.now() - capabilities.at < CAPABILITIES_TTL_MS
    ) {
      return Promise.resolve(capabilities);
    }
    if (lookup?.server !== config.serverUrl) {
      const current = { server: config.serverUrl };
      current.promise = lookUpCapabilities(config, current).finally(() => {
        if (lookup === current) lookup = null;
      });
      lookup = current;
    }
    return lookup.promise;
  }

  /** Asks the server one list after the other: when it is down, the first failure ends it. */
  async function lookUpCapabilities(config, current) {
    const platforms = await guardedCall(config, "/v1/platforms");
    const rules = await guardedCall(config, "/v1/rules");
    const found = {
      server: config.serverUrl,
      at: Date.now(),
      platforms: new Set(
        listOf(platforms, "platforms").flatMap((platform) => [
          platform.name,
          ...(platform.aliases ?? []),
        ]),
      ),
      rules: new Set(listOf(rules, "rules").flatMap((rule) => [rule.code, rule.name])),
    };
    if (lookup === current) capabilities = found; // not after a settings change dropped it
    return found;
  }

  /** The array in a list answer, whether it is the body itself or under `key`. */
  function listOf(payload, key) {
    const list = Array.isArray(payload) ? payload : payload?.[key];
    return Array.isArray(list) ? list : [];
  }

  function failure(error) {
    if (error instanceof ServerError) {
      return { ok: false, state: error.state, reason: error.reason, retryIn: error.retryAfterMs };
    }
    return { ok: false, state: STATE.NOT_CONNECTED, reason: "Unexpected error in the extension." };
  }

  async function lint(message, sender) {
    if (typeof message.text !== "string" || typeof message.editor !== "string") {
      return { ok: false, state: STATE.REJECTED, reason: "Malformed lint request." };
    }
    const key = `${sender.tab?.id ?? "page"}:${sender.frameId ?? 0}:${message.editor}`;
    inflight.get(key)?.abort();
    const controller = new AbortController();
    inflight.set(key, controller);
    try {
      const config = await settings.load();
      const known = await capabilitiesFor(config);
      const body = {
        text: message.text,
        platform: known.platforms.has(message.platform) ? message.platform : "generic",
      };
      const ignore = config.disabledRules.filter((code) => known.rules.has(code));
      if (ignore.length) body.ignore = ignore;
      const report = await guardedCall(config, "/v1/lint", { body, signal: controller.signal });
      stats.lints += 1;
      return { ok: true, state: STATE.OK, report };
    } catch (error) {
      return failure(error);
    } finally {
      if (inflight.get(key) === controller) inflight.delete(key);
    }
  }

  /** For the options page: is the server there, and does it accept this extension? */
  async function status() {
    const config = await settings.load();
    resetServerState();
    let health;
    try {
      health = await call(config, "/healthz");
    } catch (error) {
      return { reachable: false, authorized: false, message: error.reason ?? "" };
    }
    try {
      await call(config, "/v1/lint", {
        body: { text: "A connection check from the smmlint extension." },
      });
    } catch (error) {
      return {
        reachable: true,
        authorized: error.state !== STATE.UNAUTHORIZED,
        message: error.reason ?? "",
      };
    }
    return { reachable: true, authorized: true, version: health.version ?? "", message: "" };
  }

  async function fromServer(path, read) {
    try {
      return { ok: true, ...read(await guardedCall(await settings.load(), path)) };
    } catch (error) {
      return failure(error);
    }
  }

  const HANDLERS = {
    [protocol.LINT]: lint,
    [protocol.STATUS]: status,
    [protocol.RULES]: () =>
      fromServer("/v1/rules", (payload) => ({ rules: listOf(payload, "rules") })),
    [protocol.PLATFORMS]: () =>
      fromServer("/v1/platforms", (payload) => ({ platforms: listOf(payload, "platforms") })),
    [protocol.RULE]: async (message) => {
      if (!RULE_ID.test(String(message.rule))) return { ok: false, reason: "No such rule." };
      return fromServer(`/v1/rules/${encodeURIComponent(message.rule)}`, (rule) => ({ rule }));
    },
    [protocol.OPEN_EXPLANATION]: async (message) => {
      if (!RULE_ID.test(String(message.rule))) return { ok: false };
      const url = api.runtime.getURL(
        `explain/explain.html?rule=${encodeURIComponent(message.rule)}`,
      );
      await api.tabs.create({ url });
      return { ok: true };
    },
    [protocol.OPEN_OPTIONS]: async () => {
      await api.runtime.openOptionsPage();
      return { ok: true };
    },
  };

  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const handler = sender.id === api.runtime.id ? HANDLERS[message?.kind] : undefined;
    if (!handler) return false;
    handler(message, sender).then(sendResponse, (error) => sendResponse(failure(error)));
    return true; // answers asynchronously
  });

  /** Registers the content scripts for the sites the user switched on (and granted). */
  async function syncUserSites() {
    const config = await settings.load();
    const matches = [];
    for (const site of config.customSites) {
      if (!site.enabled || matches.includes(site.match)) continue;
      if (await api.permissions.contains({ origins: [site.match] })) matches.push(site.match);
    }
    const registered = await api.scripting.getRegisteredContentScripts({
      ids: [USER_SITES_SCRIPT],
    });
    if (registered.length)
      await api.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT] });
    if (!matches.length) return;
    const [builtIn] = api.runtime.getManifest().content_scripts;
    // Firefox's getManifest() gives absolute moz-extension:// URLs; registering wants paths.
    const base = api.runtime.getURL("");
    const js = builtIn.js.map((file) => new URL(file, base).pathname.slice(1));
    await api.scripting.registerContentScripts([
      {
        id: USER_SITES_SCRIPT,
        matches,
        js,
        runAt: builtIn.run_at ?? "document_idle",
        // Top frames only, as for the built-in sites (LinkedIn's preload iframe holds a decoy).
        allFrames: builtIn.all_frames === true,
        persistAcrossSessions: true,
      },
    ]);
  }

  function scheduleSync() {
    syncing = syncing.then(syncUserSites).catch(() => {});
    return syncing;
  }
  ns.userSitesSynced = () => syncing;

  api.storage.onChanged.addListener((changes, area) => {
    if (area !== "local") return;
    if ("serverUrl" in changes || "token" in changes || "disabledRules" in changes)
      resetServerState();
    if ("customSites" in changes) scheduleSync();
  });
  api.permissions.onAdded.addListener(scheduleSync);
  api.permissions.onRemoved.addListener(scheduleSync);
  api.runtime.onInstalled.addListener(scheduleSync);
  api.runtime.onStartup.addListener(scheduleSync);
})(globalThis.smmlint);
