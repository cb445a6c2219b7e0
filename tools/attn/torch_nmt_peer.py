#!/usr/bin/python3
"""The PyTorch peer of `attn bench nmt --peer torch`.

Times one training step of the Bahdanau GRU encoder-decoder that attn's
models::Seq2Seq builds by default (bidirectional one-layer GRU encoder, one GRUCell
decoder, additive attention, no dropout, untied embeddings), written in plain
PyTorch the way a PyTorch user writes it, in the same order of operations:
    x = source_embedding(source^T)                          (S, B, E)
    output, h_n = encoder(x)                                nn.GRU, bidirectional
    states = output^T                                       (B, S, 2H)
    s = tanh(bridge([h_n fwd; h_n bwd]))                    (B, H)
    keys = U states                                         (B, S, A), no bias
    emb = target_embedding(target_in)                       (B, T, E), one lookup
    per step t:
        e = v^T tanh(keys + W s)                            scored with s_{t-1}
        a = softmax(e masked on padding)                    (B, S)
        c = a @ states                                      (B, 2H)
        s = GRUCell([emb_t; c], s)
        o_t = tanh(readout([s; c]))                         (B, H)
    logits = generator([o_1 .. o_T])                        (B, T, Vt)
    loss = cross_entropy(logits, target_out, ignore_index=0)
Every source sentence is S long (the padding mask is all false, applied anyway as
attn applies it), so nn.GRU needs no packing. Initialisation as attn's: the layers'
PyTorch defaults, the embeddings from U(-0.1, 0.1), v from U(-1/sqrt(A), 1/sqrt(A)).
A step: zero_grad (set_to_none), loss, backward, clip_grad_norm_(1.0), Adam step
(torch.optim.Adam, lr 1e-3, betas (0.9, 0.999), as `attn nmt train`).

Random ids in [4, V) (no padding, no special ids). One untimed warm-up step, then
the median of --repeat steps and of each phase (forward = the loss, backward,
optimiser = zero_grad + clip + step). Prints a readable line, then one JSON object
as its last line: {"median_ms": ..., ...}.
"""
import argparse
import json
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

from torch_training_step import time_training_steps


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--batch", type=int, required=True)
    p.add_argument("--src-len", type=int, required=True)
    p.add_argument("--tgt-len", type=int, required=True)
    p.add_argument("--vocab", type=int, required=True)
    p.add_argument("--embed", type=int, required=True)
    p.add_argument("--hidden", type=int, required=True)
    p.add_argument("--threads", type=int, required=True)
    p.add_argument("--repeat", type=int, default=5)
    return p.parse_args()


class BahdanauSeq2Seq(nn.Module):
    def __init__(self, vocab, e, h):
        super().__init__()
        ch, a = 2 * h, h  # encoder width 2H; attention width A = H (attn's default)
        self.source_embedding = nn.Embedding(vocab, e)
        self.target_embedding = nn.Embedding(vocab, e)
        self.encoder = nn.GRU(e, h, bidirectional=True)
        self.bridge = nn.Linear(ch, h)
        self.W = nn.Linear(h, a, bias=False)
        self.U = nn.Linear(ch, a, bias=False)
        self.v = nn.Parameter(torch.empty(a))
        self.decoder = nn.GRUCell(e + ch, h)
        self.readout = nn.Linear(h + ch, h)
        self.generator = nn.Linear(h, vocab)
        bound = 1.0 / math.sqrt(a)
        nn.init.uniform_(self.v, -bound, bound)
        nn.init.uniform_(self.source_embedding.weight, -0.1, 0.1)
        nn.init.uniform_(self.target_embedding.weight, -0.1, 0.1)

    def loss(self, source, target_in, target_out, padding):
        # source (B, S), target_in / target_out (B, T), padding (B, S) bool -> ()
        x = self.source_embedding(source.t().contiguous())  # (S, B, E)
        output, h_n = self.encoder(x)  # (S, B, 2H), (2, B, H)
        states = output.transpose(0, 1).contiguous()  # (B, S, 2H)
        s = torch.tanh(self.bridge(torch.cat([h_n[0], h_n[1]], dim=-1)))  # (B, H)
        keys = self.U(states)  # (B, S, A)
        embedded = self.target_embedding(target_in)  # (B, T, E)
        outputs = []
        for t in range(target_in.size(1)):
            hidden = torch.tanh(keys + self.W(s).unsqueeze(1))  # (B, S, A)
            scores = F.linear(hidden, self.v.view(1, -1)).squeeze(-1)  # (B, S)
            weights = torch.softmax(scores.masked_fill(padding, float("-inf")), dim=-1)
            context = torch.bmm(weights.unsqueeze(1), states).squeeze(1)  # (B, 2H)
            s = self.decoder(torch.cat([embedded[:, t], context], dim=-1), s)
            outputs.append(torch.tanh(self.readout(torch.cat([s, context], dim=-1))).unsqueeze(1))
        logits = self.generator(torch.cat(outputs, dim=1))  # (B, T, V)
        return F.cross_entropy(logits.view(-1, logits.size(-1)), target_out.reshape(-1), ignore_index=0)


def main():
    a = parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(1)
    model = BahdanauSeq2Seq(a.vocab, a.embed, a.hidden)
    model.train()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, betas=(0.9, 0.999), eps=1e-8)
    source = torch.randint(4, a.vocab, (a.batch, a.src_len))
    target_in = torch.randint(4, a.vocab, (a.batch, a.tgt_len))
    target_out = torch.randint(4, a.vocab, (a.batch, a.tgt_len))
    padding = torch.zeros(a.batch, a.src_len, dtype=torch.bool)

    r = time_training_steps(model, optimizer, lambda: model.loss(source, target_in, target_out, padding), a.repeat)
    step_ms, n_params = r["step_ms"], r["parameters"]
    forward, backward, optimiser = r["forward_ms"] / 1e3, r["backward_ms"] / 1e3, r["optimizer_ms"] / 1e3
    tokens_per_s = a.batch * a.tgt_len / (step_ms * 1e-3)
    print(f"torch {torch.__version__} Bahdanau GRU ({n_params / 1e6:.2f}M parameters), (B, S, T) = "
          f"({a.batch}, {a.src_len}, {a.tgt_len}): {step_ms:.3f} ms per step, {tokens_per_s:.0f} target tokens/s "
          f"(median of {r['repeat']}, {torch.get_num_threads()} threads): forward {forward * 1e3:.3f}, "
          f"backward {backward * 1e3:.3f}, optimiser {optimiser * 1e3:.3f} ms")
    print(json.dumps({"median_ms": step_ms, "forward_ms": forward * 1e3, "backward_ms": backward * 1e3,
                      "optimizer_ms": optimiser * 1e3, "tokens_per_s": tokens_per_s, "parameters": n_params,
                      "first_loss": r["first_loss"], "peak_mib": r["peak_mib"], "torch": torch.__version__,
                      "threads": torch.get_num_threads(), "repeat": r["repeat"]}))


if __name__ == "__main__":
    main()
