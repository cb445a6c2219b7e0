#!/usr/bin/python3
"""The PyTorch peer of `attn bench gpt --peer torch`.

Times one training step of GPT-2 written in plain PyTorch, the way a PyTorch user
writes it without fused kernels (torch 1.13 has no scaled_dot_product_attention):
    x = wte[ids] + wpe[positions]; dropout
    per block (pre-LayerNorm, residual):
        x = x + dropout(c_proj(attention(c_attn(ln_1(x)))))
        x = x + dropout(mlp_proj(gelu_tanh(c_fc(ln_2(x)))))
    logits = ln_f(x) @ wte^T              (the head tied to wte)
with attention as the textbook composition: scores = q @ k^T / sqrt(D), the future
masked to -inf, softmax, dropout, @ v. GPT-2's initialisation (N(0, 0.02^2), the
residual projections N(0, (0.02 / sqrt(2L))^2), biases 0). A step is the one that
`attn bench gpt` times:
    zero_grad (set_to_none), loss = cross_entropy(logits, targets), loss.backward(),
    clip_grad_norm_(1.0), AdamW step
with torch.optim.AdamW over two parameter groups, weight decay 0.1 on the >= 2-D
parameters and 0 on the others (lr 3e-4, betas (0.9, 0.95), eps 1e-8).

Random ids and targets (B, T). One untimed warm-up step, then the median of --repeat
steps; also the median of each phase (forward = the loss, backward, optimiser =
zero_grad + clip + step). Prints readable lines, then one JSON object as its last
line: {"median_ms": ..., ...}.
"""
import argparse
import json
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

from torch_training_step import time_training_steps

# GPTConfig::named's presets: (L, H, C, T_max); V = 50257 for all.
CONFIGS = {
    "gpt2": (12, 12, 768, 1024),
    "gpt2-medium": (24, 16, 1024, 1024),
    "gpt2-large": (36, 20, 1280, 1024),
    "gpt2-xl": (48, 25, 1600, 1024),
    "small": (6, 6, 384, 256),
    "tiny": (2, 2, 64, 64),
}
VOCAB = 50257


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--config", required=True, choices=sorted(CONFIGS))
    p.add_argument("--batch", type=int, required=True)
    p.add_argument("--len", type=int, required=True)
    p.add_argument("--dropout", type=float, default=0.0)
    p.add_argument("--threads", type=int, required=True)
    p.add_argument("--repeat", type=int, default=5)
    return p.parse_args()


class Attention(nn.Module):
    def __init__(self, c, h, dropout):
        super().__init__()
        self.heads = h
        self.c_attn = nn.Linear(c, 3 * c)  # (3C, C): queries, keys, values side by side
        self.c_proj = nn.Linear(c, c)
        self.attn_dropout = nn.Dropout(dropout)

    def forward(self, x, masked):  # x (B, T, C); masked (T, T) bool, True above the diagonal
        b, t, c = x.shape
        q, k, v = self.c_attn(x).split(c, dim=2)
        q, k, v = (z.view(b, t, self.heads, c // self.heads).transpose(1, 2) for z in (q, k, v))  # (B, H, T, D)
        scores = torch.matmul(q, k.transpose(-2, -1)) * (1.0 / math.sqrt(q.size(-1)))
        scores = scores.masked_fill(masked, float("-inf"))
        weights = self.attn_dropout(torch.softmax(scores, dim=-1))
        y = torch.matmul(weights, v).transpose(1, 2).contiguous().view(b, t, c)
        return self.c_proj(y)


class Block(nn.Module):
    def __init__(self, c, h, dropout):
        super().__init__()
        self.ln_1 = nn.LayerNorm(c)
        self.attn = Attention(c, h, dropout)
        self.ln_2 = nn.LayerNorm(c)
        self.c_fc = nn.Linear(c, 4 * c)
        self.mlp_proj = nn.Linear(4 * c, c)
        self.resid_dropout = nn.Dropout(dropout)

    def forward(self, x, masked):
        x = x + self.resid_dropout(self.attn(self.ln_1(x), masked))
        return x + self.resid_dropout(self.mlp_proj(F.gelu(self.c_fc(self.ln_2(x)), approximate="tanh")))


class GPT(nn.Module):
    def __init__(self, layers, heads, width, context, dropout):
        super().__init__()
        self.wte = nn.Embedding(VOCAB, width)
        self.wpe = nn.Embedding(context, width)
        self.drop = nn.Dropout(dropout)
        self.h = nn.ModuleList(Block(width, heads, dropout) for _ in range(layers))
        self.ln_f = nn.LayerNorm(width)
        residual_std = 0.02 / math.sqrt(2 * layers)
        for name, p in self.named_parameters():
            if name.endswith("bias"):
                nn.init.zeros_(p)
            elif p.dim() >= 2:
                std = residual_std if name.endswith("c_proj.weight") or name.endswith("mlp_proj.weight") else 0.02
                nn.init.normal_(p, 0.0, std)

    def loss(self, ids, targets):  # ids, targets (B, T) -> ()
        t = ids.size(1)
        masked = torch.ones(t, t, dtype=torch.bool).triu(1)
        x = self.drop(self.wte(ids) + self.wpe(torch.arange(t)))
        for block in self.h:
            x = block(x, masked)
        logits = torch.matmul(self.ln_f(x), self.wte.weight.t())  # (B, T, V), the tied head
        return F.cross_entropy(logits.view(-1, logits.size(-1)), targets.view(-1))


def main():
    a = parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(1)
    layers, heads, width, context = CONFIGS[a.config]
    if a.len > context:
        raise SystemExit(f"--len {a.len} exceeds the context length {context} of {a.config}")
    model = GPT(layers, heads, width, context, a.dropout)
    model.train()
    decay = [p for p in model.parameters() if p.dim() >= 2]
    no_decay = [p for p in model.parameters() if p.dim() < 2]
    optimizer = torch.optim.AdamW([{"params": decay, "weight_decay": 0.1},
                                   {"params": no_decay, "weight_decay": 0.0}],
                                  lr=3e-4, betas=(0.9, 0.95), eps=1e-8)
    ids = torch.randint(0, VOCAB, (a.batch, a.len))
    targets = torch.randint(0, VOCAB, (a.batch, a.len))

    r = time_training_steps(model, optimizer, lambda: model.loss(ids, targets), a.repeat)
    step_ms, n_params = r["step_ms"], r["parameters"]
    forward, backward, optimiser = r["forward_ms"] / 1e3, r["backward_ms"] / 1e3, r["optimizer_ms"] / 1e3
    print(f"torch {torch.__version__} GPT {a.config} ({n_params / 1e6:.1f}M parameters), (B, T) = "
          f"({a.batch}, {a.len}): {step_ms:.3f} ms per step (median of {r['repeat']}, "
          f"{torch.get_num_threads()} threads): forward {forward * 1e3:.3f}, backward {backward * 1e3:.3f}, "
          f"optimiser {optimiser * 1e3:.3f} ms")
    print(json.dumps({"median_ms": step_ms, "forward_ms": forward * 1e3, "backward_ms": backward * 1e3,
                      "optimizer_ms": optimiser * 1e3, "parameters": n_params, "peak_mib": r["peak_mib"],
                      "torch": torch.__version__, "threads": torch.get_num_threads(), "repeat": r["repeat"]}))


if __name__ == "__main__":
    main()
