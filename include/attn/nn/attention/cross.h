// attn nn: cross-attention (see docs/attention/cross.md): queries from one sequence,
// keys and values from another, as the Transformer's decoder reads its encoder's
// output (Vaswani et al., 2017, "encoder-decoder attention").
//
//   Q = split_heads(X · W_queryᵀ, H)       X (B, T, d_in)      -> (B, H, T, D)
//   K = split_heads(M · W_keyᵀ, Hkv)       M (B, S, d_memory)  -> (B, Hkv, S, D)
//   V = split_heads(M · W_valueᵀ, Hkv)                         -> (B, Hkv, S, D)
//   O = attention(Q, K, V), padding keys of the source masked   (B, H, T, D)
//   Y = merge_heads(O) · out_projᵀ + b                          (B, T, d_out)
// No causal mask: every target position may read the whole source. The source
// padding mask (B, S) U8, nonzero at padding positions of the memory, hides them
// from every query; a batch row whose source is all padding gets zero weights and
// Y = out_proj's bias (never NaN).
//
// Parameters, drawn in this order (D = d_out / H):
//   W_query.weight  (d_out, d_in)       [W_query.bias (d_out)     with qkv_bias]
//   W_key.weight    (Hkv*D, d_memory)   [W_key.bias   (Hkv*D)]
//   W_value.weight  (Hkv*D, d_memory)   [W_value.bias (Hkv*D)]
//   out_proj.weight (d_out, d_out),      out_proj.bias (d_out)
#pragma once

#include <cstdint>
#include <memory>

#include "attn/nn/attention/simplified.h"
#include "attn/nn/dropout.h"
#include "attn/nn/linear.h"
#include "attn/nn/module.h"
#include "attn/random.h"

namespace attn::nn {

struct CrossAttentionOptions {
  std::int64_t d_in = 0;      // C of the queries' sequence
  std::int64_t d_memory = 0;  // Cm of the memory (the encoder's output); 0: d_in
  std::int64_t d_out = 0;     // output width, H*D
  std::int64_t heads = 1;     // H
  std::int64_t kv_heads = 0;  // Hkv, dividing H; 0: H
  double dropout = 0.0;       // on the attention weights, in training
  bool qkv_bias = false;
  DType dtype = DType::F32;
};

class CrossAttention : public Module {
 public:
  CrossAttention(const CrossAttentionOptions& options, Generator& gen);

  // x (B, T, d_in), memory (B, S, d_memory), source_padding (B, S) U8 or undefined
  // -> (B, T, d_out)
  Tensor forward(const Tensor& x, const Tensor& memory, const Tensor& source_padding = Tensor());
  // The same, with weights (B, H, T, S) (before dropout).
  AttentionOutput forward_with_weights(const Tensor& x, const Tensor& memory, const Tensor& source_padding = Tensor());

  const CrossAttentionOptions& options() const { return options_; }  // d_memory, kv_heads resolved
  const Linear& W_query() const { return *W_query_; }
  const Linear& W_key() const { return *W_key_; }
  const Linear& W_value() const { return *W_value_; }
  const Linear& out_proj() const { return *out_proj_; }
  Dropout& attention_dropout() { return *dropout_; }

 private:
  // forward and forward_with_weights: without weights, attn::attention may take the
  // fused kernel, which never materialises them.
  AttentionOutput run(const Tensor& x, const Tensor& memory, const Tensor& source_padding, bool need_weights);

  CrossAttentionOptions options_;
  std::shared_ptr<Linear> W_query_;   // (H*D, d_in)
  std::shared_ptr<Linear> W_key_;     // (Hkv*D, d_memory)
  std::shared_ptr<Linear> W_value_;   // (Hkv*D, d_memory)
  std::shared_ptr<Linear> out_proj_;  // (d_out, d_out)
  std::shared_ptr<Dropout> dropout_;
};

}  // namespace attn::nn
