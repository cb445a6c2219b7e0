// attn nn: multi-head attention, the fourth textbook step (see
// docs/attention/multi-head.md), in its two forms, and grouped-query attention.
//
// The wrapper, MultiHeadAttentionWrapper: H independent CausalAttention heads, each
// with its own W_query, W_key, W_value (d_in -> d_out), run one after the other and
// concatenated:  x (B, T, d_in) -> (B, T, H*d_out). Obvious, and slow.
//
// The fused form, MultiHeadAttention (Vaswani et al., 2017, section 3.2.2): one
// projection per role for all heads at once, split into heads, attention for every
// head in one batched product (attn::attention), heads merged back and projected:
//   Q = split_heads(X · W_queryᵀ, H)      (B, H, T, D)     D = d_out / H
//   K = split_heads(X · W_keyᵀ, Hkv)      (B, Hkv, T, D)
//   V = split_heads(X · W_valueᵀ, Hkv)    (B, Hkv, T, D)
//   O = attention(Q, K, V)                (B, H, T, D)     scale 1/sqrt(D)
//   Y = merge_heads(O) · out_projᵀ + b    (B, T, d_out)
// Separate W_query / W_key / W_value rather than one Linear(d_in, 3*d_out): with
// grouped-query attention the key and value projections are narrower than the query
// one (Hkv*D columns each), and the names match the wrapper's and the textbook's.
// Query head h is rows [h*D, (h+1)*D) of W_query, so H wrapper heads of width D
// stacked row by row are the fused W_query (likewise W_key, W_value); with out_proj
// set to the identity the two forms then compute the same thing.
//
// Grouped-query attention (Ainslie et al., 2023): kv_heads = Hkv key/value heads
// shared by groups of H/Hkv query heads (query head h reads key/value head
// h / (H/Hkv)); Hkv = H is plain multi-head attention, Hkv = 1 multi-query attention
// (Shazeer, 2019). The K/V projections, and a KV cache, shrink by H/Hkv.
//
// Parameters of MultiHeadAttention, drawn in this order (nn::Linear's init):
//   W_query.weight  (d_out, d_in)      [W_query.bias (d_out)      with qkv_bias]
//   W_key.weight    (Hkv*D, d_in)      [W_key.bias   (Hkv*D)]
//   W_value.weight  (Hkv*D, d_in)      [W_value.bias (Hkv*D)]
//   out_proj.weight (d_out, d_out),     out_proj.bias (d_out)
// and of the wrapper: heads.<h>.W_query.weight (d_out, d_in), ... (CausalAttention's).
#pragma once

#include <cstdint>
#include <memory>

#include "attn/nn/attention/causal.h"
#include "attn/nn/attention/simplified.h"
#include "attn/nn/dropout.h"
#include "attn/nn/linear.h"
#include "attn/nn/module.h"
#include "attn/random.h"

namespace attn::nn {

// x (B, T, H*D) -> (B, H, T, D): the last dimension cut into `heads` heads.
Tensor split_heads(const Tensor& x, std::int64_t heads);
// x (B, H, T, D) -> (B, T, H*D): the heads side by side again (a contiguous copy).
Tensor merge_heads(const Tensor& x);
// Checks that d_out splits into `heads` heads of width D and that `kv_heads` divides
// `heads` (errors name `mechanism`); returns the key/value width Hkv*D.
std::int64_t checked_kv_width(const char* mechanism, std::int64_t d_out, std::int64_t heads, std::int64_t kv_heads);

class MultiHeadAttentionWrapper : public Module {
 public:
  // `heads` CausalAttention modules of the given options, drawn one after the other.
  MultiHeadAttentionWrapper(const CausalAttentionOptions& head, std::int64_t heads, Generator& gen);

  // x (B, T, d_in), key_padding (B, T) U8 or undefined -> (B, T, H*d_out)
  Tensor forward(const Tensor& x, const Tensor& key_padding = Tensor());
  // The same, with weights (B, H, T, T) (each head's, stacked).
  AttentionOutput forward_with_weights(const Tensor& x, const Tensor& key_padding = Tensor());

  std::int64_t num_heads() const { return static_cast<std::int64_t>(heads_->size()); }
  CausalAttention& head(std::int64_t h) const { return (*heads_)[static_cast<std::size_t>(h)]; }

 private:
  std::shared_ptr<ModuleList<CausalAttention>> heads_;
};

struct MultiHeadAttentionOptions {
  std::int64_t d_in = 0;            // C of the input
  std::int64_t d_out = 0;           // output width, H*D
  std::int64_t heads = 1;           // H query heads
  std::int64_t kv_heads = 0;        // Hkv key/value heads, dividing H; 0: H
  std::int64_t context_length = 0;  // the longest T accepted; 0: no limit
  double dropout = 0.0;             // on the attention weights, in training
  bool qkv_bias = false;
  bool causal = true;  // false: bidirectional (an encoder's self-attention)
  DType dtype = DType::F32;
};

class MultiHeadAttention : public Module {
 public:
  MultiHeadAttention(const MultiHeadAttentionOptions& options, Generator& gen);

  // x (B, T, d_in), key_padding (B, T) U8 or undefined -> (B, T, d_out)
  Tensor forward(const Tensor& x, const Tensor& key_padding = Tensor());
  // The same, with weights (B, H, T, T) (before dropout).
  AttentionOutput forward_with_weights(const Tensor& x, const Tensor& key_padding = Tensor());

  const MultiHeadAttentionOptions& options() const { return options_; }      // kv_heads resolved
  std::int64_t head_dim() const { return options_.d_out / options_.heads; }  // D
  const Linear& W_query() const { return *W_query_; }
  const Linear& W_key() const { return *W_key_; }
  const Linear& W_value() const { return *W_value_; }
  const Linear& out_proj() const { return *out_proj_; }
  Dropout& attention_dropout() { return *dropout_; }

 private:
  // forward and forward_with_weights: without weights, attn::attention may take the
  // fused kernel, which never materialises them.
  AttentionOutput run(const Tensor& x, const Tensor& key_padding, bool need_weights);

  MultiHeadAttentionOptions options_;
  std::shared_ptr<Linear> W_query_;   // (H*D, d_in)
  std::shared_ptr<Linear> W_key_;     // (Hkv*D, d_in)
  std::shared_ptr<Linear> W_value_;   // (Hkv*D, d_in)
  std::shared_ptr<Linear> out_proj_;  // (d_out, d_out)
  std::shared_ptr<Dropout> dropout_;
};

}  // namespace attn::nn
