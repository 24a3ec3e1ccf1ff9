"""The extension as shipped: a minimal manifest, a strict CSP, no remote code, no way to write
into the page's editors, `web-ext lint` clean, and the pure helpers' unit tests (node --test)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
from pathlib import Path

from server.settings import BUNDLED_EXTENSION_ORIGIN

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
PAGES = Path(__file__).parent / "pages"
WEB_EXT = PAGES / "node_modules" / ".bin" / "web-ext"
PRETTIER = PAGES / "node_modules" / ".bin" / "prettier"
MANIFEST = json.loads((EXTENSION / "manifest.json").read_text())
UNIT = Path(__file__).parent / "unit"
SCRIPTS = sorted(EXTENSION.rglob("*.js"))
CONTENT_SCRIPTS = [EXTENSION / name for name in MANIFEST["content_scripts"][0]["js"]]


def site_patterns() -> list[str]:
    """Every built-in site's match patterns, in order, from content/sites.js (the one source)."""
    loader = json.dumps(str(UNIT / "load.js"))
    script = (
        f"const {{ sites }} = require({loader}).load('content/sites.js');"
        "console.log(JSON.stringify(sites.flatMap((site) => site.matches)));"
    )
    run = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


def test_the_manifest_lists_exactly_the_sites_of_sites_js() -> None:
    """A manifest cannot import sites.js, so this test holds the two together."""
    patterns = site_patterns()
    [content] = MANIFEST["content_scripts"]
    assert content["matches"] == patterns
    assert len(set(patterns)) == len(patterns)
    for pattern in patterns:
        assert re.fullmatch(r"https://(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+/\*", pattern), pattern


def test_permissions_are_only_what_is_used() -> None:
    assert MANIFEST["manifest_version"] == 3
    # storage: the settings; scripting: content scripts for the sites a user switches on.
    assert sorted(MANIFEST["permissions"]) == ["scripting", "storage"]
    assert MANIFEST["host_permissions"] == ["http://127.0.0.1/*", "http://localhost/*"]
    assert "optional_permissions" not in MANIFEST
    [content] = MANIFEST["content_scripts"]
    assert content["all_frames"] is False
    granted = [*MANIFEST["permissions"], *MANIFEST["host_permissions"], *content["matches"]]
    assert not any(p in ("<all_urls>", "*://*/*", "http://*/*", "https://*/*") for p in granted)
    # Other sites only ever on request, one origin at a time, from the options page.
    assert MANIFEST["optional_host_permissions"] == ["https://*/*", "http://*/*"]
    assert "web_accessible_resources" not in MANIFEST
    assert "externally_connectable" not in MANIFEST


