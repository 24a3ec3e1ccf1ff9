"""The editor script's pure logic (when Publish is held back), under Node's test runner."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

JS_TESTS = Path(__file__).with_name("js")


def test_gate_lock_logic():
    done = subprocess.run(
        ["node", "--test", str(JS_TESTS)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert int(re.search(r"^# pass (\d+)$", done.stdout, re.M)[1]) >= 5, done.stdout
