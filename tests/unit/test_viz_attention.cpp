// attn viz: attention for the heatmaps and the viewer. Head means and attention rollout
// against hand-worked products; a GPT's weights (the bundled char-level model) are
// causal, row-stochastic and unchanged for a prefix when tokens follow; the
// continuation is generate()'s greedy one; and the errors.
#include <gtest/gtest.h>

#include <cmath>

#include "attn/data/tokenizer.h"
#include "attn/models/gpt_checkpoint.h"
#include "attn/models/gpt_generate.h"
#include "attn/ops.h"
#include "attn/random.h"
#include "attn/viz/gpt_attention.h"
#include "attn/viz/rollout.h"
#include "attn/viz/token_label.h"
#include "support/errors.h"

namespace attn::viz {
namespace {

const std::string kModel = std::string(ATTN_SOURCE_DIR) + "/models/gpt-kjv-small";

// (L, H, T, T) of random rows that sum to 1, causal (zero above the diagonal).
Tensor random_causal_weights(std::int64_t l, std::int64_t h, std::int64_t t, std::uint64_t seed) {
  Generator gen(seed);
  std::vector<double> w;
  for (std::int64_t m = 0; m < l * h; ++m)
    for (std::int64_t i = 0; i < t; ++i) {
      std::vector<double> row(t, 0.0);
      double sum = 0;
      for (std::int64_t j = 0; j <= i; ++j) sum += row[j] = 0.05 + gen.uniform();
      for (double v : row) w.push_back(v / sum);
    }
  return from_vector(w, {l, h, t, t});
}

TEST(Rollout, HeadMeanAveragesTheHeads) {
  const Tensor w = random_causal_weights(2, 3, 4, 1);
  const Tensor m = head_mean(w);
  ASSERT_EQ(m.shape(), (Shape{2, 4, 4}));
  const std::vector<double> wv = w.to_vector(), mv = m.to_vector();
  for (int l = 0; l < 2; ++l)
    for (int k = 0; k < 16; ++k)
      EXPECT_NEAR(mv[l * 16 + k], (wv[(l * 3 + 0) * 16 + k] + wv[(l * 3 + 1) * 16 + k] + wv[(l * 3 + 2) * 16 + k]) / 3,
                  1e-6);
}

TEST(Rollout, IsTheProductOfResidualAveragedLayers) {
  // Two layers, one head, two tokens, worked by hand:
  //   W0 = [[1, 0], [0.5, 0.5]]  ->  A0 = 0.5 W0 + 0.5 I = [[1, 0], [0.25, 0.75]]
  //   W1 = [[1, 0], [0.2, 0.8]]  ->  A1 = [[1, 0], [0.1, 0.9]]
  //   R0 = A0;  R1 = A1 · A0 = [[1, 0], [0.1 + 0.9 * 0.25, 0.9 * 0.75]] = [[1, 0], [0.325, 0.675]]
  const Tensor w = from_vector({1, 0, 0.5, 0.5, 1, 0, 0.2, 0.8}, {2, 1, 2, 2});
  const std::vector<double> r = attention_rollout(w).to_vector();
  const std::vector<double> expected = {1, 0, 0.25, 0.75, 1, 0, 0.325, 0.675};
  ASSERT_EQ(r.size(), expected.size());
  for (std::size_t k = 0; k < r.size(); ++k) EXPECT_NEAR(r[k], expected[k], 1e-6) << k;
}

TEST(Rollout, RowsStayDistributionsAndCausal) {
  const std::int64_t l = 3, t = 6;
  const Tensor r = attention_rollout(random_causal_weights(l, 2, t, 2));
  ASSERT_EQ(r.shape(), (Shape{l, t, t}));
  const std::vector<double> v = r.to_vector();
  for (std::int64_t m = 0; m < l; ++m)
    for (std::int64_t i = 0; i < t; ++i) {
      double sum = 0;
      for (std::int64_t j = 0; j < t; ++j) {
        const double x = v[(m * t + i) * t + j];
        sum += x;
        if (j > i) {
          EXPECT_EQ(x, 0.0) << "layer " << m << ", row " << i << " sees the future";
        }
      }
      EXPECT_NEAR(sum, 1.0, 1e-5);
    }
  // With every head attending only to itself, nothing mixes: R = I.
  Tensor self = zeros({2, 2, 3, 3});
  for (int m = 0; m < 4; ++m)
    for (int i = 0; i < 3; ++i) self.data<float>()[m * 9 + i * 4] = 1.0f;
  const std::vector<double> id = attention_rollout(self).to_vector();
  for (int k = 0; k < 18; ++k) EXPECT_NEAR(id[k], (k % 9) % 4 == 0 ? 1.0 : 0.0, 1e-6);
  testing::expect_error([] { attention_rollout(zeros({2, 3, 4})); }, {"(L, H, T, T)", "(2, 3, 4)"});
}

class GptAttentionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    model_ = models::load_gpt(kModel);
    tokenizer_ = data::load_tokenizer(kModel);
  }
  std::shared_ptr<models::GPT> model_;
  std::unique_ptr<data::Tokenizer> tokenizer_;
};

