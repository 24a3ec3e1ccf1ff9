#!/usr/bin/env bash
# Python: a virtual environment in .venv with smmlint (editable) and every dev/test dependency.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev]"
