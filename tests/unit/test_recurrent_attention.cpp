// Bahdanau (additive) and Luong attention: hand-computed examples of every score,
// precomputed keys against recomputation, local-m and local-p windows, the local-p
// Gaussian, padding, and the errors.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "attn/error.h"
#include "attn/nn/attention/additive.h"
#include "attn/nn/attention/luong.h"
#include "attn/ops.h"

using namespace attn;
using namespace attn::nn;

namespace {

constexpr double kTol = 1e-12;

// Writes `values` into the module's parameter `name` (row-major).
void set_parameter(const Module& m, const std::string& name, const std::vector<double>& values) {
  for (const auto& [n, p] : m.named_parameters()) {
    if (n == name) {
      copy_into(p, from_vector(values, p.shape(), p.dtype()));
      return;
    }
  }
  FAIL() << "no parameter " << name;
}

std::vector<std::string> parameter_names(const Module& m) {
  std::vector<std::string> names;
  for (const auto& [n, p] : m.named_parameters()) names.push_back(n);
  return names;
}

void expect_near_all(const Tensor& x, const std::vector<double>& expected, double tol = kTol) {
  const std::vector<double> v = x.to_vector();
  ASSERT_EQ(v.size(), expected.size()) << x.describe();
  for (std::size_t i = 0; i < v.size(); ++i) EXPECT_NEAR(v[i], expected[i], tol) << "at " << i;
}

// Row sums of weights (B, S).
std::vector<double> row_sums(const Tensor& weights) {
  const std::int64_t b = weights.size(0), s = weights.size(1);
  const std::vector<double> w = weights.to_vector();
  std::vector<double> sums(static_cast<std::size_t>(b), 0.0);
  for (std::int64_t i = 0; i < b; ++i)
    for (std::int64_t j = 0; j < s; ++j) sums[i] += w[i * s + j];
  return sums;
}

// Softmax of a list of scores, in plain doubles.
std::vector<double> softmax_of(const std::vector<double>& e) {
  double total = 0;
  std::vector<double> w(e.size());
  for (std::size_t j = 0; j < e.size(); ++j) total += w[j] = std::exp(e[j]);
  for (double& x : w) x /= total;
  return w;
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "(no error)";
}

// Three encoder states (1, 3, 2): h0 = (1, 0), h1 = (0, 1), h2 = (0, 0).
Tensor three_states() {
  return from_vector({1, 0, 0, 1, 0, 0}, {1, 3, 2}, DType::F64);
}

}  // namespace

TEST(RecurrentAttention, LuongDotByHand) {
  // s = (ln 2, 0): scores (ln 2, 0, 0), weights (2, 1, 1) / 4, context 0.5 h0 + 0.25 h1.
  Generator gen(1);
  LuongAttention attention({.decoder_size = 2, .encoder_size = 2, .score = LuongScore::Dot, .dtype = DType::F64}, gen);
  const Tensor s = from_vector({std::log(2.0), 0}, {1, 2}, DType::F64);
  const LuongAttentionOutput out = attention.forward(s, attention.precompute_keys(three_states()));
  expect_near_all(out.scores, {std::log(2.0), 0, 0});
  expect_near_all(out.weights, {0.5, 0.25, 0.25});
  expect_near_all(out.context, {0.5, 0.25});
  EXPECT_FALSE(out.position.defined());
}

TEST(RecurrentAttention, LuongGeneralByHand) {
  // W swaps the coordinates: sᵀ W h = s0 h1 + s1 h0, so h1 = (0, 1) gets ln 2.
  Generator gen(2);
  LuongAttention attention({.decoder_size = 2, .encoder_size = 2, .score = LuongScore::General, .dtype = DType::F64},
                           gen);
  set_parameter(attention, "W.weight", {0, 1, 1, 0});
  const Tensor s = from_vector({std::log(2.0), 0}, {1, 2}, DType::F64);
  const LuongAttentionOutput out = attention.forward(s, attention.precompute_keys(three_states()));
  expect_near_all(out.weights, {0.25, 0.5, 0.25});
  expect_near_all(out.context, {0.25, 0.5});
  // The attentional state h̃ = tanh(W_c [c; s]) with W_c (Ca = 2, Ch + Cs = 4).
  set_parameter(attention, "W_c.weight", {1, 0, 1, 0, 0, 1, 0, 1});
  const LuongAttentionOutput again = attention.forward(s, attention.precompute_keys(three_states()));
  expect_near_all(again.attentional, {std::tanh(0.25 + std::log(2.0)), std::tanh(0.5)});
}

