// Internal: the elementwise steps of fused attention on a float score tile, with the
// widest vectors the CPU has (Highway's run-time dispatch). The tile is (rows, cols)
// with leading dimension ld; masked scores are -inf. Where a row sees one range of
// keys (causal and window masks), keys = {lo, hi} gives it per row, and only
// [lo[r], hi[r]) is computed: the rest of the row is masked and becomes 0. The range
// is widened to whole vectors, so the scores within kRowStepMargin of it must be -inf;
// those farther out are not read. flash_attention.cpp keeps the
// plain loops of the same steps as the reference the tests compare these with.
#pragma once

#include <cstdint>

namespace attn::kernels {

// How far beyond a row's key range the steps read: less than the widest vector.
constexpr std::int64_t kRowStepMargin = 15;

// The online softmax's step for one key tile, row by row (FlashAttention-2,
// algorithm 1): with the row's new maximum m' = max(m, max_j s_j),
//   s_j = e^(s_j - m'),  l = l e^(m - m') + Σ_j s_j,  rescale = e^(m - m'),  m = m'.
// The caller scales its accumulator row by rescale (tile_product's row_beta does it
// while adding the tile's product). A row with no visible score so far (m' = -inf)
// gets zeros, rescale 1, and keeps m and l. row_max, row_sum, rescale: (rows).
struct RowRanges {
  const std::int64_t* lo = nullptr;  // null: every row is [0, cols)
  const std::int64_t* hi = nullptr;
};
void online_softmax_step(float* scores, std::int64_t ld, std::int64_t rows, std::int64_t cols, float* row_max,
                         float* row_sum, float* rescale, RowRanges keys = {});

// scores = e^(scores - lse) row by row: the probabilities P again, in backward. A row
// with lse = +inf (no visible key) becomes zeros.
void probabilities_from_lse(float* scores, std::int64_t ld, std::int64_t rows, std::int64_t cols, const float* lse,
                            RowRanges keys = {});

// dscores = p (dscores - delta) row by row: dS from dP = dO Vᵀ, delta = rowsum(dO ∘ O).
void score_gradient(float* dscores, const float* p, std::int64_t ld, std::int64_t rows, std::int64_t cols,
                    const float* delta);

// out[r] = Σ_c a[r, c] b[r, c] for the rows of a and b (rows, n), contiguous: one
// multiply-add after another in c's order, as tile_product sums, so that backward's
// Δ = rowsum(dO ∘ O) rounds as the products' dP = dO Vᵀ do.
void row_dots(const float* a, const float* b, std::int64_t rows, std::int64_t n, float* out);

}  // namespace attn::kernels
