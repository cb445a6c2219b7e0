// Unit tests of the fused ops: softmax, log_softmax, layer_norm, cross_entropy,
// embedding, dropout, masked_fill. Hand-computed values, properties and errors; the
// gradients are checked by finite differences in tests/gradcheck/test_fused_ops.cpp.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/ops.h"
#include "attn/parallel.h"
#include "attn/random.h"

using namespace attn;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

void expect_near_all(const std::vector<double>& got, const std::vector<double>& want, double tol) {
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    if (std::isinf(want[i])) {
      EXPECT_EQ(got[i], want[i]) << "at " << i;
    } else {
      EXPECT_NEAR(got[i], want[i], tol) << "at " << i;
    }
  }
}

// The message of the attn::Error that f throws ("" when it throws none).
std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

// Runs f once on one thread and once on two; the results must be bitwise equal.
void expect_thread_count_independent(const std::function<std::vector<double>()>& f) {
  const int saved = num_threads();
  set_num_threads(1);
  const std::vector<double> one = f();
  set_num_threads(2);
  const std::vector<double> two = f();
  set_num_threads(saved);
  ASSERT_EQ(one.size(), two.size());
  for (std::size_t i = 0; i < one.size(); ++i) ASSERT_EQ(one[i], two[i]) << "at " << i;
}

}  // namespace

// --- softmax, log_softmax -----------------------------------------------------------

TEST(SoftmaxOp, HandComputedRow) {
  // exp(x) = (1, 2, 3): softmax = (1, 2, 3) / 6.
  Tensor x = from_vector({0, std::log(2.0), std::log(3.0)}, {1, 3}, DType::F64);
  expect_near_all(softmax(x).to_vector(), {1.0 / 6, 2.0 / 6, 3.0 / 6}, 1e-15);
  expect_near_all(log_softmax(x).to_vector(), {std::log(1.0 / 6), std::log(2.0 / 6), std::log(3.0 / 6)}, 1e-15);
}

TEST(SoftmaxOp, RowsSumToOneAndShiftInvariant) {
  Generator gen(11);
  Tensor x = randn({3, 4, 9}, gen);
  Tensor y = softmax(x);
  EXPECT_EQ(y.shape(), x.shape());
  std::vector<double> sums = sum(y, {-1}).to_vector();
  for (double s : sums) EXPECT_NEAR(s, 1.0, 1e-6);
  expect_near_all(softmax(add_scalar(x, 100.0)).to_vector(), y.to_vector(), 1e-6);
  std::vector<double> log_y = log_softmax(x).to_vector(), vy = y.to_vector();
  for (std::size_t i = 0; i < vy.size(); ++i) EXPECT_NEAR(std::exp(log_y[i]), vy[i], 1e-6);
}

TEST(SoftmaxOp, LargeLogitsDoNotOverflow) {
  Tensor x = from_vector({1000, 1000, -1000}, {3});
  expect_near_all(softmax(x).to_vector(), {0.5, 0.5, 0.0}, 1e-7);
  expect_near_all(log_softmax(x).to_vector(), {-std::log(2.0), -std::log(2.0), -2000 - std::log(2.0)}, 1e-3);
}

TEST(SoftmaxOp, MaskedEntriesGetZero) {
  Tensor x = from_vector({-kInf, 0, -kInf, 0}, {1, 4});
  expect_near_all(softmax(x).to_vector(), {0, 0.5, 0, 0.5}, 1e-7);
  expect_near_all(log_softmax(x).to_vector(), {-kInf, -std::log(2.0), -kInf, -std::log(2.0)}, 1e-7);
}

TEST(SoftmaxOp, AllMinusInfRowIsNaNAsInPyTorch) {
  Tensor x = from_vector({-kInf, -kInf, -kInf, 1, 2, 3}, {2, 3});
  std::vector<double> y = softmax(x).to_vector(), log_y = log_softmax(x).to_vector();
  for (int i = 0; i < 3; ++i) {
    EXPECT_TRUE(std::isnan(y[i]));
    EXPECT_TRUE(std::isnan(log_y[i]));
  }
  for (int i = 3; i < 6; ++i) EXPECT_FALSE(std::isnan(y[i]));  // other rows unaffected
}

