// The self-attention family (include/attn/nn/attention/) and the plain attention op
// (include/attn/ops/attention.h): values on small hand examples, the properties every
// mechanism must have (weights rows sum to 1 over unmasked keys, fully masked rows
// are zeros, causality), the fused multi-head form against the wrapper, grouped-query
// attention against plain multi-head attention, and the errors.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <initializer_list>
#include <string>
#include <vector>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/nn/attention/causal.h"
#include "attn/nn/attention/cross.h"
#include "attn/nn/attention/multi_head.h"
#include "attn/nn/attention/self_attention.h"
#include "attn/nn/attention/simplified.h"
#include "attn/ops.h"
#include "support/errors.h"

using namespace attn;
using namespace attn::nn;

using attn::testing::expect_error;

namespace {

void expect_near_vectors(const std::vector<double>& a, const std::vector<double>& b, double tol) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_NEAR(a[i], b[i], tol) << "at " << i;
}

void expect_close(const Tensor& a, const Tensor& b, double tol) {
  ASSERT_EQ(a.shape(), b.shape());
  expect_near_vectors(a.to_vector(), b.to_vector(), tol);
}

// U8 tensor of the given 0/1 values.
Tensor u8(const std::vector<double>& values, const Shape& shape) {
  return from_vector(values, shape, DType::U8);
}

// Copies src into the module parameter dst (not recorded).
void set(const Tensor& dst, const Tensor& src) {
  copy_into(dst, src);
}

// Rows [h*D, (h+1)*D) of a (H*D, ...) weight, or entries of a (H*D) bias.
Tensor head_rows(const Tensor& w, std::int64_t h, std::int64_t d) {
  return narrow(w, 0, h * d, d);
}

bool all_finite(const Tensor& x) {
  for (double v : x.to_vector())
    if (!std::isfinite(v)) return false;
  return true;
}

// Sum of each row of weights (..., S) over the keys.
std::vector<double> row_sums(const Tensor& weights) {
  return sum(weights, {-1}).to_vector();
}

}  // namespace

// --- The attention op -----------------------------------------------------------------

TEST(AttentionOp, HandExample) {
  // q (1, 1, 2, 1), k (1, 1, 2, 1), v (1, 1, 2, 2), scale 1: scores [[1, 0], [2, 0]].
  const Tensor q = from_vector({1, 2}, {1, 1, 2, 1}, DType::F64);
  const Tensor k = from_vector({1, 0}, {1, 1, 2, 1}, DType::F64);
  const Tensor v = from_vector({1, 0, 0, 1}, {1, 1, 2, 2}, DType::F64);
  AttentionOptions options;
  options.scale = 1.0;
  AttentionResult r = attention(q, k, v, options);
  const double e = std::exp(1.0), e2 = std::exp(2.0);
  const std::vector<double> expected = {e / (e + 1), 1 / (e + 1), e2 / (e2 + 1), 1 / (e2 + 1)};
  expect_near_vectors(r.weights.to_vector(), expected, 1e-12);
  expect_near_vectors(r.output.to_vector(), expected, 1e-12);  // v is the identity

  options.mask.causal = true;  // the first query sees the first key only
  r = attention(q, k, v, options);
  expect_near_vectors(r.weights.to_vector(), {1, 0, e2 / (e2 + 1), 1 / (e2 + 1)}, 1e-12);

  // Default scale 1/sqrt(D): with D = 4 the scores halve.
  const Tensor q4 = full({1, 1, 1, 4}, 1.0, DType::F64),
               k4 = from_vector({1, 1, 1, 1, 0, 0, 0, 0}, {1, 1, 2, 4}, DType::F64);
  r = attention(q4, k4, from_vector({1, 0}, {1, 1, 2, 1}, DType::F64));
  EXPECT_NEAR(r.weights.to_vector()[0], e2 / (e2 + 1), 1e-12);  // scores [4/2, 0]
}

