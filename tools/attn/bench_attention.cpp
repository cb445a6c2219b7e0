// attn bench attention|decode (see bench_attention.h). Like every `attn bench`
// command, each prints readable lines, then one JSON object with every figure as its
// last line.
//   attn bench attention --batch 8 --heads 12 --len 1024 --head-dim 64 --causal --peer torch
//   attn bench decode --cache 4096
#include "bench_attention.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "attn/autograd.h"
#include "attn/decode/decode_attention.h"
#include "attn/decode/kv_cache.h"
#include "attn/ops/attention.h"
#include "attn/parallel.h"
#include "attn/random.h"
#include "bench_ceiling.h"
#include "bench_support.h"
#include "bench_timing.h"

namespace attn::cli {
namespace {

using Json = nlohmann::ordered_json;

constexpr double kMiB = 1024.0 * 1024.0;

// ---- Peak memory: the resident set, from /proc/self (Linux) ----------------------
// attn's storage has no allocation high-water counter, so the peak is measured as
// the growth of the resident set's high-water mark (VmHWM, reset by writing 5 to
// /proc/self/clear_refs) over the resident set (VmRSS) just before the call.

// Calls fn once; returns how far the resident set's peak rose above the resident set
// before the call, in MiB (-1 where /proc cannot tell).
double resident_peak_growth_mib(const std::function<void()>& fn) {
  const bool reset = reset_resident_peak();
  const std::int64_t before = proc_status_kib("VmRSS");
  fn();
  const std::int64_t peak = proc_status_kib("VmHWM");
  if (!reset || before < 0 || peak < 0) return -1;
  return double(peak - before) / 1024.0;
}

// Memory this process may still take, from /proc/meminfo, in bytes (0 if unknown).
double available_memory_bytes() {
  std::ifstream meminfo("/proc/meminfo");
  std::string key;
  double kib = 0;
  while (meminfo >> key >> kib) {
    if (key == "MemAvailable:") return kib * 1024.0;
    meminfo.ignore(1 << 10, '\n');
  }
  return 0;
}

// ---- attn bench attention --------------------------------------------------------

struct AttentionBenchOptions {
  std::int64_t batch = 1;      // B
  std::int64_t heads = 12;     // H
  std::int64_t len = 1024;     // T = S (self-attention)
  std::int64_t head_dim = 64;  // D = Dv
  bool causal = false;
  std::int64_t window = 0;  // W, 0 for none
  bool backward = false;
  std::string kernel = "auto";
  std::string peer;         // "" or "torch"
  std::string peer_script;  // "" = the installed torch_peer.py, else the source tree's
  int repeat = 5;
  int ceiling_n = 2048;
};

// (query, key) pairs that the mask leaves visible in self-attention of length T:
// all T² without a mask, the lower triangle with causal, min(t + 1, W) per query t
// with a window.
double useful_pairs(const AttentionBenchOptions& o) {
  if (!o.causal && o.window == 0) return double(o.len) * double(o.len);
  double pairs = 0;
  for (std::int64_t t = 0; t < o.len; ++t) pairs += double(o.window > 0 ? std::min(t + 1, o.window) : t + 1);
  return pairs;
}

// FLOPs of one timed call on the useful pairs only: forward 4 D per pair (2 D for
// q·k, 2 D for the weighted sum of v); backward 2.5x the forward (recomputed q·k,
// dV = Pᵀ dO, dP = dO Vᵀ, dQ = dS K, dK = dSᵀ Q: 5 products of 2 D per pair).
double useful_flops(const AttentionBenchOptions& o) {
  const double forward = 4.0 * double(o.batch) * double(o.heads) * useful_pairs(o) * double(o.head_dim);
  return o.backward ? 3.5 * forward : forward;
}

AttentionKernel kernel_named(const std::string& name) {
  if (name == "plain") return AttentionKernel::Plain;
  if (name == "fused") return AttentionKernel::Fused;
  return AttentionKernel::Auto;
}

// The PyTorch peer (torch_peer.py) on the same shape, in a child process.
Json run_torch_peer(const AttentionBenchOptions& o) {
  std::ostringstream arguments;
  arguments << "--batch " << o.batch << " --heads " << o.heads << " --len " << o.len << " --head-dim " << o.head_dim
            << " --window " << o.window << " --threads " << num_threads() << " --repeat " << o.repeat
            << (o.causal ? " --causal" : "") << (o.backward ? " --backward" : "");
  return run_python_peer(peer_script_path("torch_peer.py", o.peer_script), arguments.str());
}

void run_attention(const AttentionBenchOptions& o) {
  const std::int64_t b = o.batch, h = o.heads, t = o.len, d = o.head_dim;
  Generator gen(1);
  const Shape shape{b, h, t, d};
  Tensor q = randn(shape, gen), k = randn(shape, gen), v = randn(shape, gen);
  Tensor d_out = o.backward ? randn(shape, gen) : Tensor();
  if (o.backward)
    for (Tensor* x : {&q, &k, &v}) x->set_requires_grad(true);
  AttentionOptions options;
  options.mask.causal = o.causal;
  options.mask.window = o.window;
  options.need_weights = false;
  options.kernel = kernel_named(o.kernel);
  const auto call = [&] {
    if (o.backward) {
      for (const Tensor& x : {q, k, v}) x.zero_grad();
      attention(q, k, v, options).output.backward(d_out);
    } else {
      attention(q, k, v, options);
    }
  };

  SgemmCeiling sgemm(o.ceiling_n);
  sgemm.run();  // the BLAS's own buffers are allocated before the memory is measured
  // The first call (the warm-up round) measures the peak memory: before it, the
  // storage cache holds no blocks that the call could reuse unseen.
  double peak_mib = -1;
  bool measured = false;
  const auto first_call_measured = [&] {
    if (measured) {
      call();
      return;
    }
    measured = true;
    peak_mib = resident_peak_growth_mib(call);
  };
  const std::vector<double> s = median_seconds_interleaved(o.repeat, {first_call_measured, [&] { sgemm.run(); }});
  const double flops = useful_flops(o), gflops = flops / s[0] * 1e-9, ceiling = sgemm.gflops(s[1]);
  const double tensor_mib = double(b * h * t * d) * sizeof(float) / kMiB;
  const double outputs_mib = (o.backward ? 4 : 1) * tensor_mib;  // O, and dQ, dK, dV with backward

  std::printf(
      "attention %s (B, H, T, D) = (%lld, %lld, %lld, %lld)%s%s, kernel %s: %.3f ms, %.1f GFLOP/s useful "
      "(median of %d, %d threads)\n",
      o.backward ? "forward+backward" : "forward", static_cast<long long>(b), static_cast<long long>(h),
      static_cast<long long>(t), static_cast<long long>(d), o.causal ? ", causal" : "",
      o.window > 0 ? (", window " + std::to_string(o.window)).c_str() : "", o.kernel.c_str(), s[0] * 1e3, gflops,
      o.repeat, num_threads());
  std::printf("sgemm ceiling n=%d: %.1f GFLOP/s -> %.3f of the ceiling\n", o.ceiling_n, ceiling, gflops / ceiling);
  std::printf("peak memory beyond the inputs (resident set): %.1f MiB, of which outputs %.1f MiB\n", peak_mib,
              outputs_mib);

  Json j{{"batch", b},
         {"heads", h},
         {"len", t},
         {"head_dim", d},
         {"causal", o.causal},
         {"window", o.window},
         {"backward", o.backward},
         {"kernel", o.kernel},
         {"time_ms", s[0] * 1e3},
         {"useful_gflop", flops * 1e-9},
         {"gflops", gflops},
         {"sgemm_gflops", ceiling},
         {"ceiling_fraction", gflops / ceiling},
         {"peak_mib", peak_mib},
         {"inputs_mib", (o.backward ? 4 : 3) * tensor_mib},
         {"outputs_mib", outputs_mib},
         {"threads", num_threads()},
         {"blas_core", blas_core()},
         {"repeat", o.repeat}};

  if (o.peer == "torch") {
    // The composition holds (B, H, T, T) buffers: scores and weights forward, and
    // their gradients and saved copies backward.
    const double buffers = o.backward ? 6 : 3;
    const double needed = buffers * double(b * h) * double(t) * double(t) * sizeof(float);
    const double available = available_memory_bytes();
    if (available > 0 && needed > 0.5 * available) {
      char reason[160];
      std::snprintf(reason, sizeof reason, "would need %.1f GiB (%.0f (B, H, T, T) f32 buffers), %.1f GiB available",
                    needed / (kMiB * 1024), buffers, available / (kMiB * 1024));
      std::printf("torch peer skipped: %s\n", reason);
      j["peer"] = "torch";
      j["peer_skipped"] = reason;
    } else {
      const Json peer = run_torch_peer(o);
      j["peer"] = "torch";
      if (peer.contains("error")) {
        std::printf("torch peer failed: %s\n", peer["error"].get<std::string>().c_str());
        j["peer_skipped"] = peer["error"];
      } else {
        const double peer_ms = peer["median_ms"].get<double>();
        std::printf("torch composition: %.3f ms -> attn is %.2fx as fast\n", peer_ms, peer_ms / (s[0] * 1e3));
        j["peer_time_ms"] = peer_ms;
        j["speedup"] = peer_ms / (s[0] * 1e3);
        j["peer_torch"] = peer["torch"];
      }
    }
  }
  print_json(j);
}

// ---- attn bench decode -----------------------------------------------------------

struct DecodeBenchOptions {
  std::int64_t cache = 4096;   // N: positions already cached
  std::int64_t batch = 1;      // B
  std::int64_t heads = 12;     // H
  std::int64_t kv_heads = 0;   // Hkv, 0 = H
  std::int64_t head_dim = 64;  // D = Dv
  std::int64_t tokens = 64;    // K: decode steps per timed round
  std::string kernel = "decode";
  int repeat = 9;
  int copy_mib = 256;
};

// One timed round: crop the cache back to N positions, then K steps, each appending
// one new position per sequence to the cache and attending one query per head to the
// whole cache (N + 1 ... N + K positions).
void run_decode(const DecodeBenchOptions& o) {
  const std::int64_t b = o.batch, h = o.heads, hkv = o.kv_heads > 0 ? o.kv_heads : o.heads, d = o.head_dim;
  const std::int64_t n = o.cache, steps = o.tokens;
  NoGradGuard no_grad;
  Generator gen(1);
  decode::KVCache cache;
  cache.reserve(n + steps);
  cache.append(0, randn({b, hkv, n, d}, gen), randn({b, hkv, n, d}, gen));
  std::vector<Tensor> queries, new_keys, new_values;
  for (std::int64_t i = 0; i < steps; ++i) {
    queries.push_back(randn({b, h, 1, d}, gen));
    new_keys.push_back(randn({b, hkv, 1, d}, gen));
    new_values.push_back(randn({b, hkv, 1, d}, gen));
  }
  AttentionOptions plain;
  plain.mask.causal = true;
  plain.need_weights = false;
  plain.kernel = AttentionKernel::Plain;
  const bool use_decode = o.kernel == "decode";
  const auto round = [&] {
    cache.crop(n);
    for (std::int64_t i = 0; i < steps; ++i) {
      const decode::KVView kv = cache.append(0, new_keys[i], new_values[i]);
      if (use_decode)
        decode::decode_attention(queries[i], kv.keys, kv.values);
      else
        attention(queries[i], kv.keys, kv.values, plain);
    }
  };
  CopyCeiling copy(std::size_t(o.copy_mib) << 20);
  ReadCeiling read(std::size_t(o.copy_mib) << 20);
  const std::vector<double> s = median_seconds_interleaved(
      o.repeat, {round, [&] { copy.run_memcpy(); }, [&] { copy.run_streaming(); }, [&] { read.run(); }});
  // Keys and values read per round: every step reads the whole cache once.
  double kv_bytes = 0;
  for (std::int64_t i = 0; i < steps; ++i) kv_bytes += double(b * hkv) * double(n + i + 1) * 2.0 * d * sizeof(float);
  const double tokens_per_s = double(b * steps) / s[0], kv_gbs = kv_bytes / s[0] * 1e-9;
  const double copy_gbs = std::max(copy.gbs(s[1]), copy.gbs(s[2]));
  const double read_gbs = read.gbs(s[3]);
  std::printf(
      "decode (B, H, Hkv, D) = (%lld, %lld, %lld, %lld) against a cache of %lld positions, %lld steps, "
      "kernel %s: %.1f tokens/s, %.3f ms per step (median of %d, %d threads)\n",
      static_cast<long long>(b), static_cast<long long>(h), static_cast<long long>(hkv), static_cast<long long>(d),
      static_cast<long long>(n), static_cast<long long>(steps), o.kernel.c_str(), tokens_per_s,
      s[0] * 1e3 / double(steps), o.repeat, num_threads());
  std::printf(
      "keys and values read: %.2f GB/s; copy ceiling %.2f GB/s -> %.3f of the ceiling; read ceiling %.2f GB/s "
      "-> %.3f\n",
      kv_gbs, copy_gbs, kv_gbs / copy_gbs, read_gbs, kv_gbs / read_gbs);
  print_json(Json{{"cache", n},
                  {"batch", b},
                  {"heads", h},
                  {"kv_heads", hkv},
                  {"head_dim", d},
                  {"tokens", steps},
                  {"kernel", o.kernel},
                  {"time_ms", s[0] * 1e3},
                  {"ms_per_step", s[0] * 1e3 / double(steps)},
                  {"tokens_per_s", tokens_per_s},
                  {"kv_gbs", kv_gbs},
                  {"copy_gbs", copy_gbs},
                  {"ceiling_fraction", kv_gbs / copy_gbs},
                  {"read_gbs", read_gbs},
                  {"read_fraction", kv_gbs / read_gbs},
                  {"threads", num_threads()},
                  {"repeat", o.repeat}});
}

}  // namespace

void register_bench_attention(CLI::App* bench) {
  static AttentionBenchOptions a;
  CLI::App* att = bench->add_subcommand(
      "attention", "attn::attention on random q, k, v (B, H, T, D) against the sgemm ceiling and PyTorch");
  att->add_option("--batch", a.batch, "batch B")->check(CLI::PositiveNumber);
  att->add_option("--heads", a.heads, "heads H")->check(CLI::PositiveNumber);
  att->add_option("--len", a.len, "sequence length T (queries and keys)")->check(CLI::PositiveNumber);
  att->add_option("--head-dim", a.head_dim, "head width D")->check(CLI::PositiveNumber);
  att->add_flag("--causal", a.causal, "causal mask");
  att->add_option("--window", a.window, "sliding window of width W (implies causal), 0 for none")
      ->check(CLI::NonNegativeNumber);
  att->add_flag("--backward", a.backward, "time forward + backward through autograd with a random dO");
  att->add_option("--kernel", a.kernel, "auto, plain (the composition) or fused (the tiled kernel)")
      ->check(CLI::IsMember({"auto", "plain", "fused"}));
  att->add_option("--peer", a.peer, "also time the same attention in PyTorch as the textbook composition")
      ->check(CLI::IsMember({"torch"}));
  att->add_option("--peer-script", a.peer_script,
                  "path of torch_peer.py (default: the installed one, else the source tree's)");
  att->add_option("--repeat", a.repeat, "timed runs (the median is reported)")->check(CLI::PositiveNumber);
  att->add_option("--ceiling-n", a.ceiling_n, "side of the square sgemm that sets the FLOP ceiling")
      ->check(CLI::PositiveNumber);
  att->callback([] { run_attention(a); });

  static DecodeBenchOptions dec;
  CLI::App* dc = bench->add_subcommand("decode", "single-token decode attention against a KV cache: tokens/s");
  dc->add_option("--cache", dec.cache, "positions N already in the cache")->check(CLI::PositiveNumber);
  dc->add_option("--batch", dec.batch, "batch B (sequences decoded together)")->check(CLI::PositiveNumber);
  dc->add_option("--heads", dec.heads, "query heads H")->check(CLI::PositiveNumber);
  dc->add_option("--kv-heads", dec.kv_heads, "key/value heads Hkv (divides H; default H)")->check(CLI::PositiveNumber);
  dc->add_option("--head-dim", dec.head_dim, "head width D")->check(CLI::PositiveNumber);
  dc->add_option("--tokens", dec.tokens, "decode steps K per timed round")->check(CLI::PositiveNumber);
  dc->add_option("--kernel", dec.kernel, "decode (decode::decode_attention) or plain (attn::attention, T = 1)")
      ->check(CLI::IsMember({"decode", "plain"}));
  dc->add_option("--repeat", dec.repeat, "timed rounds (the median is reported)")->check(CLI::PositiveNumber);
  dc->add_option("--ceiling-mib", dec.copy_mib, "MiB per buffer of the copy and the read that measure the bandwidth")
      ->check(CLI::PositiveNumber);
  dc->callback([] { run_decode(dec); });
}

}  // namespace attn::cli
