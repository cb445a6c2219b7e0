// The encoder-decoder (models/seq2seq.h), its searches (decode/beam_search.h), word
// alignments (models/translator.h) and the configs it reads (models/seq2seq_train.h,
// models/seq2seq_checkpoint.h).
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "attn/autograd.h"
#include "attn/decode/beam_search.h"
#include "attn/models/nmt_experiment.h"
#include "attn/models/seq2seq.h"
#include "attn/models/seq2seq_checkpoint.h"
#include "attn/models/seq2seq_train.h"
#include "attn/models/translator.h"
#include "attn/ops.h"
#include "support/compare.h"
#include "support/errors.h"

using namespace attn;
using namespace attn::models;
using attn::testing::expect_error;
using attn::testing::relative_error;
namespace fs = std::filesystem;

namespace {

const std::vector<Seq2SeqAttention> kEveryAttention = {Seq2SeqAttention::None,        Seq2SeqAttention::Bahdanau,
                                                       Seq2SeqAttention::LuongDot,    Seq2SeqAttention::LuongGeneral,
                                                       Seq2SeqAttention::LuongConcat, Seq2SeqAttention::LuongLocalP};

Seq2SeqConfig small_config(Seq2SeqAttention attention, std::int64_t vocab = 23) {
  Seq2SeqConfig c;
  c.source_vocab_size = vocab;
  c.target_vocab_size = vocab + 4;
  c.embed_size = 8;
  c.hidden_size = 6;
  c.attention = attention;
  c.attention_size = 5;
  c.local_window = 2;
  return c;
}

fs::path temp_path(const std::string& name) {
  return fs::temp_directory_path() / ("attn-test-seq2seq-" + std::to_string(::getpid()) + "-" + name);
}

// Random source sentences of ids in [4, V), lengths in [1, max_length], each ending with </s>.
std::vector<std::vector<std::int64_t>> random_sources(Generator& gen, std::int64_t count, std::int64_t vocab,
                                                      std::int64_t max_length) {
  std::vector<std::vector<std::int64_t>> out;
  for (std::int64_t i = 0; i < count; ++i) {
    const auto n = 1 + static_cast<std::int64_t>(gen.below(static_cast<std::uint64_t>(max_length)));
    std::vector<std::int64_t> s;
    for (std::int64_t j = 0; j < n - 1; ++j) s.push_back(4 + static_cast<std::int64_t>(gen.below(vocab - 4)));
    s.push_back(3);
    out.push_back(s);
  }
  return out;
}

}  // namespace

// --- The model ------------------------------------------------------------------------

TEST(Seq2Seq, ShapesOfEveryAttentionKind) {
  const Tensor source = from_ids({4, 5, 6, 3, 7, 3, 0, 0}, {2, 4});
  const Tensor lengths = from_ids({4, 2}, {2});
  const Tensor target_in = from_ids({2, 8, 9, 2, 10, 0}, {2, 3});
  for (const RecurrentCell cell : {RecurrentCell::GRU, RecurrentCell::LSTM}) {
    for (const Seq2SeqAttention a : kEveryAttention) {
      SCOPED_TRACE(std::string(recurrent_cell_name(cell)) + " " + seq2seq_attention_name(a));
      Generator gen(1);
      Seq2SeqConfig c = small_config(a);
      c.cell = cell;
      c.layers = 2;
      Seq2Seq model(c, gen);
      const Seq2SeqEncoding enc = model.encode(source, lengths);
      EXPECT_EQ(enc.states.shape(), (Shape{2, 4, 12}));  // Ch = 2H
      EXPECT_EQ(enc.initial_h.size(), 2u);
      EXPECT_EQ(enc.initial_c.size(), cell == RecurrentCell::LSTM ? 2u : 0u);
      const TeacherForcedOutput out = model.forward(source, lengths, target_in);
      EXPECT_EQ(out.logits.shape(), (Shape{2, 3, c.target_vocab_size}));
      if (a == Seq2SeqAttention::None) {
        EXPECT_FALSE(out.weights.defined());
      } else {
        EXPECT_EQ(out.weights.shape(), (Shape{2, 3, 4}));
      }
      const DecoderStepOutput step = model.decode_step(from_ids({2, 2}, {2}), model.initial_state(enc), enc);
      EXPECT_EQ(step.output.shape(), (Shape{2, c.output_width()}));
      EXPECT_EQ(step.state.step, 1);
      EXPECT_EQ(model.logits(step.output).shape(), (Shape{2, c.target_vocab_size}));
    }
  }
}