TEST(AttentionOp, CausalWithLongerKeysSeesTheCache) {
  // S = 3 keys, T = 2 queries: the queries are the last two positions.
  Generator gen(1);
  const Tensor q = randn({1, 1, 2, 4}, gen, DType::F64), k = randn({1, 1, 3, 4}, gen, DType::F64);
  AttentionOptions options;
  options.mask.causal = true;
  const std::vector<double> w = attention(q, k, randn({1, 1, 3, 2}, gen, DType::F64), options).weights.to_vector();
  EXPECT_EQ(w[2], 0.0);  // query 0 (position 1) does not see key 2
  EXPECT_GT(w[1], 0.0);
  EXPECT_GT(w[5], 0.0);  // query 1 (position 2) sees every key
}

TEST(AttentionOp, WeightsRowsSumToOneOverUnmaskedKeys) {
  Generator gen(2);
  constexpr std::int64_t B = 2, H = 4, Hkv = 2, T = 5, S = 5, D = 3;
  AttentionOptions options;
  options.mask.causal = true;
  options.mask.key_padding = u8({0, 0, 0, 1, 1, 0, 0, 0, 0, 0}, {B, S});
  options.mask.mask = u8({0, 1, 0, 0, 0}, {1, 1, 1, S});  // key 1 hidden from everyone
  const AttentionResult r =
      attention(randn({B, H, T, D}, gen), randn({B, Hkv, S, D}, gen), randn({B, Hkv, S, D}, gen), options);
  ASSERT_EQ(r.weights.shape(), (Shape{B, H, T, S}));
  const std::vector<double> w = r.weights.to_vector(), sums = row_sums(r.weights);
  for (std::int64_t b = 0; b < B; ++b)
    for (std::int64_t h = 0; h < H; ++h)
      for (std::int64_t t = 0; t < T; ++t) {
        const std::int64_t row = (b * H + h) * T + t;
        // Query 1 sees keys 0 and 1; key 1 is masked, so it sees only key 0. Every
        // row has key 0 visible: none is fully masked here.
        EXPECT_NEAR(sums[row], 1.0, 1e-6) << "row " << row;
        for (std::int64_t s = 0; s < S; ++s) {
          const bool masked = s > t || s == 1 || (b == 0 && s >= 3);
          if (masked) {
            EXPECT_EQ(w[row * S + s], 0.0) << "row " << row << " key " << s;
          }
        }
      }
}

TEST(AttentionOp, FullyMaskedRowsAreZerosAndTheirGradientsFinite) {
  Generator gen(3);
  constexpr std::int64_t B = 2, H = 2, T = 3, S = 4, D = 2;
  Tensor q = randn({B, H, T, D}, gen, DType::F64).set_requires_grad(true);
  Tensor k = randn({B, H, S, D}, gen, DType::F64).set_requires_grad(true);
  Tensor v = randn({B, H, S, D}, gen, DType::F64).set_requires_grad(true);
  AttentionOptions options;
  options.mask.key_padding = u8({1, 1, 1, 1, 0, 0, 1, 1}, {B, S});  // batch row 0: every key is padding
  const AttentionResult r = attention(q, k, v, options);
  const std::vector<double> w = r.weights.to_vector(), out = r.output.to_vector();
  for (std::int64_t i = 0; i < H * T * S; ++i) EXPECT_EQ(w[i], 0.0);
  for (std::int64_t i = 0; i < H * T * D; ++i) EXPECT_EQ(out[i], 0.0);
  const std::vector<double> sums = row_sums(r.weights);
  for (std::int64_t row = H * T; row < B * H * T; ++row) EXPECT_NEAR(sums[row], 1.0, 1e-12);
  sum(mul(r.output, r.output)).backward();
  EXPECT_TRUE(all_finite(q.grad()) && all_finite(k.grad()) && all_finite(v.grad()));
  // Nothing flows into the padding keys.
  for (double g : narrow(k.grad(), 0, 0, 1).to_vector()) EXPECT_EQ(g, 0.0);
}

