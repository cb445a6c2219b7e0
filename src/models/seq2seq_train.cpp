#include "attn/models/seq2seq_train.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <functional>
#include <iomanip>
#include <limits>
#include <nlohmann/json.hpp>
#include <numeric>
#include <ostream>
#include <set>
#include <sstream>

#include "attn/autograd.h"
#include "attn/data/corpus_file.h"
#include "attn/data/subword.h"
#include "attn/error.h"
#include "attn/eval/bleu.h"
#include "attn/io/atomic_file.h"
#include "attn/io/safetensors.h"
#include "attn/models/seq2seq_checkpoint.h"
#include "attn/models/translator.h"
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

NMTTrainConfig read_nmt_train_config(const fs::path& path) {
  const json j = read_json_file(path, "the training config");
  ATTN_CHECK(j.is_object(), path.string(), ": expected a JSON object of settings");
  NMTTrainConfig c;
  JsonConfigReader r(path, j, "", "docs/nmt.md");
  if (const json* m = r.object("model")) {
    JsonConfigReader mr(path, *m, "model.", "docs/nmt.md");
    std::string cell = recurrent_cell_name(c.model.cell), attention = seq2seq_attention_name(c.model.attention);
    mr.read("cell", cell);
    mr.read("attention", attention);
    try {
      c.model.cell = parse_recurrent_cell(cell);
      c.model.attention = parse_seq2seq_attention(attention);
    } catch (const Error& e) {
      ATTN_CHECK(false, path.string(), ": model: ", e.what());
    }
    mr.read("layers", c.model.layers);
    mr.read("embed_size", c.model.embed_size);
    mr.read("hidden_size", c.model.hidden_size);
    mr.read("bidirectional", c.model.bidirectional);
    mr.read("attention_size", c.model.attention_size);
    mr.read("local_window", c.model.local_window);
    mr.read("input_feeding", c.model.input_feeding);
    mr.read("dropout", c.model.dropout);
    mr.read("tie_embeddings", c.model.tie_embeddings);
    mr.reject_unknown();
  }
  if (const json* s = r.object("subword")) {
    JsonConfigReader sr(path, *s, "subword.", "docs/nmt.md");
    sr.read("joint", c.joint_vocabulary);
    sr.read("vocab_size", c.vocab_size);
    sr.read("source_vocab_size", c.source_vocab_size);
    sr.read("target_vocab_size", c.target_vocab_size);
    sr.read("type", c.subword_type);
    sr.read("source_model", c.source_subword);
    sr.read("target_model", c.target_subword);
    sr.read("max_sentences", c.subword_max_sentences);
    sr.reject_unknown();
  }
  r.read("train_source", c.train_source);
  r.read("train_target", c.train_target);
  r.read("valid_source", c.valid_source);
  r.read("valid_target", c.valid_target);
  r.read("out", c.out_dir);
  r.read("batch_tokens", c.batch_tokens);
  r.read("max_source_length", c.max_source_length);
  r.read("max_target_length", c.max_target_length);
  r.read("steps", c.steps);
  r.read("max_epochs", c.max_epochs);
  r.read("lr", c.lr);
  r.read("beta1", c.beta1);
  r.read("beta2", c.beta2);
  r.read("grad_clip", c.grad_clip);
  r.read("label_smoothing", c.label_smoothing);
  r.read("plateau_factor", c.plateau_factor);
  r.read("plateau_patience", c.plateau_patience);
  r.read("min_lr", c.min_lr);
  r.read("eval_every", c.eval_every);
  r.read("bleu_sentences", c.bleu_sentences);
  r.read("early_stopping_patience", c.early_stopping_patience);
  r.read("checkpoint_every", c.checkpoint_every);
  r.read("log_every", c.log_every);
  r.read("save_dtype", c.save_dtype);
  r.read("seed", c.seed);
  r.reject_unknown();

  r.expect(!c.train_source.empty() && !c.train_target.empty(), "train_source/train_target",
           "is required: the training corpus, one sentence a line in each language");
  r.expect(!c.valid_source.empty() && !c.valid_target.empty(), "valid_source/valid_target",
           "is required: the validation corpus");
  r.expect(!c.out_dir.empty(), "out", "is required: the output directory");
  r.expect(c.subword_type == "unigram" || c.subword_type == "bpe", "subword.type", "must be \"unigram\" or \"bpe\"");
  r.expect(c.source_subword.empty() == c.target_subword.empty(), "subword.source_model/target_model",
           "must be given both or neither");
  r.expect(c.vocab_size > 4 && c.source_vocab_size >= 0 && c.target_vocab_size >= 0, "subword.vocab_size",
           "must exceed the 4 special pieces");
  r.expect(c.batch_tokens > 0, "batch_tokens", "must be positive");
  r.expect(c.max_source_length > 1 && c.max_target_length > 1, "max_source_length/max_target_length",
           "must be at least 2");
  r.expect(c.steps > 0 && c.max_epochs >= 0, "steps/max_epochs", "must be positive (max_epochs 0: no limit)");
  r.expect(c.lr > 0.0 && c.min_lr >= 0.0 && c.min_lr <= c.lr, "lr/min_lr", "must satisfy 0 <= min_lr <= lr, lr > 0");
  r.expect(c.beta1 >= 0.0 && c.beta1 < 1.0 && c.beta2 >= 0.0 && c.beta2 < 1.0, "beta1/beta2", "must lie in [0, 1)");
  r.expect(c.grad_clip >= 0.0, "grad_clip", "must be >= 0 (0: no clipping)");
  r.expect(c.label_smoothing >= 0.0 && c.label_smoothing < 1.0, "label_smoothing", "must lie in [0, 1)");
  r.expect(c.plateau_factor > 0.0 && c.plateau_factor < 1.0, "plateau_factor", "must lie in (0, 1)");
  r.expect(c.plateau_patience >= 0 && c.early_stopping_patience >= 0 && c.bleu_sentences >= 0,
           "plateau_patience/early_stopping_patience/bleu_sentences", "must be >= 0");
  r.expect(c.eval_every > 0 && c.checkpoint_every > 0 && c.log_every > 0, "eval_every/checkpoint_every/log_every",
           "must be positive");
  r.expect(c.save_dtype == "f32" || c.save_dtype == "f16", "save_dtype", "must be \"f32\" or \"f16\"");
  c.model.source_vocab_size = c.model.target_vocab_size = 5;  // set from the subword models
  validate_in(path, "model: ", [&] { c.model.validate(); });
  return c;
}

