#!/usr/bin/python3
"""The PyTorch peer of `attn bench attention --peer torch`.

Times scaled dot-product attention written as the textbook composition, the way a
PyTorch user writes it without a fused kernel:
    scores = q @ k^T * scale; scores.masked_fill_(mask, -inf)
    weights = softmax(scores, -1); out = weights @ v
on random q, k, v (B, H, T, D), with --backward also out.backward(dO) through
torch autograd for a random dO. The mask (causal, or a sliding window of width W,
which implies causal) is built once, outside the timed calls. Prints readable lines,
then one JSON object as its last line: {"median_ms": ..., ...}, the median of
--repeat calls after one warm-up call.
"""
import argparse
import json
import math
import time

import torch


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--batch", type=int, required=True)
    p.add_argument("--heads", type=int, required=True)
    p.add_argument("--len", type=int, required=True)
    p.add_argument("--head-dim", type=int, required=True)
    p.add_argument("--causal", action="store_true")
    p.add_argument("--window", type=int, default=0)
    p.add_argument("--backward", action="store_true")
    p.add_argument("--threads", type=int, required=True)
    p.add_argument("--repeat", type=int, default=5)
    return p.parse_args()


def masked_pairs(t, causal, window):
    """(T, T) bool, True where query i may not see key j; None when nothing is masked."""
    if not causal and window == 0:
        return None
    i = torch.arange(t).unsqueeze(1)
    j = torch.arange(t).unsqueeze(0)
    masked = j > i
    if window > 0:
        masked |= j <= i - window
    return masked


def main():
    a = parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(1)
    shape = (a.batch, a.heads, a.len, a.head_dim)
    q, k, v = (torch.randn(shape, requires_grad=a.backward) for _ in range(3))
    d_out = torch.randn(shape)
    mask = masked_pairs(a.len, a.causal, a.window)
    scale = 1.0 / math.sqrt(a.head_dim)

    def call():
        with torch.set_grad_enabled(a.backward):
            scores = torch.matmul(q, k.transpose(-2, -1)) * scale
            if mask is not None:
                scores.masked_fill_(mask, float("-inf"))
            out = torch.matmul(torch.softmax(scores, dim=-1), v)
        if a.backward:
            for x in (q, k, v):
                x.grad = None
            out.backward(d_out)

    call()
    seconds = []
    for _ in range(max(a.repeat, 1)):
        start = time.perf_counter()
        call()
        seconds.append(time.perf_counter() - start)
    seconds.sort()
    n = len(seconds)
    median = seconds[n // 2] if n % 2 else 0.5 * (seconds[n // 2 - 1] + seconds[n // 2])
    print(f"torch {torch.__version__} composition {shape}: {median * 1e3:.3f} ms "
          f"(median of {n}, {torch.get_num_threads()} threads)")
    print(json.dumps({"median_ms": median * 1e3, "torch": torch.__version__,
                      "threads": torch.get_num_threads(), "repeat": n}))


if __name__ == "__main__":
    main()
