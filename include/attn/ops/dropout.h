// attn ops: dropout.
#pragma once

#include "attn/random.h"
#include "attn/tensor.h"

namespace attn {

// Inverted dropout: in training each element is zeroed with probability p and the
// survivors scaled by 1/(1-p), so evaluation needs no rescaling; with
// training == false or p == 0 it returns x itself and leaves gen where it was. p must
// lie in [0, 1]; p == 1 gives zeros. The mask is drawn from `gen` by counters: the op
// reserves x.numel() of them (gen.advance) and element i (in row-major order) is
// dropped when gen.uniform_at(first + i) < p, so the same seed and position give the
// same mask whatever the thread count. Backward: dx = dy * mask / (1 - p).
Tensor dropout(const Tensor& x, double p, Generator& gen, bool training);

}  // namespace attn
