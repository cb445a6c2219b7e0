// attn ops: matrix products through the BLAS.
#pragma once

#include "attn/tensor.h"

namespace attn {

// Batched matrix product with broadcast batch dimensions.
//   a (..., M, K) · b (..., K, N) -> (..., M, N)
// The batch dimensions (all but the last two) broadcast; both inputs must have at
// least two dimensions and the same float dtype. Transposed views are passed to the
// BLAS as transposes, not copied. When b is a single matrix (K, N) the batch of a
// folds into M: one large GEMM instead of many small ones.
// Backward: da = dy · bᵀ, db = aᵀ · dy (summed over broadcast batch dimensions).
Tensor matmul(const Tensor& a, const Tensor& b);

// Affine map with PyTorch's weight layout: x (..., Cin), weight (Cout, Cin),
// bias (Cout) or undefined -> (..., Cout) = x · weightᵀ + bias.
Tensor linear(const Tensor& x, const Tensor& weight, const Tensor& bias);

}  // namespace attn
