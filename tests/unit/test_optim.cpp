#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <vector>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/nn/embedding.h"
#include "attn/nn/layer_norm.h"
#include "attn/nn/linear.h"
#include "attn/ops.h"
#include "attn/train/clip.h"
#include "attn/train/optimizer.h"
#include "attn/train/schedule.h"

using namespace attn;
using namespace attn::train;

namespace {

// One F64 parameter p0 with gradient g set by hand.
struct OneParam {
  Tensor p;
  nn::NamedTensors named() const { return {{"p", p}}; }
  void set_grad(const std::vector<double>& g) const { p.set_grad(from_vector(g, {2}, DType::F64)); }
};

OneParam one_param(std::vector<double> values) {
  Tensor p = from_vector(values, {2}, DType::F64);
  p.set_requires_grad(true);
  return {p};
}

void expect_values(const Tensor& t, const std::vector<double>& expected, double tol = 1e-12) {
  const auto v = t.to_vector();
  ASSERT_EQ(v.size(), expected.size());
  for (std::size_t i = 0; i < v.size(); ++i) EXPECT_NEAR(v[i], expected[i], tol) << "at " << i;
}

}  // namespace

// --- SGD ------------------------------------------------------------------------

TEST(SGD, PlainStepWithWeightDecay) {
  OneParam w = one_param({1.0, -2.0});
  SGD opt(w.named(), {.lr = 0.1, .weight_decay = 0.01});
  w.set_grad({0.5, 3.0});
  opt.step();
  // p -= lr * (g + wd * p)
  expect_values(w.p, {1.0 - 0.1 * (0.5 + 0.01 * 1.0), -2.0 - 0.1 * (3.0 + 0.01 * -2.0)});
  EXPECT_EQ(opt.step_count(), 1);
}

TEST(SGD, MomentumDampeningAndNesterov) {
  const double lr = 0.1, mu = 0.9, g1 = 0.5, g2 = -1.0;
  {
    OneParam w = one_param({1.0, 1.0});
    SGD opt(w.named(), {.lr = lr, .momentum = mu, .dampening = 0.5});
    w.set_grad({g1, g1});
    opt.step();  // buf = g1 (no dampening at the first step)
    w.set_grad({g2, g2});
    opt.step();  // buf = mu * g1 + (1 - 0.5) * g2
    const double expected = 1.0 - lr * g1 - lr * (mu * g1 + 0.5 * g2);
    expect_values(w.p, {expected, expected});
  }
  {
    OneParam w = one_param({1.0, 1.0});
    SGD opt(w.named(), {.lr = lr, .momentum = mu, .nesterov = true});
    w.set_grad({g1, g1});
    opt.step();  // buf = g1, step along g1 + mu * buf
    w.set_grad({g2, g2});
    opt.step();  // buf = mu * g1 + g2, step along g2 + mu * buf
    const double buf2 = mu * g1 + g2;
    const double expected = 1.0 - lr * (g1 + mu * g1) - lr * (g2 + mu * buf2);
    expect_values(w.p, {expected, expected});
  }
  OneParam w = one_param({1.0, 1.0});
  EXPECT_THROW(SGD(w.named(), {.lr = lr, .momentum = 0.0, .nesterov = true}), Error);
}

// --- Adam, AdamW ----------------------------------------------------------------

namespace {
// Two Adam steps by the published rule (Kingma & Ba, Algorithm 1, PyTorch's eps
// placement): grads already include any L2 term. Returns the parameter after each.
std::vector<double> adam_by_hand(double p, double g1, double g2, double lr, double b1, double b2, double eps, double l2,
                                 double decoupled) {
  std::vector<double> out;
  double m = 0, v = 0;
  const double grads[2] = {g1, g2};
  for (int t = 1; t <= 2; ++t) {
    p = p - lr * decoupled * p;
    const double g = grads[t - 1] + l2 * p;
    m = b1 * m + (1 - b1) * g;
    v = b2 * v + (1 - b2) * g * g;
    const double m_hat = m / (1 - std::pow(b1, t));
    const double v_hat = v / (1 - std::pow(b2, t));
    // PyTorch divides by sqrt(v) / sqrt(1 - b2^t) + eps, i.e. sqrt(v_hat) + eps.
    p = p - lr * m_hat / (std::sqrt(v_hat) + eps);
    out.push_back(p);
  }
  return out;
}
}  // namespace

