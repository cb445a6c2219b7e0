// viz::nmt_attention: the alignment of a translation, from a model with random weights
// (tests/e2e/viz_test_models.h): the teacher-forced rows equal the rows the search
// recorded, rows sum to 1, </s> is shown on both sides, words merge pieces as
// models::word_alignment does; and the errors.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>

#include "attn/decode/beam_search.h"
#include "attn/models/translator.h"
#include "attn/viz/nmt_attention.h"
#include "e2e/viz_test_models.h"
#include "support/errors.h"

namespace attn {
namespace {

namespace fs = std::filesystem;

class NmtAttentionTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("attn-nmt-attention-" + std::to_string(::getpid()));
    testing::make_random_nmt_model(dir_ / "bahdanau");
    testing::make_random_nmt_model(dir_ / "none", models::Seq2SeqAttention::None);
    testing::make_random_nmt_model(dir_ / "eos", models::Seq2SeqAttention::Bahdanau, /*eos_bias=*/100.0f);
  }
  static void TearDownTestSuite() { fs::remove_all(dir_); }
  static fs::path dir_;
};
fs::path NmtAttentionTest::dir_;

constexpr const char* kSentence = "Y dijo Dios: Sea la luz: y fué la luz.";

TEST_F(NmtAttentionTest, RowsAreTheSearchsRowsAndSumToOne) {
  const models::TranslationModel m = models::load_translation_model(dir_ / "bahdanau");
  for (std::int64_t beam : {1, 3}) {
    SCOPED_TRACE("beam " + std::to_string(beam));
    decode::SearchOptions search;
    search.beam_size = beam;
    search.max_length_offset = 4;  // random weights rarely choose </s>: keep the output short
    const viz::NmtAttention a = viz::nmt_attention(m, kSentence, search);

    const std::vector<int> source = m.source->encode(kSentence, false, true);
    std::vector<std::int64_t> ids(source.begin(), source.end());
    const decode::Hypothesis best = beam == 1 ? decode::greedy_search(*m.model, {ids}, search).at(0)
                                              : decode::beam_search(*m.model, {ids}, search).at(0).at(0);
    const auto s = static_cast<std::int64_t>(source.size());
    ASSERT_EQ(a.source_tokens.size(), source.size());
    EXPECT_EQ(a.source_tokens.back(), "</s>");
    EXPECT_EQ(a.finished, best.finished);
    const std::size_t t = best.tokens.size() + (best.finished ? 1 : 0);
    ASSERT_EQ(a.target_tokens.size(), t);
    if (best.finished) {
      EXPECT_EQ(a.target_tokens.back(), "</s>");
    }
    ASSERT_EQ(a.weights.shape(), (Shape{static_cast<std::int64_t>(t), s}));
    std::vector<int> target(best.tokens.begin(), best.tokens.end());
    EXPECT_EQ(a.translation, m.target->decode(target));

    const std::vector<double> w = a.weights.to_vector();
    for (std::size_t j = 0; j < t; ++j) {
      double sum = 0;
      for (std::int64_t i = 0; i < s; ++i) sum += w[j * s + i];
      EXPECT_NEAR(sum, 1.0, 1e-4) << "row " << j;
    }
    // The search recorded a row for each token it emitted; teacher forcing gives the same.
    ASSERT_EQ(best.attention.size(), best.tokens.size());
    for (std::size_t j = 0; j < best.tokens.size(); ++j)
      for (std::int64_t i = 0; i < s; ++i) EXPECT_NEAR(w[j * s + i], best.attention[j][i], 1e-5) << j << ", " << i;
  }
}

// A model that ends at once: the only row is the </s> step's, which must be the first
// decoder step's attention (computed here step by step, without teacher forcing).
TEST_F(NmtAttentionTest, TheEndOfSentenceRowIsItsStepsAttention) {
  const models::TranslationModel m = models::load_translation_model(dir_ / "eos");
  const viz::NmtAttention a = viz::nmt_attention(m, kSentence, {});
  ASSERT_TRUE(a.finished);
  ASSERT_EQ(a.target_tokens, std::vector<std::string>{"</s>"});
  EXPECT_EQ(a.translation, "");
  EXPECT_EQ(a.target_words, std::vector<std::string>{"</s>"});

  const std::vector<int> source = m.source->encode(kSentence, false, true);
  const auto s = static_cast<std::int64_t>(source.size());
  const models::Seq2SeqEncoding encoding =
      m.model->encode(from_ids(std::vector<std::int64_t>(source.begin(), source.end()), {1, s}), from_ids({s}, {1}));
  const models::DecoderStepOutput step =
      m.model->decode_step(from_ids({data::kSubwordBosId}, {1}), m.model->initial_state(encoding), encoding);
  ASSERT_EQ(a.weights.shape(), (Shape{1, s}));
  const std::vector<double> expected = step.weights.to_vector(), got = a.weights.to_vector();
  for (std::int64_t i = 0; i < s; ++i) EXPECT_NEAR(got[i], expected[i], 1e-6) << i;
}

TEST_F(NmtAttentionTest, WordsMergePiecesAsTheTranslatorDoes) {
  const models::TranslationModel m = models::load_translation_model(dir_ / "bahdanau");
  decode::SearchOptions search;
  search.beam_size = 1;
  search.max_length_offset = 4;
  const viz::NmtAttention a = viz::nmt_attention(m, kSentence, search);
  std::vector<std::string> source_pieces, target_pieces;
  for (int id : m.source->encode(kSentence)) source_pieces.push_back(m.source->piece(id));
  const auto s = static_cast<std::int64_t>(source_pieces.size()) + 1;
  const std::vector<double> w = a.weights.to_vector();
  std::vector<std::vector<float>> rows;
  for (std::size_t j = 0; j < a.target_tokens.size() - (a.finished ? 1 : 0); ++j) {
    target_pieces.push_back(a.target_tokens[j]);
    rows.emplace_back(w.begin() + static_cast<std::ptrdiff_t>(j * s),
                      w.begin() + static_cast<std::ptrdiff_t>((j + 1) * s));
  }
  const models::WordAlignment reference = models::word_alignment(source_pieces, target_pieces, rows);
  ASSERT_EQ(a.source_words.size(), reference.source_words.size() + 1);
  EXPECT_EQ(a.source_words.back(), "</s>");
  ASSERT_GE(a.target_words.size(), reference.target_words.size());
  const auto sw = static_cast<std::int64_t>(a.source_words.size());
  const std::vector<double> words = a.word_weights.to_vector();
  for (std::size_t j = 0; j < reference.weights.size(); ++j) {
    double sum = 0;
    for (std::int64_t i = 0; i < sw; ++i) sum += words[j * sw + i];
    EXPECT_NEAR(sum, 1.0, 1e-4) << "word row " << j;
    for (std::size_t i = 0; i < reference.weights[j].size(); ++i)
      EXPECT_NEAR(words[j * sw + i], reference.weights[j][i], 1e-5) << j << ", " << i;
  }
}

TEST_F(NmtAttentionTest, Errors) {
  const models::TranslationModel none = models::load_translation_model(dir_ / "none");
  testing::expect_error([&] { viz::nmt_attention(none, kSentence, {}); }, {"no attention"});
  const models::TranslationModel m = models::load_translation_model(dir_ / "bahdanau");
  testing::expect_error([&] { viz::nmt_attention(m, "", {}); }, {"empty"});
}

}  // namespace
}  // namespace attn
