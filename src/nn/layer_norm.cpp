#include "attn/nn/layer_norm.h"

#include "attn/error.h"
#include "attn/ops/norm.h"

namespace attn::nn {

LayerNorm::LayerNorm(std::int64_t normalized_shape, double eps, DType dtype) : eps_(eps) {
  ATTN_CHECK(normalized_shape > 0, "LayerNorm: C must be positive, got ", normalized_shape);
  ATTN_CHECK(eps >= 0, "LayerNorm: eps must be >= 0, got ", eps);
  weight_ = register_parameter("weight", ones({normalized_shape}, dtype));
  bias_ = register_parameter("bias", zeros({normalized_shape}, dtype));
}

Tensor LayerNorm::forward(const Tensor& x) const {
  return layer_norm(x, weight_, bias_, eps_);
}

}  // namespace attn::nn
