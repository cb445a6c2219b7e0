// Highway implementation of vec_math.h. foreach_target.h re-includes this file once
// per instruction set; the HWY_ONCE part at the end defines the dispatching entry
// points.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "kernels/cpu/vec_math_hwy.cpp"
// clang-format off
#include "hwy/foreach_target.h"  // must come before highway.h
// clang-format on

#include <algorithm>
#include <cstdint>
#include <limits>

#include "hwy/cache_control.h"
#include "hwy/contrib/math/math-inl.h"
#include "hwy/highway.h"
#include "kernels/cpu/vec_math.h"

HWY_BEFORE_NAMESPACE();
namespace attn::kernels::vec {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

using Df = hn::ScalableTag<float>;
using Vf = hn::Vec<Df>;

// y[0, n) = f(x[0, n)) through a zero-padded buffer: for tails shorter than a vector.
template <class F>
HWY_INLINE void map_partial(float* y, const float* x, std::int64_t n, F f) {
  if (n <= 0) return;
  const Df d;
  HWY_ALIGN float buf[HWY_MAX_BYTES / sizeof(float)] = {};
  std::copy(x, x + n, buf);
  hn::Store(f(d, hn::Load(d, buf)), d, buf);
  std::copy(buf, buf + n, y);
}

// y[i] = f(x[i]) a vector at a time. Streaming stores need an aligned destination:
// the elements before the first aligned vector go through map_partial.
template <class F>
HWY_INLINE void map(float* y, const float* x, std::int64_t n, F f, Store store) {
  const Df d;
  const std::int64_t lanes = static_cast<std::int64_t>(hn::Lanes(d));
  std::int64_t i = 0;
  if (store == Store::Streaming) {
    const auto misaligned = static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(y) / sizeof(float) % lanes);
    i = misaligned ? std::min(n, lanes - misaligned) : 0;
    map_partial(y, x, i, f);
    for (; i + lanes <= n; i += lanes) hn::Stream(f(d, hn::LoadU(d, x + i)), d, y + i);
    hwy::FlushStream();
  } else {
    for (; i + lanes <= n; i += lanes) hn::StoreU(f(d, hn::LoadU(d, x + i)), d, y + i);
  }
  map_partial(y + i, x + i, n - i, f);
}

// y[i] = f(a[i], b[i]): map's two-input twin.
template <class F>
HWY_INLINE void map2_partial(float* y, const float* a, const float* b, std::int64_t n, F f) {
  if (n <= 0) return;
  const Df d;
  HWY_ALIGN float buf_a[HWY_MAX_BYTES / sizeof(float)] = {};
  HWY_ALIGN float buf_b[HWY_MAX_BYTES / sizeof(float)] = {};
  std::copy(a, a + n, buf_a);
  std::copy(b, b + n, buf_b);
  hn::Store(f(d, hn::Load(d, buf_a), hn::Load(d, buf_b)), d, buf_a);
  std::copy(buf_a, buf_a + n, y);
}

template <class F>
HWY_INLINE void map2(float* y, const float* a, const float* b, std::int64_t n, F f, Store store) {
  const Df d;
  const std::int64_t lanes = static_cast<std::int64_t>(hn::Lanes(d));
  std::int64_t i = 0;
  if (store == Store::Streaming) {
    const auto misaligned = static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(y) / sizeof(float) % lanes);
    i = misaligned ? std::min(n, lanes - misaligned) : 0;
    map2_partial(y, a, b, i, f);
    for (; i + lanes <= n; i += lanes) hn::Stream(f(d, hn::LoadU(d, a + i), hn::LoadU(d, b + i)), d, y + i);
    hwy::FlushStream();
  } else {
    for (; i + lanes <= n; i += lanes) hn::StoreU(f(d, hn::LoadU(d, a + i), hn::LoadU(d, b + i)), d, y + i);
  }
  map2_partial(y + i, a + i, b + i, n - i, f);
}

struct AddOp {
  HWY_INLINE Vf operator()(Df, Vf a, Vf b) const { return hn::Add(a, b); }
};
struct SubOp {
  HWY_INLINE Vf operator()(Df, Vf a, Vf b) const { return hn::Sub(a, b); }
};
struct MulOp {
  HWY_INLINE Vf operator()(Df, Vf a, Vf b) const { return hn::Mul(a, b); }
};
struct DivOp {
  HWY_INLINE Vf operator()(Df, Vf a, Vf b) const { return hn::Div(a, b); }
};

