// The CPU kernels' fast paths against their plain reference loops, on fresh random
// inputs and on the edge values (tails shorter than a vector, huge, tiny, NaN, inf),
// for every instruction set Highway compiled that this CPU runs; and the thread
// set-up shared by attn's loops and the BLAS.
#include <cblas.h>
#include <gtest/gtest.h>
#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "../../src/kernels/cpu/elementwise.h"
#include "../../src/kernels/cpu/gemv.h"
#include "../../src/kernels/cpu/reduce.h"
#include "../../src/kernels/cpu/vec_math.h"
#include "attn/ops.h"
#include "attn/parallel.h"
#include "attn/random.h"
#include "hwy/targets.h"
#include "support/targets.h"

using namespace attn;
using attn::testing::for_each_target;
using kernels::UnaryOp;

namespace {

// Random N(0, scale^2) values, then the edge values; n is not a multiple of any
// vector width and spans several parallel chunks.
std::vector<double> test_inputs(double scale, std::uint64_t seed) {
  Generator gen(seed);
  std::vector<double> v = randn({3 * kParallelGrain + 13}, gen, DType::F64).to_vector();
  for (double& x : v) x *= scale;
  const double inf = std::numeric_limits<double>::infinity();
  for (double x : {0.0,  -0.0,  1e-30, -1e-30, 1e-7,  -1e-7,  1e-3,  -0.3,  0.5,    3.0, -9.0, 9.0,  18.0,  19.0, -30.0,
                   80.0, -80.0, 88.0,  89.0,   -87.0, -100.0, 100.0, 200.0, -200.0, 1e5, -1e5, 1e30, -1e30, inf,  -inf})
    v.push_back(x);
  return v;
}

struct Accuracy {
  double max_relative = 0;      // over finite reference values above the float minimum
  int mismatched_specials = 0;  // NaN/inf where the reference is not, or the reverse
};

// Fast f32 values against the f64 reference: relative error, except that results
// below the smallest normal float (1.2e-38) compare absolutely (they are subnormal
// or flushed, where relative error means nothing).
Accuracy compare(const std::vector<double>& fast, const std::vector<double>& reference) {
  Accuracy a;
  for (std::size_t i = 0; i < fast.size(); ++i) {
    const double f = fast[i], r = reference[i];
    if (std::isnan(r) || std::isinf(r) || std::isnan(f) || std::isinf(f)) {
      // An f32 result may overflow where the f64 one does not (e^89).
      const bool same = (std::isnan(r) && std::isnan(f)) || f == r ||
                        (std::isinf(f) && !std::isnan(r) && std::abs(r) > std::numeric_limits<float>::max());
      a.mismatched_specials += !same;
      continue;
    }
    const double floor = std::numeric_limits<float>::min();
    const double err = std::abs(r) > floor ? std::abs(f - r) / std::abs(r) : std::abs(f - r) / floor;
    a.max_relative = std::max(a.max_relative, err);
  }
  return a;
}

Accuracy forward_accuracy(UnaryOp op, const std::vector<double>& inputs) {
  Tensor x32 = from_vector(inputs, {static_cast<std::int64_t>(inputs.size())}, DType::F32);
  Tensor x64 = x32.to(DType::F64);  // the same (f32-rounded) inputs
  Tensor y32 = empty_like(x32), y64 = empty_like(x64);
  kernels::unary_forward(op, y32, x32);
  kernels::unary_forward_reference(op, y64, x64);
  return compare(y32.to_vector(), y64.to_vector());
}

}  // namespace

// ~8 float ulp (ulp = 2^-23 ~ 1.2e-7 relative at worst). Highway documents 1 ulp
// for exp and 4 for tanh; sigmoid adds one division.
constexpr double kUlpTolerance = 1e-6;

TEST(VecMath, ExpTanhSigmoidMatchTheF64ReferenceOnEveryTarget) {
  const std::vector<double> inputs = test_inputs(/*scale=*/5.0, /*seed=*/11);
  for_each_target([&] {
    for (UnaryOp op : {UnaryOp::Exp, UnaryOp::Tanh, UnaryOp::Sigmoid}) {
      Accuracy a = forward_accuracy(op, inputs);
      EXPECT_LE(a.max_relative, kUlpTolerance) << "op " << static_cast<int>(op);
      EXPECT_EQ(a.mismatched_specials, 0) << "op " << static_cast<int>(op);
    }
  });
}

