// Google Benchmark: attn's CPU kernels through the public ops, beside the two
// ceilings they are judged against (a raw BLAS sgemm and a memory copy), so one run
// gives both. Counters: FLOP/s for products, bytes/s (read + written) for
// memory-bound ops.
//   build/bench/bench_kernels --benchmark_filter=Tanh
#include <benchmark/benchmark.h>
#include <cblas.h>

#include <cstring>
#include <functional>
#include <vector>

#include "attn/ops.h"
#include "attn/random.h"

namespace {

using attn::Tensor;

void set_flops(benchmark::State& state, double flops_per_iteration) {
  state.counters["FLOPS"] = benchmark::Counter(flops_per_iteration, benchmark::Counter::kIsIterationInvariantRate);
}
void set_bytes(benchmark::State& state, double bytes_per_iteration) {
  state.counters["bytes"] = benchmark::Counter(bytes_per_iteration, benchmark::Counter::kIsIterationInvariantRate);
}

// --- Matrix products: (N, N) · (N, N), 2 N^3 FLOPs.

void BM_Sgemm(benchmark::State& state) {  // the ceiling: the BLAS called directly
  const int n = static_cast<int>(state.range(0));
  std::vector<float> a(std::size_t(n) * n, 0.5f), b(a.size(), 0.25f), c(a.size());
  for (auto _ : state) {
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, n, n, 1.0f, a.data(), n, b.data(), n, 0.0f, c.data(), n);
    benchmark::DoNotOptimize(c.data());
  }
  set_flops(state, 2.0 * n * double(n) * n);
}
BENCHMARK(BM_Sgemm)->Arg(256)->Arg(512)->Arg(1024)->Arg(2048)->UseRealTime()->Unit(benchmark::kMillisecond);

void BM_Matmul(benchmark::State& state) {
  const std::int64_t n = state.range(0);
  attn::Generator gen(1);
  Tensor a = attn::randn({n, n}, gen), b = attn::randn({n, n}, gen);
  for (auto _ : state) benchmark::DoNotOptimize(attn::matmul(a, b));
  set_flops(state, 2.0 * n * double(n) * n);
}
BENCHMARK(BM_Matmul)->Arg(64)->Arg(256)->Arg(512)->Arg(1024)->Arg(2048)->UseRealTime()->Unit(benchmark::kMillisecond);

// A batch of attention-sized products: (B*H, T, D) · (B*H, D, T).
void BM_MatmulBatched(benchmark::State& state) {
  const std::int64_t batch = 48, t = state.range(0), d = 64;
  attn::Generator gen(2);
  Tensor q = attn::randn({batch, t, d}, gen), k = attn::randn({batch, d, t}, gen);
  for (auto _ : state) benchmark::DoNotOptimize(attn::matmul(q, k));
  set_flops(state, 2.0 * batch * t * double(t) * d);
}
BENCHMARK(BM_MatmulBatched)->Arg(128)->Arg(256)->Arg(512)->UseRealTime()->Unit(benchmark::kMillisecond);

// --- Memory-bound ops on n f32 elements; bytes = elements read + written, times 4.

void BM_Copy(benchmark::State& state) {  // the ceiling: memcpy, read + written
  const std::size_t bytes = std::size_t(state.range(0)) * sizeof(float);
  std::vector<char> src(bytes, 1), dst(bytes, 0);
  for (auto _ : state) {
    std::memcpy(dst.data(), src.data(), bytes);
    benchmark::DoNotOptimize(dst.data());
  }
  set_bytes(state, 2.0 * bytes);
}

// Registers name over the sizes, timing call(x, y) with bytes = streams * 4 n.
void register_memory_op(const char* name, int streams, std::function<Tensor(const Tensor&, const Tensor&)> call) {
  benchmark::RegisterBenchmark(name,
                               [=](benchmark::State& state) {
                                 const std::int64_t n = state.range(0);
                                 attn::Generator gen(3);
                                 Tensor x = attn::randn({n / 1024, 1024}, gen), y = attn::randn({n / 1024, 1024}, gen);
                                 for (auto _ : state) benchmark::DoNotOptimize(call(x, y));
                                 set_bytes(state, double(streams) * n * sizeof(float));
                               })
      ->RangeMultiplier(16)
      ->Range(1 << 16, 1 << 24)
      ->UseRealTime()
      ->Unit(benchmark::kMicrosecond);
}

// Row and column sums of a (R, C) matrix: the two reduction layouts.
void BM_SumLastDim(benchmark::State& state) {
  const std::int64_t rows = state.range(0), cols = state.range(1);
  attn::Generator gen(4);
  Tensor x = attn::randn({rows, cols}, gen);
  for (auto _ : state) benchmark::DoNotOptimize(attn::sum(x, {1}));
  set_bytes(state, double(rows) * cols * sizeof(float));
}
BENCHMARK(BM_SumLastDim)->Args({4096, 4096})->Args({64, 1 << 18})->Args({1 << 20, 16})->UseRealTime();

void BM_SumFirstDim(benchmark::State& state) {
  const std::int64_t rows = state.range(0), cols = state.range(1);
  attn::Generator gen(5);
  Tensor x = attn::randn({rows, cols}, gen);
  for (auto _ : state) benchmark::DoNotOptimize(attn::sum(x, {0}));
  set_bytes(state, double(rows) * cols * sizeof(float));
}
BENCHMARK(BM_SumFirstDim)->Args({4096, 4096})->Args({1 << 20, 16})->Args({16, 1 << 20})->UseRealTime();

const bool kRegistered = [] {
  benchmark::RegisterBenchmark("BM_Copy", BM_Copy)
      ->RangeMultiplier(16)
      ->Range(1 << 16, 1 << 24)
      ->UseRealTime()
      ->Unit(benchmark::kMicrosecond);
  register_memory_op("BM_Add", 3, [](const Tensor& x, const Tensor& y) { return attn::add(x, y); });
  register_memory_op("BM_Mul", 3, [](const Tensor& x, const Tensor& y) { return attn::mul(x, y); });
  register_memory_op("BM_AddBroadcastRow", 2, [](const Tensor& x, const Tensor& y) {
    return attn::add(x, attn::narrow(y, 0, 0, 1));  // (R, C) + (1, C): the bias add
  });
  register_memory_op("BM_Scale", 2, [](const Tensor& x, const Tensor&) { return attn::scale(x, 0.5); });
  register_memory_op("BM_Relu", 2, [](const Tensor& x, const Tensor&) { return attn::relu(x); });
  register_memory_op("BM_Tanh", 2, [](const Tensor& x, const Tensor&) { return attn::tanh(x); });
  register_memory_op("BM_Sigmoid", 2, [](const Tensor& x, const Tensor&) { return attn::sigmoid(x); });
  register_memory_op("BM_Gelu", 2, [](const Tensor& x, const Tensor&) { return attn::gelu(x); });
  register_memory_op("BM_Exp", 2, [](const Tensor& x, const Tensor&) { return attn::exp(x); });
  register_memory_op("BM_SumAll", 1, [](const Tensor& x, const Tensor&) { return attn::sum(x); });
  return true;
}();

}  // namespace
