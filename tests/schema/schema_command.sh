#!/usr/bin/env bash
# `chainmap schema` prints schemas/chainmap.schema.json byte for byte (it is compiled in), and
# `-o FILE` writes the same bytes.
#
#   tests/schema/schema_command.sh BINARY SCHEMA_FILE
set -uo pipefail
bin=$1 schema=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" schema >"$tmp/stdout" || { echo "FAIL: chainmap schema exited $?" >&2; exit 1; }
cmp "$schema" "$tmp/stdout" || { echo "FAIL: chainmap schema differs from $schema" >&2; exit 1; }
"$bin" schema -o "$tmp/out.json" || { echo "FAIL: chainmap schema -o exited $?" >&2; exit 1; }
cmp "$schema" "$tmp/out.json" || { echo "FAIL: chainmap schema -o wrote something else" >&2; exit 1; }
"$bin" schema -o "$tmp/missing/out.json" 2>"$tmp/err"; rc=$?
[[ $rc == 2 ]] || { echo "FAIL: chainmap schema -o into a missing folder exited $rc, expected 2" >&2; exit 1; }
echo "schema: ok ($(wc -c <"$schema") bytes)"
