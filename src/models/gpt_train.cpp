#include "attn/models/gpt_train.h"

#include <chrono>
#include <cmath>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>
#include <sstream>

#include "attn/autograd.h"
#include "attn/data/token_file.h"
#include "attn/data/tokenizer.h"
#include "attn/error.h"
#include "attn/io/atomic_file.h"
#include "attn/io/safetensors.h"
#include "attn/models/gpt_checkpoint.h"
#include "attn/models/gpt_generate.h"
#include "attn/ops/elementwise.h"
#include "attn/train/clip.h"
#include "attn/train/optimizer.h"
#include "attn/train/run_dir.h"
#include "attn/train/schedule.h"
#include "io/json_config.h"
#include "io/json_file.h"

namespace attn::models {
namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

}  // namespace

GPTTrainConfig read_gpt_train_config(const fs::path& path) {
  const json j = read_json_file(path, "the training config");
  ATTN_CHECK(j.is_object(), path.string(), ": expected a JSON object of settings");
  GPTTrainConfig c;
  JsonConfigReader r(path, j, "", "docs/gpt.md");
  if (const json* model = r.object("model")) {
    const json& m = *model;
    JsonConfigReader mr(path, m, "model.", "docs/gpt.md");
    std::string preset = "small";
    mr.read("preset", preset);
    try {
      c.model = GPTConfig::named(preset);
    } catch (const Error& e) {
      ATTN_CHECK(false, path.string(), ": model.preset: ", e.what());
    }
    mr.read("layers", c.model.layers);
    mr.read("heads", c.model.heads);
    mr.read("width", c.model.width);
    mr.read("context_length", c.model.context_length);
    mr.read("dropout", c.model.dropout);
    mr.read("tie_embeddings", c.model.tie_embeddings);
    mr.read("qkv_bias", c.model.qkv_bias);
    mr.reject_unknown();
  }
  r.read("tokenizer", c.tokenizer);
  r.read("train", c.train_files);
  r.read("valid", c.valid_file);
  r.read("valid_fraction", c.valid_fraction);
  r.read("out", c.out_dir);
  r.read("batch_size", c.batch_size);
  r.read("seq_len", c.seq_len);
  r.read("grad_accum", c.grad_accum);
  r.read("steps", c.steps);
  r.read("warmup_steps", c.warmup_steps);
  r.read("lr", c.lr);
  r.read("min_lr", c.min_lr);
  r.read("weight_decay", c.weight_decay);
  r.read("beta1", c.beta1);
  r.read("beta2", c.beta2);
  r.read("grad_clip", c.grad_clip);
  r.read("log_every", c.log_every);
  r.read("eval_every", c.eval_every);
  r.read("eval_batches", c.eval_batches);
  r.read("checkpoint_every", c.checkpoint_every);
  r.read("sample_every", c.sample_every);
  r.read("sample_tokens", c.sample_tokens);
  r.read("sample_prompt", c.sample_prompt);
  r.read("sample_temperature", c.sample_temperature);
  r.read("sample_top_k", c.sample_top_k);
  r.read("seed", c.seed);
  r.reject_unknown();

  r.expect(c.tokenizer == "char" || c.tokenizer == "gpt2", "tokenizer", "must be \"char\" or \"gpt2\"");
  r.expect(!c.train_files.empty(), "train", "is required: the training text file(s)");
  r.expect(!c.out_dir.empty(), "out", "is required: the output directory");
  r.expect(c.batch_size > 0 && c.seq_len > 0 && c.grad_accum > 0 && c.steps > 0, "batch_size/seq_len/grad_accum/steps",
           "must be positive");
  r.expect(c.seq_len <= c.model.context_length, "seq_len", "must not exceed model.context_length");
  r.expect(c.valid_fraction > 0.0 && c.valid_fraction < 1.0, "valid_fraction", "must lie in (0, 1)");
  r.expect(c.warmup_steps >= 0 && c.warmup_steps < c.steps, "warmup_steps", "must lie in [0, steps)");
  r.expect(c.lr > 0.0 && c.min_lr >= 0.0 && c.min_lr <= c.lr, "lr/min_lr", "must satisfy 0 <= min_lr <= lr, lr > 0");
  r.expect(c.log_every > 0 && c.eval_every > 0 && c.eval_batches > 0 && c.checkpoint_every > 0,
           "log_every/eval_every/eval_batches/checkpoint_every", "must be positive");
  c.model.vocab_size = 1;  // set from the tokenizer
  validate_in(path, "model: ", [&] { c.model.validate(); });
  return c;
}