// gelu_tanh(x) = x sigmoid(z), z = 2u = x (a + b x^2). The f32 rounding of z (and of
// the constants a, b) is amplified by the condition number of sigmoid,
// 1 + |z| (1 - sigmoid(z)), which is large only in the left tail where the output is
// tiny. The bound: ~2 ulp times that condition number, and the plain ~8 ulp within
// |x| <= 3 where activations live.
TEST(VecMath, GeluTanhMatchesTheF64ReferenceOnEveryTarget) {
  std::vector<double> inputs = test_inputs(/*scale=*/3.0, /*seed=*/12);
  std::erase_if(inputs, [](double x) { return !std::isfinite(x); });
  const auto n = static_cast<std::int64_t>(inputs.size());
  Tensor x32 = from_vector(inputs, {n}, DType::F32);
  Tensor x64 = x32.to(DType::F64), y32 = empty_like(x32), y64 = empty_like(x64);
  kernels::unary_forward_reference(UnaryOp::GeluTanh, y64, x64);
  const std::vector<double> xs = x64.to_vector(), ref = y64.to_vector();
  for_each_target([&] {
    kernels::unary_forward(UnaryOp::GeluTanh, y32, x32);
    const std::vector<double> fast = y32.to_vector();
    int failures = 0;
    for (std::int64_t i = 0; i < n; ++i) {
      const double z = 2 * 0.7978845608028654 * (xs[i] + 0.044715 * xs[i] * xs[i] * xs[i]);
      const double condition = 1 + std::abs(z) * (1 - 1 / (1 + std::exp(-z)));
      const double bound = std::abs(xs[i]) <= 3 ? kUlpTolerance : 2.5e-7 * condition;
      const double scale = std::max(std::abs(ref[i]), double(std::numeric_limits<float>::min()));
      if (std::abs(fast[i] - ref[i]) > bound * scale && ++failures <= 5)
        ADD_FAILURE() << "gelu_tanh(" << xs[i] << ") = " << fast[i] << ", reference " << ref[i];
    }
    EXPECT_EQ(failures, 0);
  });
}

TEST(VecMath, GeluTanhBackwardMatchesTheF64Reference) {
  std::vector<double> inputs = test_inputs(/*scale=*/1.5, /*seed=*/13);
  std::erase_if(inputs, [](double x) { return !(std::abs(x) <= 3); });
  const auto n = static_cast<std::int64_t>(inputs.size());
  Generator gen(14);
  Tensor x32 = from_vector(inputs, {n}, DType::F32), dy32 = randn({n}, gen);
  Tensor x64 = x32.to(DType::F64), dy64 = dy32.to(DType::F64);
  Tensor dx32 = empty_like(x32), dx64 = empty_like(x64);
  kernels::unary_backward_reference(UnaryOp::GeluTanh, dx64, dy64, x64, Tensor());
  for_each_target([&] {
    kernels::unary_backward(UnaryOp::GeluTanh, dx32, dy32, x32, Tensor());
    // Absolute in units of |dy|: the derivative crosses zero near x = -0.75.
    const std::vector<double> fast = dx32.to_vector(), ref = dx64.to_vector(), dy = dy64.to_vector();
    double worst = 0;
    for (std::int64_t i = 0; i < n; ++i)
      worst = std::max(worst, std::abs(fast[i] - ref[i]) / (std::abs(dy[i]) + 1e-30));
    EXPECT_LE(worst, kUlpTolerance);
  });
}

TEST(VecMath, NanPropagates) {
  const float nan = std::numeric_limits<float>::quiet_NaN();
  for (UnaryOp op : {UnaryOp::Exp, UnaryOp::Tanh, UnaryOp::Sigmoid, UnaryOp::GeluTanh}) {
    Tensor x = full({5}, nan), y = empty_like(x);
    kernels::unary_forward(op, y, x);
    for (double v : y.to_vector()) EXPECT_TRUE(std::isnan(v)) << "op " << static_cast<int>(op);
  }
}

