#include "attn/models/nmt_experiment.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iomanip>
#include <limits>
#include <nlohmann/json.hpp>
#include <numeric>
#include <ostream>
#include <set>
#include <sstream>

#include "attn/data/corpus_file.h"
#include "attn/error.h"
#include "attn/io/atomic_file.h"
#include "attn/models/seq2seq_checkpoint.h"
#include "attn/models/translator.h"
#include "attn/train/run_dir.h"
#include "attn/viz/heatmap.h"
#include "attn/viz/line_chart.h"
#include "attn/viz/nmt_attention.h"
#include "io/json_config.h"
#include "io/json_file.h"

namespace attn::models {

namespace fs = std::filesystem;
using nlohmann::json;

NMTExperimentConfig read_nmt_experiment_config(const fs::path& path) {
  const json j = read_json_file(path, "the experiment config");
  ATTN_CHECK(j.is_object(), path.string(), ": expected a JSON object of settings");
  NMTExperimentConfig c;
  JsonConfigReader r(path, j, "", "docs/nmt.md");
  std::vector<fs::path> runs;
  r.read("runs", runs);
  r.read("test_source", c.test_source);
  r.read("test_target", c.test_target);
  r.read("out", c.out_dir);
  r.read("beam", c.beam);
  r.read("batch_size", c.batch_size);
  r.read("bucket_width", c.buckets.width);
  r.read("buckets", c.buckets.count);
  r.read("alignments", c.alignments);
  r.read("alignment_max_words", c.alignment_max_words);
  r.reject_unknown();
  ATTN_CHECK(!runs.empty(), path.string(), ": \"runs\" must list at least one training config");
  ATTN_CHECK(!c.test_source.empty() && !c.test_target.empty() && !c.out_dir.empty(), path.string(),
             ": \"test_source\", \"test_target\" and \"out\" are required");
  ATTN_CHECK(c.beam >= 1 && c.batch_size >= 1 && c.buckets.width >= 1 && c.buckets.count >= 1, path.string(),
             ": \"beam\", \"batch_size\", \"bucket_width\" and \"buckets\" must be at least 1");
  std::set<std::string> labels;
  for (const fs::path& run : runs) {
    const NMTTrainConfig train = read_nmt_train_config(run);
    const std::string label = seq2seq_attention_name(train.model.attention);
    ATTN_CHECK(labels.insert(label).second, path.string(), ": two runs train attention \"", label,
               "\"; the models are told apart by their model.attention, which must differ");
    c.runs.push_back({label, run});
  }
  return c;
}

namespace {

void say(std::ostream* log, const std::string& line) {
  if (log) *log << line << std::endl;
}

std::string fixed(double x, int decimals) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(decimals) << x;
  return s.str();
}

// Beam search over the test sources in chunks, with a progress line after each.
std::vector<std::string> translate_test(const TranslationModel& m, const std::vector<std::string>& sources,
                                        const NMTExperimentConfig& c, const std::string& label, std::ostream* log) {
  TranslateOptions options;
  options.search.beam_size = c.beam;
  options.batch_size = c.batch_size;
  std::vector<std::string> out;
  out.reserve(sources.size());
  const auto t0 = std::chrono::steady_clock::now();
  const std::size_t chunk = static_cast<std::size_t>(c.batch_size) * 4;
  for (std::size_t begin = 0; begin < sources.size(); begin += chunk) {
    const std::size_t end = std::min(sources.size(), begin + chunk);
    const std::vector<std::string> part(sources.begin() + static_cast<std::ptrdiff_t>(begin),
                                        sources.begin() + static_cast<std::ptrdiff_t>(end));
    for (auto& n_best : translate(*m.model, *m.source, *m.target, part, options)) out.push_back(n_best.front().text);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const double rate = static_cast<double>(end) / std::max(seconds, 1e-9);
    say(log, "translating with " + label + ": " + std::to_string(end) + "/" + std::to_string(sources.size()) + " | " +
                 fixed(rate, 1) + " sentences/s | ETA " +
                 train::format_duration(static_cast<double>(sources.size() - end) / rate));
  }
  return out;
}

// The indices of the `count` longest sources of at most `max_words` words, longest
// first (the earlier line first among equals).
std::vector<std::size_t> longest_sources(const std::vector<std::string>& sources, std::int64_t count,
                                         std::int64_t max_words) {
  std::vector<std::size_t> order(sources.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  auto words = [&](std::size_t i) { return static_cast<std::int64_t>(eval::split_whitespace(sources[i]).size()); };
  order.erase(
      std::remove_if(order.begin(), order.end(), [&](std::size_t i) { return words(i) == 0 || words(i) > max_words; }),
      order.end());
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return words(a) > words(b); });
  order.resize(std::min(order.size(), static_cast<std::size_t>(std::max<std::int64_t>(count, 0))));
  return order;
}