TEST(RecurrentAttention, LuongConcatByHand) {
  // A = 1: score_j = v tanh(W_s s + W_h h_j) with W = [1, 0 | 2, -1], v = 3.
  Generator gen(3);
  LuongAttention attention(
      {.decoder_size = 2, .encoder_size = 2, .score = LuongScore::Concat, .attention_size = 1, .dtype = DType::F64},
      gen);
  set_parameter(attention, "W.weight", {1, 0, 2, -1});
  set_parameter(attention, "v", {3});
  const Tensor s = from_vector({0.2, -0.7}, {1, 2}, DType::F64);
  const LuongAttentionOutput out = attention.forward(s, attention.precompute_keys(three_states()));
  const std::vector<double> e = {3 * std::tanh(0.2 + 2), 3 * std::tanh(0.2 - 1), 3 * std::tanh(0.2)};
  expect_near_all(out.scores, e);
  const std::vector<double> w = softmax_of(e);
  expect_near_all(out.weights, w);
  expect_near_all(out.context, {w[0], w[1]});
}

TEST(RecurrentAttention, BahdanauByHand) {
  // A = 2: W (2, Cs = 1), U (2, Ch = 2), v (2); e_j = vᵀ tanh(W s + U h_j).
  Generator gen(4);
  AdditiveAttention attention({.decoder_size = 1, .encoder_size = 2, .attention_size = 2, .dtype = DType::F64}, gen);
  EXPECT_EQ(parameter_names(attention), (std::vector<std::string>{"v", "W.weight", "U.weight"}));
  set_parameter(attention, "W.weight", {1, -1});
  set_parameter(attention, "U.weight", {0.5, 0, 0, 2});
  set_parameter(attention, "v", {1, -2});
  const Tensor s = from_vector({0.3}, {1, 1}, DType::F64);
  const AdditiveKeys keys = attention.precompute_keys(three_states());
  expect_near_all(keys.keys, {0.5, 0, 0, 2, 0, 0});  // U h_j
  const AdditiveAttentionOutput out = attention.forward(s, keys);
  auto score = [](double u0, double u1) { return std::tanh(0.3 + u0) - 2 * std::tanh(-0.3 + u1); };
  const std::vector<double> w = softmax_of({score(0.5, 0), score(0, 2), score(0, 0)});
  expect_near_all(out.weights, w);
  expect_near_all(out.context, {w[0], w[1]});
}

TEST(RecurrentAttention, BahdanauKeyBiasIsOptional) {
  Generator gen(5);
  AdditiveAttention attention({.decoder_size = 3, .encoder_size = 4, .attention_size = 5, .key_bias = true}, gen);
  EXPECT_EQ(parameter_names(attention), (std::vector<std::string>{"v", "W.weight", "U.weight", "U.bias"}));
  EXPECT_EQ(attention.U().bias().shape(), (Shape{5}));
  AdditiveAttention default_size({.decoder_size = 3, .encoder_size = 4}, gen);
  EXPECT_EQ(default_size.v().shape(), (Shape{4}));  // A defaults to Ch
}

TEST(RecurrentAttention, PrecomputedKeysEqualRecomputation) {
  // Keys computed once and reused over several decoding steps give what computing them
  // afresh at each step gives, for Bahdanau and every Luong score.
  Generator gen(6);
  const Tensor encoder = randn({2, 5, 4}, gen, DType::F64);
  const Tensor padding = padding_mask_from_lengths(from_ids({5, 3}, {2}), 5);
  AdditiveAttention additive({.decoder_size = 3, .encoder_size = 4, .attention_size = 6, .dtype = DType::F64}, gen);
  const AdditiveKeys once = additive.precompute_keys(encoder);
  for (int step = 0; step < 3; ++step) {
    const Tensor s = randn({2, 3}, gen, DType::F64);
    const AdditiveAttentionOutput reused = additive.forward(s, once, padding);
    const AdditiveAttentionOutput fresh = additive.forward(s, additive.precompute_keys(encoder), padding);
    expect_near_all(reused.context, fresh.context.to_vector(), 0);
    expect_near_all(reused.weights, fresh.weights.to_vector(), 0);
  }
  for (LuongScore score : {LuongScore::Dot, LuongScore::General, LuongScore::Concat}) {
    LuongAttention luong({.decoder_size = 4, .encoder_size = 4, .score = score, .dtype = DType::F64}, gen);
    const LuongKeys keys = luong.precompute_keys(encoder);
    for (int step = 0; step < 3; ++step) {
      const Tensor s = randn({2, 4}, gen, DType::F64);
      const LuongAttentionOutput reused = luong.forward(s, keys, padding);
      const LuongAttentionOutput fresh = luong.forward(s, luong.precompute_keys(encoder), padding);
      expect_near_all(reused.attentional, fresh.attentional.to_vector(), 0);
      expect_near_all(reused.weights, fresh.weights.to_vector(), 0);
    }
  }
}

