// Highway implementation of flash_softmax.h. foreach_target.h re-includes this file
// once per instruction set; the HWY_ONCE part at the end defines the dispatching
// entry points.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "kernels/cpu/flash_softmax_hwy.cpp"
// clang-format off
#include "hwy/foreach_target.h"  // must come before highway.h
// clang-format on

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

#include "hwy/contrib/math/math-inl.h"
#include "hwy/highway.h"
#include "kernels/cpu/flash_softmax.h"

HWY_BEFORE_NAMESPACE();
namespace attn::kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

using Df = hn::ScalableTag<float>;
using Vf = hn::Vec<Df>;

constexpr float kInf = std::numeric_limits<float>::infinity();

HWY_INLINE std::int64_t lanes() {
  return static_cast<std::int64_t>(hn::Lanes(Df()));
}

// Calls f(offset, mask) for each vector of [0, n): full vectors, then the tail with
// the mask of its valid lanes.
template <class F>
HWY_INLINE void for_vectors(std::int64_t n, F&& f) {
  const Df d;
  std::int64_t j = 0;
  for (; j + lanes() <= n; j += lanes()) f(j, hn::FirstN(d, static_cast<std::size_t>(lanes())));
  if (j < n) f(j, hn::FirstN(d, static_cast<std::size_t>(n - j)));
}

// e^x for x <= 0, including -inf (masked scores) -> 0.
HWY_INLINE Vf exp_nonpositive(Df d, Vf x) {
  return hn::Exp(d, hn::Max(x, hn::Set(d, -104.0f)));
}

HWY_INLINE float row_max_of(const float* row, std::int64_t cols) {
  const Df d;
  Vf mx = hn::Set(d, -kInf);
  for_vectors(cols, [&](std::int64_t j, auto mask) {
    mx = hn::Max(mx, hn::IfThenElse(mask, hn::MaskedLoad(mask, d, row + j), hn::Set(d, -kInf)));
  });
  return hn::GetLane(hn::MaxOfLanes(d, mx));
}

// row = e^(row - shift) on [0, cols); returns the sum.
HWY_INLINE float exp_shifted_row(float* row, std::int64_t cols, float shift) {
  const Df d;
  const Vf vs = hn::Set(d, shift);
  Vf sum = hn::Zero(d);
  for_vectors(cols, [&](std::int64_t j, auto mask) {
    const Vf e = hn::IfThenElseZero(mask, exp_nonpositive(d, hn::Sub(hn::MaskedLoad(mask, d, row + j), vs)));
    sum = hn::Add(sum, e);
    hn::BlendedStore(e, mask, d, row + j);
  });
  return hn::GetLane(hn::SumOfLanes(d, sum));
}

HWY_INLINE void zero_row(float* row, std::int64_t n) {
  const Df d;
  for_vectors(n, [&](std::int64_t j, auto mask) { hn::BlendedStore(hn::Zero(d), mask, d, row + j); });
}

void OnlineSoftmaxStep(float* scores, std::int64_t ld, std::int64_t rows, std::int64_t cols, float* row_max,
                       float* row_sum, float* rescale) {
  for (std::int64_t r = 0; r < rows; ++r) {
    float* row = scores + r * ld;
    const float new_max = std::max(row_max[r], row_max_of(row, cols));
    if (new_max == -kInf) {  // nothing visible yet: P = 0 leaves the accumulator as it is
      zero_row(row, cols);
      rescale[r] = 1.0f;
      continue;
    }
    rescale[r] = std::exp(row_max[r] - new_max);  // e^(-inf) = 0 on the first visible tile
    row_sum[r] = row_sum[r] * rescale[r] + exp_shifted_row(row, cols, new_max);
    row_max[r] = new_max;
  }
}

void ProbabilitiesFromLse(float* scores, std::int64_t ld, std::int64_t rows, std::int64_t cols, const float* lse) {
  for (std::int64_t r = 0; r < rows; ++r) {
    float* row = scores + r * ld;
    if (std::isinf(lse[r])) {
      zero_row(row, cols);
    } else {
      exp_shifted_row(row, cols, lse[r]);
    }
  }
}

void ScoreGradient(float* dscores, const float* p, std::int64_t ld, std::int64_t rows, std::int64_t cols,
                   const float* delta) {
  const Df d;
  for (std::int64_t r = 0; r < rows; ++r) {
    float* ds = dscores + r * ld;
    const float* pr = p + r * ld;
    const Vf vd = hn::Set(d, delta[r]);
    for_vectors(cols, [&](std::int64_t j, auto mask) {
      const Vf g = hn::Mul(hn::MaskedLoad(mask, d, pr + j), hn::Sub(hn::MaskedLoad(mask, d, ds + j), vd));
      hn::BlendedStore(g, mask, d, ds + j);
    });
  }
}

}  // namespace HWY_NAMESPACE
}  // namespace attn::kernels
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace attn::kernels {

HWY_EXPORT(OnlineSoftmaxStep);
HWY_EXPORT(ProbabilitiesFromLse);
HWY_EXPORT(ScoreGradient);

void online_softmax_step(float* scores, std::int64_t ld, std::int64_t rows, std::int64_t cols, float* row_max,
                         float* row_sum, float* rescale) {
  HWY_DYNAMIC_DISPATCH(OnlineSoftmaxStep)(scores, ld, rows, cols, row_max, row_sum, rescale);
}

void probabilities_from_lse(float* scores, std::int64_t ld, std::int64_t rows, std::int64_t cols, const float* lse) {
  HWY_DYNAMIC_DISPATCH(ProbabilitiesFromLse)(scores, ld, rows, cols, lse);
}

void score_gradient(float* dscores, const float* p, std::int64_t ld, std::int64_t rows, std::int64_t cols,
                    const float* delta) {
  HWY_DYNAMIC_DISPATCH(ScoreGradient)(dscores, p, ld, rows, cols, delta);
}

}  // namespace attn::kernels
#endif  // HWY_ONCE
