#!/usr/bin/env bash
# Installs smmlint with its server into .venv (first run only) and starts the server with its
# defaults: http://127.0.0.1:8787, ready for the browser extension.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.d/10-python.sh
exec .venv/bin/smmlint serve "$@"
