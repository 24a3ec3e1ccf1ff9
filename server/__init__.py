"""smmlint's HTTP server: a thin Flask app in front of ``smmlint.lint``.

``create_app`` builds it; ``python -m server`` (or ``smmlint serve``) runs it under
waitress; ``server.wsgi:app`` serves it from gunicorn or any WSGI server.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flask import Flask
from flask_cors import CORS

from server.access_log import install_access_log
from server.api import api
from server.errors import register_error_handlers
from server.guards import EXPOSED_HEADERS, install_guards
from server.languagetool import languagetool
from server.limits import Gate
from server.settings import DEFAULTS, MOZ_EXTENSION, Security


@dataclass(frozen=True)
class ServerState:
    """What the views share: the validated security settings and the lint slots."""

    security: Security
    gate: Gate


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app: defaults, then ``SMMLINT_*`` environment variables, then ``test_config``.

    Raises ``ValueError`` naming the setting when the configuration is invalid.
    """
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env("SMMLINT")
    if test_config is not None:
        app.config.from_mapping(test_config)
    # Keep the wire contract's key order; escape non-ASCII so lone surrogates stay valid.
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.json.ensure_ascii = True  # type: ignore[attr-defined]

    security = Security.from_config(app.config)
    app.extensions["smmlint"] = ServerState(
        security, Gate(security.max_concurrent, security.queue_timeout)
    )
    install_access_log(app)
    install_guards(app, security)
    CORS(
        app,
        origins=[*sorted(security.allowed_origins), MOZ_EXTENSION],
        methods=["GET", "HEAD", "POST", "OPTIONS"],
        allow_headers=["Content-Type", "Authorization"],
        expose_headers=list(EXPOSED_HEADERS),
        supports_credentials=False,
        allow_private_network=False,
        send_wildcard=False,
        always_send=False,
        max_age=600,
    )
    register_error_handlers(app)
    app.register_blueprint(api)
    app.register_blueprint(languagetool)
    return app