TEST(SoftmaxOp, NonContiguousInputAndLongRows) {
  Generator gen(12);
  Tensor x = randn({6, 5}, gen, DType::F64);
  Tensor xt = transpose(x, 0, 1);  // (5, 6), strided
  expect_near_all(softmax(xt).to_vector(), softmax(xt.contiguous()).to_vector(), 0);
  // A long row in f32 matches the f64 result to ~1e-6 relative (double accumulation).
  Tensor big = scale(randn({3, 5000}, gen, DType::F64), 4.0);
  std::vector<double> want = log_softmax(big).to_vector();
  std::vector<double> got = log_softmax(big.to(DType::F32)).to_vector();
  for (std::size_t i = 0; i < want.size(); ++i) EXPECT_NEAR(got[i], want[i], 1e-6 * std::abs(want[i]) + 1e-6);
}

TEST(SoftmaxOp, RejectsIntegerInput) {
  EXPECT_THROW(softmax(from_ids({1, 2}, {2})), Error);
  EXPECT_THROW(log_softmax(from_ids({1, 2}, {2})), Error);
}

// --- layer_norm --------------------------------------------------------------------

TEST(LayerNormOp, HandComputedRowWithWeightAndBias) {
  // mean 2.5, biased variance 1.25.
  Tensor x = from_vector({1, 2, 3, 4}, {1, 4}, DType::F64);
  const double r = 1.0 / std::sqrt(1.25 + 1e-5);
  expect_near_all(layer_norm(x, Tensor(), Tensor()).to_vector(), {-1.5 * r, -0.5 * r, 0.5 * r, 1.5 * r}, 1e-14);
  Tensor w = from_vector({1, 2, 1, 2}, {4}, DType::F64), b = from_vector({0, 0, 1, 1}, {4}, DType::F64);
  expect_near_all(layer_norm(x, w, b).to_vector(), {-1.5 * r, -1.0 * r, 0.5 * r + 1, 3.0 * r + 1}, 1e-14);
  expect_near_all(layer_norm(x, w, Tensor()).to_vector(), {-1.5 * r, -1.0 * r, 0.5 * r, 3.0 * r}, 1e-14);
  expect_near_all(layer_norm(x, Tensor(), b).to_vector(), {-1.5 * r, -0.5 * r, 0.5 * r + 1, 1.5 * r + 1}, 1e-14);
}

TEST(LayerNormOp, RowsHaveZeroMeanAndUnitVariance) {
  Generator gen(21);
  Tensor x = add_scalar(scale(randn({4, 3, 32}, gen), 3.0), 7.0);
  Tensor y = layer_norm(x, Tensor(), Tensor(), 0.0);
  EXPECT_EQ(y.shape(), x.shape());
  for (double m : mean(y, {-1}).to_vector()) EXPECT_NEAR(m, 0.0, 1e-6);
  for (double v : mean(mul(y, y), {-1}).to_vector()) EXPECT_NEAR(v, 1.0, 1e-5);
}

TEST(LayerNormOp, LargeOffsetInFloat32IsStable) {
  // A one-pass E[x^2] - E[x]^2 would lose every digit here; two passes do not.
  Generator gen(22);
  Tensor x32 = add_scalar(randn({2, 64}, gen), 1e4);
  std::vector<double> want = layer_norm(x32.to(DType::F64), Tensor(), Tensor()).to_vector();
  std::vector<double> got = layer_norm(x32, Tensor(), Tensor()).to_vector();
  expect_near_all(got, want, 1e-5);
}

TEST(LayerNormOp, RejectsBadParameters) {
  Tensor x = zeros({2, 4});
  std::string msg = error_of([&] { layer_norm(x, zeros({3}), Tensor()); });
  EXPECT_NE(msg.find("weight f32(3)"), std::string::npos) << msg;
  EXPECT_NE(msg.find("C = 4"), std::string::npos) << msg;
  EXPECT_THROW(layer_norm(x, Tensor(), zeros({4}, DType::F64)), Error);  // dtype differs
  EXPECT_THROW(layer_norm(x, zeros({1, 4}), Tensor()), Error);
  EXPECT_THROW(layer_norm(x, Tensor(), Tensor(), -1.0), Error);
}

