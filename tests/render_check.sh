#!/usr/bin/env bash
# Render checks that golden DOT files cannot make: every view of a model renders as DOT, SVG
# and mermaid, and with --findings; SVG is well-formed XML (xmllint); DOT and SVG are
# byte-identical across two runs; PNG is well-formed (tests/render/png_check.py: CRCs, sizes,
# row filters) and PDF starts with its magic bytes, for the chain and every view of the first
# journey (each kind of view once: the cairo formats differ from SVG only after the layout,
# and render/every-view draws every view of the examples as PNG under ASan as well).
#
#   tests/render_check.sh BINARY MODEL_DIR...
set -uo pipefail
bin=$1
shift
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
fail() { echo "FAIL: $*" >&2; status=1; }

for model in "$@"; do
  root="$model/chainmap.yaml"
  # Journey ids: ask the tool itself, through the error listing the valid choices.
  journeys=$("$bin" render journey "$root" --journey '?' 2>&1 | sed -n 's/.*valid journeys: \([^;]*\).*/\1/p' | tr -d ',')
  [[ -n "$journeys" ]] || fail "$model: no journeys listed"
  targets=("chain" "handovers")
  for j in $journeys; do targets+=("journey:$j" "blueprint:$j" "experience:$j"); done
  first=$(set -- $journeys; echo "${1:-}")
  for t in "${targets[@]}"; do
    view=${t%%:*}
    args=("$view" "$root")
    [[ "$t" == *:* ]] && args+=(--journey "${t#*:}")
    name="$out/$(basename "$model")-${t//:/-}"
    formats=(dot svg mermaid)
    cairo=false
    if [[ "$t" == chain || ( -n "$first" && "$t" == *:"$first" ) ]]; then
      formats+=(png pdf)
      cairo=true
    fi
    for fmt in "${formats[@]}"; do
      "$bin" render "${args[@]}" -o "$name.$fmt" --format "$fmt" || { fail "$t $fmt exit $?"; continue; }
      [[ -s "$name.$fmt" ]] || fail "$t $fmt: empty output"
    done
    "$bin" render "${args[@]}" --findings -o "$name.findings.svg" || fail "$t --findings"
    xmllint --noout "$name.svg" || fail "$t: svg is not well-formed"
    xmllint --noout "$name.findings.svg" || fail "$t: svg with findings is not well-formed"
    for fmt in dot svg; do
      "$bin" render "${args[@]}" --format "$fmt" >"$name.again.$fmt"
      if ! cmp -s "$name.$fmt" "$name.again.$fmt"; then
        fail "$t: $fmt differs between runs"
        diff "$name.$fmt" "$name.again.$fmt" >"$out/diff" 2>&1
        head -20 "$out/diff" >&2  # what differs, for the next time this happens
      fi
    done
    if $cairo; then
      python3 "$(dirname "$0")/render/png_check.py" "$name.png" || fail "$t: not a well-formed PNG"
      [[ $(head -c 5 "$name.pdf") == %PDF- ]] || fail "$t: not a PDF"
    fi
  done
done
exit $status
