#include "attn/nn/linear.h"

#include <cmath>

#include "attn/error.h"
#include "attn/nn/init.h"
#include "attn/ops/matmul.h"

namespace attn::nn {

Linear::Linear(std::int64_t in_features, std::int64_t out_features, Generator& gen, bool bias, DType dtype) {
  ATTN_CHECK(in_features > 0 && out_features > 0, "Linear: sizes must be positive, got Cin = ", in_features,
             ", Cout = ", out_features);
  const double bound = 1.0 / std::sqrt(static_cast<double>(in_features));
  weight_ = register_parameter("weight", empty({out_features, in_features}, dtype));
  init::uniform_(weight_, -bound, bound, gen);
  if (bias) {
    bias_ = register_parameter("bias", empty({out_features}, dtype));
    init::uniform_(bias_, -bound, bound, gen);
  }
}

Tensor Linear::forward(const Tensor& x) const {
  return linear(x, weight_, bias_);
}

}  // namespace attn::nn
