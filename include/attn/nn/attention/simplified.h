// attn nn: simplified self-attention, the first of the four textbook steps of
// self-attention (see docs/attention/simplified.md).
//
// No trainable weights: every token is its own query, key and value,
//   scores  = X · Xᵀ                 (B, T, T)
//   weights = softmax(scores)        each row over the keys
//   context = weights · X            (B, T, C)
// It shows the mechanism bare: a token's context vector is the average of all
// tokens, weighted by how similar (dot product) they are to it.
//
// AttentionOutput, the (output, weights) pair that every module of the family
// (simplified, self_attention, causal, multi_head, cross) returns from
// forward_with_weights(), is declared here.
#pragma once

#include "attn/nn/module.h"
#include "attn/tensor.h"

namespace attn::nn {

// What forward_with_weights() returns: the module's output and the attention
// weights it read it with (after masking and softmax, before dropout), so that
// they can be printed, drawn and tested.
struct AttentionOutput {
  Tensor output;   // (B, T, C_out)
  Tensor weights;  // (B, T, S) for a single head, (B, H, T, S) for multi-head
};

class SimplifiedSelfAttention : public Module {
 public:
  // x (B, T, C) -> context (B, T, C) = softmax(X · Xᵀ) · X (no scaling).
  Tensor forward(const Tensor& x) const;
  // The same, with weights (B, T, T).
  AttentionOutput forward_with_weights(const Tensor& x) const;
};

}  // namespace attn::nn
