"""GPT-2 in plain PyTorch: the oracle of tests/oracle/test_gpt_oracle.cpp.

Usage: /usr/bin/python3 torch_gpt2.py JOBS.safetensors OUT.safetensors

JOBS holds the integer inputs of each job, "<id>.<name>" (ids, targets, prompt, all
int64), and in its __metadata__["jobs"] a JSON list of jobs, each one of
  {"id", "kind": "attn_model", "dir", "greedy_steps"?, "train"?}
      the model directory attn wrote (config.json + model.safetensors): the logits of
      "<id>.ids" (B, T) -> "<id>.logits" (B, T, V); the mean next-token cross-entropy
      against "<id>.targets" -> "<id>.loss" and its gradient w.r.t. every parameter,
      "<id>.grad.<name>" (Hugging Face names and layout, Conv1D weights in × out);
      the greedy continuation of "<id>.prompt" (1, P) by greedy_steps tokens, full
      forward pass and argmax at each step -> "<id>.greedy.ids" (1, P + steps) and the
      gap between the two best logits at each step, "<id>.greedy.margins" (steps);
      with "train" {steps, lr, beta1, beta2, eps, weight_decay, max_norm}: that many
      torch.optim.AdamW steps on (ids, targets), gradients clipped to max_norm ->
      "<id>.train.losses" and "<id>.train.grad_norms" (steps), each before its update.
  {"id", "kind": "torch_model", "dir", "seed", "config", "llmc"}
      a model with torch's own random weights (seeded), written to <dir>/hf in the
      Hugging Face layout and, with "llmc", as llm.c checkpoints <dir>/gpt2_f32.bin
      (version 3) and <dir>/gpt2_bf16.bin (version 5) -> "<id>.logits" of "<id>.ids",
      and with "llmc" "<id>.logits_bf16", the logits of the weights rounded to bf16.
Every computation runs in float64 from the stored float32 (or bf16) values, so torch
stands for the exact answer and the difference measured is attn's own rounding.
OUT's __metadata__["errors"] maps the id of each job that failed to its error.

The model is written the textbook way, independently of attn's code: GPT-2's
pre-LayerNorm blocks, Conv1D projections (y = x · W + b with W in × out, as GPT-2's
original checkpoints store them), softmax attention with the future masked, the tanh
GELU, the output head tied to wte unless the config unties it.
"""
import copy
import json
import math
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from torch_oracle import read_safetensors, write_safetensors  # noqa: E402

LLMC_MAGIC = 20240326
CONV1D_SUFFIXES = ("attn.c_attn.weight", "attn.c_proj.weight", "mlp.c_fc.weight", "mlp.c_proj.weight")


# --- The model ------------------------------------------------------------------------

class Config:
    def __init__(self, vocab_size, n_positions, n_embd, n_layer, n_head, layer_norm_epsilon=1e-5,
                 tie_word_embeddings=True, qkv_bias=True):
        self.vocab_size = vocab_size    # V
        self.n_positions = n_positions  # T_max
        self.n_embd = n_embd            # C
        self.n_layer = n_layer          # L
        self.n_head = n_head            # H
        self.layer_norm_epsilon = layer_norm_epsilon
        self.tie_word_embeddings = tie_word_embeddings
        self.qkv_bias = qkv_bias

    @staticmethod
    def from_json(j):
        """GPT2Config's keys, as attn's write_gpt_config writes them."""
        if j.get("activation_function", "gelu_new") not in ("gelu_new", "gelu_pytorch_tanh"):
            raise ValueError(f"activation_function {j['activation_function']} is not GPT-2's tanh GELU")
        return Config(j["vocab_size"], j["n_positions"], j["n_embd"], j["n_layer"], j["n_head"],
                      j.get("layer_norm_epsilon", 1e-5), j.get("tie_word_embeddings", True),
                      j.get("attn_qkv_bias", True))

    def to_json(self):
        j = {"model_type": "gpt2", "architectures": ["GPT2LMHeadModel"], "vocab_size": self.vocab_size,
             "n_positions": self.n_positions, "n_ctx": self.n_positions, "n_embd": self.n_embd,
             "n_layer": self.n_layer, "n_head": self.n_head, "n_inner": None, "activation_function": "gelu_new",
             "layer_norm_epsilon": self.layer_norm_epsilon, "resid_pdrop": 0.0, "embd_pdrop": 0.0,
             "attn_pdrop": 0.0, "tie_word_embeddings": self.tie_word_embeddings}
        if not self.qkv_bias:
            j["attn_qkv_bias"] = False
        return j


