// attn ops: views and copies that change the shape.
//
// Views share storage with their input (no copy); their backward maps the gradient
// back to the input's shape. Dimensions may be negative (counted from the end).
#pragma once

#include <vector>

#include "attn/tensor.h"

namespace attn {

// One dimension may be -1 (inferred). A view when the input's strides allow it,
// else a contiguous copy.   reshape(x (B, T, C), {B, T, H, D})
Tensor reshape(const Tensor& x, const Shape& shape);
// permute(x (B, T, H, D), {0, 2, 1, 3}) -> (B, H, T, D), a view.
Tensor permute(const Tensor& x, const Shape& dims);
Tensor transpose(const Tensor& x, std::int64_t d0, std::int64_t d1);
// narrow(x, dim, start, length): elements [start, start + length) of `dim`, a view.
Tensor narrow(const Tensor& x, std::int64_t dim, std::int64_t start, std::int64_t length);
// Broadcasts dimensions of size 1 (and new leading ones) to `shape`, a view with
// stride 0; backward is sum_to.
Tensor expand(const Tensor& x, const Shape& shape);
Tensor unsqueeze(const Tensor& x, std::int64_t dim);
Tensor squeeze(const Tensor& x, std::int64_t dim);  // dim must have size 1
// Contiguous copy when x is not contiguous; x itself when it is.
Tensor contiguous(const Tensor& x);

// Joins tensors along `dim`; all other sizes must match.
//   concat({a (B, T, C1), b (B, T, C2)}, -1) -> (B, T, C1 + C2)
Tensor concat(const std::vector<Tensor>& xs, std::int64_t dim);
// Splits x along `dim` into pieces of the given sizes (they must sum to the size);
// each piece is a view.
std::vector<Tensor> split(const Tensor& x, const std::vector<std::int64_t>& sizes, std::int64_t dim);
// Splits x along `dim` into n equal pieces.
std::vector<Tensor> chunk(const Tensor& x, std::int64_t n, std::int64_t dim);

}  // namespace attn
