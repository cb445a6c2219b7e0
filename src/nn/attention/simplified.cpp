#include "attn/nn/attention/simplified.h"

#include "attn/error.h"
#include "attn/ops/attention.h"
#include "attn/ops/shape.h"

namespace attn::nn {

Tensor SimplifiedSelfAttention::forward(const Tensor& x) const {
  return forward_with_weights(x).output;
}

AttentionOutput SimplifiedSelfAttention::forward_with_weights(const Tensor& x) const {
  ATTN_CHECK(x.defined() && x.dim() == 3 && is_floating(x.dtype()),
             "SimplifiedSelfAttention: expected a float x (B, T, C), got ", x.defined() ? x.describe() : "undefined");
  const std::int64_t b = x.size(0), t = x.size(1), c = x.size(2);
  // One head whose queries, keys and values are x itself; scale 1: the textbook's
  // unscaled X · Xᵀ.
  const Tensor as_head = reshape(x, {b, 1, t, c});  // (B, 1, T, C)
  AttentionOptions options;
  options.scale = 1.0;
  AttentionResult r = attention(as_head, as_head, as_head, options);
  return {reshape(r.output, {b, t, c}), reshape(r.weights, {b, t, t})};
}

}  // namespace attn::nn
