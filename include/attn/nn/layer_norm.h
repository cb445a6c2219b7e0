// attn nn: LayerNorm over the last dimension (Ba, Kiros & Hinton, 2016).
#pragma once

#include <cstdint>

#include "attn/nn/module.h"

namespace attn::nn {

class LayerNorm : public Module {
 public:
  // weight (C) ones, bias (C) zeros, as torch.nn.LayerNorm; nothing random.
  explicit LayerNorm(std::int64_t normalized_shape, double eps = 1e-5, DType dtype = DType::F32);

  // x (..., C) -> (..., C) = (x - mean) / sqrt(var + eps) * weight + bias
  Tensor forward(const Tensor& x) const;

  const Tensor& weight() const { return weight_; }  // (C)
  const Tensor& bias() const { return bias_; }      // (C)
  double eps() const { return eps_; }

 private:
  Tensor weight_;  // (C)
  Tensor bias_;    // (C)
  double eps_;
};

}  // namespace attn::nn
