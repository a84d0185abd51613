#!/usr/bin/env bash
# Scaffolds a new rule: its file with a page skeleton, its registration in the group, and its
# fail and pass fixtures; then says what is left to do (docs/contributing.md, "Adding a rule").
# Usage: scripts/new-rule.sh GROUP/NAME [SEVERITY [TARGET]]
#   SEVERITY: error | warning | note (default warning); TARGET: the kind of thing its findings
#   are about, as in SPEC section 4 (default: the group's name, e.g. step, handover, partner)
# The group must exist (src/rules/GROUP/rules.h); the rule must not.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: scripts/new-rule.sh GROUP/NAME [error|warning|note [TARGET]]" >&2; exit 2; }
id=${1:-}
[[ -n $id ]] || usage
[[ $id =~ ^([a-z][a-z0-9]*)/([a-z][a-z0-9]*(-[a-z0-9]+)*)$ ]] ||
  { echo "new-rule: '$id' is not GROUP/NAME in lowercase letters, digits and hyphens (e.g. handover/no-owner)" >&2; exit 2; }
group=${BASH_REMATCH[1]}
name=${BASH_REMATCH[2]}
severity=${2:-warning}
case $severity in error) sev=Error ;; warning) sev=Warning ;; note) sev=Note ;;
  *) echo "new-rule: severity '$severity' must be error, warning or note" >&2; exit 2 ;; esac
target=${3:-$group}
ident=${group}_${name//-/_}
dir=src/rules/$group
file=$dir/${name//-/_}.cc
fixtures=tests/cases/rules/$group/$name

[[ -f $dir/rules.h && -f $dir/group.cc ]] ||
  { echo "new-rule: no group '$group' (src/rules/$group/rules.h and group.cc); existing groups: $(ls src/rules | tr '\n' ' ')" >&2; exit 2; }
[[ $group != model && $group != waiver ]] ||
  { echo "new-rule: $group/* findings are reported by the loader and the checker, not by a check function; see docs/contributing.md" >&2; exit 2; }
[[ ! -e $file ]] || { echo "new-rule: $file already exists" >&2; exit 2; }
[[ ! -e $fixtures ]] || { echo "new-rule: $fixtures already exists" >&2; exit 2; }
grep -qw "$ident" "$dir/rules.h" && { echo "new-rule: $ident is already declared in $dir/rules.h" >&2; exit 2; }

# 1. The rule's file: a check function and the Rule with its page, to be filled in.
tmp=$(mktemp "$file.XXXXXX")
cat > "$tmp" <<EOF
// $id: TODO one line: what it finds (the summary below, as in SPEC section 3).
#include <fmt/format.h>

#include "rules/context.h"
#include "rules/$group/rules.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  // Read cx.model and cx.graph (and cx.analysis<T>()); report each finding once, at the most
  // precise YAML node: out.report(target, loc, message). Nothing is reported until this is written.
  (void)cx;
  (void)out;
}

}  // namespace

const Rule $ident{
    "$id",
    Severity::$sev,
    "$target",
    "TODO the catalogue line of SPEC section 3 (lowercase, no final full stop)",
    R"doc(## What it checks
TODO

## Why it matters
TODO

## Example
\`\`\`yaml
TODO a model that makes the rule fire
\`\`\`

## Instead
\`\`\`yaml
TODO the same model, fixed
\`\`\`

## How to fix
TODO
)doc",
    {},
    check,
};

}  // namespace chainmap::rules
EOF
mv "$tmp" "$file"

# 2. Registration: declared in the group's rules.h, listed in its group.cc (both kept sorted
#    as written: the new one goes last; the catalogue sorts by id).
python3 - "$dir/rules.h" "$dir/group.cc" "$ident" <<'PY'
import re, sys
header, group, ident = sys.argv[1:]
s = open(header).read()
m = re.search(r"extern const Rule ([^;]*);", s)
if not m: sys.exit(f"new-rule: no 'extern const Rule ...;' in {header}")
s = s[:m.end(1)] + f", {ident}" + s[m.end(1):]
open(header, "w").write(s)
g = open(group).read()
m = re.search(r"static const Rule\* const rules\[\] = \{([^}]*)\};", g)
if not m: sys.exit(f"new-rule: no rules[] array in {group}")
g = g[:m.end(1)] + f", &{ident}" + g[m.end(1):]
open(group, "w").write(g)
PY

# 3. Fixtures: only this rule speaks (lint extends none).
for kind in fail pass; do
  mkdir -p "$fixtures/$kind"
  cat > "$fixtures/$kind/chainmap.yaml" <<EOF
# $id: TODO a model that $( [[ $kind == fail ]] && echo "triggers the rule" || echo "is the fail model fixed: the rule stays silent")
chainmap: 1
lint: { extends: none, rules: { $id: $severity } }
EOF
  echo validate > "$fixtures/$kind/validate.cmd"
done

cat <<EOF
new-rule: wrote $file, registered $ident in $dir/rules.h and $dir/group.cc,
          and the fixtures $fixtures/{fail,pass}/.
Next:
  1. Write the check and the page in $file (summary = SPEC section 3's line; Example fires,
     Instead does not); name other rules by their objects (rules::...), never by a string.
  2. Fill both fixtures: fail/ must trigger the rule, pass/ must not.
  3. make asan && make goldens   # then read tests/cases/rules/$group/$name/*/validate.golden
  4. make docs                   # regenerates docs/rules.md (a test fails while it is stale)
  5. Make it fire in examples/flawed/ with a '# $id' comment (a test wants every rule there).
  6. CHANGELOG.md, and README's rule count; then make test.
EOF