TEST(AttentionOp, GroupedQueryEqualsRepeatedKeysAndValues) {
  Generator gen(4);
  constexpr std::int64_t B = 2, H = 6, T = 4, S = 5, D = 3;
  for (const std::int64_t hkv : {1, 2, 3, 6}) {
    const Tensor q = randn({B, H, T, D}, gen, DType::F64);
    const Tensor k = randn({B, hkv, S, D}, gen, DType::F64), v = randn({B, hkv, S, D}, gen, DType::F64);
    // Query head h reads key/value head h / (H / Hkv): repeat each head H/Hkv times.
    std::vector<Tensor> ks, vs;
    for (std::int64_t h = 0; h < H; ++h) {
      ks.push_back(narrow(k, 1, h / (H / hkv), 1));
      vs.push_back(narrow(v, 1, h / (H / hkv), 1));
    }
    AttentionOptions options;
    options.mask.causal = true;
    const AttentionResult grouped = attention(q, k, v, options);
    const AttentionResult plain = attention(q, concat(ks, 1), concat(vs, 1), options);
    expect_close(grouped.output, plain.output, 1e-12);
    expect_close(grouped.weights, plain.weights, 1e-12);
  }
}

TEST(AttentionOp, DropoutOnlyInTraining) {
  Generator gen(5);
  const Tensor q = randn({1, 2, 4, 3}, gen), k = randn({1, 2, 4, 3}, gen), v = randn({1, 2, 4, 3}, gen);
  Generator drop(9);
  AttentionOptions options;
  options.dropout = 0.5;
  options.generator = &drop;
  const AttentionResult eval = attention(q, k, v, options);
  EXPECT_EQ(drop.position(), 0u);
  options.training = true;
  const AttentionResult train = attention(q, k, v, options);
  EXPECT_GT(drop.position(), 0u);
  expect_close(train.weights, eval.weights, 0.0);  // weights are reported before dropout
  const Tensor change = sub(train.output, eval.output);
  EXPECT_GT(sum(mul(change, change)).item(), 0.0);
}

TEST(AttentionOp, Errors) {
  const Tensor q = zeros({2, 4, 3, 8}), k = zeros({2, 2, 5, 8});
  expect_error([&] { attention(q, k, zeros({2, 2, 4, 8})); }, {"attention", "f32(2, 2, 5, 8)", "f32(2, 2, 4, 8)", "S"});
  expect_error([&] { attention(q, zeros({2, 3, 5, 8}), zeros({2, 3, 5, 8})); }, {"attention", "H = 4", "Hkv = 3"});
  expect_error([&] { attention(q, zeros({2, 2, 5, 6}), zeros({2, 2, 5, 6})); }, {"attention", "D"});
  AttentionOptions options;
  options.mask.key_padding = zeros({2, 4}, DType::U8);
  expect_error([&] { attention(q, k, k, options); }, {"attention", "key padding", "(2, 5)", "u8(2, 4)"});
  options.mask.key_padding = Tensor();
  options.mask.mask = zeros({3, 4}, DType::U8);
  expect_error([&] { attention(q, k, k, options); }, {"attention", "mask", "(2, 4, 3, 5)"});
  options.mask.mask = Tensor();
  options.dropout = 0.1;
  options.training = true;
  expect_error([&] { attention(q, k, k, options); }, {"attention", "generator"});
}

// --- Simplified and trainable self-attention --------------------------------------------

namespace {

// The textbook example "Your journey starts with one step" (T, C) = (6, 3).
Tensor textbook_inputs(DType dtype = DType::F32) {
  return from_vector(
      {0.43, 0.15, 0.89, 0.55, 0.87, 0.66, 0.57, 0.85, 0.64, 0.22, 0.58, 0.33, 0.77, 0.25, 0.10, 0.05, 0.80, 0.55},
      {1, 6, 3}, dtype);
}

}  // namespace

