#!/usr/bin/env bash
# Golden-file test: runs `chainmap ARGS` (ARGS = the words of NAME.cmd, shell-quoted) in the
# folder of NAME.cmd and compares stdout, stderr and the exit status with NAME.golden.
#
#   tests/golden.sh BINARY path/to/NAME.cmd
#
# When the folder of NAME.cmd holds an executable `golden.filter`, stdout passes through it first
# (the HTML report's goldens leave Graphviz's drawing out: tests/cases/report/html/).
#
# With CHAINMAP_UPDATE_GOLDEN=1 it rewrites NAME.golden instead (`make goldens` does this for
# every case); review the diff like code.
#
# The environment is pinned so output is the same everywhere: no colour, a fixed "today" for
# waiver expiry, C locale.
set -uo pipefail
bin=$1
cmd=$2
dir=$(dirname "$cmd")
golden="${cmd%.cmd}.golden"

out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
(
  cd "$dir" || exit 99
  eval "set -- $(cat "$cmd")"
  env -u CLICOLOR_FORCE NO_COLOR=1 CHAINMAP_TODAY=2026-06-01 LC_ALL=C TZ=UTC \
    "$bin" "$@" >"$out" 2>"$err"
  echo $? >"$out.rc"
)
rc=$(cat "$out.rc"); rm -f "$out.rc"
if [[ -x "$dir/golden.filter" ]]; then
  "$dir/golden.filter" <"$out" >"$out.filtered" && mv "$out.filtered" "$out"
fi

actual=$(
  cat "$out"
  if [[ -s "$err" ]]; then echo "--- stderr"; cat "$err"; fi
  echo "--- exit $rc"
)

if [[ "${CHAINMAP_UPDATE_GOLDEN:-}" == 1 ]]; then
  printf '%s\n' "$actual" >"$golden"
  exit 0
fi
if [[ ! -f "$golden" ]]; then
  echo "missing golden file $golden; run 'make goldens' and review it" >&2
  printf '%s\n' "$actual"
  exit 1
fi
diff -u --label expected --label actual "$golden" <(printf '%s\n' "$actual")
