#include "attn/nn/attention/multi_head.h"

#include <vector>

#include "attn/error.h"
#include "attn/ops/attention.h"
#include "attn/ops/shape.h"

namespace attn::nn {

std::int64_t checked_kv_width(const char* mechanism, std::int64_t d_out, std::int64_t heads, std::int64_t kv_heads) {
  ATTN_CHECK(d_out % heads == 0, mechanism, ": d_out = ", d_out, " is not divisible by heads = ", heads,
             " (D = d_out / H must be whole)");
  ATTN_CHECK(heads % kv_heads == 0, mechanism, ": heads H = ", heads, " is not divisible by kv_heads Hkv = ", kv_heads,
             " (each key/value head serves H/Hkv query heads)");
  return kv_heads * (d_out / heads);
}

Tensor split_heads(const Tensor& x, std::int64_t heads) {
  ATTN_CHECK(x.defined() && x.dim() == 3 && heads > 0 && x.size(2) % heads == 0,
             "split_heads: expected x (B, T, H*D) with H = ", heads, " dividing its width, got ",
             x.defined() ? x.describe() : "undefined");
  const std::int64_t b = x.size(0), t = x.size(1), d = x.size(2) / heads;
  return transpose(reshape(x, {b, t, heads, d}), 1, 2);  // (B, H, T, D), a view
}

Tensor merge_heads(const Tensor& x) {
  ATTN_CHECK(x.defined() && x.dim() == 4, "merge_heads: expected x (B, H, T, D), got ",
             x.defined() ? x.describe() : "undefined");
  const std::int64_t b = x.size(0), h = x.size(1), t = x.size(2), d = x.size(3);
  return reshape(transpose(x, 1, 2), {b, t, h * d});  // (B, T, H*D)
}

// --- The wrapper ----------------------------------------------------------------------

MultiHeadAttentionWrapper::MultiHeadAttentionWrapper(const CausalAttentionOptions& head, std::int64_t heads,
                                                     Generator& gen) {
  ATTN_CHECK(heads > 0, "MultiHeadAttentionWrapper: heads must be positive, got ", heads);
  heads_ = register_module("heads", std::make_shared<ModuleList<CausalAttention>>());
  for (std::int64_t h = 0; h < heads; ++h) heads_->push_back(std::make_shared<CausalAttention>(head, gen));
}

Tensor MultiHeadAttentionWrapper::forward(const Tensor& x, const Tensor& key_padding) {
  return forward_with_weights(x, key_padding).output;
}

AttentionOutput MultiHeadAttentionWrapper::forward_with_weights(const Tensor& x, const Tensor& key_padding) {
  std::vector<Tensor> outputs, weights;
  for (const auto& head : *heads_) {
    AttentionOutput r = head->forward_with_weights(x, key_padding);
    outputs.push_back(r.output);                 // (B, T, d_out)
    weights.push_back(unsqueeze(r.weights, 1));  // (B, 1, T, T)
  }
  return {concat(outputs, -1), concat(weights, 1)};  // (B, T, H*d_out), (B, H, T, T)
}

// --- The fused form -------------------------------------------------------------------

MultiHeadAttention::MultiHeadAttention(const MultiHeadAttentionOptions& options, Generator& gen) : options_(options) {
  auto& o = options_;
  if (o.kv_heads == 0) o.kv_heads = o.heads;
  ATTN_CHECK(
      o.d_in > 0 && o.d_out > 0 && o.heads > 0 && o.kv_heads > 0 && o.context_length >= 0,
      "MultiHeadAttention: d_in, d_out, heads and kv_heads must be positive and context_length >= 0, got d_in = ",
      o.d_in, ", d_out = ", o.d_out, ", heads = ", o.heads, ", kv_heads = ", o.kv_heads,
      ", context_length = ", o.context_length);
  const std::int64_t kv_width = checked_kv_width("MultiHeadAttention", o.d_out, o.heads, o.kv_heads);  // Hkv*D
  W_query_ = register_module("W_query", std::make_shared<Linear>(o.d_in, o.d_out, gen, o.qkv_bias, o.dtype));
  W_key_ = register_module("W_key", std::make_shared<Linear>(o.d_in, kv_width, gen, o.qkv_bias, o.dtype));
  W_value_ = register_module("W_value", std::make_shared<Linear>(o.d_in, kv_width, gen, o.qkv_bias, o.dtype));
  out_proj_ = register_module("out_proj", std::make_shared<Linear>(o.d_out, o.d_out, gen, /*bias=*/true, o.dtype));
  dropout_ = register_module("dropout", std::make_shared<Dropout>(o.dropout, gen));
}

Tensor MultiHeadAttention::forward(const Tensor& x, const Tensor& key_padding) {
  return run(x, key_padding, /*need_weights=*/false).output;
}

AttentionOutput MultiHeadAttention::forward_with_weights(const Tensor& x, const Tensor& key_padding) {
  return run(x, key_padding, /*need_weights=*/true);
}

AttentionOutput MultiHeadAttention::run(const Tensor& x, const Tensor& key_padding, bool need_weights) {
  const auto& o = options_;
  ATTN_CHECK(x.defined() && x.dim() == 3 && x.size(2) == o.d_in,
             "MultiHeadAttention: expected x (B, T, d_in = ", o.d_in, "), got ",
             x.defined() ? x.describe() : "undefined");
  const std::int64_t b = x.size(0), t = x.size(1);
  ATTN_CHECK(o.context_length == 0 || t <= o.context_length, "MultiHeadAttention: T = ", t,
             " exceeds the context length ", o.context_length, " (x ", x.describe(), ")");
  ATTN_CHECK(!key_padding.defined() || (key_padding.dtype() == DType::U8 && key_padding.shape() == Shape{b, t}),
             "MultiHeadAttention: key_padding must be u8(B, T) = u8", shape_str({b, t}), " for x ", x.describe(),
             ", got ", key_padding.describe());
  const Tensor q = split_heads(W_query_->forward(x), o.heads);     // (B, H, T, D)
  const Tensor k = split_heads(W_key_->forward(x), o.kv_heads);    // (B, Hkv, T, D)
  const Tensor v = split_heads(W_value_->forward(x), o.kv_heads);  // (B, Hkv, T, D)
  AttentionOptions options;
  options.mask.causal = o.causal;
  options.mask.key_padding = key_padding;
  options.dropout = dropout_->p();
  options.training = is_training();
  options.generator = &dropout_->generator();
  options.need_weights = need_weights;
  AttentionResult r = attention(q, k, v, options);
  return {out_proj_->forward(merge_heads(r.output)), r.weights};  // (B, T, d_out), (B, H, T, T)
}

}  // namespace attn::nn
