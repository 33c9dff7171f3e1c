#!/usr/bin/env bash
# Render the vnextract HTML report of some articles and take a screenshot of
# it in headless Chromium, for a reviewer to look at.
#   examples/screenshot.sh [OUT.png] [ARTICLE...]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/vnextract-report.png}
shift || true
articles=("$@")
[ ${#articles[@]} -gt 0 ] || articles=(testdata/normalize/clean-hoi-nghi-ban-dan-van.txt)
command -v chromium >/dev/null || { echo "install Chromium first: apt-get install chromium" >&2; exit 1; }
page=$(mktemp -d)/report.html
go run ./examples/vnextract -q -html "$page" "${articles[@]}" >/dev/null
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$(mktemp -d)" --window-size=1280,1600 --screenshot="$out" "file://$page" 2>/dev/null
echo "$out"
