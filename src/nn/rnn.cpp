#include "attn/nn/rnn.h"

#include <algorithm>
#include <cmath>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/nn/init.h"
#include "attn/ops/elementwise.h"
#include "attn/ops/matmul.h"
#include "attn/ops/shape.h"

namespace attn::nn {
namespace {

// Splits x (T, ...) into its T time steps (...), views of x, for the time loop. The
// autograd engine adds each step's gradient into its slice of x's gradient, so the
// backward of the T slices costs O(T), not O(T^2) (see NarrowSlice in autograd.h).
std::vector<Tensor> unbind_time(const Tensor& x) {
  std::vector<Tensor> slices;
  for (std::int64_t t = 0; t < x.size(0); ++t) slices.push_back(squeeze(narrow(x, 0, t, 1), 0));
  return slices;
}

// GRU step from the input projection: gates_x (B, 3H) = W_ih x + b_ih, h (B, H),
// weight_hh (3H, H), bias_hh (3H) or undefined -> h' (B, H). Gate order r, z, n.
Tensor gru_step(const Tensor& gates_x, const Tensor& h, const Tensor& weight_hh, const Tensor& bias_hh) {
  const std::int64_t hidden = h.size(-1);
  const Tensor gates_h = linear(h, weight_hh, bias_hh);  // (B, 3H)
  // r and z side by side: one add and one sigmoid for both.
  const Tensor rz = sigmoid(add(narrow(gates_x, -1, 0, 2 * hidden), narrow(gates_h, -1, 0, 2 * hidden)));
  const Tensor r = narrow(rz, -1, 0, hidden);
  const Tensor z = narrow(rz, -1, hidden, hidden);
  const Tensor n = tanh(add(narrow(gates_x, -1, 2 * hidden, hidden), mul(r, narrow(gates_h, -1, 2 * hidden, hidden))));
  return add(n, mul(z, sub(h, n)));  // (1 - z) * n + z * h
}

// LSTM step: gates_x (B, 4H) = W_ih x + b_ih, h (B, H), c (B, H) -> {h', c'}.
// Gate order i, f, g, o.
LSTMState lstm_step(const Tensor& gates_x, const Tensor& h, const Tensor& c, const Tensor& weight_hh,
                    const Tensor& bias_hh) {
  const std::int64_t hidden = h.size(-1);
  const Tensor gates = add(gates_x, linear(h, weight_hh, bias_hh));  // (B, 4H)
  const Tensor input_forget = sigmoid(narrow(gates, -1, 0, 2 * hidden));
  const Tensor i = narrow(input_forget, -1, 0, hidden);
  const Tensor f = narrow(input_forget, -1, hidden, hidden);
  const Tensor g = tanh(narrow(gates, -1, 2 * hidden, hidden));
  const Tensor o = sigmoid(narrow(gates, -1, 3 * hidden, hidden));
  const Tensor c_next = add(mul(f, c), mul(i, g));
  return {mul(o, tanh(c_next)), c_next};
}

void check_cell_input(const char* op, const Tensor& x, const Tensor& weight_ih) {
  ATTN_CHECK(x.defined() && x.dim() == 2 && x.size(1) == weight_ih.size(1), op,
             ": expected x (B, Cin = ", weight_ih.size(1), "), got ",
             x.defined() ? x.describe() : std::string("undefined"));
}

// A state given by the caller, or zeros (B, H) when it is undefined.
Tensor cell_state_or_zeros(const char* op, const char* what, const Tensor& state, std::int64_t batch,
                           std::int64_t hidden, DType dtype) {
  if (!state.defined()) return zeros({batch, hidden}, dtype);
  ATTN_CHECK(state.shape() == (Shape{batch, hidden}), op, ": expected ", what, " (B, H) = ", shape_str({batch, hidden}),
             ", got ", state.describe());
  return state;
}

}  // namespace

RecurrentWeights RecurrentBase::register_weights(const std::string& suffix, std::int64_t gates, std::int64_t input_size,
                                                 std::int64_t hidden_size, bool bias, DType dtype, Generator& gen) {
  const double bound = 1.0 / std::sqrt(static_cast<double>(hidden_size));
  auto make = [&](const std::string& name, const Shape& shape) {
    Tensor p = register_parameter(name + suffix, empty(shape, dtype));
    init::uniform_(p, -bound, bound, gen);
    return p;
  };
  RecurrentWeights w;
  w.weight_ih = make("weight_ih", {gates * hidden_size, input_size});
  w.weight_hh = make("weight_hh", {gates * hidden_size, hidden_size});
  if (bias) {
    w.bias_ih = make("bias_ih", {gates * hidden_size});
    w.bias_hh = make("bias_hh", {gates * hidden_size});
  }
  return w;
}

// --- Cells ----------------------------------------------------------------------

GRUCell::GRUCell(std::int64_t input_size, std::int64_t hidden_size, Generator& gen, bool bias, DType dtype)
    : hidden_size_(hidden_size) {
  ATTN_CHECK(input_size > 0 && hidden_size > 0, "GRUCell: sizes must be positive, got Cin = ", input_size,
             ", H = ", hidden_size);
  weights_ = register_weights("", 3, input_size, hidden_size, bias, dtype, gen);
}

Tensor GRUCell::forward(const Tensor& x, const Tensor& h) const {
  check_cell_input("GRUCell", x, weights_.weight_ih);
  const Tensor h0 = cell_state_or_zeros("GRUCell", "h", h, x.size(0), hidden_size_, x.dtype());
  return gru_step(linear(x, weights_.weight_ih, weights_.bias_ih), h0, weights_.weight_hh, weights_.bias_hh);
}

LSTMCell::LSTMCell(std::int64_t input_size, std::int64_t hidden_size, Generator& gen, bool bias, DType dtype)
    : hidden_size_(hidden_size) {
  ATTN_CHECK(input_size > 0 && hidden_size > 0, "LSTMCell: sizes must be positive, got Cin = ", input_size,
             ", H = ", hidden_size);
  weights_ = register_weights("", 4, input_size, hidden_size, bias, dtype, gen);
}

LSTMState LSTMCell::forward(const Tensor& x, const LSTMState& state) const {
  check_cell_input("LSTMCell", x, weights_.weight_ih);
  const Tensor h = cell_state_or_zeros("LSTMCell", "h", state.h, x.size(0), hidden_size_, x.dtype());
  const Tensor c = cell_state_or_zeros("LSTMCell", "c", state.c, x.size(0), hidden_size_, x.dtype());
  return lstm_step(linear(x, weights_.weight_ih, weights_.bias_ih), h, c, weights_.weight_hh, weights_.bias_hh);
}

// --- Layers ---------------------------------------------------------------------

RecurrentLayer::RecurrentLayer(const RNNOptions& options, std::int64_t gates, const char* name, Generator& gen)
    : options_(options), name_(name) {
  ATTN_CHECK(options.input_size > 0 && options.hidden_size > 0 && options.num_layers > 0, name,
             ": sizes must be positive, got C = ", options.input_size, ", H = ", options.hidden_size,
             ", L = ", options.num_layers);
  ATTN_CHECK(options.dropout >= 0.0 && options.dropout <= 1.0, name, ": dropout must be in [0, 1], got ",
             options.dropout);
  const std::int64_t dirs = num_directions();
  for (std::int64_t layer = 0; layer < options.num_layers; ++layer) {
    const std::int64_t layer_input = layer == 0 ? options.input_size : dirs * options.hidden_size;
    for (std::int64_t direction = 0; direction < dirs; ++direction) {
      const std::string suffix = "_l" + std::to_string(layer) + (direction == 1 ? "_reverse" : "");
      weights_.push_back(
          register_weights(suffix, gates, layer_input, options.hidden_size, options.bias, options.dtype, gen));
    }
  }
  if (options.dropout > 0.0) dropout_ = register_module("dropout", std::make_shared<Dropout>(options.dropout, gen));
}

const RecurrentWeights& RecurrentLayer::weights(std::int64_t layer, std::int64_t direction) const {
  ATTN_CHECK(layer >= 0 && layer < options_.num_layers && direction >= 0 && direction < num_directions(), name_,
             ": no weights for layer ", layer, " direction ", direction, " (L = ", options_.num_layers,
             ", dirs = ", num_directions(), ")");
  return weights_[layer * num_directions() + direction];
}

RecurrentLayer::Result RecurrentLayer::run(const Tensor& x, const Tensor& lengths, const std::vector<Tensor>& initial) {
  const std::int64_t dirs = num_directions();
  const std::int64_t hidden = options_.hidden_size;
  ATTN_CHECK(x.defined() && x.dim() == 3 && x.size(2) == options_.input_size && x.dtype() == options_.dtype, name_,
             ": expected x (T, B, C = ", options_.input_size, ") of ", dtype_name(options_.dtype), ", got ",
             x.defined() ? x.describe() : std::string("undefined"));
  const std::int64_t steps = x.size(0), batch = x.size(1);
  ATTN_CHECK(steps > 0, name_, ": the sequence is empty (T = 0)");
  const Shape state_shape{options_.num_layers * dirs, batch, hidden};
  for (const Tensor& s : initial)
    ATTN_CHECK(!s.defined() || s.shape() == state_shape, name_,
               ": expected an initial state (L*dirs, B, H) = ", shape_str(state_shape), ", got ", s.describe());

  // keep[t, b] = 1 while t < lengths[b]: a step updates the state and writes an output
  // only there; elsewhere the state is held (hold = 1 - keep) and the output is zero.
  // Steps before the shortest length need no mask.
  Tensor keep, hold;
  std::int64_t min_length = steps;
  if (lengths.defined()) {
    ATTN_CHECK(lengths.dtype() == DType::I64 && lengths.shape() == (Shape{batch}), name_,
               ": expected lengths (B = ", batch, ") i64, got ", lengths.describe());
    const Tensor lens = lengths.contiguous();
    const std::int64_t* len = lens.data<std::int64_t>();
    std::vector<double> keep_values(static_cast<std::size_t>(steps * batch));
    for (std::int64_t b = 0; b < batch; ++b) {
      ATTN_CHECK(len[b] >= 0 && len[b] <= steps, name_, ": lengths[", b, "] = ", len[b], " is outside [0, T = ", steps,
                 "]");
      min_length = std::min(min_length, len[b]);
      for (std::int64_t t = 0; t < steps; ++t) keep_values[t * batch + b] = t < len[b] ? 1.0 : 0.0;
    }
    keep = from_vector(keep_values, {steps, batch, 1}, options_.dtype);
    hold = add_scalar(neg(keep), 1.0);
  }

  Tensor layer_input = x;  // (T, B, Cin_k)
  std::vector<std::vector<Tensor>> final_state(initial.size());
  for (std::int64_t layer = 0; layer < options_.num_layers; ++layer) {
    std::vector<Tensor> direction_outputs;  // each (T, B, H)
    for (std::int64_t direction = 0; direction < dirs; ++direction) {
      const std::int64_t index = layer * dirs + direction;
      const RecurrentWeights& w = weights_[index];
      // The input projection of every time step in one product.
      const std::vector<Tensor> gates_x = unbind_time(linear(layer_input, w.weight_ih, w.bias_ih));  // T x (B, G*H)
      std::vector<Tensor> state;                                                                     // each (B, H)
      for (const Tensor& s : initial)
        state.push_back(s.defined() ? squeeze(narrow(s, 0, index, 1), 0) : zeros({batch, hidden}, options_.dtype));

      std::vector<Tensor> outputs(static_cast<std::size_t>(steps));  // each (1, B, H), in time order
      for (std::int64_t i = 0; i < steps; ++i) {
        const std::int64_t t = direction == 0 ? i : steps - 1 - i;
        std::vector<Tensor> next = step(gates_x[t], state, w);
        if (t >= min_length) {
          const Tensor keep_t = squeeze(narrow(keep, 0, t, 1), 0);  // (B, 1)
          const Tensor hold_t = squeeze(narrow(hold, 0, t, 1), 0);  // (B, 1)
          for (std::size_t s = 0; s < next.size(); ++s) {
            next[s] = mul(keep_t, next[s]);
            state[s] = add(next[s], mul(hold_t, state[s]));
          }
        } else {
          state = next;
        }
        outputs[t] = unsqueeze(next[0], 0);
      }
      direction_outputs.push_back(concat(outputs, 0));
      for (std::size_t s = 0; s < state.size(); ++s) final_state[s].push_back(unsqueeze(state[s], 0));
    }
    layer_input = dirs == 1 ? direction_outputs[0] : concat(direction_outputs, -1);
    if (dropout_ && layer + 1 < options_.num_layers) layer_input = dropout_->forward(layer_input);
  }

  Result result;
  result.output = layer_input;
  for (const auto& per_layer : final_state) result.final_state.push_back(concat(per_layer, 0));
  return result;
}

GRU::GRU(const RNNOptions& options, Generator& gen) : RecurrentLayer(options, 3, "GRU", gen) {}

GRUOutput GRU::forward(const Tensor& x, const Tensor& h0, const Tensor& lengths) {
  Result r = run(x, lengths, {h0});
  return {r.output, r.final_state[0]};
}

std::vector<Tensor> GRU::step(const Tensor& gates_x, const std::vector<Tensor>& state,
                              const RecurrentWeights& w) const {
  return {gru_step(gates_x, state[0], w.weight_hh, w.bias_hh)};
}

LSTM::LSTM(const RNNOptions& options, Generator& gen) : RecurrentLayer(options, 4, "LSTM", gen) {}

LSTMOutput LSTM::forward(const Tensor& x, const LSTMState& initial, const Tensor& lengths) {
  Result r = run(x, lengths, {initial.h, initial.c});
  return {r.output, r.final_state[0], r.final_state[1]};
}

std::vector<Tensor> LSTM::step(const Tensor& gates_x, const std::vector<Tensor>& state,
                               const RecurrentWeights& w) const {
  LSTMState next = lstm_step(gates_x, state[0], state[1], w.weight_hh, w.bias_hh);
  return {next.h, next.c};
}

}  // namespace attn::nn
