"""Fixtures for the command-line tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cli_support
import pytest

from smmlint.output import Results


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Work in an empty directory, so that no configuration file is discovered."""
    monkeypatch.chdir(tmp_path)
    yield tmp_path


@pytest.fixture
def golden_results() -> Results:
    """One fixed set of results, independent of the rules' tuning."""
    return cli_support.golden_results()
