// Internal: CPU loops of the embedding lookup.
//
// weight (V, C) and dweight (V, C) contiguous float; ids (n) contiguous I64, already
// checked to be in [0, V); out and dout (n, C) contiguous, n the number of ids.
#pragma once

#include <cstdint>

#include "attn/tensor.h"

namespace attn::kernels {

// out[i] = weight[ids[i]] for each of the n ids.
void embedding_forward(const Tensor& out, const Tensor& weight, const Tensor& ids);

// dweight[ids[i]] += dout[i] for i = 0 .. n-1 in order; dweight must hold zeros (or
// the gradient to add to) beforehand. Threads split the C columns, never the ids, so
// repeated ids add up in the same order whatever the thread count.
void embedding_backward(const Tensor& dweight, const Tensor& dout, const Tensor& ids);

}  // namespace attn::kernels