TEST(Seq2Seq, ParameterNamesFollowTheDocumentedLayout) {
  Generator gen(1);
  Seq2SeqConfig c = small_config(Seq2SeqAttention::Bahdanau);
  c.tie_embeddings = true;
  Seq2Seq model(c, gen);
  std::vector<std::string> names;
  for (const auto& [name, p] : model.named_parameters()) names.push_back(name);
  const std::vector<std::string> expected = {"source_embedding.weight",
                                             "target_embedding.weight",
                                             "encoder.weight_ih_l0",
                                             "encoder.weight_hh_l0",
                                             "encoder.bias_ih_l0",
                                             "encoder.bias_hh_l0",
                                             "encoder.weight_ih_l0_reverse",
                                             "encoder.weight_hh_l0_reverse",
                                             "encoder.bias_ih_l0_reverse",
                                             "encoder.bias_hh_l0_reverse",
                                             "bridge.weight",
                                             "bridge.bias",
                                             "attention.v",
                                             "attention.W.weight",
                                             "attention.U.weight",
                                             "decoder.0.weight_ih",
                                             "decoder.0.weight_hh",
                                             "decoder.0.bias_ih",
                                             "decoder.0.bias_hh",
                                             "readout.weight",
                                             "readout.bias",
                                             "generator.bias"};  // generator.weight is tied
  EXPECT_EQ(names, expected);
  EXPECT_TRUE(model.generator_weight().same(model.named_parameters()[1].second));
  EXPECT_EQ(model.generator_weight().shape(), (Shape{c.target_vocab_size, c.embed_size}));
}

TEST(Seq2Seq, PaddedSourcePositionsGetNoWeightAndChangeNothing) {
  for (const Seq2SeqAttention a : kEveryAttention) {
    SCOPED_TRACE(seq2seq_attention_name(a));
    Generator gen(2);
    Seq2Seq model(small_config(a), gen);
    model.eval();
    NoGradGuard no_grad;
    // Sentence 1 alone, then padded to S = 6 beside a longer sentence, with junk ids
    // in its padding.
    const Tensor alone =
        model.forward(from_ids({7, 8, 3}, {1, 3}), from_ids({3}, {1}), from_ids({2, 9, 10, 11}, {1, 4})).logits;
    const TeacherForcedOutput both = model.forward(from_ids({4, 5, 6, 7, 8, 3, 7, 8, 3, 19, 20, 21}, {2, 6}),
                                                   from_ids({6, 3}, {2}), from_ids({2, 4, 5, 6, 2, 9, 10, 11}, {2, 4}));
    EXPECT_LT(relative_error(narrow(both.logits, 0, 1, 1), alone), 1e-5);
    if (a != Seq2SeqAttention::None) {
      const std::vector<double> w = narrow(both.weights, 0, 1, 1).to_vector();  // (1, T, S)
      for (std::int64_t t = 0; t < 4; ++t) {
        double total = 0;
        for (std::int64_t s = 0; s < 6; ++s) {
          if (s >= 3) {
            EXPECT_EQ(w[t * 6 + s], 0.0) << "t " << t << " s " << s;
          }
          total += w[t * 6 + s];
        }
        if (a != Seq2SeqAttention::LuongLocalP) {  // local-p's Gaussian scales the weights down
          EXPECT_NEAR(total, 1.0, 1e-6);
        }
      }
    }
  }
}

