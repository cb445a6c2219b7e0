// attn nn: Luong attention (Luong, Pham & Manning, 2015, "Effective Approaches to
// Attention-based Neural Machine Translation").
//
// At decoding step t the decoder's current top state s = h_t (not the previous one, as
// in Bahdanau's) is scored against the encoder states h̄_j, the scores softmaxed into
// weights a_t and the context read as c_t = Σ_j a_t(j) h̄_j. Then the attentional
// hidden state h̃_t = tanh(W_c [c_t; h_t]) feeds the output layer (and, with input
// feeding, the next step's input). Three scores:
//
//   dot      score(s, h) = sᵀ h                  needs Cs == Ch
//   general  score(s, h) = sᵀ W h                W (Cs, Ch); W h precomputed per sentence
//   concat   score(s, h) = vᵀ tanh(W [s; h])     W (A, Cs + Ch) = [W_s | W_h], v (A);
//                                                W_h h precomputed per sentence
//
// and three alignments:
//
//   global   all source positions.
//   local-m  the window [t - D, t + D] around the decoding step t (monotonic alignment,
//            p_t = t), clipped to the sentence [0, S_b - 1]. A step past the sentence's
//            end (t > S_b - 1, which the paper leaves open) centres the window on its
//            last token, so the context is never empty.
//   local-p  a predicted position p_t = S_b · sigmoid(v_pᵀ tanh(W_p s)) in [0, S_b],
//            S_b sentence b's own length (its unmasked positions; padding must come at
//            the end of a row, as padding_mask_from_lengths makes it). The window is
//            [c - D, c + D] ∩ [0, S_b - 1] around c = round(p_t) (clamped into the
//            sentence: a real-valued window may hold no position when D is small), and,
//            as in the paper, the Gaussian multiplies the weights AFTER the softmax
//            over the window:
//               a_t(j) = softmax_window(score)_j · exp(-(j - p_t)² / (2σ²)),  σ = D / 2,
//            so a local-p row sums to less than 1. The softmax before the Gaussian is
//            returned as `alignment` (rows sum to 1). The Gaussian is what carries the
//            gradient to W_p and v_p; the window's choice is piecewise constant.
//
// Masked positions (padding, outside the window) get exactly 0. Shapes: B batch, S
// source length, Cs decoder width, Ch encoder width, A width of the concat and
// position networks, Ca width of the attentional state.
//
// Input feeding (section 3.3): h̃_t is concatenated with the embedding of the next
// input word, [y_t; h̃_t] (B, E + Ca), so the decoder RNN's input size is E + Ca and it
// knows which source words were attended before. h̃_0 = 0 at the first step.
//
//   nn::LuongAttention attention({.decoder_size = Cs, .encoder_size = Ch, .score = nn::LuongScore::General}, gen);
//   const nn::LuongKeys keys = attention.precompute_keys(encoder_states);  // (B, S, Ch), once per sentence
//   for t = 0, 1, ...:
//     s = rnn(concat({embed(y_t), h_tilde}, -1), s)                         // input feeding
//     auto out = attention.forward(s, keys, source_padding, /*step=*/t);
//     h_tilde = out.attentional;                                             // (B, Ca) -> output layer
#pragma once

#include <cstdint>
#include <memory>

#include "attn/nn/attention/additive.h"
#include "attn/nn/linear.h"
#include "attn/nn/module.h"
#include "attn/random.h"
#include "attn/tensor.h"

