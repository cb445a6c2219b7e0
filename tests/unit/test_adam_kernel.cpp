// The vectorised Adam update (src/kernels/cpu/adam.h) against the plain float loop it
// replaced (adam_update_plain: the same operations in the same order, one element at
// a time), bit for bit on every SIMD instruction set, and the gradient norm's sum of
// squares against double sums.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <vector>

#include "../../src/kernels/cpu/adam.h"
#include "../../src/kernels/cpu/vec_math.h"
#include "attn/random.h"
#include "support/targets.h"

using namespace attn;
using attn::testing::for_each_target;

namespace {

std::vector<float> random_floats(std::int64_t n, double scale, Generator& gen) {
  std::vector<float> x(static_cast<std::size_t>(n));
  for (float& e : x) e = static_cast<float>(scale * gen.normal());
  return x;
}

}  // namespace

TEST(AdamKernel, EqualsThePlainLoopBitForBitOnEveryTarget) {
  Generator gen(21);
  const std::int64_t n = 1037;  // not a multiple of any vector width
  kernels::AdamStep s;
  s.beta1 = 0.9f, s.beta2 = 0.999f, s.c1 = static_cast<float>(1.0 - 0.9), s.c2 = static_cast<float>(1.0 - 0.999);
  s.step = 3e-4f / (1.0f - 0.9f * 0.9f), s.inv_correction2 = 1.0f / std::sqrt(1.0f - 0.999f * 0.999f), s.eps = 1e-8f;
  for (const auto& [shrink, l2] : {std::pair{1.0f, 0.0f}, {0.9999f, 0.0f}, {1.0f, 0.01f}}) {
    for (const auto& [grad_scale, zero_grad] : {std::pair{1.0f, false}, {0.37f, false}, {0.37f, true}}) {
      s.shrink = shrink, s.l2 = l2, s.grad_scale = grad_scale, s.zero_grad = zero_grad;
      const std::vector<float> p0 = random_floats(n, 1.0, gen), g0 = random_floats(n, 0.1, gen);
      std::vector<float> m0 = random_floats(n, 0.01, gen), v0 = random_floats(n, 1e-3, gen);
      for (float& x : v0) x = x * x;  // second moments are not negative
      std::vector<float> p_want = p0, m_want = m0, v_want = v0, g_want = g0;
      kernels::adam_update_plain(p_want.data(), m_want.data(), v_want.data(), g_want.data(), n, s);
      for_each_target([&] {
        std::vector<float> p = p0, m = m0, v = v0, g = g0;
        kernels::adam_update(p.data(), m.data(), v.data(), g.data(), n, s);
        for (std::int64_t i = 0; i < n; ++i) {
          const auto u = static_cast<std::size_t>(i);
          ASSERT_EQ(m[u], m_want[u]) << "m at " << i;
          ASSERT_EQ(v[u], v_want[u]) << "v at " << i;
          ASSERT_EQ(p[u], p_want[u]) << "p at " << i << " (shrink " << shrink << ", l2 " << l2 << ")";
          ASSERT_EQ(g[u], zero_grad ? 0.0f : g0[u]) << "g at " << i << " (zero_grad " << zero_grad << ")";
        }
      });
    }
  }
}

// A gradient scale in the update is the same, bit for bit, as the gradient scaled in
// place first (what clipping did before it was folded in).
TEST(AdamKernel, GradScaleEqualsScalingTheGradientFirst) {
  Generator gen(23);
  const std::int64_t n = 1037;
  kernels::AdamStep s;
  s.shrink = 0.9999f, s.l2 = 0.0f, s.beta1 = 0.9f, s.beta2 = 0.95f;
  s.c1 = static_cast<float>(1.0 - 0.9), s.c2 = static_cast<float>(1.0 - 0.95);
  s.step = 3e-4f / (1.0f - 0.9f), s.inv_correction2 = 1.0f / std::sqrt(1.0f - 0.95f), s.eps = 1e-8f;
  const float scale = 0.0123f;
  const std::vector<float> p0 = random_floats(n, 1.0, gen), g0 = random_floats(n, 10.0, gen);
  std::vector<float> scaled = g0;
  for (float& x : scaled) x *= scale;
  for_each_target([&] {
    std::vector<float> p_want = p0, m_want(n, 0.0f), v_want(n, 0.0f), g_want = scaled;
    kernels::adam_update(p_want.data(), m_want.data(), v_want.data(), g_want.data(), n, s);
    kernels::AdamStep folded = s;
    folded.grad_scale = scale;
    std::vector<float> p = p0, m(n, 0.0f), v(n, 0.0f), g = g0;
    kernels::adam_update(p.data(), m.data(), v.data(), g.data(), n, folded);
    for (std::int64_t i = 0; i < n; ++i) {
      const auto u = static_cast<std::size_t>(i);
      ASSERT_EQ(p[u], p_want[u]) << "p at " << i;
      ASSERT_EQ(v[u], v_want[u]) << "v at " << i;
    }
  });
}

TEST(AdamKernel, SumOfSquaresMatchesDoubleSumsOnEveryTarget) {
  Generator gen(22);
  for (const std::int64_t n : {0, 1, 7, 64, 1037, 100003}) {
    const std::vector<float> x = random_floats(n, 3.0, gen);
    double want = 0;
    for (float e : x) want += double(e) * double(e);
    for_each_target([&] { EXPECT_NEAR(kernels::vec::sum_of_squares(x.data(), n), want, 1e-12 * want) << "n " << n; });
  }
}