namespace {

// --- Data -------------------------------------------------------------------------------

struct Pair {
  std::vector<std::int64_t> source;  // pieces, </s>
  std::vector<std::int64_t> target;  // pieces (no <s>, no </s>)
};

struct Batch {
  Tensor source, source_lengths, target_in, target_out;  // (B, S), (B), (B, T), (B, T)
  std::int64_t target_tokens = 0;                        // non-padding positions of target_out
};

Batch make_batch(const std::vector<Pair>& pairs, const std::vector<std::size_t>& members) {
  const auto b = static_cast<std::int64_t>(members.size());
  std::int64_t s = 0, t = 0;
  for (const std::size_t i : members) {
    s = std::max<std::int64_t>(s, static_cast<std::int64_t>(pairs[i].source.size()));
    t = std::max<std::int64_t>(t, static_cast<std::int64_t>(pairs[i].target.size()) + 1);
  }
  std::vector<std::int64_t> src(static_cast<std::size_t>(b * s), 0), lengths, in(static_cast<std::size_t>(b * t), 0),
      out(in.size(), 0);
  Batch batch;
  for (std::int64_t r = 0; r < b; ++r) {
    const Pair& p = pairs[members[static_cast<std::size_t>(r)]];
    std::copy(p.source.begin(), p.source.end(), src.begin() + r * s);
    lengths.push_back(static_cast<std::int64_t>(p.source.size()));
    in[static_cast<std::size_t>(r * t)] = data::kSubwordBosId;
    for (std::size_t j = 0; j < p.target.size(); ++j) {
      in[static_cast<std::size_t>(r * t) + j + 1] = p.target[j];
      out[static_cast<std::size_t>(r * t) + j] = p.target[j];
    }
    out[static_cast<std::size_t>(r * t) + p.target.size()] = data::kSubwordEosId;
    batch.target_tokens += static_cast<std::int64_t>(p.target.size()) + 1;
  }
  batch.source = from_ids(src, {b, s});
  batch.source_lengths = from_ids(lengths, {b});
  batch.target_in = from_ids(in, {b, t});
  batch.target_out = from_ids(out, {b, t});
  return batch;
}

// Cuts `order` into batches of at most batch_tokens padded tokens, B * max(S, T + 1).
std::vector<std::vector<std::size_t>> cut_batches(const std::vector<Pair>& pairs, const std::vector<std::size_t>& order,
                                                  std::int64_t batch_tokens) {
  std::vector<std::vector<std::size_t>> batches;
  std::vector<std::size_t> current;
  std::int64_t longest = 0;
  for (const std::size_t i : order) {
    const auto length = std::max<std::int64_t>(static_cast<std::int64_t>(pairs[i].source.size()),
                                               static_cast<std::int64_t>(pairs[i].target.size()) + 1);
    const std::int64_t grown = std::max(longest, length);
    if (!current.empty() && static_cast<std::int64_t>(current.size() + 1) * grown > batch_tokens) {
      batches.push_back(std::move(current));
      current.clear();
      longest = length;
    } else {
      longest = grown;
    }
    current.push_back(i);
  }
  if (!current.empty()) batches.push_back(std::move(current));
  return batches;
}

void sort_by_length(const std::vector<Pair>& pairs, std::vector<std::size_t>& order) {
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (pairs[a].source.size() != pairs[b].source.size()) return pairs[a].source.size() < pairs[b].source.size();
    return pairs[a].target.size() < pairs[b].target.size();
  });
}

