#!/usr/bin/env bash
# Python: a virtual environment in .venv with smmlint (editable) and every dev/test dependency,
# at the versions the suite last passed with (scripts/constraints.txt).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c scripts/constraints.txt -e ".[dev]"
