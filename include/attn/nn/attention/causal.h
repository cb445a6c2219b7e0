// attn nn: causal (masked) self-attention, the third textbook step (see
// docs/attention/causal.md): what a decoder-only language model uses, since a token
// must be predicted from the tokens before it only.
//
//   Q, K, V = X · W_queryᵀ, X · W_keyᵀ, X · W_valueᵀ          (B, T, d_out)
//   scores  = Q · Kᵀ / sqrt(d_out), -inf above the diagonal   (B, T, T)
//             and at padding keys
//   weights = dropout(softmax(scores))                        in training only
//   context = weights · V                                     (B, T, d_out)
//
// Dropout on the weights (inverted: survivors scaled by 1/(1 - p)) is drawn from the
// module's own generator, seeded from the constructor's, as nn::Dropout does; it is
// active only while the module is training (Module::train / eval).
//
// Key padding: a batch of sequences of different lengths is padded to one T; the
// mask key_padding (B, T) U8, nonzero at padding positions, keeps every query from
// reading them. A query that can see no key at all (a left-padded position) gets
// zero weights and a zero context vector, never NaN.
//
// Parameters, as SelfAttention's: W_query, W_key, W_value, each Linear(d_in, d_out)
// (weight (d_out, d_in), bias (d_out) with qkv_bias), drawn in that order.
#pragma once

#include <cstdint>
#include <memory>

#include "attn/nn/attention/simplified.h"
#include "attn/nn/dropout.h"
#include "attn/nn/linear.h"
#include "attn/nn/module.h"
#include "attn/random.h"

namespace attn::nn {

struct CausalAttentionOptions {
  std::int64_t d_in = 0;            // C of the input
  std::int64_t d_out = 0;           // width of queries, keys, values and the output
  std::int64_t context_length = 0;  // the longest T accepted; 0: no limit
  double dropout = 0.0;             // on the attention weights, in training
  bool qkv_bias = false;
  DType dtype = DType::F32;
};

class CausalAttention : public Module {
 public:
  CausalAttention(const CausalAttentionOptions& options, Generator& gen);

  // x (B, T, d_in), key_padding (B, T) U8 or undefined -> context (B, T, d_out).
  // T above context_length is an error.
  Tensor forward(const Tensor& x, const Tensor& key_padding = Tensor());
  // The same, with weights (B, T, T) (before dropout).
  AttentionOutput forward_with_weights(const Tensor& x, const Tensor& key_padding = Tensor());

  const CausalAttentionOptions& options() const { return options_; }
  const Linear& W_query() const { return *W_query_; }
  const Linear& W_key() const { return *W_key_; }
  const Linear& W_value() const { return *W_value_; }
  // The dropout on the weights; its generator's position is the state to checkpoint.
  Dropout& attention_dropout() { return *dropout_; }

 private:
  // forward and forward_with_weights: without weights, attn::attention may take the
  // fused kernel, which never materialises them.
  AttentionOutput run(const Tensor& x, const Tensor& key_padding, bool need_weights);

  CausalAttentionOptions options_;
  std::shared_ptr<Linear> W_query_;  // (d_out, d_in)
  std::shared_ptr<Linear> W_key_;    // (d_out, d_in)
  std::shared_ptr<Linear> W_value_;  // (d_out, d_in)
  std::shared_ptr<Dropout> dropout_;
};

}  // namespace attn::nn