template <class T>
void shuffle(std::vector<T>& items, Generator& gen) {
  for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[gen.below(i)]);
}

// --- Output -----------------------------------------------------------------------------

struct HistoryRow {
  std::int64_t step, epoch;
  double lr, train_loss, valid_loss, valid_bleu, tokens_per_s;  // valid_* NaN when not evaluated
};

json number_or_null(double x) {
  return std::isnan(x) || std::isinf(x) ? json(nullptr) : json(x);
}
double number_or_nan(const json& j) {
  return j.is_null() ? std::nan("") : j.get<double>();
}

std::string history_csv(const std::vector<HistoryRow>& rows) {
  std::ostringstream out;
  out << "step,epochs_done,lr,train_loss,valid_loss,valid_bleu,tokens_per_s\n";
  out.precision(6);
  for (const auto& r : rows) {
    out << r.step << ',' << r.epoch << ',' << r.lr << ',';
    if (!std::isnan(r.train_loss)) out << r.train_loss;
    out << ',';
    if (!std::isnan(r.valid_loss)) out << r.valid_loss;
    out << ',';
    if (!std::isnan(r.valid_bleu)) out << r.valid_bleu;
    out << ',' << r.tokens_per_s << '\n';
  }
  return out.str();
}

// --- The trainer ------------------------------------------------------------------------

class Trainer {
 public:
  Trainer(const NMTTrainConfig& config, const NMTTrainOptions& options) : c_(config), o_(options) {}

  NMTTrainSummary run() {
    fs::create_directories(c_.out_dir);
    const fs::path last = c_.out_dir / "last";
    train::recover_directory(last);
    train::recover_directory(c_.out_dir / "best");
    const bool resuming = o_.resume && fs::exists(last / "train_state.json");
    prepare_subwords(resuming ? last : fs::path());
    load_data();
    build_model();
    if (resuming) restore(last);
    say("model: " + std::to_string(model_->num_parameters()) + " parameters (" + seq2seq_attention_name(mc_.attention) +
        ", " + recurrent_cell_name(mc_.cell) + ", L = " + std::to_string(mc_.layers) +
        ", E = " + std::to_string(mc_.embed_size) + ", H = " + std::to_string(mc_.hidden_size) +
        ", Vs = " + std::to_string(mc_.source_vocab_size) + ", Vt = " + std::to_string(mc_.target_vocab_size) + ")" +
        (resuming ? ", resuming at step " + std::to_string(step_) : ""));
    return loop();
  }

 private:
  void say(const std::string& line) {
    if (o_.log) *o_.log << line << std::endl;
  }

  // --- Subwords and data ---

