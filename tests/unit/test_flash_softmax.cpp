// The row steps of fused attention (src/kernels/cpu/flash_softmax.h) against plain
// double arithmetic on every SIMD instruction set: their exponential over the whole
// range it is used on, the online softmax step with and without key ranges, the
// score gradient, and Δ's row sums, which must round as the tile products' sums do.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "../../src/kernels/cpu/flash_softmax.h"
#include "../../src/kernels/cpu/tile_product.h"
#include "attn/random.h"
#include "support/targets.h"

using namespace attn;
using attn::testing::for_each_target;

namespace {

constexpr float kInf = std::numeric_limits<float>::infinity();

// |got - want| <= tol |want|, and exact zeros where want is 0.
void expect_relative(float got, double want, double tol, const char* what, std::int64_t i) {
  if (want == 0.0) {
    ASSERT_EQ(got, 0.0f) << what << " at " << i;
  } else {
    ASSERT_LE(std::abs(got - want), tol * std::abs(want)) << what << " at " << i << ": " << got << " vs " << want;
  }
}

}  // namespace

// e^(x - lse) with lse = 0 is e^x: every x from -87 to 0 in steps of 1/64, the masked
// -inf and the values below e^-87, which give 0.
TEST(FlashSoftmax, ExponentialWithinTwoUlpOverItsRange) {
  std::vector<float> x;
  for (int i = 0; i <= 87 * 64; ++i) x.push_back(-static_cast<float>(i) / 64.0f);
  for (float v : {-0.0f, -1e-7f, -87.5f, -88.0f, -100.0f, -1e30f, -kInf}) x.push_back(v);
  const auto n = static_cast<std::int64_t>(x.size());
  const float zero = 0.0f;
  for_each_target([&] {
    std::vector<float> row = x;
    kernels::probabilities_from_lse(row.data(), n, 1, n, &zero);
    for (std::int64_t i = 0; i < n; ++i) {
      const double want = x[i] < -87.0f ? 0.0 : std::exp(double(x[i]));
      expect_relative(row[i], want, 2.4e-7, "e^x", i);
    }
  });
}

TEST(FlashSoftmax, OnlineStepAndScoreGradientMatchDoubleSums) {
  Generator gen(31);
  const std::int64_t rows = 37, cols = 101, ld = 112;
  for (const bool ranged : {false, true}) {
    SCOPED_TRACE(ranged ? "key ranges" : "whole rows");
    // scores: what the kernel gets; clean: the same with every masked score -inf. With
    // key ranges, scores farther than kRowStepMargin from a row's range hold garbage
    // that the kernel must not read (a huge score would win the maximum).
    std::vector<float> scores(rows * ld), clean(rows * ld), dp(rows * ld);
    std::vector<std::int64_t> lo(rows), hi(rows);
    std::vector<float> m0(rows), l0(rows);
    for (std::int64_t r = 0; r < rows; ++r) {
      lo[r] = ranged ? std::min(cols, 3 * r) : 0;  // ranges that start and end anywhere in the row
      hi[r] = ranged ? std::min(cols, lo[r] + 20) : cols;
      for (std::int64_t c = 0; c < cols; ++c) {
        const bool visible = c >= lo[r] && c < hi[r] && !(r == 3 && c % 2 == 0);  // row 3: a masked pair inside
        clean[r * ld + c] = visible ? static_cast<float>(3.0 * gen.normal()) : -kInf;
        const bool far = ranged && (c < lo[r] - kernels::kRowStepMargin || c >= hi[r] + kernels::kRowStepMargin);
        scores[r * ld + c] = far ? 1e30f : clean[r * ld + c];
        dp[r * ld + c] = static_cast<float>(gen.normal());
      }
      m0[r] = r == 5 ? -kInf : static_cast<float>(gen.normal());  // row 5: no visible score before
      l0[r] = r == 5 ? 0.0f : static_cast<float>(1.0 + gen.uniform());
    }
    const kernels::RowRanges keys = ranged ? kernels::RowRanges{lo.data(), hi.data()} : kernels::RowRanges{};
    for_each_target([&] {
      std::vector<float> p = scores, m = m0, l = l0, rescale(rows), ds = dp, delta(rows);
      kernels::online_softmax_step(p.data(), ld, rows, cols, m.data(), l.data(), rescale.data(), keys);
      for (std::int64_t r = 0; r < rows; ++r) {
        double row_max = m0[r];
        for (std::int64_t c = 0; c < cols; ++c) row_max = std::max(row_max, double(clean[r * ld + c]));
        ASSERT_EQ(m[r], static_cast<float>(row_max)) << "max of row " << r;
        // The differences are rounded to float first, as the kernel (and any float
        // softmax) has them; the exponentials are then within about 2 ulp.
        const double scale = std::exp(double(m0[r] - static_cast<float>(row_max)));
        expect_relative(rescale[r], scale, 2.4e-7, "rescale", r);
        double sum = l0[r] * scale;
        for (std::int64_t c = 0; c < cols; ++c) {
          const double e = std::exp(double(clean[r * ld + c] - static_cast<float>(row_max)));
          expect_relative(p[r * ld + c], e, 2.4e-7, "p", r * ld + c);
          sum += e;
        }
        expect_relative(l[r], sum, 1e-6, "row sum", r);
        delta[r] = static_cast<float>(gen.normal());
      }
      kernels::score_gradient(ds.data(), p.data(), ld, rows, cols, delta.data());
      for (std::int64_t r = 0; r < rows; ++r)
        for (std::int64_t c = 0; c < cols; ++c) {
          const std::int64_t i = r * ld + c;
          ASSERT_EQ(ds[i], p[i] * (dp[i] - delta[r])) << "dS at " << i;
        }
    });
  }
}

// Δ = rowsum(dO ∘ O) in backward must round exactly as dP = dO Vᵀ, a tile product,
// rounds its sums: then dP - Δ is exactly 0 where O is a value row. Each row's sum
// against the tile product of the same row with a right operand whose every column
// is the other row, on every target; rows not a multiple of the four done at once.
TEST(FlashSoftmax, RowDotsRoundAsTheTileProductsSums) {
  Generator gen(23);
  const std::int64_t rows = 7, n = 80, cols = 64;
  std::vector<float> a(rows * n), b(rows * n);
  for (float& x : a) x = static_cast<float>(gen.normal());
  for (float& x : b) x = static_cast<float>(gen.normal());
  for_each_target([&] {
    std::vector<float> dots(rows, std::nanf(""));
    kernels::row_dots(a.data(), b.data(), rows, n, dots.data());
    for (std::int64_t r = 0; r < rows; ++r) {
      std::vector<float> right(n * cols), product(cols);
      for (std::int64_t c = 0; c < n; ++c)
        for (std::int64_t j = 0; j < cols; ++j) right[c * cols + j] = b[r * n + c];
      kernels::tile_product(1, cols, n, {a.data() + r * n, n, 1}, {right.data(), cols}, {product.data(), cols});
      ASSERT_EQ(dots[r], product[0]) << "row " << r;
      double exact = 0;
      for (std::int64_t c = 0; c < n; ++c) exact += double(a[r * n + c]) * double(b[r * n + c]);
      ASSERT_NEAR(dots[r], exact, 1e-5 * n) << "row " << r;
    }
  });
}
