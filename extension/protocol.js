/*
 * Message kinds between the content scripts, the extension pages and the background.
 * The background is the only part that talks to the server; everything else asks it.
 */
(function (ns) {
  "use strict";

  ns.protocol = Object.freeze({
    /** content → background: {kind, editor, text, platform} → LintAnswer */
    LINT: "lint",
    /** options → background: {kind} → {reachable, authorized, version, message} */
    STATUS: "status",
    /** options → background: {kind} → {ok, rules} (the server's GET /v1/rules) */
    RULES: "rules",
    /** explain → background: {kind, rule} → {ok, rule} (the server's GET /v1/rules/<code>) */
    RULE: "rule",
    /** options → background: {kind} → {ok, platforms} (the server's GET /v1/platforms) */
    PLATFORMS: "platforms",
    /** content → background: {kind, rule} → opens the rule's explanation page */
    OPEN_EXPLANATION: "open-explanation",
    /** content → background: {kind} → opens the options page */
    OPEN_OPTIONS: "open-options",

    /** LintAnswer.state: why there is (or is not) a report. */
    STATE: Object.freeze({
      OK: "ok",
      NOT_CONNECTED: "not-connected", // down, slow, 5xx, 429/503: quiet, retried later
      UNAUTHORIZED: "unauthorized", // 401/403: pair the extension in the options
      REJECTED: "rejected", // another 4xx: the server explains why (text too long...)
      SUPERSEDED: "superseded", // a newer request for the same editor replaced this one
    }),
  });
})((globalThis.smmlint ??= {}));
