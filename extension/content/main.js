/*
 * Starts the content side on a page: decides from the settings whether and how smmlint runs
 * here, attaches to a compose box when the user focuses it, and relays the page's events
 * (input, IME composition, scrolling) to the right editor session. No global DOM observer:
 * an editor only matters once someone types in it.
 */
(function (ns) {
  "use strict";

  if (ns.contentStarted) return; // injected twice (a user site overlapping a built-in one)
  ns.contentStarted = true;

  const api = globalThis.browser ?? globalThis.chrome;
  const { LINT, OPEN_EXPLANATION, OPEN_OPTIONS, STATE } = ns.protocol;
  const TICK_MS = 500;

  const sessions = new Map(); // editor element → EditorSession
  let settings = ns.settings.normalize({});
  let site = null;
  let ui = null; // {overlay, painter, tooltip}, made when the first editor attaches
  let active = null;
  let tickTimer = 0;
  let stopped = false;

  async function send(message) {
    try {
      return await api.runtime.sendMessage(message);
    } catch {
      if (!api.runtime?.id) shutdown(); // the extension was updated or removed
      return {
        ok: false,
        state: STATE.NOT_CONNECTED,
        reason: "The smmlint extension is not running.",
      };
    }
  }

  /** The editing element `target` belongs to under this site's profile, or null. */
  function editorFor(target) {
    if (!(target instanceof Element)) return null;
    for (const rule of site.profile.editors) {
      let editor = null;
      if (rule.anyEditable) {
        editor = target instanceof HTMLTextAreaElement ? target : editingHost(target);
      } else {
        editor = target.closest(rule.selector);
        const root = editor?.getRootNode();
        if (
          rule.shadowHost &&
          !(root instanceof ShadowRoot && root.host.matches(rule.shadowHost))
        ) {
          editor = null;
        }
      }
      if (editor && isWritable(editor)) return editor;
    }
    return null;
  }

  function editingHost(element) {
    let host = null;
    for (
      let node = element;
      node instanceof HTMLElement && node.isContentEditable;
      node = node.parentElement
    ) {
      host = node;
    }
    return host;
  }

  function isWritable(editor) {
    if (editor instanceof HTMLTextAreaElement) return !editor.readOnly && !editor.disabled;
    return editor.isContentEditable;
  }

  function ensureUi() {
    if (ui) return ui;
    const overlay = ns.overlay.create();
    const painter = ns.highlighter.createPainter();
    const tooltip = ns.tooltip.create(overlay, (x, y) => {
      for (const session of sessions.values()) {
        const found = session.marksAt(x, y);
        if (found) return found;
      }
      return null;
    });
    ui = { overlay, painter, tooltip };
    return ui;
  }

  function attach(editor) {
    const { overlay, painter, tooltip } = ensureUi();
    overlay.ensureAttached();
    const session = new ns.EditorSession(editor, {
      overlay,
      painter,
      tooltip,
      platform: site.platform,
      settings: () => settings,
      send,
      openOptions: () => send({ kind: OPEN_OPTIONS }),
      explain: (finding) => send({ kind: OPEN_EXPLANATION, rule: finding.code }),
      changed: describe,
    });
    sessions.set(editor, session);
    session.start();
    if (!tickTimer) tickTimer = setInterval(tick, TICK_MS);
    return session;
  }

  function detach(session) {
    session.stop();
    sessions.delete(session.element);
    if (active === session) active = null;
    if (!sessions.size) {
      clearInterval(tickTimer);
      tickTimer = 0;
    }
    describe();
  }

  function tick() {
    ui?.overlay.ensureAttached();
    for (const session of [...sessions.values()]) {
      if (!session.tick()) detach(session);
    }
  }

  /** State for people debugging and for tests, on the extension's own host element. */
  function describe() {
    if (!ui) return;
    const data = ui.overlay.host.dataset;
    const all = [...sessions.values()];
    data.editors = String(all.length);
    data.requests = String(all.reduce((sum, session) => sum + session.requests, 0));
    data.answers = String(all.reduce((sum, session) => sum + session.answers, 0));
    data.inflight = String(all.filter((session) => session.inflight).length);
    data.platform = site?.platform ?? "";
    const shown = active ?? all[all.length - 1];
    if (!shown) {
      for (const key of ["state", "score", "findings", "textLength", "linted"]) delete data[key];
      return;
    }
    const view = shown.view();
    data.state = view.state;
    data.score = view.state === "ok" ? String(view.score) : "";
    data.findings = String(view.postItems.length + view.spanItems.length);
    data.textLength = String(shown.text.length);
    data.linted = shown.lintedText === null ? "" : String(shown.lintedText.length);
  }

  /** The session an event belongs to: its composed path runs through the editor. */
  function sessionFor(event) {
    const path = event.composedPath();
    for (const session of sessions.values()) {
      if (path.includes(session.element)) return session;
    }
    return null;
  }

  function deepActiveElement() {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element;
  }

  function focused(target) {
    if (!site || stopped) return;
    const editor = editorFor(target);
    if (!editor) return;
    active = sessions.get(editor) ?? attach(editor);
    describe();
  }

  /** Alt+Shift+L in a watched editor opens its badge's panel, with focus inside. */
  function openFromKeyboard(event) {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if (event.code !== "KeyL" || event.isComposing) return;
    const session = sessionFor(event);
    if (!session || session.view().state === "empty") return;
    event.preventDefault();
    ui?.tooltip.hide();
    session.badge.open(true);
  }

  const listeners = {
    focusin: (event) => focused(event.composedPath()[0]),
    input: (event) => sessionFor(event)?.schedule(true),
    compositionstart: (event) => sessionFor(event)?.compositionStarted(),
    compositionend: (event) => sessionFor(event)?.compositionEnded(),
    keydown: openFromKeyboard,
    scroll: () => {
      ui?.tooltip.hide();
      for (const session of sessions.values()) session.schedule(false);
    },
  };

  function listen() {
    for (const [type, listener] of Object.entries(listeners)) {
      // keydown may cancel its own shortcut; nothing else ever cancels a page event.
      document.addEventListener(type, listener, { capture: true, passive: type !== "keydown" });
    }
    window.addEventListener("resize", listeners.scroll, { passive: true });
  }

  function shutdown() {
    stopped = true;
    for (const session of [...sessions.values()]) detach(session);
    for (const [type, listener] of Object.entries(listeners)) {
      document.removeEventListener(type, listener, { capture: true });
    }
    window.removeEventListener("resize", listeners.scroll);
    ui?.tooltip.stop();
    ui?.overlay.host.remove();
  }

  async function applySettings() {
    settings = await ns.settings.load(ns.settings.PAGE_KEYS); // never the pairing token
    site = ns.settings.siteFor(location.href, settings, ns.sites);
    for (const session of [...sessions.values()]) {
      if (site) session.relint(site.platform);
      else detach(session);
    }
  }

  async function start() {
    await applySettings();
    listen();
    api.storage.onChanged.addListener((changes, area) => {
      const relevant = Object.keys(changes).some((key) => ns.settings.PAGE_KEYS.includes(key));
      if (area === "local" && relevant && !stopped) applySettings();
    });
    focused(deepActiveElement());
  }

  start();
})((globalThis.smmlint ??= {}));
