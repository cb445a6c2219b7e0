// attn models: training the encoder-decoder on a parallel corpus (see docs/nmt.md,
// "Training").
//
// A run reads a JSON config (read_nmt_train_config) and:
//   1. subwords: SentencePiece models trained on the training split (one joint model
//      for both languages, or one each; vocabulary sizes from the config), or the
//      models the config names; kept in out/subword/;
//   2. data: every line pair encoded (source: pieces </s>; target in: <s> pieces;
//      target out: pieces </s>); training pairs longer than max_source_length /
//      max_target_length ids are left out (and counted);
//   3. batches by length: each epoch shuffles the pairs with the epoch's own generator,
//      sorts them by source then target length (a stable sort: equal lengths stay
//      shuffled), cuts batches of at most batch_tokens padded tokens
//      (B * max(S, T) <= batch_tokens) and shuffles the batches' order. An epoch's
//      order is a function of (seed, epoch), so the position (epoch, batch) is all an
//      exact resume needs;
//   4. steps: teacher-forced cross-entropy with label smoothing, averaged over the
//      batch's target tokens; the global gradient norm clipped; Adam;
//   5. every eval_every steps (and at the end): the validation loss (no smoothing,
//      per target token, over the whole valid split) and BLEU of greedy translations
//      of the first bleu_sentences valid pairs; ReduceLROnPlateau on the loss; a
//      better loss saves out/best; early_stopping_patience evaluations in a row
//      without a better loss stop the run;
//   6. every checkpoint_every steps (and at the end): out/last with the training
//      state (Adam's moments, step, epoch and batch, dropout generators, the plateau
//      schedule, the loss history), so that a run killed at any moment resumes from
//      its last checkpoint and ends with the same weights as one never interrupted
//      (with the same thread count: the BLAS splits products by it).
// Output directory:
//   out/subword/{source,target}.model   the SentencePiece models
//   out/best/, out/last/                model directories (seq2seq_checkpoint.h);
//                                       last/ also holds train_state.json and
//                                       train_state.safetensors
//   out/log.csv                         step, epochs done, lr, train loss, valid loss,
//                                       valid BLEU, target tokens/s
#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>

#include "attn/models/seq2seq.h"

namespace attn::models {

struct NMTTrainConfig {
  // The network; its vocabulary sizes come from the subword models.
  Seq2SeqConfig model = {};

  std::filesystem::path train_source, train_target;  // one sentence a line, aligned by line
  std::filesystem::path valid_source, valid_target;
  std::filesystem::path out_dir;

  // Subwords ("subword" object of the config).
  bool joint_vocabulary = false;                         // one model trained on both sides of the training split
  std::int64_t vocab_size = 8000;                        // the joint model's size, and the default of the two below
  std::int64_t source_vocab_size = 0;                    // 0: vocab_size
  std::int64_t target_vocab_size = 0;                    // 0: vocab_size
  std::string subword_type = "unigram";                  // "unigram" or "bpe"
  std::filesystem::path source_subword, target_subword;  // given models (both or neither): no training
  std::int64_t subword_max_sentences = 0;                // train on a sample of this many (0: all)

  std::int64_t batch_tokens = 4000;  // B * max(S, T) of a batch, at most
  std::int64_t max_source_length = 100;
  std::int64_t max_target_length = 100;
  std::int64_t steps = 10000;   // at most
  std::int64_t max_epochs = 0;  // 0: no limit
  double lr = 1e-3;
  double beta1 = 0.9;
  double beta2 = 0.999;
  double grad_clip = 5.0;  // 0: no clipping
  double label_smoothing = 0.1;
  double plateau_factor = 0.5;        // lr *= factor when the valid loss stalls
  std::int64_t plateau_patience = 0;  // evaluations without improvement tolerated
  double min_lr = 1e-5;
  std::int64_t eval_every = 500;
  std::int64_t bleu_sentences = 100;         // 0: no BLEU
  std::int64_t early_stopping_patience = 5;  // 0: never stop early
  std::int64_t checkpoint_every = 500;
  std::int64_t log_every = 50;
  std::string save_dtype = "f32";  // out/best weights: "f32" or "f16" (out/last is always f32)
  std::uint64_t seed = 1;
};

// Reads a JSON config. Every key must be known and of the right type; errors name the
// file and the key. Relative paths are taken relative to the config file's directory.
NMTTrainConfig read_nmt_train_config(const std::filesystem::path& path);

struct NMTTrainOptions {
  bool resume = false;          // continue from out/last when it exists
  std::int64_t stop_after = 0;  // > 0: stop (with a checkpoint) after this step, as an interruption would
  std::ostream* log = nullptr;  // progress lines; null: silent
};

struct NMTTrainSummary {
  std::int64_t steps_done = 0;
  std::int64_t epochs_done = 0;  // complete passes over the training pairs
  double last_train_loss = 0.0;
  double best_valid_loss = 0.0;  // +inf when never evaluated
  double best_valid_bleu = 0.0;  // BLEU at the evaluation of the best loss
  double tokens_per_s = 0.0;     // target tokens a second in this run
  double seconds = 0.0;          // wall time of this run's steps and evaluations
  double total_seconds = 0.0;    // ... of every run of this training (resumes included)
  bool early_stopped = false;
};

NMTTrainSummary train_nmt(const NMTTrainConfig& config, const NMTTrainOptions& options);

}  // namespace attn::models
