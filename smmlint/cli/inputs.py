"""Reading one post from a file or standard input, with a clear error for anything that
is not a post: a missing path, a directory, an unreadable or binary file, invalid UTF-8,
an empty or overlong text."""

from __future__ import annotations

import sys
from typing import BinaryIO

from smmlint.cli.errors import InputError
from smmlint.core.errors import MAX_TEXT_LENGTH

STDIN = "-"
_BOM = b"\xef\xbb\xbf"
_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff")
# UTF-8 takes at most 4 bytes a code point: reading more than this proves a text too long
# without reading a huge (or endless, like /dev/zero) file to its end.
_MAX_BYTES = len(_BOM) + 4 * MAX_TEXT_LENGTH
TOO_LONG = f"too long: the limit is {MAX_TEXT_LENGTH:,} characters"


def read_post(path: str) -> str:
    """The text of the post at ``path`` (``-`` for standard input); ``InputError`` if none."""
    if path == STDIN:
        return decode_post(_read_at_most(sys.stdin.buffer))
    try:
        with open(path, "rb") as file:
            data = _read_at_most(file)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory; pass the post files in it") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc.__class__.__name__}") from None
    return decode_post(data)


def decode_post(data: bytes) -> str:
    """Bytes as a post's text: UTF-8 (a leading BOM is dropped), not empty, not too long."""
    if data.startswith(_UTF16_32_BOMS):
        raise InputError("UTF-16 or UTF-32 text; save it as UTF-8")
    if b"\x00" in data:
        raise InputError("binary file (it contains NUL bytes), not a text post")
    skipped = len(_BOM) if data.startswith(_BOM) else 0
    try:
        text = data[skipped:].decode("utf-8")
    except UnicodeDecodeError as exc:
        at = skipped + exc.start
        line = data.count(b"\n", 0, at) + 1
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[at]:02x} at offset {at}, line {line})"
        ) from None
    if not text.strip():
        raise InputError("empty: there is no text to check")
    if len(text) > MAX_TEXT_LENGTH:
        raise InputError(TOO_LONG)
    return text


def _read_at_most(stream: BinaryIO) -> bytes:
    data = stream.read(_MAX_BYTES + 1)
    if len(data) > _MAX_BYTES:
        raise InputError(TOO_LONG)
    return data
