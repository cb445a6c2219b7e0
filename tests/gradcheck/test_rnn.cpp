// Finite-difference checks through the recurrent layers: every parameter, the input
// and the initial states, in float64, with stacked layers, both directions and padded
// lengths.
#include <gtest/gtest.h>

#include <vector>

#include "attn/nn/rnn.h"
#include "attn/ops.h"
#include "support/gradcheck.h"

using namespace attn;
using namespace attn::nn;
using attn::testing::randn_leaf;
using attn::testing::with_parameters;

namespace {

constexpr double kTol = 1e-6;


Tensor flat(const Tensor& x) {
  return reshape(x, {-1});
}

RNNOptions options(std::int64_t layers, bool bidirectional) {
  return RNNOptions{
      .input_size = 3, .hidden_size = 2, .num_layers = layers, .bidirectional = bidirectional, .dtype = DType::F64};
}

}  // namespace

TEST(GradcheckRNN, GRUCellAndLSTMCell) {
  Generator gen(1);
  GRUCell gru(3, 2, gen, true, DType::F64);
  EXPECT_GRADCHECK([&](const std::vector<Tensor>& x) { return gru.forward(x[0], x[1]); },
                   with_parameters({randn_leaf({2, 3}, gen), randn_leaf({2, 2}, gen)}, gru), gen, kTol);
  LSTMCell lstm(3, 2, gen, true, DType::F64);
  EXPECT_GRADCHECK(
      [&](const std::vector<Tensor>& x) {
        LSTMState s = lstm.forward(x[0], {x[1], x[2]});
        return concat({flat(s.h), flat(s.c)}, 0);
      },
      with_parameters({randn_leaf({2, 3}, gen), randn_leaf({2, 2}, gen), randn_leaf({2, 2}, gen)}, lstm), gen, kTol);
}

TEST(GradcheckRNN, GRUOneLayer) {
  Generator gen(2);
  GRU gru(options(1, false), gen);
  EXPECT_GRADCHECK(
      [&](const std::vector<Tensor>& x) {
        GRUOutput o = gru.forward(x[0], x[1]);
        return concat({flat(o.output), flat(o.h_n)}, 0);
      },
      with_parameters({randn_leaf({4, 2, 3}, gen), randn_leaf({1, 2, 2}, gen)}, gru), gen, kTol);
}

TEST(GradcheckRNN, GRUTwoLayersBidirectionalPadded) {
  Generator gen(3);
  GRU gru(options(2, true), gen);
  const Tensor lengths = from_ids({3, 4, 1}, {3});
  EXPECT_GRADCHECK(
      [&](const std::vector<Tensor>& x) {
        GRUOutput o = gru.forward(x[0], x[1], lengths);
        return concat({flat(o.output), flat(o.h_n)}, 0);
      },
      with_parameters({randn_leaf({4, 3, 3}, gen), randn_leaf({4, 3, 2}, gen)}, gru), gen, kTol);
}

TEST(GradcheckRNN, LSTMOneLayerNoBias) {
  Generator gen(4);
  RNNOptions o = options(1, false);
  o.bias = false;
  LSTM lstm(o, gen);
  EXPECT_GRADCHECK(
      [&](const std::vector<Tensor>& x) {
        LSTMOutput out = lstm.forward(x[0]);
        return concat({flat(out.output), flat(out.h_n), flat(out.c_n)}, 0);
      },
      with_parameters({randn_leaf({4, 2, 3}, gen)}, lstm), gen, kTol);
}

TEST(GradcheckRNN, LSTMTwoLayersBidirectionalPadded) {
  Generator gen(5);
  LSTM lstm(options(2, true), gen);
  const Tensor lengths = from_ids({2, 4, 3}, {3});
  EXPECT_GRADCHECK(
      [&](const std::vector<Tensor>& x) {
        LSTMOutput out = lstm.forward(x[0], {x[1], x[2]}, lengths);
        return concat({flat(out.output), flat(out.h_n), flat(out.c_n)}, 0);
      },
      with_parameters({randn_leaf({4, 3, 3}, gen), randn_leaf({4, 3, 2}, gen), randn_leaf({4, 3, 2}, gen)}, lstm), gen,
      kTol);
}

