// attn ops: embedding lookup.
#pragma once

#include "attn/tensor.h"

namespace attn {

// Rows of weight picked by ids:  weight (V, C), ids (...) I64 -> (..., C).
// An id outside [0, V) is an error naming its position in ids, e.g. "(1, 2)".
// Backward scatters: dweight[ids[i]] += dy[i], touching only the rows looked up
// (deterministic: threads split the C columns, never the rows).
Tensor embedding(const Tensor& weight, const Tensor& ids);

}  // namespace attn