TEST(Adam, TwoStepsMatchTheUpdateRule) {
  OneParam w = one_param({1.0, -0.5});
  Adam opt(w.named(), {.lr = 0.01, .beta1 = 0.9, .beta2 = 0.999, .eps = 1e-8});
  w.set_grad({0.3, -2.0});
  opt.step();
  // First step: m_hat = g, v_hat = g^2, so p moves by lr * g / (|g| + eps) ~ lr * sign(g).
  expect_values(w.p, {1.0 - 0.01 * 0.3 / (0.3 + 1e-8), -0.5 + 0.01 * 2.0 / (2.0 + 1e-8)});
  w.set_grad({-0.1, 1.0});
  opt.step();
  const auto a = adam_by_hand(1.0, 0.3, -0.1, 0.01, 0.9, 0.999, 1e-8, 0.0, 0.0);
  const auto b = adam_by_hand(-0.5, -2.0, 1.0, 0.01, 0.9, 0.999, 1e-8, 0.0, 0.0);
  expect_values(w.p, {a[1], b[1]});
}

TEST(Adam, L2WeightDecayGoesIntoTheGradient) {
  OneParam w = one_param({2.0, -1.0});
  Adam opt(w.named(), {.lr = 0.1, .beta1 = 0.8, .beta2 = 0.99, .eps = 1e-6, .weight_decay = 0.5});
  w.set_grad({0.3, 0.2});
  opt.step();
  w.set_grad({0.1, -0.4});
  opt.step();
  const auto a = adam_by_hand(2.0, 0.3, 0.1, 0.1, 0.8, 0.99, 1e-6, 0.5, 0.0);
  const auto b = adam_by_hand(-1.0, 0.2, -0.4, 0.1, 0.8, 0.99, 1e-6, 0.5, 0.0);
  expect_values(w.p, {a[1], b[1]});
}

TEST(AdamW, DecoupledWeightDecayShrinksTheParameterFirst) {
  OneParam w = one_param({2.0, -1.0});
  AdamW opt(w.named(), {.lr = 0.1, .beta1 = 0.8, .beta2 = 0.99, .eps = 1e-6, .weight_decay = 0.5});
  w.set_grad({0.3, 0.2});
  opt.step();
  // p1 = p0 * (1 - lr * wd) - lr * g / (|g| + eps)
  expect_values(w.p, {2.0 * 0.95 - 0.1 * 0.3 / (0.3 + 1e-6), -1.0 * 0.95 - 0.1 * 0.2 / (0.2 + 1e-6)});
  w.set_grad({0.1, -0.4});
  opt.step();
  const auto a = adam_by_hand(2.0, 0.3, 0.1, 0.1, 0.8, 0.99, 1e-6, 0.0, 0.5);
  const auto b = adam_by_hand(-1.0, 0.2, -0.4, 0.1, 0.8, 0.99, 1e-6, 0.0, 0.5);
  expect_values(w.p, {a[1], b[1]});
}

TEST(Adam, Float32ParametersFollowTheSameRule) {
  Tensor p = from_vector({1.0, -0.5}, {2}, DType::F32);
  p.set_requires_grad(true);
  Adam opt({{"p", p}}, {.lr = 0.01});
  p.set_grad(from_vector({0.3, -2.0}, {2}, DType::F32));
  opt.step();
  p.set_grad(from_vector({-0.1, 1.0}, {2}, DType::F32));
  opt.step();
  const auto a = adam_by_hand(1.0, 0.3, -0.1, 0.01, 0.9, 0.999, 1e-8, 0.0, 0.0);
  const auto b = adam_by_hand(-0.5, -2.0, 1.0, 0.01, 0.9, 0.999, 1e-8, 0.0, 0.0);
  expect_values(p, {a[1], b[1]}, 1e-6);
}

