"""The smmlint JSON API: lint, the pre-publish check, rules, platforms, health."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, jsonify, request

import smmlint
from server import catalog
from server.errors import ApiError
from server.linting import SEVERITIES, canonical_platform, lint, lint_each, lint_slot
from server.openapi import openapi_document
from server.payload import Fields, invalid, json_object
from server.rule_page import CONTENT_SECURITY_POLICY, render_rule_page
from smmlint.read.markup import MARKUPS
from smmlint.score.gate import DEFAULT_FAIL_ON, DEFAULT_MIN_SCORE

api = Blueprint("api", __name__)

LINT_KEYS = ("text", "platform", "markup", "select", "ignore", "has_media")
CHECK_KEYS = (
    "text",
    "platforms",
    "markup",
    "fail_on",
    "min_score",
    "select",
    "ignore",
    "has_media",
)


@api.post("/v1/lint")
def lint_draft() -> Response:
    """Lint one draft for one platform and answer the report."""
    fields = Fields(json_object(), LINT_KEYS)
    text = fields.string("text")
    report = lint(
        text,
        canonical_platform(fields.string("platform", "generic")),
        **_lint_options(fields),
    )
    return jsonify(report.to_dict())


@api.post("/v1/check")
def check_draft() -> Response:
    """The pre-publish gate: lint for every target platform and say whether it may go out."""
    fields = Fields(json_object(), CHECK_KEYS)
    text = fields.string("text")
    requested = fields.strings("platforms", ("generic",))
    if not requested:
        invalid("'platforms' must name at least one platform.")
    platforms = dict.fromkeys(
        canonical_platform(name, f"platforms[{i}]") for i, name in enumerate(requested)
    )
    fail_on = smmlint.Severity(fields.choice("fail_on", SEVERITIES, DEFAULT_FAIL_ON.value))
    min_score = fields.integer("min_score", DEFAULT_MIN_SCORE, 0, 100)
    options = _lint_options(fields)
    with lint_slot():
        linted = lint_each(text, tuple(platforms), **options)
        reports = {name: report.to_dict() for name, report in zip(platforms, linted, strict=True)}
    blocking = [
        {**finding, "platform": name}
        for name, report in reports.items()
        for finding in report["findings"]
        if smmlint.Severity(finding["severity"]).rank >= fail_on.rank
    ]
    score = min(report["score"] for report in reports.values())
    reasons = []
    if blocking:
        many = "findings are" if len(blocking) > 1 else "finding is"
        reasons.append(f"{len(blocking)} {many} at or above 'fail_on' ({fail_on.value}).")
    if score < min_score:
        reasons.append(f"The score {score} is below 'min_score' ({min_score}).")
    return jsonify(
        {
            "pass": not reasons,
            "score": score,
            "blocking": blocking,
            "reasons": reasons,
            "reports": reports,
        }
    )


@api.get("/v1/rules")
def list_rules() -> Response:
    """Every rule with its code, name, severity and wording."""
    return jsonify({"rules": [catalog.rule_summary(rule) for rule in smmlint.RULES]})


@api.get("/v1/rules/<rule_id>")
def explain_rule(rule_id: str) -> Response:
    """One rule's documentation: JSON, or an HTML page when a browser asks for one."""
    rule = catalog.find_rule(rule_id)
    if rule is None:
        raise ApiError(404, "unknown_rule", "There is no rule with this code or name.")
    if request.accept_mimetypes.best_match(["application/json", "text/html"]) == "text/html":
        response = Response(render_rule_page(rule), mimetype="text/html")
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        return response
    return jsonify(catalog.rule_detail(rule))


@api.get("/v1/platforms")
def list_platforms() -> Response:
    """Every platform profile with its limits and norms."""
    platforms = [catalog.platform_summary(p) for p in smmlint.PLATFORMS.values()]
    return jsonify({"platforms": platforms})


@api.get("/healthz")
def health() -> Response:
    """Liveness: the process answers. Cheap on purpose (it is the benchmark's baseline)."""
    return jsonify({"status": "ok", "version": smmlint.__version__})


@api.get("/openapi.json")
def openapi() -> Response:
    """The OpenAPI 3.1 description of this API, with this server as its base URL."""
    return jsonify({**openapi_document(), "servers": [{"url": request.host_url.rstrip("/")}]})


def _lint_options(fields: Fields) -> dict[str, Any]:
    return {
        "markup": fields.choice("markup", MARKUPS, "text", "unsupported_markup"),
        "select": fields.strings("select"),
        "ignore": fields.strings("ignore"),
        "has_media": fields.optional_bool("has_media"),
    }