TEST(LayerNormOp, BackwardDoesNotDependOnThreadCount) {
  Generator gen(23);
  Tensor x = randn({700, 96}, gen);
  Tensor w = randn({96}, gen), b = randn({96}, gen), dy = randn({700, 96}, gen);
  expect_thread_count_independent([&] {
    for (Tensor* t : {&x, &w, &b}) {
      t->set_requires_grad(true);
      t->zero_grad();
    }
    layer_norm(x, w, b).backward(dy);
    std::vector<double> all = x.grad().to_vector();
    for (Tensor* t : {&w, &b}) {
      std::vector<double> g = t->grad().to_vector();
      all.insert(all.end(), g.begin(), g.end());
    }
    return all;
  });
}

// --- cross_entropy -----------------------------------------------------------------

TEST(CrossEntropyOp, HandComputedWithAndWithoutSmoothing) {
  // logp = log((1, 2, 3) / 6); target 2: nll = -log(1/2) = log 2.
  Tensor logits = from_vector({0, std::log(2.0), std::log(3.0)}, {1, 3}, DType::F64);
  Tensor targets = from_ids({2}, {1});
  EXPECT_NEAR(cross_entropy(logits, targets).item(), std::log(2.0), 1e-14);
  // (1 - eps) * nll + eps * mean over classes of -logp.
  const double eps = 0.3;
  const double smooth = (std::log(6.0) + std::log(3.0) + std::log(2.0)) / 3;
  CrossEntropyOptions opt;
  opt.label_smoothing = eps;
  EXPECT_NEAR(cross_entropy(logits, targets, opt).item(), (1 - eps) * std::log(2.0) + eps * smooth, 1e-14);
}

TEST(CrossEntropyOp, NoneIsMinusLogSoftmaxAtTargetAndMeanSumAgree) {
  Generator gen(31);
  Tensor logits = randn({5, 7}, gen, DType::F64);
  Tensor targets = from_ids({3, 0, 6, 2, 2}, {5});
  CrossEntropyOptions none;
  none.reduction = Reduction::None;
  std::vector<double> rows = cross_entropy(logits, targets, none).to_vector();
  std::vector<double> logp = log_softmax(logits).to_vector();
  const std::vector<int> t{3, 0, 6, 2, 2};
  double total = 0;
  for (int n = 0; n < 5; ++n) {
    EXPECT_NEAR(rows[n], -logp[n * 7 + t[n]], 1e-14);
    total += rows[n];
  }
  CrossEntropyOptions sum_opt;
  sum_opt.reduction = Reduction::Sum;
  EXPECT_NEAR(cross_entropy(logits, targets, sum_opt).item(), total, 1e-12);
  EXPECT_NEAR(cross_entropy(logits, targets).item(), total / 5, 1e-12);
  EXPECT_EQ(cross_entropy(logits, targets).shape(), Shape{});
  EXPECT_EQ(cross_entropy(logits, targets, none).shape(), Shape{5});
}

TEST(CrossEntropyOp, IgnoredTargetsAddNothingAndMeanCountsKeptOnes) {
  Generator gen(32);
  Tensor logits = randn({4, 5}, gen, DType::F64);
  Tensor targets = from_ids({1, -100, 4, -100}, {4});
  CrossEntropyOptions none;
  none.reduction = Reduction::None;
  none.label_smoothing = 0.2;
  std::vector<double> rows = cross_entropy(logits, targets, none).to_vector();
  EXPECT_EQ(rows[1], 0.0);
  EXPECT_EQ(rows[3], 0.0);
  CrossEntropyOptions mean_opt;
  mean_opt.label_smoothing = 0.2;
  EXPECT_NEAR(cross_entropy(logits, targets, mean_opt).item(), (rows[0] + rows[2]) / 2, 1e-14);
  // Gradient: zero on the ignored rows, and each kept row of softmax - q sums to 0.
  logits.set_requires_grad(true);
  cross_entropy(logits, targets, mean_opt).backward();
  std::vector<double> g = logits.grad().to_vector();
  for (int v = 0; v < 5; ++v) {
    EXPECT_EQ(g[1 * 5 + v], 0.0);
    EXPECT_EQ(g[3 * 5 + v], 0.0);
  }
  EXPECT_NEAR(g[0] + g[1] + g[2] + g[3] + g[4], 0.0, 1e-14);
}