TEST(Optimizer, SkipsParametersWithoutGradientAndCountsPerParameter) {
  OneParam a = one_param({1.0, 1.0}), b = one_param({2.0, 2.0});
  Adam opt({{"a", a.p}, {"b", b.p}}, {.lr = 0.1});
  a.set_grad({1.0, 1.0});
  opt.step();
  expect_values(b.p, {2.0, 2.0});
  a.set_grad({1.0, 1.0});
  b.set_grad({1.0, 1.0});
  opt.step();
  // b's first update: bias correction of step 1, a move of lr * sign(g).
  expect_values(b.p, {2.0 - 0.1 * 1.0 / (1.0 + 1e-8), 2.0 - 0.1 / (1.0 + 1e-8)});
  const nn::NamedTensors state = opt.state();
  std::vector<std::string> names;
  for (const auto& [name, t] : state) names.push_back(name);
  EXPECT_EQ(names, (std::vector<std::string>{"step", "step.a", "exp_avg.a", "exp_avg_sq.a", "step.b", "exp_avg.b",
                                             "exp_avg_sq.b"}));
  EXPECT_EQ(state[0].second.item(), 2.0);
  EXPECT_EQ(state[1].second.item(), 2.0);
  EXPECT_EQ(state[4].second.item(), 1.0);
  opt.zero_grad();
  EXPECT_FALSE(a.p.grad().defined());
  EXPECT_THROW(Adam({{"a", a.p}, {"again", a.p}}, {}), Error);
}

TEST(Optimizer, StateRoundTripResumesExactly) {
  Generator gen(1);
  Tensor g1 = randn({3, 2}, gen, DType::F64), g2 = randn({3, 2}, gen, DType::F64), g3 = randn({3, 2}, gen, DType::F64);
  Tensor p = randn({3, 2}, gen, DType::F64).set_requires_grad(true);
  Tensor q = p.detach().clone().set_requires_grad(true);
  AdamW first({{"w", p}}, {.lr = 0.05, .weight_decay = 0.1});
  p.set_grad(g1);
  first.step();
  p.set_grad(g2);
  first.step();

  // A second optimiser over a copy of the parameter, restored from the first's state.
  copy_into(q, p);
  AdamW second({{"w", q}}, {.lr = 0.05, .weight_decay = 0.1});
  second.load_state(first.state());
  EXPECT_EQ(second.step_count(), 2);
  p.set_grad(g3);
  q.set_grad(g3);
  first.step();
  second.step();
  EXPECT_EQ(p.to_vector(), q.to_vector());

  SGD sgd({{"w", q}}, {.lr = 0.1, .momentum = 0.9});
  EXPECT_THROW(sgd.load_state(first.state()), Error);  // other buffer names
  nn::NamedTensors missing = first.state();
  missing.pop_back();
  EXPECT_THROW(second.load_state(missing), Error);
}

// --- Gradient clipping ------------------------------------------------------------

TEST(Clip, ScalesByTheGlobalNorm) {
  Tensor a = zeros({2}).set_requires_grad(true), b = zeros({1}).set_requires_grad(true);
  Tensor no_grad = zeros({3}).set_requires_grad(true);
  a.set_grad(from_vector({3, 4}, {2}));
  b.set_grad(from_vector({12}, {1}));
  EXPECT_NEAR(clip_grad_norm_({a, b, no_grad}, 100.0), 13.0, 1e-6);  // sqrt(9 + 16 + 144)
  expect_values(a.grad(), {3, 4}, 0);
  const double total = clip_grad_norm_({a, b, no_grad}, 6.5);
  EXPECT_NEAR(total, 13.0, 1e-6);
  const double c = 6.5 / (13.0 + 1e-6);
  expect_values(a.grad(), {3 * c, 4 * c}, 1e-6);
  expect_values(b.grad(), {12 * c}, 1e-6);
  EXPECT_NEAR(clip_grad_norm_({a, b}, 100.0), 6.5, 1e-5);
}

