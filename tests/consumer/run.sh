#!/usr/bin/env bash
# Installs the attn build in $1 into a scratch prefix, then configures, builds and
# runs tests/consumer against it through find_package(attn).
set -euo pipefail
build=$1
work=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
cmake -S "$here" -B "$work/build" -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/build" -j2 >/dev/null
LD_LIBRARY_PATH="$work/prefix/lib" "$work/build/consumer"
"$work/build/consumer_static"