json bleu_json(const eval::BleuScore& b) {
  return {{"score", b.score},       {"precisions", b.precisions}, {"brevity_penalty", b.brevity_penalty},
          {"ratio", b.ratio},       {"hyp_len", b.hyp_len},       {"ref_len", b.ref_len},
          {"formatted", b.format()}};
}

json number_or_null(double x) {
  return std::isfinite(x) ? json(x) : json(nullptr);
}

json results_json(const NMTExperimentConfig& c, const NMTExperimentResult& result) {
  json models = json::array();
  for (const NMTExperimentModelResult& m : result.models) {
    json buckets = json::array();
    for (const eval::LengthBucketScore& b : m.by_length) {
      buckets.push_back({{"label", b.label},
                         {"min_words", b.min_words},
                         {"max_words", b.max_words < 0 ? json(nullptr) : json(b.max_words)},
                         {"sentences", b.sentences},
                         {"bleu", b.bleu ? json(b.bleu->score) : json(nullptr)}});
    }
    models.push_back({{"label", m.label},
                      {"attention", m.attention},
                      {"parameters", m.parameters},
                      {"training",
                       {{"steps", m.training.steps_done},
                        {"epochs", m.training.epochs_done},
                        {"seconds", m.training.total_seconds},
                        {"best_valid_loss", number_or_null(m.training.best_valid_loss)},
                        {"best_valid_bleu", m.training.best_valid_bleu},
                        {"early_stopped", m.training.early_stopped}}},
                      {"test_bleu", bleu_json(m.test)},
                      {"by_length", buckets},
                      {"translate_seconds", m.translate_seconds},
                      {"translations", "translations/" + m.label + ".txt"}});
  }
  return {{"test_source", c.test_source.string()},
          {"test_target", c.test_target.string()},
          {"test_sentences", result.test_sentences},
          {"beam", c.beam},
          {"models", models}};
}

// The best model with attention and the one without, for the gap column (-1: none).
std::pair<std::ptrdiff_t, std::ptrdiff_t> best_and_baseline(const NMTExperimentResult& r) {
  std::ptrdiff_t best = -1, baseline = -1;
  for (std::size_t i = 0; i < r.models.size(); ++i) {
    const auto& m = r.models[i];
    const auto k = static_cast<std::ptrdiff_t>(i);
    if (m.attention == "none") {
      baseline = k;
    } else if (best < 0 || m.test.score > r.models[static_cast<std::size_t>(best)].test.score) {
      best = k;
    }
  }
  return {best, baseline};
}

std::string results_markdown(const NMTExperimentConfig& c, const NMTExperimentResult& r) {
  std::ostringstream md;
  md << "Test split: " << r.test_sentences << " sentences (" << c.test_source.filename().string() << " -> "
     << c.test_target.filename().string() << "), beam " << c.beam << ", BLEU with 13a tokens.\n\n";
  md << "| model | parameters | steps | epochs | training time | best valid loss | test BLEU | BLEU details |\n"
     << "|---|---|---|---|---|---|---|---|\n";
  for (const auto& m : r.models) {
    md << "| " << m.label << " | " << m.parameters << " | " << m.training.steps_done << " | " << m.training.epochs_done
       << " | " << train::format_duration(m.training.total_seconds) << " | " << fixed(m.training.best_valid_loss, 4)
       << " | **" << fixed(m.test.score, 2) << "** | " << m.test.format() << " |\n";
  }
  const auto [best, baseline] = best_and_baseline(r);
  const bool gap = best >= 0 && baseline >= 0;
  md << "\nTest BLEU by source length (words):\n\n| source words | sentences |";
  for (const auto& m : r.models) md << " " << m.label << " |";
  if (gap) md << " " << r.models[static_cast<std::size_t>(best)].label << " - none |";
  md << "\n|---|---|";
  for (std::size_t i = 0; i < r.models.size() + (gap ? 1 : 0); ++i) md << "---|";
  md << "\n";
  for (std::size_t b = 0; b < r.models.front().by_length.size(); ++b) {
    const auto& first = r.models.front().by_length[b];
    md << "| " << first.label << " | " << first.sentences << " |";
    for (const auto& m : r.models) {
      const auto& s = m.by_length[b];
      md << " " << (s.bleu ? fixed(s.bleu->score, 2) : std::string("-")) << " |";
    }
    if (gap) {
      const auto& a = r.models[static_cast<std::size_t>(best)].by_length[b];
      const auto& n = r.models[static_cast<std::size_t>(baseline)].by_length[b];
      md << " " << (a.bleu && n.bleu ? fixed(a.bleu->score - n.bleu->score, 2) : std::string("-")) << " |";
    }
    md << "\n";
  }
  return md.str();
}

