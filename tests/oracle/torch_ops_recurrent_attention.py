"""Bahdanau (additive) and Luong attention in PyTorch, for tests/oracle/test_recurrent_attention_oracle.cpp.

Written from the papers, independently of attn's code: each score is computed in its
textbook form (concat literally concatenates [s; h] and multiplies by the whole W), and
nothing is precomputed. Inputs: "s" (B, Cs) decoder state, "h" (B, S, Ch) encoder
states, "padding" (B, S) uint8 (1 = padding), and the module's parameters under
"param.<name>" as attn names them (include/attn/nn/attention/{additive,luong}.h).
"""
import torch


def masked_softmax(scores, masked):
    """Softmax over S of scores (B, S); masked (B, S) bool positions get exactly 0, and a
    row with every position masked gets zeros."""
    dead = masked.all(dim=-1, keepdim=True)
    filled = scores.masked_fill(masked & ~dead, float("-inf"))
    return torch.softmax(filled, dim=-1).masked_fill(masked, 0.0)


def bahdanau_attention(x, a):
    # e_j = vᵀ tanh(W s + U h_j + b), softmax over the unpadded j, context Σ_j α_j h_j.
    s, h = x["s"], x["h"]
    keys = h @ x["param.U.weight"].T
    if "param.U.bias" in x:
        keys = keys + x["param.U.bias"]
    query = s @ x["param.W.weight"].T
    scores = torch.tanh(keys + query[:, None, :]) @ x["param.v"]
    weights = masked_softmax(scores, x["padding"].bool())
    return {"context": torch.einsum("bs,bsc->bc", weights, h), "weights": weights}


def luong_attention(x, a):
    s, h = x["s"], x["h"]
    batch, length, _ = h.shape
    padded = x["padding"].bool()
    lengths = (~padded).sum(dim=-1)  # S_b: (B)
    if a["score"] == "dot":
        scores = torch.einsum("bsc,bc->bs", h, s)
    elif a["score"] == "general":
        scores = torch.einsum("bc,cd,bsd->bs", s, x["param.W.weight"], h)
    else:  # concat: vᵀ tanh(W [s; h_j])
        pairs = torch.cat([s[:, None, :].expand(batch, length, s.shape[1]), h], dim=-1)
        scores = torch.tanh(pairs @ x["param.W.weight"].T) @ x["param.v"]

    out = {"scores": scores}
    positions = torch.arange(length, dtype=torch.float64)
    masked = padded
    window = a["window"]
    if a["alignment"] != "global":
        last = (lengths - 1).clamp(min=0)
        if a["alignment"] == "local-m":  # p_t = t, kept inside the sentence
            center = torch.minimum(torch.full_like(lengths, a["step"]), last)
        else:  # local-p: p_t = S_b sigmoid(v_pᵀ tanh(W_p s)), window around round(p_t)
            p = lengths.double() * torch.sigmoid(torch.tanh(s @ x["param.W_p.weight"].T) @ x["param.v_p"])
            out["position"] = p
            center = torch.minimum(torch.floor(p.detach() + 0.5).long().clamp(min=0), last)
        index = torch.arange(length)[None, :]
        outside = (index < center[:, None] - window) | (index > center[:, None] + window) | (index >= lengths[:, None])
        masked = masked | outside
    alignment = masked_softmax(scores, masked)
    weights = alignment
    if a["alignment"] == "local-p":  # the paper's Gaussian, after the softmax, σ = D/2
        sigma = window / 2.0
        weights = alignment * torch.exp(-((positions[None, :] - out["position"][:, None]) ** 2) / (2 * sigma**2))
    context = torch.einsum("bs,bsc->bc", weights, h)
    attentional = torch.tanh(torch.cat([context, s], dim=-1) @ x["param.W_c.weight"].T)
    out.update({"attentional": attentional, "context": context, "weights": weights, "alignment": alignment})
    return out


OPS = {
    "bahdanau_attention": bahdanau_attention,
    "luong_attention": luong_attention,
}
