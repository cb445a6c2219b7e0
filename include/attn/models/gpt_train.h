// attn models: training a GPT from scratch on text files (see docs/gpt.md, "Training").
//
// A run reads a JSON config (read_gpt_train_config), tokenises its text once into
// token caches in the output directory, and trains on random contiguous windows:
//   for each step:  lr from warmup + cosine decay
//                   grad_accum micro-batches of (batch_size, seq_len) windows,
//                   loss averaged over them, one backward each
//                   clip the global gradient norm, AdamW (weight decay on matrices and
//                   embeddings only, not on biases and LayerNorms)
//   every eval_every steps: the held-out loss over eval_batches fixed windows; a
//                   better one saves out/best
//   every sample_every steps: a sample printed from sample_prompt
//   every checkpoint_every steps, and at the end: out/last (model, tokenizer, and the
//                   training state: optimiser moments, step, generator positions, the
//                   loss history), so that a run killed at any moment resumes from its
//                   last checkpoint and ends with the same weights as a run that was
//                   never interrupted.
// Output directory:
//   out/last/, out/best/   model directories (gpt_checkpoint.h layout + tokenizer files);
//                          last/ also holds train_state.json and train_state.safetensors
//   out/tokens-train.bin, out/tokens-valid.bin   token caches (data/token_file.h)
//   out/log.csv            step, lr, train loss, held-out loss, tokens/s
#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "attn/models/gpt.h"

namespace attn::models {

struct GPTTrainConfig {
  // The model: a named preset ("small", "gpt2", ...; see GPTConfig::named), then any
  // field given explicitly. vocab_size always comes from the tokenizer.
  GPTConfig model = GPTConfig::named("small");
  std::string tokenizer = "char";  // "char" (vocabulary from the training text) or "gpt2"

  std::vector<std::filesystem::path> train_files;  // concatenated, each followed by "\n"
  std::filesystem::path valid_file;                // empty: the last valid_fraction of the text
  double valid_fraction = 0.05;
  std::filesystem::path out_dir;

  std::int64_t batch_size = 16;  // B windows per micro-batch
  std::int64_t seq_len = 128;    // T per window (<= context_length)
  std::int64_t grad_accum = 1;   // micro-batches per step
  std::int64_t steps = 1000;
  std::int64_t warmup_steps = 100;
  double lr = 1e-3;
  double min_lr = 1e-4;
  double weight_decay = 0.1;
  double beta1 = 0.9;
  double beta2 = 0.95;
  double grad_clip = 1.0;  // 0: no clipping

  std::int64_t log_every = 10;
  std::int64_t eval_every = 100;
  std::int64_t eval_batches = 10;
  std::int64_t checkpoint_every = 100;
  std::int64_t sample_every = 500;  // 0: never
  std::int64_t sample_tokens = 200;
  std::string sample_prompt = "\n";
  double sample_temperature = 0.8;
  std::int64_t sample_top_k = 40;
  std::uint64_t seed = 1337;
};

// Reads a JSON config. Every key must be known and of the right type; errors name the
// file and the key. Relative paths are taken relative to the config file's directory.
GPTTrainConfig read_gpt_train_config(const std::filesystem::path& path);

struct TrainRunOptions {
  bool resume = false;          // continue from out/last when it exists
  std::int64_t stop_after = 0;  // > 0: stop (with a checkpoint) after this step, as an interruption would
  std::ostream* log = nullptr;  // progress lines; null: silent
};

struct TrainSummary {
  std::int64_t steps_done = 0;   // the step count at the end
  double last_train_loss = 0.0;  // of the last step
  double best_valid_loss = 0.0;  // +inf when never evaluated
  double tokens_per_s = 0.0;     // training tokens per second in this run
};

TrainSummary train_gpt(const GPTTrainConfig& config, const TrainRunOptions& options);

}  // namespace attn::models
