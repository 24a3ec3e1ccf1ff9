"""Errors raised for input the linter cannot take."""

from __future__ import annotations

MAX_TEXT_LENGTH = 65_536  # code points; longer than any network's longest post (63,206)


class TextTooLong(ValueError):
    """The draft is longer than ``MAX_TEXT_LENGTH`` code points."""

    def __init__(self, length: int, limit: int = MAX_TEXT_LENGTH) -> None:
        super().__init__(f"text is {length} code points long; the limit is {limit}")
        self.length = length
        self.limit = limit


class RuleFailed(RuntimeError):
    """A rule raised an exception; the message names the rule, never the draft."""

    def __init__(self, code: str, error: BaseException) -> None:
        super().__init__(f"rule {code} failed with {error.__class__.__name__}")
        self.code = code