  void prepare_subwords(const fs::path& resume_dir) {
    const fs::path dir = c_.out_dir / "subword";
    fs::create_directories(dir);
    const fs::path source = dir / kSeq2SeqSourceSubword, target = dir / kSeq2SeqTargetSubword;
    auto copy = [](const fs::path& from, const fs::path& to) {
      ATTN_CHECK(fs::is_regular_file(from), from.string(), ": no such SentencePiece model");
      fs::copy_file(from, to.string() + ".tmp", fs::copy_options::overwrite_existing);
      fs::rename(to.string() + ".tmp", to);
    };
    if (!resume_dir.empty()) {
      copy(resume_dir / kSeq2SeqSourceSubword, source);
      copy(resume_dir / kSeq2SeqTargetSubword, target);
    } else if (!c_.source_subword.empty()) {
      copy(c_.source_subword, source);
      copy(c_.target_subword, target);
    } else {
      const auto type = c_.subword_type == "bpe" ? data::SubwordModelType::Bpe : data::SubwordModelType::Unigram;
      auto train = [&](std::vector<fs::path> inputs, const fs::path& prefix, std::int64_t size) {
        data::train_subword_model({.inputs = std::move(inputs),
                                   .model_prefix = prefix,
                                   .vocab_size = static_cast<int>(size),
                                   .model_type = type,
                                   .max_sentences = c_.subword_max_sentences});
      };
      const auto started = std::chrono::steady_clock::now();
      if (c_.joint_vocabulary) {
        train({c_.train_source, c_.train_target}, dir / "joint", c_.vocab_size);
        copy(dir / "joint.model", source);
        copy(dir / "joint.model", target);
      } else {
        train({c_.train_source}, dir / "source", c_.source_vocab_size > 0 ? c_.source_vocab_size : c_.vocab_size);
        train({c_.train_target}, dir / "target", c_.target_vocab_size > 0 ? c_.target_vocab_size : c_.vocab_size);
      }
      say("subwords: trained " + std::string(c_.joint_vocabulary ? "a joint model" : "a model per language") + " in " +
          train::format_duration(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()) +
          ", in " + dir.string());
    }
    source_sp_ = std::make_shared<data::SubwordModel>(data::SubwordModel::load(source));
    target_sp_ = std::make_shared<data::SubwordModel>(data::SubwordModel::load(target));
  }

  // The line pairs of two aligned files, encoded; errors name the file and line.
  std::vector<Pair> encode_corpus(const fs::path& source_file, const fs::path& target_file, bool training,
                                  std::vector<std::string>* source_lines = nullptr,
                                  std::vector<std::string>* target_lines = nullptr) {
    const std::vector<std::string> src = data::read_corpus_lines(source_file);
    const std::vector<std::string> tgt = data::read_corpus_lines(target_file);
    ATTN_CHECK(src.size() == tgt.size(), source_file.string(), " has ", src.size(), " lines but ", target_file.string(),
               " has ", tgt.size(), ": a parallel corpus pairs them line by line");
    std::vector<Pair> pairs;
    std::int64_t empty = 0, long_pairs = 0;
    for (std::size_t i = 0; i < src.size(); ++i) {
      const std::vector<int> s = source_sp_->encode(src[i]), t = target_sp_->encode(tgt[i]);
      if (s.empty() || t.empty()) {
        ++empty;
        continue;
      }
      Pair p{{s.begin(), s.end()}, {t.begin(), t.end()}};
      p.source.push_back(data::kSubwordEosId);
      if (training && (static_cast<std::int64_t>(p.source.size()) > c_.max_source_length ||
                       static_cast<std::int64_t>(p.target.size()) + 1 > c_.max_target_length)) {
        ++long_pairs;
        continue;
      }
      pairs.push_back(std::move(p));
      if (source_lines) source_lines->push_back(src[i]);
      if (target_lines) target_lines->push_back(tgt[i]);
    }
    say(source_file.string() + ": " + std::to_string(pairs.size()) + " pairs kept" +
        (empty ? ", " + std::to_string(empty) + " with an empty side left out" : std::string()) +
        (long_pairs ? ", " + std::to_string(long_pairs) + " longer than max_source_length / max_target_length left out"
                    : std::string()));
    ATTN_CHECK(!pairs.empty(), source_file.string(), " and ", target_file.string(), ": no usable sentence pair");
    return pairs;
  }