class Conv1D(torch.nn.Module):
    """GPT-2's projection: y = x · weight + bias, weight (in, out)."""

    def __init__(self, n_in, n_out, bias=True):
        super().__init__()
        self.weight = torch.nn.Parameter(torch.empty(n_in, n_out))
        self.bias = torch.nn.Parameter(torch.zeros(n_out)) if bias else None

    def forward(self, x):
        y = torch.matmul(x, self.weight)
        return y if self.bias is None else y + self.bias


def gelu_tanh(x):
    """GELU's tanh approximation (GPT-2's "gelu_new")."""
    return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x ** 3)))


class Attention(torch.nn.Module):
    def __init__(self, config):
        super().__init__()
        self.n_head = config.n_head
        self.c_attn = Conv1D(config.n_embd, 3 * config.n_embd, bias=config.qkv_bias)
        self.c_proj = Conv1D(config.n_embd, config.n_embd)

    def forward(self, x):  # x (B, T, C) -> (B, T, C)
        b, t, c = x.shape
        d = c // self.n_head

        def heads(y):  # (B, T, C) -> (B, H, T, D)
            return y.reshape(b, t, self.n_head, d).transpose(1, 2)

        q, k, v = (heads(y) for y in self.c_attn(x).split(c, dim=2))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(d)  # (B, H, T, T)
        future = torch.ones(t, t, dtype=torch.bool).triu(1)
        weights = torch.softmax(scores.masked_fill(future, float("-inf")), dim=-1)
        return self.c_proj(torch.matmul(weights, v).transpose(1, 2).reshape(b, t, c))


class MLP(torch.nn.Module):
    def __init__(self, config):
        super().__init__()
        self.c_fc = Conv1D(config.n_embd, 4 * config.n_embd)
        self.c_proj = Conv1D(4 * config.n_embd, config.n_embd)

    def forward(self, x):
        return self.c_proj(gelu_tanh(self.c_fc(x)))


class Block(torch.nn.Module):
    def __init__(self, config):
        super().__init__()
        self.ln_1 = torch.nn.LayerNorm(config.n_embd, eps=config.layer_norm_epsilon)
        self.attn = Attention(config)
        self.ln_2 = torch.nn.LayerNorm(config.n_embd, eps=config.layer_norm_epsilon)
        self.mlp = MLP(config)

    def forward(self, x):
        x = x + self.attn(self.ln_1(x))
        return x + self.mlp(self.ln_2(x))


class GPT2(torch.nn.Module):
    """Parameters under GPT-2's names (wte, wpe, h.<l>.…, ln_f, lm_head when untied)."""

    def __init__(self, config):
        super().__init__()
        self.config = config
        self.wte = torch.nn.Embedding(config.vocab_size, config.n_embd)
        self.wpe = torch.nn.Embedding(config.n_positions, config.n_embd)
        self.h = torch.nn.ModuleList([Block(config) for _ in range(config.n_layer)])
        self.ln_f = torch.nn.LayerNorm(config.n_embd, eps=config.layer_norm_epsilon)
        if not config.tie_word_embeddings:
            self.lm_head = torch.nn.Linear(config.n_embd, config.vocab_size, bias=False)

    def head_weight(self):  # (V, C)
        return self.wte.weight if self.config.tie_word_embeddings else self.lm_head.weight

    def forward(self, ids):  # ids (B, T) -> logits (B, T, V)
        positions = torch.arange(ids.shape[1])
        x = self.wte(ids) + self.wpe(positions)
        for block in self.h:
            x = block(x)
        return torch.matmul(self.ln_f(x), self.head_weight().t())

    def loss(self, ids, targets):
        logits = self(ids)
        return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1))

    def init_random(self, seed):
        """Torch's own draw: weights N(0, 0.02²) (the residual projections scaled by
        1/sqrt(2L) as GPT-2 does), and, unlike GPT-2's init, biases N(0, 0.02²) and
        LayerNorm gains 1 + N(0, 0.1²), so that a loader that drops or swaps them shows."""
        gen = torch.Generator().manual_seed(seed)
        residual_std = 0.02 / math.sqrt(2 * self.config.n_layer)
        with torch.no_grad():
            for name, p in self.named_parameters():
                if name.endswith(("attn.c_proj.weight", "mlp.c_proj.weight")):
                    p.normal_(0.0, residual_std, generator=gen)
                elif ".ln_" in name or name.startswith("ln_f."):
                    p.normal_(1.0 if name.endswith("weight") else 0.0, 0.1 if name.endswith("weight") else 0.02,
                              generator=gen)
                else:
                    p.normal_(0.0, 0.02, generator=gen)
        return self