void draw_bleu_by_length(const fs::path& png, const NMTExperimentConfig& c, const NMTExperimentResult& r) {
  std::vector<std::string> categories;
  for (const auto& b : r.models.front().by_length) categories.push_back(b.label);
  std::vector<viz::LineSeries> series;
  for (const auto& m : r.models) {
    viz::LineSeries s{m.label, {}};
    for (const auto& b : m.by_length) s.values.push_back(b.bleu ? b.bleu->score : std::nan(""));
    series.push_back(std::move(s));
  }
  viz::LineChartOptions options;
  options.title = "Test BLEU by source length (beam " + std::to_string(c.beam) + ")";
  options.x_caption = "source sentence length (words)";
  options.y_caption = "BLEU";
  viz::save_line_chart(png, categories, series, options);
}

void draw_alignments(const fs::path& dir, const TranslationModel& m, const std::string& label,
                     const std::vector<std::string>& sources, const std::vector<std::size_t>& lines,
                     const NMTExperimentConfig& c) {
  decode::SearchOptions search;
  search.beam_size = c.beam;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const std::size_t line = lines[k];
    const viz::NmtAttention a = viz::nmt_attention(m, sources[line], search);
    viz::FigureOptions figure;
    figure.title = label + " attention, test line " + std::to_string(line + 1) + " (" +
                   std::to_string(a.source_words.size() - 1) + " source words)";
    figure.x_caption = "source (Spanish)";
    figure.y_caption = "translation (English)";
    figure.panel_size = 900;
    viz::save_figure(dir / (label + "-" + std::to_string(k + 1) + ".png"),
                     {viz::panel_from_matrix("", a.word_weights, a.target_words, a.source_words)}, figure);
  }
}

}  // namespace

NMTExperimentResult run_nmt_experiment(const NMTExperimentConfig& c, const NMTExperimentOptions& o) {
  const std::vector<std::string> sources = data::read_corpus_lines(c.test_source);
  const std::vector<std::string> references = data::read_corpus_lines(c.test_target);
  ATTN_CHECK(!sources.empty(), c.test_source.string(), ": no sentences to test on");
  ATTN_CHECK(sources.size() == references.size(), c.test_source.string(), " has ", sources.size(), " lines but ",
             c.test_target.string(), " has ", references.size(), "; they must be aligned by line");
  fs::create_directories(c.out_dir / "translations");
  fs::create_directories(c.out_dir / "alignments");

  NMTExperimentResult result;
  result.test_sentences = static_cast<std::int64_t>(sources.size());
  const std::vector<std::size_t> long_lines = longest_sources(sources, c.alignments, c.alignment_max_words);
  for (std::size_t i = 0; i < c.runs.size(); ++i) {
    const NMTExperimentRun& run = c.runs[i];
    say(o.log, "== model " + std::to_string(i + 1) + "/" + std::to_string(c.runs.size()) + ": " + run.label + " (" +
                   run.config.string() + ")");
    const NMTTrainConfig train = read_nmt_train_config(run.config);
    NMTExperimentModelResult m;
    m.label = run.label;
    m.attention = seq2seq_attention_name(train.model.attention);
    m.training = train_nmt(train, {.resume = true, .stop_after = 0, .log = o.log});

    const TranslationModel model = load_translation_model(train.out_dir / "best");
    model.model->eval();
    for (const Tensor& p : model.model->parameters()) m.parameters += p.numel();
    const auto t0 = std::chrono::steady_clock::now();
    const std::vector<std::string> hypotheses = translate_test(model, sources, c, run.label, o.log);
    m.translate_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    data::write_corpus_lines(c.out_dir / "translations" / (run.label + ".txt"), hypotheses);
    m.test = eval::corpus_bleu(hypotheses, references);
    m.by_length = eval::bleu_by_source_length(sources, hypotheses, references, c.buckets);
    say(o.log, run.label + ": test " + m.test.format());
    if (train.model.attention != Seq2SeqAttention::None)
      draw_alignments(c.out_dir / "alignments", model, run.label, sources, long_lines, c);
    result.models.push_back(std::move(m));
  }
  draw_bleu_by_length(c.out_dir / "bleu-by-length.png", c, result);
  write_file_atomically(c.out_dir / "results.md", results_markdown(c, result));
  write_file_atomically(c.out_dir / "results.json", results_json(c, result).dump(2) + "\n");
  return result;
}

}  // namespace attn::models
