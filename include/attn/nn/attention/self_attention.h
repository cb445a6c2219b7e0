// attn nn: self-attention with trainable weights, the second textbook step (see
// docs/attention/self-attention.md).
//
// Each token is projected into a query, a key and a value,
//   Q = X · W_queryᵀ,  K = X · W_keyᵀ,  V = X · W_valueᵀ     (B, T, d_out)
//   weights = softmax(Q · Kᵀ / sqrt(d_out))                   (B, T, T)
//   context = weights · V                                     (B, T, d_out)
// (Vaswani et al., 2017, eq. 1: scaling by 1/sqrt(d_k) keeps the scores' variance
// near 1, so the softmax does not saturate as d_out grows).
//
// Parameters, named as in the textbook (Raschka, "Build a Large Language Model from
// Scratch", ch. 3), each an nn::Linear(d_in, d_out) drawn in this order:
//   W_query.weight (d_out, d_in)   [W_query.bias (d_out) with qkv_bias]
//   W_key.weight   (d_out, d_in)   [W_key.bias]
//   W_value.weight (d_out, d_in)   [W_value.bias]
#pragma once

#include <cstdint>
#include <memory>

#include "attn/nn/attention/simplified.h"
#include "attn/nn/linear.h"
#include "attn/nn/module.h"
#include "attn/random.h"

namespace attn::nn {

class SelfAttention : public Module {
 public:
  SelfAttention(std::int64_t d_in, std::int64_t d_out, Generator& gen, bool qkv_bias = false, DType dtype = DType::F32);

  // x (B, T, d_in) -> context (B, T, d_out)
  Tensor forward(const Tensor& x) const;
  // The same, with weights (B, T, T).
  AttentionOutput forward_with_weights(const Tensor& x) const;

  const Linear& W_query() const { return *W_query_; }
  const Linear& W_key() const { return *W_key_; }
  const Linear& W_value() const { return *W_value_; }
  std::int64_t d_in() const { return d_in_; }
  std::int64_t d_out() const { return d_out_; }

 private:
  std::int64_t d_in_;
  std::int64_t d_out_;
  std::shared_ptr<Linear> W_query_;  // (d_out, d_in)
  std::shared_ptr<Linear> W_key_;    // (d_out, d_in)
  std::shared_ptr<Linear> W_value_;  // (d_out, d_in)
};

}  // namespace attn::nn
