#!/usr/bin/env bash
# docs/rules.md is generated from the rule catalogue; fail when it is stale.
# Usage: rules-md.sh CHAINMAP SOURCE_DIR    (regenerate: make docs)
set -euo pipefail
bin=$1 src=$2
if ! diff -u "$src/docs/rules.md" <("$bin" rules --format markdown); then
  echo "docs/rules.md is stale: run 'make docs' and commit it" >&2
  exit 1
fi