  void load_data() {
    train_ = encode_corpus(c_.train_source, c_.train_target, /*training=*/true);
    valid_ =
        encode_corpus(c_.valid_source, c_.valid_target, /*training=*/false, &valid_source_lines_, &valid_target_lines_);
    std::vector<std::size_t> order(valid_.size());
    std::iota(order.begin(), order.end(), 0);
    sort_by_length(valid_, order);
    valid_batches_ = cut_batches(valid_, order, c_.batch_tokens);
    std::int64_t target_tokens = 0;
    for (const Pair& p : train_) target_tokens += static_cast<std::int64_t>(p.target.size()) + 1;
    say("data: " + std::to_string(train_.size()) + " training pairs, " + std::to_string(target_tokens) +
        " target tokens an epoch; " + std::to_string(valid_.size()) + " validation pairs");
  }

  // The batches of one epoch, a function of (seed, epoch) only.
  std::vector<std::vector<std::size_t>> epoch_batches(std::int64_t epoch) const {
    Generator gen(c_.seed * 0x9e3779b97f4a7c15ull + static_cast<std::uint64_t>(epoch) + 1);
    std::vector<std::size_t> order(train_.size());
    std::iota(order.begin(), order.end(), 0);
    shuffle(order, gen);
    sort_by_length(train_, order);
    std::vector<std::vector<std::size_t>> batches = cut_batches(train_, order, c_.batch_tokens);
    shuffle(batches, gen);
    return batches;
  }

  void build_model() {
    mc_ = c_.model;
    mc_.source_vocab_size = source_sp_->vocab_size();
    mc_.target_vocab_size = target_sp_->vocab_size();
    Generator gen(c_.seed);
    model_ = std::make_shared<Seq2Seq>(mc_, gen);
    optimizer_ = std::make_unique<train::Adam>(model_->named_parameters(),
                                               train::AdamOptions{.lr = c_.lr, .beta1 = c_.beta1, .beta2 = c_.beta2});
    plateau_ = std::make_unique<train::ReduceLROnPlateau>(
        c_.lr, train::ReduceLROnPlateauOptions{
                   .factor = c_.plateau_factor, .patience = c_.plateau_patience, .min_lr = c_.min_lr});
    dropout_gens_ = train::dropout_generators(*model_);
  }

  // --- Checkpoints ---

  void write_model_dir(const fs::path& dir, FloatStorage storage) {
    save_seq2seq(*model_, dir, storage);
    fs::copy_file(source_sp_->file(), dir / kSeq2SeqSourceSubword, fs::copy_options::overwrite_existing);
    fs::copy_file(target_sp_->file(), dir / kSeq2SeqTargetSubword, fs::copy_options::overwrite_existing);
  }

  void save_last() {
    train::replace_directory(c_.out_dir / "last", [&](const fs::path& dir) {
      write_model_dir(dir, FloatStorage::AsIs);
      save_safetensors((dir / "train_state.safetensors").string(), optimizer_->state());
      json j;
      j["step"] = step_;
      j["epoch"] = epoch_;
      j["batch"] = batch_index_;
      j["dropout_generator_positions"] = json::array();
      for (const Generator* g : dropout_gens_) j["dropout_generator_positions"].push_back(g->position());
      const train::ReduceLROnPlateau::State& p = plateau_->state();
      j["plateau"] = {{"lr", p.lr}, {"best", number_or_null(p.best)}, {"bad_evaluations", p.bad_evaluations}};
      j["best_valid_loss"] = number_or_null(best_valid_);
      j["best_valid_bleu"] = best_bleu_;
      j["evaluations_without_improvement"] = stale_evaluations_;
      j["stopped_early"] = stopped_early_;
      j["last_evaluated_step"] = last_evaluated_step_;
      j["log_window"] = {{"loss_sum", loss_since_}, {"steps", steps_since_}};
      j["seconds"] = total_seconds();
      j["history"] = json::array();
      for (const auto& r : history_) {
        j["history"].push_back({r.step, r.epoch, r.lr, number_or_null(r.train_loss), number_or_null(r.valid_loss),
                                number_or_null(r.valid_bleu), r.tokens_per_s});
      }
      write_file_atomically(dir / "train_state.json", j.dump() + "\n");
    });
    write_file_atomically(c_.out_dir / "log.csv", history_csv(history_));
  }

