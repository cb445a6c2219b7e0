// Highway implementation of decode_partial_row (decode_attention.h). foreach_target.h
// re-includes this file once per instruction set; the HWY_ONCE part at the end
// defines the dispatching entry point.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "kernels/cpu/decode_attention_hwy.cpp"
// clang-format off
#include "hwy/foreach_target.h"  // must come before highway.h
// clang-format on

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

#include "hwy/cache_control.h"
#include "hwy/contrib/math/math-inl.h"
#include "hwy/highway.h"
#include "kernels/cpu/decode_attention.h"

HWY_BEFORE_NAMESPACE();
namespace attn::kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

using Df = hn::ScalableTag<float>;

// a·b over n floats: two accumulators of fused multiply-adds, a scalar tail.
HWY_INLINE float dot(const float* HWY_RESTRICT a, const float* HWY_RESTRICT b, std::int64_t n) {
  const Df d;
  const std::int64_t lanes = static_cast<std::int64_t>(hn::Lanes(d));
  auto acc0 = hn::Zero(d), acc1 = hn::Zero(d);
  std::int64_t i = 0;
  for (; i + 2 * lanes <= n; i += 2 * lanes) {
    acc0 = hn::MulAdd(hn::LoadU(d, a + i), hn::LoadU(d, b + i), acc0);
    acc1 = hn::MulAdd(hn::LoadU(d, a + i + lanes), hn::LoadU(d, b + i + lanes), acc1);
  }
  for (; i + lanes <= n; i += lanes) acc0 = hn::MulAdd(hn::LoadU(d, a + i), hn::LoadU(d, b + i), acc0);
  float total = hn::GetLane(hn::SumOfLanes(d, hn::Add(acc0, acc1)));
  for (; i < n; ++i) total += a[i] * b[i];
  return total;
}

// y += alpha * x over n floats.
HWY_INLINE void axpy(float* HWY_RESTRICT y, float alpha, const float* HWY_RESTRICT x, std::int64_t n) {
  const Df d;
  const std::int64_t lanes = static_cast<std::int64_t>(hn::Lanes(d));
  const auto a = hn::Set(d, alpha);
  std::int64_t i = 0;
  for (; i + lanes <= n; i += lanes) hn::StoreU(hn::MulAdd(a, hn::LoadU(d, x + i), hn::LoadU(d, y + i)), d, y + i);
  for (; i < n; ++i) y[i] += alpha * x[i];
}

// scores[j] <- e^(scores[j] - m), masked (-inf) scores to exactly 0; returns the sum.
// Arguments below -87 are clamped there (e^-87 ~ 1.6e-38, still a normal float) to
// stay in Exp's valid range; those terms are negligible next to the maximum's 1.
HWY_INLINE float exp_shifted_in_place(float* scores, float m, std::int64_t n) {
  const Df d;
  const std::int64_t lanes = static_cast<std::int64_t>(hn::Lanes(d));
  const auto shift = hn::Set(d, m), floor = hn::Set(d, -87.0f);
  const auto minus_inf = hn::Set(d, -std::numeric_limits<float>::infinity());
  auto acc = hn::Zero(d);
  std::int64_t j = 0;
  for (; j + lanes <= n; j += lanes) {
    const auto z = hn::LoadU(d, scores + j);
    const auto p = hn::IfThenZeroElse(hn::Eq(z, minus_inf), hn::Exp(d, hn::Max(hn::Sub(z, shift), floor)));
    hn::StoreU(p, d, scores + j);
    acc = hn::Add(acc, p);
  }
  float total = hn::GetLane(hn::SumOfLanes(d, acc));
  for (; j < n; ++j) {
    const float z = scores[j];
    scores[j] = z == -std::numeric_limits<float>::infinity() ? 0.0f : std::exp(std::max(z - m, -87.0f));
    total += scores[j];
  }
  return total;
}

// The cache's rows come from memory, not from the caches: the products of the step
// before streamed every weight through them. The hardware prefetchers start late on
// runs this short (D floats a key, tens to hundreds of keys a head), so the loop asks
// for the first kPrefetchKeys keys up front, then for key j + kPrefetchKeys while it
// scores key j, and for value j, which the weighted sum reads once the scores are
// done. Timed cold (a 64 MiB sweep between calls), 12 heads of D = 64, two threads:
// 204 -> 172 us at S = 1024, 60 -> 49 us at S = 272 (medians of six).
constexpr std::int64_t kPrefetchKeys = 8;

HWY_INLINE void prefetch_row(const float* row, std::int64_t n) {
  constexpr std::int64_t kLineFloats = 64 / sizeof(float);
  for (std::int64_t i = 0; i < n; i += kLineFloats) hwy::Prefetch(row + i);
}

PartialSoftmax DecodePartialRow(float* o, float* scores, const float* q, const float* k, std::int64_t k_stride,
                                const float* v, std::int64_t v_stride, const std::uint8_t* padding, std::int64_t n,
                                std::int64_t d, std::int64_t dv, float scale) {
  constexpr float kMinusInf = -std::numeric_limits<float>::infinity();
  float m = kMinusInf;
  for (std::int64_t j = 0; j < std::min(n, kPrefetchKeys); ++j) prefetch_row(k + j * k_stride, d);
  for (std::int64_t j = 0; j < n; ++j) {
    if (j + kPrefetchKeys < n) prefetch_row(k + (j + kPrefetchKeys) * k_stride, d);
    prefetch_row(v + j * v_stride, dv);
    scores[j] = (padding && padding[j]) ? kMinusInf : scale * dot(q, k + j * k_stride, d);
    m = std::max(m, scores[j]);
  }
  std::fill(o, o + dv, 0.0f);
  if (m == kMinusInf) return {m, 0.0f};
  const float sum = exp_shifted_in_place(scores, m, n);
  for (std::int64_t j = 0; j < n; ++j)
    if (scores[j] != 0.0f) axpy(o, scores[j], v + j * v_stride, dv);
  return {m, sum};
}

}  // namespace HWY_NAMESPACE
}  // namespace attn::kernels
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace attn::kernels {

HWY_EXPORT(DecodePartialRow);

PartialSoftmax decode_partial_row(float* o, float* scores, const float* q, const float* k, std::int64_t k_stride,
                                  const float* v, std::int64_t v_stride, const std::uint8_t* padding, std::int64_t n,
                                  std::int64_t d, std::int64_t dv, float scale) {
  return HWY_DYNAMIC_DISPATCH(DecodePartialRow)(o, scores, q, k, k_stride, v, v_stride, padding, n, d, dv, scale);
}

}  // namespace attn::kernels
#endif  // HWY_ONCE
