#!/usr/bin/env bash
# `chainmap init`: the starter model validates clean, a second init refuses to overwrite (exit 2,
# naming the file, leaving it untouched), and DIR defaults to the current folder.
#
#   tests/init/init_test.sh BINARY
set -uo pipefail
bin=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export NO_COLOR=1 LC_ALL=C

# A fresh folder (and its missing parent) is created; the output names the files and the next command.
out=$("$bin" init "$tmp/new/x" 2>&1) || fail "init into a new folder exited $?: $out"
grep -qx "wrote $tmp/new/x/chainmap.yaml" <<<"$out" || fail "init did not report chainmap.yaml: $out"
grep -qx "wrote $tmp/new/x/journeys.yaml" <<<"$out" || fail "init did not report journeys.yaml: $out"
grep -q "chainmap validate $tmp/new/x/chainmap.yaml" <<<"$out" || fail "init did not print the next command: $out"
grep -qx "wrote $tmp/new/x/chainmap.schema.json" <<<"$out" || fail "init did not report chainmap.schema.json: $out"
grep -q "chainmap schema -o $tmp/new/x/chainmap.schema.json" <<<"$out" || fail "init did not say how to refresh the schema: $out"
# The schema beside the model, named by a relative modeline in every file, is `chainmap schema`.
for f in chainmap.yaml journeys.yaml; do
  head -n 1 "$tmp/new/x/$f" | grep -q '^# yaml-language-server: \$schema=chainmap.schema.json$' \
    || fail "$f does not start with the relative schema line"
done
"$bin" schema | cmp -s - "$tmp/new/x/chainmap.schema.json" || fail "chainmap.schema.json is not the output of 'chainmap schema'"

# The starter validates with no findings at all, under the full recommended rule set.
out=$("$bin" validate "$tmp/new/x/chainmap.yaml" 2>&1) || fail "starter model does not validate (exit $?): $out"
[[ "$out" == "0 errors, 0 warnings, 0 notes in 2 files" ]] || fail "starter model has findings: $out"
out=$("$bin" validate --strict "$tmp/new/x/chainmap.yaml" 2>&1) || fail "starter model fails --strict: $out"

# A second init refuses, names the file, and changes nothing.
echo "# my edits" >>"$tmp/new/x/journeys.yaml"
before=$(cat "$tmp/new/x/"*.yaml | md5sum)
out=$("$bin" init "$tmp/new/x" 2>&1); rc=$?
[[ $rc == 2 ]] || fail "second init exited $rc, expected 2: $out"
grep -q "'$tmp/new/x/chainmap.yaml' already exists" <<<"$out" || fail "second init does not name the file: $out"
[[ $(cat "$tmp/new/x/"*.yaml | md5sum) == "$before" ]] || fail "second init changed the files"

# A schema file already there (from 'chainmap schema -o'): refused too, nothing written.
mkdir "$tmp/schema-only" && echo "{}" >"$tmp/schema-only/chainmap.schema.json"
out=$("$bin" init "$tmp/schema-only" 2>&1); rc=$?
[[ $rc == 2 ]] || fail "init over an existing chainmap.schema.json exited $rc: $out"
[[ ! -e "$tmp/schema-only/chainmap.yaml" ]] || fail "init wrote chainmap.yaml next to an existing schema"

# Only one of the files present: still refused, and the missing one is not written either.
mkdir "$tmp/half" && echo "# mine" >"$tmp/half/journeys.yaml"
out=$("$bin" init "$tmp/half" 2>&1); rc=$?
[[ $rc == 2 ]] || fail "init over an existing journeys.yaml exited $rc: $out"
grep -q "'$tmp/half/journeys.yaml' already exists" <<<"$out" || fail "init does not name journeys.yaml: $out"
[[ ! -e "$tmp/half/chainmap.yaml" ]] || fail "init wrote chainmap.yaml next to an existing journeys.yaml"

# DIR is a file: exit 2.
touch "$tmp/file"
out=$("$bin" init "$tmp/file" 2>&1); rc=$?
[[ $rc == 2 ]] || fail "init into a file exited $rc: $out"

# No DIR: the current folder.
mkdir "$tmp/here"
out=$(cd "$tmp/here" && "$bin" init 2>&1) || fail "init without DIR exited $?: $out"
[[ -f "$tmp/here/chainmap.yaml" && -f "$tmp/here/journeys.yaml" && -f "$tmp/here/chainmap.schema.json" ]] \
  || fail "init without DIR wrote elsewhere: $out"
out=$(cd "$tmp/here" && "$bin" validate 2>&1) || fail "starter in . does not validate: $out"
echo "init: ok"
