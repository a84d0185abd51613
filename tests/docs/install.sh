#!/usr/bin/env bash
# `cmake --install` into a DESTDIR puts everything in place, and the installed binary runs.
# Usage: install.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 src=$2
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
DESTDIR=$dest cmake --install "$build" --prefix /usr >/dev/null
root=$dest/usr
for f in bin/chainmap share/man/man1/chainmap.1 share/man/man1/chainmap-validate.1 \
         share/man/man5/chainmap.5 share/chainmap/schemas/chainmap.schema.json \
         share/bash-completion/completions/chainmap share/zsh/vendor-completions/_chainmap \
         share/doc/chainmap/README.md; do
  [[ -e $root/$f ]] || { echo "install: missing $f" >&2; exit 1; }
done
version=$("$root/bin/chainmap" --version)
[[ $version == "chainmap "[0-9]* ]] || { echo "install: unexpected --version: $version" >&2; exit 1; }
cmp "$root/share/chainmap/schemas/chainmap.schema.json" "$src/schemas/chainmap.schema.json"
# An installed example validates with the installed binary.
for ex in "$root"/share/doc/chainmap/examples/*/chainmap.yaml; do
  case $ex in */flawed/*) continue ;; esac
  "$root/bin/chainmap" validate "$ex" >/dev/null
done
echo "installed and ran: $root/bin/chainmap"
