#!/usr/bin/env bash
# A screenshot of the first screen of a model's HTML report (the README shows one), taken by
# headless Chromium with the network off.
# Usage: scripts/report-screenshot.sh path/to/chainmap MODEL OUT.png [WIDTH,HEIGHT]
#   e.g. scripts/report-screenshot.sh build/release/chainmap examples/flawed docs/img/report.png
set -euo pipefail
bin=${1:?usage: scripts/report-screenshot.sh BINARY MODEL OUT.png [WIDTH,HEIGHT]}
model=${2:?model}
out=${3:?output PNG}
size=${4:-1280,1100}
browser=$(command -v chromium || command -v chromium-browser || true)
[[ -n $browser ]] || { echo "report-screenshot: chromium is missing (scripts/install-deps.sh)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
CHAINMAP_TODAY=${CHAINMAP_TODAY:-2026-06-01} "$bin" validate --output-format "html=$tmp/report.html" "$model" \
  >/dev/null || [[ $? -eq 1 ]]
HOME=$tmp "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --disable-extensions \
  --disable-dev-shm-usage --hide-scrollbars --user-data-dir="$tmp/profile" \
  --host-resolver-rules="MAP * ~NOTFOUND" --window-size="$size" --screenshot="$out" \
  "file://$tmp/report.html" >/dev/null 2>&1
echo "$out"
