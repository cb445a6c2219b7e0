"""attn's oracle: recomputes a batch of cases in PyTorch (float64).

Usage: /usr/bin/python3 torch_oracle.py CASES.safetensors OUT.safetensors

CASES holds, for case <id>, its inputs "<id>.in.<name>" and the upstream gradients
"<id>.dy.<output>"; its __metadata__["cases"] is a JSON list of
  {"id", "name", "op", "attrs", "inputs": [names], "grads": [names], "outputs": [names]}.
OUT receives "<id>.out.<output>" and "<id>.grad.<input>" (float64) and, in its
__metadata__["errors"], a JSON object {id: message} for the cases torch could not run.
Float inputs are computed in float64, from exactly the values attn saw, so that
torch stands for the exact answer. See tests/support/oracle.h for adding an op.
"""
import json
import math
import os
import struct
import sys
import time

import torch
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

# The safetensors format, read and written by hand (python3-safetensors is not a
# dependency): an 8-byte little-endian header length N, N bytes of JSON, the data.
DTYPES = {"F64": torch.float64, "F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16,
          "I64": torch.int64, "U8": torch.uint8, "BOOL": torch.bool}
DTYPE_NAMES = {dtype: name for name, dtype in DTYPES.items()}


def read_safetensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (header_length,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + header_length])
    metadata = header.pop("__metadata__", {})
    start = 8 + header_length
    tensors = {}
    for name, entry in header.items():
        begin, end = entry["data_offsets"]
        dtype = DTYPES[entry["dtype"]]
        if begin == end:
            tensors[name] = torch.empty(entry["shape"], dtype=dtype)
        else:  # bytearray: a writable copy, which torch.frombuffer wants
            flat = torch.frombuffer(bytearray(data[start + begin:start + end]), dtype=dtype)
            tensors[name] = flat.reshape(entry["shape"])
    return tensors, metadata


