#include "kernels/cpu/reduce.h"

#include <omp.h>

#include <algorithm>
#include <vector>

#include "attn/parallel.h"
#include "dispatch.h"

namespace attn::kernels {

void sum_rows(const Tensor& out, const Tensor& x, std::int64_t rows, std::int64_t n) {
  dispatch_float(x.dtype(), "sum", [&](auto tag) {
    using T = decltype(tag);
    const T* px = x.data<T>();
    T* po = out.data<T>();
#pragma omp parallel for schedule(static) if (rows * n >= kParallelGrain && rows > 1)
    for (std::int64_t r = 0; r < rows; ++r) {
      const T* row = px + r * n;
      double acc = 0.0;
#pragma omp simd reduction(+ : acc)
      for (std::int64_t i = 0; i < n; ++i) acc += row[i];
      po[r] = static_cast<T>(acc);
    }
  });
}

void sum_columns(const Tensor& out, const Tensor& x, std::int64_t rows, std::int64_t n) {
  dispatch_float(x.dtype(), "sum", [&](auto tag) {
    using T = decltype(tag);
    const T* px = x.data<T>();
    T* po = out.data<T>();
    // Threads own disjoint column blocks: no races, and the order of the additions
    // does not depend on the thread count.
    constexpr std::int64_t kBlock = 256;
    const std::int64_t blocks = (n + kBlock - 1) / kBlock;
#pragma omp parallel for schedule(static) if (rows * n >= kParallelGrain && blocks > 1)
    for (std::int64_t b = 0; b < blocks; ++b) {
      const std::int64_t c0 = b * kBlock, c1 = std::min(n, c0 + kBlock);
      double acc[kBlock] = {};
      for (std::int64_t r = 0; r < rows; ++r) {
        const T* row = px + r * n;
#pragma omp simd
        for (std::int64_t c = c0; c < c1; ++c) acc[c - c0] += row[c];
      }
      for (std::int64_t c = c0; c < c1; ++c) po[c] = static_cast<T>(acc[c - c0]);
    }
  });
}

}  // namespace attn::kernels
