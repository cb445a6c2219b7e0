// Norm-wise comparison of tensors, as the tests state their tolerances.
#pragma once

#include "attn/tensor.h"

namespace attn::testing {

// ‖a − b‖ / ‖b‖ over all elements (‖a − b‖ when b is zero). Shapes must match; a
// mismatch is a test failure and returns infinity.
double relative_error(const Tensor& a, const Tensor& b);

}  // namespace attn::testing