def write_safetensors(path, tensors, metadata):
    header = {"__metadata__": metadata}
    chunks, offset = [], 0
    for name, tensor in tensors.items():
        raw = tensor.detach().contiguous().numpy().tobytes()
        header[name] = {"dtype": DTYPE_NAMES[tensor.dtype], "shape": list(tensor.shape),
                        "data_offsets": [offset, offset + len(raw)]}
        chunks.append(raw)
        offset += len(raw)
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)
    temporary = f"{path}.tmp.{os.getpid()}"
    with open(temporary, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for raw in chunks:
            f.write(raw)
    os.replace(temporary, path)


def module_call(module, inputs, *args):
    """Calls a torch module computing with the case's "param.<key>" inputs as its state_dict.

    Each parameter is replaced by the case's tensor itself (not a copy), so gradients
    reach the inputs. (torch.func's functional_call would not do: torch.nn.GRU and LSTM
    compute from a cached list of their weights that it leaves stale.)
    """
    module = module.double()
    params = {name[len("param."):]: value for name, value in inputs.items() if name.startswith("param.")}
    expected = set(module.state_dict().keys())
    if set(params) != expected:
        raise ValueError(f"the case gives parameters {sorted(params)}, the module has {sorted(expected)}")
    for name, value in params.items():
        owner_path, _, leaf = name.rpartition(".")
        owner = module.get_submodule(owner_path)
        if leaf in owner._parameters:
            del owner._parameters[leaf]
            setattr(owner, leaf, value)  # RNNBase.__setattr__ also refreshes its cached weights
        else:
            owner._buffers[leaf] = value
    return module(*args)


def number(value):
    """A float attribute; non-finite ones travel as strings ("-inf"), which JSON lacks."""
    return float(value)


def reduce_op(fn):
    def op(x, a):
        if a["dims"] is None:
            return {"y": fn(x["x"])}
        return {"y": fn(x["x"], dim=a["dims"], keepdim=a["keepdim"])}
    return op


def matmul_op(x, a):
    lhs = x["a"].transpose(-1, -2) if a.get("transpose_a") else x["a"]
    rhs = x["b"].transpose(-1, -2) if a.get("transpose_b") else x["b"]
    return {"y": torch.matmul(lhs, rhs)}


def attention_op(x, a):
    # softmax(q k^T / sqrt(D) masked) v, q (B, H, T, D), k and v (B, H, S, D), mask (T, S).
    scores = torch.matmul(x["q"], x["k"].transpose(-1, -2)) / a["head_width"] ** 0.5
    weights = torch.softmax(scores.masked_fill(x["mask"].bool(), float("-inf")), dim=-1)
    return {"y": torch.matmul(weights, x["v"]), "weights": weights}


def recurrent_layer_op(kind):
    """torch.nn.GRU / LSTM, time-major; "lengths" packs the padded batch as attn does."""
    def op(x, a):
        module = getattr(torch.nn, kind)(a["input_size"], a["hidden_size"], num_layers=a["num_layers"],
                                         bias=a["bias"], bidirectional=a["bidirectional"])
        sequence = x["x"]
        if "lengths" in x:
            sequence = pack_padded_sequence(sequence, x["lengths"], enforce_sorted=False)
        state = (x["h0"], x["c0"]) if kind == "LSTM" else x["h0"]
        output, final = module_call(module, x, sequence, state)
        if "lengths" in x:
            output, _ = pad_packed_sequence(output, total_length=x["x"].shape[0])
        if kind == "LSTM":
            return {"output": output, "h_n": final[0], "c_n": final[1]}
        return {"output": output, "h_n": final}
    return op


def recurrent_cell_op(kind):
    def op(x, a):
        module = getattr(torch.nn, kind)(a["input_size"], a["hidden_size"], bias=a["bias"])
        if kind == "LSTMCell":
            h, c = module_call(module, x, x["x"], (x["h"], x["c"]))
            return {"h": h, "c": c}
        return {"h": module_call(module, x, x["x"], x["h"])}
    return op


def state_dict_names_op(x, a):
    """Fails unless attn's parameter names (attrs "names") are the module's state_dict
    keys in the same order; returns each parameter's (rank, sizes...) one after the other."""
    module = getattr(torch.nn, a["kind"])(a["input_size"], a["hidden_size"], num_layers=a["num_layers"],
                                         bidirectional=a["bidirectional"])
    state = module.state_dict()
    if list(state.keys()) != a["names"]:
        raise ValueError(f"attn's named_parameters() are {a['names']}, torch's state_dict keys {list(state.keys())}")
    shapes = [float(v) for value in state.values() for v in [value.dim(), *value.shape]]
    return {"shapes": torch.tensor(shapes, dtype=torch.float64)}


# --- Training: optimisers, clipping, schedules ---------------------------------------

def make_optimizer(params, a):
    if a["optimizer"] == "sgd":
        return torch.optim.SGD(params, lr=a["lr"], momentum=a["momentum"], dampening=a["dampening"],
                               nesterov=a["nesterov"], weight_decay=a["weight_decay"])
    kind = {"adam": torch.optim.Adam, "adamw": torch.optim.AdamW}[a["optimizer"]]
    return kind(params, lr=a["lr"], betas=(a["beta1"], a["beta2"]), eps=a["eps"], weight_decay=a["weight_decay"])


def optimizer_op(x, a):
    """torch.optim on the parameters "param.<p>" (from attrs "params"), fed "grad.<p>"[k]
    at step k (no gradient at the steps listed in attrs "skip"[p]) under the learning rate
    attrs "lrs"[k]. Returns each parameter after each step ("step<k>.<p>", k from 1) and
    the final state under attn's names ("state.<buffer>.<p>", "state.step.<p>", "state.step")."""
    names = a["params"]
    params = [x[f"param.{name}"].detach().clone().requires_grad_(True) for name in names]
    optimizer = make_optimizer(params, a)
    out = {}
    for k, lr in enumerate(a["lrs"]):
        for group in optimizer.param_groups:
            group["lr"] = lr
        for name, param in zip(names, params):
            param.grad = None if k in a["skip"].get(name, []) else x[f"grad.{name}"][k].clone()
        optimizer.step()
        for name, param in zip(names, params):
            out[f"step{k + 1}.{name}"] = param.detach().clone()
    steps = len(a["lrs"])
    out["state.step"] = torch.tensor(float(steps), dtype=torch.float64)
    for name, param in zip(names, params):
        state = optimizer.state[param]
        updates = steps - len(a["skip"].get(name, []))
        out[f"state.step.{name}"] = torch.tensor(float(updates), dtype=torch.float64)
        for buffer in ("momentum_buffer", "exp_avg", "exp_avg_sq"):
            if state.get(buffer) is not None:  # plain SGD keeps momentum_buffer = None
                out[f"state.{buffer}.{name}"] = state[buffer].detach().clone()
        if "step" in state and float(state["step"]) != updates:
            raise ValueError(f"torch counts {float(state['step'])} updates of {name}, expected {updates}")
    return out


def clip_grad_norm_op(x, a):
    """torch.nn.utils.clip_grad_norm_ on parameters with gradients "grad.<p>" (attrs
    "params"), plus one parameter without a gradient, which must be skipped."""
    params = []
    for name in a["params"]:
        param = torch.zeros_like(x[f"grad.{name}"], requires_grad=True)
        param.grad = x[f"grad.{name}"].clone()
        params.append(param)
    without_gradient = torch.zeros(2, 2, dtype=torch.float64, requires_grad=True)
    total = torch.nn.utils.clip_grad_norm_(params + [without_gradient], a["max_norm"])
    out = {"total": total.detach().double()}
    for name, param in zip(a["params"], params):
        out[f"grad.{name}"] = param.grad
    return out


def warmup_cosine_lr(a, step):
    """WarmupCosineSchedule in closed form (see include/attn/train/schedule.h)."""
    if step < a["warmup_steps"]:
        return a["peak_lr"] * (step + 1) / a["warmup_steps"]
    progress = min(1.0, (step - a["warmup_steps"]) / (a["total_steps"] - a["warmup_steps"]))
    return a["min_lr"] + (a["peak_lr"] - a["min_lr"]) * 0.5 * (1 + math.cos(math.pi * progress))


def inverse_sqrt_lr(a, step):
    """Vaswani et al. (2017), n = step + 1."""
    n = step + 1
    return a["scale"] * a["d_model"] ** -0.5 * min(n ** -0.5, n * a["warmup_steps"] ** -1.5)


def schedule_op(lr_at):
    """The closed form driven through torch.optim.lr_scheduler.LambdaLR, whose epoch
    counter is attn's step count: the lr of the update that follows `step` updates."""
    def op(x, a):
        base_lr = lr_at(a, 0)
        optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=base_lr)
        scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: lr_at(a, step) / base_lr)
        lrs = []
        for _ in range(a["steps"]):
            lrs.append(optimizer.param_groups[0]["lr"])
            optimizer.step()
            scheduler.step()
        return {"lr": torch.tensor(lrs, dtype=torch.float64)}
    return op