namespace {

// --- Data -----------------------------------------------------------------------------

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  ATTN_CHECK(in.good(), "cannot read the text file ", path.string());
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ATTN_CHECK(!text.empty(), "the text file ", path.string(), " is empty");
  return text;
}

// Tokenises `text` (errors name `source`), or reuses the cache at `cache` when it was
// made from the same text by the same tokenizer.
std::vector<std::int32_t> tokens_of(const std::string& text, const std::string& source, const data::Tokenizer& tok,
                                    const fs::path& cache, std::ostream* log) {
  const std::uint64_t key = data::fnv1a64(text, data::fnv1a64(tok.name() + std::to_string(tok.vocab_size())));
  if (fs::exists(cache)) {
    data::TokenFile cached = data::read_token_file(cache);
    if (cached.source_key == key && cached.tokenizer == tok.name() && cached.vocab_size == tok.vocab_size()) {
      return std::move(cached.ids);
    }
  }
  std::vector<std::int32_t> ids;
  try {
    ids = tok.encode(text);
  } catch (const Error& e) {
    ATTN_CHECK(false, source, ": ", e.what());
  }
  data::write_token_file(cache, {ids, tok.vocab_size(), key, tok.name()});
  if (log)
    *log << "tokenised " << source << ": " << text.size() << " bytes -> " << ids.size() << " tokens, cached in "
         << cache.string() << "\n";
  return ids;
}

// (B, T) inputs and the targets one position later, from windows starting at `starts`.
struct Batch {
  Tensor ids, targets;
};
Batch make_batch(const std::vector<std::int32_t>& tokens, const std::vector<std::int64_t>& starts, std::int64_t t) {
  const auto b = static_cast<std::int64_t>(starts.size());
  std::vector<std::int64_t> ids(static_cast<std::size_t>(b * t)), targets(ids.size());
  for (std::int64_t i = 0; i < b; ++i) {
    for (std::int64_t j = 0; j < t; ++j) {
      ids[i * t + j] = tokens[starts[i] + j];
      targets[i * t + j] = tokens[starts[i] + j + 1];
    }
  }
  return {from_ids(ids, {b, t}), from_ids(targets, {b, t})};
}

// --- Training state -------------------------------------------------------------------

struct HistoryRow {
  std::int64_t step;
  double lr, train_loss, valid_loss, tokens_per_s;  // valid_loss NaN when not evaluated
};

std::string history_csv(const std::vector<HistoryRow>& rows) {
  std::ostringstream out;
  out << "step,lr,train_loss,valid_loss,tokens_per_s\n";
  out.precision(6);
  for (const auto& r : rows) {
    out << r.step << ',' << r.lr << ',' << r.train_loss << ',';
    if (!std::isnan(r.valid_loss)) out << r.valid_loss;
    out << ',' << r.tokens_per_s << '\n';
  }
  return out.str();
}

class Trainer {
 public:
  Trainer(const GPTTrainConfig& config, const TrainRunOptions& options)
      : c_(config), options_(options), log_(options.log), data_gen_(config.seed ^ 0x9e3779b97f4a7c15ull) {}

  TrainSummary run() {
    fs::create_directories(c_.out_dir);
    const fs::path last = c_.out_dir / "last";
    train::recover_directory(last);
    train::recover_directory(c_.out_dir / "best");
    const bool resuming = options_.resume && fs::exists(last / "train_state.json");
    load_data(resuming ? last : fs::path());
    build_model();
    if (resuming) restore(last);
    say("model: " + std::to_string(model_->num_parameters()) + " parameters (L = " + std::to_string(mc_.layers) +
        ", H = " + std::to_string(mc_.heads) + ", C = " + std::to_string(mc_.width) +
        ", V = " + std::to_string(mc_.vocab_size) + "), " + std::to_string(train_.size()) + " training tokens, " +
        std::to_string(valid_.size()) + " held-out" + (resuming ? ", resuming at step " + std::to_string(step_) : ""));
    return loop();
  }

 private:
  void say(const std::string& line) {
    if (log_) *log_ << line << std::endl;
  }

