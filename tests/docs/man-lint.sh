#!/usr/bin/env bash
# Every man page is lint-clean under mandoc at warning level.
# Usage: man-lint.sh SOURCE_DIR
set -euo pipefail
cd "$1/man"
mandoc -Tlint -W warning ./*.1 ./*.5
