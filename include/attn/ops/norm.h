// attn ops: normalisation.
#pragma once

#include "attn/tensor.h"

namespace attn {

// Layer normalisation over the last dimension C (Ba, Kiros & Hinton, 2016):
//   x (..., C), weight (C) or undefined, bias (C) or undefined -> (..., C)
//   y = (x - mean) / sqrt(var + eps) * weight + bias, var the biased variance.
// Fused: forward keeps the per-row mean and 1/std for a one-pass backward:
//   xhat = (x - mean) * rstd,  g = dy * weight
//   dx = rstd * (g - mean(g) - xhat * mean(g * xhat))
//   dweight = sum(dy * xhat),  dbias = sum(dy)   (over all rows)
Tensor layer_norm(const Tensor& x, const Tensor& weight, const Tensor& bias, double eps = 1e-5);

}  // namespace attn
