#!/usr/bin/env bash
# Where output goes: output that cannot be written is exit 2 (SPEC section 5: "output not
# writable"), on standard output and through -o; -o writes into a FIFO or device instead of
# replacing it, and an existing file keeps its permissions.
#   tests/cli/outputs.sh BINARY MODEL_DIR
set -uo pipefail
bin=$1
model=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*" >&2; status=1; }

if [[ -w /dev/full ]]; then
  "$bin" validate "$model" >/dev/full 2>"$tmp/err"
  rc=$?
  [[ $rc == 2 ]] || fail "validate > /dev/full: exit $rc, expected 2"
  grep -q "cannot write" "$tmp/err" || fail "validate > /dev/full: no message ($(cat "$tmp/err"))"
  "$bin" render chain "$model" --format dot -o /dev/full 2>"$tmp/err"
  rc=$?
  [[ $rc == 2 ]] || fail "render -o /dev/full: exit $rc, expected 2"
  [[ -c /dev/full ]] || fail "/dev/full is no longer a device"
fi
"$bin" validate "$model" >&- 2>/dev/null
rc=$?
[[ $rc == 2 ]] || fail "validate with standard output closed: exit $rc, expected 2"

mkfifo "$tmp/fifo"
cat "$tmp/fifo" >"$tmp/from-fifo" &
reader=$!
"$bin" schema -o "$tmp/fifo" || fail "schema -o FIFO: exit $?"
wait "$reader"
[[ -p "$tmp/fifo" ]] || fail "-o FIFO replaced the FIFO"
"$bin" schema >"$tmp/schema"
cmp -s "$tmp/schema" "$tmp/from-fifo" || fail "-o FIFO: the reader did not get the schema"

touch "$tmp/out.dot"
chmod 600 "$tmp/out.dot"
"$bin" render chain "$model" -o "$tmp/out.dot" || fail "render -o out.dot: exit $?"
[[ $(stat -c %a "$tmp/out.dot") == 600 ]] || fail "-o over an existing file changed its mode to $(stat -c %a "$tmp/out.dot")"
[[ -s "$tmp/out.dot" ]] || fail "-o out.dot: empty"
exit $status
