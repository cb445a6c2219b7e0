// attn ops: normalisation.
#pragma once

#include "attn/tensor.h"

namespace attn {

// Layer normalisation over the last dimension C (Ba, Kiros & Hinton, 2016):
//   x (..., C), weight (C) or undefined, bias (C) or undefined -> (..., C)
//   y = (x - mean) / sqrt(var + eps) * weight + bias, var the biased variance.
// eps >= 0; weight and bias must be (C) of x's dtype. Mean and variance by two passes
// over each row in double (no E[x^2] - E[x]^2 cancellation).
// Fused: forward keeps the per-row mean and 1/std (in f64) for a one-pass backward:
//   xhat = (x - mean) * rstd,  g = dy * weight
//   dx = rstd * (g - mean(g) - xhat * mean(g * xhat))
//   dweight = sum(dy * xhat),  dbias = sum(dy)   (over all rows, in an order fixed
//   by the row count alone: the same bits whatever the thread count)
Tensor layer_norm(const Tensor& x, const Tensor& weight, const Tensor& bias, double eps = 1e-5);

}  // namespace attn
