// The register-blocked tile products of fused attention (src/kernels/cpu/
// tile_product.h) against the BLAS's sgemm and sums in double, on every SIMD
// instruction set: shapes with row, vector and column tails, a transposed left
// operand, alpha and beta, per-row alpha and beta, a prefetch alongside, the bands
// that skip masked blocks, and the transposed copies of right operands.
#include <cblas.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <vector>

#include "../../src/kernels/cpu/tile_product.h"
#include "attn/random.h"
#include "support/targets.h"

using namespace attn;
using attn::testing::for_each_target;

namespace {

struct ProductShape {
  std::int64_t m, n, k;
};

// (m, n, k) across the register block's edges: 6 rows (4 below AVX-512), 4 vectors
// of 16, 8 or 4 lanes (2 below AVX-512), and columns past the last whole vector.
const ProductShape kShapes[] = {{1, 1, 1},    {5, 17, 3},    {6, 64, 64}, {7, 80, 128}, {128, 128, 64},
                                {130, 33, 7}, {13, 48, 129}, {4, 16, 0},  {12, 96, 40}, {3, 200, 5}};

std::vector<float> random_floats(std::int64_t n, Generator& gen) {
  std::vector<float> v(static_cast<std::size_t>(n));
  for (float& x : v) x = static_cast<float>(gen.normal());
  return v;
}

// The operands of one product, with a stored (m, k) or (k, m) and padded leading
// dimensions, and c's starting values.
struct Operands {
  ProductShape s;
  bool a_transposed;
  std::int64_t lda, ldb, ldc;
  std::vector<float> a, b, c0;

  Operands(ProductShape shape, bool transposed, Generator& gen) : s(shape), a_transposed(transposed) {
    lda = (transposed ? s.m : s.k) + 3;
    ldb = s.n + 5;
    ldc = s.n + 2;
    a = random_floats((transposed ? s.k : s.m) * lda, gen);
    b = random_floats(s.k * ldb, gen);
    c0 = random_floats(s.m * ldc, gen);
  }
  float a_at(std::int64_t i, std::int64_t l) const { return a_transposed ? a[l * lda + i] : a[i * lda + l]; }
  kernels::TileLeft left() const {
    return a_transposed ? kernels::TileLeft{a.data(), 1, lda} : kernels::TileLeft{a.data(), lda, 1};
  }
  // Σ_l a(i, l) b(l, j) in double, and Σ_l |a(i, l) b(l, j)| for the tolerance.
  void exact(std::int64_t i, std::int64_t j, double& sum, double& magnitude) const {
    sum = magnitude = 0;
    for (std::int64_t l = 0; l < s.k; ++l) {
      const double x = double(a_at(i, l)) * double(b[l * ldb + j]);
      sum += x;
      magnitude += std::abs(x);
    }
  }
};

}  // namespace

TEST(TileProduct, MatchesSgemmAndTheDoubleSumsOnEveryTarget) {
  Generator gen(11);
  for_each_target([&] {
    for (const ProductShape& shape : kShapes)
      for (const bool transposed : {false, true})
        for (const auto& [alpha, beta] : {std::pair{1.0f, 0.0f}, {0.125f, 1.0f}, {1.0f, -0.5f}}) {
          SCOPED_TRACE(::testing::Message()
                       << "m " << shape.m << " n " << shape.n << " k " << shape.k << (transposed ? " a transposed" : "")
                       << " alpha " << alpha << " beta " << beta);
          const Operands o(shape, transposed, gen);
          std::vector<float> got = o.c0, want = o.c0;
          if (beta == 0.0f) std::fill(got.begin(), got.end(), std::nanf(""));  // c is not read
          kernels::tile_product(shape.m, shape.n, shape.k, o.left(), {o.b.data(), o.ldb},
                                {got.data(), o.ldc, alpha, beta});
          // Prefetching memory for a later product changes nothing in this one.
          std::vector<float> prefetched = o.c0;
          if (beta == 0.0f) std::fill(prefetched.begin(), prefetched.end(), std::nanf(""));
          kernels::tile_product(shape.m, shape.n, shape.k, o.left(), {o.b.data(), o.ldb},
                                {prefetched.data(), o.ldc, alpha, beta}, {},
                                {o.a.data(), static_cast<std::int64_t>(o.a.size() * sizeof(float))});
          for (std::size_t i = 0; i < got.size(); ++i) {
            if (!std::isnan(got[i])) {
              ASSERT_EQ(prefetched[i], got[i]) << "with a prefetch, element " << i;
            }
          }
          if (shape.k > 0)
            cblas_sgemm(CblasRowMajor, transposed ? CblasTrans : CblasNoTrans, CblasNoTrans, int(shape.m), int(shape.n),
                        int(shape.k), alpha, o.a.data(), int(o.lda), o.b.data(), int(o.ldb), beta, want.data(),
                        int(o.ldc));
          for (std::int64_t i = 0; i < shape.m; ++i)
            for (std::int64_t j = 0; j < shape.n; ++j) {
              double sum, magnitude;
              o.exact(i, j, sum, magnitude);
              const double c0 = o.c0[i * o.ldc + j];
              const double exact = alpha * sum + beta * c0;
              const double tol = 1e-6 * (std::abs(alpha) * magnitude + std::abs(beta * c0)) + 1e-6;
              const float g = got[i * o.ldc + j];
              ASSERT_NEAR(g, exact, tol) << "row " << i << " column " << j;
              if (shape.k > 0) {
                ASSERT_NEAR(g, want[i * o.ldc + j], 2 * tol) << "row " << i << " column " << j;
              }
            }
        }
  });
}