TEST(RecurrentAttention, PaddingGetsZeroWeightAndChangesNothing) {
  Generator gen(7);
  const Tensor padding = padding_mask_from_lengths(from_ids({2, 4, 0}, {3}), 4);
  expect_near_all(padding, {0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1}, 0);
  AdditiveAttention attention({.decoder_size = 3, .encoder_size = 2, .dtype = DType::F64}, gen);
  const Tensor s = randn({3, 3}, gen, DType::F64);
  const Tensor encoder = randn({3, 4, 2}, gen, DType::F64);
  const AdditiveAttentionOutput out = attention.forward(s, attention.precompute_keys(encoder), padding);
  const std::vector<double> w = out.weights.to_vector();
  for (int j : {2, 3}) EXPECT_EQ(w[j], 0.0);
  for (int j = 8; j < 12; ++j) EXPECT_EQ(w[j], 0.0);  // every position padding: zeros, not NaN
  const std::vector<double> sums = row_sums(out.weights);
  EXPECT_NEAR(sums[0], 1, kTol);
  EXPECT_NEAR(sums[1], 1, kTol);
  EXPECT_EQ(sums[2], 0.0);
  expect_near_all(narrow(out.context, 0, 2, 1), {0, 0}, 0);
  // What stands at padded positions does not matter.
  Tensor changed = encoder.clone();
  fill_(narrow(narrow(changed, 0, 0, 1), 1, 2, 2), 100.0);
  const AdditiveAttentionOutput again = attention.forward(s, attention.precompute_keys(changed), padding);
  expect_near_all(again.context, out.context.to_vector(), kTol);
}

TEST(RecurrentAttention, LocalMonotonicWindow) {
  // S = 7, D = 1: step t sees [t - 1, t + 1] clipped to the sentence; a sentence of
  // length 5 (padding after it) at step 6 sees its last two tokens.
  Generator gen(8);
  LuongAttention attention({.decoder_size = 3,
                            .encoder_size = 3,
                            .score = LuongScore::General,
                            .alignment = LuongAlignment::LocalMonotonic,
                            .window = 1,
                            .dtype = DType::F64},
                           gen);
  const Tensor encoder = randn({2, 7, 3}, gen, DType::F64);
  const Tensor s = randn({2, 3}, gen, DType::F64);
  const Tensor padding = padding_mask_from_lengths(from_ids({7, 5}, {2}), 7);
  const LuongKeys keys = attention.precompute_keys(encoder);
  struct Case {
    std::int64_t step;
    std::vector<int> seen_first_row, seen_second_row;
  };
  for (const Case& c : {Case{0, {0, 1}, {0, 1}}, Case{3, {2, 3, 4}, {2, 3, 4}}, Case{6, {5, 6}, {3, 4}}}) {
    const LuongAttentionOutput out = attention.forward(s, keys, padding, c.step);
    const std::vector<double> w = out.weights.to_vector();
    const std::vector<double> e = out.scores.to_vector();
    for (int row = 0; row < 2; ++row) {
      const std::vector<int>& seen = row == 0 ? c.seen_first_row : c.seen_second_row;
      std::vector<double> window_scores;
      for (int j : seen) window_scores.push_back(e[row * 7 + j]);
      const std::vector<double> expected = softmax_of(window_scores);
      for (int j = 0, k = 0; j < 7; ++j) {
        const bool inside = k < static_cast<int>(seen.size()) && seen[k] == j;
        if (inside)
          EXPECT_NEAR(w[row * 7 + j], expected[k++], kTol) << "step " << c.step << " row " << row << " j " << j;
        else
          EXPECT_EQ(w[row * 7 + j], 0.0) << "step " << c.step << " row " << row << " j " << j;
      }
    }
    EXPECT_EQ(out.position.to_vector(), (std::vector<double>{double(std::min<std::int64_t>(c.step, 6)),
                                                             double(std::min<std::int64_t>(c.step, 4))}));
    for (double sum : row_sums(out.weights)) EXPECT_NEAR(sum, 1, kTol);
  }
}