void Add(float* y, const float* a, const float* b, std::int64_t n, Store store) {
  map2(y, a, b, n, AddOp{}, store);
}
void Sub(float* y, const float* a, const float* b, std::int64_t n, Store store) {
  map2(y, a, b, n, SubOp{}, store);
}
void Mul(float* y, const float* a, const float* b, std::int64_t n, Store store) {
  map2(y, a, b, n, MulOp{}, store);
}
void Div(float* y, const float* a, const float* b, std::int64_t n, Store store) {
  map2(y, a, b, n, DivOp{}, store);
}

// s x + c, fused (one rounding) where the CPU has FMA.
struct AffineOp {
  Vf s, c;
  HWY_INLINE Vf operator()(Df, Vf x) const { return hn::MulAdd(s, x, c); }
};

void Affine(float* y, const float* x, float s, float c, std::int64_t n, Store store) {
  const Df d;
  map(y, x, n, AffineOp{hn::Set(d, s), hn::Set(d, c)}, store);
}

// x > 0 ? x : 0, so NaN gives 0 as in the plain loop.
struct ReluOp {
  HWY_INLINE Vf operator()(Df d, Vf x) const { return hn::IfThenElseZero(hn::Gt(x, hn::Zero(d)), x); }
};

void Relu(float* y, const float* x, std::int64_t n, Store store) {
  map(y, x, n, ReluOp{}, store);
}

// Where x is NaN, NaN; elsewhere y. (Highway's Exp maps NaN to 0.)
HWY_INLINE Vf keep_nan(Vf x, Vf y) {
  return hn::IfThenElse(hn::IsNaN(x), x, y);
}

// e^x for every float: Highway's Exp is valid up to x = 104; beyond 89 the result
// is +inf anyway (e^88.73 > FLT_MAX), so larger inputs are clamped there.
struct ExpOp {
  HWY_INLINE Vf operator()(Df d, Vf x) const { return keep_nan(x, hn::Exp(d, hn::Min(x, hn::Set(d, 89.0f)))); }
};

struct TanhOp {
  HWY_INLINE Vf operator()(Df d, Vf x) const { return hn::Tanh(d, x); }
};

// The parts of sigmoid(z) = 1 / (1 + e^-z): e = e^-|z| and r = 1 / (1 + e), so that
// sigmoid(z) = r for z >= 0 and e r for z < 0, and sigmoid(z) (1 - sigmoid(z)) = e r^2.
// e in (0, 1] never overflows and keeps full relative precision in the left tail.
struct SigmoidParts {
  Vf e, r;
};

HWY_INLINE SigmoidParts parts_from_exp(Df d, Vf e) {
  return {e, hn::Div(hn::Set(d, 1.0f), hn::Add(hn::Set(d, 1.0f), e))};
}
HWY_INLINE SigmoidParts sigmoid_parts(Df d, Vf z) {
  return parts_from_exp(d, hn::Exp(d, hn::Neg(hn::Abs(z))));
}
// Of z + dz, where dz is z's small rounding error, applied to first order:
// e^-|z + dz| = e^-|z| (1 - sign(z) dz). Beyond |z| = 100, e is 0 in f32 anyway and
// dz may be inf or NaN, so it is dropped.
HWY_INLINE SigmoidParts sigmoid_parts(Df d, Vf z, Vf dz) {
  const Vf e = hn::Exp(d, hn::Neg(hn::Abs(z)));
  const Vf correction = hn::IfThenElse(hn::Lt(z, hn::Zero(d)), dz, hn::Neg(dz));
  const Vf small = hn::IfThenElseZero(hn::Lt(hn::Abs(z), hn::Set(d, 100.0f)), correction);
  return parts_from_exp(d, hn::MulAdd(e, small, e));
}
HWY_INLINE Vf sigmoid_value(Df d, Vf z, SigmoidParts p) {
  return hn::IfThenElse(hn::Lt(z, hn::Zero(d)), hn::Mul(p.e, p.r), p.r);
}

struct SigmoidOp {
  HWY_INLINE Vf operator()(Df d, Vf x) const { return keep_nan(x, sigmoid_value(d, x, sigmoid_parts(d, x))); }
};

constexpr float kSqrt2OverPi = 0.7978845608028654f;  // sqrt(2/pi)
constexpr float kGeluCubic = 0.044715f;
constexpr float kGeluA = 2.0f * kSqrt2OverPi;  // 2u = x (a + b x^2)
constexpr float kGeluB = 2.0f * kSqrt2OverPi * kGeluCubic;

// z = 2u = x (a + b x^2) and dz, the rounding error of the final product, recovered
// exactly by a fused multiply-subtract (0 on targets without FMA). sigmoid(z) has
// condition number |z| (1 - sigmoid(z)), large in the left tail, so the error of z
// matters there.
struct TwoU {
  Vf z, dz;
};
HWY_INLINE TwoU gelu_two_u(Df d, Vf x) {
  const Vf t = hn::MulAdd(hn::Set(d, kGeluB), hn::Mul(x, x), hn::Set(d, kGeluA));
  const Vf z = hn::Mul(x, t);
  return {z, hn::MulSub(x, t, z)};
}

