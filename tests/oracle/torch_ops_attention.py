"""The self-attention family in PyTorch, for tests/oracle/test_attention_oracle.cpp.

Each op takes the case's inputs (float64 tensors, uint8 masks; module parameters as
"param.<name>" under attn's parameter names) and attrs, and returns the outputs by
name. Written as the textbook composition (torch 1.13 has no
F.scaled_dot_product_attention), independently of attn's code: grouped-query
attention by repeat_interleave of the key/value heads, masks as one boolean tensor,
a fully masked row given zero weights. The "torch_mha_functional" op is a second
reference, torch's own F.multi_head_attention_forward.
"""
import torch
import torch.nn.functional as F


def linear(x, inputs, name):
    """x · weightᵀ + bias of the parameters "param.<name>.weight" / ".bias" (no bias if absent)."""
    return F.linear(x, inputs[f"param.{name}.weight"], inputs.get(f"param.{name}.bias"))


def split_heads(x, heads):
    """(B, T, H*D) -> (B, H, T, D)."""
    b, t, width = x.shape
    return x.reshape(b, t, heads, width // heads).transpose(1, 2)


def merge_heads(x):
    """(B, H, T, D) -> (B, T, H*D)."""
    b, h, t, d = x.shape
    return x.transpose(1, 2).reshape(b, t, h * d)


def attend(q, k, v, scale, causal=False, key_padding=None, mask=None, dropout_mask=None, dropout_p=0.0):
    """softmax(q·kᵀ·scale, masked)·v; q (B, H, T, D), k (B, Hkv, S, D), v (B, Hkv, S, Dv).

    Query head h reads key/value head h // (H // Hkv). Masked pairs: key s after query t
    + (S - T) when causal, padding keys (key_padding (B, S) nonzero), and mask (nonzero,
    broadcasting to (B, H, T, S)). A query with every key masked gets zero weights.
    dropout_mask (B, H, T, S) of 0/1 is applied to the weights as inverted dropout.
    Returns the output (B, H, T, Dv) and the weights before dropout (B, H, T, S)."""
    b, h, t, _ = q.shape
    s = k.shape[2]
    group = h // k.shape[1]
    k = k.repeat_interleave(group, dim=1)
    v = v.repeat_interleave(group, dim=1)
    scores = torch.matmul(q, k.transpose(-1, -2)) * scale
    masked = torch.zeros(b, h, t, s, dtype=torch.bool)
    if causal:
        masked = masked | torch.ones(t, s, dtype=torch.bool).triu(s - t + 1)
    if key_padding is not None:
        masked = masked | key_padding.bool()[:, None, None, :]
    if mask is not None:
        masked = masked | mask.bool()
    dead = masked.all(dim=-1, keepdim=True)
    # Dead rows keep their (finite) scores through the softmax, so that no NaN reaches
    # the gradients, and are zeroed after it.
    weights = torch.softmax(scores.masked_fill(masked & ~dead, float("-inf")), dim=-1).masked_fill(dead, 0.0)
    used = weights if dropout_mask is None else weights * dropout_mask / (1 - dropout_p)
    return torch.matmul(used, v), weights


def plain_attention_op(x, a):
    scale = a["scale"] if a["scale"] > 0 else x["q"].shape[-1] ** -0.5
    output, weights = attend(x["q"], x["k"], x["v"], scale, causal=a["causal"], key_padding=x.get("key_padding"),
                             mask=x.get("mask"))
    return {"output": output, "weights": weights}


def simplified_op(x, a):
    weights = torch.softmax(torch.matmul(x["x"], x["x"].transpose(1, 2)), dim=-1)
    return {"output": torch.matmul(weights, x["x"]), "weights": weights}


def self_attention_op(x, a):
    q, k, v = (linear(x["x"], x, name) for name in ("W_query", "W_key", "W_value"))
    weights = torch.softmax(torch.matmul(q, k.transpose(1, 2)) / q.shape[-1] ** 0.5, dim=-1)
    return {"output": torch.matmul(weights, v), "weights": weights}


def causal_head(x, inputs, prefix, key_padding, dropout_mask, dropout_p):
    """One causal head: (B, T, d_in) -> output (B, T, d_out), weights (B, T, T)."""
    q, k, v = (linear(x, inputs, prefix + name)[:, None] for name in ("W_query", "W_key", "W_value"))
    mask = None if dropout_mask is None else dropout_mask[:, None]
    output, weights = attend(q, k, v, q.shape[-1] ** -0.5, causal=True, key_padding=key_padding,
                             dropout_mask=mask, dropout_p=dropout_p)
    return output[:, 0], weights[:, 0]


def causal_attention_op(x, a):
    output, weights = causal_head(x["x"], x, "", x.get("key_padding"), x.get("dropout_mask"), a["dropout"])
    return {"output": output, "weights": weights}


def mha_wrapper_op(x, a):
    heads = [causal_head(x["x"], x, f"heads.{h}.", x.get("key_padding"), None, 0.0) for h in range(a["heads"])]
    return {"output": torch.cat([o for o, _ in heads], dim=-1), "weights": torch.stack([w for _, w in heads], dim=1)}


def multi_head(x, memory, inputs, a, causal, key_padding):
    """The fused form: queries from x (B, T, d_in), keys and values from memory."""
    q = split_heads(linear(x, inputs, "W_query"), a["heads"])
    k = split_heads(linear(memory, inputs, "W_key"), a["kv_heads"])
    v = split_heads(linear(memory, inputs, "W_value"), a["kv_heads"])
    output, weights = attend(q, k, v, q.shape[-1] ** -0.5, causal=causal, key_padding=key_padding,
                             dropout_mask=inputs.get("dropout_mask"), dropout_p=a.get("dropout", 0.0))
    return {"output": linear(merge_heads(output), inputs, "out_proj"), "weights": weights}


def mha_op(x, a):
    return multi_head(x["x"], x["x"], x, a, a["causal"], x.get("key_padding"))


def cross_attention_op(x, a):
    return multi_head(x["x"], x["memory"], x, a, False, x.get("source_padding"))


def torch_mha_functional_op(x, a):
    """torch's F.multi_head_attention_forward (H = Hkv) on attn's parameters: queries
    from x, keys and values from "memory" if given (cross-attention) else from x."""
    query = x["x"].transpose(0, 1)  # (T, B, C): torch's time-major layout
    memory = x.get("memory", x["x"]).transpose(0, 1)
    biases = [x.get(f"param.{name}.bias") for name in ("W_query", "W_key", "W_value")]
    t, s = query.shape[0], memory.shape[0]
    padding = x.get("key_padding", x.get("source_padding"))
    output, weights = F.multi_head_attention_forward(
        query, memory, memory, query.shape[-1], a["heads"], None,
        None if biases[0] is None else torch.cat(biases), None, None, False, 0.0,
        x["param.out_proj.weight"], x["param.out_proj.bias"], training=False,
        key_padding_mask=None if padding is None else padding.bool(), need_weights=True,
        attn_mask=torch.ones(t, s, dtype=torch.bool).triu(1) if a["causal"] else None,
        use_separate_proj_weight=True, q_proj_weight=x["param.W_query.weight"],
        k_proj_weight=x["param.W_key.weight"], v_proj_weight=x["param.W_value.weight"],
        average_attn_weights=False)
    return {"output": output.transpose(0, 1), "weights": weights}


OPS = {
    "plain_attention": plain_attention_op,
    "simplified_attention": simplified_op,
    "self_attention": self_attention_op,
    "causal_attention": causal_attention_op,
    "mha_wrapper": mha_wrapper_op,
    "multi_head_attention": mha_op,
    "cross_attention": cross_attention_op,
    "torch_mha_functional": torch_mha_functional_op,
}
