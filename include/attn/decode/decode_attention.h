// attn decode: attention of a few new queries against a long key/value cache, the
// inner step of generation (see docs/attention/kv-cache.md).
//
// The same function as attn::attention with a causal mask aligned to the end of the
// keys (query t sees key s iff s <= t + (S - T)), computed without the (B, H, T, S)
// weights and split over the key range ("flash decoding", Dao, Haziza, Massa and
// Sizov, 2023): with one query per head there is too little work per head to keep
// every thread busy, so the keys are cut into splits of a fixed number of positions,
// each split yields for every query row a partial (max m_c, sum l_c, output o_c),
//   m_c = max_{s in c} z_s,   l_c = sum_{s in c} e^(z_s - m_c),
//   o_c = sum_{s in c} e^(z_s - m_c) v_s                      (z = scaled score),
// and the splits are merged by the log-sum-exp rule
//   m = max_c m_c,   l = sum_c e^(m_c - m) l_c,   out = sum_c e^(m_c - m) o_c / l.
// The splits depend on S and keys_per_split only, never on the thread count, and
// they are merged in a fixed order, so the result is bitwise the same for any number
// of threads.
//
// Inference only: no autograd. Calling it with grad mode on and an input that
// requires grad is an error (wrap the call in a NoGradGuard), rather than a result
// that silently carries no gradient.
#pragma once

#include <cstdint>

#include "attn/tensor.h"

namespace attn::decode {

// Keys per split: large enough that a split amortises its merge, small enough that
// 4096 cached positions give 16 splits per (batch, key/value head) to share out.
constexpr std::int64_t kKeysPerSplit = 256;

struct DecodeAttentionOptions {
  bool causal = true;                           // aligned to the end of the keys, as in attn::AttentionMask
  double scale = 0.0;                           // 0: 1/sqrt(D)
  Tensor key_padding = {};                      // (B, S) U8 or undefined: nonzero marks a padding key
  std::int64_t keys_per_split = kKeysPerSplit;  // positions per split of the key range
};

// q (B, H, T, D), k (B, Hkv, S, D), v (B, Hkv, S, Dv) -> output (B, H, T, Dv), F32.
// Hkv must divide H (query head h reads key/value head h / (H / Hkv)). k and v may be
// strided views (a KVCache's prefix views) as long as each position's D (Dv) values
// are contiguous. A query that sees no key at all gets a zero output, as in
// attn::attention.
Tensor decode_attention(const Tensor& q, const Tensor& k, const Tensor& v, const DecodeAttentionOptions& options = {});

}  // namespace attn::decode
