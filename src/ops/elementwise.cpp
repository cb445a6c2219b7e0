#include "attn/ops/elementwise.h"

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/ops/reduce.h"
#include "attn/ops/shape.h"
#include "dispatch.h"
#include "kernels/cpu/elementwise.h"
#include "kernels/cpu/strided.h"

namespace attn {

Shape broadcast_shapes(const Shape& a, const Shape& b, const char* op) {
  const std::size_t n = std::max(a.size(), b.size());
  Shape out(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::int64_t sa = i < n - a.size() ? 1 : a[i - (n - a.size())];
    const std::int64_t sb = i < n - b.size() ? 1 : b[i - (n - b.size())];
    ATTN_CHECK(sa == sb || sa == 1 || sb == 1, op, ": shapes ", shape_str(a), " and ", shape_str(b),
               " do not broadcast (dimension ", i, ": ", sa, " vs ", sb, ")");
    out[i] = sa == 1 ? sb : sa;
  }
  return out;
}

namespace {

Tensor binary(kernels::BinaryOp kind, const char* op, const Tensor& a, const Tensor& b) {
  check_same_float(a, b, op);
  const Shape shape = broadcast_shapes(a.shape(), b.shape(), op);
  Tensor out = empty(shape, a.dtype());
  kernels::binary(kind, out, a.detach().expand(shape), b.detach().expand(shape));
  return out;
}

// Records y = f(x) whose backward is kernels::unary_backward.
Tensor unary(kernels::UnaryOp kind, const char* op, const Tensor& x_in) {
  check_float(x_in, op, "input");
  Tensor x = contiguous(x_in);
  Tensor y = empty_like(x);
  kernels::unary_forward(kind, y, x);
  if (needs_grad({x})) {
    Tensor saved_y = y.detach();
    record(y, op, {x}, [kind, x, saved_y](const Tensor& dy) {
      Tensor dx = empty_like(x);
      kernels::unary_backward(kind, dx, contiguous(dy), x.detach(), saved_y);
      return std::vector<Tensor>{dx};
    });
  }
  return y;
}

}  // namespace

Tensor add(const Tensor& a, const Tensor& b) {
  Tensor y = binary(kernels::BinaryOp::Add, "add", a, b);
  if (needs_grad({a, b})) {
    record(y, "add", {a, b}, [sa = a.shape(), sb = b.shape()](const Tensor& dy) {
      return std::vector<Tensor>{sum_to(dy, sa), sum_to(dy, sb)};
    });
  }
  return y;
}

Tensor sub(const Tensor& a, const Tensor& b) {
  Tensor y = binary(kernels::BinaryOp::Sub, "sub", a, b);
  if (needs_grad({a, b})) {
    record(y, "sub", {a, b}, [sa = a.shape(), sb = b.shape()](const Tensor& dy) {
      return std::vector<Tensor>{sum_to(dy, sa), sum_to(neg(dy), sb)};
    });
  }
  return y;
}

Tensor mul(const Tensor& a, const Tensor& b) {
  Tensor y = binary(kernels::BinaryOp::Mul, "mul", a, b);
  if (needs_grad({a, b})) {
    record(y, "mul", {a, b}, [a, b](const Tensor& dy) {
      Tensor da = a.requires_grad() ? sum_to(mul(dy, b.detach()), a.shape()) : Tensor();
      Tensor db = b.requires_grad() ? sum_to(mul(dy, a.detach()), b.shape()) : Tensor();
      return std::vector<Tensor>{da, db};
    });
  }
  return y;
}

Tensor div(const Tensor& a, const Tensor& b) {
  Tensor y = binary(kernels::BinaryOp::Div, "div", a, b);
  if (needs_grad({a, b})) {
    record(y, "div", {a, b}, [a, b, yd = y.detach()](const Tensor& dy) {
      Tensor bd = b.detach();
      Tensor da = a.requires_grad() ? sum_to(div(dy, bd), a.shape()) : Tensor();
      // d(a/b)/db = -a/b^2 = -y/b
      Tensor db = b.requires_grad() ? sum_to(neg(div(mul(dy, yd), bd)), b.shape()) : Tensor();
      return std::vector<Tensor>{da, db};
    });
  }
  return y;
}

Tensor scale(const Tensor& x, double s) {
  check_float(x, "scale", "input");
  Tensor y = empty_like(x);
  kernels::affine(y, x, s, 0.0);
  if (needs_grad({x})) {
    record(y, "scale", {x}, [s](const Tensor& dy) { return std::vector<Tensor>{scale(dy, s)}; });
  }
  return y;
}

Tensor add_scalar(const Tensor& x, double c) {
  check_float(x, "add_scalar", "input");
  Tensor y = empty_like(x);
  kernels::affine(y, x, 1.0, c);
  if (needs_grad({x})) {
    record(y, "add_scalar", {x}, [](const Tensor& dy) { return std::vector<Tensor>{dy}; });
  }
  return y;
}

void add_(const Tensor& dst, const Tensor& src) {
  check_same_float(dst, src, "add_");
  ATTN_CHECK(broadcast_shapes(dst.shape(), src.shape(), "add_") == dst.shape(), "add_: ", src.describe(),
             " does not broadcast to the destination ", dst.describe());
  const Tensor s = src.detach().expand(dst.shape());
  dispatch_float(dst.dtype(), "add_", [&](auto tag) {
    using T = decltype(tag);
    T* d = dst.data<T>();
    const T* p = s.data<T>();
    kernels::for_each_row<2>(dst.shape(), {&dst.strides(), &s.strides()}, [&](auto off, std::int64_t n, auto inner) {
      T* dp = d + off[0];
      const T* sp = p + off[1];
      if (inner[0] == 1 && inner[1] == 1) {
#pragma omp simd
        for (std::int64_t i = 0; i < n; ++i) dp[i] += sp[i];
      } else {
        for (std::int64_t i = 0; i < n; ++i) dp[i * inner[0]] += sp[i * inner[1]];
      }
    });
  });
}

Tensor neg(const Tensor& x) {
  return scale(x, -1.0);
}

Tensor tanh(const Tensor& x) {
  return unary(kernels::UnaryOp::Tanh, "tanh", x);
}
Tensor sigmoid(const Tensor& x) {
  return unary(kernels::UnaryOp::Sigmoid, "sigmoid", x);
}
Tensor relu(const Tensor& x) {
  return unary(kernels::UnaryOp::Relu, "relu", x);
}
Tensor exp(const Tensor& x) {
  return unary(kernels::UnaryOp::Exp, "exp", x);
}
Tensor log(const Tensor& x) {
  return unary(kernels::UnaryOp::Log, "log", x);
}

Tensor gelu(const Tensor& x, GeluApprox approx) {
  return approx == GeluApprox::Tanh ? unary(kernels::UnaryOp::GeluTanh, "gelu_tanh", x)
                                    : unary(kernels::UnaryOp::GeluErf, "gelu", x);
}

}  // namespace attn
