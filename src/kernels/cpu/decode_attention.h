// Internal: the loops of attn::decode::decode_attention (see
// include/attn/decode/decode_attention.h for the math and the split rule).
#pragma once

#include <cstdint>

namespace attn::kernels {

// Partial softmax statistics of one query row over a run of keys.
struct PartialSoftmax {
  float max;  // m = max_j z_j, -inf when every key of the run is masked
  float sum;  // l = sum_j e^(z_j - m), 0 when every key is masked
};

// One query row against n consecutive keys (Highway, dispatched at run time):
//   z_j = scale * q·k_j (-inf where padding[j] != 0),  p_j = e^(z_j - m),
//   o = sum_j p_j v_j.
// o (Dv) output; scores (n) scratch; q (D); key j at k + j*k_stride (D values), value
// j at v + j*v_stride (Dv values); padding (n) U8 or null.
PartialSoftmax decode_partial_row(float* o, float* scores, const float* q, const float* k, std::int64_t k_stride,
                                  const float* v, std::int64_t v_stride, const std::uint8_t* padding, std::int64_t n,
                                  std::int64_t d, std::int64_t dv, float scale);

// Everything decode_attention_forward reads and writes. q (B, H, T, D) and out
// (B, H, T, Dv) are contiguous; k (B, Hkv, S, D) and v (B, Hkv, S, Dv) are strided
// with contiguous positions; key_padding (B, S) contiguous or null.
struct DecodeAttentionProblem {
  float* out;
  const float* q;
  const float* k;
  const float* v;
  const std::uint8_t* key_padding;
  std::int64_t batch, heads, kv_heads, queries, keys, head_dim, value_dim;  // B H Hkv T S D Dv
  std::int64_t k_batch_stride, k_head_stride, k_position_stride;
  std::int64_t v_batch_stride, v_head_stride, v_position_stride;
  float scale;
  bool causal;
  std::int64_t keys_per_split;
};

// Splits the keys into runs of keys_per_split positions, computes every run's
// partial (m, l, o) for every query row in parallel, and merges the runs in order.
void decode_attention_forward(const DecodeAttentionProblem& p);

}  // namespace attn::kernels