TEST_F(GptAttentionTest, WeightsAreCausalDistributionsAndPrefixesAgree) {
  const models::GPTConfig& c = model_->config();
  const std::vector<std::int64_t> ids = gpt_prompt_ids(*tokenizer_, "In the beginning God created");
  const Tensor w = gpt_attention_weights(*model_, ids);
  const auto t = static_cast<std::int64_t>(ids.size());
  ASSERT_EQ(w.shape(), (Shape{c.layers, c.heads, t, t}));
  const std::vector<double> v = w.to_vector();
  for (std::int64_t m = 0; m < c.layers * c.heads; ++m)
    for (std::int64_t i = 0; i < t; ++i) {
      double sum = 0;
      for (std::int64_t j = 0; j < t; ++j) {
        sum += v[(m * t + i) * t + j];
        if (j > i) {
          EXPECT_EQ(v[(m * t + i) * t + j], 0.0);
        }
      }
      EXPECT_NEAR(sum, 1.0, 1e-4);
    }
  // A prefix's rows do not depend on what follows it.
  const std::int64_t p = 9;
  const Tensor prefix = gpt_attention_weights(*model_, std::span(ids).first(p));
  const std::vector<double> pv = prefix.to_vector();
  for (std::int64_t m = 0; m < c.layers * c.heads; ++m)
    for (std::int64_t i = 0; i < p; ++i)
      for (std::int64_t j = 0; j < p; ++j) EXPECT_NEAR(pv[(m * p + i) * p + j], v[(m * t + i) * t + j], 1e-5);
}

TEST_F(GptAttentionTest, ContinuesGreedilyAndLabelsTheTokens) {
  const std::vector<std::int64_t> prompt = gpt_prompt_ids(*tokenizer_, "And God said");
  const GptAttention a = gpt_attention(*model_, *tokenizer_, prompt, 12);
  models::GenerateOptions g;
  g.max_new_tokens = 12;
  g.sampling.greedy = true;
  const std::vector<std::int64_t> expected = models::generate(*model_, prompt, g).tokens;
  ASSERT_EQ(a.prompt_length, static_cast<std::int64_t>(prompt.size()));
  ASSERT_EQ(a.ids.size(), prompt.size() + expected.size());
  std::string text;
  for (std::size_t k = 0; k < expected.size(); ++k) {
    EXPECT_EQ(a.ids[prompt.size() + k], expected[k]);
    text += tokenizer_->token_bytes(static_cast<std::int32_t>(expected[k]));
  }
  EXPECT_EQ(a.continuation, text);
  ASSERT_EQ(a.labels.size(), a.ids.size());
  EXPECT_EQ(a.labels[3], "␣");  // "And God said": a space
  for (std::size_t k = 0; k < a.ids.size(); ++k)
    EXPECT_EQ(a.labels[k], token_label(tokenizer_->token_bytes(static_cast<std::int32_t>(a.ids[k]))));
  EXPECT_EQ(a.weights.size(2), static_cast<std::int64_t>(a.ids.size()));
  // No continuation when asked for none, or when the prompt fills the context.
  EXPECT_EQ(gpt_attention(*model_, *tokenizer_, prompt, 0).ids.size(), prompt.size());
  const std::vector<std::int64_t> full(model_->config().context_length, prompt[0]);
  EXPECT_EQ(gpt_attention(*model_, *tokenizer_, full, 5).ids.size(), full.size());
}

TEST_F(GptAttentionTest, Errors) {
  const std::vector<std::int64_t> too_long(model_->config().context_length + 1, 1);
  testing::expect_error([&] { gpt_attention(*model_, *tokenizer_, too_long, 0); }, {"129 tokens", "1 to 128"});
  testing::expect_error([&] { gpt_attention_weights(*model_, {}); }, {"0 tokens"});
  testing::expect_error([&] { gpt_prompt_ids(*tokenizer_, ""); }, {"empty", "char"});
  testing::expect_error([&] { gpt_prompt_ids(*tokenizer_, "日"); }, {"not in the vocabulary"});
}

}  // namespace
}  // namespace attn::viz
