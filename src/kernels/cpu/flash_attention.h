// Internal: fused multi-head attention on the CPU, tiled over query and key blocks
// with an online softmax (FlashAttention-2, Dao 2023, algorithms 1 and 2). The (T, S)
// score matrix is never materialised: forward keeps a running row maximum m, a
// running sum l and an unnormalised accumulator rescaled by e^(m_old - m_new), and
// saves only the per-row log-sum-exp; backward recomputes the scores from it.
//
// Layouts (all contiguous, row-major):
//   q (B, H, T, D), k (B, Hkv, S, D), v (B, Hkv, S, Dv), out/dout (B, H, T, Dv),
//   log_sum_exp (B, H, T): log Σ_s e^(score), +inf for a row whose every key is
//   masked (its output is zero and e^(score - lse) = 0 gives it zero gradients).
// Query head h reads key/value head h / (H / Hkv).
//
// Results do not depend on the thread count: each output tile is written by one
// work item, whose sums run in a fixed order.
#pragma once

#include <cstdint>

#include "attn/ops/attention.h"

namespace attn::kernels {

// The pairs (query t, key s) that may attend, as attn/ops/attention.h defines them.
struct FlashMask {
  bool causal = false;
  std::int64_t window = 0;  // 0: none; else implies the causal bound
  BlockSparsePattern block_sparse = {};
  const std::uint8_t* key_padding = nullptr;  // (B, S), nonzero = padding; or null
};

template <class T>
struct FlashProblem {
  std::int64_t batch = 0, heads = 0, kv_heads = 0;  // B, H, Hkv
  std::int64_t t = 0, s = 0, d = 0, dv = 0;         // T, S, D, Dv
  T scale = 1;
  FlashMask mask = {};
  // Additive bias on the scaled scores, (B or 1, H or 1, T, S) with contiguous (T, S)
  // planes; a stride of 0 broadcasts over that axis. Null for none.
  const T* bias = nullptr;
  std::int64_t bias_batch_stride = 0, bias_head_stride = 0;
};

// How the tile products and exponentials run: Fast, register-blocked tile products
// (tile_product.h) for float, the BLAS for double, and vectorised exp; Scalar, plain
// loops of the same algorithm (the reference the tests compare the fast path with).
enum class FlashMath { Fast, Scalar };

// out (B, H, T, Dv), log_sum_exp (B, H, T) from q, k, v.
template <class T>
void flash_attention_forward(T* out, T* log_sum_exp, const T* q, const T* k, const T* v, const FlashProblem<T>& p,
                             FlashMath math = FlashMath::Fast);

// dq (B, H, T, D), dk (B, Hkv, S, D), dv (B, Hkv, S, Dv), overwritten, from dout
// (B, H, T, Dv) and the forward's out and log_sum_exp. With P = e^(scores - lse):
//   dV = Pᵀ dO,  dP = dO Vᵀ,  dS = P ∘ (dP - rowsum(dO ∘ O)),
//   dQ = scale dS K,  dK = scale dSᵀ Q.
// Two passes, each race-free: dK and dV per key block (every query block and every
// head of the group in turn), then dQ per query block.
template <class T>
void flash_attention_backward(T* dq, T* dk, T* dv, const T* dout, const T* q, const T* k, const T* v, const T* out,
                              const T* log_sum_exp, const FlashProblem<T>& p, FlashMath math = FlashMath::Fast);

}  // namespace attn::kernels
