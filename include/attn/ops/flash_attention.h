// attn ops: fused scaled dot-product attention ("flash attention").
//
// The same function as attention() (attn/ops/attention.h) computed in O(T) memory:
// tiled over query and key blocks with an online softmax (FlashAttention-2, Dao
// 2023), the (B, H, T, S) scores never materialised; forward saves only the per-row
// log-sum-exp (B, H, T), backward recomputes the scores from it. Tiles that the
// causal, sliding-window or block-sparse mask hides entirely are skipped, so causal
// costs half and a window of width W costs O(T·W). See docs/attention/flash.md.
#pragma once

#include <string>

#include "attn/ops/attention.h"

namespace attn {

// q (B, H, T, D), k (B, Hkv, S, D), v (B, Hkv, S, Dv) -> output (B, H, T, Dv), f32 or
// f64. Masks (causal, key padding, window, block-sparse) and the additive bias as in
// AttentionOptions; Hkv must divide H (grouped-query attention). Differentiable in q,
// k and v:
//   P = softmax(scale q kᵀ + bias),  dV = Pᵀ dO,  dP = dO Vᵀ,
//   dS = P ∘ (dP - rowsum(dO ∘ O)),  dQ = scale dS K,  dK = scale dSᵀ Q
// (rows whose every key is masked: zero output, zero gradients).
// Throws where the fused kernel does not apply (see flash_attention_unsupported).
Tensor flash_attention(const Tensor& q, const Tensor& k, const Tensor& v, const AttentionOptions& options = {});

// Why flash_attention cannot run with these options ("" when it can): a u8 `mask`
// (use bias = -inf instead), dropout in training, a bias that requires grad, or
// weights requested with need_weights.
std::string flash_attention_unsupported(const AttentionOptions& options);

// The argument checks both attention paths share: shapes of q (B, H, T, D),
// k (B, Hkv, S, D), v (B, Hkv, S, Dv), the masks, the bias and the options; errors
// name `op` and the shapes.
void check_attention_arguments(const char* op, const Tensor& q, const Tensor& k, const Tensor& v,
                               const AttentionOptions& options);

}  // namespace attn
