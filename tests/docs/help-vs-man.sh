#!/usr/bin/env bash
# Every subcommand has a page, chainmap(1) names every subcommand, and every long option
# that `--help` shows appears in the page of its command.
# Usage: help-vs-man.sh CHAINMAP SOURCE_DIR
set -euo pipefail
bin=$1 man=$2/man
status=0
fail() { echo "help-vs-man: $*" >&2; status=1; }

options_of() {  # long options in a --help text, without --help itself
  grep -oE -- '(^|[ ,])--[a-z][a-z-]*' | sed 's/^[ ,]*//' | grep -vx -- '--help' | sort -u
}

for opt in $("$bin" --help | options_of); do
  grep -q -- "Fl -${opt#--}\b" "$man/chainmap.1" || fail "chainmap.1 lacks global option $opt"
done
for cmd in $("$bin" __complete commands); do
  page="$man/chainmap-$cmd.1"
  [[ -f $page ]] || { fail "no man page $page for subcommand '$cmd'"; continue; }
  grep -q -- "^\.It Cm $cmd\b" "$man/chainmap.1" || fail "chainmap.1 does not list '$cmd'"
  for opt in $("$bin" "$cmd" --help | options_of); do
    grep -q -- "Fl -${opt#--}\b" "$page" || fail "chainmap-$cmd.1 lacks $opt (shown by 'chainmap $cmd --help')"
  done
done
commands=$("$bin" __complete commands)
for page in "$man"/chainmap-*.1; do
  cmd=$(basename "$page" .1); cmd=${cmd#chainmap-}
  grep -qx -- "$cmd" <<<"$commands" || fail "$page documents no existing subcommand"
done
exit $status
