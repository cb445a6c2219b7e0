// attn bench nmt (see bench_nmt.h). Like every `attn bench` command, it prints
// readable lines, then one JSON object with every figure as its last line.
//   attn bench nmt --peer torch
//   attn bench nmt --batch 64 --hidden 512 --repeat 7 --sentences 50
#include "bench_nmt.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "attn/data/corpus_file.h"
#include "attn/error.h"
#include "attn/models/seq2seq.h"
#include "attn/models/seq2seq_checkpoint.h"
#include "attn/models/translator.h"
#include "attn/parallel.h"
#include "attn/random.h"
#include "attn/train/clip.h"
#include "attn/train/optimizer.h"
#include "bench_ceiling.h"
#include "bench_support.h"
#include "bench_timing.h"
#include "demo_parts.h"

namespace attn::cli {
namespace {

using Json = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

struct NMTBenchOptions {
  std::int64_t batch = 32;    // B
  std::int64_t src_len = 30;  // S
  std::int64_t tgt_len = 30;  // T
  std::int64_t vocab = 8000;  // Vs = Vt = V
  std::int64_t embed = 256;   // E
  std::int64_t hidden = 256;  // H
  int repeat = 5;
  int ceiling_n = 1024;
  std::string peer;         // "" or "torch"
  std::string peer_script;  // "" = the installed torch_nmt_peer.py, else the source tree's
  std::string model;        // the trained model translated; "" = the bundled nmt-es-en-small
  std::string input;        // its source sentences; "" = data/nmt-es-en-small/test.es
  std::int64_t sentences = 100;
  int translate_repeat = 3;
  bool skip_translation = false;
};

// (B, L) ids drawn uniformly from [4, V): no padding (0) and no special ids.
Tensor random_ids(std::int64_t b, std::int64_t l, std::int64_t v, Generator& gen) {
  std::vector<std::int64_t> ids(static_cast<std::size_t>(b * l));
  for (std::int64_t& id : ids) id = 4 + static_cast<std::int64_t>(gen.below(static_cast<std::uint64_t>(v - 4)));
  return from_ids(ids, {b, l});
}

// The FLOPs of the matrix products of one training step, nothing else (the gates'
// and tanh's elementwise work, the softmax, the loss and Adam are not counted). Per
// forward pass, with A = H the attention width:
//   encoder, 2 directions x S steps:  2 B 3H (E + H) each          = 12 B S H (E + H)
//   bridge (2H -> H) and keys U h (2H -> A):                       4 B H^2 + 4 B S H A
//   decoder, T steps: W s 2 B H A, scores vᵀ 2 B S A, context 2 B S 2H,
//     GRUCell 2 B 3H (E + 2H) + 2 B 3H H, readout 2 B 3H H          = T (2 B H A + 2 B S A + 4 B S H
//                                                                       + 6 B H (E + 2H) + 12 B H^2)
//   generator (H -> V) on the B T outputs:                         2 B T H V
// and a step = 3 x forward (the backward pass: a product for the input's gradient
// and one for the weight's).
struct StepFlops {
  double encoder = 0, decoder = 0, generator = 0;
  double total() const { return encoder + decoder + generator; }
};

StepFlops step_flops(const NMTBenchOptions& o) {
  const double b = double(o.batch), s = double(o.src_len), t = double(o.tgt_len), e = double(o.embed),
               h = double(o.hidden), v = double(o.vocab), a = h;
  StepFlops f;
  f.encoder = 3 * (12 * b * s * h * (e + h) + 4 * b * h * h + 4 * b * s * h * a);
  f.decoder = 3 * t * (2 * b * h * a + 2 * b * s * a + 4 * b * s * h + 6 * b * h * (e + 2 * h) + 12 * b * h * h);
  f.generator = 3 * 2 * b * t * h * v;
  return f;
}

// The PyTorch peer (torch_nmt_peer.py) on the same model and step, in a child process.
Json run_torch_peer(const NMTBenchOptions& o) {
  std::ostringstream arguments;
  arguments << "--batch " << o.batch << " --src-len " << o.src_len << " --tgt-len " << o.tgt_len << " --vocab "
            << o.vocab << " --embed " << o.embed << " --hidden " << o.hidden << " --threads " << num_threads()
            << " --repeat " << o.repeat;
  return run_python_peer(peer_script_path("torch_nmt_peer.py", o.peer_script), arguments.str());
}

// The training step: fills j with its figures.
void bench_training(const NMTBenchOptions& o, Json& j) {
  models::Seq2SeqConfig config;  // the defaults: 1 layer, GRU, bidirectional, bahdanau, no dropout
  config.source_vocab_size = o.vocab;
  config.target_vocab_size = o.vocab;
  config.embed_size = o.embed;
  config.hidden_size = o.hidden;
  config.cell = models::RecurrentCell::GRU;
  config.attention = models::Seq2SeqAttention::Bahdanau;
  config.bidirectional = true;
  Generator gen(1);
  models::Seq2Seq model(config, gen);
  model.train();
  train::Adam adam(model.named_parameters(), {.lr = 1e-3, .beta1 = 0.9, .beta2 = 0.999, .eps = 1e-8});
  const std::vector<Tensor> params = model.parameters();
  const std::int64_t b = o.batch, s = o.src_len, t = o.tgt_len;
  const Tensor source = random_ids(b, s, o.vocab, gen), target_in = random_ids(b, t, o.vocab, gen),
               target_out = random_ids(b, t, o.vocab, gen);
  const Tensor lengths = from_ids(std::vector<std::int64_t>(static_cast<std::size_t>(b), s), {b});

  TrainingStepTimes times;
  const auto step = [&] {
    times.run(
        params, [&] { return model.loss(source, lengths, target_in, target_out); },
        [&](double clip) { adam.step_and_zero_grad(clip); });
  };
  SgemmCeiling sgemm(o.ceiling_n);
  const std::vector<double> sec = median_seconds_interleaved(o.repeat, {step, [&] { sgemm.run(); }});

  const StepFlops flops = step_flops(o);
  const double step_s = sec[0], gflops = flops.total() / step_s * 1e-9, ceiling = sgemm.gflops(sec[1]);
  const double tokens_per_s = double(b * t) / step_s;
  const double forward_ms = median_phase_ms(times.phases, &StepPhases::forward);
  const double backward_ms = median_phase_ms(times.phases, &StepPhases::backward);
  const double optimizer_ms = median_phase_ms(times.phases, &StepPhases::optimizer);
  const double n_params = double(model.num_parameters());

  std::printf(
      "Bahdanau GRU seq2seq (bidirectional encoder, E = %lld, H = %lld, A = H, V = %lld), %.2fM parameters; "
      "training step (B, S, T) = (%lld, %lld, %lld): %.3f ms, %.0f target tokens/s (median of %d, %d threads)\n",
      static_cast<long long>(o.embed), static_cast<long long>(o.hidden), static_cast<long long>(o.vocab),
      n_params * 1e-6, static_cast<long long>(b), static_cast<long long>(s), static_cast<long long>(t), step_s * 1e3,
      tokens_per_s, o.repeat, num_threads());
  std::printf(
      "  forward %.3f ms, backward %.3f ms, optimiser (grad norm, Adam clipping at 1.0 and zeroing) %.3f ms; medians "
      "per phase\n",
      forward_ms, backward_ms, optimizer_ms);
  std::printf(
      "  model FLOPs (matrix products, 3 x forward): encoder %.3f + decoder %.3f + generator %.3f = %.3f GFLOP per "
      "step\n",
      flops.encoder * 1e-9, flops.decoder * 1e-9, flops.generator * 1e-9, flops.total() * 1e-9);
  std::printf(
      "  %.1f GFLOP/s; sgemm ceiling n=%d: %.1f GFLOP/s -> %.3f of the ceiling; first loss %.4f (ln V = %.4f)\n",
      gflops, o.ceiling_n, ceiling, gflops / ceiling, times.first_loss, std::log(double(o.vocab)));

  j["batch"] = b;
  j["src_len"] = s;
  j["tgt_len"] = t;
  j["vocab"] = o.vocab;
  j["embed"] = o.embed;
  j["hidden"] = o.hidden;
  j["parameters"] = model.num_parameters();
  j["step_ms"] = step_s * 1e3;
  j["forward_ms"] = forward_ms;
  j["backward_ms"] = backward_ms;
  j["optimizer_ms"] = optimizer_ms;
  j["tokens_per_s"] = tokens_per_s;
  j["model_gflop"] = flops.total() * 1e-9;
  j["gflops"] = gflops;
  j["ceiling_gflops"] = ceiling;
  j["ceiling_fraction"] = gflops / ceiling;
  j["first_loss"] = times.first_loss;

  if (o.peer == "torch") {
    const Json peer = run_torch_peer(o);
    j["peer"] = "torch";
    if (peer.contains("error")) {
      std::printf("torch peer failed: %s\n", peer["error"].get<std::string>().c_str());
      j["peer_skipped"] = peer["error"];
    } else {
      const double peer_ms = peer["median_ms"].get<double>();
      const double peer_tokens_per_s = double(b * t) / (peer_ms * 1e-3);
      std::printf(
          "torch %s, the same model and Adam (%lld parameters): %.3f ms per step (forward %.3f, backward %.3f, "
          "optimiser %.3f), %.0f target tokens/s -> attn is %.2fx as fast\n",
          peer["torch"].get<std::string>().c_str(), static_cast<long long>(peer["parameters"].get<std::int64_t>()),
          peer_ms, peer["forward_ms"].get<double>(), peer["backward_ms"].get<double>(),
          peer["optimizer_ms"].get<double>(), peer_tokens_per_s, tokens_per_s / peer_tokens_per_s);
      j["peer_step_ms"] = peer_ms;
      j["peer_tokens_per_s"] = peer_tokens_per_s;
      j["speedup"] = tokens_per_s / peer_tokens_per_s;
      j["peer_forward_ms"] = peer["forward_ms"];
      j["peer_backward_ms"] = peer["backward_ms"];
      j["peer_optimizer_ms"] = peer["optimizer_ms"];
      j["peer_parameters"] = peer["parameters"];
      j["peer_first_loss"] = peer["first_loss"];
      j["peer_torch"] = peer["torch"];
    }
  }
}

// Translation speed of a trained model: fills j with its figures.
void bench_translation(const NMTBenchOptions& o, Json& j) {
  const std::string model_dir = o.model.empty() ? bundled_model_dir("nmt-es-en-small") : o.model;
  const std::string input =
      o.input.empty() ? (std::filesystem::path(ATTN_SOURCE_DIR) / "data/nmt-es-en-small/test.es").string() : o.input;
  const models::TranslationModel m = models::load_translation_model(model_dir);
  std::vector<std::string> sentences = data::read_corpus_lines(input);
  ATTN_CHECK(!sentences.empty(), "attn bench nmt: ", input, " holds no sentences");
  if (static_cast<std::int64_t>(sentences.size()) > o.sentences)
    sentences.resize(static_cast<std::size_t>(o.sentences));
  const double n = double(sentences.size());

  models::TranslateOptions greedy, beam;
  greedy.search.beam_size = 1;
  beam.search.beam_size = 5;
  std::int64_t greedy_words = 0, beam_words = 0;  // of the last round's translations
  const auto words_of = [](const std::vector<std::vector<models::Translation>>& results) {
    std::int64_t words = 0;
    for (const auto& r : results) {
      std::istringstream in(r.empty() ? std::string() : r.front().text);
      for (std::string w; in >> w;) ++words;
    }
    return words;
  };
  const std::vector<double> sec = median_seconds_interleaved(
      o.translate_repeat,
      {[&] { greedy_words = words_of(models::translate(*m.model, *m.source, *m.target, sentences, greedy)); },
       [&] { beam_words = words_of(models::translate(*m.model, *m.source, *m.target, sentences, beam)); }});
  const double greedy_sps = n / sec[0], beam_sps = n / sec[1];
  const models::Seq2SeqConfig& c = m.model->config();
  std::printf(
      "translation, %s (%s %s, E = %lld, H = %lld), %lld sentences of %s, batches of %lld (median of %d):\n"
      "  greedy  %.3f s, %.2f sentences/s (%lld words out)\n  beam 5  %.3f s, %.2f sentences/s (%lld words out)\n",
      model_dir.c_str(), models::recurrent_cell_name(c.cell), models::seq2seq_attention_name(c.attention),
      static_cast<long long>(c.embed_size), static_cast<long long>(c.hidden_size), static_cast<long long>(n),
      input.c_str(), static_cast<long long>(greedy.batch_size), o.translate_repeat, sec[0], greedy_sps,
      static_cast<long long>(greedy_words), sec[1], beam_sps, static_cast<long long>(beam_words));
  j["translate_model"] = model_dir;
  j["translate_sentences"] = sentences.size();
  j["greedy_seconds"] = sec[0];
  j["greedy_sentences_per_s"] = greedy_sps;
  j["beam5_seconds"] = sec[1];
  j["beam5_sentences_per_s"] = beam_sps;
}

void run_nmt(const NMTBenchOptions& o) {
  Json j;
  bench_training(o, j);
  if (!o.skip_translation) bench_translation(o, j);
  const double load = load_average();
  std::printf("%d threads, load average %.2f\n", num_threads(), load);
  j["threads"] = num_threads();
  j["blas_core"] = blas_core();
  j["load_average"] = load;
  j["repeat"] = o.repeat;
  std::printf("%s\n", j.dump().c_str());
}

}  // namespace

void register_bench_nmt(CLI::App* bench) {
  static NMTBenchOptions o;
  CLI::App* nmt = bench->add_subcommand("nmt",
                                        "a Bahdanau GRU seq2seq training step against the sgemm ceiling and PyTorch; "
                                        "greedy and beam-5 translation speed");
  nmt->add_option("--batch", o.batch, "batch B")->check(CLI::PositiveNumber);
  nmt->add_option("--src-len", o.src_len, "source length S")->check(CLI::PositiveNumber);
  nmt->add_option("--tgt-len", o.tgt_len, "target length T")->check(CLI::PositiveNumber);
  nmt->add_option("--vocab", o.vocab, "source and target vocabulary V")->check(CLI::Range(5, 1 << 24));
  nmt->add_option("--embed", o.embed, "embedding width E")->check(CLI::PositiveNumber);
  nmt->add_option("--hidden", o.hidden, "hidden width H (per encoder direction; attention width A = H)")
      ->check(CLI::PositiveNumber);
  nmt->add_option("--repeat", o.repeat, "timed training steps (the median is reported)")->check(CLI::PositiveNumber);
  nmt->add_option("--ceiling-n", o.ceiling_n, "side of the square sgemm that sets the FLOP ceiling")
      ->check(CLI::PositiveNumber);
  nmt->add_option("--peer", o.peer, "also time the same model and Adam in PyTorch")->check(CLI::IsMember({"torch"}));
  nmt->add_option("--peer-script", o.peer_script,
                  "path of torch_nmt_peer.py (default: the installed one, else the source tree's)");
  nmt->add_option("--model", o.model, "trained model directory translated (default: the bundled nmt-es-en-small)");
  nmt->add_option("--input", o.input, "source sentences, one a line (default: data/nmt-es-en-small/test.es)");
  nmt->add_option("--sentences", o.sentences, "translate the first N lines of --input")->check(CLI::PositiveNumber);
  nmt->add_option("--translate-repeat", o.translate_repeat, "timed translation rounds (the median is reported)")
      ->check(CLI::PositiveNumber);
  nmt->add_flag("--no-translate", o.skip_translation, "time the training step only");
  nmt->callback([] { run_nmt(o); });
}

}  // namespace attn::cli
