// Internal: CPU loops of layer normalisation over the last dimension.
//
// x, y, dy, dx are contiguous (rows, C); weight and bias (C) of x's dtype, or
// undefined; mean and rstd (rows) are f64 whatever x's dtype, so the backward
// recomputes xhat from the same numbers the forward used.
#pragma once

#include <cmath>
#include <cstdint>

#include "attn/tensor.h"

namespace attn::kernels {

// One row of layer_norm_forward: y (C) from x (C); weight and bias (C) or null.
// Writes the row's mean and rstd.
template <class T>
void layer_norm_row(T* y, const T* x, const T* weight, const T* bias, std::int64_t C, double eps, double& mean,
                    double& rstd) {
  double sum = 0.0;
  for (std::int64_t c = 0; c < C; ++c) sum += x[c];
  const double mu = sum / static_cast<double>(C);
  double sq = 0.0;  // second pass around the mean: no cancellation
  for (std::int64_t c = 0; c < C; ++c) {
    const double d = x[c] - mu;
    sq += d * d;
  }
  const double rs = 1.0 / std::sqrt(sq / static_cast<double>(C) + eps);
  mean = mu;
  rstd = rs;
  for (std::int64_t c = 0; c < C; ++c) {
    double v = (x[c] - mu) * rs;
    if (weight) v *= weight[c];
    if (bias) v += bias[c];
    y[c] = static_cast<T>(v);
  }
}

// y = (x - mean) * rstd * weight + bias per row, rstd = 1 / sqrt(var + eps), var the
// biased variance; mean and var by two passes over the row in double. Writes the
// row statistics into mean (rows) and rstd (rows).
void layer_norm_forward(const Tensor& y, const Tensor& mean, const Tensor& rstd, const Tensor& x, const Tensor& weight,
                        const Tensor& bias, std::int64_t rows, std::int64_t C, double eps);

// With xhat = (x - mean) * rstd and g = dy * weight (dy when weight is undefined):
//   dx = rstd * (g - mean(g) - xhat * mean(g * xhat))   (per row)
//   dweight = sum over rows of dy * xhat,  dbias = sum over rows of dy
// dx, dweight, dbias may each be undefined (not wanted). The column sums are formed
// over fixed blocks of rows and added block after block, so they do not depend on the
// thread count.
void layer_norm_backward(const Tensor& dx, const Tensor& dweight, const Tensor& dbias, const Tensor& dy,
                         const Tensor& x, const Tensor& weight, const Tensor& mean, const Tensor& rstd,
                         std::int64_t rows, std::int64_t C);

}  // namespace attn::kernels
