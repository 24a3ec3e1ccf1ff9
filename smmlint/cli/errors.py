"""The errors the command line reports in one line on stderr with exit code 2."""

from __future__ import annotations


class CliError(Exception):
    """A usage, configuration or input error; the message names the problem, not the text."""


class InputError(CliError):
    """One input (a file, standard input, an archive row) that cannot be linted."""
