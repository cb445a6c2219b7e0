// attn nn: recurrent layers, GRU and LSTM, as cells (one step) and as layers (a
// whole sequence, stacked and optionally bidirectional).
//
// Layout: time-major. A layer reads x (T, B, C) and writes output (T, B, dirs*H),
// as torch.nn.GRU / torch.nn.LSTM with batch_first=False; transpose(x, 0, 1) a
// batch-major input first.
//
// Parameters carry PyTorch's names, shapes and gate order, so a state_dict copies
// over one to one:
//   weight_ih_l{k}[_reverse]  (G*H, Cin_k)   Cin_0 = C, Cin_k = dirs*H for k > 0
//   weight_hh_l{k}[_reverse]  (G*H, H)
//   bias_ih_l{k}[_reverse]    (G*H)
//   bias_hh_l{k}[_reverse]    (G*H)
// listed layer by layer, the forward direction before the reverse one; G = 3 gates
// (r, z, n) for the GRU, G = 4 (i, f, g, o) for the LSTM. Cells use the same names
// without the suffix. Every parameter is drawn from U(-1/sqrt(H), 1/sqrt(H)) in that
// order, as PyTorch initialises them.
//
// Padded batches: `lengths` (B) I64 gives each sequence's real length (0..T). As with
// torch.nn.utils.rnn.pack_padded_sequence, a sequence's outputs past its length are
// zero, its final state is the one after its last real step, and the reverse
// direction starts at its own last real token. Padded positions of x affect nothing,
// not even gradients.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "attn/nn/dropout.h"
#include "attn/nn/module.h"
#include "attn/random.h"

namespace attn::nn {

// The four parameters of one cell, or of one layer in one direction.
struct RecurrentWeights {
  Tensor weight_ih;  // (G*H, Cin)
  Tensor weight_hh;  // (G*H, H)
  Tensor bias_ih;    // (G*H), undefined without bias
  Tensor bias_hh;    // (G*H), undefined without bias
};

// Base of the cells and layers: registers RecurrentWeights under PyTorch's names.
class RecurrentBase : public Module {
 protected:
  // Registers weight_ih{suffix}, weight_hh{suffix}[, bias_ih{suffix}, bias_hh{suffix}],
  // each drawn from U(-1/sqrt(H), 1/sqrt(H)) in that order.
  RecurrentWeights register_weights(const std::string& suffix, std::int64_t gates, std::int64_t input_size,
                                    std::int64_t hidden_size, bool bias, DType dtype, Generator& gen);
};

// --- Cells: one time step --------------------------------------------------------

class GRUCell : public RecurrentBase {
 public:
  GRUCell(std::int64_t input_size, std::int64_t hidden_size, Generator& gen, bool bias = true,
          DType dtype = DType::F32);

  // x (B, Cin), h (B, H) or undefined for zeros -> h' (B, H):
  //   r = σ(W_ir x + b_ir + W_hr h + b_hr)
  //   z = σ(W_iz x + b_iz + W_hz h + b_hz)
  //   n = tanh(W_in x + b_in + r * (W_hn h + b_hn))
  //   h' = (1 - z) * n + z * h                       (Cho et al., 2014; PyTorch's form)
  Tensor forward(const Tensor& x, const Tensor& h = Tensor()) const;

  const RecurrentWeights& weights() const { return weights_; }
  std::int64_t hidden_size() const { return hidden_size_; }

 private:
  RecurrentWeights weights_;
  std::int64_t hidden_size_;
};

// State of an LSTM: each (B, H) for a cell, (L*dirs, B, H) for a layer.
struct LSTMState {
  Tensor h;
  Tensor c;
};

class LSTMCell : public RecurrentBase {
 public:
  LSTMCell(std::int64_t input_size, std::int64_t hidden_size, Generator& gen, bool bias = true,
           DType dtype = DType::F32);

