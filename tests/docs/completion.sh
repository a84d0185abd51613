#!/usr/bin/env bash
# The bash completion script completes commands, rule ids and views from the real binary;
# the zsh script at least parses (when zsh is installed).
# Usage: completion.sh CHAINMAP SOURCE_DIR
set -euo pipefail
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ln -s "$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")" "$tmp/chainmap"
export PATH=$tmp:$PATH
# shellcheck source=/dev/null
source "$src/completions/chainmap.bash"

complete_words() {  # complete_words WORD... : completions of the last word
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMPREPLY=()
  _chainmap
  printf '%s\n' "${COMPREPLY[@]}"
}
expect() {  # expect WANTED WORD...
  local want=$1; shift
  local got
  got=$(complete_words "$@")  # not piped into grep -q: an early exit would SIGPIPE the writer
  if ! grep -qx -- "$want" <<<"$got"; then
    echo "completion of '$*' lacks '$want'; got:" >&2
    complete_words "$@" >&2
    exit 1
  fi
}
expect explain chainmap ex
expect validate chainmap val
expect handover/undeclared chainmap explain handover/un
expect coverage/shift-gap= chainmap validate --rule coverage/sh
expect blueprint chainmap render blu
expect sarif chainmap validate --format sa
expect gitlab chainmap validate --format gi
expect gitlab= chainmap validate --output-format gi
expect html chainmap validate --format ht
expect html= chainmap validate --output-format ht
expect --baseline chainmap validate --base
expect --journey chainmap render journey --jour
expect lsp chainmap ls
expect --throttle chainmap lsp --thr
expect touchpoints chainmap matrix --of tou
# impact references of the model in the current folder; bash splits words at ':'.
(
  cd "$src/examples/online-retailer"
  expect persona:gift-buyer chainmap impact pers
  expect warehouse.picker chainmap impact warehouse.p
  if [[ $COMP_WORDBREAKS == *:* ]]; then
    expect tracking-page chainmap impact touchpoint:tr
  else
    expect touchpoint:tracking-page chainmap impact touchpoint:tr
  fi
)
if command -v zsh >/dev/null; then zsh -n "$src/completions/_chainmap"; fi
echo ok
