#include "attn/nn/attention/causal.h"

#include "attn/error.h"
#include "attn/ops/attention.h"
#include "attn/ops/shape.h"

namespace attn::nn {

CausalAttention::CausalAttention(const CausalAttentionOptions& options, Generator& gen) : options_(options) {
  const auto& o = options;
  ATTN_CHECK(o.d_in > 0 && o.d_out > 0 && o.context_length >= 0,
             "CausalAttention: d_in and d_out must be positive and context_length >= 0, got d_in = ", o.d_in,
             ", d_out = ", o.d_out, ", context_length = ", o.context_length);
  W_query_ = register_module("W_query", std::make_shared<Linear>(o.d_in, o.d_out, gen, o.qkv_bias, o.dtype));
  W_key_ = register_module("W_key", std::make_shared<Linear>(o.d_in, o.d_out, gen, o.qkv_bias, o.dtype));
  W_value_ = register_module("W_value", std::make_shared<Linear>(o.d_in, o.d_out, gen, o.qkv_bias, o.dtype));
  dropout_ = register_module("dropout", std::make_shared<Dropout>(o.dropout, gen));
}

Tensor CausalAttention::forward(const Tensor& x, const Tensor& key_padding) {
  return run(x, key_padding, /*need_weights=*/false).output;
}

AttentionOutput CausalAttention::forward_with_weights(const Tensor& x, const Tensor& key_padding) {
  return run(x, key_padding, /*need_weights=*/true);
}

AttentionOutput CausalAttention::run(const Tensor& x, const Tensor& key_padding, bool need_weights) {
  const auto& o = options_;
  ATTN_CHECK(x.defined() && x.dim() == 3 && x.size(2) == o.d_in, "CausalAttention: expected x (B, T, d_in = ", o.d_in,
             "), got ", x.defined() ? x.describe() : "undefined");
  const std::int64_t b = x.size(0), t = x.size(1);
  ATTN_CHECK(o.context_length == 0 || t <= o.context_length, "CausalAttention: T = ", t, " exceeds the context length ",
             o.context_length, " (x ", x.describe(), ")");
  ATTN_CHECK(!key_padding.defined() || (key_padding.dtype() == DType::U8 && key_padding.shape() == Shape{b, t}),
             "CausalAttention: key_padding must be u8(B, T) = u8", shape_str({b, t}), " for x ", x.describe(), ", got ",
             key_padding.describe());
  // One head of width d_out: (B, T, d_out) -> (B, 1, T, d_out), scaled by 1/sqrt(d_out).
  const Tensor q = unsqueeze(W_query_->forward(x), 1);
  const Tensor k = unsqueeze(W_key_->forward(x), 1);
  const Tensor v = unsqueeze(W_value_->forward(x), 1);
  AttentionOptions options;
  options.mask.causal = true;
  options.mask.key_padding = key_padding;
  options.dropout = dropout_->p();
  options.training = is_training();
  options.generator = &dropout_->generator();
  options.need_weights = need_weights;
  AttentionResult r = attention(q, k, v, options);
  return {reshape(r.output, {b, t, o.d_out}), need_weights ? reshape(r.weights, {b, t, t}) : Tensor()};
}

}  // namespace attn::nn