TEST(Seq2Seq, LossIgnoresTargetPadding) {
  Generator gen(3);
  Seq2Seq model(small_config(Seq2SeqAttention::LuongGeneral), gen);
  const Tensor source = from_ids({4, 5, 3, 6, 3, 0}, {2, 3});
  const Tensor lengths = from_ids({3, 2}, {2});
  // Row 1's target is 2 ids long (y, </s>); its last position is padding (0).
  const Tensor target_in = from_ids({2, 8, 9, 2, 10, 0}, {2, 3});
  const Tensor target_out = from_ids({8, 9, 3, 10, 3, 0}, {2, 3});
  const Tensor loss = model.loss(source, lengths, target_in, target_out, 0.1);
  loss.backward();
  const Tensor grad = model.generator_weight().grad().clone();

  // The mean over the 5 real targets, computed by hand from the logits.
  const Tensor logits = model.forward(source, lengths, target_in).logits;
  const Tensor per_token = cross_entropy(reshape(logits, {6, -1}), from_ids({8, 9, 3, 10, 3, 0}, {6}),
                                         {.ignore_index = -100, .label_smoothing = 0.1, .reduction = Reduction::None});
  const std::vector<double> l = per_token.to_vector();
  EXPECT_NEAR(loss.item(), (l[0] + l[1] + l[2] + l[3] + l[4]) / 5.0, 1e-6);

  // Junk in the padding of target_in and in the padded source position changes neither
  // the loss nor the gradients.
  model.zero_grad();
  const Tensor junk = model.loss(from_ids({4, 5, 3, 6, 3, 17}, {2, 3}), lengths, from_ids({2, 8, 9, 2, 10, 13}, {2, 3}),
                                 target_out, 0.1);
  junk.backward();
  EXPECT_EQ(junk.item(), loss.item());
  EXPECT_LT(relative_error(model.generator_weight().grad(), grad), 1e-6);
}

TEST(Seq2Seq, ConfigErrorsNameTheField) {
  Generator gen(1);
  Seq2SeqConfig c = small_config(Seq2SeqAttention::Bahdanau);
  c.hidden_size = 0;
  expect_error([&] { Seq2Seq m(c, gen); }, {"hidden_size", "0"});
  c = small_config(Seq2SeqAttention::Bahdanau);
  c.dropout = 1.0;
  expect_error([&] { Seq2Seq m(c, gen); }, {"dropout", "[0, 1)"});
  expect_error([] { parse_seq2seq_attention("luong"); }, {"luong", "luong-general", "bahdanau"});
  expect_error([] { parse_recurrent_cell("rnn"); }, {"rnn", "gru", "lstm"});
  Seq2Seq model(small_config(Seq2SeqAttention::Bahdanau), gen);
  expect_error([&] { model.encode(from_ids({4, 3}, {1, 2}), from_ids({3}, {1})); }, {"lengths[0]", "[1, S = 2]"});
  expect_error([&] { model.encode(from_ids({4, 3}, {2}), from_ids({2}, {1})); }, {"(B, S)"});
}

// --- Searches -------------------------------------------------------------------------

TEST(BeamSearch, BeamOfOneIsGreedy) {
  for (const Seq2SeqAttention a : {Seq2SeqAttention::Bahdanau, Seq2SeqAttention::LuongLocalP}) {
    SCOPED_TRACE(seq2seq_attention_name(a));
    Generator gen(4);
    Seq2Seq model(small_config(a, 12), gen);
    const auto sources = random_sources(gen, 6, 12, 7);
    decode::SearchOptions o{.beam_size = 1, .alpha = 0.8, .max_length_ratio = 1.5, .max_length_offset = 3};
    const auto greedy = decode::greedy_search(model, sources, o);
    const auto beam = decode::beam_search(model, sources, o);
    ASSERT_EQ(beam.size(), greedy.size());
    for (std::size_t i = 0; i < greedy.size(); ++i) {
      ASSERT_EQ(beam[i].size(), 1u);
      EXPECT_EQ(beam[i][0].tokens, greedy[i].tokens) << "sentence " << i;
      EXPECT_NEAR(beam[i][0].score, greedy[i].score, 1e-9);
      EXPECT_EQ(beam[i][0].finished, greedy[i].finished);
      EXPECT_EQ(beam[i][0].attention, greedy[i].attention);
    }
  }
}

