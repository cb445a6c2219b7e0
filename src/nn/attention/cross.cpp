#include "attn/nn/attention/cross.h"

#include "attn/error.h"
#include "attn/nn/attention/multi_head.h"
#include "attn/ops/attention.h"
#include "attn/ops/shape.h"

namespace attn::nn {

CrossAttention::CrossAttention(const CrossAttentionOptions& options, Generator& gen) : options_(options) {
  auto& o = options_;
  if (o.d_memory == 0) o.d_memory = o.d_in;
  if (o.kv_heads == 0) o.kv_heads = o.heads;
  ATTN_CHECK(o.d_in > 0 && o.d_memory > 0 && o.d_out > 0 && o.heads > 0 && o.kv_heads > 0,
             "CrossAttention: d_in, d_memory, d_out, heads and kv_heads must be positive, got d_in = ", o.d_in,
             ", d_memory = ", o.d_memory, ", d_out = ", o.d_out, ", heads = ", o.heads, ", kv_heads = ", o.kv_heads);
  const std::int64_t kv_width = checked_kv_width("CrossAttention", o.d_out, o.heads, o.kv_heads);  // Hkv*D
  W_query_ = register_module("W_query", std::make_shared<Linear>(o.d_in, o.d_out, gen, o.qkv_bias, o.dtype));
  W_key_ = register_module("W_key", std::make_shared<Linear>(o.d_memory, kv_width, gen, o.qkv_bias, o.dtype));
  W_value_ = register_module("W_value", std::make_shared<Linear>(o.d_memory, kv_width, gen, o.qkv_bias, o.dtype));
  out_proj_ = register_module("out_proj", std::make_shared<Linear>(o.d_out, o.d_out, gen, /*bias=*/true, o.dtype));
  dropout_ = register_module("dropout", std::make_shared<Dropout>(o.dropout, gen));
}

Tensor CrossAttention::forward(const Tensor& x, const Tensor& memory, const Tensor& source_padding) {
  return run(x, memory, source_padding, /*need_weights=*/false).output;
}

AttentionOutput CrossAttention::forward_with_weights(const Tensor& x, const Tensor& memory,
                                                     const Tensor& source_padding) {
  return run(x, memory, source_padding, /*need_weights=*/true);
}

AttentionOutput CrossAttention::run(const Tensor& x, const Tensor& memory, const Tensor& source_padding,
                                    bool need_weights) {
  const auto& o = options_;
  ATTN_CHECK(x.defined() && x.dim() == 3 && x.size(2) == o.d_in && memory.defined() && memory.dim() == 3 &&
                 memory.size(2) == o.d_memory && memory.size(0) == x.size(0),
             "CrossAttention: expected x (B, T, d_in = ", o.d_in, ") and memory (B, S, d_memory = ", o.d_memory,
             ") of one batch size B, got x ", x.defined() ? x.describe() : "undefined", ", memory ",
             memory.defined() ? memory.describe() : "undefined");
  const std::int64_t b = x.size(0), s = memory.size(1);
  ATTN_CHECK(
      !source_padding.defined() || (source_padding.dtype() == DType::U8 && source_padding.shape() == Shape{b, s}),
      "CrossAttention: source_padding must be u8(B, S) = u8", shape_str({b, s}), " for memory ", memory.describe(),
      ", got ", source_padding.describe());
  const Tensor q = split_heads(W_query_->forward(x), o.heads);          // (B, H, T, D)
  const Tensor k = split_heads(W_key_->forward(memory), o.kv_heads);    // (B, Hkv, S, D)
  const Tensor v = split_heads(W_value_->forward(memory), o.kv_heads);  // (B, Hkv, S, D)
  AttentionOptions options;
  options.mask.key_padding = source_padding;
  options.dropout = dropout_->p();
  options.training = is_training();
  options.generator = &dropout_->generator();
  options.need_weights = need_weights;
  AttentionResult r = attention(q, k, v, options);
  return {out_proj_->forward(merge_heads(r.output)), r.weights};  // (B, T, d_out), (B, H, T, S)
}

}  // namespace attn::nn