def reduce_lr_on_plateau_op(x, a):
    """torch's ReduceLROnPlateau (mode min, threshold mode rel, no cooldown) fed the
    losses of attrs "losses": lr, best and bad-evaluation count after each."""
    optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=a["initial_lr"])
    scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(
        optimizer, mode="min", factor=a["factor"], patience=a["patience"], threshold=a["threshold"],
        threshold_mode="rel", cooldown=0, min_lr=a["min_lr"])
    lrs, best, bad = [], [], []
    for loss in a["losses"]:
        scheduler.step(loss)
        lrs.append(optimizer.param_groups[0]["lr"])
        best.append(scheduler.best)
        bad.append(float(scheduler.num_bad_epochs))
    return {name: torch.tensor(values, dtype=torch.float64)
            for name, values in (("lr", lrs), ("best", best), ("bad_evaluations", bad))}


# --- End to end: a tiny language model and its first training steps --------------------

class TinyGRULanguageModel(torch.nn.Module):
    """Embedding -> GRU (one layer) -> Linear, as tests/e2e/test_train_e2e.cpp builds it."""

    def __init__(self, vocab_size, width, hidden_size):
        super().__init__()
        self.embedding = torch.nn.Embedding(vocab_size, width)
        self.gru = torch.nn.GRU(width, hidden_size)
        self.head = torch.nn.Linear(hidden_size, vocab_size)

    def forward(self, ids):  # ids (T, B) -> logits (T, B, V)
        output, _ = self.gru(self.embedding(ids))
        return self.head(output)


