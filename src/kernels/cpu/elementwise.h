// Internal: CPU loops of the elementwise ops (see include/attn/ops/elementwise.h).
#pragma once

#include "attn/tensor.h"

namespace attn::kernels {

enum class BinaryOp { Add, Sub, Mul, Div };
// out = a op b. out is contiguous; a and b have out's shape (broadcast views with
// stride 0 allowed) and out's dtype.
void binary(BinaryOp op, const Tensor& out, const Tensor& a, const Tensor& b);

// out = s * x + c; out contiguous, x any strides of the same shape.
void affine(const Tensor& out, const Tensor& x, double s, double c);

enum class UnaryOp { Tanh, Sigmoid, Relu, Exp, Log, GeluTanh, GeluErf };
// y = f(x); both contiguous, same shape and dtype.
void unary_forward(UnaryOp op, const Tensor& y, const Tensor& x);
// dx = dy * f'(x), written from x or y (whichever the derivative needs); all contiguous.
void unary_backward(UnaryOp op, const Tensor& dx, const Tensor& dy, const Tensor& x, const Tensor& y);

// The plain loops (std:: functions, one element at a time) with the contracts of
// unary_forward and unary_backward. f64 always runs them; f32 runs vectorised
// kernels (vec_math.h) where one exists, and tests/unit/test_kernels.cpp checks those
// against these loops evaluated in f64.
void unary_forward_reference(UnaryOp op, const Tensor& y, const Tensor& x);
void unary_backward_reference(UnaryOp op, const Tensor& dx, const Tensor& dy, const Tensor& x, const Tensor& y);

}  // namespace attn::kernels