// Clipping folded into the update (step(coefficient)) and the zeroing folded in too
// (step_and_zero_grad) give, bit for bit, what clip_grad_norm_ then step() give: on
// the f64 loops and on the f32 kernel (a parameter large enough to be split across
// threads).
TEST(Clip, FoldedIntoTheStepEqualsClippingInPlace) {
  Generator gen(31);
  enum class Kind { kSGD, kAdam, kAdamW };
  for (const Kind kind : {Kind::kSGD, Kind::kAdam, Kind::kAdamW}) {
    for (const DType dtype : {DType::F64, DType::F32}) {
      for (const bool zero : {false, true}) {
        const Tensor p0 = randn({300, 257}, gen, dtype), g0 = scale(randn({300, 257}, gen, dtype), 0.01);
        const Tensor small = randn({5}, gen, dtype), small_g = randn({5}, gen, dtype);
        auto make = [&](const nn::NamedTensors& params) -> std::unique_ptr<Optimizer> {
          if (kind == Kind::kSGD) return std::make_unique<SGD>(params, SGDOptions{.lr = 0.1, .momentum = 0.9});
          if (kind == Kind::kAdam) return std::make_unique<Adam>(params, AdamOptions{.lr = 0.01, .weight_decay = 0.1});
          return std::make_unique<AdamW>(params, AdamOptions{.lr = 0.01, .weight_decay = 0.1});
        };
        std::vector<Tensor> want{p0.clone().set_requires_grad(true), small.clone().set_requires_grad(true)};
        std::vector<Tensor> got{p0.clone().set_requires_grad(true), small.clone().set_requires_grad(true)};
        auto want_opt = make({{"w", want[0]}, {"b", want[1]}});
        auto got_opt = make({{"w", got[0]}, {"b", got[1]}});
        for (int step = 0; step < 2; ++step) {
          for (const auto* set : {&want, &got}) {
            (*set)[0].set_grad(g0.clone());
            (*set)[1].set_grad(small_g.clone());
          }
          const double total = clip_grad_norm_(want, 1.0);
          want_opt->step();
          const double norm = grad_norm(got);
          EXPECT_EQ(norm, total);
          const double coefficient = clip_coefficient(norm, 1.0);
          ASSERT_LT(coefficient, 1.0);  // the clipping happens
          if (zero) {
            got_opt->step_and_zero_grad(coefficient);
          } else {
            got_opt->step(coefficient);
          }
        }
        for (std::size_t i = 0; i < want.size(); ++i) {
          ASSERT_EQ(got[i].to_vector(), want[i].to_vector())
              << "kind " << int(kind) << ", " << dtype_name(dtype) << ", zero " << zero << ", parameter " << i;
          if (zero) {
            for (const double x : got[i].grad().to_vector()) ASSERT_EQ(x, 0.0);
          } else {
            ASSERT_EQ(got[i].grad().to_vector(), (i == 0 ? g0 : small_g).to_vector());  // read, not changed
          }
        }
      }
    }
  }
  EXPECT_EQ(clip_coefficient(0.5, 1.0), 1.0);
  EXPECT_EQ(clip_coefficient(std::nan(""), 1.0), 1.0);
  EXPECT_THROW(clip_coefficient(2.0, 0.0), Error);
}

// After step_and_zero_grad, backward adds straight into the zeroed buffers (the same
// storage before and after) and gives bit for bit the gradients a fresh backward
// gives, with an embedding tied to the output layer (two products into one buffer).
TEST(Optimizer, StepAndZeroGradThenBackwardAddsIntoTheSameBuffers) {
  Generator gen(32);
  const std::int64_t V = 11, C = 8, N = 13;
  Tensor wte = scale(randn({V, C}, gen), 0.5).set_requires_grad(true);
  Tensor w = scale(randn({C, C}, gen), 0.3).set_requires_grad(true);
  Tensor bias = randn({C}, gen).set_requires_grad(true);
  std::vector<std::int64_t> id_values, target_values;
  for (std::int64_t i = 0; i < N; ++i) {
    id_values.push_back((i * 7) % V);
    target_values.push_back((i * 3 + 1) % V);
  }
  const Tensor ids = from_ids(id_values, {N}), targets = from_ids(target_values, {N});
  auto backward = [&] {
    const Tensor h = tanh(linear(embedding(wte, ids), w, bias));
    cross_entropy(linear(h, wte, Tensor()), targets).backward();  // the tied output layer
  };
  const std::vector<Tensor> params{wte, w, bias};
  backward();
  std::vector<std::vector<double>> fresh;
  for (const Tensor& p : params) fresh.push_back(p.grad().to_vector());

  SGD opt({{"wte", wte}, {"w", w}, {"bias", bias}}, {.lr = 0.0});  // the weights stay as they are
  opt.step_and_zero_grad();
  std::vector<const void*> buffers;
  for (const Tensor& p : params) {
    for (const double x : p.grad().to_vector()) ASSERT_EQ(x, 0.0);
    buffers.push_back(p.grad().storage().get());
  }
  backward();
  for (std::size_t i = 0; i < params.size(); ++i) {
    EXPECT_EQ(params[i].grad().to_vector(), fresh[i]) << "parameter " << i;
    if (i < 2) {
      EXPECT_EQ(params[i].grad().storage().get(), buffers[i]) << "weight " << i << " got a new buffer";
    }
  }
}

