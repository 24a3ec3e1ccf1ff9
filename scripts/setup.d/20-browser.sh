#!/usr/bin/env bash
# Browser tests: Debian's Chromium and Firefox ESR (never a downloaded browser), Node for the test
# pages and web-ext, the pinned npm packages (npm ci) and the pages built from real editor libraries.
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
fi

pages=tests/extension/pages
stamp="$pages/node_modules/.package-lock.sha256"
wanted=$(sha256sum "$pages/package-lock.json" | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  (cd "$pages" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$wanted" > "$stamp"
fi
(cd "$pages" && node build.mjs)
