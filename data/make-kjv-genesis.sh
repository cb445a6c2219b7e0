#!/usr/bin/env bash
# Rebuilds data/kjv-genesis.txt, the bundled default corpus of `make demo`: the
# King James Version of Genesis 1-11 (public domain), one verse a line, from
# Debian's bible-kjv package (`apt-get install bible-kjv`).
set -euo pipefail
out=$(dirname "$0")/kjv-genesis.txt
bible -l10000 "Gen1:1-11:32" | sed -nE 's/^ *[0-9]+ (.*)$/\1/p' > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out: $(wc -l < "$out") verses, $(wc -c < "$out") bytes"
