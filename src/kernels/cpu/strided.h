// Internal: iteration over the elements of strided N-d operands, row by row.
//
// Shapes are first simplified: size-1 dimensions are dropped and neighbouring
// dimensions that are contiguous with each other in every operand are merged, so a
// contiguous tensor becomes one long row. The caller's row function then sees the
// innermost dimension as (offsets, length, inner strides) and runs a tight loop.
// Rows are split across OpenMP threads when the work is large enough.
#pragma once

#include <omp.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "attn/parallel.h"
#include "attn/tensor.h"
#include "kernels/cpu/parallel_for.h"

namespace attn::kernels {

template <int K>
struct StridedLayout {
  std::vector<std::int64_t> sizes;                   // simplified shape
  std::array<std::vector<std::int64_t>, K> strides;  // per operand, simplified
};

template <int K>
StridedLayout<K> simplify(const Shape& shape, const std::array<const Shape*, K>& strides) {
  StridedLayout<K> out;
  for (std::size_t d = 0; d < shape.size(); ++d) {
    if (shape[d] == 1) continue;
    bool merge = !out.sizes.empty();
    for (int k = 0; k < K && merge; ++k) merge = out.strides[k].back() == (*strides[k])[d] * shape[d];
    if (merge) {
      out.sizes.back() *= shape[d];
      for (int k = 0; k < K; ++k) out.strides[k].back() = (*strides[k])[d];
    } else {
      out.sizes.push_back(shape[d]);
      for (int k = 0; k < K; ++k) out.strides[k].push_back((*strides[k])[d]);
    }
  }
  if (out.sizes.empty()) {  // a single element
    out.sizes.push_back(1);
    for (int k = 0; k < K; ++k) out.strides[k].push_back(0);
  }
  return out;
}

// Calls row(offsets, n, inner) for every row, where offsets[k] is operand k's
// element offset of the row start, n the row length and inner[k] the stride along it.
template <int K, class RowFn>
void for_each_row(const Shape& shape, const std::array<const Shape*, K>& strides, RowFn&& row) {
  StridedLayout<K> lay = simplify<K>(shape, strides);
  const int nd = static_cast<int>(lay.sizes.size());
  const std::int64_t n = lay.sizes[nd - 1];
  std::array<std::int64_t, K> inner;
  for (int k = 0; k < K; ++k) inner[k] = lay.strides[k][nd - 1];
  std::int64_t rows = 1;
  for (int d = 0; d < nd - 1; ++d) rows *= lay.sizes[d];

  auto offsets_of = [&](std::int64_t r) {
    std::array<std::int64_t, K> off{};
    for (int d = nd - 2; d >= 0; --d) {
      std::int64_t i = r % lay.sizes[d];
      r /= lay.sizes[d];
      for (int k = 0; k < K; ++k) off[k] += i * lay.strides[k][d];
    }
    return off;
  };

  if (rows == 1) {  // one long row: split it into chunks, one or more per thread
    const std::int64_t grain = kParallelGrain;
    const std::int64_t chunks = n >= 2 * grain ? (n + grain - 1) / grain : 1;
    parallel_for(chunks, chunks > 1, [&](std::int64_t c) {
      std::int64_t begin = c * grain, len = std::min(grain, n - begin);
      if (chunks == 1) len = n;
      std::array<std::int64_t, K> off;
      for (int k = 0; k < K; ++k) off[k] = begin * inner[k];
      row(off, len, inner);
    });
    return;
  }
  const bool parallel = rows * n >= kParallelGrain;
  parallel_for(rows, parallel, [&](std::int64_t r) { row(offsets_of(r), n, inner); });
}

}  // namespace attn::kernels