struct GeluTanhOp {
  HWY_INLINE Vf operator()(Df d, Vf x) const {
    const TwoU u = gelu_two_u(d, x);
    return keep_nan(x, hn::Mul(x, sigmoid_value(d, u.z, sigmoid_parts(d, u.z, u.dz))));
  }
};

void Exp(float* y, const float* x, std::int64_t n, Store store) {
  map(y, x, n, ExpOp{}, store);
}
void Tanh(float* y, const float* x, std::int64_t n, Store store) {
  map(y, x, n, TanhOp{}, store);
}
void Sigmoid(float* y, const float* x, std::int64_t n, Store store) {
  map(y, x, n, SigmoidOp{}, store);
}
void GeluTanh(float* y, const float* x, std::int64_t n, Store store) {
  map(y, x, n, GeluTanhOp{}, store);
}

// dx = dy * (s + x s (1 - s) dz/dx), s = sigmoid(z), z = 2u, dz/dx = a + 3 b x^2.
HWY_INLINE Vf gelu_tanh_grad(Df d, Vf dy, Vf x) {
  const TwoU u = gelu_two_u(d, x);
  const SigmoidParts p = sigmoid_parts(d, u.z, u.dz);
  const Vf s = sigmoid_value(d, u.z, p);
  const Vf s_one_minus_s = hn::Mul(p.e, hn::Mul(p.r, p.r));
  const Vf dz_dx = hn::MulAdd(hn::Set(d, 3.0f * kGeluB), hn::Mul(x, x), hn::Set(d, kGeluA));
  const Vf g = hn::MulAdd(hn::Mul(x, s_one_minus_s), dz_dx, s);
  return keep_nan(x, hn::Mul(dy, g));
}

void GeluTanhBackward(float* dx, const float* dy, const float* x, std::int64_t n) {
  const Df d;
  const std::int64_t lanes = static_cast<std::int64_t>(hn::Lanes(d));
  std::int64_t i = 0;
  for (; i + lanes <= n; i += lanes)
    hn::StoreU(gelu_tanh_grad(d, hn::LoadU(d, dy + i), hn::LoadU(d, x + i)), d, dx + i);
  if (i < n) {
    HWY_ALIGN float bdy[HWY_MAX_BYTES / sizeof(float)] = {};
    HWY_ALIGN float bx[HWY_MAX_BYTES / sizeof(float)] = {};
    std::copy(dy + i, dy + n, bdy);
    std::copy(x + i, x + n, bx);
    hn::Store(gelu_tanh_grad(d, hn::Load(d, bdy), hn::Load(d, bx)), d, bx);
    std::copy(bx, bx + (n - i), dx + i);
  }
}

// Σ x (kSquares false) or Σ x^2 (true), each term promoted to double first: half a
// float vector at a time, four accumulators to hide the latency of the additions.
template <bool kSquares>
HWY_INLINE double promoted_sum(const float* x, std::int64_t n) {
  const hn::ScalableTag<double> dd;
  const hn::Rebind<float, decltype(dd)> dh;
  const std::int64_t lanes = static_cast<std::int64_t>(hn::Lanes(dd));
  const auto add = [&](auto acc, const float* p) {
    const auto v = hn::PromoteTo(dd, hn::LoadU(dh, p));
    if constexpr (kSquares) return hn::MulAdd(v, v, acc);
    return hn::Add(acc, v);
  };
  auto acc0 = hn::Zero(dd), acc1 = hn::Zero(dd), acc2 = hn::Zero(dd), acc3 = hn::Zero(dd);
  std::int64_t i = 0;
  for (; i + 4 * lanes <= n; i += 4 * lanes) {
    acc0 = add(acc0, x + i);
    acc1 = add(acc1, x + i + lanes);
    acc2 = add(acc2, x + i + 2 * lanes);
    acc3 = add(acc3, x + i + 3 * lanes);
  }
  for (; i + lanes <= n; i += lanes) acc0 = add(acc0, x + i);
  double total = hn::GetLane(hn::SumOfLanes(dd, hn::Add(hn::Add(acc0, acc1), hn::Add(acc2, acc3))));
  for (; i < n; ++i) total += kSquares ? double(x[i]) * double(x[i]) : double(x[i]);
  return total;
}

double Sum(const float* x, std::int64_t n) {
  return promoted_sum<false>(x, n);
}

double SumOfSquares(const float* x, std::int64_t n) {
  return promoted_sum<true>(x, n);
}