  void load_data(const fs::path& resume_dir) {
    std::string text;
    for (const auto& f : c_.train_files) text += read_text(f) + "\n";
    std::string valid_text = c_.valid_file.empty() ? std::string() : read_text(c_.valid_file);
    if (!resume_dir.empty()) {
      tokenizer_ = data::load_tokenizer(resume_dir);
    } else if (c_.tokenizer == "gpt2") {
      tokenizer_ = data::load_gpt2_tokenizer(data::default_gpt2_vocab_dir());
    } else {
      tokenizer_ = data::make_char_tokenizer(text + valid_text);
    }
    std::vector<std::int32_t> all =
        tokens_of(text, c_.train_files.front().string(), *tokenizer_, c_.out_dir / "tokens-train.bin", log_);
    if (c_.valid_file.empty()) {
      const auto n_valid = static_cast<std::size_t>(static_cast<double>(all.size()) * c_.valid_fraction);
      valid_.assign(all.end() - static_cast<std::ptrdiff_t>(n_valid), all.end());
      all.resize(all.size() - n_valid);
      train_ = std::move(all);
    } else {
      train_ = std::move(all);
      valid_ = tokens_of(valid_text, c_.valid_file.string(), *tokenizer_, c_.out_dir / "tokens-valid.bin", log_);
    }
    ATTN_CHECK(static_cast<std::int64_t>(train_.size()) > c_.seq_len + 1, "the training text has ", train_.size(),
               " tokens, too few for windows of seq_len = ", c_.seq_len, " + 1");
    ATTN_CHECK(static_cast<std::int64_t>(valid_.size()) > c_.seq_len + 1, "the held-out text has ", valid_.size(),
               " tokens, too few for windows of seq_len = ", c_.seq_len, " + 1 (raise valid_fraction or give valid)");
  }

  void build_model() {
    mc_ = c_.model;
    mc_.vocab_size = tokenizer_->vocab_size();
    Generator gen(c_.seed);
    model_ = std::make_shared<GPT>(mc_, gen);
    nn::NamedTensors decay, no_decay;
    for (const auto& [name, p] : model_->named_parameters()) (p.dim() >= 2 ? decay : no_decay).emplace_back(name, p);
    decay_ = std::make_unique<train::AdamW>(
        decay, train::AdamOptions{.lr = c_.lr, .beta1 = c_.beta1, .beta2 = c_.beta2, .weight_decay = c_.weight_decay});
    no_decay_ = std::make_unique<train::AdamW>(
        no_decay, train::AdamOptions{.lr = c_.lr, .beta1 = c_.beta1, .beta2 = c_.beta2, .weight_decay = 0.0});
    dropout_gens_ = train::dropout_generators(*model_);
    schedule_ = std::make_unique<train::WarmupCosineSchedule>(train::WarmupCosineOptions{
        .peak_lr = c_.lr, .min_lr = c_.min_lr, .warmup_steps = c_.warmup_steps, .total_steps = c_.steps});
  }

  // --- Checkpoints ---

  void save_last() {
    train::replace_directory(c_.out_dir / "last", [&](const fs::path& dir) {
      save_gpt(*model_, dir);
      tokenizer_->save(dir);
      nn::NamedTensors state;
      for (auto& [name, t] : decay_->state()) state.emplace_back("decay." + name, t);
      for (auto& [name, t] : no_decay_->state()) state.emplace_back("no_decay." + name, t);
      save_safetensors((dir / "train_state.safetensors").string(), state);
      json j;
      j["step"] = step_;
      j["data_generator_position"] = data_gen_.position();
      j["dropout_generator_positions"] = json::array();
      for (const Generator* g : dropout_gens_) j["dropout_generator_positions"].push_back(g->position());
      j["best_valid_loss"] = std::isinf(best_valid_) ? json(nullptr) : json(best_valid_);
      j["history"] = json::array();
      for (const auto& r : history_) {
        j["history"].push_back({r.step, r.lr, r.train_loss,
                                std::isnan(r.valid_loss) ? json(nullptr) : json(r.valid_loss), r.tokens_per_s});
      }
      write_file_atomically(dir / "train_state.json", j.dump() + "\n");
    });
    write_file_atomically(c_.out_dir / "log.csv", history_csv(history_));
  }

  void save_best() {
    train::replace_directory(c_.out_dir / "best", [&](const fs::path& dir) {
      save_gpt(*model_, dir);
      tokenizer_->save(dir);
    });
  }

