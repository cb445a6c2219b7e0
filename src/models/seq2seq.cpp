#include "attn/models/seq2seq.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/nn/init.h"
#include "attn/ops/elementwise.h"
#include "attn/ops/embedding.h"
#include "attn/ops/loss.h"
#include "attn/ops/matmul.h"
#include "attn/ops/shape.h"

namespace attn::models {
namespace {

std::string describe_or_undefined(const Tensor& x) {
  return x.defined() ? x.describe() : std::string("undefined");
}

// The output layer: its weight registered under "weight" even when it is the target
// embedding's table (then named_parameters() lists it once, as target_embedding.weight).
class GeneratorLayer : public nn::Module {
 public:
  GeneratorLayer(Tensor weight, Tensor bias) {
    register_parameter("weight", std::move(weight));
    register_parameter("bias", std::move(bias));
  }
};

}  // namespace

const char* recurrent_cell_name(RecurrentCell cell) {
  return cell == RecurrentCell::GRU ? "gru" : "lstm";
}

const char* seq2seq_attention_name(Seq2SeqAttention attention) {
  switch (attention) {
    case Seq2SeqAttention::None:
      return "none";
    case Seq2SeqAttention::Bahdanau:
      return "bahdanau";
    case Seq2SeqAttention::LuongDot:
      return "luong-dot";
    case Seq2SeqAttention::LuongGeneral:
      return "luong-general";
    case Seq2SeqAttention::LuongConcat:
      return "luong-concat";
    case Seq2SeqAttention::LuongLocalP:
      return "luong-local-p";
  }
  return "?";
}

RecurrentCell parse_recurrent_cell(std::string_view name) {
  if (name == "gru") return RecurrentCell::GRU;
  if (name == "lstm") return RecurrentCell::LSTM;
  ATTN_CHECK(false, "unknown recurrent cell \"", name, "\" (expected \"gru\" or \"lstm\")");
  return RecurrentCell::GRU;
}

Seq2SeqAttention parse_seq2seq_attention(std::string_view name) {
  for (const Seq2SeqAttention a :
       {Seq2SeqAttention::None, Seq2SeqAttention::Bahdanau, Seq2SeqAttention::LuongDot, Seq2SeqAttention::LuongGeneral,
        Seq2SeqAttention::LuongConcat, Seq2SeqAttention::LuongLocalP}) {
    if (name == seq2seq_attention_name(a)) return a;
  }
  ATTN_CHECK(false, "unknown attention \"", name,
             "\" (expected none, bahdanau, luong-dot, luong-general, luong-concat or luong-local-p)");
  return Seq2SeqAttention::None;
}

bool is_luong(Seq2SeqAttention attention) {
  return attention == Seq2SeqAttention::LuongDot || attention == Seq2SeqAttention::LuongGeneral ||
         attention == Seq2SeqAttention::LuongConcat || attention == Seq2SeqAttention::LuongLocalP;
}

void Seq2SeqConfig::validate() const {
  ATTN_CHECK(source_vocab_size > 3 && target_vocab_size > 3,
             "seq2seq: the vocabularies need the 4 special ids and more, got source_vocab_size = ", source_vocab_size,
             ", target_vocab_size = ", target_vocab_size);
  ATTN_CHECK(layers > 0, "seq2seq: layers must be positive, got ", layers);
  ATTN_CHECK(embed_size > 0, "seq2seq: embed_size must be positive, got ", embed_size);
  ATTN_CHECK(hidden_size > 0, "seq2seq: hidden_size must be positive, got ", hidden_size);
  ATTN_CHECK(attention_size >= 0, "seq2seq: attention_size must be >= 0 (0: hidden_size), got ", attention_size);
  ATTN_CHECK(local_window >= 1, "seq2seq: local_window must be >= 1, got ", local_window);
  ATTN_CHECK(dropout >= 0.0 && dropout < 1.0, "seq2seq: dropout must lie in [0, 1), got ", dropout);
  ATTN_CHECK(is_floating(dtype), "seq2seq: dtype must be f32 or f64, got ", dtype_name(dtype));
}

Seq2Seq::Seq2Seq(const Seq2SeqConfig& config, Generator& gen) : config_(config) {
  config_.validate();
  const Seq2SeqConfig& c = config_;
  const std::int64_t e = c.embed_size, h = c.hidden_size, ch = c.encoder_width(), o = c.output_width();
  const std::int64_t a = c.attention_size > 0 ? c.attention_size : h;
  const DType dt = c.dtype;

  source_embedding_ =
      register_module("source_embedding", std::make_shared<nn::Embedding>(c.source_vocab_size, e, gen, dt));
  target_embedding_ =
      register_module("target_embedding", std::make_shared<nn::Embedding>(c.target_vocab_size, e, gen, dt));
  const nn::RNNOptions rnn{.input_size = e,
                           .hidden_size = h,
                           .num_layers = c.layers,
                           .bidirectional = c.bidirectional,
                           .dropout = c.dropout,
                           .dtype = dt};
  if (c.cell == RecurrentCell::GRU) {
    gru_encoder_ = register_module("encoder", std::make_shared<nn::GRU>(rnn, gen));
  } else {
    lstm_encoder_ = register_module("encoder", std::make_shared<nn::LSTM>(rnn, gen));
  }
  bridge_ = register_module("bridge", std::make_shared<nn::Linear>(ch, h, gen, /*bias=*/true, dt));
  if (c.cell == RecurrentCell::LSTM) {
    bridge_c_ = register_module("bridge_c", std::make_shared<nn::Linear>(ch, h, gen, /*bias=*/true, dt));
  }

  std::int64_t decoder_input = e + ch;  // none, bahdanau: [emb; context]
  switch (c.attention) {
    case Seq2SeqAttention::None:
      break;
    case Seq2SeqAttention::Bahdanau:
      bahdanau_ = register_module(
          "attention",
          std::make_shared<nn::AdditiveAttention>(
              nn::AdditiveAttentionOptions{.decoder_size = h, .encoder_size = ch, .attention_size = a, .dtype = dt},
              gen));
      break;
    case Seq2SeqAttention::LuongDot:
    case Seq2SeqAttention::LuongGeneral:
    case Seq2SeqAttention::LuongConcat:
    case Seq2SeqAttention::LuongLocalP: {
      std::int64_t memory = ch;
      if (c.attention == Seq2SeqAttention::LuongDot && ch != h) {
        memory_projection_ =
            register_module("memory_projection", std::make_shared<nn::Linear>(ch, h, gen, /*bias=*/false, dt));
        memory = h;
      }
      const nn::LuongScore score = c.attention == Seq2SeqAttention::LuongDot      ? nn::LuongScore::Dot
                                   : c.attention == Seq2SeqAttention::LuongConcat ? nn::LuongScore::Concat
                                                                                  : nn::LuongScore::General;
      const nn::LuongAlignment alignment = c.attention == Seq2SeqAttention::LuongLocalP
                                               ? nn::LuongAlignment::LocalPredictive
                                               : nn::LuongAlignment::Global;
      luong_ = register_module("attention",
                               std::make_shared<nn::LuongAttention>(nn::LuongAttentionOptions{.decoder_size = h,
                                                                                              .encoder_size = memory,
                                                                                              .score = score,
                                                                                              .alignment = alignment,
                                                                                              .window = c.local_window,
                                                                                              .attention_size = a,
                                                                                              .attentional_size = o,
                                                                                              .dtype = dt},
                                                                    gen));
      decoder_input = c.input_feeding ? e + o : e;
      break;
    }
  }

  decoder_ = register_module("decoder", std::make_shared<nn::ModuleList<nn::Module>>());
  for (std::int64_t l = 0; l < c.layers; ++l) {
    const std::int64_t in = l == 0 ? decoder_input : h;
    if (c.cell == RecurrentCell::GRU) {
      gru_cells_.push_back(std::make_shared<nn::GRUCell>(in, h, gen, /*bias=*/true, dt));
      decoder_->push_back(gru_cells_.back());
    } else {
      lstm_cells_.push_back(std::make_shared<nn::LSTMCell>(in, h, gen, /*bias=*/true, dt));
      decoder_->push_back(lstm_cells_.back());
    }
  }
  if (!luong_) readout_ = register_module("readout", std::make_shared<nn::Linear>(h + ch, o, gen, /*bias=*/true, dt));

  // The generator: a Linear O -> Vt, or the target embedding's table and a bias.
  {
    const double bound = 1.0 / std::sqrt(static_cast<double>(o));
    generator_weight_ = c.tie_embeddings ? target_embedding_->weight() : empty({c.target_vocab_size, o}, dt);
    generator_bias_ = empty({c.target_vocab_size}, dt);
    if (!c.tie_embeddings) nn::init::uniform_(generator_weight_, -bound, bound, gen);
    nn::init::uniform_(generator_bias_, -bound, bound, gen);
    generator_ = register_module("generator", std::make_shared<GeneratorLayer>(generator_weight_, generator_bias_));
  }
  // Embeddings from U(-0.1, 0.1) (OpenNMT's default) rather than nn::Embedding's N(0, 1):
  // a tied table is also the output layer, whose rows must start small.
  nn::init::uniform_(source_embedding_->weight(), -0.1, 0.1, gen);
  nn::init::uniform_(target_embedding_->weight(), -0.1, 0.1, gen);

  if (c.dropout > 0.0) {
    source_dropout_ = register_module("source_dropout", std::make_shared<nn::Dropout>(c.dropout, gen));
    target_dropout_ = register_module("target_dropout", std::make_shared<nn::Dropout>(c.dropout, gen));
    if (c.layers > 1) layer_dropout_ = register_module("layer_dropout", std::make_shared<nn::Dropout>(c.dropout, gen));
    output_dropout_ = register_module("output_dropout", std::make_shared<nn::Dropout>(c.dropout, gen));
  }
}

const Tensor& Seq2Seq::generator_weight() const {
  return generator_weight_;
}

Tensor Seq2Seq::maybe_dropout(const std::shared_ptr<nn::Dropout>& dropout, const Tensor& x) {
  return dropout ? dropout->forward(x) : x;
}

Seq2SeqEncoding Seq2Seq::encode(const Tensor& source, const Tensor& lengths) {
  ATTN_CHECK(source.defined() && source.dtype() == DType::I64 && source.dim() == 2 && source.size(1) > 0,
             "seq2seq encode: expected source ids (B, S) i64 with S > 0, got ", describe_or_undefined(source));
  const std::int64_t b = source.size(0), s = source.size(1);
  ATTN_CHECK(lengths.defined() && lengths.dtype() == DType::I64 && lengths.shape() == (Shape{b}),
             "seq2seq encode: expected lengths (B = ", b, ") i64, got ", describe_or_undefined(lengths));
  {
    const std::vector<double> n = lengths.to_vector();
    for (std::int64_t i = 0; i < b; ++i) {
      ATTN_CHECK(n[i] >= 1 && n[i] <= static_cast<double>(s), "seq2seq encode: lengths[", i, "] = ", n[i],
                 " lies outside [1, S = ", s, "]");
    }
  }
  const Seq2SeqConfig& c = config_;
  Seq2SeqEncoding enc;
  enc.lengths = lengths;
  enc.padding = nn::padding_mask_from_lengths(lengths, s);

  // (S, B) ids -> (S, B, E): the RNN layers are time-major.
  const Tensor x = maybe_dropout(source_dropout_, source_embedding_->forward(contiguous(transpose(source, 0, 1))));
  Tensor output, h_n, c_n;  // (S, B, Ch), (L*dirs, B, H)
  if (gru_encoder_) {
    nn::GRUOutput r = gru_encoder_->forward(x, Tensor(), lengths);
    output = r.output;
    h_n = r.h_n;
  } else {
    nn::LSTMOutput r = lstm_encoder_->forward(x, {}, lengths);
    output = r.output;
    h_n = r.h_n;
    c_n = r.c_n;
  }
  enc.states = contiguous(transpose(output, 0, 1));  // (B, S, Ch)

  // Each layer's final states, both directions side by side: (B, Ch).
  const std::int64_t dirs = c.bidirectional ? 2 : 1;
  auto finals_of = [&](const Tensor& n, std::int64_t layer) {
    if (dirs == 1) return squeeze(narrow(n, 0, layer, 1), 0);
    return concat({squeeze(narrow(n, 0, 2 * layer, 1), 0), squeeze(narrow(n, 0, 2 * layer + 1, 1), 0)}, -1);
  };
  for (std::int64_t l = 0; l < c.layers; ++l) {
    enc.initial_h.push_back(tanh(bridge_->forward(finals_of(h_n, l))));
    if (bridge_c_) enc.initial_c.push_back(bridge_c_->forward(finals_of(c_n, l)));
  }
  if (c.attention == Seq2SeqAttention::None) {
    enc.fixed_context = finals_of(h_n, c.layers - 1);
  } else if (bahdanau_) {
    const nn::AdditiveKeys keys = bahdanau_->precompute_keys(enc.states);
    enc.values = keys.values;
    enc.keys = keys.keys;
  } else {
    const Tensor memory = memory_projection_ ? memory_projection_->forward(enc.states) : enc.states;
    const nn::LuongKeys keys = luong_->precompute_keys(memory);
    enc.values = keys.values;
    enc.keys = keys.keys;
  }
  return enc;
}

DecoderState Seq2Seq::initial_state(const Seq2SeqEncoding& encoding) const {
  ATTN_CHECK(static_cast<std::int64_t>(encoding.initial_h.size()) == config_.layers, "seq2seq: the encoding holds ",
             encoding.initial_h.size(), " initial states for L = ", config_.layers, " layers (not from encode()?)");
  DecoderState state;
  state.h = encoding.initial_h;
  state.c = encoding.initial_c;
  if (luong_ && config_.input_feeding) {
    state.feed = zeros({encoding.initial_h[0].size(0), config_.output_width()}, config_.dtype);
  }
  return state;
}

DecoderStepOutput Seq2Seq::step_embedded(const Tensor& embedded, const DecoderState& state,
                                         const Seq2SeqEncoding& enc) {
  const Seq2SeqConfig& c = config_;
  ATTN_CHECK(static_cast<std::int64_t>(state.h.size()) == c.layers &&
                 (c.cell == RecurrentCell::GRU || static_cast<std::int64_t>(state.c.size()) == c.layers),
             "seq2seq decode_step: the state holds ", state.h.size(), " layers for L = ", c.layers,
             " (not from initial_state()?)");
  const std::int64_t b = embedded.size(0);
  ATTN_CHECK(state.h[0].size(0) == b && enc.states.size(0) == b, "seq2seq decode_step: ", b,
             " previous tokens for a state of ", state.h[0].size(0), " rows and an encoding of ", enc.states.size(0));
  DecoderStepOutput out;
  Tensor input, context;  // (B, In_0), (B, Ch)
  if (c.attention == Seq2SeqAttention::None) {
    context = enc.fixed_context;
    input = concat({embedded, context}, -1);
  } else if (bahdanau_) {
    // Scored with the state before the step, s_{t-1}.
    const nn::AdditiveAttentionOutput a = bahdanau_->forward(state.h.back(), {enc.values, enc.keys}, enc.padding);
    context = a.context;
    out.weights = a.weights;
    input = concat({embedded, context}, -1);
  } else {
    input = c.input_feeding ? concat({embedded, state.feed}, -1) : embedded;
  }

  out.state.step = state.step + 1;
  Tensor x = input;
  for (std::int64_t l = 0; l < c.layers; ++l) {
    if (l > 0) x = maybe_dropout(layer_dropout_, x);
    if (c.cell == RecurrentCell::GRU) {
      x = gru_cells_[l]->forward(x, state.h[l]);
      out.state.h.push_back(x);
    } else {
      const nn::LSTMState next = lstm_cells_[l]->forward(x, {state.h[l], state.c[l]});
      x = next.h;
      out.state.h.push_back(next.h);
      out.state.c.push_back(next.c);
    }
  }
  if (luong_) {
    // Scored with the state after the step, s_t.
    const nn::LuongAttentionOutput a = luong_->forward(x, {enc.values, enc.keys}, enc.padding, state.step);
    out.output = a.attentional;
    out.weights = a.weights;
    if (c.input_feeding) out.state.feed = a.attentional;
  } else {
    out.output = tanh(readout_->forward(concat({x, context}, -1)));
  }
  return out;
}

DecoderStepOutput Seq2Seq::decode_step(const Tensor& previous, const DecoderState& state,
                                       const Seq2SeqEncoding& encoding) {
  ATTN_CHECK(previous.defined() && previous.dtype() == DType::I64 && previous.dim() == 1,
             "seq2seq decode_step: expected the previous tokens (B) i64, got ", describe_or_undefined(previous));
  return step_embedded(maybe_dropout(target_dropout_, target_embedding_->forward(previous)), state, encoding);
}

Tensor Seq2Seq::logits(const Tensor& output) {
  return linear(maybe_dropout(output_dropout_, output), generator_weight_, generator_bias_);
}

TeacherForcedOutput Seq2Seq::forward(const Tensor& source, const Tensor& source_lengths, const Tensor& target_in) {
  ATTN_CHECK(target_in.defined() && target_in.dtype() == DType::I64 && target_in.dim() == 2 && target_in.size(1) > 0 &&
                 source.defined() && target_in.size(0) == source.size(0),
             "seq2seq forward: expected target ids (B, T) i64 with T > 0 and B = ",
             source.defined() ? source.size(0) : -1, ", got ", describe_or_undefined(target_in));
  const Seq2SeqEncoding enc = encode(source, source_lengths);
  const std::int64_t t_len = target_in.size(1);
  // Every step's embedding in one lookup: (B, T, E).
  const Tensor embedded = maybe_dropout(target_dropout_, target_embedding_->forward(target_in));
  DecoderState state = initial_state(enc);
  std::vector<Tensor> outputs, weights;  // T x (B, 1, O), T x (B, 1, S)
  for (std::int64_t t = 0; t < t_len; ++t) {
    DecoderStepOutput step = step_embedded(squeeze(narrow(embedded, 1, t, 1), 1), state, enc);
    outputs.push_back(unsqueeze(step.output, 1));
    if (step.weights.defined()) weights.push_back(unsqueeze(step.weights, 1));
    state = std::move(step.state);
  }
  TeacherForcedOutput result;
  result.logits = logits(concat(outputs, 1));  // (B, T, Vt)
  if (!weights.empty()) result.weights = concat(weights, 1);
  return result;
}

Tensor Seq2Seq::loss(const Tensor& source, const Tensor& source_lengths, const Tensor& target_in,
                     const Tensor& target_out, double label_smoothing) {
  ATTN_CHECK(target_out.defined() && target_out.dtype() == DType::I64 && target_in.defined() &&
                 target_out.shape() == target_in.shape(),
             "seq2seq loss: expected target_out (B, T) i64 of target_in's shape ", describe_or_undefined(target_in),
             ", got ", describe_or_undefined(target_out));
  const TeacherForcedOutput f = forward(source, source_lengths, target_in);
  const std::int64_t v = config_.target_vocab_size;
  return cross_entropy(reshape(f.logits, {-1, v}), reshape(contiguous(target_out), {-1}),
                       {.ignore_index = 0, .label_smoothing = label_smoothing});
}

// --- Beam search's reordering --------------------------------------------------------

namespace {

// x (B, ...) -> (N, ...) with row i = x[rows[i]]; a fresh contiguous tensor.
Tensor gather_rows(const Tensor& x, const std::vector<std::int64_t>& rows) {
  if (!x.defined()) return x;
  const Tensor src = x.contiguous();
  const std::int64_t b = src.size(0);
  const std::size_t row_bytes =
      static_cast<std::size_t>(src.numel() / std::max<std::int64_t>(b, 1)) * dtype_size(src.dtype());
  Shape shape = src.shape();
  shape[0] = static_cast<std::int64_t>(rows.size());
  Tensor out = empty(shape, src.dtype());
  const auto* from = static_cast<const char*>(src.raw_data());
  auto* to = static_cast<char*>(out.raw_data());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    ATTN_CHECK(rows[i] >= 0 && rows[i] < b, "select_rows: row ", rows[i], " outside [0, B = ", b, ")");
    std::memcpy(to + i * row_bytes, from + static_cast<std::size_t>(rows[i]) * row_bytes, row_bytes);
  }
  return out;
}

std::vector<Tensor> gather_all(const std::vector<Tensor>& xs, const std::vector<std::int64_t>& rows) {
  std::vector<Tensor> out;
  for (const Tensor& x : xs) out.push_back(gather_rows(x, rows));
  return out;
}

}  // namespace

Seq2SeqEncoding select_rows(const Seq2SeqEncoding& e, const std::vector<std::int64_t>& rows) {
  Seq2SeqEncoding out;
  out.states = gather_rows(e.states.detach(), rows);
  out.padding = gather_rows(e.padding, rows);
  out.lengths = gather_rows(e.lengths, rows);
  out.values = gather_rows(e.values.defined() ? e.values.detach() : e.values, rows);
  out.keys = gather_rows(e.keys.defined() ? e.keys.detach() : e.keys, rows);
  out.fixed_context = gather_rows(e.fixed_context.defined() ? e.fixed_context.detach() : e.fixed_context, rows);
  out.initial_h = gather_all(e.initial_h, rows);
  out.initial_c = gather_all(e.initial_c, rows);
  return out;
}

DecoderState select_rows(const DecoderState& s, const std::vector<std::int64_t>& rows) {
  DecoderState out;
  out.h = gather_all(s.h, rows);
  out.c = gather_all(s.c, rows);
  out.feed = gather_rows(s.feed, rows);
  out.step = s.step;
  return out;
}

}  // namespace attn::models
