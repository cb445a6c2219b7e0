// attn demo: what `make demo` runs. First the bundled trained models (demo_parts.h:
// a sample from the GPT), then a model trained from scratch in seconds: a
// character-level GRU language model on the bundled King James Genesis 1-11,
// checkpointed in safetensors (resumable), evaluated on held-out verses and sampled
// from.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/io/safetensors.h"
#include "attn/nn/embedding.h"
#include "attn/nn/linear.h"
#include "attn/nn/rnn.h"
#include "attn/ops.h"
#include "attn/train/clip.h"
#include "attn/train/optimizer.h"
#include "attn/train/schedule.h"
#include "commands.h"
#include "demo_parts.h"

namespace attn::cli {
namespace {

struct DemoOptions {
  std::string data = "data/kjv-genesis.txt";
  std::string out = "build/demo";
  std::int64_t steps = 300;
  std::int64_t batch = 32;    // B
  std::int64_t context = 64;  // T
  std::int64_t hidden = 256;  // H
  std::int64_t embed = 64;    // C
  double lr = 5e-3;
  std::uint64_t seed = 1;
  bool resume = false;
  std::string prompt = "And God said";
  std::int64_t sample_chars = 240;
  std::string gpt_model = bundled_model_dir("gpt-kjv-small");
  std::string nmt_model = bundled_model_dir("nmt-es-en-small");
  bool skip_models = false;  // only the GRU training (the tests' quick run)
};

// Bytes of the text <-> ids 0..V-1 in byte order.
struct CharVocab {
  std::string chars;
  std::vector<std::int64_t> id_of = std::vector<std::int64_t>(256, -1);

  explicit CharVocab(const std::string& text) {
    std::vector<bool> seen(256, false);
    for (unsigned char c : text) seen[c] = true;
    for (int c = 0; c < 256; ++c)
      if (seen[c]) {
        id_of[c] = static_cast<std::int64_t>(chars.size());
        chars.push_back(static_cast<char>(c));
      }
  }
  std::int64_t size() const { return static_cast<std::int64_t>(chars.size()); }
  std::vector<std::int64_t> encode(const std::string& s, const std::string& what) const {
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < s.size(); ++i) {
      std::int64_t id = id_of[static_cast<unsigned char>(s[i])];
      ATTN_CHECK(id >= 0, what, ": character '", s[i], "' at byte ", i, " is not in the corpus's vocabulary");
      ids.push_back(id);
    }
    return ids;
  }
};

// ids (T, B) -> embeddings (T, B, C) -> GRU (T, B, H) -> logits (T, B, V).
class CharGRU : public nn::Module {
 public:
  CharGRU(std::int64_t vocab, std::int64_t embed, std::int64_t hidden, Generator& gen)
      : embed_(register_module("embed", std::make_shared<nn::Embedding>(vocab, embed, gen))),
        gru_(register_module(
            "gru", std::make_shared<nn::GRU>(nn::RNNOptions{.input_size = embed, .hidden_size = hidden}, gen))),
        head_(register_module("head", std::make_shared<nn::Linear>(hidden, vocab, gen))) {}

  // ids (T, B) I64, h0 (1, B, H) or undefined -> {logits (T, B, V), h_n (1, B, H)}
  std::pair<Tensor, Tensor> forward(const Tensor& ids, const Tensor& h0) {
    nn::GRUOutput r = gru_->forward(embed_->forward(ids), h0);
    return {head_->forward(r.output), r.h_n};
  }

 private:
  std::shared_ptr<nn::Embedding> embed_;
  std::shared_ptr<nn::GRU> gru_;
  std::shared_ptr<nn::Linear> head_;
};

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  ATTN_CHECK(in, "demo: cannot open corpus ", path, " (run from the repository root or pass --data)");
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  ATTN_CHECK(text.size() > 1000, "demo: corpus ", path, " has ", text.size(), " bytes; expected at least 1000");
  return text;
}

// Windows of context+1 ids starting at `starts`: inputs (T, B) and targets (T, B).
std::pair<Tensor, Tensor> windows(const std::vector<std::int64_t>& ids, const std::vector<std::int64_t>& starts,
                                  std::int64_t context) {
  const std::int64_t b = static_cast<std::int64_t>(starts.size());
  std::vector<std::int64_t> x(context * b), y(context * b);
  for (std::int64_t j = 0; j < b; ++j)
    for (std::int64_t t = 0; t < context; ++t) {
      x[t * b + j] = ids[starts[j] + t];
      y[t * b + j] = ids[starts[j] + t + 1];
    }
  return {from_ids(x, {context, b}), from_ids(y, {context, b})};
}