  void restore(const fs::path& dir) {
    const auto saved = load_gpt(dir);
    ATTN_CHECK(saved->config().layers == mc_.layers && saved->config().width == mc_.width &&
                   saved->config().heads == mc_.heads && saved->config().vocab_size == mc_.vocab_size &&
                   saved->config().context_length == mc_.context_length,
               dir.string(), ": the checkpoint's model does not match the config's (remove ", c_.out_dir.string(),
               " or resume with the config it was trained with)");
    {
      NoGradGuard no_grad;
      const auto from = saved->named_parameters();
      const auto to = model_->named_parameters();
      for (std::size_t i = 0; i < to.size(); ++i) copy_into(to[i].second, from[i].second);
    }
    const SafetensorsFile state_file = load_safetensors((dir / "train_state.safetensors").string());
    nn::NamedTensors decay_state, no_decay_state;
    for (const auto& entry : state_file.entries()) {
      const bool is_decay = entry.name.rfind("decay.", 0) == 0;
      const bool is_no_decay = entry.name.rfind("no_decay.", 0) == 0;
      ATTN_CHECK(is_decay || is_no_decay, state_file.path(), ": unexpected tensor ", entry.name);
      // The step counters are f64, the moments f32: each comes back as it was saved.
      const DType dtype = entry.dtype == StoredDType::F64 ? DType::F64 : DType::F32;
      (is_decay ? decay_state : no_decay_state)
          .emplace_back(entry.name.substr(is_decay ? 6 : 9), state_file.get(entry.name, dtype));
    }
    decay_->load_state(decay_state);
    no_decay_->load_state(no_decay_state);
    const json j = read_json_file(dir / "train_state.json", "the training state");
    step_ = j.at("step").get<std::int64_t>();
    data_gen_.set_position(j.at("data_generator_position").get<std::uint64_t>());
    const auto& positions = j.at("dropout_generator_positions");
    ATTN_CHECK(positions.size() == dropout_gens_.size(), (dir / "train_state.json").string(), ": ", positions.size(),
               " dropout generator positions for ", dropout_gens_.size(), " dropout layers");
    for (std::size_t i = 0; i < dropout_gens_.size(); ++i)
      dropout_gens_[i]->set_position(positions[i].get<std::uint64_t>());
    best_valid_ = j.at("best_valid_loss").is_null() ? std::numeric_limits<double>::infinity()
                                                    : j.at("best_valid_loss").get<double>();
    for (const auto& r : j.at("history")) {
      history_.push_back({r[0].get<std::int64_t>(), r[1].get<double>(), r[2].get<double>(),
                          r[3].is_null() ? std::nan("") : r[3].get<double>(), r[4].get<double>()});
    }
  }

  // --- Steps ---

  double evaluate() {
    model_->eval();
    NoGradGuard no_grad;
    const auto max_start = static_cast<std::int64_t>(valid_.size()) - c_.seq_len - 1;
    const std::int64_t windows = c_.eval_batches * c_.batch_size;
    double sum = 0.0;
    for (std::int64_t b = 0; b < c_.eval_batches; ++b) {
      std::vector<std::int64_t> starts;
      for (std::int64_t i = 0; i < c_.batch_size; ++i) {
        starts.push_back(max_start * (b * c_.batch_size + i) / std::max<std::int64_t>(1, windows - 1));
      }
      const Batch batch = make_batch(valid_, starts, c_.seq_len);
      sum += model_->loss(batch.ids, batch.targets).item();
    }
    model_->train();
    return sum / static_cast<double>(c_.eval_batches);
  }

  void sample() {
    model_->eval();
    std::vector<std::int32_t> prompt32 = tokenizer_->encode(c_.sample_prompt);
    if (prompt32.empty() && tokenizer_->end_of_text()) prompt32.push_back(*tokenizer_->end_of_text());
    if (!prompt32.empty()) {
      const std::vector<std::int64_t> prompt(prompt32.begin(), prompt32.end());
      GenerateOptions o;
      o.max_new_tokens =
          std::min<std::int64_t>(c_.sample_tokens, mc_.context_length - static_cast<std::int64_t>(prompt.size()));
      o.sampling = {.temperature = c_.sample_temperature,
                    .top_k = c_.sample_top_k,
                    .seed = c_.seed + static_cast<std::uint64_t>(step_)};
      o.stop_token = tokenizer_->end_of_text();
      const GenerateResult r = generate(*model_, prompt, o);
      const std::vector<std::int32_t> ids(r.tokens.begin(), r.tokens.end());
      say("sample at step " + std::to_string(step_) + ":\n" + c_.sample_prompt + tokenizer_->decode(ids) + "\n---");
    }
    model_->train();
  }

