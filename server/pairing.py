"""The server's own settings file and the pairing token kept in it.

``$XDG_CONFIG_HOME/smmlint/server.toml`` (``~/.config/smmlint/server.toml``; on Windows
``%APPDATA%\\smmlint\\server.toml``), readable only by its owner::

    token = "…"                     # written by `smmlint serve --pair`
    allowed_origins = ["chrome-extension://abcdefghijklmnopabcdefghijklmnop"]
    allowed_hosts = ["lint.team.example"]
"""

from __future__ import annotations

import json
import os
import secrets
import stat
import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

FILE_KEYS = {
    "token": "TOKEN",
    "allowed_origins": "ALLOWED_ORIGINS",
    "allowed_hosts": "ALLOWED_HOSTS",
}


class SettingsFileError(ValueError):
    """The settings file cannot be read or holds an unknown key; the message names the file."""


def default_path() -> Path:
    """Where ``server.toml`` lives for this user."""
    if os.name == "nt" and os.environ.get("APPDATA"):
        base = Path(os.environ["APPDATA"])
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "smmlint" / "server.toml"


def load(path: Path) -> dict[str, Any]:
    """The file's settings as app config keys (``TOKEN``...); empty if there is no file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsFileError(f"{path}: cannot read ({exc.__class__.__name__})") from None
    for key in data:
        if key not in FILE_KEYS:
            valid = ", ".join(FILE_KEYS)
            raise SettingsFileError(f"{path}: unknown key {key!r} (valid: {valid})")
    return {FILE_KEYS[key]: value for key, value in data.items()}


def readable_by_others(path: Path) -> bool:
    """Whether group or others may read the file (the token must stay private)."""
    try:
        return os.name != "nt" and bool(path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO))
    except FileNotFoundError:
        return False


def new_token() -> str:
    """A fresh random token (256 bits, URL-safe)."""
    return secrets.token_urlsafe(32)


def save_token(path: Path, token: str) -> None:
    """Store ``token`` in the file, keeping its other settings; the file is mode 0600."""
    settings = {key: value for key, value in _raw(path).items() if key != "token"}
    lines = ["# smmlint server settings; `smmlint serve --pair` writes the token.\n"]
    lines += [
        f"{key} = {json.dumps(value, ensure_ascii=False)}\n"
        for key, value in {"token": token, **settings}.items()
    ]
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".tmp")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    if hasattr(os, "fchmod"):  # a leftover partial file may have had looser permissions
        os.fchmod(descriptor, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.writelines(lines)
    os.replace(partial, path)


def _raw(path: Path) -> dict[str, Any]:
    inverse = {config_key: key for key, config_key in FILE_KEYS.items()}
    return {inverse[key]: value for key, value in load(path).items()}
