#!/usr/bin/env bash
# Installs every Debian 12 package that attn builds, tests or runs with. Does
# nothing when all are present; otherwise runs apt-get update and install (as root,
# or through sudo).
set -euo pipefail

packages=(
  g++ cmake make pkg-config
  libopenblas-openmp-dev libopenblas0-openmp   # BLAS sharing attn's OpenMP threads
  libhwy-dev                                   # portable SIMD with run-time dispatch
  libcli11-dev nlohmann-json3-dev              # command line, JSON
  libgtest-dev libbenchmark-dev                # tests, benchmarks
  python3-torch python3-numpy                  # the oracle the tests compare with
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
