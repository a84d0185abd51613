#!/usr/bin/env bash
# scripts/new-rule.sh on a copy of the sources: the rule file, its registration and fixtures
# are written, the new rule file and its group compile, and bad arguments are refused.
# Usage: new_rule.sh SOURCE_DIR CXX
set -euo pipefail
src=${1:?source dir}
cxx=${2:-c++}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/scripts" "$tmp/tests/cases/rules"
cp "$src/scripts/new-rule.sh" "$tmp/scripts/"
cp -r "$src/src" "$src/include" "$tmp/"
cd "$tmp"
fail() { echo "new_rule: $*" >&2; exit 1; }

out=$(scripts/new-rule.sh kpi/no-review note kpi)
[[ $out == *"make goldens"* ]] || fail "next steps not printed: $out"
[[ -f src/rules/kpi/no_review.cc ]] || fail "rule file not written"
grep -q '"kpi/no-review"' src/rules/kpi/no_review.cc || fail "rule id not in its file"
grep -q 'Severity::Note' src/rules/kpi/no_review.cc || fail "severity not set"
grep -q 'kpi_no_review;' src/rules/kpi/rules.h || fail "not declared in rules.h"
grep -q '&kpi_no_review}' src/rules/kpi/group.cc || fail "not listed in group.cc"
for k in fail pass; do
  grep -q 'kpi/no-review: note' "tests/cases/rules/kpi/no-review/$k/chainmap.yaml" || fail "$k fixture"
  [[ $(cat "tests/cases/rules/kpi/no-review/$k/validate.cmd") == validate ]] || fail "$k validate.cmd"
done
for f in src/rules/kpi/no_review.cc src/rules/kpi/group.cc; do
  "$cxx" -std=c++20 -fsyntax-only -Iinclude -Isrc "$f" || fail "$f does not compile"
done

# Refused: an existing rule, a bad id, an unknown group, model/*, a bad severity.
for args in "kpi/no-review" "kpi/no-owner" "Kpi/x" "nogroup/x" "model/x" "kpi/x loud"; do
  # shellcheck disable=SC2086
  if scripts/new-rule.sh $args >/dev/null 2>"$tmp/err"; then fail "accepted: $args"; fi
  [[ -s $tmp/err ]] || fail "no message for: $args"
done
echo "new_rule: ok"