TEST(BeamSearch, ResultsDoNotDependOnTheBatch) {
  for (const Seq2SeqAttention a : kEveryAttention) {
    SCOPED_TRACE(seq2seq_attention_name(a));
    Generator gen(5);
    Seq2SeqConfig c = small_config(a, 15);
    c.cell = a == Seq2SeqAttention::LuongDot ? RecurrentCell::LSTM : RecurrentCell::GRU;
    Seq2Seq model(c, gen);
    const auto sources = random_sources(gen, 7, 15, 9);
    for (const std::int64_t k : {1, 3}) {
      decode::SearchOptions o{.beam_size = k, .n_best = k, .max_length_ratio = 1.0, .max_length_offset = 4};
      const auto together = decode::beam_search(model, sources, o);
      const auto greedy_together = decode::greedy_search(model, sources, o);
      for (std::size_t i = 0; i < sources.size(); ++i) {
        const auto alone = decode::beam_search(model, {sources[i]}, o);
        ASSERT_EQ(alone[0].size(), together[i].size());
        for (std::size_t n = 0; n < alone[0].size(); ++n) {
          EXPECT_EQ(alone[0][n].tokens, together[i][n].tokens) << "K " << k << " sentence " << i << " hypothesis " << n;
          EXPECT_NEAR(alone[0][n].score, together[i][n].score, 1e-5);
          ASSERT_EQ(alone[0][n].attention.size(), together[i][n].attention.size());
          for (std::size_t t = 0; t < alone[0][n].attention.size(); ++t) {
            ASSERT_EQ(alone[0][n].attention[t].size(), sources[i].size());
            for (std::size_t s = 0; s < sources[i].size(); ++s)
              EXPECT_NEAR(alone[0][n].attention[t][s], together[i][n].attention[t][s], 1e-5);
          }
        }
        const auto greedy_alone = decode::greedy_search(model, {sources[i]}, o);
        EXPECT_EQ(greedy_alone[0].tokens, greedy_together[i].tokens);
      }
    }
  }
}

TEST(BeamSearch, NBestIsOrderedAndDistinct) {
  Generator gen(6);
  Seq2Seq model(small_config(Seq2SeqAttention::Bahdanau, 10), gen);
  const auto sources = random_sources(gen, 5, 10, 6);
  const decode::SearchOptions o{
      .beam_size = 4, .alpha = 0.0, .n_best = 4, .max_length_ratio = 1.0, .max_length_offset = 3};
  const auto nbest = decode::beam_search(model, sources, o);
  for (std::size_t i = 0; i < sources.size(); ++i) {
    ASSERT_EQ(nbest[i].size(), 4u) << "sentence " << i;
    for (std::size_t n = 1; n < nbest[i].size(); ++n) {
      EXPECT_GE(nbest[i][n - 1].score, nbest[i][n].score);
      for (std::size_t m = 0; m < n; ++m) {
        EXPECT_FALSE(nbest[i][n].tokens == nbest[i][m].tokens && nbest[i][n].finished == nbest[i][m].finished);
      }
    }
    // The score is the log-probability normalised by the GNMT penalty.
    const auto length = static_cast<std::int64_t>(nbest[i][0].tokens.size()) + (nbest[i][0].finished ? 1 : 0);
    EXPECT_NEAR(nbest[i][0].score, nbest[i][0].log_prob / decode::length_penalty(length, 0.0), 1e-12);
  }
  expect_error([&] { decode::beam_search(model, sources, {.beam_size = 2, .n_best = 3}); }, {"n_best", "[1, beam"});
}

