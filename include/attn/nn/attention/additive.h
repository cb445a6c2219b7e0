// attn nn: Bahdanau (additive) attention (Bahdanau, Cho & Bengio, 2014, "Neural
// Machine Translation by Jointly Learning to Align and Translate").
//
// An RNN encoder-decoder without attention squeezes the whole source sentence into one
// fixed context vector, and long sentences lose their beginning. Here the decoder reads,
// at every step, a fresh context: a weighted average of all the encoder states, the
// weights (the alignment) learned by a small network that scores each source position
// against the decoder state:
//
//   e_j   = vᵀ tanh(W s + U h_j)          score of source position j     (B, S)
//   α     = softmax_j(e)                  padding positions get exactly 0 (B, S)
//   c     = Σ_j α_j h_j                   the context                    (B, Ch)
//
// s is the decoder state the scores condition on (the paper's s_{i-1}, the state
// before the step that emits word i), h_j the encoder states (bidirectional in the
// paper). Shapes: B batch, S source length, Cs decoder width, Ch encoder width, A the
// width of the alignment network.
//
// U h_j does not depend on the decoding step: precompute_keys() computes it once per
// source sentence, and forward() runs once per decoding step on those keys:
//
//   nn::AdditiveAttention attention({.decoder_size = Cs, .encoder_size = Ch, .attention_size = A}, gen);
//   const nn::AdditiveKeys keys = attention.precompute_keys(encoder_states);  // (B, S, Ch)
//   for each step:  auto [context, weights] = attention.forward(s, keys, source_padding);
#pragma once

#include <cstdint>
#include <memory>

#include "attn/nn/linear.h"
#include "attn/nn/module.h"
#include "attn/random.h"
#include "attn/tensor.h"

namespace attn::nn {

struct AdditiveAttentionOptions {
  std::int64_t decoder_size = 0;    // Cs, width of the decoder state s
  std::int64_t encoder_size = 0;    // Ch, width of the encoder states h
  std::int64_t attention_size = 0;  // A, width of the alignment network; 0: Ch
  // A bias b on U (U h + b). The paper has none; with W unbiased it would be the only
  // bias, and it is not redundant (it shifts the tanh), so it is offered.
  bool key_bias = false;
  DType dtype = DType::F32;
};

// The encoder side of one batch of source sentences, computed once per sentence.
struct AdditiveKeys {
  Tensor values;  // (B, S, Ch) the encoder states h_j, averaged into the context
  Tensor keys;    // (B, S, A)  U h_j (+ b), what the decoder state is scored against
};

struct AdditiveAttentionOutput {
  Tensor context;  // (B, Ch)
  Tensor weights;  // (B, S), each row sums to 1 over the unmasked positions (0 on padding)
};

// Parameters, in named_parameters() order:
//   v         (A)
//   W.weight  (A, Cs)   no bias
//   U.weight  (A, Ch)
//   U.bias    (A)       only with key_bias
// Drawn from `gen` in the order W.weight, U.weight, U.bias, v, each from
// U(-1/sqrt(fan_in), 1/sqrt(fan_in)) as torch.nn.Linear (v as the weight of a Linear
// A -> 1). (The paper drew W and U from N(0, 0.001²) and started v at zero.)
class AdditiveAttention : public Module {
 public:
  AdditiveAttention(const AdditiveAttentionOptions& options, Generator& gen);

  // encoder_states (B, S, Ch) -> {values = encoder_states, keys = U h (B, S, A)}
  AdditiveKeys precompute_keys(const Tensor& encoder_states) const;

  // One decoding step: decoder_state s (B, Cs), keys from precompute_keys, and
  // source_padding (B, S) U8 or undefined (nonzero marks a padding position, see
  // padding_mask_from_lengths) -> context (B, Ch), weights (B, S). A row whose every
  // position is padding gets zero weights and a zero context.
  AdditiveAttentionOutput forward(const Tensor& decoder_state, const AdditiveKeys& keys,
                                  const Tensor& source_padding = Tensor()) const;

  // The scores e (B, S) before masking and softmax, for reading and for the walk-through.
  Tensor scores(const Tensor& decoder_state, const AdditiveKeys& keys) const;

  const AdditiveAttentionOptions& options() const { return options_; }
  const Linear& W() const { return *query_projection_; }
  const Linear& U() const { return *key_projection_; }
  const Tensor& v() const { return v_; }  // (A)

 private:
  AdditiveAttentionOptions options_;
  std::shared_ptr<Linear> query_projection_;  // W: (A, Cs)
  std::shared_ptr<Linear> key_projection_;    // U: (A, Ch) [+ (A)]
  Tensor v_;                                  // (A)
};

// --- Shared by the recurrent attention mechanisms (luong.h too) ------------------

// lengths (B) I64, each in [0, S] -> padding mask (B, S) U8: 1 at positions >= length.
Tensor padding_mask_from_lengths(const Tensor& lengths, std::int64_t source_length);

// Softmax over the source positions of scores (B, S) with the positions where mask
// (B, S) U8 is nonzero at exactly 0; mask may be undefined (a plain softmax). A row
// whose every position is masked gives zeros, not NaN. `mechanism` names the caller in
// errors. Gradients flow through the unmasked positions only.
Tensor masked_alignment_softmax(const Tensor& scores, const Tensor& mask, const char* mechanism);

// Context (B, Ch) = Σ_j weights[b, j] · values[b, j]:  weights (B, S), values (B, S, Ch).
Tensor weighted_context(const Tensor& weights, const Tensor& values);

// Checks that source_padding is undefined or U8 (B, S); the error names `mechanism`.
void check_source_padding(const Tensor& source_padding, std::int64_t batch, std::int64_t source_length,
                          const char* mechanism);

}  // namespace attn::nn