// The f32 kernels run vectorised (vec_math.h); the f64 ones are the plain loops. The
// same logits through both: loss and gradient within f32 rounding, for rows around
// the vector width, an ignored row, with and without smoothing.
TEST(CrossEntropyOp, VectorisedF32MatchesThePlainF64Kernel) {
  Generator gen(33);
  for (std::int64_t v : {std::int64_t{3}, std::int64_t{17}, std::int64_t{8011}}) {
    for (double smoothing : {0.0, 0.1}) {
      SCOPED_TRACE("V = " + std::to_string(v) + ", smoothing " + std::to_string(smoothing));
      const Tensor logits64 = mul(randn({6, v}, gen, DType::F64), scalar(3.0, DType::F64));
      std::vector<std::int64_t> ids = {0, v - 1, -100, v / 2, 1, v - 2};
      const Tensor targets = from_ids(ids, {6});
      CrossEntropyOptions opt;
      opt.label_smoothing = smoothing;
      opt.reduction = Reduction::None;
      Tensor a = logits64.to(DType::F32), b = logits64.clone();
      a.set_requires_grad(true);
      b.set_requires_grad(true);
      const Tensor la = cross_entropy(a, targets, opt), lb = cross_entropy(b, targets, opt);
      const std::vector<double> ra = la.to_vector(), rb = lb.to_vector();
      for (std::size_t n = 0; n < ra.size(); ++n)
        EXPECT_NEAR(ra[n], rb[n], 1e-5 * (1 + std::abs(rb[n]))) << "row " << n;
      sum(mul(la, from_vector({1, 2, 3, 4, 5, 6}, {6}, DType::F32))).backward();
      sum(mul(lb, from_vector({1, 2, 3, 4, 5, 6}, {6}, DType::F64))).backward();
      const std::vector<double> ga = a.grad().to_vector(), gb = b.grad().to_vector();
      for (std::size_t i = 0; i < ga.size(); ++i) ASSERT_NEAR(ga[i], gb[i], 1e-6 * (1 + std::abs(gb[i]))) << "at " << i;
    }
  }
}

TEST(CrossEntropyOp, IgnoreIndexInsideTheVocabulary) {
  Tensor logits = from_vector({0, 0, 0, 0, 0, 0}, {2, 3}, DType::F64);
  CrossEntropyOptions opt;
  opt.ignore_index = 0;  // e.g. a padding id
  EXPECT_NEAR(cross_entropy(logits, from_ids({0, 2}, {2}), opt).item(), std::log(3.0), 1e-14);
}

TEST(CrossEntropyOp, AllIgnoredMeanIsNaNAndSumIsZero) {
  Tensor logits = zeros({2, 3});
  Tensor targets = from_ids({-100, -100}, {2});
  EXPECT_TRUE(std::isnan(cross_entropy(logits, targets).item()));
  CrossEntropyOptions sum_opt;
  sum_opt.reduction = Reduction::Sum;
  EXPECT_EQ(cross_entropy(logits, targets, sum_opt).item(), 0.0);
}

TEST(CrossEntropyOp, MaskedClassWithoutSmoothingStaysFinite) {
  Tensor logits = from_vector({0, -kInf, 0}, {1, 3});
  EXPECT_NEAR(cross_entropy(logits, from_ids({0}, {1})).item(), std::log(2.0), 1e-6);
}

TEST(CrossEntropyOp, ErrorsNameTheRowAndTheShapes) {
  Tensor logits = zeros({3, 4});
  std::string msg = error_of([&] { cross_entropy(logits, from_ids({0, 1, 4}, {3})); });
  EXPECT_NE(msg.find("target 4 at row 2"), std::string::npos) << msg;
  msg = error_of([&] { cross_entropy(logits, from_ids({0, -1, 2}, {3})); });
  EXPECT_NE(msg.find("target -1 at row 1"), std::string::npos) << msg;
  msg = error_of([&] { cross_entropy(logits, from_ids({0, 1}, {2})); });
  EXPECT_NE(msg.find("i64(2)"), std::string::npos) << msg;
  EXPECT_THROW(cross_entropy(zeros({2, 3, 4}), from_ids({0, 1}, {2})), Error);
  EXPECT_THROW(cross_entropy(logits, zeros({3})), Error);  // float targets
  CrossEntropyOptions bad;
  bad.label_smoothing = 1.5;
  EXPECT_THROW(cross_entropy(logits, from_ids({0, 1, 2}, {3}), bad), Error);
}

