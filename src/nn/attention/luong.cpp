#include "attn/nn/attention/luong.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "attn/error.h"
#include "attn/nn/init.h"
#include "attn/ops/elementwise.h"
#include "attn/ops/matmul.h"
#include "attn/ops/shape.h"

namespace attn::nn {
namespace {

std::string describe_or_undefined(const Tensor& x) {
  return x.defined() ? x.describe() : std::string("undefined");
}

// "Luong attention (general, local-p)", the name errors carry.
std::string mechanism_name(const LuongAttentionOptions& o) {
  return std::string("Luong attention (") + luong_score_name(o.score) + ", " + luong_alignment_name(o.alignment) + ")";
}

// Sentence lengths S_b: the unmasked positions of each row of padding (B, S) U8, or S.
std::vector<std::int64_t> sentence_lengths(const Tensor& padding, std::int64_t b, std::int64_t s) {
  std::vector<std::int64_t> lengths(static_cast<std::size_t>(b), s);
  if (!padding.defined()) return lengths;
  const std::vector<double> m = padding.to_vector();
  for (std::int64_t i = 0; i < b; ++i) {
    lengths[i] = 0;
    for (std::int64_t j = 0; j < s; ++j) lengths[i] += m[i * s + j] == 0 ? 1 : 0;
  }
  return lengths;
}

// The padding mask (or none) widened by everything outside [center_b - D, center_b + D]
// ∩ [0, S_b - 1], each center already clamped into its sentence: (B, S) U8.
Tensor window_mask(const Tensor& padding, const std::vector<std::int64_t>& centers,
                   const std::vector<std::int64_t>& lengths, std::int64_t window, std::int64_t s) {
  const std::int64_t b = static_cast<std::int64_t>(centers.size());
  Tensor mask = padding.defined() ? padding.clone() : zeros({b, s}, DType::U8);
  std::uint8_t* m = mask.data<std::uint8_t>();
  for (std::int64_t i = 0; i < b; ++i) {
    const std::int64_t first = std::max<std::int64_t>(0, centers[i] - window);
    const std::int64_t last = std::min(lengths[i] - 1, centers[i] + window);
    for (std::int64_t j = 0; j < s; ++j)
      if (j < first || j > last) m[i * s + j] = 1;
  }
  return mask;
}

}  // namespace

const char* luong_score_name(LuongScore score) {
  switch (score) {
    case LuongScore::Dot:
      return "dot";
    case LuongScore::General:
      return "general";
    case LuongScore::Concat:
      return "concat";
  }
  return "?";
}

const char* luong_alignment_name(LuongAlignment alignment) {
  switch (alignment) {
    case LuongAlignment::Global:
      return "global";
    case LuongAlignment::LocalMonotonic:
      return "local-m";
    case LuongAlignment::LocalPredictive:
      return "local-p";
  }
  return "?";
}

LuongAttention::LuongAttention(const LuongAttentionOptions& options, Generator& gen) : options_(options) {
  LuongAttentionOptions& o = options_;
  if (o.attention_size == 0) o.attention_size = o.decoder_size;
  if (o.attentional_size == 0) o.attentional_size = o.decoder_size;
  const std::string name = mechanism_name(o);
  const std::int64_t cs = o.decoder_size, ch = o.encoder_size, a = o.attention_size, ca = o.attentional_size;
  ATTN_CHECK(cs > 0 && ch > 0 && a > 0 && ca > 0, name, ": sizes must be positive, got Cs = ", cs, ", Ch = ", ch,
             ", A = ", a, ", Ca = ", ca);
  ATTN_CHECK(o.score != LuongScore::Dot || cs == ch, name, ": the dot score sᵀh needs the decoder width Cs = ", cs,
             " to equal the encoder width Ch = ", ch, " (use general or concat)");
  ATTN_CHECK(o.window >= 0, name, ": window D must be >= 0, got ", o.window);
  ATTN_CHECK(o.alignment != LuongAlignment::LocalPredictive || o.window >= 1, name,
             ": local-p needs a window D >= 1 (its Gaussian has σ = D/2), got D = ", o.window);
  ATTN_CHECK(is_floating(o.dtype), name, ": dtype must be f32 or f64, got ", dtype_name(o.dtype));
  const bool concat_score = o.score == LuongScore::Concat;
  const bool predictive = o.alignment == LuongAlignment::LocalPredictive;
  // Own parameters are listed before the children's: register v and v_p first, draw them last.
  if (concat_score) v_ = register_parameter("v", empty({a}, o.dtype));
  if (predictive) v_p_ = register_parameter("v_p", empty({a}, o.dtype));
  if (o.score == LuongScore::General)
    score_projection_ = register_module("W", std::make_shared<Linear>(ch, cs, gen, /*bias=*/false, o.dtype));
  if (concat_score)
    score_projection_ = register_module("W", std::make_shared<Linear>(cs + ch, a, gen, /*bias=*/false, o.dtype));
  if (predictive)
    position_projection_ = register_module("W_p", std::make_shared<Linear>(cs, a, gen, /*bias=*/false, o.dtype));
  output_projection_ = register_module("W_c", std::make_shared<Linear>(ch + cs, ca, gen, /*bias=*/false, o.dtype));
  const double bound = 1.0 / std::sqrt(static_cast<double>(a));
  if (concat_score) init::uniform_(v_, -bound, bound, gen);
  if (predictive) init::uniform_(v_p_, -bound, bound, gen);
}

LuongKeys LuongAttention::precompute_keys(const Tensor& encoder_states) const {
  const LuongAttentionOptions& o = options_;
  ATTN_CHECK(encoder_states.defined() && encoder_states.dim() == 3 && encoder_states.size(2) == o.encoder_size,
             mechanism_name(o), ": expected encoder states (B, S, Ch = ", o.encoder_size, "), got ",
             describe_or_undefined(encoder_states));
  ATTN_CHECK(encoder_states.dtype() == o.dtype, mechanism_name(o), ": encoder states ", encoder_states.describe(),
             " differ in dtype from the parameters (", dtype_name(o.dtype), ")");
  switch (o.score) {
    case LuongScore::Dot:
      return {encoder_states, encoder_states};
    case LuongScore::General:  // W h̄: (B, S, Cs)
      return {encoder_states, score_projection_->forward(encoder_states)};
    case LuongScore::Concat: {  // W_h h̄: (B, S, A), W_h the last Ch columns of W
      const Tensor w_h = narrow(score_projection_->weight(), 1, o.decoder_size, o.encoder_size);
      return {encoder_states, linear(encoder_states, w_h, Tensor())};
    }
  }
  return {};
}

Tensor LuongAttention::scores(const Tensor& decoder_state, const LuongKeys& keys) const {
  const LuongAttentionOptions& o = options_;
  const std::int64_t cs = o.decoder_size;
  const std::int64_t key_width = o.score == LuongScore::Dot       ? o.encoder_size
                                 : o.score == LuongScore::General ? cs
                                                                  : o.attention_size;
  ATTN_CHECK(keys.keys.defined() && keys.values.defined() && keys.keys.dim() == 3 && keys.values.dim() == 3,
             mechanism_name(o), ": expected keys (B, S, ", key_width,
             ") and values (B, S, Ch) from precompute_keys, got keys ", describe_or_undefined(keys.keys), ", values ",
             describe_or_undefined(keys.values));
  const std::int64_t b = keys.keys.size(0), s = keys.keys.size(1);
  ATTN_CHECK(keys.keys.size(2) == key_width && keys.values.size(0) == b && keys.values.size(1) == s &&
                 keys.values.size(2) == o.encoder_size,
             mechanism_name(o), ": keys ", keys.keys.describe(), " and values ", keys.values.describe(),
             " do not match (B, S, ", key_width, ") and (B, S, Ch = ", o.encoder_size,
             ") (key/value length mismatch?)");
  ATTN_CHECK(
      decoder_state.defined() && decoder_state.dim() == 2 && decoder_state.size(0) == b && decoder_state.size(1) == cs,
      mechanism_name(o), ": expected decoder state (B = ", b, ", Cs = ", cs, "), got ",
      describe_or_undefined(decoder_state), " (keys ", keys.keys.describe(), ")");
  ATTN_CHECK(decoder_state.dtype() == o.dtype, mechanism_name(o), ": decoder state ", decoder_state.describe(),
             " differs in dtype from the parameters (", dtype_name(o.dtype), ")");
  if (o.score == LuongScore::Concat) {
    const std::int64_t a = o.attention_size;
    const Tensor w_s = narrow(score_projection_->weight(), 1, 0, cs);         // (A, Cs)
    const Tensor query = unsqueeze(linear(decoder_state, w_s, Tensor()), 1);  // W_s s: (B, 1, A)
    const Tensor hidden = tanh(add(keys.keys, query));                        // (B, S, A)
    return reshape(linear(hidden, reshape(v_, {1, a}), Tensor()), {b, s});    // vᵀ tanh(...)
  }
  // dot and general: keys (B, S, Cs) · s (B, Cs, 1) -> (B, S, 1)
  return reshape(matmul(keys.keys, unsqueeze(decoder_state, 2)), {b, s});
}

Tensor LuongAttention::attentional_state(const Tensor& context, const Tensor& decoder_state) const {
  const LuongAttentionOptions& o = options_;
  ATTN_CHECK(context.defined() && decoder_state.defined() && context.dim() == 2 && decoder_state.dim() == 2 &&
                 context.size(0) == decoder_state.size(0) && context.size(1) == o.encoder_size &&
                 decoder_state.size(1) == o.decoder_size,
             mechanism_name(o), ": the attentional state needs context (B, Ch = ", o.encoder_size,
             ") and decoder state (B, Cs = ", o.decoder_size, "), got ", describe_or_undefined(context), " and ",
             describe_or_undefined(decoder_state));
  return tanh(output_projection_->forward(concat({context, decoder_state}, -1)));  // (B, Ca)
}

Tensor LuongAttention::predict_position(const Tensor& decoder_state, const Tensor& lengths) const {
  const std::int64_t b = decoder_state.size(0), a = options_.attention_size;
  const Tensor hidden = tanh(position_projection_->forward(decoder_state));            // (B, A)
  const Tensor logit = reshape(linear(hidden, reshape(v_p_, {1, a}), Tensor()), {b});  // (B)
  return mul(lengths, sigmoid(logit));                                                 // (B)
}

LuongAttentionOutput LuongAttention::forward(const Tensor& decoder_state, const LuongKeys& keys,
                                             const Tensor& source_padding, std::int64_t step) const {
  const LuongAttentionOptions& o = options_;
  const std::string name = mechanism_name(o);
  LuongAttentionOutput out;
  out.scores = scores(decoder_state, keys);
  const std::int64_t b = out.scores.size(0), s = out.scores.size(1);
  check_source_padding(source_padding, b, s, name.c_str());
  const std::vector<std::int64_t> lengths = sentence_lengths(source_padding, b, s);

  switch (o.alignment) {
    case LuongAlignment::Global:
      out.alignment = masked_alignment_softmax(out.scores, source_padding, name.c_str());
      out.weights = out.alignment;
      break;
    case LuongAlignment::LocalMonotonic: {
      ATTN_CHECK(step >= 0, name, ": the decoding step t must be >= 0, got ", step);
      std::vector<std::int64_t> centers(static_cast<std::size_t>(b));
      std::vector<double> positions(static_cast<std::size_t>(b));
      for (std::int64_t i = 0; i < b; ++i) {
        centers[i] = std::min(step, std::max<std::int64_t>(lengths[i] - 1, 0));
        positions[i] = static_cast<double>(centers[i]);
      }
      out.position = from_vector(positions, {b}, o.dtype);
      const Tensor mask = window_mask(source_padding, centers, lengths, o.window, s);
      out.alignment = masked_alignment_softmax(out.scores, mask, name.c_str());
      out.weights = out.alignment;
      break;
    }
    case LuongAlignment::LocalPredictive: {
      std::vector<double> sentence_length(lengths.begin(), lengths.end());
      out.position = predict_position(decoder_state, from_vector(sentence_length, {b}, o.dtype));  // p_t: (B)
      const std::vector<double> p = out.position.to_vector();
      std::vector<std::int64_t> centers(static_cast<std::size_t>(b));
      for (std::int64_t i = 0; i < b; ++i) {
        const auto rounded = static_cast<std::int64_t>(std::floor(p[i] + 0.5));
        centers[i] = std::clamp<std::int64_t>(rounded, 0, std::max<std::int64_t>(lengths[i] - 1, 0));
      }
      const Tensor mask = window_mask(source_padding, centers, lengths, o.window, s);
      out.alignment = masked_alignment_softmax(out.scores, mask, name.c_str());
      // Gaussian exp(-(j - p_t)² / (2σ²)), σ = D/2, over the positions j: (B, S)
      std::vector<double> source_positions(static_cast<std::size_t>(s));
      for (std::int64_t j = 0; j < s; ++j) source_positions[j] = static_cast<double>(j);
      const Tensor offset = sub(from_vector(source_positions, {1, s}, o.dtype), unsqueeze(out.position, 1));
      const double sigma = static_cast<double>(o.window) / 2.0;
      const Tensor gaussian = exp(scale(mul(offset, offset), -1.0 / (2.0 * sigma * sigma)));
      out.weights = mul(out.alignment, gaussian);
      break;
    }
  }
  out.context = weighted_context(out.weights, keys.values);
  out.attentional = attentional_state(out.context, decoder_state);
  return out;
}

}  // namespace attn::nn
