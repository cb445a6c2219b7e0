// attn ops: softmax and log-softmax over the last dimension.
#pragma once

#include "attn/tensor.h"

namespace attn {

// y = exp(x - max) / sum(exp(x - max)), each row of the last dimension.
// Backward (Marian's form): dx = y * (dy - sum(y * dy)).
Tensor softmax(const Tensor& x);
// y = x - max - log(sum(exp(x - max))).  Backward: dx = dy - exp(y) * sum(dy).
Tensor log_softmax(const Tensor& x);

}  // namespace attn
