"""LanguageTool's HTTP API: its request parameters and its documented response shape."""

from __future__ import annotations

import json
from typing import Any

import pytest
from flask.testing import FlaskClient
from server_testing import error_of

import smmlint

TEXT = "Our new range is here 🎉🎉 Buy now,\nonly today!"


def check(client: FlaskClient, **form: str) -> Any:
    response = client.post("/v2/check", data={"language": "en-US", **form})
    assert response.status_code == 200, response.json
    return response.json


def test_response_has_languagetools_documented_shape(client: FlaskClient) -> None:
    result = check(client, text=TEXT)
    assert list(result) == ["software", "warnings", "language", "matches"]
    assert {"name", "version", "buildDate", "apiVersion"} <= set(result["software"])
    assert result["warnings"] == {"incompleteResults": False}
    assert result["language"] == {
        "name": "English (US)",
        "code": "en-US",
        "detectedLanguage": {"name": "English (US)", "code": "en-US"},
    }
    match = result["matches"][0]
    assert set(match) == {
        "message", "shortMessage", "replacements", "offset", "length", "context", "sentence",
        "type", "rule", "ignoreForIncompleteSentence", "contextForSureMatch",
    }  # fmt: skip
    assert set(match["rule"]) == {"id", "description", "issueType", "urls", "category"}
    assert set(match["rule"]["category"]) == {"id", "name"}
    assert set(match["context"]) == {"text", "offset", "length"}
    assert match["type"]["typeName"] in ("Hint", "Other")


def test_matches_are_the_librarys_findings_in_utf16_units(client: FlaskClient) -> None:
    result = check(client, text=TEXT)
    findings = smmlint.lint(TEXT).to_dict()["findings"]
    assert [m["rule"]["id"] for m in result["matches"]] == [f["code"] for f in findings]
    units = TEXT.encode("utf-16-le")
    for match, finding in zip(result["matches"], findings, strict=True):
        assert match["offset"] == finding["start_utf16"]
        assert match["length"] == finding["end_utf16"] - finding["start_utf16"]
        start, end = match["offset"] * 2, (match["offset"] + match["length"]) * 2
        assert units[start:end].decode("utf-16-le") == TEXT[finding["start"] : finding["end"]]
        assert match["message"].startswith(finding["message"])
        assert finding["hint"] in match["message"]


def test_context_and_sentence_follow_languagetool(client: FlaskClient) -> None:
    text = "x" * 60 + ". Buy now today. " + "y" * 60
    match = next(m for m in check(client, text=text)["matches"] if m["length"] == 7)
    context = match["context"]
    assert context["text"].startswith("...") and context["text"].endswith("...")
    assert context["text"][context["offset"] : context["offset"] + context["length"]] == "Buy now"
    assert len(context["text"]) == 3 + 40 + 7 + 40 + 3
    assert match["sentence"] == "Buy now today."
    short = check(client, text="Buy now\nplease")["matches"][0]["context"]
    assert short == {"text": "Buy now please", "offset": 0, "length": 7}


def test_sentence_is_the_users_text_with_its_links(client: FlaskClient) -> None:
    text = "Shop now at https://shop.example.com/sale today. Which one is yours? Buy now https://x.example/deal"
    sentences = {
        text[m["offset"] : m["offset"] + m["length"]]: m["sentence"]
        for m in check(client, text=text)["matches"]
        if m["rule"]["id"] == "SMM101"
    }
    assert sentences == {
        "Shop now": "Shop now at https://shop.example.com/sale today.",
        "Buy now": "Buy now https://x.example/deal",
    }


def test_annotated_data_counts_markup_in_offsets(client: FlaskClient) -> None:
    annotation = [
        {"text": "Our range is live. "},
        {"markup": "<b>"},
        {"text": "Buy now"},
        {"markup": "</b>"},
        {"markup": "<br>", "interpretAs": "\n"},
        {"text": "Thanks!"},
    ]
    source = "".join(part.get("text", part.get("markup")) for part in annotation)
    result = check(client, data=json.dumps({"annotation": annotation}))
    push = [m for m in result["matches"] if m["rule"]["id"] == "SMM101"]
    assert push, result["matches"]
    match = push[0]
    assert source[match["offset"] : match["offset"] + match["length"]] == "Buy now"


