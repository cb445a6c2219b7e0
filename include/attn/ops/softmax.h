// attn ops: softmax and log-softmax over the last dimension.
#pragma once

#include "attn/tensor.h"

namespace attn {

// Both take x (..., n) float and return (..., n), each row of the last dimension
// normalised on its own (a 0-d x is one row of one element). Rows run shifted by
// their max, sums accumulated in double, so large logits never overflow and f32
// agrees with f64 to ~1e-6 relative.
// -inf entries (masked positions) get probability 0 (log-probability -inf). A row
// that is all -inf (or holds NaN or +inf) comes out all NaN, as in PyTorch (there is
// no distribution over an empty support): a caller that may mask a whole row, such as
// a padding query, fills it with a finite value instead.

// y = exp(x - max) / sum(exp(x - max)), each row of the last dimension.
// Backward (Marian's form): dx = y * (dy - sum(y * dy)).
Tensor softmax(const Tensor& x);
// y = x - max - log(sum(exp(x - max))).  Backward: dx = dy - exp(y) * sum(dy).
Tensor log_softmax(const Tensor& x);

}  // namespace attn
