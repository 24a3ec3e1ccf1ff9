/*
 * Where the compose boxes are, as data. Sites change their markup: edit this table only.
 *
 * A profile lists the match patterns of the pages it turns on for by itself (`matches`; empty:
 * only when the user enables it for an origin in the options), the platform it lints for, and
 * `editors`: a CSS `selector` for the editing element, optionally inside the open shadow root of
 * `shadowHost`; `anyEditable` takes any textarea or contenteditable.
 *
 * manifest.json's content_scripts[0].matches must be exactly these patterns, in this order: a
 * manifest cannot import a script, so tests/extension/test_extension_package.py compares them.
 */
(function (ns) {
  "use strict";

  const LEXICAL = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';

  ns.sites = Object.freeze([
    {
      id: "x",
      label: "X",
      platform: "x",
      matches: ["https://*.x.com/*", "https://*.twitter.com/*"],
      editors: [{ selector: 'div[data-testid^="tweetTextarea_"][contenteditable="true"]' }],
    },
    {
      id: "linkedin",
      label: "LinkedIn",
      platform: "linkedin",
      matches: ["https://*.linkedin.com/*"],
      // Posts: Quill inside #interop-outlet's shadow root. A hidden preload iframe holds a
      // decoy .ql-editor; content scripts run in the top frame only and attach on focus.
      // Comments: TipTap, whose editable element always has the classes tiptap and ProseMirror.
      editors: [
        { selector: '.ql-editor[contenteditable="true"]', shadowHost: "#interop-outlet" },
        { selector: '.ql-editor[contenteditable="true"]' },
        { selector: '.tiptap.ProseMirror[contenteditable="true"]' },
      ],
    },
    {
      id: "facebook",
      label: "Facebook",
      platform: "facebook",
      matches: ["https://*.facebook.com/*"],
      editors: [{ selector: LEXICAL }],
    },
    {
      id: "threads",
      label: "Threads",
      platform: "threads",
      matches: ["https://*.threads.net/*", "https://*.threads.com/*"],
      editors: [{ selector: LEXICAL }],
    },
    {
      id: "bluesky",
      label: "Bluesky",
      platform: "bluesky",
      matches: ["https://bsky.app/*"],
      editors: [{ selector: '.ProseMirror[role="textbox"][contenteditable="true"]' }],
    },
    {
      id: "mastodon",
      label: "Mastodon",
      platform: "mastodon",
      matches: [],
      editors: [{ selector: "textarea.autosuggest-textarea__textarea" }],
    },
    {
      id: "any",
      label: "Any text box",
      platform: "generic",
      matches: [],
      editors: [{ anyEditable: true }],
    },
  ]);

  ns.sitesById = Object.freeze(Object.fromEntries(ns.sites.map((site) => [site.id, site])));
})((globalThis.smmlint ??= {}));
