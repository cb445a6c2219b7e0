#include "attn/nn/attention/self_attention.h"

#include "attn/error.h"
#include "attn/ops/attention.h"
#include "attn/ops/shape.h"

namespace attn::nn {

SelfAttention::SelfAttention(std::int64_t d_in, std::int64_t d_out, Generator& gen, bool qkv_bias, DType dtype)
    : d_in_(d_in), d_out_(d_out) {
  ATTN_CHECK(d_in > 0 && d_out > 0, "SelfAttention: d_in and d_out must be positive, got d_in = ", d_in,
             ", d_out = ", d_out);
  W_query_ = register_module("W_query", std::make_shared<Linear>(d_in, d_out, gen, qkv_bias, dtype));
  W_key_ = register_module("W_key", std::make_shared<Linear>(d_in, d_out, gen, qkv_bias, dtype));
  W_value_ = register_module("W_value", std::make_shared<Linear>(d_in, d_out, gen, qkv_bias, dtype));
}

Tensor SelfAttention::forward(const Tensor& x) const {
  return forward_with_weights(x).output;
}

AttentionOutput SelfAttention::forward_with_weights(const Tensor& x) const {
  ATTN_CHECK(x.defined() && x.dim() == 3 && x.size(2) == d_in_, "SelfAttention: expected x (B, T, d_in = ", d_in_,
             "), got ", x.defined() ? x.describe() : "undefined");
  const std::int64_t b = x.size(0), t = x.size(1);
  // One head of width d_out: (B, T, d_out) -> (B, 1, T, d_out), scaled by 1/sqrt(d_out).
  const Tensor q = unsqueeze(W_query_->forward(x), 1);
  const Tensor k = unsqueeze(W_key_->forward(x), 1);
  const Tensor v = unsqueeze(W_value_->forward(x), 1);
  AttentionResult r = attention(q, k, v);
  return {reshape(r.output, {b, t, d_out_}), reshape(r.weights, {b, t, t})};
}

}  // namespace attn::nn