def tiny_gru_lm_op(x, a):
    """Logits and loss (cross-entropy of next tokens, summed) of the model holding the case's
    parameters, then a fresh copy of it trained with AdamW for attrs "steps" steps, the
    gradients clipped to norm attrs "max_norm", the lr from the warmup-cosine schedule."""
    def make_model():
        return TinyGRULanguageModel(a["vocab_size"], a["width"], a["hidden_size"]).double()

    def loss_of(logits):
        return F.cross_entropy(logits.reshape(-1, a["vocab_size"]), x["targets"].reshape(-1), reduction="sum")

    logits = module_call(make_model(), x, x["ids"])
    out = {"logits": logits.detach(), "loss": loss_of(logits)}

    model = make_model()
    model.load_state_dict({name[len("param."):]: value.detach().clone()
                           for name, value in x.items() if name.startswith("param.")})
    optimizer = torch.optim.AdamW(model.parameters(), lr=0.0, betas=(a["beta1"], a["beta2"]), eps=a["eps"],
                                  weight_decay=a["weight_decay"])
    losses, norms = [], []
    for step in range(a["steps"]):
        for group in optimizer.param_groups:
            group["lr"] = warmup_cosine_lr(a["schedule"], step)
        optimizer.zero_grad()
        loss = loss_of(model(x["ids"]))
        loss.backward()
        norms.append(float(torch.nn.utils.clip_grad_norm_(model.parameters(), a["max_norm"])))
        optimizer.step()
        losses.append(loss.item())
    out["train.losses"] = torch.tensor(losses, dtype=torch.float64)
    out["train.grad_norms"] = torch.tensor(norms, dtype=torch.float64)
    for name, value in model.state_dict().items():
        out[f"trained.{name}"] = value.detach().clone()
    return out


# Each op: (inputs by name, attrs) -> outputs by name. Inputs hold float64, int64 ids
# and uint8 masks.
OPS = {
    "add": lambda x, a: {"y": x["a"] + x["b"]},
    "sub": lambda x, a: {"y": x["a"] - x["b"]},
    "mul": lambda x, a: {"y": x["a"] * x["b"]},
    "div": lambda x, a: {"y": x["a"] / x["b"]},
    "scale": lambda x, a: {"y": x["x"] * a["s"]},
    "add_scalar": lambda x, a: {"y": x["x"] + a["s"]},
    "neg": lambda x, a: {"y": -x["x"]},
    "tanh": lambda x, a: {"y": torch.tanh(x["x"])},
    "sigmoid": lambda x, a: {"y": torch.sigmoid(x["x"])},
    "relu": lambda x, a: {"y": torch.relu(x["x"])},
    "exp": lambda x, a: {"y": torch.exp(x["x"])},
    "log": lambda x, a: {"y": torch.log(x["x"])},
    "gelu": lambda x, a: {"y": F.gelu(x["x"], approximate=a["approximate"])},
    "sum": reduce_op(torch.sum),
    "mean": reduce_op(torch.mean),
    "reshape": lambda x, a: {"y": x["x"].reshape(a["shape"])},
    "transpose_reshape": lambda x, a: {"y": x["x"].transpose(a["dim0"], a["dim1"]).reshape(a["shape"])},
    "permute": lambda x, a: {"y": x["x"].permute(a["dims"])},
    "transpose": lambda x, a: {"y": x["x"].transpose(a["dim0"], a["dim1"])},
    "narrow": lambda x, a: {"y": x["x"].narrow(a["dim"], a["start"], a["length"])},
    "expand": lambda x, a: {"y": x["x"].expand(a["shape"])},
    "unsqueeze": lambda x, a: {"y": x["x"].unsqueeze(a["dim"])},
    "squeeze": lambda x, a: {"y": x["x"].squeeze(a["dim"])},
    "concat": lambda x, a: {"y": torch.cat([x[name] for name in a["order"]], dim=a["dim"])},
    "split": lambda x, a: {f"y{i}": piece for i, piece in enumerate(torch.split(x["x"], a["sizes"], dim=a["dim"]))},
    "chunk": lambda x, a: {f"y{i}": piece for i, piece in enumerate(torch.chunk(x["x"], a["chunks"], dim=a["dim"]))},
    "matmul": matmul_op,
    "linear": lambda x, a: {"y": module_call(torch.nn.Linear(a["in_features"], a["out_features"], bias=a["bias"]),
                                             x, x["x"])},
    "softmax": lambda x, a: {"y": torch.softmax(x["x"], dim=-1)},
    "log_softmax": lambda x, a: {"y": torch.log_softmax(x["x"], dim=-1)},
    "layer_norm": lambda x, a: {"y": module_call(torch.nn.LayerNorm(a["width"], eps=a["eps"],
                                                                    elementwise_affine=a["affine"]), x, x["x"])},
    "cross_entropy": lambda x, a: {"loss": F.cross_entropy(x["logits"], x["targets"], ignore_index=a["ignore_index"],
                                                           label_smoothing=a["label_smoothing"],
                                                           reduction=a["reduction"])},
    "embedding": lambda x, a: {"y": F.embedding(x["ids"], x["weight"])},
    "masked_fill": lambda x, a: {"y": x["x"].masked_fill(x["mask"].bool(), number(a["value"]))},
    "masked_softmax": lambda x, a: {"y": torch.softmax(x["x"].masked_fill(x["mask"].bool(), float("-inf")), dim=-1)},
    # attn drew the mask (an aux output); torch applies it as inverted dropout does.
    "dropout": lambda x, a: {"y": x["x"] * x["mask"] / (1 - a["p"])},
    "attention": attention_op,
    "gru": recurrent_layer_op("GRU"),
    "lstm": recurrent_layer_op("LSTM"),
    "gru_cell": recurrent_cell_op("GRUCell"),
    "lstm_cell": recurrent_cell_op("LSTMCell"),
    "embedding_module": lambda x, a: {"y": module_call(torch.nn.Embedding(a["num_embeddings"], a["embedding_dim"]),
                                                       x, x["ids"])},
    "state_dict_names": state_dict_names_op,
    "optimizer": optimizer_op,
    "clip_grad_norm": clip_grad_norm_op,
    "warmup_cosine": schedule_op(warmup_cosine_lr),
    "inverse_sqrt": schedule_op(inverse_sqrt_lr),
    "reduce_lr_on_plateau": reduce_lr_on_plateau_op,
    "tiny_gru_lm": tiny_gru_lm_op,
}