  void save_best() {
    train::replace_directory(c_.out_dir / "best", [&](const fs::path& dir) {
      write_model_dir(dir, c_.save_dtype == "f16" ? FloatStorage::Float16 : FloatStorage::AsIs);
    });
  }

  void restore(const fs::path& dir) {
    const Seq2SeqConfig saved = read_seq2seq_config(dir);
    ATTN_CHECK(saved.cell == mc_.cell && saved.attention == mc_.attention && saved.layers == mc_.layers &&
                   saved.embed_size == mc_.embed_size && saved.hidden_size == mc_.hidden_size &&
                   saved.bidirectional == mc_.bidirectional && saved.input_feeding == mc_.input_feeding &&
                   saved.tie_embeddings == mc_.tie_embeddings && saved.attention_size == mc_.attention_size &&
                   saved.source_vocab_size == mc_.source_vocab_size && saved.target_vocab_size == mc_.target_vocab_size,
               dir.string(), ": the checkpoint's model does not match the config's (remove ", c_.out_dir.string(),
               " or resume with the config it was trained with)");
    load_into(load_safetensors((dir / "model.safetensors").string()), model_->named_parameters());
    const SafetensorsFile state_file = load_safetensors((dir / "train_state.safetensors").string());
    nn::NamedTensors state;
    for (const auto& entry : state_file.entries()) {
      // The step counters are f64, the moments f32: each comes back as it was saved.
      state.emplace_back(entry.name,
                         state_file.get(entry.name, entry.dtype == StoredDType::F64 ? DType::F64 : DType::F32));
    }
    optimizer_->load_state(state);
    const fs::path state_json = dir / "train_state.json";
    std::ifstream in(state_json);
    json j;
    try {
      j = json::parse(in);
      step_ = j.at("step").get<std::int64_t>();
      epoch_ = j.at("epoch").get<std::int64_t>();
      batch_index_ = j.at("batch").get<std::size_t>();
      const auto& positions = j.at("dropout_generator_positions");
      ATTN_CHECK(positions.size() == dropout_gens_.size(), state_json.string(), ": ", positions.size(),
                 " dropout generator positions for ", dropout_gens_.size(), " dropout layers");
      for (std::size_t i = 0; i < dropout_gens_.size(); ++i)
        dropout_gens_[i]->set_position(positions[i].get<std::uint64_t>());
      const json& p = j.at("plateau");
      plateau_->load_state(
          {.lr = p.at("lr").get<double>(),
           .best = p.at("best").is_null() ? std::numeric_limits<double>::infinity() : p.at("best").get<double>(),
           .bad_evaluations = p.at("bad_evaluations").get<std::int64_t>()});
      best_valid_ = j.at("best_valid_loss").is_null() ? std::numeric_limits<double>::infinity()
                                                      : j.at("best_valid_loss").get<double>();
      best_bleu_ = j.at("best_valid_bleu").get<double>();
      stale_evaluations_ = j.at("evaluations_without_improvement").get<std::int64_t>();
      stopped_early_ = j.at("stopped_early").get<bool>();
      last_evaluated_step_ = j.at("last_evaluated_step").get<std::int64_t>();
      loss_since_ = j.at("log_window").at("loss_sum").get<double>();
      steps_since_ = j.at("log_window").at("steps").get<std::int64_t>();
      seconds_before_ = j.at("seconds").get<double>();
      for (const auto& r : j.at("history")) {
        history_.push_back({r[0].get<std::int64_t>(), r[1].get<std::int64_t>(), r[2].get<double>(), number_or_nan(r[3]),
                            number_or_nan(r[4]), number_or_nan(r[5]), r[6].get<double>()});
      }
    } catch (const json::exception& e) {
      ATTN_CHECK(false, state_json.string(), ": not a training state attn wrote (", e.what(), ")");
    }
  }

  // Wall time of steps and evaluations over every run of this training, up to now.
  double total_seconds() const {
    return seconds_before_ + std::chrono::duration<double>(std::chrono::steady_clock::now() - run_start_).count();
  }

  // --- Evaluation ---

