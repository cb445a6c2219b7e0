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
}


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