def load_op_modules():
    """Adds the OPS of every torch_ops_*.py beside this file (one file per family)."""
    import importlib
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    for filename in sorted(os.listdir(here)):
        if filename.startswith("torch_ops_") and filename.endswith(".py"):
            module = importlib.import_module(filename[:-3])
            clash = set(module.OPS) & set(OPS)
            if clash:
                raise ValueError(f"{filename} redefines ops {sorted(clash)}")
            OPS.update(module.OPS)


def run_case(spec, tensors):
    prefix = spec["id"]
    inputs = {}
    for name in spec["inputs"]:
        value = tensors[f"{prefix}.in.{name}"]
        if value.is_floating_point():
            value = value.double().requires_grad_(name in spec["grads"])
        inputs[name] = value
    outputs = OPS[spec["op"]](inputs, spec["attrs"])
    missing = set(spec["outputs"]) - set(outputs)
    if missing:
        raise ValueError(f"op {spec['op']} gives outputs {sorted(outputs)}, attn gives {spec['outputs']}")
    results = {f"{prefix}.out.{name}": outputs[name].detach().double() for name in spec["outputs"]}
    loss = sum((outputs[name] * tensors[f"{prefix}.dy.{name}"].double()).sum()
               for name in spec["outputs"] if f"{prefix}.dy.{name}" in tensors and outputs[name].requires_grad)
    grads = spec["grads"]
    if grads:
        differentiated = [inputs[name] for name in grads]
        if torch.is_tensor(loss):
            computed = torch.autograd.grad(loss, differentiated, allow_unused=True)
        else:  # no output depends on the inputs
            computed = [None] * len(grads)
        for name, value, grad in zip(grads, differentiated, computed):
            results[f"{prefix}.grad.{name}"] = torch.zeros_like(value) if grad is None else grad.detach()
    return results


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    started = time.perf_counter()
    torch.set_num_threads(1)
    load_op_modules()
    tensors, metadata = read_safetensors(sys.argv[1])
    specs = json.loads(metadata["cases"])
    results, errors = {}, {}
    for spec in specs:
        try:
            results.update(run_case(spec, tensors))
        except Exception as error:  # reported per case; the other cases still count
            errors[spec["id"]] = f"{type(error).__name__}: {error}"
    write_safetensors(sys.argv[2], results, {"errors": json.dumps(errors)})
    print(f"torch_oracle.py: {len(specs)} runs in {time.perf_counter() - started:.2f} s "
          f"(torch {torch.__version__}), {len(errors)} failed")


if __name__ == "__main__":
    main()
