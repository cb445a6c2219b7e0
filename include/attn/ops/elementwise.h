// attn ops: elementwise arithmetic and activations, forward and backward.
//
// Binary ops broadcast as NumPy and PyTorch do: shapes are aligned from the last
// dimension; each pair of sizes must be equal or one of them 1. Both inputs must have
// the same float dtype. The output is contiguous, of the broadcast shape.
//   add(a (2, 1, 4), b (3, 1)) -> (2, 3, 4)
// Gradients of broadcast inputs are summed back to the input's shape.
#pragma once

#include "attn/tensor.h"

namespace attn {

Tensor add(const Tensor& a, const Tensor& b);  // a + b;  da = dy,      db = dy
Tensor sub(const Tensor& a, const Tensor& b);  // a - b;  da = dy,      db = -dy
Tensor mul(const Tensor& a, const Tensor& b);  // a * b;  da = dy * b,  db = dy * a
Tensor div(const Tensor& a, const Tensor& b);  // a / b;  da = dy / b,  db = -dy * a / b^2

Tensor scale(const Tensor& x, double s);       // s * x;  dx = s * dy
Tensor add_scalar(const Tensor& x, double s);  // x + s;  dx = dy
Tensor neg(const Tensor& x);                   // -x

// Activations (same shape out as in).
Tensor tanh(const Tensor& x);     // dx = dy * (1 - y^2)
Tensor sigmoid(const Tensor& x);  // dx = dy * y * (1 - y)
Tensor relu(const Tensor& x);     // dx = dy * [x > 0]
Tensor exp(const Tensor& x);      // dx = dy * y
Tensor log(const Tensor& x);      // dx = dy / x

enum class GeluApprox { None, Tanh };
// GELU. None: x * Phi(x) with the exact normal CDF; dx = dy * (Phi(x) + x * phi(x)).
// Tanh: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))) (Hendrycks & Gimpel, 2016), as GPT-2.
Tensor gelu(const Tensor& x, GeluApprox approx = GeluApprox::Tanh);

inline Tensor operator+(const Tensor& a, const Tensor& b) {
  return add(a, b);
}
inline Tensor operator-(const Tensor& a, const Tensor& b) {
  return sub(a, b);
}
inline Tensor operator*(const Tensor& a, const Tensor& b) {
  return mul(a, b);
}
inline Tensor operator/(const Tensor& a, const Tensor& b) {
  return div(a, b);
}
inline Tensor operator-(const Tensor& x) {
  return neg(x);
}
inline Tensor operator*(const Tensor& x, double s) {
  return scale(x, s);
}
inline Tensor operator*(double s, const Tensor& x) {
  return scale(x, s);
}
inline Tensor operator/(const Tensor& x, double s) {
  return scale(x, 1.0 / s);
}
inline Tensor operator+(const Tensor& x, double s) {
  return add_scalar(x, s);
}
inline Tensor operator+(double s, const Tensor& x) {
  return add_scalar(x, s);
}
inline Tensor operator-(const Tensor& x, double s) {
  return add_scalar(x, -s);
}
inline Tensor operator-(double s, const Tensor& x) {
  return add_scalar(neg(x), s);
}

// In place: dst += src, src broadcasting to dst's shape (dst may be a strided view).
// Not recorded by autograd: for gradient buffers and optimiser updates.
void add_(const Tensor& dst, const Tensor& src);

// Shape of broadcasting a with b; throws naming `op` and both shapes if incompatible.
Shape broadcast_shapes(const Shape& a, const Shape& b, const char* op);

}  // namespace attn
