#!/usr/bin/env bash
# Renders every view of one model: chain, handovers, and journey, blueprint and experience for
# each journey.
# Usage: scripts/render-all.sh path/to/chainmap MODEL_DIR OUT_DIR FORMAT...
#   e.g. scripts/render-all.sh build/release/chainmap examples/online-retailer build/demo/online-retailer svg png
# Files are named <view>.<format> and <view>-<journey>.<format>. Prints each file written.
set -euo pipefail
bin=${1:?usage: scripts/render-all.sh BINARY MODEL_DIR OUT_DIR FORMAT...}
model=${2:?model folder}
out=${3:?output folder}
shift 3
formats=("$@")
[[ ${#formats[@]} -gt 0 ]] || formats=(svg png)
mkdir -p "$out"

# The journey ids: `render journey` without --journey names the valid ones.
journeys=$("$bin" render journey "$model" --journey '?' 2>&1 | sed -n 's/.*valid journeys: \([^;]*\).*/\1/p' | tr -d ',' || true)

render() {  # render NAME ARGS...
  local name=$1
  shift
  for fmt in "${formats[@]}"; do
    "$bin" render "$@" "$model" -o "$out/$name.$fmt"
    echo "$out/$name.$fmt"
  done
}
render chain chain
render handovers handovers
for j in $journeys; do
  render "journey-$j" journey --journey "$j"
  render "blueprint-$j" blueprint --journey "$j"
  render "experience-$j" experience --journey "$j"
done