Tensor lm_loss(CharGRU& model, const Tensor& x, const Tensor& y, std::int64_t vocab) {
  Tensor logits = model.forward(x, Tensor()).first;
  return cross_entropy(reshape(logits, {-1, vocab}), reshape(y, {-1}));
}

// Mean loss over consecutive held-out windows.
double heldout_loss(CharGRU& model, const std::vector<std::int64_t>& ids, std::int64_t context, std::int64_t vocab) {
  NoGradGuard no_grad;
  model.eval();
  std::vector<std::int64_t> starts;
  for (std::int64_t s = 0; s + context + 1 <= static_cast<std::int64_t>(ids.size()); s += context) starts.push_back(s);
  auto [x, y] = windows(ids, starts, context);
  double loss = lm_loss(model, x, y, vocab).item();
  model.train();
  return loss;
}

std::string sample(CharGRU& model, const CharVocab& vocab, const std::string& prompt, std::int64_t n,
                   double temperature, Generator& gen) {
  NoGradGuard no_grad;
  model.eval();
  std::vector<std::int64_t> ids = vocab.encode(prompt, "demo --prompt");
  auto [logits, h] = model.forward(from_ids(ids, {static_cast<std::int64_t>(ids.size()), 1}), Tensor());
  Tensor last = narrow(logits, 0, logits.size(0) - 1, 1);
  std::string out = prompt;
  for (std::int64_t i = 0; i < n; ++i) {
    std::vector<double> p = softmax(scale(reshape(last, {-1}), 1.0 / temperature)).to_vector();
    double u = gen.uniform(), acc = 0;
    std::int64_t next = static_cast<std::int64_t>(p.size()) - 1;
    for (std::size_t k = 0; k < p.size(); ++k)
      if ((acc += p[k]) > u) {
        next = static_cast<std::int64_t>(k);
        break;
      }
    out.push_back(vocab.chars[next]);
    std::tie(last, h) = model.forward(from_ids({next}, {1, 1}), h);
  }
  model.train();
  return out;
}

std::string format_seconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%dm%02ds", static_cast<int>(s) / 60, static_cast<int>(s) % 60);
  return buf;
}

void save_checkpoint(const std::string& path, const CharGRU& model, const train::Optimizer& opt, const Generator& gen,
                     const DemoOptions& o, const CharVocab& vocab) {
  nn::NamedTensors tensors = model.named_parameters();
  for (auto& [name, t] : opt.state()) tensors.emplace_back("optimizer." + name, t);
  nlohmann::json config = {{"vocab", vocab.chars}, {"hidden", o.hidden}, {"embed", o.embed},
                           {"context", o.context}, {"batch", o.batch},   {"seed", o.seed}};
  save_safetensors(path, tensors,
                   {{"format", "attn-demo-char-gru"},
                    {"config", config.dump()},
                    {"step", std::to_string(opt.step_count())},
                    {"generator_position", std::to_string(gen.position())}});
}

