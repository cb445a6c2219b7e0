// attn ops: dropout.
#pragma once

#include "attn/random.h"
#include "attn/tensor.h"

namespace attn {

// Inverted dropout: in training each element is zeroed with probability p and the
// survivors scaled by 1/(1-p), so evaluation needs no rescaling; with
// training == false or p == 0 it returns x. The mask is drawn from `gen` (same seed,
// same mask, whatever the thread count). Backward: dx = dy * mask / (1 - p).
Tensor dropout(const Tensor& x, double p, Generator& gen, bool training);

}  // namespace attn
