"""The gate's defaults are one set, used alike by the CLI, POST /v1/check and WordPress."""

from __future__ import annotations

import re
from pathlib import Path

import smmlint
from server import create_app
from smmlint.cli import build_parser
from smmlint.gate import DEFAULT_FAIL_ON, DEFAULT_MIN_SCORE
from smmlint.score.scoring import AMBER_FROM, FIRST_FINDING_POINTS, GREEN_FROM, band

ROOT = Path(__file__).resolve().parents[2]
WORDPRESS = ROOT / "integrations/wordpress/smmlint/includes"
WORDPRESS_SETTINGS = WORDPRESS / "class-smmlint-settings.php"


def test_defaults_fail_exactly_the_red_band() -> None:
    assert DEFAULT_MIN_SCORE == AMBER_FROM
    assert band(DEFAULT_MIN_SCORE) == "amber" and band(DEFAULT_MIN_SCORE - 1) == "red"
    # an error alone is red: the gate's two conditions agree
    assert band(100 - FIRST_FINDING_POINTS[DEFAULT_FAIL_ON]) == "red"


def test_cli_uses_the_defaults() -> None:
    options = build_parser().parse_args(["check"])
    assert (options.fail_on, options.min_score) == (DEFAULT_FAIL_ON.value, DEFAULT_MIN_SCORE)


def test_check_endpoint_uses_the_defaults() -> None:
    client = create_app({"TESTING": True}).test_client()
    over_cap = "Harbour walk. " + " ".join(f"#tag{c}" for c in "abcdefgh")
    answer = client.post("/v1/check", json={"text": over_cap, "platforms": ["instagram"]}).json
    assert not answer["pass"] and {f["code"] for f in answer["blocking"]} == {"SMM404"}
    calm = "Which plant should we add to the library garden next spring? Tell us below!"
    report = smmlint.lint(calm)
    answer = client.post("/v1/check", json={"text": calm}).json
    assert answer["pass"] is (report.score >= DEFAULT_MIN_SCORE) is True
    schema = client.get("/openapi.json").json["components"]["schemas"]["CheckRequest"]
    assert schema["properties"]["fail_on"]["default"] == DEFAULT_FAIL_ON.value
    assert schema["properties"]["min_score"]["default"] == DEFAULT_MIN_SCORE


def test_wordpress_plugin_uses_the_defaults() -> None:
    php = WORDPRESS_SETTINGS.read_text(encoding="utf-8")
    assert re.search(rf"'fail_on'\s*=>\s*'{DEFAULT_FAIL_ON.value}'", php)
    assert re.search(rf"'min_score'\s*=>\s*{DEFAULT_MIN_SCORE},", php)


def test_wordpress_settings_page_states_the_bands_as_the_score_does() -> None:
    php = (WORDPRESS / "class-smmlint-settings-page.php").read_text(encoding="utf-8")
    assert f"scores under {AMBER_FROM} are red, {GREEN_FROM} and over green" in php
