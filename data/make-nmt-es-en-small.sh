#!/usr/bin/env bash
# Rebuilds data/nmt-es-en-small/, the bundled default corpus for translation: 4000
# training, 300 validation and 300 test verse pairs, Spanish (Reina-Valera 1909) and
# English (King James Version), public domain, from Debian's SWORD modules
# (sword-text-sparv, sword-text-kjv; scripts/install-deps.sh installs them).
#
# The pairs are a deterministic sample of the full corpus's splits (`attn data bible
# --out DIR` without --max-*), spread over all 66 books: the small training set is
# part of the full training set, the small test set part of the full test set.
# Regenerating gives the same bytes (manifest.json has their sha256 sums).
#
# Usage: data/make-nmt-es-en-small.sh [path/to/attn]   (default: build/attn)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
attn=${1:-$here/../build/attn}
out=$here/nmt-es-en-small
"$attn" data bible --out "$out" --max-train 4000 --max-valid 300 --max-test 300
echo "wrote $out: $(du -sb "$out" | cut -f1) bytes"
