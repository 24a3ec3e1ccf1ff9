"""Drafts are private: importing and linting never opens a network connection."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROGRAM = textwrap.dedent(
    """
    import socket

    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args[:1])
        raise OSError("network access is blocked in this test")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.getaddrinfo = refuse
    socket.create_connection = refuse

    import smmlint

    pushy = "Great news!!! Buy now at https://shop.example.com 🎉 #sale"
    for platform in smmlint.PLATFORMS:
        smmlint.lint(pushy, platform=platform)
        smmlint.lint("How do you plan your week? Tell us.", platform=platform, has_media=False)
    print("attempts", len(attempts))
    """
)


def test_import_and_lint_make_no_network_call() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "attempts 0"
    assert result.stderr == "", "the library must never print or log"
