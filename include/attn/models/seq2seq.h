// attn models: the RNN encoder-decoder for translation, with or without attention
// (see docs/nmt.md).
//
// Encoder (Sutskever et al. 2014; Bahdanau et al. 2014):
//   x = dropout(source_embedding[source])                        (S, B, E)  time-major inside
//   h, finals = encoder(x, lengths)                              bidirectional GRU or LSTM, L layers
//   states = h                                                   (B, S, Ch), Ch = dirs*H, 0 past lengths
//   decoder state l = tanh(bridge([final_fwd_l; final_bwd_l]))   (B, H), one per layer l
//                     (LSTM cells: c from bridge_c, without tanh)
//
// Decoder, one step t (reading the previous target token y_{t-1}, <s> at t = 0):
//   none      the fixed-context baseline (Cho et al. 2014): c = [final_fwd; final_bwd]
//             of the top encoder layer, the same at every step;
//             s_t = rnn([emb(y_{t-1}); c], s_{t-1}),  o_t = tanh(readout([s_t; c]))
//   bahdanau  (Bahdanau et al. 2014) c_t = attention(s_{t-1}, states): scored with the
//             state BEFORE the step;  s_t = rnn([emb(y_{t-1}); c_t], s_{t-1}),
//             o_t = tanh(readout([s_t; c_t]))
//   luong-*   (Luong et al. 2015) s_t = rnn([emb(y_{t-1}); h̃_{t-1}], s_{t-1}) with input
//             feeding (rnn(emb(y_{t-1}), s_{t-1}) without); h̃_t = tanh(W_c [c_t; s_t]),
//             c_t = attention(s_t, states) scored with the state AFTER the step;
//             o_t = h̃_t.  Scores dot, general, concat (global) and general with the
//             local-p alignment (window D = local_window).
//   logits_t = generator(dropout(o_t))                           (B, Vt)
// s_{t-1} here is the top layer's state; a multi-layer decoder passes each layer's
// output to the next (dropout between layers). The dot score needs the decoder width
// H to equal the encoder width Ch: when they differ (a bidirectional encoder) the
// encoder states are first mapped to H by memory_projection (no bias).
//
// Parameters (named_parameters() order; only those the config uses):
//   source_embedding.weight            (Vs, E)
//   target_embedding.weight            (Vt, E)
//   encoder.weight_ih_l{k}[_reverse]   PyTorch's GRU / LSTM names (nn/rnn.h)
//   bridge.weight (H, Ch), .bias (H)   decoder initial state from the encoder's finals
//   bridge_c.weight, .bias             LSTM only: the initial cell state
//   memory_projection.weight (H, Ch)   luong-dot with Ch != H
//   attention.*                        nn/attention/additive.h or luong.h
//   decoder.{l}.weight_ih (G*H, In_l)  GRUCell / LSTMCell per layer; In_0 = E + Ch (none,
//   decoder.{l}.weight_hh (G*H, H)     bahdanau), E + O (luong, input feeding), E (luong
//   decoder.{l}.bias_ih, .bias_hh      without); In_l = H for l > 0
//   readout.weight (O, H + Ch), .bias  none and bahdanau (luong's is attention.W_c)
//   generator.weight (Vt, O), .bias    the output layer; its weight IS
//                                      target_embedding.weight when tie_embeddings
// Initialisation: each layer's own (nn/rnn.h, linear.h, the attention headers; the
// generator as a Linear), except the two embedding tables, drawn from U(-0.1, 0.1)
// (OpenNMT's default) instead of nn::Embedding's N(0, 1): a tied table is also the
// output layer, whose rows must start small.
// O, the width of o_t, is E when the embeddings are tied (so that the generator can
// share the (Vt, E) table) and H otherwise.
//
// Shapes: B batch, S source length, T target length, E embedding width, H hidden
// width (per direction in the encoder), Ch = dirs*H, A attention width, O output
// width, Vs / Vt vocabularies, L layers. Ids are I64; padding id 0 (data/subword.h).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "attn/nn/attention/additive.h"
#include "attn/nn/attention/luong.h"
#include "attn/nn/dropout.h"
#include "attn/nn/embedding.h"
#include "attn/nn/linear.h"
#include "attn/nn/module.h"
#include "attn/nn/rnn.h"
#include "attn/random.h"