TEST(BeamSearch, StopsAtTheMaximumLength) {
  Generator gen(7);
  Seq2Seq model(small_config(Seq2SeqAttention::LuongConcat, 30), gen);
  const std::vector<std::vector<std::int64_t>> sources = {{5, 6, 7, 3}};
  const decode::SearchOptions o{.beam_size = 2, .max_length_ratio = 0.5, .max_length_offset = 1};  // ceil(2) + 1 = 3
  const auto beams = decode::beam_search(model, sources, o);
  for (const auto& h : beams[0]) {
    EXPECT_LE(static_cast<std::int64_t>(h.tokens.size()) + (h.finished ? 1 : 0), 3);
  }
  const decode::Hypothesis g = decode::greedy_search(model, sources, o)[0];
  EXPECT_LE(static_cast<std::int64_t>(g.tokens.size()) + (g.finished ? 1 : 0), 3);
  EXPECT_EQ(g.attention.size(), g.tokens.size());
}

// --- Alignments -----------------------------------------------------------------------

TEST(WordAlignment, PiecesSumOnTheSourceAndAverageOnTheTarget) {
  // Source words: "En" "el" "principio" (pieces ▁En, ▁el, ▁princ, ipio), then </s>.
  const std::vector<std::string> source = {
      "\xe2\x96\x81"
      "En",
      "\xe2\x96\x81"
      "el",
      "\xe2\x96\x81"
      "princ",
      "ipio"};
  // Target words: "In" "the" "beginning" (pieces ▁In, ▁the, ▁begin, ning).
  const std::vector<std::string> target = {
      "\xe2\x96\x81"
      "In",
      "\xe2\x96\x81"
      "the",
      "\xe2\x96\x81"
      "begin",
      "ning"};
  const std::vector<std::vector<float>> rows = {{0.7f, 0.1f, 0.1f, 0.0f, 0.1f},
                                                {0.1f, 0.8f, 0.0f, 0.1f, 0.0f},
                                                {0.0f, 0.0f, 0.5f, 0.3f, 0.2f},
                                                {0.0f, 0.2f, 0.2f, 0.6f, 0.0f}};
  const WordAlignment a = word_alignment(source, target, rows);
  EXPECT_EQ(a.source_words, (std::vector<std::string>{"En", "el", "principio"}));
  EXPECT_EQ(a.target_words, (std::vector<std::string>{"In", "the", "beginning"}));
  ASSERT_EQ(a.weights.size(), 3u);
  EXPECT_NEAR(a.weights[0][0], 0.7, 1e-6);
  EXPECT_NEAR(a.weights[0][2], 0.1, 1e-6);  // princ + ipio = 0.1 + 0.0; </s> (0.1) dropped
  EXPECT_NEAR(a.weights[1][2], 0.1, 1e-6);
  // "beginning": mean of its pieces' rows, each summed over "principio"'s pieces.
  EXPECT_NEAR(a.weights[2][0], 0.0, 1e-6);
  EXPECT_NEAR(a.weights[2][1], 0.1, 1e-6);
  EXPECT_NEAR(a.weights[2][2], (0.8 + 0.8) / 2, 1e-6);
  EXPECT_EQ(format_hard_alignment(a), "0-0 1-1 2-2");
  EXPECT_EQ(format_soft_alignment(a), "0.700 0.100 0.100 ; 0.100 0.800 0.100 ; 0.000 0.100 0.800");
  expect_error([&] { word_alignment(source, target, {rows[0]}); }, {"1 attention rows", "4 target pieces"});
}

TEST(WordAlignment, GroupsPiecesWithoutALeadingBoundary) {
  const PieceWords w = group_pieces({"\xc2\xbf",
                                     "\xe2\x96\x81"
                                     "Qu",
                                     "\xc3\xa9", "\xe2\x96\x81"});
  EXPECT_EQ(w.word_of, (std::vector<std::int64_t>{0, 1, 1, 2}));
  EXPECT_EQ(w.words, (std::vector<std::string>{"\xc2\xbf", "Qu\xc3\xa9", ""}));
}

