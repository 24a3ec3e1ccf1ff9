"""smmlint's HTTP server: a thin Flask app in front of ``smmlint.lint``.

``create_app`` builds it; ``python -m server`` (or ``smmlint serve``) runs it under
waitress; ``server.wsgi:app`` serves it from gunicorn or any WSGI server.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from flask import Flask

from server.api import api
from server.errors import register_error_handlers
from server.languagetool import languagetool
from server.limits import Gate
from server.request_cycle import install_request_cycle
from server.settings import DEFAULTS, Security
from server.wire_json import WireJSONProvider


@dataclass(frozen=True)
class ServerState:
    """What the views share: the validated security settings and the lint slots."""

    security: Security
    gate: Gate


# The app registers about thirty views, hooks and error handlers.
SYNCED_FUNCTIONS = 256


class SmmlintFlask(Flask):
    """Flask, with each view's and hook's synchronous form worked out once.

    Flask asks ``inspect.iscoroutinefunction`` of every hook and view on every request
    (``ensure_sync``); the answer for a registered function never changes. At most
    ``SYNCED_FUNCTIONS`` are remembered: a function made per request (``after_this_request``,
    a class-based view's bound method) would otherwise grow the table without end.
    """

    def __init__(self, import_name: str) -> None:
        super().__init__(import_name)
        self._synced: dict[Callable[..., Any], Callable[..., Any]] = {}

    def ensure_sync(self, func: Callable[..., Any]) -> Callable[..., Any]:
        synced = self._synced.get(func)
        if synced is None:
            synced = super().ensure_sync(func)
            if len(self._synced) < SYNCED_FUNCTIONS:
                self._synced[func] = synced
        return synced


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app: defaults, then ``SMMLINT_*`` environment variables, then ``test_config``.

    Raises ``ValueError`` naming the setting when the configuration is invalid.
    """
    app = SmmlintFlask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env("SMMLINT")
    if test_config is not None:
        app.config.from_mapping(test_config)
    app.json = WireJSONProvider(app)

    security = Security.from_config(app.config)
    gate = Gate(security.max_concurrent, security.queue_timeout)
    app.extensions["smmlint"] = ServerState(security, gate)
    install_request_cycle(app, security, gate)
    register_error_handlers(app)
    app.register_blueprint(api)
    app.register_blueprint(languagetool)
    return app