TEST(SimplifiedSelfAttention, TextbookNumbers) {
  SimplifiedSelfAttention module;
  const AttentionOutput r = module.forward_with_weights(textbook_inputs());
  ASSERT_EQ(r.weights.shape(), (Shape{1, 6, 6}));
  ASSERT_EQ(r.output.shape(), (Shape{1, 6, 3}));
  // "journey" (row 1), to the textbook's 4 decimals.
  expect_near_vectors(narrow(r.weights, 1, 1, 1).to_vector(), {0.1385, 0.2379, 0.2333, 0.1240, 0.1082, 0.1581}, 5e-5);
  expect_near_vectors(narrow(r.output, 1, 1, 1).to_vector(), {0.4419, 0.6515, 0.5683}, 5e-5);
  for (double s : row_sums(r.weights)) EXPECT_NEAR(s, 1.0, 1e-6);
  expect_close(module.forward(textbook_inputs()), r.output, 0.0);
}

TEST(SelfAttention, EqualsTheComposition) {
  Generator gen(10);
  SelfAttention module(3, 2, gen, /*qkv_bias=*/true, DType::F64);
  EXPECT_EQ(module.named_parameters().size(), 6u);
  EXPECT_EQ(module.named_parameters()[0].first, "W_query.weight");
  EXPECT_EQ(module.named_parameters()[4].first, "W_value.weight");
  const Tensor x = randn({2, 5, 3}, gen, DType::F64);
  const AttentionOutput r = module.forward_with_weights(x);
  const Tensor q = module.W_query().forward(x), k = module.W_key().forward(x), v = module.W_value().forward(x);
  const Tensor weights = softmax(scale(matmul(q, transpose(k, 1, 2)), 1.0 / std::sqrt(2.0)));
  expect_close(r.weights, weights, 1e-12);
  expect_close(r.output, matmul(weights, v), 1e-12);
  expect_error([&] { module.forward(zeros({2, 5, 4}, DType::F64)); }, {"SelfAttention", "d_in = 3", "f64(2, 5, 4)"});
}

// --- Causal attention ---------------------------------------------------------------------

TEST(CausalAttention, MasksTheFutureAndPadding) {
  Generator gen(11);
  CausalAttention module({.d_in = 3, .d_out = 4, .context_length = 6, .dtype = DType::F64}, gen);
  module.eval();
  // Batch row 0: 4 real tokens then 2 of right padding; row 1: 2 of left padding.
  const Tensor padding = u8({0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0}, {2, 6});
  const AttentionOutput r = module.forward_with_weights(randn({2, 6, 3}, gen, DType::F64), padding);
  ASSERT_EQ(r.weights.shape(), (Shape{2, 6, 6}));
  ASSERT_EQ(r.output.shape(), (Shape{2, 6, 4}));
  EXPECT_TRUE(all_finite(r.output) && all_finite(r.weights));
  const std::vector<double> w = r.weights.to_vector(), sums = row_sums(r.weights), out = r.output.to_vector();
  const std::vector<double> pad = padding.to_vector();
  for (std::int64_t b = 0; b < 2; ++b)
    for (std::int64_t t = 0; t < 6; ++t) {
      const std::int64_t row = b * 6 + t;
      const bool fully_masked = b == 1 && t < 2;  // left padding sees no real key
      EXPECT_NEAR(sums[row], fully_masked ? 0.0 : 1.0, 1e-12) << "row " << row;
      for (std::int64_t s = 0; s < 6; ++s) {
        if (s > t || pad[b * 6 + s] != 0) {
          EXPECT_EQ(w[row * 6 + s], 0.0);
        }
      }
      if (fully_masked) {
        for (std::int64_t c = 0; c < 4; ++c) EXPECT_EQ(out[row * 4 + c], 0.0);
      }
    }
}