TEST(RecurrentAttention, LocalPredictiveGaussian) {
  // v_p = 0 makes sigmoid(...) = 1/2, so p_t = S_b / 2: 3 for a sentence of 6, 2 for
  // one of 4. D = 2, σ = 1: the window is [p - 2, p + 2] ∩ the sentence, and the
  // weights are the softmax over the window times exp(-(j - p)² / 2).
  Generator gen(9);
  LuongAttention attention({.decoder_size = 3,
                            .encoder_size = 3,
                            .score = LuongScore::Dot,
                            .alignment = LuongAlignment::LocalPredictive,
                            .window = 2,
                            .dtype = DType::F64},
                           gen);
  EXPECT_EQ(parameter_names(attention), (std::vector<std::string>{"v_p", "W_p.weight", "W_c.weight"}));
  set_parameter(attention, "v_p", {0, 0, 0});
  const Tensor encoder = randn({2, 6, 3}, gen, DType::F64);
  const Tensor s = randn({2, 3}, gen, DType::F64);
  const Tensor padding = padding_mask_from_lengths(from_ids({6, 4}, {2}), 6);
  const LuongAttentionOutput out = attention.forward(s, attention.precompute_keys(encoder), padding);
  expect_near_all(out.position, {3, 2});
  const std::vector<double> e = out.scores.to_vector(), a = out.alignment.to_vector(), w = out.weights.to_vector();
  const std::vector<std::vector<int>> windows = {{1, 2, 3, 4, 5}, {0, 1, 2, 3}};
  const double p[] = {3, 2};
  for (int row = 0; row < 2; ++row) {
    std::vector<double> window_scores;
    for (int j : windows[row]) window_scores.push_back(e[row * 6 + j]);
    const std::vector<double> expected = softmax_of(window_scores);
    std::vector<double> expected_row(6, 0.0);
    for (std::size_t k = 0; k < windows[row].size(); ++k) expected_row[windows[row][k]] = expected[k];
    for (int j = 0; j < 6; ++j) {
      EXPECT_NEAR(a[row * 6 + j], expected_row[j], kTol) << row << " " << j;
      const double gaussian = std::exp(-(j - p[row]) * (j - p[row]) / 2.0);
      EXPECT_NEAR(w[row * 6 + j], expected_row[j] * gaussian, kTol) << row << " " << j;
      if (expected_row[j] == 0) {
        EXPECT_EQ(w[row * 6 + j], 0.0);
      }
    }
  }
  // The alignment sums to 1; the weights, after the Gaussian, to less (as in the paper).
  for (double sum : row_sums(out.alignment)) EXPECT_NEAR(sum, 1, kTol);
  for (double sum : row_sums(out.weights)) EXPECT_LT(sum, 1);
  // The context averages with the weights after the Gaussian.
  const Tensor expected_context = reshape(matmul(unsqueeze(out.weights, 1), encoder), {2, 3});
  expect_near_all(out.context, expected_context.to_vector());
}

TEST(RecurrentAttention, LocalPredictivePositionStaysInSentence) {
  // p_t in [0, S_b] for any decoder state; the window is never empty.
  Generator gen(10);
  LuongAttention attention({.decoder_size = 4,
                            .encoder_size = 4,
                            .score = LuongScore::Concat,
                            .alignment = LuongAlignment::LocalPredictive,
                            .window = 1,
                            .dtype = DType::F64},
                           gen);
  set_parameter(attention, "v_p", {50, 50, 50, 50});  // saturates the sigmoid
  const Tensor encoder = randn({3, 5, 4}, gen, DType::F64);
  const Tensor padding = padding_mask_from_lengths(from_ids({5, 3, 1}, {3}), 5);
  const LuongKeys keys = attention.precompute_keys(encoder);
  for (int trial = 0; trial < 5; ++trial) {
    const Tensor s = scale(randn({3, 4}, gen, DType::F64), 10.0);
    const LuongAttentionOutput out = attention.forward(s, keys, padding);
    const std::vector<double> p = out.position.to_vector();
    const double lengths[] = {5, 3, 1};
    for (int i = 0; i < 3; ++i) {
      EXPECT_GE(p[i], 0);
      EXPECT_LE(p[i], lengths[i]);
    }
    for (double sum : row_sums(out.alignment)) EXPECT_NEAR(sum, 1, kTol);
  }
}

