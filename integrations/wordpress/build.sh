#!/usr/bin/env bash
# Builds the installable plugin: dist/smmlint-wordpress.zip (or the path given), holding the
# smmlint/ plugin folder, its license and its translation template (languages/smmlint.pot).
# Upload it under Plugins → Add New → Upload Plugin. Needs python3 and xgettext (gettext).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
out=$(realpath -m "${1:-$repo/dist/smmlint-wordpress.zip}")

command -v xgettext >/dev/null || { echo "build.sh: xgettext is missing (apt-get install gettext)" >&2; exit 2; }

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$here/smmlint" "$stage/smmlint"
cp "$repo/LICENSE" "$stage/smmlint/LICENSE"
mkdir -p "$stage/smmlint/languages"

cd "$stage/smmlint"
version=$(sed -n 's/^ \* Version: *//p' smmlint.php)
pot_header=(--from-code=UTF-8 --add-comments=translators: --package-name=smmlint
            "--package-version=$version" "--copyright-holder=The smmlint developers")
xgettext "${pot_header[@]}" -L PHP -o languages/php.pot \
  -k__ -k_e -kesc_html__ -kesc_html_e -kesc_attr__ -kesc_attr_e -k_n:1,2 -k_x:1,2c \
  smmlint.php uninstall.php includes/*.php
xgettext "${pot_header[@]}" -L JavaScript -o languages/js.pot -k__ -k_n:1,2 -k_x:1,2c assets/js/*.js
msgcat --use-first -o languages/smmlint.pot languages/php.pot languages/js.pot
rm languages/php.pot languages/js.pot
sed -i '/^"POT-Creation-Date: /d' languages/smmlint.pot

mkdir -p "$(dirname "$out")"
# Sorted entries and a fixed date: the same sources give the same zip.
python3 - "$stage" "$out" <<'PY'
import sys
import zipfile
from pathlib import Path

stage, out = Path(sys.argv[1]), Path(sys.argv[2])
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
    for path in sorted(stage.rglob("*")):
        if path.is_file() and not path.name.startswith("."):
            info = zipfile.ZipInfo(path.relative_to(stage).as_posix(), (2026, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes(), zipfile.ZIP_DEFLATED)
PY
echo "$out"
