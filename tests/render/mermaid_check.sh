#!/usr/bin/env bash
# Optional check: every Mermaid view chainmap writes (chain, handovers, and journey, blueprint
# and experience for each journey) of every example, parsed and drawn by Mermaid itself, with
# its default (dagre) layout and with elk. Mermaid's CLI, mmdc (@mermaid-js/mermaid-cli), is
# not a dependency of chainmap: when it is missing this check says so and is skipped (exit 77);
# nothing is ever downloaded here.
#
# Usage: tests/render/mermaid_check.sh CHAINMAP [MODEL_DIR...]
#   (default: examples/*/ and tests/cases/render/shop, whose names hold " < > & \)
# Environment:
#   MMDC         the mmdc program (default: mmdc on PATH)
#   MMDC_ARGS    extra mmdc options, e.g. "-p puppeteer.json" for a system chromium
#   MERMAID_OUT  keep the .mmd files and the drawn SVGs there (default: a temporary folder)
# Install once, outside the repository (docs/render.md, "Checking the Mermaid output"):
#   mkdir ~/mmdc && cd ~/mmdc && PUPPETEER_SKIP_DOWNLOAD=1 npm install @mermaid-js/mermaid-cli
#   echo '{"executablePath": "/usr/bin/chromium", "args": ["--no-sandbox"]}' > puppeteer.json
#   MMDC=~/mmdc/node_modules/.bin/mmdc MMDC_ARGS="-p $HOME/mmdc/puppeteer.json" \
#     tests/render/mermaid_check.sh build/release/chainmap
set -euo pipefail
bin=${1:?usage: tests/render/mermaid_check.sh CHAINMAP [MODEL_DIR...]}
shift
here=$(cd "$(dirname "$0")/../.." && pwd)
models=("$@")
[[ ${#models[@]} -gt 0 ]] || models=("$here"/examples/*/ "$here/tests/cases/render/shop")

mmdc=${MMDC:-$(command -v mmdc || true)}
if [[ -z $mmdc || ! -x $mmdc ]]; then
  echo "mermaid_check: skipped: mmdc (@mermaid-js/mermaid-cli) is not installed;" \
    "set MMDC to it (see the comment at the top of $0)"
  exit 77
fi
read -r -a mmdc_args <<<"${MMDC_ARGS:-}"

out=${MERMAID_OUT:-}
if [[ -z $out ]]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out"

# Every view of every model as .mmd, then one markdown file with a ```mermaid block each, so
# that mmdc starts its browser once per layout rather than once per picture.
files=()
for model in "${models[@]}"; do
  name=$(basename "$model")
  while IFS= read -r f; do files+=("$f"); done < <("$here/scripts/render-all.sh" "$bin" "$model" "$out/$name" mmd)
done
[[ ${#files[@]} -gt 0 ]] || { echo "mermaid_check: no views rendered"; exit 1; }
for f in "${files[@]}"; do
  printf '```mermaid\n%s\n```\n\n' "$(cat "$f")"
done >"$out/all.md"

status=0
for layout in dagre elk; do
  mkdir -p "$out/$layout"
  echo "{\"layout\": \"$layout\"}" >"$out/$layout.json"
  if ! "$mmdc" -q "${mmdc_args[@]}" -c "$out/$layout.json" -i "$out/all.md" \
    -o "$out/$layout/all.md" >"$out/$layout.log" 2>&1; then
    # mmdc draws the blocks in order and stops at the first it cannot: name that one.
    drawn=$(find "$out/$layout" -name 'all-*.svg' | wc -l)
    echo "mermaid_check: $layout: mmdc fails on ${files[$drawn]:-?}:"
    grep -v '^ *at ' "$out/$layout.log" | head -8
    status=1
    continue
  fi
  echo "mermaid_check: $layout: ${#files[@]} diagrams parsed and drawn"
done
exit $status