float Max(const float* x, std::int64_t n) {
  const Df d;
  const std::int64_t lanes = static_cast<std::int64_t>(hn::Lanes(d));
  const float lowest = -std::numeric_limits<float>::infinity();
  auto m0 = hn::Set(d, lowest), m1 = m0;
  std::int64_t i = 0;
  for (; i + 2 * lanes <= n; i += 2 * lanes) {
    m0 = hn::Max(m0, hn::LoadU(d, x + i));
    m1 = hn::Max(m1, hn::LoadU(d, x + i + lanes));
  }
  for (; i + lanes <= n; i += lanes) m0 = hn::Max(m0, hn::LoadU(d, x + i));
  float m = hn::GetLane(hn::MaxOfLanes(d, hn::Max(m0, m1)));
  for (; i < n; ++i) m = x[i] > m ? x[i] : m;
  return m;
}

struct ExpShiftedOp {
  Vf shift;
  HWY_INLINE Vf operator()(Df d, Vf x) const { return ExpOp{}(d, hn::Sub(x, shift)); }
};

double ExpShiftedSum(float* y, const float* x, float shift, std::int64_t n) {
  map(y, x, n, ExpShiftedOp{hn::Set(Df(), shift)}, Store::Cached);
  return Sum(y, n);
}

std::int64_t Target() {
  return HWY_TARGET;
}

}  // namespace HWY_NAMESPACE
}  // namespace attn::kernels::vec
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace attn::kernels::vec {

HWY_EXPORT(Add);
HWY_EXPORT(Sub);
HWY_EXPORT(Mul);
HWY_EXPORT(Div);
HWY_EXPORT(Affine);
HWY_EXPORT(Relu);
HWY_EXPORT(Exp);
HWY_EXPORT(Tanh);
HWY_EXPORT(Sigmoid);
HWY_EXPORT(GeluTanh);
HWY_EXPORT(GeluTanhBackward);
HWY_EXPORT(ExpShiftedSum);
HWY_EXPORT(Sum);
HWY_EXPORT(SumOfSquares);
HWY_EXPORT(Max);
HWY_EXPORT(Target);

void add(float* y, const float* a, const float* b, std::int64_t n, Store store) {
  HWY_DYNAMIC_DISPATCH(Add)(y, a, b, n, store);
}
void sub(float* y, const float* a, const float* b, std::int64_t n, Store store) {
  HWY_DYNAMIC_DISPATCH(Sub)(y, a, b, n, store);
}
void mul(float* y, const float* a, const float* b, std::int64_t n, Store store) {
  HWY_DYNAMIC_DISPATCH(Mul)(y, a, b, n, store);
}
void div(float* y, const float* a, const float* b, std::int64_t n, Store store) {
  HWY_DYNAMIC_DISPATCH(Div)(y, a, b, n, store);
}
void affine(float* y, const float* x, float s, float c, std::int64_t n, Store store) {
  HWY_DYNAMIC_DISPATCH(Affine)(y, x, s, c, n, store);
}
void relu(float* y, const float* x, std::int64_t n, Store store) {
  HWY_DYNAMIC_DISPATCH(Relu)(y, x, n, store);
}
void exp(float* y, const float* x, std::int64_t n, Store store) {
  HWY_DYNAMIC_DISPATCH(Exp)(y, x, n, store);
}
void tanh(float* y, const float* x, std::int64_t n, Store store) {
  HWY_DYNAMIC_DISPATCH(Tanh)(y, x, n, store);
}
void sigmoid(float* y, const float* x, std::int64_t n, Store store) {
  HWY_DYNAMIC_DISPATCH(Sigmoid)(y, x, n, store);
}
void gelu_tanh(float* y, const float* x, std::int64_t n, Store store) {
  HWY_DYNAMIC_DISPATCH(GeluTanh)(y, x, n, store);
}
void gelu_tanh_backward(float* dx, const float* dy, const float* x, std::int64_t n) {
  HWY_DYNAMIC_DISPATCH(GeluTanhBackward)(dx, dy, x, n);
}
double exp_shifted_sum(float* y, const float* x, float shift, std::int64_t n) {
  return HWY_DYNAMIC_DISPATCH(ExpShiftedSum)(y, x, shift, n);
}
float max(const float* x, std::int64_t n) {
  return HWY_DYNAMIC_DISPATCH(Max)(x, n);
}
double sum(const float* x, std::int64_t n) {
  return HWY_DYNAMIC_DISPATCH(Sum)(x, n);
}
double sum_of_squares(const float* x, std::int64_t n) {
  return HWY_DYNAMIC_DISPATCH(SumOfSquares)(x, n);
}
const char* dispatched_target() {
  return hwy::TargetName(HWY_DYNAMIC_DISPATCH(Target)());
}

}  // namespace attn::kernels::vec
#endif  // HWY_ONCE