namespace attn::models {

enum class RecurrentCell : std::uint8_t { GRU, LSTM };
enum class Seq2SeqAttention : std::uint8_t { None, Bahdanau, LuongDot, LuongGeneral, LuongConcat, LuongLocalP };

const char* recurrent_cell_name(RecurrentCell cell);             // "gru", "lstm"
const char* seq2seq_attention_name(Seq2SeqAttention attention);  // "none", "bahdanau", "luong-dot", ...
// Inverses of the names; an unknown name is an error listing the known ones.
RecurrentCell parse_recurrent_cell(std::string_view name);
Seq2SeqAttention parse_seq2seq_attention(std::string_view name);
bool is_luong(Seq2SeqAttention attention);

struct Seq2SeqConfig {
  std::int64_t source_vocab_size = 0;  // Vs
  std::int64_t target_vocab_size = 0;  // Vt
  RecurrentCell cell = RecurrentCell::GRU;
  std::int64_t layers = 1;         // L, of the encoder and of the decoder
  std::int64_t embed_size = 256;   // E
  std::int64_t hidden_size = 256;  // H
  bool bidirectional = true;       // encoder; Ch = 2H when set
  Seq2SeqAttention attention = Seq2SeqAttention::Bahdanau;
  std::int64_t attention_size = 0;  // A of bahdanau, luong-concat, luong-local-p; 0: H
  std::int64_t local_window = 10;   // D of luong-local-p
  bool input_feeding = true;        // luong-*: feed h̃_{t-1} into the next step
  double dropout = 0.0;             // embeddings, between layers, before the generator
  bool tie_embeddings = false;      // generator.weight = target_embedding.weight
  DType dtype = DType::F32;

  std::int64_t encoder_width() const { return bidirectional ? 2 * hidden_size : hidden_size; }  // Ch
  std::int64_t output_width() const { return tie_embeddings ? embed_size : hidden_size; }       // O
  // Throws naming the field when a size is not positive or dropout is outside [0, 1).
  void validate() const;
};

// What the decoder reads from one batch of source sentences, computed once by encode().
struct Seq2SeqEncoding {
  Tensor states;                  // (B, S, Ch) encoder outputs, zero past each sentence's length
  Tensor padding;                 // (B, S) U8, 1 past each sentence's length
  Tensor lengths;                 // (B) I64
  Tensor values;                  // (B, S, Cv) what the context averages: states (Cv = Ch), or their
                                  // memory projection for luong-dot (Cv = H); undefined for none
  Tensor keys;                    // (B, S, K) precomputed attention keys (additive.h / luong.h);
                                  // undefined for none
  Tensor fixed_context;           // (B, Ch) for none: the top layer's final states; else undefined
  std::vector<Tensor> initial_h;  // L x (B, H), the bridged initial decoder states
  std::vector<Tensor> initial_c;  // L x (B, H), LSTM only
};

// The decoder's recurrent state between steps.
struct DecoderState {
  std::vector<Tensor> h;  // L x (B, H)
  std::vector<Tensor> c;  // L x (B, H), LSTM only (empty for GRU)
  Tensor feed;            // (B, O) h̃_{t-1}, luong with input feeding; undefined otherwise
  std::int64_t step = 0;  // t, the number of steps taken
};

struct DecoderStepOutput {
  Tensor output;   // (B, O) o_t, before the output dropout and the generator
  Tensor weights;  // (B, S) attention weights of this step (0 on padding); undefined for none
  DecoderState state;
};

struct TeacherForcedOutput {
  Tensor logits;   // (B, T, Vt)
  Tensor weights;  // (B, T, S); undefined for none
};

class Seq2Seq : public nn::Module {
 public:
  // Parameters drawn from `gen` (see "Initialisation" above); each Dropout seeds its
  // mask generator from it.
  Seq2Seq(const Seq2SeqConfig& config, Generator& gen);

