// attn ops: scaled dot-product attention, the plain composition.
//
// The reference every attention module is built on, and the one any fused kernel is
// checked against: scores = q·kᵀ * scale, masked, softmax over the keys, dropout on
// the weights, output = weights·v. It materialises the (B, H, T, S) weights, which is
// what makes them readable (and what costs O(T·S) memory).
#pragma once

#include "attn/random.h"
#include "attn/tensor.h"

namespace attn {

// Which (query, key) pairs may not attend. Masked scores are set to -inf before the
// softmax; a query whose every key is masked gets zero weights and a zero output
// (not NaN).
struct AttentionMask {
  // Query t may see key s only if s <= t + (S - T): with S == T the usual lower
  // triangle; with S > T the queries are the last T positions of the keys (as when
  // decoding with a cache of S - T earlier positions).
  bool causal = false;
  // (B, S) U8 or undefined: nonzero marks a padding key, masked for every query.
  Tensor key_padding = {};
  // U8 broadcasting to (B, H, T, S) or undefined: nonzero marks a masked pair.
  Tensor mask = {};
};

struct AttentionOptions {
  AttentionMask mask;
  double scale = 0.0;           // 0: 1/sqrt(D)
  double dropout = 0.0;         // on the weights, in training only
  bool training = false;
  Generator* generator = nullptr;  // required when dropout > 0 and training
};

struct AttentionResult {
  Tensor output;   // (B, H, T, Dv)
  Tensor weights;  // (B, H, T, S), after masking and softmax, before dropout
};

// q (B, H, T, D), k (B, Hkv, S, D), v (B, Hkv, S, Dv) -> output (B, H, T, Dv).
// Grouped-query attention when Hkv < H (Hkv must divide H): query head h reads
// key/value head h / (H / Hkv); multi-query attention is Hkv == 1. Every gradient
// comes from the composed ops.
AttentionResult attention(const Tensor& q, const Tensor& k, const Tensor& v, const AttentionOptions& options = {});

}  // namespace attn
