#!/usr/bin/env bash
# The command line is one program built on the library's public interface (docs/api.md): every
# header a file of src/cli/ includes is a public one (include/chainmap/, or the generated
# chainmap/version.h), one of src/cli/ itself, or a system or third-party header. A private
# header of src/ (analyze/, report/, util/, rules/ ...) fails, however it is spelt.
# Usage: cli_includes.sh SOURCE_DIR
set -euo pipefail
src=${1:?source dir}
cd "$src"
status=0
while IFS=: read -r file line text; do
  [[ $text =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*[\"\<]([^\"\>]+)[\"\>] ]] || continue
  path=${BASH_REMATCH[1]}
  quoted=false
  [[ $text =~ \#[[:space:]]*include[[:space:]]*\" ]] && quoted=true
  case $path in
    chainmap/version.h) continue ;;
    chainmap/*) [[ -f include/$path ]] && continue ;;
    cli/*) [[ -f src/$path ]] && continue ;;
    *) [[ $quoted == false && ! -e src/$path ]] && continue ;;
  esac
  echo "$file:$line: includes '$path', which is neither a public header (include/chainmap/)" \
    "nor one of src/cli/: declare what the command line needs in include/chainmap/" >&2
  status=1
done < <(grep -Hn '#[[:space:]]*include' src/cli/*.cc src/cli/*.h)
exit $status
