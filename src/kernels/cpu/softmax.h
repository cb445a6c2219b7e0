// Internal: CPU loops of softmax and log-softmax over the last dimension.
//
// Every tensor here is contiguous and viewed as (rows, n), n the last dimension.
// Each row runs max-shifted (so exp never overflows) with its sums accumulated in
// double, one thread per block of rows; a row's result never depends on the thread
// count. A row of all -inf has max -inf, x - max = NaN, and so comes out NaN, as in
// PyTorch.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>

#include "attn/tensor.h"

namespace attn::kernels {

// Largest element of row (n); -inf for an empty row.
// (A NaN element needs no special case: exp(NaN - max) makes the row's sum NaN.)
template <class T>
double row_max(const T* row, std::int64_t n) {
  double m = -std::numeric_limits<double>::infinity();
  for (std::int64_t i = 0; i < n; ++i) m = row[i] > m ? static_cast<double>(row[i]) : m;
  return m;
}

// exp(v - max) in T's precision (the shifted argument is at most 0, so it never
// overflows); the callers sum these in double.
template <class T>
T exp_shifted(T v, double max) {
  return std::exp(static_cast<T>(static_cast<double>(v) - max));
}

// log(sum(exp(row))) of row (n), shifted by the row's max, summed in double.
template <class T>
double row_logsumexp(const T* row, std::int64_t n) {
  const double m = row_max(row, n);
  double sum = 0.0;
  for (std::int64_t i = 0; i < n; ++i) sum += exp_shifted(row[i], m);
  return m + std::log(sum);
}

// y (rows, n) = exp(x - max) / sum(exp(x - max)) per row of x (rows, n).
void softmax_forward(const Tensor& y, const Tensor& x, std::int64_t rows, std::int64_t n);
// dx (rows, n) = y * (dy - sum(y * dy)) per row; y the forward's output.
void softmax_backward(const Tensor& dx, const Tensor& dy, const Tensor& y, std::int64_t rows, std::int64_t n);

// y (rows, n) = x - logsumexp(x) per row of x (rows, n).
void log_softmax_forward(const Tensor& y, const Tensor& x, std::int64_t rows, std::int64_t n);
// dx (rows, n) = dy - exp(y) * sum(dy) per row; y the forward's output.
void log_softmax_backward(const Tensor& dx, const Tensor& dy, const Tensor& y, std::int64_t rows, std::int64_t n);

}  // namespace attn::kernels
