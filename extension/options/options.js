/* The options page: server URL and token, sites, platforms and rules. Text only via textContent. */
(function (ns) {
  "use strict";

  const api = globalThis.browser ?? globalThis.chrome;
  const { protocol, settings: store, sites } = ns;
  const byId = (id) => document.getElementById(id);
  const LOCAL_HOSTS = ["127.0.0.1", "localhost", "[::1]"];

  let current = store.normalize({});
  let platforms = [
    ...new Map(
      sites.map((site) => [site.platform, { name: site.platform, label: site.platform }]),
    ).values(),
  ];

  function element(tag, text, properties = {}) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return Object.assign(node, properties);
  }

  function say(output, text, state = "") {
    output.textContent = text;
    output.dataset.state = state;
  }

  /** The background's answer, or null if none came (the background failed or is reloading). */
  async function ask(message) {
    try {
      return (await api.runtime.sendMessage(message)) ?? null;
    } catch {
      return null;
    }
  }

  async function save(changes) {
    await store.save(changes);
    current = await store.load();
  }

  function platformSelect(select, selected, automatic) {
    select.replaceChildren(
      element("option", automatic, { value: "" }),
      ...platforms.map((platform) => element("option", platform.label, { value: platform.name })),
    );
    select.value = selected;
  }

  /** "x.com, twitter.com" for a site's match patterns ("https://*.x.com/*"...). */
  const hostsOf = (site) =>
    site.matches.map((match) => new URL(match.replace("*.", "")).hostname).join(", ");

  function renderSites() {
    const rows = sites
      .filter((site) => site.matches.length)
      .map((site) => {
        const override = current.sites[site.id] ?? { enabled: true, platform: "" };
        const enabled = element("input", undefined, {
          type: "checkbox",
          checked: override.enabled,
        });
        const platform = element("select");
        platformSelect(platform, override.platform, `Automatic (${site.platform})`);
        const update = () =>
          save({
            sites: {
              ...current.sites,
              [site.id]: { enabled: enabled.checked, platform: platform.value },
            },
          });
        enabled.addEventListener("change", update);
        platform.addEventListener("change", update);
        enabled.setAttribute("aria-label", `Check drafts on ${site.label}`);
        platform.setAttribute("aria-label", `Platform for ${site.label}`);
        const row = element("tr");
        row.append(element("td", `${site.label} (${hostsOf(site)})`), element("td"), element("td"));
        row.children[1].append(enabled);
        row.children[2].append(platform);
        return row;
      });
    byId("site-table").tBodies[0].replaceChildren(...rows);
  }

  function renderCustomSites() {
    const items = current.customSites.map((site, index) => {
      const profile = sites.find((candidate) => candidate.id === site.profile) ?? sites.at(-1);
      const update = async (changes) => {
        await save({
          customSites: current.customSites.map((entry, at) =>
            at === index ? { ...entry, ...changes } : entry,
          ),
        });
        renderCustomSites();
      };
      const enabled = element("input", undefined, { type: "checkbox", checked: site.enabled });
      enabled.setAttribute("aria-label", `Check drafts on ${site.match}`);
      enabled.addEventListener("change", () => update({ enabled: enabled.checked }));
      const platform = element("select");
      platformSelect(platform, site.platform, `Automatic (${profile.platform})`);
      platform.setAttribute("aria-label", `Platform for ${site.match}`);
      platform.addEventListener("change", () => update({ platform: platform.value }));
      const remove = element("button", "Remove", { type: "button" });
      remove.addEventListener("click", async () => {
        await save({ customSites: current.customSites.filter((_, at) => at !== index) });
        renderCustomSites();
      });
      const item = element("li");
      item.append(enabled, ` ${site.match} — ${profile.label}, platform `, platform, " ", remove);
      return item;
    });
    byId("custom-sites").replaceChildren(...items);
  }

  function renderAddSite() {
    byId("site-profile").replaceChildren(
      ...sites.map((site) => element("option", site.label, { value: site.id })),
    );
    byId("site-profile").value = "mastodon";
    platformSelect(byId("site-platform"), "", "Automatic");
  }

  async function loadPlatforms() {
    const answer = await ask({ kind: protocol.PLATFORMS });
    if (answer?.ok && answer.platforms.length) {
      platforms = answer.platforms.map((platform) => ({
        name: platform.name,
        label: platform.label ?? platform.name,
      }));
    }
  }

  async function loadRules() {
    const status = byId("rules-status");
    const answer = await ask({ kind: protocol.RULES });
    if (!answer?.ok) {
      say(
        status,
        `The rules come from the server, which is not reachable: ${answer?.reason ?? ""}`,
        "error",
      );
      return;
    }
    say(status, "Turn off a rule to stop seeing it everywhere.");
    const rows = answer.rules.map((rule) => {
      const label = element("label", undefined, { className: "rule" });
      const box = element("input", undefined, {
        type: "checkbox",
        checked: !current.disabledRules.includes(rule.code),
      });
      box.addEventListener("change", () => {
        const others = current.disabledRules.filter((code) => code !== rule.code);
        save({ disabledRules: box.checked ? others : [...others, rule.code] });
      });
      label.append(
        box,
        element("span", `${rule.code} ${rule.name} (${rule.severity})`),
        element("span", rule.summary ?? "", { className: "summary" }),
      );
      return label;
    });
    byId("rule-list").replaceChildren(...rows);
  }

  async function checkServer() {
    const output = byId("server-status");
    say(output, "Checking…");
    const answer = await ask({ kind: protocol.STATUS });
    if (!answer) {
      say(output, "The extension's background did not answer: reload the extension.", "error");
    } else if (answer.reachable && answer.authorized) {
      say(output, `Connected to smmlint ${answer.version}.`, "ok");
    } else if (answer.reachable) {
      say(output, `The server answers but refuses this extension. ${answer.message}`, "error");
    } else {
      say(output, answer.message || "The server is not reachable.", "error");
    }
  }

  /** Firefox lets people revoke host access: show a button to ask for it again. */
  async function checkAccess() {
    const manifest = api.runtime.getManifest();
    const origins = [...manifest.host_permissions, ...manifest.content_scripts[0].matches];
    const granted = await api.permissions.contains({ origins });
    byId("access").hidden = granted;
    byId("grant-access").onclick = async () => {
      byId("access").hidden = await api.permissions.request({ origins });
    };
  }

  function serverOriginPattern(serverUrl) {
    const url = new URL(serverUrl);
    return LOCAL_HOSTS.includes(url.hostname) ? null : `${url.protocol}//${url.hostname}/*`;
  }

  byId("server-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const serverUrl = byId("server-url").value.trim();
    const output = byId("server-status");
    let pattern;
    try {
      pattern = serverOriginPattern(serverUrl);
    } catch {
      say(output, "That is not a URL.", "error");
      return;
    }
    // A server elsewhere than this machine needs the user's permission to be reached.
    if (pattern && !(await api.permissions.request({ origins: [pattern] }))) {
      say(output, `smmlint may not reach ${pattern}: permission refused.`, "error");
      return;
    }
    await save({ serverUrl, token: byId("token").value.trim() });
    await checkServer();
    await loadRules();
  });

  byId("add-site").addEventListener("submit", async (event) => {
    event.preventDefault();
    const output = byId("site-status");
    const match = store.patternForOrigin(byId("site-origin").value);
    if (!match) {
      say(output, "Type a site such as mastodon.social or https://example.org.", "error");
      return;
    }
    if (!(await api.permissions.request({ origins: [match] }))) {
      say(output, `Permission to read ${match} was refused.`, "error");
      return;
    }
    const entry = {
      match,
      profile: byId("site-profile").value,
      platform: byId("site-platform").value,
      enabled: true,
    };
    await save({
      customSites: [...current.customSites.filter((site) => site.match !== match), entry],
    });
    say(output, `Added ${match}. Reload its tabs to start.`, "ok");
    byId("site-origin").value = "";
    renderCustomSites();
  });

  async function init() {
    current = await store.load();
    byId("extension-origin").textContent = new URL(api.runtime.getURL("")).origin;
    byId("server-url").value = current.serverUrl;
    byId("token").value = current.token;
    await loadPlatforms();
    renderSites();
    renderCustomSites();
    renderAddSite();
    await Promise.all([checkAccess(), checkServer(), loadRules()]);
  }

  init();
})(globalThis.smmlint);
