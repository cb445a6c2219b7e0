// attn bench: this machine's ceilings and attn's kernels measured against them.
//   attn bench ceiling                  sgemm GFLOP/s and memory-copy GB/s
//   attn bench matmul --n 1024          attn::matmul as a fraction of the sgemm ceiling
//   attn bench elementwise --mib 64     elementwise ops and sum as fractions of the copy ceiling
//   attn bench attention|decode         attention and KV-cache decoding (bench_attention.h)
//   attn bench gpt|generate             a GPT training step and generation (bench_gpt.h)
//   attn bench nmt                      a seq2seq training step and translation speed (bench_nmt.h)
// Each prints readable lines, then one JSON object with every figure as its last
// line. Whatever is compared with a ceiling is timed in the same rounds as it
// (bench_timing.h).
#include <algorithm>
#include <cstdio>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "attn/ops.h"
#include "attn/parallel.h"
#include "attn/random.h"
#include "bench_attention.h"
#include "bench_ceiling.h"
#include "bench_gpt.h"
#include "bench_nmt.h"
#include "bench_timing.h"
#include "commands.h"

namespace attn::cli {
namespace {

using Json = nlohmann::ordered_json;

struct CeilingOptions {
  int gemm_n = 2048;   // side of the square sgemm
  int copy_mib = 256;  // size of each copy buffer, far beyond the caches
};

void add_ceiling_options(CLI::App* cmd, CeilingOptions& o) {
  cmd->add_option("--ceiling-n", o.gemm_n, "side of the square sgemm that sets the FLOP ceiling")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--ceiling-mib", o.copy_mib, "MiB per buffer of the copy and the read that measure the bandwidth")
      ->check(CLI::PositiveNumber);
}

void print_json(const Json& j) {
  std::printf("%s\n", j.dump().c_str());
}

void run_ceiling(const CeilingOptions& o, int repeat) {
  SgemmCeiling sgemm(o.gemm_n);
  const double gflops = sgemm.gflops(median_seconds(repeat, [&] { sgemm.run(); }));
  std::printf("sgemm   n=%d: %8.1f GFLOP/s (median of %d, %d threads, BLAS %s, %s kernels)\n", o.gemm_n, gflops, repeat,
              num_threads(), blas_threading(), blas_core());
  CopyCeiling copy(std::size_t(o.copy_mib) << 20);
  const std::vector<double> s =
      median_seconds_interleaved(repeat, {[&] { copy.run_memcpy(); }, [&] { copy.run_streaming(); }});
  const double memcpy_gbs = copy.gbs(s[0]), streaming_gbs = copy.gbs(s[1]);
  const double gbs = std::max(memcpy_gbs, streaming_gbs);
  std::printf("copy %4d MiB: %8.2f GB/s read + written (memcpy %.2f, streaming stores %.2f; median of %d)\n",
              o.copy_mib, gbs, memcpy_gbs, streaming_gbs, repeat);
  ReadCeiling read(std::size_t(o.copy_mib) << 20);
  const double read_gbs = read.gbs(median_seconds(repeat, [&] { read.run(); }));
  std::printf("read %4d MiB: %8.2f GB/s read (median of %d)\n", o.copy_mib, read_gbs, repeat);
  print_json(Json{{"sgemm_gflops", gflops},
                  {"copy_gbs", gbs},
                  {"read_gbs", read_gbs},
                  {"threads", num_threads()},
                  {"blas", blas_threading()},
                  {"blas_core", blas_core()},
                  {"memcpy_gbs", memcpy_gbs},
                  {"streaming_copy_gbs", streaming_gbs},
                  {"sgemm_n", o.gemm_n},
                  {"copy_mib", o.copy_mib},
                  {"repeat", repeat}});
}

void run_matmul(int n, int repeat, const CeilingOptions& o) {
  Generator gen(1);
  Tensor a = randn({n, n}, gen), b = randn({n, n}, gen);
  SgemmCeiling sgemm(o.gemm_n);
  const std::vector<double> s = median_seconds_interleaved(repeat, {[&] { matmul(a, b); }, [&] { sgemm.run(); }});
  const double gflops = 2.0 * n * double(n) * n / s[0] * 1e-9;
  const double ceiling = sgemm.gflops(s[1]);
  std::printf("matmul (%d, %d) · (%d, %d): %.3f ms, %.1f GFLOP/s (median of %d, %d threads)\n", n, n, n, n, s[0] * 1e3,
              gflops, repeat, num_threads());
  std::printf("sgemm ceiling n=%d: %.1f GFLOP/s -> %.3f of the ceiling\n", o.gemm_n, ceiling, gflops / ceiling);
  print_json(Json{{"n", n},
                  {"seconds", s[0]},
                  {"gflops", gflops},
                  {"sgemm_gflops", ceiling},
                  {"ceiling_fraction", gflops / ceiling},
                  {"threads", num_threads()},
                  {"blas_core", blas_core()},
                  {"repeat", repeat}});
}

// One memory-bound op: its name, the bytes it must move (read + written) and the
// call, out-of-place as users make it.
struct MemoryOp {
  std::string name;
  double bytes;
  std::function<void()> call;
};

void run_elementwise(int mib, int repeat, const CeilingOptions& o) {
  const std::int64_t cols = 1024, rows = std::int64_t(mib) * (1 << 20) / 4 / cols;
  Generator gen(1);
  Tensor x = randn({rows, cols}, gen), y = randn({rows, cols}, gen);
  const double n = double(rows * cols) * sizeof(float);
  const std::vector<MemoryOp> ops = {
      {"add", 3 * n, [&] { add(x, y); }},
      {"mul", 3 * n, [&] { mul(x, y); }},
      {"scale", 2 * n, [&] { scale(x, 0.5); }},
      {"relu", 2 * n, [&] { relu(x); }},
      {"tanh", 2 * n, [&] { attn::tanh(x); }},
      {"sigmoid", 2 * n, [&] { sigmoid(x); }},
      {"gelu", 2 * n, [&] { gelu(x); }},
      {"exp", 2 * n, [&] { attn::exp(x); }},
      {"sum", n, [&] { sum(x); }},
  };
  CopyCeiling copy(std::size_t(o.copy_mib) << 20);
  std::printf("f32 tensors (%lld, %lld) = %d MiB; median of %d, %d threads; each op timed in turn with the copy\n",
              static_cast<long long>(rows), static_cast<long long>(cols), mib, repeat, num_threads());
  Json results = Json::object();
  std::vector<double> ceilings;
  for (const MemoryOp& op : ops) {
    const std::vector<double> s =
        median_seconds_interleaved(repeat, {op.call, [&] { copy.run_memcpy(); }, [&] { copy.run_streaming(); }});
    const double gbs = op.bytes / s[0] * 1e-9;
    const double ceiling = std::max(copy.gbs(s[1]), copy.gbs(s[2]));
    ceilings.push_back(ceiling);
    std::printf("%-8s %8.3f ms %8.2f GB/s   copy %6.2f GB/s   %.3f of copy\n", op.name.c_str(), s[0] * 1e3, gbs,
                ceiling, gbs / ceiling);
    results[op.name] = Json{{"bytes", op.bytes},
                            {"seconds", s[0]},
                            {"gbs", gbs},
                            {"copy_gbs", ceiling},
                            {"ceiling_fraction", gbs / ceiling}};
  }
  std::sort(ceilings.begin(), ceilings.end());
  print_json(Json{{"mib", mib},
                  {"copy_gbs", ceilings[ceilings.size() / 2]},
                  {"threads", num_threads()},
                  {"repeat", repeat},
                  {"ops", results}});
}

}  // namespace

void register_bench(CLI::App& app) {
  CLI::App* bench = app.add_subcommand("bench", "measure this machine's ceilings and attn's kernels against them");
  bench->require_subcommand(1);
  static CeilingOptions ceiling;

  static int ceiling_repeat = 7;
  CLI::App* ceil_cmd = bench->add_subcommand("ceiling", "sgemm GFLOP/s through the BLAS and memory-copy GB/s");
  add_ceiling_options(ceil_cmd, ceiling);
  ceil_cmd->add_option("--repeat", ceiling_repeat, "timed runs (the median is reported)")->check(CLI::PositiveNumber);
  ceil_cmd->callback([] { run_ceiling(ceiling, ceiling_repeat); });

  static int matmul_n = 1024, matmul_repeat = 11;
  CLI::App* mm = bench->add_subcommand("matmul", "attn::matmul of (N, N) · (N, N) against the sgemm ceiling");
  mm->add_option("--n", matmul_n, "matrix side N")->check(CLI::PositiveNumber);
  mm->add_option("--repeat", matmul_repeat, "timed runs (the median is reported)")->check(CLI::PositiveNumber);
  add_ceiling_options(mm, ceiling);
  mm->callback([] { run_matmul(matmul_n, matmul_repeat, ceiling); });

  static int ew_mib = 64, ew_repeat = 9;
  CLI::App* ew = bench->add_subcommand("elementwise", "elementwise ops and sum against the copy ceiling");
  ew->add_option("--mib", ew_mib, "MiB per f32 tensor")->check(CLI::PositiveNumber);
  ew->add_option("--repeat", ew_repeat, "timed runs (the median is reported)")->check(CLI::PositiveNumber);
  add_ceiling_options(ew, ceiling);
  ew->callback([] { run_elementwise(ew_mib, ew_repeat, ceiling); });

  register_bench_attention(bench);  // bench_attention.cpp: attn bench attention|decode
  register_bench_gpt(bench);        // bench_gpt.cpp: attn bench gpt|generate
  register_bench_nmt(bench);        // bench_nmt.cpp: attn bench nmt
  register_bench_tokenize(bench);   // bench_tokenize.cpp: attn bench tokenize
}

}  // namespace attn::cli