// --- Configs --------------------------------------------------------------------------

class NMTConfig : public ::testing::Test {
 protected:
  void TearDown() override { fs::remove_all(dir_); }
  fs::path write(const std::string& text) {
    fs::create_directories(dir_);
    const fs::path p = dir_ / "config.json";
    std::ofstream(p) << text;
    return p;
  }
  fs::path dir_ = temp_path("config");
};

constexpr const char* kMinimalConfig =
    R"("train_source": "a.es", "train_target": "a.en", "valid_source": "v.es", "valid_target": "v.en", "out": "o")";

TEST_F(NMTConfig, ReadsKeysAndResolvesPathsAgainstTheFile) {
  const fs::path p = write(std::string("{") + kMinimalConfig +
                           R"(, "model": {"cell": "lstm", "attention": "luong-local-p", "layers": 2, "local_window": 3},
                               "subword": {"joint": true, "vocab_size": 500}, "steps": 7, "label_smoothing": 0.2})");
  const NMTTrainConfig c = read_nmt_train_config(p);
  EXPECT_EQ(c.model.cell, RecurrentCell::LSTM);
  EXPECT_EQ(c.model.attention, Seq2SeqAttention::LuongLocalP);
  EXPECT_EQ(c.model.layers, 2);
  EXPECT_EQ(c.model.local_window, 3);
  EXPECT_TRUE(c.joint_vocabulary);
  EXPECT_EQ(c.vocab_size, 500);
  EXPECT_EQ(c.steps, 7);
  EXPECT_DOUBLE_EQ(c.label_smoothing, 0.2);
  EXPECT_EQ(c.train_source, dir_ / "a.es");
  EXPECT_EQ(c.out_dir, dir_ / "o");
}

TEST_F(NMTConfig, ErrorsNameTheFileAndTheKey) {
  const std::string file = (dir_ / "config.json").string();
  const fs::path unknown = write(std::string("{") + kMinimalConfig + R"(, "stepz": 3})");
  expect_error([&] { read_nmt_train_config(unknown); }, {file, "unknown key \"stepz\""});
  const fs::path nested = write(std::string("{") + kMinimalConfig + R"(, "model": {"hidden": 3}})");
  expect_error([&] { read_nmt_train_config(nested); }, {file, "unknown key \"model.hidden\""});
  const fs::path type = write(std::string("{") + kMinimalConfig + R"(, "steps": "many"})");
  expect_error([&] { read_nmt_train_config(type); }, {file, "\"steps\"", "an integer", "\"many\""});
  const fs::path nested_type = write(std::string("{") + kMinimalConfig + R"(, "model": {"bidirectional": 1}})");
  expect_error([&] { read_nmt_train_config(nested_type); }, {file, "\"model.bidirectional\"", "true or false"});
  const fs::path attention = write(std::string("{") + kMinimalConfig + R"(, "model": {"attention": "luong"}})");
  expect_error([&] { read_nmt_train_config(attention); }, {file, "luong", "luong-general"});
  const fs::path missing = write(R"({"train_source": "a.es", "train_target": "a.en", "out": "o"})");
  expect_error([&] { read_nmt_train_config(missing); }, {file, "valid_source"});
  const fs::path range = write(std::string("{") + kMinimalConfig + R"(, "label_smoothing": 1.5})");
  expect_error([&] { read_nmt_train_config(range); }, {file, "label_smoothing", "[0, 1)"});
  const fs::path json = write("{\"steps\": 3,");
  expect_error([&] { read_nmt_train_config(json); }, {file, "not valid JSON"});
  expect_error([&] { read_nmt_train_config(dir_ / "nope.json"); }, {"nope.json"});
}

