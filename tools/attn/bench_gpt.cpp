// attn bench gpt|generate (see bench_gpt.h). Like every `attn bench` command, each
// prints readable lines, then one JSON object with every figure as its last line.
//   attn bench gpt --config gpt2 --batch 4 --len 64 --peer torch
//   attn bench generate --config gpt2 --tokens 64
#include "bench_gpt.h"

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

#include "attn/error.h"
#include "attn/models/gpt.h"
#include "attn/models/gpt_generate.h"
#include "attn/parallel.h"
#include "attn/random.h"
#include "attn/train/clip.h"
#include "attn/train/optimizer.h"
#include "bench_ceiling.h"
#include "bench_support.h"
#include "bench_timing.h"

namespace attn::cli {
namespace {

using Json = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

constexpr double kMiB = 1024.0 * 1024.0;

// A "VmXXX:  N kB" field of /proc/self/status in MiB; -1 where there is none.
double proc_status_mib(const std::string& field) {
  const std::int64_t kib = proc_status_kib(field);
  return kib < 0 ? -1 : static_cast<double>(kib) / 1024.0;
}

models::GPTConfig bench_config(const std::string& name, double dropout) {
  models::GPTConfig config = models::GPTConfig::named(name);
  config.dropout = dropout;
  config.validate();
  return config;
}

// (B, T) ids drawn uniformly from [0, V).
Tensor random_ids(std::int64_t b, std::int64_t t, std::int64_t v, Generator& gen) {
  std::vector<std::int64_t> ids(static_cast<std::size_t>(b * t));
  for (std::int64_t& id : ids) id = static_cast<std::int64_t>(gen.below(static_cast<std::uint64_t>(v)));
  return from_ids(ids, {b, t});
}

// ---- attn bench gpt --------------------------------------------------------------

struct GPTBenchOptions {
  std::string config = "gpt2";
  std::int64_t batch = 4;  // B
  std::int64_t len = 64;   // T
  double dropout = 0.0;
  std::string peer;         // "" or "torch"
  std::string peer_script;  // "" = the installed torch_gpt_peer.py, else the source tree's
  int repeat = 5;
  int ceiling_n = 2048;
};

// The FLOPs of one training step: every matrix product of the forward and the
// backward pass, nothing else (LayerNorm, GELU, softmax, the loss, the optimiser and
// the embedding lookups are not counted). With N = B T tokens:
//   forward, per layer:  c_attn 2 N C (3C) + c_proj 2 N C C + c_fc 2 N C (4C)
//                        + mlp c_proj 2 N (4C) C                  = 24 N C^2
//                        attention q·kᵀ and weights·v on the causal pairs only
//                        (T (T + 1) / 2 per sequence and head, 2 D each):
//                        2 · 2 B H D T (T + 1) / 2                = 2 B C T (T + 1)
//   forward, head:       logits = ln_f(x) · wteᵀ, 2 N C V
//   backward:            twice the forward, a product for the input's gradient and
//                        one for the weight's (dQ, dK, dV, dP for attention); the
//                        fused kernel's recomputation of q·kᵀ is not counted.
// Total: 3 x forward = 72 L N C^2 + 6 L B C T (T + 1) + 6 N C V,
// i.e. the usual 6 N (12 L C^2) + 6 N C V + about 6 L B T^2 C (causal, half the full).
struct StepFlops {
  double linear = 0;     // the per-layer projections, 72 L N C^2
  double attention = 0;  // the causal attention products, 6 L B C T (T + 1)
  double head = 0;       // the tied head, 6 N C V
  double total() const { return linear + attention + head; }
};

StepFlops step_flops(const models::GPTConfig& c, std::int64_t b, std::int64_t t) {
  const double n = double(b) * double(t), width = double(c.width), layers = double(c.layers);
  StepFlops f;
  f.linear = 72.0 * layers * n * width * width;
  f.attention = 6.0 * layers * double(b) * width * double(t) * double(t + 1);
  f.head = 6.0 * n * width * double(c.vocab_size);
  return f;
}

// The PyTorch peer (torch_gpt_peer.py) on the same model and step, in a child process.
Json run_torch_gpt_peer(const GPTBenchOptions& o) {
  std::ostringstream arguments;
  arguments << "--config " << o.config << " --batch " << o.batch << " --len " << o.len << " --dropout " << o.dropout
            << " --threads " << num_threads() << " --repeat " << o.repeat;
  return run_python_peer(peer_script_path("torch_gpt_peer.py", o.peer_script), arguments.str());
}

void run_gpt(const GPTBenchOptions& o) {
  const models::GPTConfig config = bench_config(o.config, o.dropout);
  ATTN_CHECK(o.len <= config.context_length, "attn bench gpt: --len ", o.len,
             " exceeds the context length T_max = ", config.context_length, " of config ", o.config);
  const std::int64_t b = o.batch, t = o.len;
  Generator gen(1);
  models::GPT model(config, gen);
  model.train();
  // Weight decay on the matrices and embeddings (>= 2-D), not on biases and LayerNorms,
  // as `attn gpt train` does.
  nn::NamedTensors decay, no_decay;
  for (const auto& [name, p] : model.named_parameters()) (p.dim() >= 2 ? decay : no_decay).emplace_back(name, p);
  train::AdamW decay_opt(decay, {.lr = 3e-4, .beta1 = 0.9, .beta2 = 0.95, .eps = 1e-8, .weight_decay = 0.1});
  train::AdamW no_decay_opt(no_decay, {.lr = 3e-4, .beta1 = 0.9, .beta2 = 0.95, .eps = 1e-8, .weight_decay = 0.0});
  const std::vector<Tensor> params = model.parameters();
  const Tensor ids = random_ids(b, t, config.vocab_size, gen), targets = random_ids(b, t, config.vocab_size, gen);

  TrainingStepTimes times;
  const auto step = [&] {
    times.run(
        params, [&] { return model.loss(ids, targets); },
        [&](double clip) {
          decay_opt.step_and_zero_grad(clip);
          no_decay_opt.step_and_zero_grad(clip);
        });
  };

  SgemmCeiling sgemm(o.ceiling_n);
  sgemm.run();  // the BLAS's own buffers are allocated before the memory is measured
  const double resident_before_mib = proc_status_mib("VmRSS");
  const bool peak_reset = reset_resident_peak();
  const std::vector<double> s = median_seconds_interleaved(o.repeat, {step, [&] { sgemm.run(); }});
  const double peak_mib = peak_reset ? proc_status_mib("VmHWM") : -1;

  const StepFlops flops = step_flops(config, b, t);
  const double step_s = s[0], gflops = flops.total() / step_s * 1e-9, ceiling = sgemm.gflops(s[1]);
  const double tokens_per_s = double(b * t) / step_s;
  const double forward_ms = median_phase_ms(times.phases, &StepPhases::forward);
  const double backward_ms = median_phase_ms(times.phases, &StepPhases::backward);
  const double optimizer_ms = median_phase_ms(times.phases, &StepPhases::optimizer);
  const double n_params = double(model.num_parameters());
  const double params_mib = n_params * sizeof(float) / kMiB;
  const double load = load_average();

  std::printf(
      "GPT %s (L, H, C, V) = (%lld, %lld, %lld, %lld), %.1fM parameters; training step (B, T) = (%lld, %lld), "
      "dropout %g: %.3f ms, %.0f tokens/s (median of %d, %d threads, load average %.2f)\n",
      o.config.c_str(), static_cast<long long>(config.layers), static_cast<long long>(config.heads),
      static_cast<long long>(config.width), static_cast<long long>(config.vocab_size), n_params * 1e-6,
      static_cast<long long>(b), static_cast<long long>(t), o.dropout, step_s * 1e3, tokens_per_s, o.repeat,
      num_threads(), load);
  std::printf(
      "  forward %.3f ms (%.1f GFLOP/s), backward %.3f ms (%.1f GFLOP/s), optimiser (grad norm, AdamW clipping "
      "and zeroing) %.3f ms; medians per phase\n",
      forward_ms, flops.total() / 3 / (forward_ms * 1e-3) * 1e-9, backward_ms,
      flops.total() * 2 / 3 / (backward_ms * 1e-3) * 1e-9, optimizer_ms);
  std::printf(
      "  model FLOPs (matrix products of forward + backward = 3 x forward; attention on the causal half):\n"
      "    72 L N C^2 = %.3f + 6 L B C T(T+1) = %.3f + 6 N C V = %.3f -> %.3f GFLOP per step (N = B T)\n",
      flops.linear * 1e-9, flops.attention * 1e-9, flops.head * 1e-9, flops.total() * 1e-9);
  std::printf("  %.1f GFLOP/s; sgemm ceiling n=%d: %.1f GFLOP/s -> %.3f of the ceiling\n", gflops, o.ceiling_n, ceiling,
              gflops / ceiling);
  std::printf(
      "  peak resident set %.1f MiB (weights %.1f, gradients %.1f, AdamW moments %.1f MiB, the rest activations, "
      "the sgemm's buffers and the program); first loss %.4f (ln V = %.4f)\n",
      peak_mib, params_mib, params_mib, 2 * params_mib, times.first_loss, std::log(double(config.vocab_size)));

  Json j{{"config", o.config},
         {"layers", config.layers},
         {"heads", config.heads},
         {"width", config.width},
         {"vocab", config.vocab_size},
         {"parameters", model.num_parameters()},
         {"batch", b},
         {"len", t},
         {"dropout", o.dropout},
         {"step_ms", step_s * 1e3},
         {"forward_ms", forward_ms},
         {"backward_ms", backward_ms},
         {"optimizer_ms", optimizer_ms},
         {"model_gflop", flops.total() * 1e-9},
         {"flops_formula", "72 L N C^2 + 6 L B C T (T + 1) + 6 N C V, N = B T (causal attention pairs only)"},
         {"gflops", gflops},
         {"ceiling_gflops", ceiling},
         {"ceiling_fraction", gflops / ceiling},
         {"tokens_per_s", tokens_per_s},
         {"peak_mib", peak_mib},
         {"resident_before_mib", resident_before_mib},
         {"first_loss", times.first_loss},
         {"threads", num_threads()},
         {"blas_core", blas_core()},
         {"load_average", load},
         {"repeat", o.repeat}};

  if (o.peer == "torch") {
    const Json peer = run_torch_gpt_peer(o);
    j["peer"] = "torch";
    if (peer.contains("error")) {
      std::printf("torch peer failed: %s\n", peer["error"].get<std::string>().c_str());
      j["peer_skipped"] = peer["error"];
    } else {
      const double peer_ms = peer["median_ms"].get<double>();
      std::printf(
          "torch %s, the same model and AdamW: %.3f ms per step (forward %.3f, backward %.3f, optimiser %.3f) -> "
          "attn is %.2fx as fast\n",
          peer["torch"].get<std::string>().c_str(), peer_ms, peer["forward_ms"].get<double>(),
          peer["backward_ms"].get<double>(), peer["optimizer_ms"].get<double>(), peer_ms / (step_s * 1e3));
      j["peer_step_ms"] = peer_ms;
      j["speedup"] = peer_ms / (step_s * 1e3);
      j["peer_forward_ms"] = peer["forward_ms"];
      j["peer_backward_ms"] = peer["backward_ms"];
      j["peer_optimizer_ms"] = peer["optimizer_ms"];
      j["peer_peak_mib"] = peer["peak_mib"];
      j["peer_torch"] = peer["torch"];
    }
  }
  print_json(j);
}

// ---- attn bench generate ---------------------------------------------------------

struct GenerateBenchOptions {
  std::string config = "gpt2";
  std::int64_t tokens = 64;      // N: single-token steps timed
  std::int64_t prompt_len = 16;  // P
  int repeat = 5;
  int copy_mib = 256;
};

// Each round generates N + 1 tokens greedily from the same random prompt of P tokens
// with models::generate and the KV cache. The first new token comes from the prompt's
// pass; each of the N after it from one step of T_new = 1, and those N steps are
// timed (from the moment the first token is chosen to the moment the last is).
//
// The bound: every step reads every weight once, 4 bytes per parameter (the tied head
// counted once, as wte is read as the head; of wpe only one row of C), plus the cache's
// keys and values, 2 L S C 4 bytes at the step's S; at the average S of the N steps,
// S = P + (N + 1) / 2. bound tokens/s = copy ceiling (bytes read + written per second)
// / bytes per token.
void run_generate(const GenerateBenchOptions& o) {
  const models::GPTConfig config = bench_config(o.config, 0.0);
  const std::int64_t p = o.prompt_len, n = o.tokens;
  ATTN_CHECK(p + n + 1 <= config.context_length, "attn bench generate: --prompt-len ", p, " + --tokens ", n,
             " + 1 exceeds the context length T_max = ", config.context_length, " of config ", o.config);
  Generator gen(1);
  models::GPT model(config, gen);
  model.eval();
  const Tensor prompt_ids = random_ids(1, p, config.vocab_size, gen);
  std::vector<std::int64_t> prompt;
  for (double id : prompt_ids.to_vector()) prompt.push_back(static_cast<std::int64_t>(id));
  models::GenerateOptions options;
  options.max_new_tokens = n + 1;
  options.sampling.greedy = true;

  std::vector<double> ms_per_token;  // per timed round
  bool warm = false;
  const auto round = [&] {
    Clock::time_point first, last;
    std::int64_t seen = 0;
    models::generate(model, prompt, options, [&](std::int64_t) { (seen++ == 0 ? first : last) = Clock::now(); });
    ATTN_CHECK(seen == n + 1, "attn bench generate: expected ", n + 1, " tokens, got ", seen);
    if (warm) ms_per_token.push_back(seconds_between(first, last) * 1e3 / double(n));
    warm = true;
  };
  CopyCeiling copy(std::size_t(o.copy_mib) << 20);
  // The read ceiling's runs last about as long as a round (weights x tokens read).
  const double round_bytes = double(model.num_parameters()) * sizeof(float) * double(n);
  const double ceiling_bytes = double(std::size_t(o.copy_mib) << 20);
  ReadCeiling read(std::size_t(o.copy_mib) << 20,
                   static_cast<int>(std::clamp(round_bytes / ceiling_bytes, 1.0, 256.0)));
  const std::vector<double> s = median_seconds_interleaved(
      o.repeat, {round, [&] { read.run(); }, [&] { copy.run_memcpy(); }, [&] { copy.run_streaming(); }});
  const double read_gbs = read.gbs(s[1]);
  const double copy_gbs = std::max(copy.gbs(s[2]), copy.gbs(s[3]));

  const double n_params = double(model.num_parameters());
  const double weights_read = n_params - double(model.wpe().weight().numel()) + double(config.width);
  const double average_s = double(p) + double(n + 1) / 2.0;
  const double kv_bytes = 2.0 * double(config.layers) * average_s * double(config.width) * sizeof(float);
  const double bytes_per_token = weights_read * sizeof(float) + kv_bytes;
  const double ms = median_of(ms_per_token), tokens_per_s = 1e3 / ms;
  const double bound_tokens_per_s = read_gbs * 1e9 / bytes_per_token;
  const double copy_bound_tokens_per_s = copy_gbs * 1e9 / bytes_per_token;
  const double load = load_average();

  std::printf(
      "GPT %s, %.1fM parameters: generation with the KV cache, batch 1, greedy, prompt %lld tokens, %lld "
      "single-token steps timed: %.3f ms per token, %.2f tokens/s (median of %d, %d threads, load average %.2f)\n",
      o.config.c_str(), n_params * 1e-6, static_cast<long long>(p), static_cast<long long>(n), ms, tokens_per_s,
      o.repeat, num_threads(), load);
  std::printf(
      "  bytes read per token: weights %.1f MiB + keys and values %.2f MiB (average S = %.1f) = %.1f MiB; "
      "%.2f GB/s achieved\n",
      weights_read * sizeof(float) / kMiB, kv_bytes / kMiB, average_s, bytes_per_token / kMiB,
      bytes_per_token * tokens_per_s * 1e-9);
  std::printf("  read ceiling %.2f GB/s -> bound %.2f tokens/s -> %.3f of the bound\n", read_gbs, bound_tokens_per_s,
              tokens_per_s / bound_tokens_per_s);
  std::printf("  (copy ceiling %.2f GB/s read + written -> %.2f tokens/s -> %.3f of that)\n", copy_gbs,
              copy_bound_tokens_per_s, tokens_per_s / copy_bound_tokens_per_s);
  print_json(Json{{"config", o.config},
                  {"parameters", model.num_parameters()},
                  {"prompt_len", p},
                  {"tokens", n},
                  {"ms_per_token", ms},
                  {"tokens_per_s", tokens_per_s},
                  {"bytes_per_token", bytes_per_token},
                  {"weight_bytes", weights_read * sizeof(float)},
                  {"kv_bytes", kv_bytes},
                  {"read_gbs", read_gbs},
                  {"bound_tokens_per_s", bound_tokens_per_s},
                  {"bound_fraction", tokens_per_s / bound_tokens_per_s},
                  {"copy_gbs", copy_gbs},
                  {"copy_bound_fraction", tokens_per_s / copy_bound_tokens_per_s},
                  {"threads", num_threads()},
                  {"load_average", load},
                  {"repeat", o.repeat}});
}

}  // namespace

void register_bench_gpt(CLI::App* bench) {
  static GPTBenchOptions g;
  CLI::App* gpt = bench->add_subcommand(
      "gpt", "a GPT training step (forward, backward, clipping, AdamW) against the sgemm ceiling and PyTorch");
  gpt->add_option("--config", g.config, "model preset (gpt2, gpt2-medium, ..., small, tiny)")
      ->check(CLI::IsMember(models::GPTConfig::names()));
  gpt->add_option("--batch", g.batch, "batch B")->check(CLI::PositiveNumber);
  gpt->add_option("--len", g.len, "sequence length T (at most the config's context)")->check(CLI::PositiveNumber);
  gpt->add_option("--dropout", g.dropout, "dropout on embeddings, residual branches and attention weights")
      ->check(CLI::Range(0.0, 0.99));
  gpt->add_option("--peer", g.peer, "also time the same model and optimiser in PyTorch")
      ->check(CLI::IsMember({"torch"}));
  gpt->add_option("--peer-script", g.peer_script,
                  "path of torch_gpt_peer.py (default: the installed one, else the source tree's)");
  gpt->add_option("--repeat", g.repeat, "timed steps (the median is reported)")->check(CLI::PositiveNumber);
  gpt->add_option("--ceiling-n", g.ceiling_n, "side of the square sgemm that sets the FLOP ceiling")
      ->check(CLI::PositiveNumber);
  gpt->callback([] { run_gpt(g); });

  static GenerateBenchOptions gen;
  CLI::App* gn = bench->add_subcommand(
      "generate", "GPT generation with the KV cache, batch 1: tokens/s against the memory-bandwidth bound");
  gn->add_option("--config", gen.config, "model preset (gpt2, gpt2-medium, ..., small, tiny)")
      ->check(CLI::IsMember(models::GPTConfig::names()));
  gn->add_option("--tokens", gen.tokens, "single-token steps N timed per round")->check(CLI::PositiveNumber);
  gn->add_option("--prompt-len", gen.prompt_len, "prompt length P (its pass is not timed)")->check(CLI::PositiveNumber);
  gn->add_option("--repeat", gen.repeat, "timed rounds (the median is reported)")->check(CLI::PositiveNumber);
  gn->add_option("--ceiling-mib", gen.copy_mib, "MiB per buffer of the copy and the read that measure the bandwidth")
      ->check(CLI::PositiveNumber);
  gn->callback([] { run_generate(gen); });
}

}  // namespace attn::cli
