// Highway implementation of gemv_rows (gemv.h). foreach_target.h re-includes this file
// once per instruction set; the HWY_ONCE part at the end defines the dispatching entry
// point.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "kernels/cpu/gemv_hwy.cpp"
// clang-format off
#include "hwy/foreach_target.h"  // must come before highway.h
// clang-format on

#include <cstdint>

#include "attn/parallel.h"
#include "hwy/highway.h"
#include "kernels/cpu/gemv.h"

HWY_BEFORE_NAMESPACE();
namespace attn::kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

using Df = hn::ScalableTag<float>;

template <class V>
HWY_INLINE float sum(Df d, V v) {
  return hn::GetLane(hn::SumOfLanes(d, v));
}

// y[0..3] = rows w, w + ldw, w + 2 ldw, w + 3 ldw, each dotted with x: four streams
// of the weight at once, each load of x serving all four.
HWY_INLINE void dot4(const float* HWY_RESTRICT w, std::int64_t ldw, const float* HWY_RESTRICT x, float* HWY_RESTRICT y,
                     std::int64_t k) {
  const Df d;
  const std::int64_t lanes = static_cast<std::int64_t>(hn::Lanes(d));
  const float* w0 = w;
  const float* w1 = w + ldw;
  const float* w2 = w + 2 * ldw;
  const float* w3 = w + 3 * ldw;
  auto a0 = hn::Zero(d), a1 = hn::Zero(d), a2 = hn::Zero(d), a3 = hn::Zero(d);
  std::int64_t j = 0;
  for (; j + lanes <= k; j += lanes) {
    const auto xv = hn::LoadU(d, x + j);
    a0 = hn::MulAdd(hn::LoadU(d, w0 + j), xv, a0);
    a1 = hn::MulAdd(hn::LoadU(d, w1 + j), xv, a1);
    a2 = hn::MulAdd(hn::LoadU(d, w2 + j), xv, a2);
    a3 = hn::MulAdd(hn::LoadU(d, w3 + j), xv, a3);
  }
  float s0 = sum(d, a0), s1 = sum(d, a1), s2 = sum(d, a2), s3 = sum(d, a3);
  for (; j < k; ++j) {
    s0 += w0[j] * x[j];
    s1 += w1[j] * x[j];
    s2 += w2[j] * x[j];
    s3 += w3[j] * x[j];
  }
  y[0] = s0;
  y[1] = s1;
  y[2] = s2;
  y[3] = s3;
}

HWY_INLINE float dot1(const float* HWY_RESTRICT w, const float* HWY_RESTRICT x, std::int64_t k) {
  const Df d;
  const std::int64_t lanes = static_cast<std::int64_t>(hn::Lanes(d));
  auto acc = hn::Zero(d);
  std::int64_t j = 0;
  for (; j + lanes <= k; j += lanes) acc = hn::MulAdd(hn::LoadU(d, w + j), hn::LoadU(d, x + j), acc);
  float s = sum(d, acc);
  for (; j < k; ++j) s += w[j] * x[j];
  return s;
}

void GemvRows(const float* w, std::int64_t ldw, const float* x, float* y, std::int64_t n, std::int64_t k) {
  const std::int64_t blocks = n / 4;
  // A thread's share should be worth more than waking it: about kParallelGrain
  // multiply-adds at least.
  const bool parallel = n * k >= 4 * kParallelGrain && blocks > 1;
#pragma omp parallel for schedule(static) if (parallel)
  for (std::int64_t b = 0; b < blocks; ++b) dot4(w + 4 * b * ldw, ldw, x, y + 4 * b, k);
  for (std::int64_t i = 4 * blocks; i < n; ++i) y[i] = dot1(w + i * ldw, x, k);
}

}  // namespace HWY_NAMESPACE
}  // namespace attn::kernels
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace attn::kernels {

HWY_EXPORT(GemvRows);

void gemv_rows(const float* w, std::int64_t ldw, const float* x, float* y, std::int64_t n, std::int64_t k) {
  HWY_DYNAMIC_DISPATCH(GemvRows)(w, ldw, x, y, n, k);
}

}  // namespace attn::kernels
#endif  // HWY_ONCE