# --- Files ----------------------------------------------------------------------------

def is_ignored(name, config):
    """What a GPT-2 file may hold beyond the parameters: the causal-mask buffers, and
    the tied lm_head.weight."""
    if name == "lm_head.weight":
        return config.tie_word_embeddings
    return name.startswith("h.") and name.endswith((".attn.bias", ".attn.masked_bias"))


def load_model_dir(directory):
    """A GPT2 (float32) from config.json and model.safetensors in the Hugging Face layout."""
    with open(os.path.join(directory, "config.json")) as f:
        config = Config.from_json(json.load(f))
    tensors, _ = read_safetensors(os.path.join(directory, "model.safetensors"))
    state = {}
    for name, value in tensors.items():
        name = name[len("transformer."):] if name.startswith("transformer.") else name
        if not is_ignored(name, config):
            state[name] = value.float()
    model = GPT2(config)
    model.load_state_dict(state, strict=True)  # every parameter, of its shape, nothing else
    return model


def save_model_dir(model, directory):
    """config.json and model.safetensors as transformers' save_pretrained writes them:
    the "transformer." prefix, no lm_head.weight when it is tied."""
    os.makedirs(directory, exist_ok=True)
    tensors = {}
    for name, value in model.state_dict().items():
        tensors[name if name.startswith("lm_head.") else "transformer." + name] = value.float()
    write_safetensors(os.path.join(directory, "model.safetensors"), tensors, {"format": "pt"})
    write_atomically(os.path.join(directory, "config.json"), json.dumps(model.config.to_json(), indent=2).encode())


def write_atomically(path, data):
    temporary = f"{path}.tmp.{os.getpid()}"
    with open(temporary, "wb") as f:
        f.write(data)
    os.replace(temporary, path)


def llmc_tensors(model):
    """The 16 tensors of llm.c's checkpoint in file order (llm.c's train_gpt2.py,
    write_tensors): its Linear layout (out × in), the layers stacked, wte padded with
    zero rows to Vp, a multiple of 128."""
    c = model.config
    vp = (c.vocab_size + 127) // 128 * 128
    wte = torch.cat([model.wte.weight, torch.zeros(vp - c.vocab_size, c.n_embd)])  # (Vp, C)

    def stacked(suffix, transpose=False):
        parts = [dict(block.named_parameters())[suffix] for block in model.h]
        return torch.stack([p.t() if transpose else p for p in parts])

    tensors = [wte, model.wpe.weight, stacked("ln_1.weight"), stacked("ln_1.bias"),
               stacked("attn.c_attn.weight", True), stacked("attn.c_attn.bias"),
               stacked("attn.c_proj.weight", True), stacked("attn.c_proj.bias"),
               stacked("ln_2.weight"), stacked("ln_2.bias"),
               stacked("mlp.c_fc.weight", True), stacked("mlp.c_fc.bias"),
               stacked("mlp.c_proj.weight", True), stacked("mlp.c_proj.bias"),
               model.ln_f.weight, model.ln_f.bias]
    return vp, [t.detach().contiguous() for t in tensors]


def save_llmc(model, path, version):
    """llm.c's checkpoint: 256 int32 of header, then the tensors, f32 (version 3) or
    bf16 (version 5, every tensor rounded to nearest even), little-endian."""
    c = model.config
    if not (c.tie_word_embeddings and c.qkv_bias):
        raise ValueError("llm.c's GPT-2 ties its head to wte and has a c_attn bias")
    vp, tensors = llmc_tensors(model)
    header = np.zeros(256, dtype="<i4")
    header[:8] = [LLMC_MAGIC, version, c.n_positions, c.vocab_size, c.n_layer, c.n_head, c.n_embd, vp]
    chunks = [header.tobytes()]
    for t in tensors:
        if version == 3:
            chunks.append(t.float().numpy().astype("<f4").tobytes())
        else:  # numpy has no bf16: its 16 bits read as int16
            chunks.append(t.to(torch.bfloat16).view(torch.int16).numpy().astype("<i2").tobytes())
    write_atomically(path, b"".join(chunks))


