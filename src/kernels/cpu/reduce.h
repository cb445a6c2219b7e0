// Internal: CPU loops of the reductions.
#pragma once

#include "attn/tensor.h"

namespace attn::kernels {

// out (rows) = sum over the last dimension of x (rows, n); x contiguous. Accumulates
// in double.
void sum_rows(const Tensor& out, const Tensor& x, std::int64_t rows, std::int64_t n);
// out (n) = sum over the first dimension of x (rows, n); x contiguous.
void sum_columns(const Tensor& out, const Tensor& x, std::int64_t rows, std::int64_t n);

}  // namespace attn::kernels