  // Mean cross-entropy a target token over the whole valid split, no smoothing.
  double valid_loss() {
    NoGradGuard no_grad;
    double sum = 0.0;
    std::int64_t tokens = 0;
    for (const auto& members : valid_batches_) {
      const Batch b = make_batch(valid_, members);
      const double mean = model_->loss(b.source, b.source_lengths, b.target_in, b.target_out).item();
      sum += mean * static_cast<double>(b.target_tokens);
      tokens += b.target_tokens;
    }
    return sum / static_cast<double>(tokens);
  }

  double valid_bleu() {
    const auto n = std::min<std::size_t>(static_cast<std::size_t>(c_.bleu_sentences), valid_source_lines_.size());
    if (n == 0) return std::nan("");
    const std::vector<std::string> sources(valid_source_lines_.begin(), valid_source_lines_.begin() + n);
    const std::vector<std::string> refs(valid_target_lines_.begin(), valid_target_lines_.begin() + n);
    TranslateOptions options;
    options.search.beam_size = 1;
    options.batch_size = 64;
    std::vector<std::string> hyps;
    for (auto& t : translate(*model_, *source_sp_, *target_sp_, sources, options)) hyps.push_back(t.front().text);
    return eval::corpus_bleu(hyps, refs).score;
  }

  void evaluate(double lr_used, double rate) {
    model_->eval();
    const double loss = valid_loss();
    const double bleu = valid_bleu();
    model_->train();
    last_evaluated_step_ = step_;
    const double lr = plateau_->step(loss);
    optimizer_->set_lr(lr);
    const bool better = loss < best_valid_;
    if (better) {
      best_valid_ = loss;
      best_bleu_ = bleu;
      stale_evaluations_ = 0;
      save_best();
    } else {
      ++stale_evaluations_;
    }
    history_.push_back({step_, epoch_, lr_used, std::nan(""), loss, bleu, rate});
    std::ostringstream line;
    line.precision(4);
    line << "eval at step " << step_ << " | valid loss " << std::fixed << loss << " | valid BLEU "
         << std::setprecision(2) << bleu << " ("
         << std::min<std::int64_t>(c_.bleu_sentences, static_cast<std::int64_t>(valid_source_lines_.size()))
         << " sentences, greedy)" << (better ? " | best, saved" : "") << std::defaultfloat
         << (lr != lr_used ? " | lr now " + std::to_string(lr) : std::string());
    say(line.str());
    if (c_.early_stopping_patience > 0 && stale_evaluations_ >= c_.early_stopping_patience) {
      stopped_early_ = true;
      say("early stop: " + std::to_string(stale_evaluations_) + " evaluations without a better valid loss");
    }
  }

  // --- Steps ---

