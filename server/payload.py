"""Reading request bodies: strict JSON objects and typed fields, with JSON errors.

Errors name the field (``select[2]``), never its value: a client that put its draft in
the wrong place must not get it back in an error message or see it in a log.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Collection, Mapping
from typing import Any, NoReturn
from urllib.parse import unquote_to_bytes

from flask import g, request

from server.errors import ApiError

# A selector list longer than every rule code and name together is a mistake, not a need.
MAX_LIST_ITEMS = 200


def invalid(message: str, code: str = "invalid_request") -> NoReturn:
    """Raise a 422: the body was read but its content cannot be used."""
    raise ApiError(422, code, message)


def json_object() -> dict[str, Any]:
    """The request body as a JSON object, or a 4xx naming what is wrong with it."""
    # The request itself: each attribute read through Flask's proxy costs a lookup.
    req = request._get_current_object()  # type: ignore[attr-defined]
    # The exact header needs no parsing; anything else is parsed (parameters, case).
    exact = req.environ.get("CONTENT_TYPE") == "application/json"
    if not exact and req.mimetype != "application/json":
        raise ApiError(
            415,
            "unsupported_media_type",
            "Send the body as JSON with Content-Type: application/json.",
        )
    raw = req.get_data(cache=True)
    data = parse_json(raw, "The request body")
    if not isinstance(data, dict):
        invalid(f"The request body must be a JSON object, not {_json_type(data)}.")
    return data


def parse_json(raw: bytes | str, what: str) -> Any:
    """Decode JSON strictly, turning every failure into a 400.

    Bytes must be UTF-8 (RFC 8259; a leading byte order mark is ignored): ``json.loads``
    would also take UTF-16 and UTF-32, and UTF-8-encoded surrogates, which are not UTF-8.
    A ``"\\ud800"`` escape is still valid JSON, and its lone surrogate is linted as the
    library lints any string. ``NaN`` and ``Infinity`` are refused.
    """
    if isinstance(raw, bytes):
        try:
            raw = raw.removeprefix(codecs.BOM_UTF8).decode()  # as "utf-8-sig", in C
        except UnicodeDecodeError:
            raise ApiError(400, "invalid_json", f"{what} is not valid UTF-8.") from None
    if not raw.strip():
        raise ApiError(400, "empty_body", f"{what} is empty; expected JSON.")
    try:
        return _DECODER.decode(raw)
    except RecursionError:
        raise ApiError(400, "invalid_json", f"{what} is nested too deeply.") from None
    except ValueError:
        raise ApiError(400, "invalid_json", f"{what} is not valid JSON.") from None


class Fields:
    """Typed access to the members of a JSON object that may only hold ``allowed`` keys."""

    def __init__(self, data: Mapping[str, Any], allowed: Collection[str]) -> None:
        unknown = sum(1 for key in data if key not in allowed)
        if unknown:
            valid = ", ".join(allowed)
            invalid(f"The request has {unknown} unknown key(s); valid keys: {valid}.")
        self._data = data

    def string(self, name: str, default: str | None = None) -> str:
        """A required (``default`` None) or optional string member."""
        if name not in self._data:
            if default is None:
                invalid(f"'{name}' is required.")
            return default
        value = self._data[name]
        if not isinstance(value, str):
            invalid(f"'{name}' must be a string, not {_json_type(value)}.")
        return value

    def choice(
        self, name: str, choices: Collection[str], default: str, code: str = "invalid_request"
    ) -> str:
        """A string member that must be one of ``choices`` (else a 422 with ``code``)."""
        value = self.string(name, default)
        if value not in choices:
            invalid(f"'{name}' must be one of: {', '.join(choices)}.", code)
        return value

    def optional_bool(self, name: str) -> bool | None:
        """``true``, ``false``, or ``null``/absent for unknown."""
        value = self._data.get(name)
        if value is not None and not isinstance(value, bool):
            invalid(f"'{name}' must be true, false or null, not {_json_type(value)}.")
        return value

    def integer(self, name: str, default: int, minimum: int, maximum: int) -> int:
        """A whole number in ``minimum``..``maximum``."""
        value = self._data.get(name, default)
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # JSON does not tell 5 from 5.0
        if isinstance(value, bool) or not isinstance(value, int):
            invalid(f"'{name}' must be an integer, not {_json_type(value)}.")
        if not minimum <= value <= maximum:
            invalid(f"'{name}' must be between {minimum} and {maximum}.")
        return value

    def strings(self, name: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        """A list of strings (at most ``MAX_LIST_ITEMS``)."""
        if name not in self._data:
            return default
        value = self._data[name]
        if not isinstance(value, list):
            invalid(f"'{name}' must be a list of strings, not {_json_type(value)}.")
        if len(value) > MAX_LIST_ITEMS:
            invalid(f"'{name}' may hold at most {MAX_LIST_ITEMS} items.")
        for index, item in enumerate(value):
            if not isinstance(item, str):
                invalid(f"'{name}[{index}]' must be a string, not {_json_type(item)}.")
        return tuple(value)


def _reject_constant(_: str) -> NoReturn:
    raise ValueError("NaN and Infinity are not JSON")


# One decoder for every request: ``json.loads`` with an option builds a new one each call.
_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def form_fields() -> dict[str, str]:
    """The body's form fields, read once per request; 400 naming a field that does not decode.

    A URL-encoded body is decoded strictly in the charset its Content-Type names (UTF-8 by
    default), percent-escapes included: Werkzeug would drop every field for one raw
    non-UTF-8 byte, and keep ``caf%E9`` as those six characters. Multipart bodies are read
    by Werkzeug.
    """
    if "form_fields" in g:
        return g.form_fields
    if request.mimetype == "application/x-www-form-urlencoded":
        fields = _urlencoded(request.get_data(cache=True), request.mimetype_params)
    else:
        fields = request.form.to_dict()
    g.form_fields = fields
    return fields


def _urlencoded(body: bytes, params: Mapping[str, str]) -> dict[str, str]:
    charset = params.get("charset", "utf-8")
    try:
        codecs.lookup(charset)
    except LookupError:
        raise ApiError(
            400, "bad_request", "The form's charset is not one this server knows."
        ) from None
    fields: dict[str, str] = {}
    for pair in body.split(b"&"):
        if not pair:
            continue
        raw_name, _, raw_value = pair.partition(b"=")
        name = _form_decode(raw_name, charset, None)
        fields.setdefault(name, _form_decode(raw_value, charset, name))
    return fields


def _form_decode(raw: bytes, charset: str, name: str | None) -> str:
    """One name or value: ``+`` is a space, ``%XX`` a byte, then bytes to text strictly."""
    try:
        return unquote_to_bytes(raw.replace(b"+", b" ")).decode(charset)
    except UnicodeDecodeError:
        named = name is not None and len(name) <= 40 and name.isidentifier()
        what = f"The form field '{name}'" if named else "A form field"
        raise ApiError(
            400,
            "bad_request",
            f"{what} is not valid {charset}: percent-encode its UTF-8 bytes (é is %C3%A9), "
            "or name the charset in Content-Type.",
        ) from None