// leaf_grad_sink gives a leaf's own contiguous gradient buffer and nothing else.
TEST(Autograd, LeafGradSinkIsTheLeafsOwnBuffer) {
  Generator gen(35);
  Tensor w = randn({3, 4}, gen).set_requires_grad(true);
  EXPECT_FALSE(leaf_grad_sink(w).defined());  // no gradient yet
  w.set_grad(zeros({3, 4}));
  const Tensor sink = leaf_grad_sink(w);
  ASSERT_TRUE(sink.defined());
  EXPECT_EQ(sink.storage().get(), w.grad().storage().get());
  EXPECT_FALSE(leaf_grad_sink(scale(w, 2.0)).defined());       // not a leaf
  EXPECT_FALSE(leaf_grad_sink(randn({3, 4}, gen)).defined());  // needs no gradient
  w.set_grad(transpose(zeros({4, 3}), 0, 1));
  EXPECT_FALSE(leaf_grad_sink(w).defined());  // not contiguous
}

// A weight used several times in one graph (an RNN's per-step product) gets the sum
// of its uses: the later products add into the buffer the first one left.
TEST(Autograd, AWeightUsedThriceGetsTheSumOfItsUses) {
  Generator gen(33);
  const Tensor x = randn({4, 6}, gen, DType::F64);
  const Tensor w0 = scale(randn({6, 6}, gen, DType::F64), 0.4);
  Tensor w = w0.clone().set_requires_grad(true);
  sum(tanh(linear(tanh(linear(tanh(linear(x, w, Tensor())), w, Tensor())), w, Tensor()))).backward();
  std::vector<Tensor> copies;
  for (int i = 0; i < 3; ++i) copies.push_back(w0.clone().set_requires_grad(true));
  sum(tanh(linear(tanh(linear(tanh(linear(x, copies[0], Tensor())), copies[1], Tensor())), copies[2], Tensor())))
      .backward();
  const Tensor want = add(add(copies[0].grad(), copies[1].grad()), copies[2].grad());
  expect_values(w.grad(), want.to_vector(), 1e-12);

  // The same through matmul with a batch of inputs against one 2-D weight (the
  // product that folds the batch into one (K, N) gradient).
  const Tensor xb = randn({2, 4, 6}, gen, DType::F64);
  Tensor wm = w0.clone().set_requires_grad(true);
  sum(tanh(matmul(tanh(matmul(tanh(matmul(xb, wm)), wm)), wm))).backward();
  std::vector<Tensor> mcopies;
  for (int i = 0; i < 3; ++i) mcopies.push_back(w0.clone().set_requires_grad(true));
  sum(tanh(matmul(tanh(matmul(tanh(matmul(xb, mcopies[0])), mcopies[1])), mcopies[2]))).backward();
  const Tensor mwant = add(add(mcopies[0].grad(), mcopies[1].grad()), mcopies[2].grad());
  expect_values(wm.grad(), mwant.to_vector(), 1e-12);
}

