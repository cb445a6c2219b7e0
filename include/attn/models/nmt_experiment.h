// attn models: the translation experiment (docs/nmt.md, "The experiment"): encoder-
// decoders with and without attention trained on the same data with the same budget,
// then scored on the held-out test split, overall and by source length.
//
// A run of the experiment:
//   1. trains each model of the list with its own config (models/seq2seq_train.h),
//      resuming from its out/last: a model already trained costs nothing, one cut
//      short goes on where it stopped;
//   2. translates the test sources with each model's out/best (beam search);
//   3. scores them: corpus BLEU (eval/bleu.h) and BLEU by source length
//      (eval/length_buckets.h);
//   4. draws BLEU by length of every model as a line chart, and the word alignments of
//      the longest test verses (up to a length) for every model with attention.
// Output directory:
//   translations/LABEL.txt     the test translations, one a line
//   bleu-by-length.png         the chart
//   alignments/LABEL-N.png     the alignments (N = 1, 2, ...: longest first)
//   results.md                 the tables (overall and by length)
//   results.json               every number: training (steps, epochs, time, valid
//                              loss and BLEU), test BLEU with its parts, by length
// Every file is written whole or not at all; results.json comes last.
#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "attn/eval/bleu.h"
#include "attn/eval/length_buckets.h"
#include "attn/models/seq2seq_train.h"

namespace attn::models {

struct NMTExperimentRun {
  std::string label;             // the model's attention: names it in tables, charts and files
  std::filesystem::path config;  // its training config (docs/nmt.md)
};

struct NMTExperimentConfig {
  std::vector<NMTExperimentRun> runs;
  std::filesystem::path test_source, test_target;  // one sentence a line, aligned by line
  std::filesystem::path out_dir;
  std::int64_t beam = 5;                  // beam size of the test translations (1: greedy)
  std::int64_t batch_size = 32;           // sentences searched together
  eval::LengthBuckets buckets = {};       // by source words: 1-10, ..., 51+
  std::int64_t alignments = 3;            // verses drawn a model with attention
  std::int64_t alignment_max_words = 50;  // ... the longest with at most this many source words
};

// Reads the experiment's JSON config (keys as the fields above, docs/nmt.md). `runs` is
// the list of training configs; each model is labelled by its model.attention, which
// must differ from run to run. Unknown keys, wrong types, a missing or unreadable
// training config and a repeated label are errors naming the file.
NMTExperimentConfig read_nmt_experiment_config(const std::filesystem::path& path);

struct NMTExperimentOptions {
  std::ostream* log = nullptr;  // progress lines; null: silent
};

struct NMTExperimentModelResult {
  std::string label;
  std::string attention;  // model.attention
  NMTTrainSummary training;
  std::int64_t parameters = 0;
  eval::BleuScore test;
  std::vector<eval::LengthBucketScore> by_length;
  double translate_seconds = 0.0;
};

struct NMTExperimentResult {
  std::int64_t test_sentences = 0;
  std::vector<NMTExperimentModelResult> models;  // in the config's order
};

NMTExperimentResult run_nmt_experiment(const NMTExperimentConfig& config, const NMTExperimentOptions& options);

}  // namespace attn::models