  NMTTrainSummary loop() {
    model_->train();
    optimizer_->set_lr(plateau_->lr());
    std::vector<std::vector<std::size_t>> batches = epoch_batches(epoch_);
    const std::int64_t first_step = step_;
    const auto t0 = std::chrono::steady_clock::now();
    run_start_ = t0;
    auto since = t0;
    std::int64_t tokens_since = 0, tokens_total = 0;
    double last_loss = std::nan(""), rate = 0.0;
    bool interrupted = false;
    while (!stopped_early_ && step_ < c_.steps) {
      if (batch_index_ >= batches.size()) {
        ++epoch_;
        batch_index_ = 0;
        if (c_.max_epochs > 0 && epoch_ >= c_.max_epochs) break;
        batches = epoch_batches(epoch_);
      }
      const Batch batch = make_batch(train_, batches[batch_index_]);
      const double lr = optimizer_->lr();
      // (no zero_grad: the gradients are undefined at the first step of a run and left
      // zero by the last step_and_zero_grad, so backward adds into them in place)
      const Tensor loss =
          model_->loss(batch.source, batch.source_lengths, batch.target_in, batch.target_out, c_.label_smoothing);
      const double value = loss.item();
      loss.backward();
      const double norm = c_.grad_clip > 0 ? train::grad_norm(model_->parameters()) : 0.0;
      ATTN_CHECK(std::isfinite(value) && std::isfinite(norm), "training diverged at step ", step_ + 1, ": loss ", value,
                 ", gradient norm ", norm, " (lower lr)");
      optimizer_->step_and_zero_grad(c_.grad_clip > 0 ? train::clip_coefficient(norm, c_.grad_clip) : 1.0);
      ++step_;
      ++batch_index_;
      ++steps_since_;
      loss_since_ += value;
      tokens_since += batch.target_tokens;
      tokens_total += batch.target_tokens;

      const bool log_now = step_ % c_.log_every == 0;
      const bool eval_now = step_ % c_.eval_every == 0;
      if (log_now || eval_now) {
        const auto now = std::chrono::steady_clock::now();
        const double seconds = std::chrono::duration<double>(now - since).count();
        rate = seconds > 0 ? static_cast<double>(tokens_since) / seconds : 0.0;
        since = now;
        tokens_since = 0;
      }
      if (log_now) {
        last_loss = loss_since_ / static_cast<double>(steps_since_);
        history_.push_back({step_, epoch_, lr, last_loss, std::nan(""), std::nan(""), rate});
        std::ostringstream line;
        line.precision(4);
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const double per_step = elapsed / static_cast<double>(step_ - first_step);
        line << "step " << step_ << "/" << c_.steps << " | epoch " << epoch_ + 1 << " ("
             << 100 * batch_index_ / std::max<std::size_t>(batches.size(), 1) << "%) | loss " << std::fixed << last_loss
             << std::defaultfloat << " | lr " << lr << " | " << static_cast<std::int64_t>(rate) << " tok/s | ETA "
             << train::format_duration(per_step * static_cast<double>(c_.steps - step_));
        say(line.str());
        loss_since_ = 0.0;
        steps_since_ = 0;
      }
      if (eval_now) {
        evaluate(lr, rate);
        since = std::chrono::steady_clock::now();  // the evaluation's time is not training time
      }
      if (o_.stop_after > 0 && step_ >= o_.stop_after && step_ < c_.steps && !stopped_early_) {
        interrupted = true;
        break;
      }
      if (step_ % c_.checkpoint_every == 0) save_last();
    }
    if (!interrupted && last_evaluated_step_ != step_) evaluate(optimizer_->lr(), rate);
    save_last();
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    NMTTrainSummary s;
    s.steps_done = step_;
    s.epochs_done = epoch_;
    s.last_train_loss = steps_since_ > 0 ? loss_since_ / static_cast<double>(steps_since_) : last_loss;
    s.best_valid_loss = best_valid_;
    s.best_valid_bleu = best_bleu_;
    s.tokens_per_s = elapsed > 0 ? static_cast<double>(tokens_total) / elapsed : 0.0;
    s.seconds = elapsed;
    s.total_seconds = total_seconds();
    s.early_stopped = stopped_early_;
    return s;
  }

  const NMTTrainConfig& c_;
  NMTTrainOptions o_;
  std::shared_ptr<data::SubwordModel> source_sp_, target_sp_;
  std::vector<Pair> train_, valid_;
  std::vector<std::string> valid_source_lines_, valid_target_lines_;
  std::vector<std::vector<std::size_t>> valid_batches_;
  Seq2SeqConfig mc_;
  std::shared_ptr<Seq2Seq> model_;
  std::unique_ptr<train::Adam> optimizer_;
  std::unique_ptr<train::ReduceLROnPlateau> plateau_;
  std::vector<Generator*> dropout_gens_;
  std::vector<HistoryRow> history_;
  std::int64_t step_ = 0, epoch_ = 0;
  std::size_t batch_index_ = 0;
  double best_valid_ = std::numeric_limits<double>::infinity();
  double best_bleu_ = 0.0;
  std::int64_t stale_evaluations_ = 0;
  std::int64_t last_evaluated_step_ = -1;
  bool stopped_early_ = false;
  double seconds_before_ = 0.0;  // the earlier runs' total_seconds, from the checkpoint
  std::chrono::steady_clock::time_point run_start_ = std::chrono::steady_clock::now();
  // The training losses since the last progress line, which it averages (saved, so that
  // a resumed run logs what an uninterrupted one does).
  double loss_since_ = 0.0;
  std::int64_t steps_since_ = 0;
};

}  // namespace

NMTTrainSummary train_nmt(const NMTTrainConfig& config, const NMTTrainOptions& options) {
  return Trainer(config, options).run();
}

}  // namespace attn::models
