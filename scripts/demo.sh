#!/usr/bin/env bash
# `make demo`: validates the bundled examples with the freshly built binary.
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
  echo
done
if [[ -f examples/flawed/chainmap.yaml ]]; then
  echo "== examples/flawed (every rule fires here on purpose; summary only)"
  "$bin" validate examples/flawed/chainmap.yaml | tail -n 1
  echo
fi
exit $status