TEST(TileProduct, RescaledRowsAndBandsOnEveryTarget) {
  Generator gen(12);
  for_each_target([&] {
    for (const ProductShape& shape : kShapes)
      for (const bool transposed : {false, true}) {
        SCOPED_TRACE(::testing::Message()
                     << "m " << shape.m << " n " << shape.n << " k " << shape.k << (transposed ? " a transposed" : ""));
        Operands o(shape, transposed, gen);
        // Random bands, some rows empty; a is zero outside each row's depth band.
        std::vector<std::int64_t> depth_lo(shape.m), depth_hi(shape.m), col_lo(shape.m), col_hi(shape.m);
        std::vector<float> scale(static_cast<std::size_t>(shape.m)), norm(static_cast<std::size_t>(shape.m));
        for (std::int64_t i = 0; i < shape.m; ++i) {
          const auto lo = static_cast<std::int64_t>(gen.uniform() * double(shape.k + 1));
          depth_lo[i] = std::min(lo, shape.k);
          depth_hi[i] = std::min(shape.k, depth_lo[i] + static_cast<std::int64_t>(gen.uniform() * double(shape.k)));
          col_lo[i] = std::min(shape.n, static_cast<std::int64_t>(gen.uniform() * double(shape.n)));
          col_hi[i] = std::min(shape.n, col_lo[i] + 1 + static_cast<std::int64_t>(gen.uniform() * double(shape.n)));
          scale[i] = i % 3 == 0 ? 0.0f : i % 3 == 1 ? 1.0f : static_cast<float>(gen.uniform());
          norm[i] = static_cast<float>(0.5 + gen.uniform());
          for (std::int64_t l = 0; l < shape.k; ++l)
            if (l < depth_lo[i] || l >= depth_hi[i]) (transposed ? o.a[l * o.lda + i] : o.a[i * o.lda + l]) = 0.0f;
        }
        const kernels::TileBand band{depth_lo.data(), depth_hi.data(), col_lo.data(), col_hi.data()};
        std::vector<float> plain = o.c0, rescaled = o.c0;
        kernels::tile_product(shape.m, shape.n, shape.k, o.left(), {o.b.data(), o.ldb},
                              {plain.data(), o.ldc, 1.0f, 0.5f}, band);
        kernels::tile_product(shape.m, shape.n, shape.k, o.left(), {o.b.data(), o.ldb},
                              {rescaled.data(), o.ldc, 1.0f, 1.0f, scale.data()}, band);
        // Per-row alpha, and with both: c = 0.25 norm_i a·b (+ scale_i c).
        std::vector<float> normalised(o.c0.size(), std::nanf("")), both = o.c0;  // beta 0: c is not read
        kernels::tile_product(shape.m, shape.n, shape.k, o.left(), {o.b.data(), o.ldb},
                              {normalised.data(), o.ldc, 0.25f, 0.0f, nullptr, norm.data()}, band);
        kernels::tile_product(shape.m, shape.n, shape.k, o.left(), {o.b.data(), o.ldb},
                              {both.data(), o.ldc, 0.25f, 1.0f, scale.data(), norm.data()}, band);
        for (std::int64_t i = 0; i < shape.m; ++i)
          for (std::int64_t j = col_lo[i]; j < col_hi[i]; ++j) {
            double sum, magnitude;
            o.exact(i, j, sum, magnitude);
            const double c0 = o.c0[i * o.ldc + j];
            ASSERT_NEAR(plain[i * o.ldc + j], sum + 0.5 * c0, 1e-6 * (magnitude + std::abs(c0)) + 1e-6)
                << "beta 0.5, row " << i << " column " << j;
            ASSERT_NEAR(rescaled[i * o.ldc + j], sum + scale[i] * c0, 1e-6 * (magnitude + std::abs(c0)) + 1e-6)
                << "rescaled, row " << i << " column " << j;
            const double alpha = 0.25 * double(norm[i]);
            ASSERT_NEAR(normalised[i * o.ldc + j], alpha * sum, 1e-6 * alpha * magnitude + 1e-6)
                << "row alpha, row " << i << " column " << j;
            ASSERT_NEAR(both[i * o.ldc + j], alpha * sum + scale[i] * c0,
                        1e-6 * (alpha * magnitude + std::abs(c0)) + 1e-6)
                << "row alpha and beta, row " << i << " column " << j;
          }
      }
  });
}

TEST(TileProduct, TransposeIntoOnEveryTarget) {
  Generator gen(13);
  for_each_target([&] {
    for (const auto& [rows, cols] :
         {std::pair<std::int64_t, std::int64_t>{1, 1}, {8, 8}, {13, 21}, {128, 64}, {130, 80}}) {
      const std::int64_t ldx = cols + 3, ldo = rows + 5;
      const std::vector<float> x = random_floats(rows * ldx, gen);
      std::vector<float> out(static_cast<std::size_t>(cols * ldo), std::nanf(""));
      kernels::transpose_into(x.data(), ldx, rows, cols, out.data(), ldo);
      for (std::int64_t r = 0; r < rows; ++r)
        for (std::int64_t c = 0; c < cols; ++c)
          ASSERT_EQ(out[c * ldo + r], x[r * ldx + c]) << rows << " x " << cols << ", row " << r << " column " << c;
    }
  });
}
