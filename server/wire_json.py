"""The app's JSON: the wire contract's encoding, with one encoder built once.

Key order is kept (a report's fields come in contract order), non-ASCII is escaped (so a
lone surrogate in a draft stays valid JSON) and the output is compact with a final newline,
byte for byte what Flask's default provider gives these settings outside debug mode.
``json.dumps`` with options builds a new encoder for every call; this one is built once.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json import encoder as json_encoder
from typing import Any

from flask import Response
from flask.json.provider import DefaultJSONProvider

# Checked against the standard encoder when the fast one is built: nesting, escapes, a lone
# surrogate, numbers and the literals.
_SAMPLE = {"a": [1, 2.5, -0.0, True, None, 'é\ud83d\u2028"\\'], "b": {"c": 1e300}, "d": ()}


def compact_encoder(default: Callable[[Any], Any]) -> Callable[[Any], str]:
    """Encode a value compact and ASCII-only, as ``json.dumps`` would with those options.

    Uses the C encoder directly, without the circular-reference check (answers are trees):
    ``JSONEncoder.encode`` sets one up anew per call. Falls back to ``JSONEncoder`` where
    the C encoder is missing or differs.
    """
    standard = json.JSONEncoder(
        ensure_ascii=True, sort_keys=False, separators=(",", ":"), default=default
    ).encode
    make = json_encoder.c_make_encoder
    if make is None:
        return standard
    try:
        chunks = make(
            None, default, json_encoder.encode_basestring_ascii, None, ":", ",", False, False, True
        )

        def fast(value: Any) -> str:
            return "".join(chunks(value, 0))

        if fast(_SAMPLE) != standard(_SAMPLE):
            return standard
    except (TypeError, ValueError):
        return standard
    return fast


class WireJSONProvider(DefaultJSONProvider):
    """``jsonify`` and ``app.json.dumps`` with the wire contract's settings."""

    sort_keys = False
    ensure_ascii = True

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        self._encode = compact_encoder(self.default)

    def response(self, *args: Any, **kwargs: Any) -> Response:
        """The JSON response for a value, compact, or indented in debug mode as Flask does."""
        if self.compact is False or (self.compact is None and self._app.debug):
            return super().response(*args, **kwargs)
        body = self._encode(self._prepare_response_obj(args, kwargs)) + "\n"
        # ASCII by construction; "application/json" takes no charset parameter, so the
        # header is the mimetype as it is, without Werkzeug working that out per response.
        return self._app.response_class(body.encode("ascii"), content_type=self.mimetype)
