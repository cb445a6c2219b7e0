// attn: random numbers from a generator the caller owns.
//
// Counter-based: the i-th number drawn after the generator's current position is a
// pure function of (seed, position + i), so a fill gives the same numbers whatever
// the number of threads that compute it. There is no global generator.
#pragma once

#include <cstdint>

#include "attn/tensor.h"

namespace attn {

class Generator {
 public:
  explicit Generator(std::uint64_t seed) : seed_(seed) {}
  std::uint64_t seed() const { return seed_; }
  std::uint64_t position() const { return position_; }
  void set_position(std::uint64_t position) { position_ = position; }

  // Reserves n consecutive counters and returns the first.
  std::uint64_t advance(std::uint64_t n) {
    std::uint64_t first = position_;
    position_ += n;
    return first;
  }
  // 64 random bits for counter `counter` (does not advance).
  std::uint64_t bits(std::uint64_t counter) const;
  // Uniform in [0, 1) for counter `counter` (does not advance).
  double uniform_at(std::uint64_t counter) const;

  double uniform();                      // [0, 1)
  double normal();                       // N(0, 1)
  std::uint64_t below(std::uint64_t n);  // uniform integer in [0, n)

 private:
  std::uint64_t seed_;
  std::uint64_t position_ = 0;
};

// Fresh tensors of random values (float dtypes).
Tensor randn(const Shape& shape, Generator& gen, DType dtype = DType::F32);  // N(0, 1)
Tensor rand_uniform(const Shape& shape, double low, double high, Generator& gen, DType dtype = DType::F32);
// In-place fills of an existing (contiguous) float tensor; not recorded by autograd.
void normal_(const Tensor& x, double mean, double std, Generator& gen);
void uniform_(const Tensor& x, double low, double high, Generator& gen);

}  // namespace attn
