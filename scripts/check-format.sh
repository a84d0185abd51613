#!/usr/bin/env bash
# Fails when clang-format (with the project's .clang-format) would change a C++ file of src/,
# include/, tests/, fuzz/ or bench/; with --fix it rewrites them instead. `make test` runs the
# check (ctest -R format), so CI fails on unformatted code.
# Usage: scripts/check-format.sh [--fix]
set -euo pipefail
cd "$(dirname "$0")/.."
cf=$(command -v clang-format || command -v clang-format-14 || true)
[[ -n $cf ]] || { echo "check-format: clang-format is missing (scripts/install-deps.sh)" >&2; exit 2; }
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files -- 'src/*.cc' 'src/*.h' 'include/*.h' 'tests/*.cc' 'tests/*.h' 'fuzz/*.cc' 'bench/*.cc')
else
  mapfile -t files < <(find src include tests fuzz bench \( -name '*.cc' -o -name '*.h' \) | sort)
fi
if [[ "${1:-}" == "--fix" ]]; then
  "$cf" -i "${files[@]}"
  exit 0
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! "$cf" --dry-run -Werror "${files[@]}" 2>"$log"; then
  grep -oE '^[^ :]+\.(cc|h):[0-9]+' "$log" | cut -d: -f1 | sort | uniq -c | sed 's/^ */check-format: /' >&2
  echo "check-format: the files above are not formatted as .clang-format says; run scripts/check-format.sh --fix" >&2
  exit 1
fi
