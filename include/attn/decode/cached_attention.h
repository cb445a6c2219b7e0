// attn decode: the attention modules, one generation step at a time with a KVCache
// (see docs/attention/kv-cache.md).
//
// forward_cached(module, x_new, cache, layer) computes what module.forward would give
// at the T_new new positions if it ran over the whole sequence so far (the S0 =
// cache.length(layer) positions already cached, then x_new): the new positions'
// keys and values are projected once, appended to the cache, and the new queries
// attend to every cached position up to their own (causal, aligned to the end of
// the cache) through decode::decode_attention:
//   Q = split_heads(x_new · W_queryᵀ, H)               (B, H, T_new, D)
//   K, V = cache.append(layer, split_heads(x_new · W_keyᵀ, Hkv),
//                              split_heads(x_new · W_valueᵀ, Hkv))
//                                                      (B, Hkv, S0 + T_new, D)
//   Y = merge_heads(decode_attention(Q, K, V)) · out_projᵀ + b   (B, T_new, d_out)
// A prompt goes in as one call with T_new = its length, then one token per call.
//
// Inference only: runs under a NoGradGuard (the result carries no gradient) and
// applies no dropout; a module in training mode with dropout > 0 is an error, as is
// a non-causal module (a bidirectional layer's earlier outputs would change with
// every new token, so they cannot be cached) or a sequence longer than the module's
// context length.
#pragma once

#include <cstdint>

#include "attn/decode/kv_cache.h"
#include "attn/nn/attention/causal.h"
#include "attn/nn/attention/multi_head.h"
#include "attn/tensor.h"

namespace attn::decode {

// x_new (B, T_new, d_in) -> (B, T_new, d_out); layer's cache (B, Hkv, S, D), F32.
Tensor forward_cached(const nn::MultiHeadAttention& attention, const Tensor& x_new, KVCache& cache, std::int64_t layer);

// Single-head causal self-attention: x_new (B, T_new, d_in) -> context (B, T_new,
// d_out); layer's cache (B, 1, S, d_out), F32.
Tensor forward_cached(const nn::CausalAttention& attention, const Tensor& x_new, KVCache& cache, std::int64_t layer);

}  // namespace attn::decode
