// attn nn: Linear, the affine map with PyTorch's weight layout.
#pragma once

#include <cstdint>

#include "attn/nn/module.h"
#include "attn/random.h"

namespace attn::nn {

class Linear : public Module {
 public:
  // weight (Cout, Cin) and bias (Cout) both drawn from U(-1/sqrt(Cin), 1/sqrt(Cin)), as
  // torch.nn.Linear (whose kaiming_uniform_(a = sqrt(5)) reduces to that bound);
  // weight first, then bias, from `gen`.
  Linear(std::int64_t in_features, std::int64_t out_features, Generator& gen, bool bias = true,
         DType dtype = DType::F32);

  // x (..., Cin) -> (..., Cout) = x · weightᵀ + bias
  Tensor forward(const Tensor& x) const;

  const Tensor& weight() const { return weight_; }  // (Cout, Cin)
  const Tensor& bias() const { return bias_; }      // (Cout), undefined without bias

 private:
  Tensor weight_;  // (Cout, Cin)
  Tensor bias_;    // (Cout) or undefined
};

}  // namespace attn::nn