def rounded_to_bf16(model):
    rounded = GPT2(model.config)
    rounded.load_state_dict({name: value.to(torch.bfloat16).float() for name, value in model.state_dict().items()})
    return rounded


# --- Jobs -----------------------------------------------------------------------------

def greedy(model, prompt, steps):
    """Full forward pass and argmax at every step (no cache) -> ids (1, P + steps) and
    the gap between the best and second-best logit at each step."""
    ids, margins = prompt, []
    with torch.no_grad():
        for _ in range(steps):
            last = model(ids)[:, -1, :]  # (1, V)
            top = torch.topk(last, 2, dim=-1)
            margins.append(float(top.values[0, 0] - top.values[0, 1]))
            ids = torch.cat([ids, top.indices[:, :1]], dim=1)
    return ids, torch.tensor(margins, dtype=torch.float64)


def train(model, ids, targets, a):
    optimizer = torch.optim.AdamW(model.parameters(), lr=a["lr"], betas=(a["beta1"], a["beta2"]), eps=a["eps"],
                                  weight_decay=a["weight_decay"])
    losses, norms = [], []
    for _ in range(a["steps"]):
        optimizer.zero_grad()
        loss = model.loss(ids, targets)
        loss.backward()
        norms.append(float(torch.nn.utils.clip_grad_norm_(model.parameters(), a["max_norm"])))
        optimizer.step()
        losses.append(loss.item())
    return torch.tensor(losses, dtype=torch.float64), torch.tensor(norms, dtype=torch.float64)


def attn_model_job(job, x):
    model = load_model_dir(job["dir"]).double()
    out = {}
    with torch.no_grad():
        out["logits"] = model(x["ids"])
    loss = model.loss(x["ids"], x["targets"])
    loss.backward()
    out["loss"] = loss.detach().reshape(())
    for name, p in model.named_parameters():
        out[f"grad.{name}"] = p.grad
    if job.get("greedy_steps", 0) > 0:
        out["greedy.ids"], out["greedy.margins"] = greedy(model, x["prompt"], job["greedy_steps"])
    if "train" in job:
        model.zero_grad()
        out["train.losses"], out["train.grad_norms"] = train(model, x["ids"], x["targets"], job["train"])
    return out


def torch_model_job(job, x):
    c = job["config"]
    config = Config(c["vocab_size"], c["n_positions"], c["n_embd"], c["n_layer"], c["n_head"],
                    c["layer_norm_epsilon"], c["tie_word_embeddings"], c["qkv_bias"])
    model = GPT2(config).init_random(job["seed"])
    save_model_dir(model, os.path.join(job["dir"], "hf"))
    out = {}
    with torch.no_grad():
        out["logits"] = copy.deepcopy(model).double()(x["ids"])
        if job["llmc"]:
            save_llmc(model, os.path.join(job["dir"], "gpt2_f32.bin"), 3)
            save_llmc(model, os.path.join(job["dir"], "gpt2_bf16.bin"), 5)
            out["logits_bf16"] = rounded_to_bf16(model).double()(x["ids"])
    return out


JOBS = {"attn_model": attn_model_job, "torch_model": torch_model_job}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    started = time.perf_counter()
    torch.set_num_threads(1)
    tensors, metadata = read_safetensors(sys.argv[1])
    jobs = json.loads(metadata["jobs"])
    results, errors = {}, {}
    for job in jobs:
        prefix = job["id"] + "."
        inputs = {name[len(prefix):]: value for name, value in tensors.items() if name.startswith(prefix)}
        try:
            for name, value in JOBS[job["kind"]](job, inputs).items():
                results[prefix + name] = value.detach().double().contiguous()
        except Exception as error:  # reported per job; the others still count
            errors[job["id"]] = f"{type(error).__name__}: {error}"
    write_safetensors(sys.argv[2], results, {"errors": json.dumps(errors)})
    print(f"torch_gpt2.py: {len(jobs)} jobs in {time.perf_counter() - started:.2f} s "
          f"(torch {torch.__version__}), {len(errors)} failed")


if __name__ == "__main__":
    main()