  const Seq2SeqConfig& config() const { return config_; }

  // source (B, S) I64 ids, lengths (B) I64 in [1, S] -> the encoding. Positions past
  // a sentence's length are padding: they change nothing (not even gradients).
  Seq2SeqEncoding encode(const Tensor& source, const Tensor& lengths);

  // The state before the first step.
  DecoderState initial_state(const Seq2SeqEncoding& encoding) const;

  // One decoder step: previous (B) I64 the previous target token of each row (<s> at
  // the first step) -> o_t, the attention weights and the next state. Used by teacher
  // forcing and by incremental decoding alike.
  DecoderStepOutput decode_step(const Tensor& previous, const DecoderState& state, const Seq2SeqEncoding& encoding);

  // output (..., O) -> logits (..., Vt) = generator(dropout(output)).
  Tensor logits(const Tensor& output);

  // Teacher forcing: target_in (B, T) I64 (<s> y_1 ... y_{T-1}, padded with 0) -> logits
  // of every step and the attention weights.
  TeacherForcedOutput forward(const Tensor& source, const Tensor& source_lengths, const Tensor& target_in);

  // Mean cross-entropy over the target tokens that are not padding: target_out (B, T)
  // (y_1 ... y_T, </s>, padded with 0; the padding adds nothing), label smoothing eps
  // (the mass spread over the Vt classes, ops/loss.h) -> ().
  Tensor loss(const Tensor& source, const Tensor& source_lengths, const Tensor& target_in, const Tensor& target_out,
              double label_smoothing = 0.0);

  // The output layer's weight (Vt, O) (target_embedding.weight when tied).
  const Tensor& generator_weight() const;

 private:
  Seq2SeqConfig config_;
  std::shared_ptr<nn::Embedding> source_embedding_;  // (Vs, E)
  std::shared_ptr<nn::Embedding> target_embedding_;  // (Vt, E)
  std::shared_ptr<nn::GRU> gru_encoder_;             // one of the two, "encoder"
  std::shared_ptr<nn::LSTM> lstm_encoder_;
  std::shared_ptr<nn::Linear> bridge_;                   // (H, Ch)
  std::shared_ptr<nn::Linear> bridge_c_;                 // (H, Ch), LSTM
  std::shared_ptr<nn::Linear> memory_projection_;        // (H, Ch), luong-dot with Ch != H
  std::shared_ptr<nn::AdditiveAttention> bahdanau_;      // bahdanau
  std::shared_ptr<nn::LuongAttention> luong_;            // luong-*
  std::shared_ptr<nn::ModuleList<nn::Module>> decoder_;  // L cells (GRUCell or LSTMCell)
  std::vector<std::shared_ptr<nn::GRUCell>> gru_cells_;  // the same cells, typed
  std::vector<std::shared_ptr<nn::LSTMCell>> lstm_cells_;
  std::shared_ptr<nn::Linear> readout_;    // (O, H + Ch), none and bahdanau
  std::shared_ptr<nn::Module> generator_;  // holds weight and bias
  Tensor generator_weight_;                // (Vt, O), target_embedding's when tied
  Tensor generator_bias_;                  // (Vt)
  std::shared_ptr<nn::Dropout> source_dropout_, target_dropout_, layer_dropout_, output_dropout_;

  // decode_step from the embedded previous tokens (B, E), after their dropout.
  DecoderStepOutput step_embedded(const Tensor& embedded, const DecoderState& state, const Seq2SeqEncoding& encoding);
  Tensor maybe_dropout(const std::shared_ptr<nn::Dropout>& dropout, const Tensor& x);
};

// Rows of an encoding or a state picked by index (beam search: each sentence repeated
// K times, then the surviving beams' parents): rows (N) indices into the batch -> N rows.
// Inference only (not recorded by autograd).
Seq2SeqEncoding select_rows(const Seq2SeqEncoding& encoding, const std::vector<std::int64_t>& rows);
DecoderState select_rows(const DecoderState& state, const std::vector<std::int64_t>& rows);

}  // namespace attn::models