TEST(CausalAttention, ContextLengthAndShapeErrors) {
  Generator gen(12);
  CausalAttention module({.d_in = 3, .d_out = 2, .context_length = 6}, gen);
  expect_error(
      [&] {
        module.forward(zeros({1, 7, 3}));
      },
      {"CausalAttention", "T = 7", "context length 6", "(1, 7, 3)"});
  expect_error(
      [&] {
        module.forward(zeros({2, 5, 3}), zeros({2, 6}, DType::U8));
      },
      {"CausalAttention", "key_padding", "u8(2, 5)", "u8(2, 6)"});
  expect_error(
      [&] {
        module.forward(zeros({2, 5, 3}), zeros({2, 5}));
      },
      {"CausalAttention", "key_padding", "f32(2, 5)"});
  expect_error([&] { module.forward(zeros({5, 3})); }, {"CausalAttention", "(B, T, d_in = 3)", "f32(5, 3)"});
  EXPECT_NO_THROW(module.forward(zeros({1, 6, 3})));
}

TEST(CausalAttention, DropoutInTrainingOnly) {
  Generator gen(13);
  CausalAttention module({.d_in = 3, .d_out = 2, .context_length = 8, .dropout = 0.5, .dtype = DType::F64}, gen);
  const Tensor x = randn({2, 8, 3}, gen, DType::F64);
  module.eval();
  const AttentionOutput eval = module.forward_with_weights(x);
  EXPECT_EQ(module.attention_dropout().generator().position(), 0u);
  module.train();
  // The module's mask: replayed from a copy of its generator at the same position.
  Generator replay = module.attention_dropout().generator();
  const AttentionOutput train = module.forward_with_weights(x);
  expect_close(train.weights, eval.weights, 0.0);
  const Tensor dropped = dropout(eval.weights, 0.5, replay, /*training=*/true);
  expect_close(train.output, matmul(dropped, module.W_value().forward(x)), 1e-12);
  EXPECT_GT(module.attention_dropout().generator().position(), 0u);
}

// Changing the tokens from position `from` on never changes an output before it.
template <class Forward>
void expect_causal(Forward forward, std::int64_t c, Generator& gen) {
  constexpr std::int64_t B = 2, T = 7;
  const Tensor x = randn({B, T, c}, gen, DType::F64);
  const Tensor before = forward(x);
  for (const std::int64_t from : {1, 3, 6}) {
    Tensor changed = x.clone();
    copy_into(narrow(changed, 1, from, T - from), randn({B, T - from, c}, gen, DType::F64));
    const Tensor after = forward(changed);
    expect_close(narrow(after, 1, 0, from), narrow(before, 1, 0, from), 1e-12);
    EXPECT_GT(std::abs(narrow(after, 1, from, 1).to_vector()[0] - narrow(before, 1, from, 1).to_vector()[0]), 0.0);
  }
}

TEST(Causality, LaterTokensNeverChangeEarlierOutputs) {
  Generator gen(14);
  CausalAttention causal({.d_in = 3, .d_out = 4, .dtype = DType::F64}, gen);
  expect_causal([&](const Tensor& x) { return causal.forward(x); }, 3, gen);
  MultiHeadAttentionWrapper wrapper({.d_in = 3, .d_out = 2, .dtype = DType::F64}, 3, gen);
  expect_causal([&](const Tensor& x) { return wrapper.forward(x); }, 3, gen);
  for (const std::int64_t kv_heads : {4, 2, 1}) {
    MultiHeadAttention fused(
        {.d_in = 5, .d_out = 8, .heads = 4, .kv_heads = kv_heads, .qkv_bias = true, .dtype = DType::F64}, gen);
    expect_causal([&](const Tensor& x) { return fused.forward(x); }, 5, gen);
  }
}

// --- Multi-head attention -----------------------------------------------------------------

