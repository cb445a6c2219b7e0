// attn decode: choosing the next token from a model's logits.
//
//   greedy        the argmax (the lowest id among equal maxima)
//   temperature   p = softmax(logits / temperature); below 1 sharpens, above 1 flattens
//   top_k         only the k most probable tokens stay (0: all)
//   top_p         nucleus sampling (Holtzman et al., 2020): the fewest most probable
//                 tokens whose probabilities sum to at least top_p stay (1: all)
// then the kept probabilities are renormalised and one token drawn with the seeded
// generator, so the same seed and logits give the same tokens.
#pragma once

#include <cstdint>
#include <span>

#include "attn/random.h"
#include "attn/tensor.h"

namespace attn::decode {

struct SamplingOptions {
  bool greedy = false;
  double temperature = 1.0;  // > 0
  std::int64_t top_k = 0;    // >= 0; 0: no limit
  double top_p = 1.0;        // in (0, 1]
  std::uint64_t seed = 0;
};

class Sampler {
 public:
  // Throws naming the option when temperature <= 0, top_k < 0 or top_p outside (0, 1].
  explicit Sampler(const SamplingOptions& options);

  // logits (V) of f32 or f64 -> a token id in [0, V).
  std::int64_t next(const Tensor& logits);
  std::int64_t next(std::span<const float> logits);

  const SamplingOptions& options() const { return options_; }

 private:
  SamplingOptions options_;
  Generator gen_;
};

}  // namespace attn::decode