TEST(VecMath, ExpShiftedSumAndSum) {
  Generator gen(15);
  const std::int64_t n = 1000003;
  Tensor x = randn({n}, gen);
  std::vector<float> y(n);
  const float* px = x.data<float>();
  for_each_target([&] {
    const double total = kernels::vec::exp_shifted_sum(y.data(), px, 2.5f, n);
    double expected = 0, expected_sum = 0;
    double worst = 0;
    for (std::int64_t i = 0; i < n; ++i) {
      const double e = std::exp(double(px[i]) - 2.5);
      worst = std::max(worst, std::abs(y[i] - e) / e);
      expected += y[i];
      expected_sum += px[i];
    }
    EXPECT_LE(worst, kUlpTolerance);
    EXPECT_NEAR(total, expected, 1e-9 * expected);
    EXPECT_NEAR(kernels::vec::sum(px, n), expected_sum, 1e-9 * n);
    // The maximum, wherever it is (in a vector or in the tail) and for every length.
    for (std::int64_t len : {std::int64_t{0}, std::int64_t{1}, std::int64_t{7}, std::int64_t{40}, n}) {
      const float want = len == 0 ? -std::numeric_limits<float>::infinity() : *std::max_element(px, px + len);
      EXPECT_EQ(kernels::vec::max(px, len), want) << "n " << len;
    }
    std::vector<float> peak(37, -5.0f);
    for (std::size_t at : {std::size_t{0}, std::size_t{17}, std::size_t{36}}) {
      peak[at] = 3.0f;
      EXPECT_EQ(kernels::vec::max(peak.data(), 37), 3.0f) << "at " << at;
      peak[at] = -5.0f;
    }
  });
}

// Arithmetic on floats gives the same value computed in f32 or computed in f64 and
// rounded (the exact result of +, -, * of two floats fits in a double; for / the
// double rounding is innocuous), so the vector kernels must match bit for bit;
// affine within its one or two roundings.
TEST(VecMath, ArithmeticIsExactOnEveryTarget) {
  Generator gen(18);
  const std::int64_t n = 100003;
  Tensor a = randn({n}, gen), b = randn({n}, gen);
  const std::vector<double> va = a.to_vector(), vb = b.to_vector();
  const float* pa = a.data<float>();
  const float* pb = b.data<float>();
  std::vector<float> y(n);
  for_each_target([&] {
    for (auto op : {kernels::BinaryOp::Add, kernels::BinaryOp::Sub, kernels::BinaryOp::Mul, kernels::BinaryOp::Div}) {
      auto* kernel = op == kernels::BinaryOp::Add   ? kernels::vec::add
                     : op == kernels::BinaryOp::Sub ? kernels::vec::sub
                     : op == kernels::BinaryOp::Mul ? kernels::vec::mul
                                                    : kernels::vec::div;
      kernel(y.data(), pa, pb, n, kernels::vec::Store::Cached);
      int wrong = 0;
      for (std::int64_t i = 0; i < n; ++i) {
        const double r = op == kernels::BinaryOp::Add   ? va[i] + vb[i]
                         : op == kernels::BinaryOp::Sub ? va[i] - vb[i]
                         : op == kernels::BinaryOp::Mul ? va[i] * vb[i]
                                                        : va[i] / vb[i];
        wrong += y[i] != static_cast<float>(r);
      }
      EXPECT_EQ(wrong, 0) << "binary op " << static_cast<int>(op);
    }
    kernels::vec::affine(y.data(), pa, 0.7f, -1.25f, n);
    int wrong = 0;
    for (std::int64_t i = 0; i < n; ++i) {  // one or two roundings (FMA or not)
      const double sx = 0.7f * va[i];
      wrong += std::abs(y[i] - (sx - 1.25)) > 0x1p-23 * (std::abs(sx) + 1.25);
    }
    EXPECT_EQ(wrong, 0) << "affine";
    kernels::vec::relu(y.data(), pa, n);
    wrong = 0;
    for (std::int64_t i = 0; i < n; ++i) wrong += y[i] != (pa[i] > 0 ? pa[i] : 0.0f);
    EXPECT_EQ(wrong, 0) << "relu";
  });
}