// Padding is invisible: outputs past each length are exactly zero, the padded inputs
// get zero gradient, and changing them changes neither the outputs nor any gradient.
TEST(GradcheckRNN, PaddingNeitherShowsNorLeaksIntoGradients) {
  Generator gen(6);
  const std::int64_t T = 5, B = 3;
  const std::vector<std::int64_t> lens{5, 2, 3};
  LSTM lstm(options(2, true), gen);
  GRU gru(options(2, true), gen);
  const Tensor lengths = from_ids(lens, {B});
  Tensor x = randn({T, B, 3}, gen, DType::F64);
  Tensor weights = randn({T, B, 4}, gen, DType::F64);  // a fixed weighting of the outputs

  struct Run {
    std::vector<double> output, final_state, dx;
    std::vector<std::vector<double>> dparams;
  };
  auto run = [&](RecurrentLayer& layer, const Tensor& input) {
    Tensor leaf = input.clone().set_requires_grad(true);
    layer.zero_grad();
    Tensor output, final_state;
    if (auto* l = dynamic_cast<LSTM*>(&layer)) {
      LSTMOutput o = l->forward(leaf, {}, lengths);
      output = o.output;
      final_state = concat({flat(o.h_n), flat(o.c_n)}, 0);
    } else {
      GRUOutput o = dynamic_cast<GRU&>(layer).forward(leaf, Tensor(), lengths);
      output = o.output;
      final_state = flat(o.h_n);
    }
    add(sum(mul(output, weights)), sum(final_state)).backward();
    Run r{output.to_vector(), final_state.to_vector(), leaf.grad().to_vector(), {}};
    for (const Tensor& p : layer.parameters()) r.dparams.push_back(p.grad().to_vector());
    return r;
  };

  // The same input with other values (large ones) at every padded position.
  Tensor x_other = x.clone();
  {
    double* p = x_other.data<double>();
    for (std::int64_t t = 0; t < T; ++t)
      for (std::int64_t b = 0; b < B; ++b)
        if (t >= lens[b])
          for (int c = 0; c < 3; ++c) p[(t * B + b) * 3 + c] = 100.0 * (c + 1);
  }

  for (RecurrentLayer* layer : std::vector<RecurrentLayer*>{&lstm, &gru}) {
    const Run a = run(*layer, x), b = run(*layer, x_other);
    EXPECT_EQ(a.output, b.output);
    EXPECT_EQ(a.final_state, b.final_state);
    EXPECT_EQ(a.dx, b.dx);
    EXPECT_EQ(a.dparams, b.dparams);
    for (std::int64_t t = 0; t < T; ++t)
      for (std::int64_t bi = 0; bi < B; ++bi)
        if (t >= lens[bi]) {
          for (int c = 0; c < 4; ++c) EXPECT_EQ(a.output[(t * B + bi) * 4 + c], 0.0);
          for (int c = 0; c < 3; ++c) EXPECT_EQ(a.dx[(t * B + bi) * 3 + c], 0.0);
        }
  }
}

// The input projection's gradient is gathered over the time steps into the slices of
// one buffer (narrow's NarrowSlice path in the engine); a second backward pass through
// the same graph must gather again from scratch, doubling every gradient.
TEST(GradcheckRNN, SecondBackwardThroughTheSameGraphAccumulates) {
  Generator gen(7);
  GRU gru(options(1, true), gen);
  Tensor x = randn_leaf({4, 2, 3}, gen);
  Tensor loss = sum(gru.forward(x, Tensor(), from_ids({4, 3}, {2})).output);
  loss.backward();
  const auto dx_once = x.grad().to_vector();
  const auto dw_once = gru.weights(0, 1).weight_ih.grad().to_vector();
  loss.backward();
  const auto dx_twice = x.grad().to_vector(), dw_twice = gru.weights(0, 1).weight_ih.grad().to_vector();
  for (std::size_t i = 0; i < dx_once.size(); ++i) EXPECT_NEAR(dx_twice[i], 2 * dx_once[i], 1e-12);
  for (std::size_t i = 0; i < dw_once.size(); ++i) EXPECT_NEAR(dw_twice[i], 2 * dw_once[i], 1e-12);
}