TEST(NMTConfigs, TheCommittedRecipesRead) {
  for (const char* name : {"nmt-es-en-small", "nmt-es-en-none", "nmt-es-en-bahdanau", "nmt-es-en-luong-general"}) {
    SCOPED_TRACE(name);
    const NMTTrainConfig c =
        read_nmt_train_config(fs::path(ATTN_SOURCE_DIR) / "configs" / (std::string(name) + ".json"));
    const std::string attention = std::string(name) == "nmt-es-en-small" ? "bahdanau" : std::string(name).substr(10);
    EXPECT_EQ(seq2seq_attention_name(c.model.attention), attention);
  }
}

TEST(NMTConfigs, TheCommittedExperimentsRead) {
  const fs::path configs = fs::path(ATTN_SOURCE_DIR) / "configs";
  const NMTExperimentConfig all = read_nmt_experiment_config(configs / "nmt-es-en-experiment.json");
  ASSERT_EQ(all.runs.size(), 3u);
  EXPECT_EQ(all.runs[0].label, "none");
  EXPECT_EQ(all.runs[1].label, "bahdanau");
  EXPECT_EQ(all.runs[2].label, "luong-general");
  EXPECT_EQ(all.beam, 5);
  // The longer runs (3,500 steps, then 7,000) are the experiment's recipes with more
  // steps and folders of their own.
  std::int64_t shorter_steps = 0;
  for (const char* file : {"nmt-es-en-long-experiment.json", "nmt-es-en-7k-experiment.json"}) {
    SCOPED_TRACE(file);
    const NMTExperimentConfig longer = read_nmt_experiment_config(configs / file);
    ASSERT_EQ(longer.runs.size(), 2u);
    EXPECT_EQ(longer.runs[0].label, "none");
    EXPECT_EQ(longer.runs[1].label, "bahdanau");
    EXPECT_NE(longer.out_dir, all.out_dir);
    for (std::size_t i = 0; i < 2; ++i) {
      const NMTTrainConfig a = read_nmt_train_config(all.runs[i].config);
      const NMTTrainConfig b = read_nmt_train_config(longer.runs[i].config);
      EXPECT_GT(b.steps, std::max(a.steps, shorter_steps));
      EXPECT_NE(b.out_dir, a.out_dir);
      EXPECT_EQ(b.lr, a.lr);
      EXPECT_EQ(b.batch_tokens, a.batch_tokens);
      EXPECT_EQ(b.model.hidden_size, a.model.hidden_size);
      EXPECT_EQ(b.model.attention, a.model.attention);
    }
    shorter_steps = read_nmt_train_config(longer.runs[0].config).steps;
  }
}

TEST(Seq2SeqCheckpoint, ConfigRoundTripsAndRejectsBadFiles) {
  const fs::path dir = temp_path("checkpoint");
  Seq2SeqConfig c = small_config(Seq2SeqAttention::LuongConcat);
  c.cell = RecurrentCell::LSTM;
  c.layers = 3;
  c.input_feeding = false;
  c.dropout = 0.25;
  write_seq2seq_config(c, dir);
  const Seq2SeqConfig back = read_seq2seq_config(dir);
  EXPECT_EQ(back.cell, c.cell);
  EXPECT_EQ(back.attention, c.attention);
  EXPECT_EQ(back.layers, 3);
  EXPECT_FALSE(back.input_feeding);
  EXPECT_DOUBLE_EQ(back.dropout, 0.25);
  EXPECT_EQ(back.target_vocab_size, c.target_vocab_size);

  const std::string file = (dir / "config.json").string();
  std::ofstream(dir / "config.json") << R"({"model_type": "gpt2"})";
  expect_error([&] { read_seq2seq_config(dir); }, {file, "gpt2", "attn-seq2seq"});
  std::ofstream(dir / "config.json") << R"({"model_type": "attn-seq2seq", "cell": "gru"})";
  expect_error([&] { read_seq2seq_config(dir); }, {file, "missing key \"attention\""});
  // A model directory without its weights or subword models.
  write_seq2seq_config(c, dir);
  expect_error([&] { load_translation_model(dir); }, {"model.safetensors", "missing"});
  fs::remove_all(dir);
  expect_error([&] { load_translation_model(dir); }, {dir.string(), "no such model directory"});
}