// --- embedding -----------------------------------------------------------------------

TEST(EmbeddingOp, LooksUpRows) {
  Tensor weight = from_vector({0, 1, 10, 11, 20, 21, 30, 31}, {4, 2});
  Tensor out = embedding(weight, from_ids({3, 0, 1, 3}, {2, 2}));
  EXPECT_EQ(out.shape(), (Shape{2, 2, 2}));
  EXPECT_EQ(out.to_vector(), (std::vector<double>{30, 31, 0, 1, 10, 11, 30, 31}));
}

TEST(EmbeddingOp, BackwardAddsRepeatedIdsAndTouchesOnlyLookedUpRows) {
  Tensor weight = zeros({5, 3}, DType::F64);
  weight.set_requires_grad(true);
  Tensor dy = from_vector({1, 2, 3, 10, 20, 30, 100, 200, 300}, {3, 3}, DType::F64);
  embedding(weight, from_ids({1, 3, 1}, {3})).backward(dy);
  EXPECT_EQ(weight.grad().to_vector(), (std::vector<double>{0, 0, 0, 101, 202, 303, 0, 0, 0, 10, 20, 30, 0, 0, 0}));
}

TEST(EmbeddingOp, BackwardDoesNotDependOnThreadCount) {
  Generator gen(41);
  Tensor weight = randn({50, 200}, gen);
  std::vector<std::int64_t> ids(400);
  for (auto& id : ids) id = static_cast<std::int64_t>(gen.below(50));
  Tensor dy = randn({400, 200}, gen);
  expect_thread_count_independent([&] {
    weight.set_requires_grad(true);
    weight.zero_grad();
    embedding(weight, from_ids(ids, {400})).backward(dy);
    return weight.grad().to_vector();
  });
}

TEST(EmbeddingOp, ErrorsNameThePositionOfABadId) {
  Tensor weight = zeros({10, 4});
  std::string msg = error_of([&] { embedding(weight, from_ids({1, 2, 3, 4, 5, 12}, {2, 3})); });
  EXPECT_NE(msg.find("id 12 at position (1, 2)"), std::string::npos) << msg;
  EXPECT_NE(msg.find("V = 10"), std::string::npos) << msg;
  msg = error_of([&] { embedding(weight, from_ids({-1}, {1})); });
  EXPECT_NE(msg.find("id -1 at position (0)"), std::string::npos) << msg;
  EXPECT_THROW(embedding(weight, zeros({2})), Error);               // float ids
  EXPECT_THROW(embedding(zeros({10}), from_ids({1}, {1})), Error);  // weight not (V, C)
}

// --- dropout ---------------------------------------------------------------------------

TEST(DropoutOp, SameSeedSameMaskAndTheGeneratorAdvances) {
  Tensor x = ones({8, 16});
  Generator a(5), b(5);
  std::vector<double> ya = dropout(x, 0.5, a, true).to_vector();
  EXPECT_EQ(ya, dropout(x, 0.5, b, true).to_vector());
  EXPECT_EQ(a.position(), 128u);
  EXPECT_NE(ya, dropout(x, 0.5, a, true).to_vector());  // next counters, another mask
}

TEST(DropoutOp, IdentityInEvaluationAndForZeroP) {
  Tensor x = ones({4, 4});
  Generator gen(6);
  EXPECT_TRUE(dropout(x, 0.5, gen, /*training=*/false).same(x));
  EXPECT_TRUE(dropout(x, 0.0, gen, /*training=*/true).same(x));
  EXPECT_EQ(gen.position(), 0u);
}

TEST(DropoutOp, DropsAFractionPAndKeepsTheMean) {
  const double p = 0.3;
  const std::int64_t n = 200000;
  Generator gen(7);
  std::vector<double> y = dropout(ones({n}), p, gen, true).to_vector();
  std::int64_t dropped = 0;
  double total = 0;
  for (double v : y) {
    if (v == 0) {
      ++dropped;
    } else {
      EXPECT_NEAR(v, 1.0 / (1.0 - p), 1e-6);  // survivors scaled by 1 / (1 - p)
    }
    total += v;
  }
  // Standard deviation of the fraction: sqrt(p (1 - p) / n) ~ 0.001.
  EXPECT_NEAR(static_cast<double>(dropped) / n, p, 0.006);
  EXPECT_NEAR(total / n, 1.0, 0.01);
  Generator all(8);
  for (double v : dropout(ones({100}), 1.0, all, true).to_vector()) EXPECT_EQ(v, 0.0);
}

