#!/usr/bin/env python3
"""Does the gap between two translation systems grow with source length?

Reads the test split and the translations an `attn nmt experiment` wrote, groups the
test verses by source length in words (the experiment's whitespace count), scores each
group with `attn bleu` (corpus BLEU, 13a tokens), and runs a bootstrap: the verses of
the shortest and the longest group are resampled with replacement, together for both
systems, and the difference gap(long) - gap(short) is recomputed each time.

  /usr/bin/python3 tools/nmt_gap_bootstrap.py --attn build/attn \
      --data build/data/nmt-es-en --experiment build/nmt-es-en-7k-experiment \
      --base none --attention bahdanau
"""
import argparse
import os
import random
import re
import statistics
import subprocess
import tempfile

GROUPS = [("1-20", 1, 20), ("21-30", 21, 30), ("31-50", 31, 50)]


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--attn", required=True)
    ap.add_argument("--data", required=True, help="directory with test.es and test.en")
    ap.add_argument("--experiment", required=True, help="the experiment's out directory")
    ap.add_argument("--base", default="none")
    ap.add_argument("--attention", default="bahdanau")
    ap.add_argument("--resamples", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()

    src = read_lines(os.path.join(a.data, "test.es"))
    ref = read_lines(os.path.join(a.data, "test.en"))
    n = len(ref) - (ref[-1] == "")
    hyp = {m: read_lines(os.path.join(a.experiment, "translations", m + ".txt")) for m in (a.base, a.attention)}
    for m, lines in hyp.items():
        if len(lines) - (lines[-1] == "") != n:
            raise SystemExit(f"{m}.txt: {len(lines)} lines, expected {n} (one a test verse)")
    words = [len(src[i].split()) for i in range(n)]
    groups = {label: [i for i in range(n) if lo <= words[i] <= hi] for label, lo, hi in GROUPS}

    with tempfile.TemporaryDirectory() as tmp:
        ref_path, hyp_path = os.path.join(tmp, "ref.txt"), os.path.join(tmp, "hyp.txt")

        def bleu(idx, system):
            with open(ref_path, "w", encoding="utf-8") as f:
                f.write("".join(ref[i] + "\n" for i in idx))
            with open(hyp_path, "w", encoding="utf-8") as f:
                f.write("".join(hyp[system][i] + "\n" for i in idx))
            out = subprocess.run([a.attn, "bleu", "--ref", ref_path, "--hyp", hyp_path], capture_output=True,
                                 text=True, check=True).stdout
            return float(re.search(r"BLEU = ([0-9.]+)", out).group(1))

        def gap(idx):
            return bleu(idx, a.attention) - bleu(idx, a.base)

        print(f"| source words | verses | {a.base} | {a.attention} | gap |")
        print("|---|---|---|---|---|")
        for label, _, _ in GROUPS:
            idx = groups[label]
            b, t = bleu(idx, a.base), bleu(idx, a.attention)
            print(f"| {label} | {len(idx)} | {b:.2f} | {t:.2f} | {t - b:.2f} |")

        rng = random.Random(a.seed)
        short, long_ = groups[GROUPS[0][0]], groups[GROUPS[-1][0]]
        diffs = sorted(gap([rng.choice(long_) for _ in long_]) - gap([rng.choice(short) for _ in short])
                       for _ in range(a.resamples))
        lo, hi = diffs[int(0.025 * len(diffs))], diffs[int(0.975 * len(diffs)) - 1]
        share = sum(d > 0 for d in diffs) / len(diffs)
        print(f"gap({GROUPS[-1][0]}) - gap({GROUPS[0][0]}) over {a.resamples} resamples: median "
              f"{statistics.median(diffs):.2f}, 95 % interval [{lo:.2f}, {hi:.2f}], above 0 in {100 * share:.1f} %")


if __name__ == "__main__":
    main()
