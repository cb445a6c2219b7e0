// attn ops: masking.
#pragma once

#include "attn/tensor.h"

namespace attn {

// y = value where mask is nonzero, x elsewhere. mask is U8 and broadcasts to x's
// shape (e.g. a causal mask (T, T) over scores (B, H, T, T)); value may be -inf.
// The output has x's shape: a mask that would grow it is an error.
// Backward: dx = dy where mask is zero, 0 where it is set.
Tensor masked_fill(const Tensor& x, const Tensor& mask, double value);

}  // namespace attn