def test_rules_and_categories_switch_on_and_off(client: FlaskClient) -> None:
    def ids(**form: str) -> set[str]:
        return {m["rule"]["id"] for m in check(client, text=TEXT, **form)["matches"]}

    everything = ids()
    assert "SMM101" in everything
    assert "SMM101" not in ids(disabledRules="SMM101,WHITESPACE_RULE")
    assert "SMM101" not in ids(disabledRules="sales-push")
    assert "SMM101" not in ids(disabledCategories="PUSH")
    assert ids(enabledRules="SALES_PUSH", enabledOnly="true") == {"SMM101"}
    assert ids(enabledRules="SALES_PUSH", enabledOnly="TRUE") == {"SMM101"}
    assert ids(enabledRules="SALES_PUSH", enabledOnly="False") == everything
    assert ids(enabledCategories="PUSH", enabledOnly="true") == {"SMM101"}
    assert ids(enabledRules="UPPERCASE_SENTENCE_START", enabledOnly="true") == set()
    assert ids(enabledRules="SMM101") == everything
    assert ids(level="picky") == everything


@pytest.mark.parametrize("language", ["en", "en-GB", "EN-us", "auto"])
def test_english_variants_and_auto_are_accepted(client: FlaskClient, language: str) -> None:
    result = check(client, text=TEXT, language=language)
    assert result["language"]["code"].startswith("en")


def test_auto_uses_the_preferred_english_variant(client: FlaskClient) -> None:
    result = check(client, text=TEXT, language="auto", preferredVariants="de-AT,en-GB")
    assert result["language"]["code"] == "en-GB"
    fallback = check(client, text=TEXT, language="auto", preferredVariants="de-AT,en-IN")
    assert fallback["language"]["code"] == "en-US"


def test_parameters_come_from_the_body_not_the_url(client: FlaskClient) -> None:
    response = client.post("/v2/check?language=en-US&text=Buy+now")
    assert (response.status_code, error_of(response)["code"]) == (400, "missing_parameter")


@pytest.mark.parametrize(
    ("form", "status", "code"),
    [
        ({"text": TEXT, "language": "de-DE"}, 400, "unsupported_language"),
        ({"text": TEXT}, 400, "missing_parameter"),
        ({"language": "en-US"}, 400, "missing_parameter"),
        ({"text": TEXT, "data": "{}", "language": "en-US"}, 400, "missing_parameter"),
        ({"data": "{not json", "language": "en-US"}, 400, "invalid_json"),
        ({"data": '{"annotation": [{"text": 1}]}', "language": "en-US"}, 400, "invalid_data"),
        (
            {"data": '{"annotation": [{"markup": "<b>", "text": "x"}]}', "language": "en-US"},
            400,
            "invalid_data",
        ),
        ({"data": "[" * 100_000, "language": "en-US"}, 400, "invalid_json"),
        ({"text": TEXT, "language": "en-US", "enabledOnly": "true"}, 400, "invalid_parameter"),
        ({"text": TEXT, "language": "en-US", "enabledOnly": "yes"}, 400, "invalid_parameter"),
        ({"text": TEXT, "language": "en-US", "level": "strict"}, 400, "invalid_parameter"),
        ({"text": TEXT, "language": "en-US", "platform": "myspace"}, 422, "invalid_request"),
        ({"text": "a" * 70_000, "language": "en-US"}, 422, "text_too_long"),
    ],
)
def test_bad_check_requests_get_json_errors(
    client: FlaskClient, form: dict[str, str], status: int, code: str
) -> None:
    response = client.post("/v2/check", data=form)
    assert (response.status_code, error_of(response)["code"]) == (status, code)
    assert TEXT not in response.get_data(as_text=True)


def test_json_body_is_refused_with_415(client: FlaskClient) -> None:
    response = client.post("/v2/check", json={"text": TEXT, "language": "en-US"})
    assert (response.status_code, error_of(response)["code"]) == (415, "unsupported_media_type")


def test_languages_lists_english_variants(client: FlaskClient) -> None:
    languages = client.get("/v2/languages").json
    assert {"name": "English (US)", "code": "en", "longCode": "en-US"} in languages
    assert all(set(entry) == {"name", "code", "longCode"} for entry in languages)
    assert {entry["code"] for entry in languages} == {"en"}
