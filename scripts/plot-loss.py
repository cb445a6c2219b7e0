#!/usr/bin/python3
"""Draws the loss curve of a training run: log.csv (written by `attn gpt train`) -> PNG.

    /usr/bin/python3 scripts/plot-loss.py build/gpt-kjv-small/log.csv docs/images/gpt-kjv-small-loss.png

Needs Debian's python3-matplotlib (for the docs only; no test uses it).
"""
import csv
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: plot-loss.py LOG_CSV OUT_PNG")
    steps, train, valid_steps, valid = [], [], [], []
    with open(sys.argv[1], newline="") as f:
        for row in csv.DictReader(f):
            steps.append(int(row["step"]))
            train.append(float(row["train_loss"]))
            if row["valid_loss"]:
                valid_steps.append(int(row["step"]))
                valid.append(float(row["valid_loss"]))
    fig, ax = plt.subplots(figsize=(7, 4), dpi=110)
    ax.plot(steps, train, label="training loss (one batch)", linewidth=1)
    ax.plot(valid_steps, valid, "o-", label="held-out loss", markersize=3)
    ax.set_xlabel("step")
    ax.set_ylabel("cross-entropy (nats per token)")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(sys.argv[2])


if __name__ == "__main__":
    main()
