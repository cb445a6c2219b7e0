// Norm-wise comparison of tensors, as the tests state their tolerances.
#pragma once

#include "attn/tensor.h"

namespace attn::testing {

// ||a - b|| / ||b|| over the finite positions of b (||a - b|| when ||b|| = 0); +inf
// when the shapes differ or a non-finite value of b is not matched exactly in a.
double relative_error(const Tensor& a, const Tensor& b);

}  // namespace attn::testing
