#!/usr/bin/env bash
# The main job: starts the server with its defaults (http://127.0.0.1:8787, ready for the
# browser extension). The first run makes .venv with smmlint and only what serving needs (the
# `server` extra, at the versions in scripts/constraints.txt). Later runs start at once and work
# offline: pip runs again only when pyproject.toml or the constraints changed (and if it cannot,
# a venv that still imports the server is used as it is). Arguments go to `smmlint serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
python=.venv/bin/python
stamp=.venv/.smmlint-serve
wanted=$(cat pyproject.toml scripts/constraints.txt | sha256sum | cut -d' ' -f1)

ready() { "$python" -c "import flask, flask_cors, waitress, server, smmlint" 2>/dev/null; }

if [ ! -x "$python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ] || ! ready; then
  [ -x "$python" ] || python3 -m venv .venv
  if "$python" -m pip install --quiet --disable-pip-version-check -c scripts/constraints.txt -e ".[server]"; then
    echo "$wanted" >"$stamp"
  elif ready; then
    echo "serve.sh: could not update .venv (offline?); starting with what it has" >&2
  else
    echo "serve.sh: could not install smmlint's server into .venv; see pip's message above" >&2
    exit 1
  fi
fi
exec "$python" -m smmlint serve "$@"
