// attn ops: scaled dot-product attention.
//
// The plain composition is the reference every attention module is built on, and the
// one the fused kernel (attn/ops/flash_attention.h) is checked against:
// scores = q·kᵀ * scale + bias, masked, softmax over the keys, dropout on the weights,
// output = weights·v. It materialises the (B, H, T, S) weights, which is what makes
// them readable (and what costs O(T·S) memory). attention() runs the fused kernel
// instead where it applies and is faster (AttentionKernel::Auto).
#pragma once

#include <cstdint>

#include "attn/random.h"
#include "attn/tensor.h"

namespace attn {

// Block-sparse patterns of the Sparse Transformer (Child et al. 2019, "Generating
// Long Sequences with Sparse Transformers", section 4.2), at the granularity of
// blocks of `block` positions. Query position p (aligned as for causal: p = t + S - T)
// lies in query block qb = p / block, key s in key block kb = s / block.
//   Strided: kb is visible if |qb - kb| < local_blocks or (qb - kb) % stride == 0.
//   Fixed:   kb is visible if |qb - kb| < local_blocks or kb % stride == stride - 1
//            (the last block of every stride summarises it for all queries).
// Combine with causal = true for the autoregressive patterns of the paper.
enum class BlockSparseKind { None, Strided, Fixed };

struct BlockSparsePattern {
  BlockSparseKind kind = BlockSparseKind::None;
  std::int64_t block = 64;        // positions per block (> 0)
  std::int64_t local_blocks = 1;  // the band of neighbouring blocks always visible (>= 1)
  std::int64_t stride = 4;        // in blocks (> 0)
};

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
  // The fused kernel does not take it (use `bias` with -inf there).
  Tensor mask = {};
  // Sliding window (local attention) of width W > 0, 0 for none: query t sees the keys
  // s with p - W < s <= p, p = t + (S - T) (implies the causal bound).
  std::int64_t window = 0;
  BlockSparsePattern block_sparse = {};
};

// Which implementation attention() runs. Auto: the fused kernel where it applies
// (no weights requested, no dropout in training, no u8 `mask`, bias without
// gradient) and T >= kFusedAttentionMinLength (kFusedAttentionMinLengthWithGrad
// when q, k or v requires grad); the plain composition otherwise.
// Plain and Fused force one path (Fused throws where it does not apply).
enum class AttentionKernel { Auto, Plain, Fused };

// Auto runs the fused kernel from these query lengths T on. Measured on the 2-core
// AMD EPYC (Zen 5, AVX-512) development machine, (B, H, D) = (4, 8, 64), causal,
// medians of 15 (`attn bench attention --kernel plain|fused`, 2026-11-23, with the
// register-blocked tiles): forward only, plain 0.093 ms vs fused 0.163 ms at T = 8,
// 0.137 vs 0.132 at T = 16; forward + backward, plain faster at T = 32 (0.45 vs
// 0.57 ms) and 48 (0.76 vs 0.82), fused faster from T = 64 (1.11 vs 1.07 ms; 2.26 vs
// 1.70 at T = 96, 4.11 vs 2.42 at 128) on. Without gradients the fused kernel wins
// early (one pass, no (T, S) buffers); with them its backward recomputes the scores
// twice.
constexpr std::int64_t kFusedAttentionMinLength = 16;
constexpr std::int64_t kFusedAttentionMinLengthWithGrad = 64;

struct AttentionOptions {
  AttentionMask mask;
  double scale = 0.0;    // 0: 1/sqrt(D)
  double dropout = 0.0;  // on the weights, in training only
  bool training = false;
  Generator* generator = nullptr;  // required when dropout > 0 and training
  // Additive bias on the scaled scores, (B or 1, H or 1, T, S), same dtype as q, or
  // undefined (ALiBi, relative positions, anything a mask cannot say). The fused
  // kernel does not differentiate it: a bias requiring grad takes the plain path.
  Tensor bias = {};
  bool need_weights = true;  // false: AttentionResult::weights may be left undefined
  AttentionKernel kernel = AttentionKernel::Auto;
};

struct AttentionResult {
  Tensor output;   // (B, H, T, Dv)
  Tensor weights;  // (B, H, T, S), after masking and softmax, before dropout;
                   // undefined when the fused kernel ran
};

// q (B, H, T, D), k (B, Hkv, S, D), v (B, Hkv, S, Dv) -> output (B, H, T, Dv).
// Grouped-query attention when Hkv < H (Hkv must divide H): query head h reads
// key/value head h / (H / Hkv); multi-query attention is Hkv == 1. Every gradient
// comes from the composed ops.
AttentionResult attention(const Tensor& q, const Tensor& k, const Tensor& v, const AttentionOptions& options = {});

}  // namespace attn