TEST(MultiHeadAttention, ParameterNamesAndShapes) {
  Generator gen(15);
  MultiHeadAttention fused({.d_in = 5, .d_out = 8, .heads = 4, .kv_heads = 2, .qkv_bias = true}, gen);
  const std::vector<std::pair<std::string, Shape>> expected = {
      {"W_query.weight", {8, 5}}, {"W_query.bias", {8}}, {"W_key.weight", {4, 5}},    {"W_key.bias", {4}},
      {"W_value.weight", {4, 5}}, {"W_value.bias", {4}}, {"out_proj.weight", {8, 8}}, {"out_proj.bias", {8}}};
  const NamedTensors params = fused.named_parameters();
  ASSERT_EQ(params.size(), expected.size());
  for (std::size_t i = 0; i < params.size(); ++i) {
    EXPECT_EQ(params[i].first, expected[i].first);
    EXPECT_EQ(params[i].second.shape(), expected[i].second) << params[i].first;
  }
  MultiHeadAttentionWrapper wrapper({.d_in = 3, .d_out = 2}, 2, gen);
  EXPECT_EQ(wrapper.named_parameters().front().first, "heads.0.W_query.weight");
  EXPECT_EQ(wrapper.named_parameters().back().first, "heads.1.W_value.weight");
}

TEST(MultiHeadAttention, SplitAndMergeHeads) {
  Generator gen(16);
  const Tensor x = randn({2, 3, 8}, gen);
  const Tensor heads = split_heads(x, 4);
  ASSERT_EQ(heads.shape(), (Shape{2, 4, 3, 2}));
  // Head h, position t holds x[:, t, h*D:(h+1)*D].
  expect_close(reshape(narrow(narrow(heads, 1, 2, 1), 2, 1, 1), {2, 2}),
               reshape(narrow(narrow(x, 1, 1, 1), 2, 4, 2), {2, 2}), 0.0);
  expect_close(merge_heads(heads), x, 0.0);
  expect_error([&] { split_heads(x, 3); }, {"split_heads", "H = 3", "f32(2, 3, 8)"});
}

TEST(MultiHeadAttention, FusedEqualsWrapperGivenTheSameWeights) {
  Generator gen(17);
  constexpr std::int64_t H = 3, D = 2, C = 4;
  for (const bool bias : {false, true}) {
    MultiHeadAttentionWrapper wrapper(
        {.d_in = C, .d_out = D, .context_length = 6, .qkv_bias = bias, .dtype = DType::F64}, H, gen);
    MultiHeadAttention fused(
        {.d_in = C, .d_out = H * D, .heads = H, .context_length = 6, .qkv_bias = bias, .dtype = DType::F64}, gen);
    // Head h of the wrapper is rows [h*D, (h+1)*D) of each fused projection.
    for (std::int64_t h = 0; h < H; ++h) {
      const CausalAttention& head = wrapper.head(h);
      set(head_rows(fused.W_query().weight(), h, D), head.W_query().weight());
      set(head_rows(fused.W_key().weight(), h, D), head.W_key().weight());
      set(head_rows(fused.W_value().weight(), h, D), head.W_value().weight());
      if (bias) {
        set(head_rows(fused.W_query().bias(), h, D), head.W_query().bias());
        set(head_rows(fused.W_key().bias(), h, D), head.W_key().bias());
        set(head_rows(fused.W_value().bias(), h, D), head.W_value().bias());
      }
    }
    Tensor identity = zeros({H * D, H * D}, DType::F64);
    for (std::int64_t i = 0; i < H * D; ++i) fill_(narrow(narrow(identity, 0, i, 1), 1, i, 1), 1.0);
    set(fused.out_proj().weight(), identity);
    fill_(fused.out_proj().bias(), 0.0);

    const Tensor x = randn({2, 6, C}, gen, DType::F64);
    const Tensor padding = u8({0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0}, {2, 6});
    const AttentionOutput a = wrapper.forward_with_weights(x, padding), b = fused.forward_with_weights(x, padding);
    ASSERT_EQ(a.weights.shape(), (Shape{2, H, 6, 6}));
    expect_close(b.output, a.output, 1e-12);
    expect_close(b.weights, a.weights, 1e-12);
  }
}

