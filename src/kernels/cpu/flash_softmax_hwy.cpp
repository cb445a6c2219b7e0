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

// Tails shorter than a vector go through a local buffer, never through masked loads
// and stores: on some targets those touch the whole vector, and a row's range may end
// anywhere in the tile.
constexpr std::int64_t kMaxLanes = HWY_MAX_BYTES / sizeof(float);
static_assert(kMaxLanes - 1 <= kRowStepMargin, "row_range widens a range by up to a vector less one");

// e^x for x <= 0, including -inf (masked scores) -> 0, as 2^n e^y with
// n = round(x log2 e) and y = x - n ln 2 in [-0.35, 0.35] (ln 2 in two parts, so that
// y keeps its precision for large n): e^y by its Taylor polynomial of degree 7
// (remainder below 6e-9 of the value), 2^n added to the exponent bits. Fewer steps
// than a general exp: the arguments here are never positive, and below e^-87 (near
// the smallest normal float) the result is 0.
HWY_INLINE Vf exp_nonpositive(Df d, Vf x) {
  const hn::RebindToSigned<Df> di;
  const Vf clamped = hn::Max(x, hn::Set(d, -87.0f));
  const Vf n = hn::Round(hn::Mul(clamped, hn::Set(d, 1.44269504088896341f)));
  Vf y = hn::NegMulAdd(n, hn::Set(d, 0.693145751953125f), clamped);
  y = hn::NegMulAdd(n, hn::Set(d, 1.428606765330187e-06f), y);
  Vf p = hn::Set(d, 1.0f / 5040);
  for (const float c : {1.0f / 720, 1.0f / 120, 1.0f / 24, 1.0f / 6, 0.5f, 1.0f, 1.0f})
    p = hn::MulAdd(p, y, hn::Set(d, c));
  const auto scaled = hn::Add(hn::BitCast(di, p), hn::ShiftLeft<23>(hn::ConvertTo(di, n)));
  return hn::IfThenZeroElse(hn::Lt(x, hn::Set(d, -87.0f)), hn::BitCast(d, scaled));
}

HWY_INLINE float row_max_of(const float* row, std::int64_t cols) {
  const Df d;
  Vf mx = hn::Set(d, -kInf);
  std::int64_t j = 0;
  for (; j + lanes() <= cols; j += lanes()) mx = hn::Max(mx, hn::LoadU(d, row + j));
  float m = hn::GetLane(hn::MaxOfLanes(d, mx));
  for (; j < cols; ++j) m = std::max(m, row[j]);
  return m;
}

// row = e^(row - shift) on [0, cols); returns the sum.
HWY_INLINE float exp_shifted_row(float* row, std::int64_t cols, float shift) {
  const Df d;
  const Vf vs = hn::Set(d, shift);
  Vf sum = hn::Zero(d);
  std::int64_t j = 0;
  for (; j + lanes() <= cols; j += lanes()) {
    const Vf e = exp_nonpositive(d, hn::Sub(hn::LoadU(d, row + j), vs));
    sum = hn::Add(sum, e);
    hn::StoreU(e, d, row + j);
  }
  if (j < cols) {
    HWY_ALIGN float tail[kMaxLanes];
    std::fill(tail, tail + lanes(), -kInf);  // e^-inf = 0 adds nothing to the sum
    std::copy(row + j, row + cols, tail);
    const Vf e = exp_nonpositive(d, hn::Sub(hn::Load(d, tail), vs));
    sum = hn::Add(sum, e);
    hn::Store(e, d, tail);
    std::copy(tail, tail + (cols - j), row + j);
  }
  return hn::GetLane(hn::SumOfLanes(d, sum));
}

HWY_INLINE void zero_row(float* row, std::int64_t n) {
  std::fill(row, row + n, 0.0f);
}

// Row r's computed range [lo, hi): the keys of ranges widened to whole vectors where
// the tile has room (the widening covers masked scores, -inf, which give 0: cheaper
// than a tail), else all of [0, cols). The rest of the row is set to 0.
HWY_INLINE void row_range(float* row, std::int64_t r, std::int64_t cols, RowRanges keys, std::int64_t& lo,
                          std::int64_t& hi) {
  lo = 0;
  hi = cols;
  if (!keys.lo) return;
  lo = keys.lo[r] / lanes() * lanes();
  hi = keys.hi[r];
  if (const std::int64_t up = (hi + lanes() - 1) / lanes() * lanes(); up <= cols) hi = up;
  zero_row(row, lo);
  zero_row(row + hi, cols - hi);
}

