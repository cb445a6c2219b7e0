#include "kernels/cpu/elementwise.h"

#include <algorithm>
#include <cmath>
#include <type_traits>

#include "dispatch.h"
#include "kernels/cpu/chunks.h"
#include "kernels/cpu/strided.h"
#include "kernels/cpu/vec_math.h"

namespace attn::kernels {
namespace {

// Outputs from this size on are written with streaming stores (vec_math.h): beyond
// the last-level cache a process typically gets, they would be evicted before the
// next op reads them anyway.
constexpr std::int64_t kStreamingBytes = std::int64_t(32) << 20;

vec::Store store_for(const Tensor& out) {
  return out.numel() * std::int64_t(sizeof(float)) >= kStreamingBytes ? vec::Store::Streaming : vec::Store::Cached;
}

// The f32 vector kernel of op.
using VecBinary = void (*)(float*, const float*, const float*, std::int64_t, vec::Store);
VecBinary vector_kernel(BinaryOp op) {
  switch (op) {
    case BinaryOp::Add:
      return vec::add;
    case BinaryOp::Sub:
      return vec::sub;
    case BinaryOp::Mul:
      return vec::mul;
    case BinaryOp::Div:
      return vec::div;
  }
  return nullptr;
}

template <class T, class F>
void binary_rows(BinaryOp op, const Tensor& out, const Tensor& a, const Tensor& b, F f) {
  T* o = out.data<T>();
  const T* pa = static_cast<const T*>(a.raw_data());
  const T* pb = static_cast<const T*>(b.raw_data());
  const vec::Store store = store_for(out);
  const VecBinary kernel = vector_kernel(op);
  for_each_row<3>(out.shape(), {&out.strides(), &a.strides(), &b.strides()}, [&](auto off, std::int64_t n, auto inner) {
    T* __restrict y = o + off[0];
    const T* __restrict x0 = pa + off[1];
    const T* __restrict x1 = pb + off[2];
    // The common layouts get vectorised loops.
    if (inner[1] == 1 && inner[2] == 1) {
      if constexpr (std::is_same_v<T, float>) {
        kernel(y, x0, x1, n, store);
      } else {
#pragma omp simd
        for (std::int64_t i = 0; i < n; ++i) y[i] = f(x0[i], x1[i]);
      }
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
  if (n >= kParallelGrain) {  // (parallel_for.h: no OpenMP region below the grain)
#pragma omp parallel for simd schedule(static)
    for (std::int64_t i = 0; i < n; ++i) y[i] = f(x[i]);
  } else {
#pragma omp simd
    for (std::int64_t i = 0; i < n; ++i) y[i] = f(x[i]);
  }
}

template <class T, class F>
void map2(T* __restrict y, const T* __restrict a, const T* __restrict b, std::int64_t n, F f) {
  if (n >= kParallelGrain) {
#pragma omp parallel for simd schedule(static)
    for (std::int64_t i = 0; i < n; ++i) y[i] = f(a[i], b[i]);
  } else {
#pragma omp simd
    for (std::int64_t i = 0; i < n; ++i) y[i] = f(a[i], b[i]);
  }
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
      case BinaryOp::Add:
        binary_rows<T>(op, out, a, b, [](T x, T y) { return x + y; });
        break;
      case BinaryOp::Sub:
        binary_rows<T>(op, out, a, b, [](T x, T y) { return x - y; });
        break;
      case BinaryOp::Mul:
        binary_rows<T>(op, out, a, b, [](T x, T y) { return x * y; });
        break;
      case BinaryOp::Div:
        binary_rows<T>(op, out, a, b, [](T x, T y) { return x / y; });
        break;
    }
  });
}

void affine(const Tensor& out, const Tensor& x, double s, double c) {
  dispatch_float(out.dtype(), "affine", [&](auto tag) {
    using T = decltype(tag);
    const T ts = static_cast<T>(s), tc = static_cast<T>(c);
    T* o = out.data<T>();
    const T* px = static_cast<const T*>(x.raw_data());
    const vec::Store store = store_for(out);
    for_each_row<2>(out.shape(), {&out.strides(), &x.strides()}, [&](auto off, std::int64_t n, auto inner) {
      T* __restrict y = o + off[0];
      const T* __restrict xp = px + off[1];
      if constexpr (std::is_same_v<T, float>) {
        if (inner[1] == 1) return vec::affine(y, xp, ts, tc, n, store);
      }
      if (inner[1] == 1) {
#pragma omp simd
        for (std::int64_t i = 0; i < n; ++i) y[i] = ts * xp[i] + tc;
      } else {
        for (std::int64_t i = 0; i < n; ++i) y[i] = ts * xp[i * inner[1]] + tc;
      }
    });
  });
}

void unary_forward_reference(UnaryOp op, const Tensor& y, const Tensor& x) {
  dispatch_float(x.dtype(), "unary", [&](auto tag) {
    using T = decltype(tag);
    T* py = y.data<T>();
    const T* px = x.data<T>();
    const std::int64_t n = x.numel();
    switch (op) {
      case UnaryOp::Tanh:
        map1(py, px, n, [](T v) { return std::tanh(v); });
        break;
      case UnaryOp::Sigmoid:
        map1(py, px, n, [](T v) { return T(1) / (T(1) + std::exp(-v)); });
        break;
      case UnaryOp::Relu:
        map1(py, px, n, [](T v) { return v > T(0) ? v : T(0); });
        break;
      case UnaryOp::Exp:
        map1(py, px, n, [](T v) { return std::exp(v); });
        break;
      case UnaryOp::Log:
        map1(py, px, n, [](T v) { return std::log(v); });
        break;
      case UnaryOp::GeluTanh:
        // 0.5 (1 + tanh u) = 1 / (1 + e^(-2u)): the same value without the
        // cancellation of 1 + tanh u when u is very negative.
        map1(py, px, n, [](T v) {
          const T inner = T(kSqrt2OverPi) * (v + T(kGeluCubic) * v * v * v);
          return v / (T(1) + std::exp(T(-2) * inner));
        });
        break;
      case UnaryOp::GeluErf:
        map1(py, px, n, [](T v) { return T(0.5) * v * (T(1) + std::erf(v * T(kInvSqrt2))); });
        break;
    }
  });
}

void unary_backward_reference(UnaryOp op, const Tensor& dx, const Tensor& dy, const Tensor& x, const Tensor& y) {
  dispatch_float(dx.dtype(), "unary_backward", [&](auto tag) {
    using T = decltype(tag);
    T* pdx = dx.data<T>();
    const T* pdy = dy.data<T>();
    const std::int64_t n = dx.numel();
    switch (op) {
      case UnaryOp::Tanh:
        map2(pdx, pdy, y.data<T>(), n, [](T g, T v) { return g * (T(1) - v * v); });
        break;
      case UnaryOp::Sigmoid:
        map2(pdx, pdy, y.data<T>(), n, [](T g, T v) { return g * v * (T(1) - v); });
        break;
      case UnaryOp::Relu:
        map2(pdx, pdy, x.data<T>(), n, [](T g, T v) { return v > T(0) ? g : T(0); });
        break;
      case UnaryOp::Exp:
        map2(pdx, pdy, y.data<T>(), n, [](T g, T v) { return g * v; });
        break;
      case UnaryOp::Log:
        map2(pdx, pdy, x.data<T>(), n, [](T g, T v) { return g / v; });
        break;
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

namespace {

// f32 ops with a vectorised kernel in vec_math.h; null for the others.
using VecMap = void (*)(float*, const float*, std::int64_t, vec::Store);
VecMap vector_kernel(UnaryOp op) {
  switch (op) {
    case UnaryOp::Tanh:
      return vec::tanh;
    case UnaryOp::Sigmoid:
      return vec::sigmoid;
    case UnaryOp::Exp:
      return vec::exp;
    case UnaryOp::GeluTanh:
      return vec::gelu_tanh;
    case UnaryOp::Relu:
      return vec::relu;
    default:
      return nullptr;
  }
}

}  // namespace

void unary_forward(UnaryOp op, const Tensor& y, const Tensor& x) {
  const VecMap kernel = x.dtype() == DType::F32 ? vector_kernel(op) : nullptr;
  if (!kernel) return unary_forward_reference(op, y, x);
  float* py = y.data<float>();
  const float* px = x.data<float>();
  const vec::Store store = store_for(y);
  for_chunks(x.numel(), [&](std::int64_t begin, std::int64_t n) { kernel(py + begin, px + begin, n, store); });
}

void unary_backward(UnaryOp op, const Tensor& dx, const Tensor& dy, const Tensor& x, const Tensor& y) {
  if (dx.dtype() != DType::F32 || op != UnaryOp::GeluTanh) return unary_backward_reference(op, dx, dy, x, y);
  float* pdx = dx.data<float>();
  const float* pdy = dy.data<float>();
  const float* px = x.data<float>();
  for_chunks(dx.numel(), [&](std::int64_t begin, std::int64_t n) {
    vec::gelu_tanh_backward(pdx + begin, pdy + begin, px + begin, n);
  });
}

}  // namespace attn::kernels
