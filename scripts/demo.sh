#!/usr/bin/env bash
# `make demo`: validates the bundled examples with the freshly built binary and renders every
# view of each (svg + png) into build/demo/<example>/.
# Usage: scripts/demo.sh path/to/chainmap
set -uo pipefail
bin=${1:?usage: scripts/demo.sh path/to/chainmap}
cd "$(dirname "$0")/.."

status=0
for root in examples/*/chainmap.yaml; do
  example=$(dirname "$root")
  name=$(basename "$example")
  [[ "$name" == flawed ]] && continue
  echo "== $example"
  "$bin" validate "$root" || status=1
  scripts/render-all.sh "$bin" "$example" "build/demo/$name" svg png >/dev/null || status=1
  echo "diagrams: build/demo/$name/ ($(ls "build/demo/$name" | wc -l) files)"
  echo
done
if [[ -f examples/flawed/chainmap.yaml ]]; then
  echo "== examples/flawed (every rule fires here on purpose; summary only)"
  "$bin" validate examples/flawed/chainmap.yaml | tail -n 1
  echo
fi
exit $status