TEST(RecurrentAttention, GlobalWeightsSumToOneInF32) {
  Generator gen(11);
  const Tensor encoder = randn({4, 9, 6}, gen);
  const Tensor padding = padding_mask_from_lengths(from_ids({9, 1, 5, 8}, {4}), 9);
  for (LuongScore score : {LuongScore::Dot, LuongScore::General, LuongScore::Concat}) {
    LuongAttention luong({.decoder_size = 6, .encoder_size = 6, .score = score}, gen);
    const LuongAttentionOutput out = luong.forward(randn({4, 6}, gen), luong.precompute_keys(encoder), padding);
    for (double sum : row_sums(out.weights)) EXPECT_NEAR(sum, 1, 1e-6) << luong_score_name(score);
    EXPECT_EQ(out.attentional.shape(), (Shape{4, 6}));
  }
  AdditiveAttention additive({.decoder_size = 5, .encoder_size = 6, .attention_size = 7}, gen);
  const AdditiveAttentionOutput out = additive.forward(randn({4, 5}, gen), additive.precompute_keys(encoder), padding);
  for (double sum : row_sums(out.weights)) EXPECT_NEAR(sum, 1, 1e-6);
  EXPECT_EQ(out.context.shape(), (Shape{4, 6}));
}

TEST(RecurrentAttention, ErrorsNameTheMechanismAndShapes) {
  Generator gen(12);
  // Dot needs equal widths.
  const std::string dot =
      error_of([&] { LuongAttention({.decoder_size = 4, .encoder_size = 3, .score = LuongScore::Dot}, gen); });
  EXPECT_NE(dot.find("Luong attention (dot, global)"), std::string::npos) << dot;
  EXPECT_NE(dot.find("Cs = 4"), std::string::npos) << dot;
  EXPECT_NE(dot.find("Ch = 3"), std::string::npos) << dot;
  // local-p needs D >= 1.
  const std::string window = error_of([&] {
    LuongAttention({.decoder_size = 3, .encoder_size = 3, .alignment = LuongAlignment::LocalPredictive, .window = 0},
                   gen);
  });
  EXPECT_NE(window.find("local-p"), std::string::npos) << window;

  AdditiveAttention additive({.decoder_size = 3, .encoder_size = 2}, gen);
  LuongAttention luong({.decoder_size = 3, .encoder_size = 2, .score = LuongScore::General}, gen);
  const Tensor encoder = randn({2, 5, 2}, gen);
  const Tensor s = randn({2, 3}, gen);
  // Mask of the wrong shape.
  const std::string mask = error_of([&] {
    additive.forward(s, additive.precompute_keys(encoder), zeros({2, 4}, DType::U8));
  });
  EXPECT_NE(mask.find("Bahdanau attention"), std::string::npos) << mask;
  EXPECT_NE(mask.find("u8(2, 5)"), std::string::npos) << mask;
  EXPECT_NE(mask.find("u8(2, 4)"), std::string::npos) << mask;
  const std::string luong_mask = error_of([&] { luong.forward(s, luong.precompute_keys(encoder), zeros({2, 5})); });
  EXPECT_NE(luong_mask.find("Luong attention (general, global)"), std::string::npos) << luong_mask;
  // Keys and values of different lengths.
  AdditiveKeys mismatched = additive.precompute_keys(encoder);
  mismatched.values = randn({2, 4, 2}, gen);
  const std::string length = error_of([&] { additive.forward(s, mismatched); });
  EXPECT_NE(length.find("key/value length mismatch"), std::string::npos) << length;
  EXPECT_NE(length.find("f32(2, 4, 2)"), std::string::npos) << length;
  // Decoder state of the wrong width, encoder states of the wrong width.
  const std::string state = error_of([&] { luong.forward(randn({2, 4}, gen), luong.precompute_keys(encoder)); });
  EXPECT_NE(state.find("decoder state (B = 2, Cs = 3)"), std::string::npos) << state;
  const std::string states = error_of([&] { additive.precompute_keys(randn({2, 5, 3}, gen)); });
  EXPECT_NE(states.find("(B, S, Ch = 2)"), std::string::npos) << states;
  // Bad lengths.
  const std::string lengths = error_of([&] { padding_mask_from_lengths(from_ids({6}, {1}), 5); });
  EXPECT_NE(lengths.find("outside [0, S = 5]"), std::string::npos) << lengths;
}