  TrainSummary loop() {
    model_->train();
    const auto tokens_per_step = c_.batch_size * c_.seq_len * c_.grad_accum;
    const auto max_start = static_cast<std::uint64_t>(train_.size()) - static_cast<std::uint64_t>(c_.seq_len) - 1;
    const std::int64_t first_step = step_;
    const std::int64_t last_step = options_.stop_after > 0 ? std::min(c_.steps, options_.stop_after) : c_.steps;
    const auto t0 = std::chrono::steady_clock::now();
    auto since = t0;
    std::int64_t tokens_since = 0;
    double loss = 0.0, rate = 0.0;
    while (step_ < last_step) {
      const double lr = schedule_->lr_at(step_);
      decay_->set_lr(lr);
      no_decay_->set_lr(lr);
      // (no zero_grad: the gradients are undefined at the first step of a run and left
      // zero by the last step_and_zero_grad, so backward adds into them in place)
      loss = 0.0;
      for (std::int64_t micro = 0; micro < c_.grad_accum; ++micro) {
        std::vector<std::int64_t> starts(static_cast<std::size_t>(c_.batch_size));
        for (auto& s : starts) s = static_cast<std::int64_t>(data_gen_.below(max_start + 1));
        const Batch batch = make_batch(train_, starts, c_.seq_len);
        const Tensor l = model_->loss(batch.ids, batch.targets);
        loss += l.item() / static_cast<double>(c_.grad_accum);
        (c_.grad_accum == 1 ? l : scale(l, 1.0 / static_cast<double>(c_.grad_accum))).backward();
      }
      const double norm = c_.grad_clip > 0 ? train::grad_norm(model_->parameters()) : 0.0;
      ATTN_CHECK(std::isfinite(loss) && std::isfinite(norm), "training diverged at step ", step_ + 1, ": loss ", loss,
                 ", gradient norm ", norm, " (lower lr, or raise warmup_steps)");
      const double clip = c_.grad_clip > 0 ? train::clip_coefficient(norm, c_.grad_clip) : 1.0;
      decay_->step_and_zero_grad(clip);
      no_decay_->step_and_zero_grad(clip);
      ++step_;
      tokens_since += tokens_per_step;

      const bool log_now = step_ % c_.log_every == 0 || step_ == c_.steps;
      const bool eval_now = step_ % c_.eval_every == 0 || step_ == c_.steps;
      double valid = std::nan("");
      if (log_now || eval_now) {
        const auto now = std::chrono::steady_clock::now();
        const double seconds = std::chrono::duration<double>(now - since).count();
        rate = seconds > 0 ? static_cast<double>(tokens_since) / seconds : 0.0;
        since = now;
        tokens_since = 0;
      }
      if (eval_now) {
        valid = evaluate();
        if (valid < best_valid_) {
          best_valid_ = valid;
          save_best();
        }
      }
      if (log_now || eval_now) {
        history_.push_back({step_, lr, loss, valid, rate});
        std::ostringstream line;
        line.precision(4);
        line << "step " << step_ << "/" << c_.steps << " | loss " << std::fixed << loss;
        if (!std::isnan(valid)) line << " | held-out " << valid;
        line << std::defaultfloat << " | lr " << lr << " | " << static_cast<std::int64_t>(rate) << " tok/s";
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const double per_step = elapsed / static_cast<double>(step_ - first_step);
        line << " | ETA " << train::format_duration(per_step * static_cast<double>(c_.steps - step_));
        say(line.str());
      }
      if (c_.sample_every > 0 && step_ % c_.sample_every == 0) sample();
      if (step_ % c_.checkpoint_every == 0 || step_ == last_step) save_last();
    }
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    TrainSummary s;
    s.steps_done = step_;
    s.last_train_loss = loss;
    s.best_valid_loss = best_valid_;
    s.tokens_per_s = elapsed > 0 ? static_cast<double>((step_ - first_step) * tokens_per_step) / elapsed : 0.0;
    return s;
  }

  const GPTTrainConfig& c_;
  TrainRunOptions options_;
  std::ostream* log_;
  Generator data_gen_;
  std::unique_ptr<data::Tokenizer> tokenizer_;
  std::vector<std::int32_t> train_, valid_;
  GPTConfig mc_;
  std::shared_ptr<GPT> model_;
  std::unique_ptr<train::AdamW> decay_, no_decay_;
  std::unique_ptr<train::LrSchedule> schedule_;
  std::vector<Generator*> dropout_gens_;
  std::vector<HistoryRow> history_;
  std::int64_t step_ = 0;
  double best_valid_ = std::numeric_limits<double>::infinity();
};

}  // namespace

TrainSummary train_gpt(const GPTTrainConfig& config, const TrainRunOptions& options) {
  return Trainer(config, options).run();
}

}  // namespace attn::models
