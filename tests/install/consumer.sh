#!/usr/bin/env bash
# The installed library is usable on its own (issue 14): `cmake --install` into a temporary
# prefix; every installed public header compiles alone (so none includes a private src/
# header); tests/install/consumer/ builds against the package with find_package(chainmap) and
# again with pkg-config, and on each example prints the same summary line and chain view as the
# installed `chainmap` binary.
# Usage: consumer.sh BUILD_DIR SOURCE_DIR CXX_COMPILER
set -euo pipefail
build=$1 src=$2 cxx=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null
libdir=$(dirname "$(find "$prefix" -name chainmap.pc -path '*/pkgconfig/*')")
fail() { echo "consumer: $*" >&2; exit 1; }

# Each public header on its own, with nothing but the installed include folder.
for h in "$prefix"/include/chainmap/*.h; do
  echo "#include <chainmap/$(basename "$h")>" |
    "$cxx" -std=c++20 -fsyntax-only -I"$prefix/include" -x c++ - || fail "$h does not compile alone"
done
[[ -e $prefix/include/chainmap/version.h ]] || fail "chainmap/version.h is not installed"

# find_package(chainmap): a CMake project that knows nothing of chainmap's sources.
cmake -S "$src/tests/install/consumer" -B "$work/cmake" -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$work/cmake" >/dev/null

# pkg-config: one compiler line.
export PKG_CONFIG_PATH=$libdir
pkg-config --exists --print-errors chainmap
# shellcheck disable=SC2046  # word splitting of pkg-config's flags is wanted
"$cxx" -std=c++20 -o "$work/consumer-pc" "$src/tests/install/consumer/main.cc" \
  $(pkg-config --cflags --libs chainmap)

# Both programs against the installed binary, on a clean model and on one with findings.
export CHAINMAP_TODAY=2026-01-15
for model in online-retailer flawed; do
  dir=$src/examples/$model
  expected_summary=$(cd "$work" && "$prefix/bin/chainmap" validate "$dir" | tail -n 1) || true
  expected_dot=$(cd "$work" && "$prefix/bin/chainmap" render chain "$dir" --findings --format dot)
  for consumer in "$work/cmake/consumer" "$work/consumer-pc"; do
    out=$(cd "$work" && "$consumer" "$dir" "$CHAINMAP_TODAY") || fail "$consumer failed on $model"
    count=$(sed -n 1p <<<"$out")
    [[ $count =~ ^[0-9]+\ findings$ ]] || fail "$consumer on $model: first line '$count'"
    [[ $(sed -n 2p <<<"$out") == "$expected_summary" ]] ||
      fail "$consumer on $model: summary '$(sed -n 2p <<<"$out")', chainmap says '$expected_summary'"
    [[ $(sed -n '3,$p' <<<"$out") == "$expected_dot" ]] ||
      fail "$consumer on $model: the chain view differs from 'chainmap render chain --findings'"
    echo "$model: $count; $expected_summary ($(basename "$consumer"))"
  done
done
