// attn ops: reductions.
//
// `dims` lists the dimensions reduced (negative counts from the end, each at most
// once). keepdim keeps them with size 1.
//   sum(x (B, T, C), {1})        -> (B, C)
//   sum(x (B, T, C), {1}, true)  -> (B, 1, C)
// Backward broadcasts dy back over the reduced dimensions (mean also divides by
// their element count).
#pragma once

#include "attn/tensor.h"

namespace attn {

Tensor sum(const Tensor& x, const Shape& dims, bool keepdim = false);
Tensor mean(const Tensor& x, const Shape& dims, bool keepdim = false);
Tensor sum(const Tensor& x);   // all elements -> shape ()
Tensor mean(const Tensor& x);  // all elements -> shape ()

// Sums x down to `shape`, undoing a broadcast from `shape` to x.shape():
// leading extra dimensions are summed away, dimensions of size 1 in `shape` summed
// with keepdim. The gradient of every broadcasting op goes through it.
Tensor sum_to(const Tensor& x, const Shape& shape);

}  // namespace attn
