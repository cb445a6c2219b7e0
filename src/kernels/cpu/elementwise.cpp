#include "kernels/cpu/elementwise.h"

#include <cmath>

#include "dispatch.h"
#include "kernels/cpu/strided.h"

namespace attn::kernels {
namespace {

template <class T, class F>
void binary_rows(const Tensor& out, const Tensor& a, const Tensor& b, F f) {
  T* o = out.data<T>();
  const T* pa = static_cast<const T*>(a.raw_data());
  const T* pb = static_cast<const T*>(b.raw_data());
  for_each_row<3>(out.shape(), {&out.strides(), &a.strides(), &b.strides()},
                  [&](auto off, std::int64_t n, auto inner) {
                    T* __restrict y = o + off[0];
                    const T* __restrict x0 = pa + off[1];
                    const T* __restrict x1 = pb + off[2];
                    // The common layouts get loops the compiler vectorises.
                    if (inner[1] == 1 && inner[2] == 1) {
#pragma omp simd
                      for (std::int64_t i = 0; i < n; ++i) y[i] = f(x0[i], x1[i]);
                    } else if (inner[1] == 1 && inner[2] == 0) {
                      const T c = x1[0];
#pragma omp simd
                      for (std::int64_t i = 0; i < n; ++i) y[i] = f(x0[i], c);
                    } else if (inner[1] == 0 && inner[2] == 1) {
                      const T c = x0[0];
#pragma omp simd
                      for (std::int64_t i = 0; i < n; ++i) y[i] = f(c, x1[i]);
                    } else {
                      for (std::int64_t i = 0; i < n; ++i) y[i] = f(x0[i * inner[1]], x1[i * inner[2]]);
                    }
                  });
}

// Contiguous map y[i] = f(x[i]) (or of two arrays), split across threads.
template <class T, class F>
void map1(T* __restrict y, const T* __restrict x, std::int64_t n, F f) {
#pragma omp parallel for simd schedule(static) if (n >= kParallelGrain)
  for (std::int64_t i = 0; i < n; ++i) y[i] = f(x[i]);
}

template <class T, class F>
void map2(T* __restrict y, const T* __restrict a, const T* __restrict b, std::int64_t n, F f) {
#pragma omp parallel for simd schedule(static) if (n >= kParallelGrain)
  for (std::int64_t i = 0; i < n; ++i) y[i] = f(a[i], b[i]);
}

constexpr double kSqrt2OverPi = 0.7978845608028654;  // sqrt(2/pi)
constexpr double kGeluCubic = 0.044715;
constexpr double kInvSqrt2 = 0.7071067811865476;
constexpr double kInvSqrt2Pi = 0.3989422804014327;  // 1/sqrt(2 pi)

}  // namespace

void binary(BinaryOp op, const Tensor& out, const Tensor& a, const Tensor& b) {
  dispatch_float(out.dtype(), "binary", [&](auto tag) {
    using T = decltype(tag);
    switch (op) {
      case BinaryOp::Add: binary_rows<T>(out, a, b, [](T x, T y) { return x + y; }); break;
      case BinaryOp::Sub: binary_rows<T>(out, a, b, [](T x, T y) { return x - y; }); break;
      case BinaryOp::Mul: binary_rows<T>(out, a, b, [](T x, T y) { return x * y; }); break;
      case BinaryOp::Div: binary_rows<T>(out, a, b, [](T x, T y) { return x / y; }); break;
    }
  });
}

void affine(const Tensor& out, const Tensor& x, double s, double c) {
  dispatch_float(out.dtype(), "affine", [&](auto tag) {
    using T = decltype(tag);
    const T ts = static_cast<T>(s), tc = static_cast<T>(c);
    T* o = out.data<T>();
    const T* px = static_cast<const T*>(x.raw_data());
    for_each_row<2>(out.shape(), {&out.strides(), &x.strides()}, [&](auto off, std::int64_t n, auto inner) {
      T* __restrict y = o + off[0];
      const T* __restrict xp = px + off[1];
      if (inner[1] == 1) {
#pragma omp simd
        for (std::int64_t i = 0; i < n; ++i) y[i] = ts * xp[i] + tc;
      } else {
        for (std::int64_t i = 0; i < n; ++i) y[i] = ts * xp[i * inner[1]] + tc;
      }
    });
  });
}

void unary_forward(UnaryOp op, const Tensor& y, const Tensor& x) {
  dispatch_float(x.dtype(), "unary", [&](auto tag) {
    using T = decltype(tag);
    T* py = y.data<T>();
    const T* px = x.data<T>();
    const std::int64_t n = x.numel();
    switch (op) {
      case UnaryOp::Tanh: map1(py, px, n, [](T v) { return std::tanh(v); }); break;
      case UnaryOp::Sigmoid: map1(py, px, n, [](T v) { return T(1) / (T(1) + std::exp(-v)); }); break;
      case UnaryOp::Relu: map1(py, px, n, [](T v) { return v > T(0) ? v : T(0); }); break;
      case UnaryOp::Exp: map1(py, px, n, [](T v) { return std::exp(v); }); break;
      case UnaryOp::Log: map1(py, px, n, [](T v) { return std::log(v); }); break;
      case UnaryOp::GeluTanh:
        map1(py, px, n, [](T v) {
          const T inner = T(kSqrt2OverPi) * (v + T(kGeluCubic) * v * v * v);
          return T(0.5) * v * (T(1) + std::tanh(inner));
        });
        break;
      case UnaryOp::GeluErf:
        map1(py, px, n, [](T v) { return T(0.5) * v * (T(1) + std::erf(v * T(kInvSqrt2))); });
        break;
    }
  });
}

void unary_backward(UnaryOp op, const Tensor& dx, const Tensor& dy, const Tensor& x, const Tensor& y) {
  dispatch_float(dx.dtype(), "unary_backward", [&](auto tag) {
    using T = decltype(tag);
    T* pdx = dx.data<T>();
    const T* pdy = dy.data<T>();
    const std::int64_t n = dx.numel();
    switch (op) {
      case UnaryOp::Tanh: map2(pdx, pdy, y.data<T>(), n, [](T g, T v) { return g * (T(1) - v * v); }); break;
      case UnaryOp::Sigmoid: map2(pdx, pdy, y.data<T>(), n, [](T g, T v) { return g * v * (T(1) - v); }); break;
      case UnaryOp::Relu: map2(pdx, pdy, x.data<T>(), n, [](T g, T v) { return v > T(0) ? g : T(0); }); break;
      case UnaryOp::Exp: map2(pdx, pdy, y.data<T>(), n, [](T g, T v) { return g * v; }); break;
      case UnaryOp::Log: map2(pdx, pdy, x.data<T>(), n, [](T g, T v) { return g / v; }); break;
      case UnaryOp::GeluTanh:
        map2(pdx, pdy, x.data<T>(), n, [](T g, T v) {
          const T inner = T(kSqrt2OverPi) * (v + T(kGeluCubic) * v * v * v);
          const T t = std::tanh(inner);
          const T dinner = T(kSqrt2OverPi) * (T(1) + T(3 * kGeluCubic) * v * v);
          return g * (T(0.5) * (T(1) + t) + T(0.5) * v * (T(1) - t * t) * dinner);
        });
        break;
      case UnaryOp::GeluErf:
        map2(pdx, pdy, x.data<T>(), n, [](T g, T v) {
          const T cdf = T(0.5) * (T(1) + std::erf(v * T(kInvSqrt2)));
          const T pdf = T(kInvSqrt2Pi) * std::exp(T(-0.5) * v * v);
          return g * (cdf + v * pdf);
        });
        break;
    }
  });
}

}  // namespace attn::kernels
