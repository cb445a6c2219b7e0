#include "kernels/cpu/reduce.h"

#include <algorithm>
#include <type_traits>
#include <vector>

#include "attn/parallel.h"
#include "dispatch.h"
#include "kernels/cpu/parallel_for.h"
#include "kernels/cpu/vec_math.h"

namespace attn::kernels {
namespace {

// Elements per partial sum when a long row or a tall column is split across
// threads. A fixed count, so the order of the additions, and the result, do not
// depend on the number of threads.
constexpr std::int64_t kChunk = 1 << 15;

// Columns per thread task when many columns are summed down the rows.
constexpr std::int64_t kColumnBlock = 256;

// Sum of x[0, n) accumulated in double.
template <class T>
double sum_contiguous(const T* x, std::int64_t n) {
  if constexpr (std::is_same_v<T, float>) {
    return vec::sum(x, n);
  } else {
    double acc = 0.0;
#pragma omp simd reduction(+ : acc)
    for (std::int64_t i = 0; i < n; ++i) acc += x[i];
    return acc;
  }
}

// acc (n) += x (rows, n), row after row.
template <class T>
void add_rows_into(double* __restrict acc, const T* __restrict x, std::int64_t rows, std::int64_t n, std::int64_t ld) {
  for (std::int64_t r = 0; r < rows; ++r) {
    const T* __restrict row = x + r * ld;
#pragma omp simd
    for (std::int64_t c = 0; c < n; ++c) acc[c] += row[c];
  }
}

}  // namespace

void sum_rows(const Tensor& out, const Tensor& x, std::int64_t rows, std::int64_t n) {
  dispatch_float(x.dtype(), "sum", [&](auto tag) {
    using T = decltype(tag);
    const T* px = x.data<T>();
    T* po = out.data<T>();
    const std::int64_t chunks = n >= 2 * kChunk ? (n + kChunk - 1) / kChunk : 1;
    if (chunks == 1) {  // short rows: one row per task
      parallel_for(rows, rows * n >= kParallelGrain && rows > 1,
                   [&](std::int64_t r) { po[r] = static_cast<T>(sum_contiguous(px + r * n, n)); });
      return;
    }
    // Long rows: one task per chunk of a row, then the partial sums in order.
    std::vector<double> partial(rows * chunks);
#pragma omp parallel for schedule(static)
    for (std::int64_t j = 0; j < rows * chunks; ++j) {
      const std::int64_t r = j / chunks, begin = (j % chunks) * kChunk;
      partial[j] = sum_contiguous(px + r * n + begin, std::min(kChunk, n - begin));
    }
    for (std::int64_t r = 0; r < rows; ++r) {
      double acc = 0.0;
      for (std::int64_t c = 0; c < chunks; ++c) acc += partial[r * chunks + c];
      po[r] = static_cast<T>(acc);
    }
  });
}

void sum_columns(const Tensor& out, const Tensor& x, std::int64_t rows, std::int64_t n) {
  if (n == 1) return sum_rows(out, x, 1, rows);  // (rows, 1) is one row of length rows
  dispatch_float(x.dtype(), "sum", [&](auto tag) {
    using T = decltype(tag);
    const T* px = x.data<T>();
    T* po = out.data<T>();
    const std::int64_t blocks = (n + kColumnBlock - 1) / kColumnBlock;
    if (blocks >= 4) {
      // Wide: threads own disjoint column blocks, each summed down all the rows.
      parallel_for(blocks, rows * n >= kParallelGrain, [&](std::int64_t b) {
        const std::int64_t c0 = b * kColumnBlock, width = std::min(n, c0 + kColumnBlock) - c0;
        double acc[kColumnBlock] = {};
        add_rows_into(acc, px + c0, rows, width, n);
        for (std::int64_t c = 0; c < width; ++c) po[c0 + c] = static_cast<T>(acc[c]);
      });
      return;
    }
    // Narrow and tall: partial column sums over fixed row chunks, then added in order.
    const std::int64_t chunk_rows = std::max<std::int64_t>(1, kChunk / n);
    const std::int64_t chunks = (rows + chunk_rows - 1) / chunk_rows;
    std::vector<double> partial(chunks * n, 0.0);
    parallel_for(chunks, rows * n >= kParallelGrain && chunks > 1, [&](std::int64_t j) {
      const std::int64_t r0 = j * chunk_rows;
      add_rows_into(partial.data() + j * n, px + r0 * n, std::min(chunk_rows, rows - r0), n, n);
    });
    for (std::int64_t c = 0; c < n; ++c) {
      double acc = 0.0;
      for (std::int64_t j = 0; j < chunks; ++j) acc += partial[j * n + c];
      po[c] = static_cast<T>(acc);
    }
  });
}

}  // namespace attn::kernels