def test_content_security_policy_is_strict() -> None:
    policy = MANIFEST["content_security_policy"]["extension_pages"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";") if d.strip())
    assert directives["script-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["base-uri"] == "'none'"
    assert "unsafe" not in policy and "http" not in policy


def test_no_remote_code_and_no_dynamic_code() -> None:
    for page in EXTENSION.rglob("*.html"):
        for source in re.findall(r"<script[^>]*\bsrc=\"([^\"]+)\"", page.read_text()):
            assert not re.match(r"^[a-z]+:", source), f"{page.name} loads {source}"
        assert not re.search(r"<script(?![^>]*\bsrc=)", page.read_text()), (
            f"inline script in {page.name}"
        )
    for script in SCRIPTS:
        code = script.read_text()
        for banned in (
            "eval(",
            "new Function",
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "import(",
            'setTimeout("',
            'setInterval("',
        ):
            assert banned not in code, f"{script.relative_to(EXTENSION)} uses {banned}"


def test_only_the_background_talks_to_the_network() -> None:
    for script in SCRIPTS:
        code = script.read_text()
        if script.name != "background.js":
            for call in ("fetch(", "XMLHttpRequest", "WebSocket", "sendBeacon", "EventSource"):
                assert call not in code, f"{script.relative_to(EXTENSION)} calls {call}"


def test_content_scripts_cannot_write_into_the_editor() -> None:
    """No focus, selection or editing calls anywhere in the content scripts."""
    for script in CONTENT_SCRIPTS:
        code = script.read_text()
        for call in (
            ".focus(",
            ".blur(",
            "getSelection",
            "setSelectionRange",
            ".select(",
            "execCommand",
            "setRangeText",
            "contentEditable =",
            ".value =",
        ):
            assert call not in code, f"{script.relative_to(EXTENSION)} calls {call}"


def test_content_scripts_never_load_the_pairing_token() -> None:
    """Only the background sends the token; pages' renderers never need to hold it."""
    loads = [
        (script.name, call)
        for script in CONTENT_SCRIPTS
        for call in re.findall(r"settings\.load\([^)]*\)", script.read_text())
    ]
    assert loads == [("main.js", "settings.load(ns.settings.PAGE_KEYS)")]
    for script in CONTENT_SCRIPTS:
        if script.name != "settings.js":
            assert not re.search(r"\.token\b|[\"']token[\"']", script.read_text()), script.name


def test_every_file_the_manifest_names_exists_and_content_scripts_are_iifes() -> None:
    named = [
        *MANIFEST["background"]["scripts"],
        MANIFEST["background"]["service_worker"],
        MANIFEST["options_ui"]["page"],
        *MANIFEST["icons"].values(),
        *MANIFEST["content_scripts"][0]["js"],
    ]
    for name in named:
        assert (EXTENSION / name).is_file(), name
    for script in CONTENT_SCRIPTS:
        code = script.read_text()
        assert "(function (ns) {" in code and code.rstrip().endswith(
            "((globalThis.smmlint ??= {}));"
        )


def test_firefox_settings() -> None:
    gecko = MANIFEST["browser_specific_settings"]["gecko"]
    assert gecko["id"] == "smmlint@smmlint.dev"
    # Drafts (website content) go to the server the user configures.
    assert gecko["data_collection_permissions"] == {"required": ["websiteContent"]}
    assert MANIFEST["background"]["scripts"][-1] == "background.js"


def test_web_ext_lint_finds_no_errors() -> None:
    assert WEB_EXT.exists(), "run scripts/setup.d/20-browser.sh (npm ci)"
    run = subprocess.run(
        [str(WEB_EXT), "lint", "--source-dir", str(EXTENSION), "--output", "json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(run.stdout)
    assert report["errors"] == [], report["errors"]
    # One manifest for both browsers: Firefox ignores the Chrome service worker key.
    assert [w["code"] for w in report["warnings"]] == ["BACKGROUND_SERVICE_WORKER_IGNORED"]
    assert report["notices"] == []


def test_unit_tests_of_the_pure_helpers_pass() -> None:
    run = subprocess.run(
        ["node", "--test", str(Path(__file__).parent / "unit")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(r"^# fail 0$", run.stdout, re.MULTILINE), run.stdout


def test_javascript_is_formatted() -> None:
    """The extension and its test code follow Prettier (printWidth 100, pinned in package.json)."""
    run = subprocess.run(
        [
            str(PRETTIER),
            "--config",
            str(PAGES / ".prettierrc.json"),
            "--check",
            "extension/**/*.{js,css,html,json}",
            "tests/extension/unit/*.js",
            "tests/extension/pages/src/*.js",
            "tests/extension/pages/build.mjs",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_manifest_key_fixes_the_id_the_server_allows_by_default() -> None:
    """Chrome derives an extension's id from its public key: a-p over SHA-256's first half."""
    der = base64.b64decode(MANIFEST["key"])
    digest = hashlib.sha256(der).hexdigest()[:32]
    extension_id = "".join(chr(ord("a") + int(c, 16)) for c in digest)
    assert f"chrome-extension://{extension_id}" == BUNDLED_EXTENSION_ORIGIN
