#!/usr/bin/env bash
# Sets up everything the tests need on a fresh machine, then runs every test.
# Setup steps live in scripts/setup.d/ (one per part: Python, browser, WordPress...).
set -euo pipefail
cd "$(dirname "$0")/.."
for step in scripts/setup.d/*.sh; do
  echo "== setup: ${step##*/}"
  bash "$step"
done
echo "== ruff"
.venv/bin/ruff check .
echo "== pytest"
exec .venv/bin/python -m pytest "$@"