TEST(DropoutOp, MaskDoesNotDependOnThreadCount) {
  Tensor x = ones({3 * kParallelGrain});
  expect_thread_count_independent([&] {
    Generator gen(9);
    return dropout(x, 0.25, gen, true).to_vector();
  });
}

TEST(DropoutOp, BackwardUsesTheSameMask) {
  Tensor x = ones({64}, DType::F64);
  x.set_requires_grad(true);
  Generator gen(10);
  Tensor y = dropout(x, 0.4, gen, true);
  sum(y).backward();
  EXPECT_EQ(x.grad().to_vector(), y.to_vector());  // x = 1: dy/dx = mask / (1 - p) = y
}

TEST(DropoutOp, RejectsBadP) {
  Generator gen(11);
  EXPECT_THROW(dropout(ones({2}), -0.1, gen, true), Error);
  EXPECT_THROW(dropout(ones({2}), 1.1, gen, true), Error);
}

// --- masked_fill -------------------------------------------------------------------------

TEST(MaskedFillOp, CausalMaskBroadcastsOverBatchAndHeads) {
  const std::int64_t T = 3;
  std::vector<std::int64_t> future;
  for (std::int64_t i = 0; i < T; ++i)
    for (std::int64_t j = 0; j < T; ++j) future.push_back(j > i ? 1 : 0);
  Tensor mask = from_ids(future, {T, T}).to(DType::U8);
  Tensor scores = zeros({2, 2, T, T});  // (B, H, T, T)
  Tensor masked = masked_fill(scores, mask, -kInf);
  EXPECT_EQ(masked.shape(), scores.shape());
  std::vector<double> v = masked.to_vector();
  for (std::size_t k = 0; k < v.size(); ++k) EXPECT_EQ(v[k], future[k % (T * T)] ? -kInf : 0.0) << k;
  // Softmax of the masked scores: row i spreads evenly over positions 0..i.
  std::vector<double> p = softmax(masked).to_vector();
  for (std::int64_t i = 0; i < T; ++i)
    for (std::int64_t j = 0; j < T; ++j) EXPECT_NEAR(p[i * T + j], j <= i ? 1.0 / (i + 1) : 0.0, 1e-7);
}

TEST(MaskedFillOp, StridedInputAndGradientZeroWhereMasked) {
  Tensor x = from_vector({1, 2, 3, 4, 5, 6}, {2, 3}, DType::F64);
  Tensor xt = transpose(x, 0, 1);                         // (3, 2): [[1, 4], [2, 5], [3, 6]]
  Tensor col_mask = from_ids({0, 1}, {2}).to(DType::U8);  // (2): masks the second column
  EXPECT_EQ(masked_fill(xt, col_mask, 9).to_vector(), (std::vector<double>{1, 9, 2, 9, 3, 9}));
  Tensor row_mask = from_ids({1, 0}, {2, 1}).to(DType::U8);  // (2, 1): masks the first row
  x.set_requires_grad(true);
  masked_fill(x, row_mask, -1).backward(ones({2, 3}, DType::F64));
  EXPECT_EQ(x.grad().to_vector(), (std::vector<double>{0, 0, 0, 1, 1, 1}));
}

TEST(MaskedFillOp, RejectsMaskThatDoesNotBroadcastToInput) {
  Tensor x = zeros({2, 4});
  std::string msg = error_of([&] { masked_fill(x, from_ids({1, 0, 1}, {3}).to(DType::U8), 0); });
  EXPECT_NE(msg.find("masked_fill"), std::string::npos) << msg;
  // A mask with more dimensions than x would grow the output: rejected.
  EXPECT_THROW(masked_fill(x, zeros({3, 2, 4}).to(DType::U8), 0), Error);
  EXPECT_THROW(masked_fill(x, zeros({2, 4}), 0), Error);  // float mask
}