  // x (B, Cin), state {h (B, H), c (B, H)} (undefined for zeros) -> {h', c'}:
  //   i, f, g, o = σ, σ, tanh, σ of (W_ih x + b_ih + W_hh h + b_hh), split in 4
  //   c' = f * c + i * g,   h' = o * tanh(c')          (Hochreiter & Schmidhuber, 1997)
  LSTMState forward(const Tensor& x, const LSTMState& state = {}) const;

  const RecurrentWeights& weights() const { return weights_; }
  std::int64_t hidden_size() const { return hidden_size_; }

 private:
  RecurrentWeights weights_;
  std::int64_t hidden_size_;
};

// --- Layers: whole sequences ------------------------------------------------------

struct RNNOptions {
  std::int64_t input_size = 0;   // C
  std::int64_t hidden_size = 0;  // H
  std::int64_t num_layers = 1;   // L
  bool bidirectional = false;    // dirs = 2 when set
  bool bias = true;
  double dropout = 0.0;  // on the output of every layer but the last, in training
  DType dtype = DType::F32;
};

// Shared by GRU and LSTM: the parameters and the loop over layers, directions and
// time steps; the subclass supplies one step.
class RecurrentLayer : public RecurrentBase {
 public:
  const RNNOptions& options() const { return options_; }
  std::int64_t num_directions() const { return options_.bidirectional ? 2 : 1; }
  // Parameters of layer `layer` in direction `direction` (0 forward, 1 reverse).
  const RecurrentWeights& weights(std::int64_t layer, std::int64_t direction) const;

 protected:
  RecurrentLayer(const RNNOptions& options, std::int64_t gates, const char* name, Generator& gen);

  struct Result {
    Tensor output;                    // (T, B, dirs*H)
    std::vector<Tensor> final_state;  // per state tensor (h, or h and c): (L*dirs, B, H)
  };
  // x (T, B, C); lengths (B) I64 or undefined; initial: per state tensor (L*dirs, B, H)
  // or undefined for zeros.
  Result run(const Tensor& x, const Tensor& lengths, const std::vector<Tensor>& initial);

  // One time step of one direction: gates_x (B, G*H) = W_ih x + b_ih, state per state
  // tensor (B, H), h first -> the next state.
  virtual std::vector<Tensor> step(const Tensor& gates_x, const std::vector<Tensor>& state,
                                   const RecurrentWeights& w) const = 0;

 private:
  RNNOptions options_;
  const char* name_;                       // "GRU" or "LSTM", for errors
  std::vector<RecurrentWeights> weights_;  // [layer * dirs + direction]
  std::shared_ptr<Dropout> dropout_;       // between layers; null when options.dropout == 0
};

struct GRUOutput {
  Tensor output;  // (T, B, dirs*H), zero past each sequence's length
  Tensor h_n;     // (L*dirs, B, H), index layer * dirs + direction
};

class GRU : public RecurrentLayer {
 public:
  GRU(const RNNOptions& options, Generator& gen);
  // x (T, B, C), h0 (L*dirs, B, H) or undefined for zeros, lengths (B) I64 or undefined.
  GRUOutput forward(const Tensor& x, const Tensor& h0 = Tensor(), const Tensor& lengths = Tensor());

 protected:
  std::vector<Tensor> step(const Tensor& gates_x, const std::vector<Tensor>& state,
                           const RecurrentWeights& w) const override;
};

struct LSTMOutput {
  Tensor output;  // (T, B, dirs*H), zero past each sequence's length
  Tensor h_n;     // (L*dirs, B, H)
  Tensor c_n;     // (L*dirs, B, H)
};

class LSTM : public RecurrentLayer {
 public:
  LSTM(const RNNOptions& options, Generator& gen);
  // x (T, B, C), initial {h0, c0} each (L*dirs, B, H) or undefined for zeros,
  // lengths (B) I64 or undefined.
  LSTMOutput forward(const Tensor& x, const LSTMState& initial = {}, const Tensor& lengths = Tensor());

 protected:
  std::vector<Tensor> step(const Tensor& gates_x, const std::vector<Tensor>& state,
                           const RecurrentWeights& w) const override;
};

}  // namespace attn::nn