// Streaming stores write the same values, whatever the alignment of y and the tail.
TEST(VecMath, StreamingStoresWriteTheSameValues) {
  Generator gen(19);
  const std::int64_t n = 10007;
  Tensor x = randn({n + 16}, gen), b = randn({n + 16}, gen);
  using kernels::vec::Store;
  for (std::int64_t offset : {0, 1, 3, 7}) {
    for (std::int64_t len : {n, std::int64_t(5), std::int64_t(0)}) {
      SCOPED_TRACE("offset " + std::to_string(offset) + " length " + std::to_string(len));
      const float* px = x.data<float>() + offset;
      const float* pb = b.data<float>() + offset;
      std::vector<float> cached(n + 16, -7.0f), streamed(n + 16, -7.0f);
      auto run = [&](std::vector<float>& out, Store store) {
        float* y = out.data() + offset;
        kernels::vec::tanh(y, px, len, store);
        kernels::vec::gelu_tanh(y, y, len, store);  // in place
        kernels::vec::mul(y, y, pb, len, store);
        kernels::vec::affine(y, y, 2.0f, 1.0f, len, store);
        kernels::vec::relu(y, y, len, store);
        kernels::vec::sigmoid(y, y, len, store);
        kernels::vec::exp(y, y, len, store);
      };
      run(cached, Store::Cached);
      run(streamed, Store::Streaming);
      EXPECT_EQ(cached, streamed);
    }
  }
}

// The other unary ops run the reference loops in f32 too; their public ops and the
// vectorised ones agree with the reference at f32 precision through the front.
TEST(Kernels, PublicActivationsUseTheFastPaths) {
  Generator gen(16);
  Tensor x = randn({257, 129}, gen);
  Tensor x64 = x.to(DType::F64);
  auto close = [](const Tensor& a, const Tensor& b) {
    std::vector<double> va = a.to_vector(), vb = b.to_vector();
    double worst = 0;
    for (std::size_t i = 0; i < va.size(); ++i)
      worst = std::max(worst, std::abs(va[i] - vb[i]) / (std::abs(vb[i]) + 1e-30));
    return worst;
  };
  EXPECT_LE(close(attn::tanh(x), attn::tanh(x64)), kUlpTolerance);
  EXPECT_LE(close(sigmoid(x), sigmoid(x64)), kUlpTolerance);
  EXPECT_LE(close(attn::exp(x), attn::exp(x64)), kUlpTolerance);
  EXPECT_LE(close(gelu(x), gelu(x64)), 1e-4);
  EXPECT_LE(close(relu(x), relu(x64)), 0.0);
}

namespace {

// Sum along dim of a contiguous f32 tensor, in plain double loops.
std::vector<double> reference_sum(const Tensor& x, int dim) {
  const std::int64_t rows = x.size(0), cols = x.size(1);
  const std::vector<double> v = x.to_vector();
  std::vector<double> out(dim == 0 ? cols : rows, 0.0);
  for (std::int64_t r = 0; r < rows; ++r)
    for (std::int64_t c = 0; c < cols; ++c) out[dim == 0 ? c : r] += v[r * cols + c];
  return out;
}

}  // namespace

// Every layout path of sum: long rows (chunked), short rows, one column, narrow and
// wide columns. Same values as the plain loop, and bit for bit the same with 1 and 2
// threads.
TEST(Kernels, SumMatchesTheReferenceAndIgnoresTheThreadCount) {
  Generator gen(17);
  const std::vector<Shape> shapes = {{3, 200003}, {1000, 37}, {300001, 1}, {20001, 7}, {501, 1100}};
  const int saved = num_threads();
  for (const Shape& shape : shapes) {
    Tensor x = randn(shape, gen);
    for (int dim : {0, 1}) {
      SCOPED_TRACE(shape_str(shape) + " dim " + std::to_string(dim));
      std::vector<double> results[2];
      for (int threads : {1, 2}) {
        set_num_threads(threads);
        results[threads - 1] = sum(x, {dim}).to_vector();
      }
      EXPECT_EQ(results[0], results[1]);
      const std::vector<double> expected = reference_sum(x, dim);
      ASSERT_EQ(results[0].size(), expected.size());
      for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_NEAR(results[0][i], expected[i], 1e-6 * (1 + std::abs(expected[i])));
    }
    set_num_threads(1);
    const double one = sum(x).item();
    set_num_threads(2);
    EXPECT_EQ(sum(x).item(), one);
  }
  set_num_threads(saved);
}

TEST(Threads, OpenBlasIsTheOpenMpBuildAndFollowsSetNumThreads) {
  EXPECT_STREQ(blas_threading(), "openmp");
  const int saved = num_threads();
  for (int n : {1, 2, 3}) {
    set_num_threads(n);
    EXPECT_EQ(num_threads(), n);
    EXPECT_EQ(omp_get_max_threads(), n);
    EXPECT_EQ(openblas_get_num_threads(), n);
  }
  set_num_threads(saved);
}