TEST(MultiHeadAttention, GroupedQueryEqualsMultiHeadWithSharedHeads) {
  Generator gen(18);
  constexpr std::int64_t H = 4, D = 3, C = 5;
  for (const std::int64_t hkv : {4, 2, 1}) {
    MultiHeadAttention grouped({.d_in = C,
                                .d_out = H * D,
                                .heads = H,
                                .kv_heads = hkv,
                                .qkv_bias = true,
                                .causal = false,
                                .dtype = DType::F64},
                               gen);
    MultiHeadAttention plain(
        {.d_in = C, .d_out = H * D, .heads = H, .qkv_bias = true, .causal = false, .dtype = DType::F64}, gen);
    EXPECT_EQ(grouped.W_key().weight().shape(), (Shape{hkv * D, C}));
    // Plain head h gets the key/value head its group shares: h / (H / Hkv).
    set(plain.W_query().weight(), grouped.W_query().weight());
    set(plain.W_query().bias(), grouped.W_query().bias());
    for (std::int64_t h = 0; h < H; ++h) {
      const std::int64_t j = h / (H / hkv);
      set(head_rows(plain.W_key().weight(), h, D), head_rows(grouped.W_key().weight(), j, D));
      set(head_rows(plain.W_key().bias(), h, D), head_rows(grouped.W_key().bias(), j, D));
      set(head_rows(plain.W_value().weight(), h, D), head_rows(grouped.W_value().weight(), j, D));
      set(head_rows(plain.W_value().bias(), h, D), head_rows(grouped.W_value().bias(), j, D));
    }
    set(plain.out_proj().weight(), grouped.out_proj().weight());
    set(plain.out_proj().bias(), grouped.out_proj().bias());
    const Tensor x = randn({2, 5, C}, gen, DType::F64);
    const Tensor padding = u8({0, 0, 0, 1, 1, 0, 0, 0, 0, 0}, {2, 5});
    const AttentionOutput a = grouped.forward_with_weights(x, padding), b = plain.forward_with_weights(x, padding);
    expect_close(a.output, b.output, 1e-12);
    expect_close(a.weights, b.weights, 1e-12);
    for (double s : row_sums(a.weights)) EXPECT_NEAR(s, 1.0, 1e-12);
  }
}

TEST(MultiHeadAttention, Errors) {
  Generator gen(19);
  expect_error([&] { MultiHeadAttention({.d_in = 4, .d_out = 10, .heads = 3}, gen); },
               {"MultiHeadAttention", "d_out = 10", "heads = 3"});
  expect_error([&] { MultiHeadAttention({.d_in = 4, .d_out = 12, .heads = 4, .kv_heads = 3}, gen); },
               {"MultiHeadAttention", "H = 4", "Hkv = 3"});
  MultiHeadAttention module({.d_in = 4, .d_out = 8, .heads = 2, .context_length = 5}, gen);
  expect_error([&] { module.forward(zeros({1, 6, 4})); }, {"MultiHeadAttention", "T = 6", "context length 5"});
  expect_error([&] { module.forward(zeros({1, 5, 3})); }, {"MultiHeadAttention", "d_in = 4", "f32(1, 5, 3)"});
  expect_error(
      [&] {
        module.forward(zeros({2, 5, 4}), zeros({5, 2}, DType::U8));
      },
      {"MultiHeadAttention", "key_padding", "u8(2, 5)", "u8(5, 2)"});
  expect_error([&] { MultiHeadAttentionWrapper({.d_in = 4, .d_out = 2}, 0, gen); },
               {"MultiHeadAttentionWrapper", "heads"});
}

