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

// One row of the weight dotted with x, read front to back: four accumulators so that
// the multiply-adds never wait on each other, x served from the L1 cache.
HWY_INLINE float dot(const float* HWY_RESTRICT w, const float* HWY_RESTRICT x, std::int64_t k) {
  const Df d;
  const std::int64_t lanes = static_cast<std::int64_t>(hn::Lanes(d));
  auto a0 = hn::Zero(d), a1 = hn::Zero(d), a2 = hn::Zero(d), a3 = hn::Zero(d);
  std::int64_t j = 0;
  for (; j + 4 * lanes <= k; j += 4 * lanes) {
    a0 = hn::MulAdd(hn::LoadU(d, w + j), hn::LoadU(d, x + j), a0);
    a1 = hn::MulAdd(hn::LoadU(d, w + j + lanes), hn::LoadU(d, x + j + lanes), a1);
    a2 = hn::MulAdd(hn::LoadU(d, w + j + 2 * lanes), hn::LoadU(d, x + j + 2 * lanes), a2);
    a3 = hn::MulAdd(hn::LoadU(d, w + j + 3 * lanes), hn::LoadU(d, x + j + 3 * lanes), a3);
  }
  for (; j + lanes <= k; j += lanes) a0 = hn::MulAdd(hn::LoadU(d, w + j), hn::LoadU(d, x + j), a0);
  float s = sum(d, hn::Add(hn::Add(a0, a1), hn::Add(a2, a3)));
  for (; j < k; ++j) s += w[j] * x[j];
  return s;
}

// The rows go to the threads by OpenMP's guided schedule: long runs first (half the
// rows, then half of what is left, ...), so each thread reads long single streams,
// which the hardware prefetchers follow best, and the last short runs go to whichever
// thread is free, so neither waits long for the other when the memory serves one core
// faster. On the 2-core machine of docs/benchmarks.md, both alternatives drew less:
// four rows read side by side (four streams a thread), and short runs of 128 KiB
// handed out one by one.
void GemvRows(const float* w, std::int64_t ldw, const float* x, float* y, std::int64_t n, std::int64_t k,
              const float* bias) {
  // A thread's share should be worth more than waking it: about kParallelGrain
  // multiply-adds at least.
  const bool parallel = n * k >= 4 * kParallelGrain && n > 1;
  if (parallel) {
#pragma omp parallel for schedule(guided, 16)
    for (std::int64_t i = 0; i < n; ++i) y[i] = dot(w + i * ldw, x, k) + (bias ? bias[i] : 0.0f);
  } else {  // (parallel_for.h: no OpenMP region for one thread's work)
    for (std::int64_t i = 0; i < n; ++i) y[i] = dot(w + i * ldw, x, k) + (bias ? bias[i] : 0.0f);
  }
}

}  // namespace HWY_NAMESPACE
}  // namespace attn::kernels
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace attn::kernels {

HWY_EXPORT(GemvRows);

void gemv_rows(const float* w, std::int64_t ldw, const float* x, float* y, std::int64_t n, std::int64_t k,
               const float* bias) {
  HWY_DYNAMIC_DISPATCH(GemvRows)(w, ldw, x, y, n, k, bias);
}

}  // namespace attn::kernels
#endif  // HWY_ONCE
