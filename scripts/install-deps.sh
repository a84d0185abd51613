#!/usr/bin/env bash
# Installs what chainmap needs to build and test on Debian 12, with apt.
# Idempotent and silent when everything is already there. Runs apt as root,
# or through sudo when not root. Usage: scripts/install-deps.sh [--dev]
#   --dev   also the tools used by fuzzing and benchmarks (clang, hyperfine)
set -euo pipefail

packages=(
  g++ cmake make pkg-config
  libcli11-dev libyaml-cpp-dev libgraphviz-dev zlib1g-dev libfmt-dev doctest-dev
  nlohmann-json3-dev       # JSON: reading baselines, writing reports, the language server
  fonts-dejavu-core        # text in PNG/PDF renders
  python3 python3-jsonschema python3-yaml   # schema checks of SARIF and model files in tests
  python3-html5lib         # the HTML report parses as HTML5 (tests/report/html_check.py)
  chromium poppler-utils   # the HTML report printed and shot in a browser (tests/report/browser_check.py)
  mandoc                   # man page lint test
  zsh                      # syntax check of the zsh completion in tests
  dpkg-dev                 # dpkg-shlibdeps for `make package` (cpack -G DEB)
  libxml2-utils            # xmllint: well-formedness of SVG and JUnit output in tests
  neovim                   # a real LSP client for the language server test (nvim --headless)
  clang-format             # the format check in the tests (scripts/check-format.sh)
)
if [[ "${1:-}" == "--dev" ]]; then
  packages+=(clang libclang-rt-14-dev hyperfine valgrind)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
  apt=(apt-get)
elif command -v sudo >/dev/null 2>&1; then
  apt=(sudo -n apt-get)
else
  echo "install-deps: missing packages (${missing[*]}) and neither root nor sudo available" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${missing[*]}" >&2
# A fresh machine may have empty package lists: update once and retry.
if ! "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
  "${apt[@]}" update -qq >/dev/null
  "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