TEST(MultiHeadAttention, BidirectionalSeesTheFuture) {
  Generator gen(20);
  MultiHeadAttention module({.d_in = 3, .d_out = 4, .heads = 2, .causal = false, .dtype = DType::F64}, gen);
  const AttentionOutput r = module.forward_with_weights(randn({1, 4, 3}, gen, DType::F64));
  for (double w : r.weights.to_vector()) EXPECT_GT(w, 0.0);
}

// --- Cross-attention -------------------------------------------------------------------

TEST(CrossAttention, ReadsTheMemoryAndIgnoresItsPadding) {
  Generator gen(21);
  CrossAttention module(
      {.d_in = 3, .d_memory = 5, .d_out = 4, .heads = 2, .kv_heads = 1, .qkv_bias = true, .dtype = DType::F64}, gen);
  constexpr std::int64_t B = 3, T = 2, S = 4;
  const Tensor x = randn({B, T, 3}, gen, DType::F64);
  Tensor memory = randn({B, S, 5}, gen, DType::F64);
  // Row 0 uses all 4 source positions, row 1 the first 2, row 2 none.
  const Tensor padding = u8({0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1}, {B, S});
  const AttentionOutput r = module.forward_with_weights(x, memory, padding);
  ASSERT_EQ(r.weights.shape(), (Shape{B, 2, T, S}));
  ASSERT_EQ(r.output.shape(), (Shape{B, T, 4}));
  const std::vector<double> sums = row_sums(r.weights);
  for (std::int64_t row = 0; row < B * 2 * T; ++row) EXPECT_NEAR(sums[row], row < 2 * 2 * T ? 1.0 : 0.0, 1e-12);
  // A source that is all padding leaves the output projection's bias alone.
  for (std::int64_t t = 0; t < T; ++t)
    expect_close(reshape(narrow(narrow(r.output, 0, 2, 1), 1, t, 1), {4}), module.out_proj().bias(), 1e-12);
  // Padding positions of the memory change nothing.
  copy_into(narrow(narrow(memory, 0, 1, 1), 1, 2, 2), randn({1, 2, 5}, gen, DType::F64));
  expect_close(module.forward(x, memory, padding), r.output, 1e-12);

  expect_error(
      [&] {
        module.forward(x, randn({2, S, 5}, gen, DType::F64));
      },
      {"CrossAttention", "f64(3, 2, 3)", "f64(2, 4, 5)"});
  expect_error(
      [&] {
        module.forward(x, memory, zeros({B, T}, DType::U8));
      },
      {"CrossAttention", "source_padding", "u8(3, 4)", "u8(3, 2)"});
  expect_error([&] { CrossAttention({.d_in = 3, .d_out = 6, .heads = 4}, gen); },
               {"CrossAttention", "d_out = 6", "heads = 4"});
  expect_error([&] { CrossAttention({.d_in = 3, .d_out = 6, .heads = 3, .kv_heads = 2}, gen); },
               {"CrossAttention", "H = 3", "Hkv = 2"});
}

TEST(MultiHeadAttention, KeyBiasGetsNoGradient) {
  // q·b_k is the same for every key of a row, and the softmax ignores a constant
  // shift: the key projection's bias cannot change anything.
  Generator gen(22);
  MultiHeadAttention module({.d_in = 3, .d_out = 4, .heads = 2, .kv_heads = 1, .qkv_bias = true, .dtype = DType::F64},
                            gen);
  const Tensor y = module.forward(randn({2, 5, 3}, gen, DType::F64), u8({0, 0, 0, 1, 1, 0, 0, 0, 0, 0}, {2, 5}));
  sum(mul(y, randn({2, 5, 4}, gen, DType::F64))).backward();
  for (double g : module.W_key().bias().grad().to_vector()) EXPECT_NEAR(g, 0.0, 1e-12);
  double query_bias_gradient = 0;
  for (double g : module.W_query().bias().grad().to_vector()) query_bias_gradient += std::abs(g);
  EXPECT_GT(query_bias_gradient, 1e-6);
}