void run_demo(const DemoOptions& o) {
  if (!o.skip_models) {
    run_gpt_demo({.model = o.gpt_model, .prompt = o.prompt, .seed = o.seed});
    run_nmt_demo({.model = o.nmt_model,
                  .data_dir = (std::filesystem::path(ATTN_SOURCE_DIR) / "data/nmt-es-en-small").string(),
                  .out_dir = o.out});
  }
  const std::string text = read_text(o.data);
  const CharVocab vocab(text);
  const std::vector<std::int64_t> ids = vocab.encode(text, o.data);
  const std::int64_t split = static_cast<std::int64_t>(ids.size()) * 9 / 10;
  const std::vector<std::int64_t> train_ids(ids.begin(), ids.begin() + split);
  const std::vector<std::int64_t> valid_ids(ids.begin() + split, ids.end());
  const std::int64_t V = vocab.size();

  Generator init_gen(o.seed);
  CharGRU model(V, o.embed, o.hidden, init_gen);
  train::AdamW opt(model.named_parameters(), {.lr = o.lr, .weight_decay = 0.01});
  train::WarmupCosineSchedule schedule(
      {.peak_lr = o.lr, .min_lr = o.lr / 10, .warmup_steps = o.steps / 20, .total_steps = o.steps});
  Generator batch_gen(o.seed + 1);

  std::filesystem::create_directories(o.out);
  const std::string ckpt = o.out + "/char-gru.safetensors";
  std::printf("attn demo: a character-level GRU language model on %s\n", o.data.c_str());
  std::printf("  corpus %zu bytes (%lld train, %lld held out), V = %lld characters\n", text.size(),
              static_cast<long long>(train_ids.size()), static_cast<long long>(valid_ids.size()),
              static_cast<long long>(V));
  std::printf("  model: embedding (V, %lld) -> GRU (H = %lld) -> linear (H, V): %lld parameters\n",
              static_cast<long long>(o.embed), static_cast<long long>(o.hidden),
              static_cast<long long>(model.num_parameters()));
  std::printf("  training: %lld steps of B = %lld windows x T = %lld characters, AdamW, warmup + cosine, clip 1.0\n",
              static_cast<long long>(o.steps), static_cast<long long>(o.batch), static_cast<long long>(o.context));

  if (o.resume && std::filesystem::exists(ckpt)) {
    SafetensorsFile file = load_safetensors(ckpt);
    nn::NamedTensors params = model.named_parameters();
    load_into(file, params, UnusedTensors::Ignore);
    nn::NamedTensors state = opt.state();
    for (auto& [name, t] : state) t = file.get("optimizer." + name, t.dtype());
    opt.load_state(state);
    batch_gen.set_position(std::stoull(file.metadata().at("generator_position")));
    std::printf("  resumed from %s at step %lld\n", ckpt.c_str(), static_cast<long long>(opt.step_count()));
  }

  const double uniform_loss = std::log(static_cast<double>(V));
  const double start_loss = heldout_loss(model, valid_ids, o.context, V);
  std::printf("  held-out loss before training: %.3f (a uniform guess: %.3f)\n", start_loss, uniform_loss);

  const auto t0 = std::chrono::steady_clock::now();
  const std::int64_t first_step = opt.step_count();
  double running = 0;
  for (std::int64_t step = first_step; step < o.steps; ++step) {
    std::vector<std::int64_t> starts(o.batch);
    for (auto& s : starts) s = static_cast<std::int64_t>(batch_gen.below(train_ids.size() - o.context - 1));
    auto [x, y] = windows(train_ids, starts, o.context);
    opt.set_lr(schedule.lr_at(step));
    opt.zero_grad();
    Tensor loss = lm_loss(model, x, y, V);
    loss.backward();
    train::clip_grad_norm_(model.parameters(), 1.0);
    opt.step();
    running = step == first_step ? loss.item() : 0.9 * running + 0.1 * loss.item();

    const std::int64_t done = step + 1;
    if (done % 25 == 0 || done == o.steps) {
      const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      const double rate = static_cast<double>((done - first_step) * o.batch * o.context) / secs;
      const double eta = secs / static_cast<double>(done - first_step) * static_cast<double>(o.steps - done);
      std::printf("  step %4lld/%lld  loss %.3f  lr %.2e  %.1fk tokens/s  elapsed %s  ETA %s\n",
                  static_cast<long long>(done), static_cast<long long>(o.steps), running, opt.lr(), rate / 1000,
                  format_seconds(secs).c_str(), format_seconds(eta).c_str());
      std::fflush(stdout);
    }
    if (done % 100 == 0 || done == o.steps) save_checkpoint(ckpt, model, opt, batch_gen, o, vocab);
  }

  const double end_loss = heldout_loss(model, valid_ids, o.context, V);
  std::printf("  held-out loss after training: %.3f (%.2f bits per character; before: %.3f)\n", end_loss,
              end_loss / std::log(2.0), start_loss);
  std::printf("  checkpoint: %s (weights and optimizer state; --resume continues from it)\n", ckpt.c_str());
  Generator sample_gen(o.seed + 2);
  std::printf("\nsample (temperature 0.7):\n%s\n",
              sample(model, vocab, o.prompt, o.sample_chars, 0.7, sample_gen).c_str());
}

}  // namespace

void register_demo(CLI::App& app) {
  auto options = std::make_shared<DemoOptions>();
  CLI::App* cmd = app.add_subcommand(
      "demo",
      "sample from the bundled GPT, translate with the bundled translator, then train a small character-level GRU "
      "language model on the bundled text");
  cmd->add_option("--data", options->data, "training text")->capture_default_str();
  cmd->add_option("--out", options->out, "directory for the checkpoint")->capture_default_str();
  cmd->add_option("--steps", options->steps, "training steps")->capture_default_str()->check(CLI::PositiveNumber);
  cmd->add_option("--seed", options->seed, "seed of initialisation, batches and sampling")->capture_default_str();
  cmd->add_option("--prompt", options->prompt, "text the sample starts from")->capture_default_str();
  cmd->add_flag("--resume", options->resume, "continue from the checkpoint in --out if there is one");
  cmd->add_option("--gpt-model", options->gpt_model, "the bundled GPT to sample from")->capture_default_str();
  cmd->add_option("--nmt-model", options->nmt_model, "the bundled translator")->capture_default_str();
  cmd->add_flag("--skip-models", options->skip_models, "only train the GRU (skip the bundled models)");
  cmd->callback([options] { run_demo(*options); });
}

}  // namespace attn::cli