void OnlineSoftmaxStep(float* scores, std::int64_t ld, std::int64_t rows, std::int64_t cols, float* row_max,
                       float* row_sum, float* rescale, RowRanges keys) {
  for (std::int64_t r = 0; r < rows; ++r) {
    float* row = scores + r * ld;
    std::int64_t lo, hi;
    row_range(row, r, cols, keys, lo, hi);
    const float new_max = std::max(row_max[r], row_max_of(row + lo, hi - lo));
    if (new_max == -kInf) {  // nothing visible yet: P = 0 leaves the accumulator as it is
      zero_row(row + lo, hi - lo);
      rescale[r] = 1.0f;
      continue;
    }
    // e^(-inf) = 0 on the first visible tile, without the call; else e^(m - m') <= 1.
    rescale[r] = row_max[r] == -kInf ? 0.0f : std::exp(row_max[r] - new_max);
    row_sum[r] = row_sum[r] * rescale[r] + exp_shifted_row(row + lo, hi - lo, new_max);
    row_max[r] = new_max;
  }
}

void ProbabilitiesFromLse(float* scores, std::int64_t ld, std::int64_t rows, std::int64_t cols, const float* lse,
                          RowRanges keys) {
  for (std::int64_t r = 0; r < rows; ++r) {
    float* row = scores + r * ld;
    std::int64_t lo, hi;
    row_range(row, r, cols, keys, lo, hi);
    if (std::isinf(lse[r])) {
      zero_row(row + lo, hi - lo);
    } else {
      exp_shifted_row(row + lo, hi - lo, lse[r]);
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
    std::int64_t j = 0;
    for (; j + lanes() <= cols; j += lanes())
      hn::StoreU(hn::Mul(hn::LoadU(d, pr + j), hn::Sub(hn::LoadU(d, ds + j), vd)), d, ds + j);
    for (; j < cols; ++j) ds[j] = pr[j] * (ds[j] - delta[r]);
  }
}

// Four rows at a time, each its own chain of multiply-adds on one lane (the chains are
// independent, so they overlap).
void RowDots(const float* a, const float* b, std::int64_t rows, std::int64_t n, float* out) {
  const hn::CappedTag<float, 1> d1;
  std::int64_t r = 0;
  for (; r + 4 <= rows; r += 4) {
    const float* a0 = a + r * n;
    const float* b0 = b + r * n;
    auto s0 = hn::Zero(d1), s1 = s0, s2 = s0, s3 = s0;
    for (std::int64_t c = 0; c < n; ++c) {
      s0 = hn::MulAdd(hn::LoadU(d1, a0 + c), hn::LoadU(d1, b0 + c), s0);
      s1 = hn::MulAdd(hn::LoadU(d1, a0 + n + c), hn::LoadU(d1, b0 + n + c), s1);
      s2 = hn::MulAdd(hn::LoadU(d1, a0 + 2 * n + c), hn::LoadU(d1, b0 + 2 * n + c), s2);
      s3 = hn::MulAdd(hn::LoadU(d1, a0 + 3 * n + c), hn::LoadU(d1, b0 + 3 * n + c), s3);
    }
    out[r] = hn::GetLane(s0);
    out[r + 1] = hn::GetLane(s1);
    out[r + 2] = hn::GetLane(s2);
    out[r + 3] = hn::GetLane(s3);
  }
  for (; r < rows; ++r) {
    auto sum = hn::Zero(d1);
    for (std::int64_t c = 0; c < n; ++c)
      sum = hn::MulAdd(hn::LoadU(d1, a + r * n + c), hn::LoadU(d1, b + r * n + c), sum);
    out[r] = hn::GetLane(sum);
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
HWY_EXPORT(RowDots);

void online_softmax_step(float* scores, std::int64_t ld, std::int64_t rows, std::int64_t cols, float* row_max,
                         float* row_sum, float* rescale, RowRanges keys) {
  HWY_DYNAMIC_DISPATCH(OnlineSoftmaxStep)(scores, ld, rows, cols, row_max, row_sum, rescale, keys);
}

void probabilities_from_lse(float* scores, std::int64_t ld, std::int64_t rows, std::int64_t cols, const float* lse,
                            RowRanges keys) {
  HWY_DYNAMIC_DISPATCH(ProbabilitiesFromLse)(scores, ld, rows, cols, lse, keys);
}

void score_gradient(float* dscores, const float* p, std::int64_t ld, std::int64_t rows, std::int64_t cols,
                    const float* delta) {
  HWY_DYNAMIC_DISPATCH(ScoreGradient)(dscores, p, ld, rows, cols, delta);
}

void row_dots(const float* a, const float* b, std::int64_t rows, std::int64_t n, float* out) {
  HWY_DYNAMIC_DISPATCH(RowDots)(a, b, rows, n, out);
}

}  // namespace attn::kernels
#endif  // HWY_ONCE
