#!/usr/bin/env bash
# examples/flawed must show every rule of the catalogue at least once: runs
# `chainmap validate --format json examples/flawed` and, for model/syntax (which holds back
# unknown references, so it cannot share a model with them), `examples/flawed/broken.yaml`,
# and lists each rule id of `chainmap rules --format json` that no diagnostic carries.
#
#   tests/examples/flawed_covers_all_rules.sh BINARY SOURCE_DIR
set -uo pipefail
bin=$1
src=$2
cd "$src" || exit 2
report=$(CHAINMAP_TODAY=2026-06-01 "$bin" validate --format json examples/flawed)
rc=$?
if [[ $rc -ne 1 ]]; then
  echo "expected exit 1 (error findings) from validate, got $rc" >&2
  exit 1
fi
broken=$(CHAINMAP_TODAY=2026-06-01 "$bin" validate --format json examples/flawed/broken.yaml)
catalogue=$("$bin" rules --format json) || { echo "chainmap rules failed" >&2; exit 1; }
python3 - "$report" "$catalogue" "$broken" <<'PY'
import json, sys
fired = {d["rule"] for d in json.loads(sys.argv[1])["diagnostics"]}
fired |= {d["rule"] for d in json.loads(sys.argv[3])["diagnostics"]}
rules = [r["id"] for r in json.loads(sys.argv[2])]
missing = [r for r in rules if r not in fired]
if not rules:
    sys.exit("chainmap rules listed no rules")
for r in missing:
    print(f"examples/flawed does not show rule {r}")
print(f"{len(rules) - len(missing)} of {len(rules)} rules fire in examples/flawed")
sys.exit(1 if missing else 0)
PY