// A gradient that is not contiguous (set by hand as a transposed view) is read as
// it is and replaced by zeros.
TEST(Optimizer, StepAndZeroGradWithANonContiguousGradient) {
  Generator gen(34);
  const Tensor p0 = randn({3, 4}, gen), g = randn({4, 3}, gen);
  Tensor want = p0.clone().set_requires_grad(true), got = p0.clone().set_requires_grad(true);
  AdamW want_opt({{"p", want}}, {.lr = 0.1, .weight_decay = 0.1});
  AdamW got_opt({{"p", got}}, {.lr = 0.1, .weight_decay = 0.1});
  want.set_grad(transpose(g, 0, 1).contiguous());
  got.set_grad(transpose(g, 0, 1));
  ASSERT_FALSE(got.grad().is_contiguous());
  want_opt.step(0.5);
  got_opt.step_and_zero_grad(0.5);
  EXPECT_EQ(got.to_vector(), want.to_vector());
  for (const double x : got.grad().to_vector()) ASSERT_EQ(x, 0.0);
  for (const double x : g.to_vector()) ASSERT_NE(x, 0.0);  // the transposed tensor itself is left alone
}

// --- Schedules ------------------------------------------------------------------

TEST(Schedule, ConstantAndWarmupCosine) {
  EXPECT_EQ(ConstantSchedule(0.3).lr_at(12345), 0.3);
  WarmupCosineSchedule s({.peak_lr = 1.0, .min_lr = 0.1, .warmup_steps = 10, .total_steps = 110});
  EXPECT_NEAR(s.lr_at(0), 0.1, 1e-12);
  EXPECT_NEAR(s.lr_at(4), 0.5, 1e-12);
  EXPECT_NEAR(s.lr_at(9), 1.0, 1e-12);
  EXPECT_NEAR(s.lr_at(10), 1.0, 1e-12);
  EXPECT_NEAR(s.lr_at(60), 0.55, 1e-12);  // halfway: min + (peak - min) / 2
  EXPECT_NEAR(s.lr_at(35), 0.1 + 0.9 * 0.5 * (1 + std::cos(M_PI / 4)), 1e-12);
  EXPECT_NEAR(s.lr_at(110), 0.1, 1e-12);
  EXPECT_NEAR(s.lr_at(1000), 0.1, 1e-12);
  EXPECT_THROW(WarmupCosineSchedule({.peak_lr = 1.0, .warmup_steps = 10, .total_steps = 10}), Error);
}

TEST(Schedule, InverseSqrtPeaksAtTheEndOfWarmup) {
  InverseSqrtSchedule s(512, 4000);
  const double d = 1.0 / std::sqrt(512.0);
  EXPECT_NEAR(s.lr_at(0), d * std::pow(4000.0, -1.5), 1e-15);  // n = 1
  EXPECT_NEAR(s.lr_at(3999), d / std::sqrt(4000.0), 1e-15);    // n = warmup: both branches agree
  EXPECT_NEAR(s.lr_at(1999), d * 2000.0 * std::pow(4000.0, -1.5), 1e-15);
  EXPECT_NEAR(s.lr_at(15999), d / std::sqrt(16000.0), 1e-15);
  EXPECT_LT(s.lr_at(3998), s.lr_at(3999));
  EXPECT_LT(s.lr_at(4000), s.lr_at(3999));
  EXPECT_NEAR(InverseSqrtSchedule(512, 4000, 2.0).lr_at(99), 2.0 * s.lr_at(99), 1e-15);
}