// A single row goes through the BLAS's matrix-vector product (kernels/cpu/gemm.cpp):
// every layout of a and b against the float64 product.
TEST(Kernels, SingleRowProductsMatchTheF64Product) {
  Generator gen(21);
  const std::int64_t k = 37, n = 53;
  for (bool a_transposed : {false, true}) {
    for (bool b_transposed : {false, true}) {
      const Tensor a = a_transposed ? transpose(randn({k, 1}, gen), 0, 1) : randn({1, k}, gen);
      const Tensor b = b_transposed ? transpose(randn({n, k}, gen), 0, 1) : randn({k, n}, gen);
      const Tensor got = matmul(a, b);
      const Tensor want = matmul(a.to(DType::F64), b.to(DType::F64));
      ASSERT_EQ(got.shape(), (Shape{1, n}));
      const std::vector<double> g = got.to_vector(), w = want.to_vector();
      for (std::int64_t j = 0; j < n; ++j) {
        EXPECT_NEAR(g[j], w[j], 1e-4 * (1 + std::abs(w[j])))
            << "a_transposed " << a_transposed << " b_transposed " << b_transposed << " column " << j;
      }
    }
  }
  // A batch of single rows against one matrix, and a linear layer on one token.
  const Tensor x = randn({3, 1, k}, gen), w = randn({n, k}, gen), bias = randn({n}, gen);
  const Tensor y = linear(x, w, bias), y64 = linear(x.to(DType::F64), w.to(DType::F64), bias.to(DType::F64));
  const std::vector<double> g = y.to_vector(), e = y64.to_vector();
  for (std::size_t i = 0; i < g.size(); ++i) EXPECT_NEAR(g[i], e[i], 1e-4 * (1 + std::abs(e[i])));
}

// The weight-rows matrix-vector kernel (kernels/cpu/gemv.h) on every SIMD target this
// machine runs, against cblas_sgemv (the plain path) and the float64 sums: one row to
// thousands (the guided schedule's runs), lengths around the vector width and the
// four-vector unroll, a padded leading dimension, one thread and all of them, with and
// without the bias (subtracted again before the comparison).
TEST(Kernels, GemvRowsMatchesSgemvOnEveryTarget) {
  Generator gen(5);
  const int saved = num_threads();
  for_each_target([&] {
    for (auto [n, k] :
         {std::pair<std::int64_t, std::int64_t>{1, 1}, {3, 5}, {4, 16}, {7, 17}, {13, 33}, {130, 768}, {2305, 769}}) {
      const std::int64_t ld = k + 3;
      const std::vector<double> wv = randn({n, ld}, gen).to_vector(), xv = randn({k}, gen).to_vector();
      const std::vector<float> w(wv.begin(), wv.end()), x(xv.begin(), xv.end());
      std::vector<float> want(static_cast<std::size_t>(n));
      cblas_sgemv(CblasRowMajor, CblasNoTrans, static_cast<int>(n), static_cast<int>(k), 1.0f, w.data(),
                  static_cast<int>(ld), x.data(), 1, 0.0f, want.data(), 1);
      const std::vector<double> bv = randn({n}, gen).to_vector();
      const std::vector<float> bias(bv.begin(), bv.end());
      for (auto [threads, with_bias] : {std::pair{1, false}, {saved, false}, {1, true}, {saved, true}}) {
        set_num_threads(threads);
        std::vector<float> got(static_cast<std::size_t>(n), std::nanf(""));
        kernels::gemv_rows(w.data(), ld, x.data(), got.data(), n, k, with_bias ? bias.data() : nullptr);
        if (with_bias) {
          for (std::int64_t i = 0; i < n; ++i) got[static_cast<std::size_t>(i)] -= bias[static_cast<std::size_t>(i)];
        }
        for (std::int64_t i = 0; i < n; ++i) {
          double exact = 0.0, magnitude = 0.0;
          for (std::int64_t j = 0; j < k; ++j) {
            exact += double(w[i * ld + j]) * double(x[j]);
            magnitude += std::abs(double(w[i * ld + j]) * double(x[j]));
          }
          const auto u = static_cast<std::size_t>(i);
          ASSERT_NEAR(got[u], exact, 1e-6 * magnitude + 1e-6) << "n " << n << " k " << k << " row " << i;
          ASSERT_NEAR(got[u], want[u], 2e-6 * magnitude + 1e-6) << "n " << n << " k " << k << " row " << i;
        }
      }
      set_num_threads(saved);
    }
  });
}
