/*
 * Where the compose boxes are, as data. Sites change their markup: edit this table only.
 *
 * A profile lists `hosts` it turns on for by itself (empty: only when the user enables it
 * for an origin in the options), the platform it lints for, and `editors`: a CSS `selector`
 * for the editing element, optionally inside the open shadow root of `shadowHost`;
 * `anyEditable` takes any textarea or contenteditable.
 */
(function (ns) {
  "use strict";

  const LEXICAL = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';

  ns.sites = Object.freeze([
    {
      id: "x",
      label: "X",
      platform: "x",
      hosts: ["x.com", "twitter.com"],
      editors: [{ selector: 'div[data-testid^="tweetTextarea_"][contenteditable="true"]' }],
    },
    {
      id: "linkedin",
      label: "LinkedIn",
      platform: "linkedin",
      hosts: ["linkedin.com"],
      // Posts: Quill inside #interop-outlet's shadow root. A hidden preload iframe holds a
      // decoy .ql-editor; content scripts run in the top frame only and attach on focus.
      editors: [
        { selector: '.ql-editor[contenteditable="true"]', shadowHost: "#interop-outlet" },
        { selector: '.ql-editor[contenteditable="true"]' },
      ],
    },
    {
      id: "facebook",
      label: "Facebook",
      platform: "facebook",
      hosts: ["facebook.com"],
      editors: [{ selector: LEXICAL }],
    },
    {
      id: "threads",
      label: "Threads",
      platform: "threads",
      hosts: ["threads.net", "threads.com"],
      editors: [{ selector: LEXICAL }],
    },
    {
      id: "bluesky",
      label: "Bluesky",
      platform: "bluesky",
      hosts: ["bsky.app"],
      editors: [{ selector: '.ProseMirror[role="textbox"][contenteditable="true"]' }],
    },
    {
      id: "mastodon",
      label: "Mastodon",
      platform: "mastodon",
      hosts: [],
      editors: [{ selector: "textarea.autosuggest-textarea__textarea" }],
    },
    {
      id: "any",
      label: "Any text box",
      platform: "generic",
      hosts: [],
      editors: [{ anyEditable: true }],
    },
  ]);

  ns.sitesById = Object.freeze(Object.fromEntries(ns.sites.map((site) => [site.id, site])));
})((globalThis.smmlint ??= {}));
