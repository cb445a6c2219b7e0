// Highway implementation of adam_update (adam.h). foreach_target.h re-includes this
// file once per instruction set; the HWY_ONCE part at the end defines the dispatching
// entry point.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "kernels/cpu/adam_hwy.cpp"
// clang-format off
#include "hwy/foreach_target.h"  // must come before highway.h
// clang-format on

#include <cmath>
#include <cstdint>

#include "hwy/highway.h"
#include "kernels/cpu/adam.h"

HWY_BEFORE_NAMESPACE();
namespace attn::kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

void AdamUpdate(float* HWY_RESTRICT p, float* HWY_RESTRICT m, float* HWY_RESTRICT v, float* HWY_RESTRICT g,
                std::int64_t n, const AdamStep& s) {
  const hn::ScalableTag<float> d;
  const std::int64_t lanes = static_cast<std::int64_t>(hn::Lanes(d));
  const auto shrink = hn::Set(d, s.shrink), l2 = hn::Set(d, s.l2);
  const auto b1 = hn::Set(d, s.beta1), b2 = hn::Set(d, s.beta2);
  const auto c1 = hn::Set(d, s.c1), c2 = hn::Set(d, s.c2);
  const auto step = hn::Set(d, s.step), inv_c2 = hn::Set(d, s.inv_correction2), eps = hn::Set(d, s.eps);
  const auto grad_scale = hn::Set(d, s.grad_scale), zero = hn::Zero(d);
  std::int64_t i = 0;
  // Separate multiplies and adds in the plain loop's order (no fused multiply-add;
  // CMakeLists.txt builds this file with -ffp-contract=off): the moments then round
  // as torch.optim's do, and runs agree with it step by step.
  for (; i + lanes <= n; i += lanes) {
    const auto pi = hn::Mul(hn::LoadU(d, p + i), shrink);
    const auto gi = hn::Add(hn::Mul(hn::LoadU(d, g + i), grad_scale), hn::Mul(l2, pi));
    if (s.zero_grad) hn::StoreU(zero, d, g + i);
    const auto mi = hn::Add(hn::Mul(b1, hn::LoadU(d, m + i)), hn::Mul(c1, gi));
    const auto vi = hn::Add(hn::Mul(b2, hn::LoadU(d, v + i)), hn::Mul(hn::Mul(c2, gi), gi));
    hn::StoreU(mi, d, m + i);
    hn::StoreU(vi, d, v + i);
    const auto denom = hn::Add(hn::Mul(hn::Sqrt(vi), inv_c2), eps);
    hn::StoreU(hn::Sub(pi, hn::Div(hn::Mul(step, mi), denom)), d, p + i);
  }
  adam_update_plain(p + i, m + i, v + i, g + i, n - i, s);
}

}  // namespace HWY_NAMESPACE
}  // namespace attn::kernels
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace attn::kernels {

HWY_EXPORT(AdamUpdate);

void adam_update(float* p, float* m, float* v, float* g, std::int64_t n, const AdamStep& s) {
  HWY_DYNAMIC_DISPATCH(AdamUpdate)(p, m, v, g, n, s);
}

void adam_update_plain(float* p, float* m, float* v, float* g, std::int64_t n, const AdamStep& s) {
  for (std::int64_t i = 0; i < n; ++i) {
    const float pi = p[i] * s.shrink;
    const float gs = g[i] * s.grad_scale;
    if (s.zero_grad) g[i] = 0.0f;
    const float gi = gs + s.l2 * pi;
    const float mi = s.beta1 * m[i] + s.c1 * gi;
    const float vi = s.beta2 * v[i] + s.c2 * gi * gi;
    m[i] = mi;
    v[i] = vi;
    p[i] = pi - s.step * mi / (std::sqrt(vi) * s.inv_correction2 + s.eps);
  }
}

}  // namespace attn::kernels
#endif  // HWY_ONCE