namespace attn::nn {

enum class LuongScore { Dot, General, Concat };
enum class LuongAlignment { Global, LocalMonotonic, LocalPredictive };

const char* luong_score_name(LuongScore score);              // "dot", "general", "concat"
const char* luong_alignment_name(LuongAlignment alignment);  // "global", "local-m", "local-p"

struct LuongAttentionOptions {
  std::int64_t decoder_size = 0;  // Cs
  std::int64_t encoder_size = 0;  // Ch
  LuongScore score = LuongScore::General;
  LuongAlignment alignment = LuongAlignment::Global;
  std::int64_t window = 10;           // D (the paper's value); local-p needs D >= 1 (σ = D/2)
  std::int64_t attention_size = 0;    // A, of concat's v and local-p's W_p, v_p; 0: Cs
  std::int64_t attentional_size = 0;  // Ca, of h̃ = tanh(W_c [c; s]); 0: Cs
  DType dtype = DType::F32;
};

// The encoder side, computed once per batch of source sentences.
struct LuongKeys {
  Tensor values;  // (B, S, Ch) the encoder states h̄_j
  // What s is scored against: (B, S, Ch) the states themselves for dot, (B, S, Cs) W h̄
  // for general, (B, S, A) W_h h̄ for concat.
  Tensor keys;
};

struct LuongAttentionOutput {
  Tensor attentional;  // (B, Ca) h̃ = tanh(W_c [c; s])
  Tensor context;      // (B, Ch)
  Tensor weights;      // (B, S) what the context averages with; 0 when masked or outside the window
  Tensor alignment;    // (B, S) softmax over the window before the Gaussian (local-p);
                       // the same tensor as weights otherwise. Rows sum to 1 (unmasked).
  Tensor position;     // (B) p_t for local-p, the (clamped) step for local-m; undefined for global
  Tensor scores;       // (B, S) the scores before masking
};

// Parameters, in named_parameters() order (only those the options use):
//   v           (A)            concat
//   v_p         (A)            local-p
//   W.weight    (Cs, Ch)       general;  (A, Cs + Ch) concat
//   W_p.weight  (A, Cs)        local-p
//   W_c.weight  (Ca, Ch + Cs)  always (the attentional state)
// No biases, as in the paper. Drawn from `gen` in the order W, W_p, W_c, v, v_p, each
// from U(-1/sqrt(fan_in), 1/sqrt(fan_in)) as torch.nn.Linear (v and v_p as the weight
// of a Linear A -> 1).
class LuongAttention : public Module {
 public:
  LuongAttention(const LuongAttentionOptions& options, Generator& gen);

  // encoder_states (B, S, Ch) -> {values = encoder_states, keys} (see LuongKeys).
  LuongKeys precompute_keys(const Tensor& encoder_states) const;

  // One decoding step: decoder_state s = h_t (B, Cs), keys from precompute_keys,
  // source_padding (B, S) U8 or undefined (nonzero marks padding), step t >= 0 (used by
  // local-m only). A row with no unmasked position gets zero weights and context.
  LuongAttentionOutput forward(const Tensor& decoder_state, const LuongKeys& keys,
                               const Tensor& source_padding = Tensor(), std::int64_t step = 0) const;

  // The scores (B, S) of s against every source position, before masking.
  Tensor scores(const Tensor& decoder_state, const LuongKeys& keys) const;

  // h̃ = tanh(W_c [c; s]):  context (B, Ch), decoder_state (B, Cs) -> (B, Ca).
  Tensor attentional_state(const Tensor& context, const Tensor& decoder_state) const;

  const LuongAttentionOptions& options() const { return options_; }

 private:
  // p_t = S_b · sigmoid(v_pᵀ tanh(W_p s)):  s (B, Cs), lengths S_b (B) -> (B)
  Tensor predict_position(const Tensor& decoder_state, const Tensor& lengths) const;

  LuongAttentionOptions options_;
  std::shared_ptr<Linear> score_projection_;     // W: general (Cs, Ch), concat (A, Cs + Ch)
  std::shared_ptr<Linear> position_projection_;  // W_p: (A, Cs), local-p
  std::shared_ptr<Linear> output_projection_;    // W_c: (Ca, Ch + Cs)
  Tensor v_;                                     // (A), concat
  Tensor v_p_;                                   // (A), local-p
};

}  // namespace attn::nn
