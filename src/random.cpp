#include "attn/random.h"

#include <cmath>

#include "attn/parallel.h"
#include "dispatch.h"
#include "kernels/cpu/parallel_for.h"

namespace attn {

// SplitMix64's output function applied to seed + counter * golden gamma: position i of
// the SplitMix64 stream started at `seed`, computable out of order.
std::uint64_t Generator::bits(std::uint64_t counter) const {
  std::uint64_t z = seed_ + (counter + 1) * 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

double Generator::uniform_at(std::uint64_t counter) const {
  return static_cast<double>(bits(counter) >> 11) * 0x1.0p-53;
}

double Generator::uniform() {
  return uniform_at(advance(1));
}

namespace {
// Box-Muller on the uniforms of counters 2i and 2i+1; u1 is kept away from 0.
double normal_pair(const Generator& gen, std::uint64_t first, std::uint64_t i) {
  const double u1 = 1.0 - gen.uniform_at(first + 2 * (i / 2));
  const double u2 = gen.uniform_at(first + 2 * (i / 2) + 1);
  const double r = std::sqrt(-2.0 * std::log(u1));
  const double theta = 2.0 * M_PI * u2;
  return (i % 2 == 0) ? r * std::cos(theta) : r * std::sin(theta);
}
}  // namespace

double Generator::normal() {
  return normal_pair(*this, advance(2), 0);
}

std::uint64_t Generator::below(std::uint64_t n) {
  // Lemire's multiply-shift: the bias is below 2^-64 * n, negligible for n < 2^32.
  return static_cast<std::uint64_t>((static_cast<unsigned __int128>(bits(advance(1))) * n) >> 64);
}

void normal_(const Tensor& x, double mean, double std, Generator& gen) {
  check_float(x, "normal_", "x");
  ATTN_CHECK(x.is_contiguous(), "normal_: expected a contiguous tensor, got ", x.describe());
  const std::int64_t n = x.numel();
  const std::uint64_t first = gen.advance(static_cast<std::uint64_t>(n + (n % 2)));
  dispatch_float(x.dtype(), "normal_", [&](auto tag) {
    using T = decltype(tag);
    T* p = x.data<T>();
    kernels::parallel_for(n, n >= kParallelGrain,
                          [&](std::int64_t i) { p[i] = static_cast<T>(mean + std * normal_pair(gen, first, i)); });
  });
}

void uniform_(const Tensor& x, double low, double high, Generator& gen) {
  check_float(x, "uniform_", "x");
  ATTN_CHECK(x.is_contiguous(), "uniform_: expected a contiguous tensor, got ", x.describe());
  const std::int64_t n = x.numel();
  const std::uint64_t first = gen.advance(static_cast<std::uint64_t>(n));
  dispatch_float(x.dtype(), "uniform_", [&](auto tag) {
    using T = decltype(tag);
    T* p = x.data<T>();
    kernels::parallel_for(n, n >= kParallelGrain, [&](std::int64_t i) {
      p[i] = static_cast<T>(low + (high - low) * gen.uniform_at(first + i));
    });
  });
}

Tensor randn(const Shape& shape, Generator& gen, DType dtype) {
  Tensor t = empty(shape, dtype);
  normal_(t, 0.0, 1.0, gen);
  return t;
}

Tensor rand_uniform(const Shape& shape, double low, double high, Generator& gen, DType dtype) {
  Tensor t = empty(shape, dtype);
  uniform_(t, low, high, gen);
  return t;
}

}  // namespace attn