TEST(Schedule, ReduceOnPlateau) {
  ReduceLROnPlateau s(1.0, {.factor = 0.5, .patience = 2, .threshold = 0.01, .min_lr = 0.2});
  EXPECT_EQ(s.step(1.0), 1.0);    // best = 1.0
  EXPECT_EQ(s.step(0.995), 1.0);  // not 1% better: bad 1
  EXPECT_EQ(s.step(0.98), 1.0);   // better: best 0.98, bad 0
  EXPECT_EQ(s.step(1.2), 1.0);    // bad 1
  EXPECT_EQ(s.step(1.1), 1.0);    // bad 2
  EXPECT_EQ(s.step(1.0), 0.5);    // bad 3 > patience: halve, restart the count
  EXPECT_EQ(s.state().bad_evaluations, 0);
  EXPECT_EQ(s.state().best, 0.98);
  for (int i = 0; i < 3; ++i) s.step(5.0);
  EXPECT_EQ(s.lr(), 0.25);
  for (int i = 0; i < 3; ++i) s.step(5.0);
  EXPECT_EQ(s.lr(), 0.2);  // floored at min_lr
  for (int i = 0; i < 3; ++i) s.step(5.0);
  EXPECT_EQ(s.lr(), 0.2);

  ReduceLROnPlateau resumed(1.0, {.factor = 0.5, .patience = 2, .threshold = 0.01, .min_lr = 0.2});
  resumed.load_state(s.state());
  EXPECT_EQ(resumed.lr(), 0.2);
  EXPECT_EQ(resumed.state().best, 0.98);
}

// --- Training end to end -----------------------------------------------------------

// Embedding -> LayerNorm -> Linear -> tanh -> Linear -> cross-entropy, trained with
// AdamW, warmup-cosine and clipping on one batch: it must memorise the batch.
TEST(Training, TinyModelOverfitsOneBatch) {
  Generator gen(7);
  const std::int64_t V = 12, C = 16, N = 24;
  class Model : public nn::Module {
   public:
    Model(Generator& gen, std::int64_t V, std::int64_t C) {
      wte = register_module("wte", std::make_shared<nn::Embedding>(V, C, gen));
      ln = register_module("ln", std::make_shared<nn::LayerNorm>(C));
      fc = register_module("fc", std::make_shared<nn::Linear>(C, 2 * C, gen));
      head = register_module("head", std::make_shared<nn::Linear>(2 * C, V, gen));
    }
    Tensor forward(const Tensor& ids) const {
      return head->forward(tanh(fc->forward(ln->forward(wte->forward(ids)))));  // (N, V)
    }
    std::shared_ptr<nn::Embedding> wte;
    std::shared_ptr<nn::LayerNorm> ln;
    std::shared_ptr<nn::Linear> fc, head;
  };
  Model model(gen, V, C);
  std::vector<std::int64_t> inputs, targets;
  for (std::int64_t i = 0; i < N; ++i) {
    inputs.push_back(i % V);
    targets.push_back((i * 5 + 3) % V);  // the same input always maps to the same target
  }
  const Tensor ids = from_ids(inputs, {N}), target = from_ids(targets, {N});

  AdamW opt(model.named_parameters(), {.lr = 1e-2, .weight_decay = 0.01});
  WarmupCosineSchedule schedule({.peak_lr = 2e-2, .min_lr = 1e-3, .warmup_steps = 10, .total_steps = 150});
  double first_loss = 0, loss_value = 0;
  for (int step = 0; step < 150; ++step) {
    opt.zero_grad();
    Tensor loss = cross_entropy(model.forward(ids), target);
    loss_value = loss.item();
    if (step == 0) first_loss = loss_value;
    loss.backward();
    clip_grad_norm_(model.parameters(), 1.0);
    opt.set_lr(schedule.lr_at(opt.step_count()));
    opt.step();
  }
  EXPECT_GT(first_loss, 1.5);
  EXPECT_LT(loss_value, 0.05) << "first loss " << first_loss;
}

TEST(Training, SGDWithMomentumFitsARegression) {
  Generator gen(8);
  nn::Linear fc1(3, 16, gen), fc2(16, 1, gen);
  nn::NamedTensors params = fc1.named_parameters();
  for (auto& [name, p] : fc2.named_parameters()) params.emplace_back("fc2." + name, p);
  Tensor x = randn({16, 3}, gen), y = randn({16, 1}, gen);
  SGD opt(params, {.lr = 0.05, .momentum = 0.9});
  double loss_value = 0;
  for (int step = 0; step < 400; ++step) {
    opt.zero_grad();
    Tensor diff = sub(fc2.forward(tanh(fc1.forward(x))), y);
    Tensor loss = mean(mul(diff, diff));
    loss_value = loss.item();
    loss.backward();
    opt.step();
  }
  EXPECT_LT(loss_value, 0.05);
}
