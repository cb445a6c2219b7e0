#include "attn/nn/attention/additive.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "attn/error.h"
#include "attn/nn/init.h"
#include "attn/ops/elementwise.h"
#include "attn/ops/mask.h"
#include "attn/ops/matmul.h"
#include "attn/ops/shape.h"
#include "attn/ops/softmax.h"

namespace attn::nn {

AdditiveAttention::AdditiveAttention(const AdditiveAttentionOptions& options, Generator& gen) : options_(options) {
  if (options_.attention_size == 0) options_.attention_size = options_.encoder_size;
  const std::int64_t cs = options_.decoder_size, ch = options_.encoder_size, a = options_.attention_size;
  ATTN_CHECK(cs > 0 && ch > 0 && a > 0, "Bahdanau attention: sizes must be positive, got Cs = ", cs, ", Ch = ", ch,
             ", A = ", a);
  ATTN_CHECK(is_floating(options_.dtype), "Bahdanau attention: dtype must be f32 or f64, got ",
             dtype_name(options_.dtype));
  // Registered before W and U so that named_parameters() lists it first (own parameters
  // come before the children's); drawn after them.
  v_ = register_parameter("v", empty({a}, options_.dtype));
  query_projection_ = register_module("W", std::make_shared<Linear>(cs, a, gen, /*bias=*/false, options_.dtype));
  key_projection_ = register_module("U", std::make_shared<Linear>(ch, a, gen, options_.key_bias, options_.dtype));
  const double bound = 1.0 / std::sqrt(static_cast<double>(a));
  init::uniform_(v_, -bound, bound, gen);
}

AdditiveKeys AdditiveAttention::precompute_keys(const Tensor& encoder_states) const {
  ATTN_CHECK(encoder_states.defined() && encoder_states.dim() == 3 && encoder_states.size(2) == options_.encoder_size,
             "Bahdanau attention: expected encoder states (B, S, Ch = ", options_.encoder_size, "), got ",
             encoder_states.defined() ? encoder_states.describe() : std::string("undefined"));
  ATTN_CHECK(encoder_states.dtype() == options_.dtype, "Bahdanau attention: encoder states ", encoder_states.describe(),
             " differ in dtype from the parameters (", dtype_name(options_.dtype), ")");
  return {encoder_states, key_projection_->forward(encoder_states)};
}

Tensor AdditiveAttention::scores(const Tensor& decoder_state, const AdditiveKeys& keys) const {
  const std::int64_t cs = options_.decoder_size, a = options_.attention_size;
  ATTN_CHECK(keys.keys.defined() && keys.values.defined() && keys.keys.dim() == 3 && keys.values.dim() == 3,
             "Bahdanau attention: expected keys (B, S, A) and values (B, S, Ch) from precompute_keys, got keys ",
             keys.keys.defined() ? keys.keys.describe() : "undefined", ", values ",
             keys.values.defined() ? keys.values.describe() : "undefined");
  const std::int64_t b = keys.keys.size(0), s = keys.keys.size(1);
  ATTN_CHECK(keys.keys.size(2) == a && keys.values.size(0) == b && keys.values.size(1) == s &&
                 keys.values.size(2) == options_.encoder_size,
             "Bahdanau attention: keys ", keys.keys.describe(), " and values ", keys.values.describe(),
             " do not match (B, S, A = ", a, ") and (B, S, Ch = ", options_.encoder_size,
             ") (key/value length mismatch?)");
  ATTN_CHECK(
      decoder_state.defined() && decoder_state.dim() == 2 && decoder_state.size(1) == cs && decoder_state.size(0) == b,
      "Bahdanau attention: expected decoder state (B = ", b, ", Cs = ", cs, "), got ",
      decoder_state.defined() ? decoder_state.describe() : std::string("undefined"), " (keys ", keys.keys.describe(),
      ")");
  ATTN_CHECK(decoder_state.dtype() == options_.dtype, "Bahdanau attention: decoder state ", decoder_state.describe(),
             " differs in dtype from the parameters (", dtype_name(options_.dtype), ")");
  const Tensor query = unsqueeze(query_projection_->forward(decoder_state), 1);  // W s: (B, 1, A)
  const Tensor hidden = tanh(add(keys.keys, query));                             // (B, S, A)
  return reshape(linear(hidden, reshape(v_, {1, a}), Tensor()), {b, s});         // vᵀ tanh(...): (B, S)
}

AdditiveAttentionOutput AdditiveAttention::forward(const Tensor& decoder_state, const AdditiveKeys& keys,
                                                   const Tensor& source_padding) const {
  const Tensor e = scores(decoder_state, keys);
  check_source_padding(source_padding, e.size(0), e.size(1), "Bahdanau attention");
  const Tensor weights = masked_alignment_softmax(e, source_padding, "Bahdanau attention");
  return {weighted_context(weights, keys.values), weights};
}

// --- Shared helpers -----------------------------------------------------------

Tensor padding_mask_from_lengths(const Tensor& lengths, std::int64_t source_length) {
  ATTN_CHECK(lengths.defined() && lengths.dtype() == DType::I64 && lengths.dim() == 1,
             "padding_mask_from_lengths: expected lengths (B) i64, got ",
             lengths.defined() ? lengths.describe() : std::string("undefined"));
  const std::int64_t b = lengths.size(0);
  Tensor mask = zeros({b, source_length}, DType::U8);
  const std::vector<double> n = lengths.to_vector();
  std::uint8_t* m = mask.data<std::uint8_t>();
  for (std::int64_t i = 0; i < b; ++i) {
    ATTN_CHECK(n[i] >= 0 && n[i] <= source_length, "padding_mask_from_lengths: length ", n[i], " of sequence ", i,
               " lies outside [0, S = ", source_length, "]");
    for (std::int64_t j = static_cast<std::int64_t>(n[i]); j < source_length; ++j) m[i * source_length + j] = 1;
  }
  return mask;
}

void check_source_padding(const Tensor& source_padding, std::int64_t batch, std::int64_t source_length,
                          const char* mechanism) {
  if (!source_padding.defined()) return;
  ATTN_CHECK(source_padding.dtype() == DType::U8 && source_padding.shape() == (Shape{batch, source_length}), mechanism,
             ": source padding mask must be u8(B, S) = u8", shape_str({batch, source_length}), ", got ",
             source_padding.describe());
}

Tensor masked_alignment_softmax(const Tensor& scores, const Tensor& mask, const char* mechanism) {
  ATTN_CHECK(scores.dim() == 2, mechanism, ": expected scores (B, S), got ", scores.describe());
  if (!mask.defined()) return softmax(scores);
  const std::int64_t b = scores.size(0), s = scores.size(1);
  check_source_padding(mask, b, s, mechanism);
  // A row with every position masked would be all -inf (NaN after the softmax): it
  // is left unmasked for the softmax and zeroed after it.
  Tensor live = mask.clone();              // (B, S) U8, dead rows cleared
  Tensor dead = zeros({b, 1}, DType::U8);  // (B, 1)
  std::uint8_t* l = live.data<std::uint8_t>();
  std::uint8_t* d = dead.data<std::uint8_t>();
  bool any_dead = false;
  for (std::int64_t i = 0; i < b; ++i) {
    bool all = true;
    for (std::int64_t j = 0; j < s && all; ++j) all = l[i * s + j] != 0;
    if (all) {
      d[i] = 1;
      any_dead = true;
      std::fill(l + i * s, l + (i + 1) * s, std::uint8_t{0});
    }
  }
  Tensor weights = softmax(masked_fill(scores, live, -std::numeric_limits<double>::infinity()));
  return any_dead ? masked_fill(weights, dead, 0.0) : weights;
}

Tensor weighted_context(const Tensor& weights, const Tensor& values) {
  ATTN_CHECK(
      weights.dim() == 2 && values.dim() == 3 && values.size(0) == weights.size(0) && values.size(1) == weights.size(1),
      "weighted_context: expected weights (B, S) and values (B, S, Ch), got weights ", weights.describe(), ", values ",
      values.describe());
  const Tensor context = matmul(unsqueeze(weights, 1), values);  // (B, 1, S) · (B, S, Ch) -> (B, 1, Ch)
  return reshape(context, {values.size(0), values.size(2)});
}

}  // namespace attn::nn
