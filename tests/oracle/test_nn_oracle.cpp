// nn blocks against torch.nn with the same weights: GRU and LSTM cells and layers
// (stacked, bidirectional, padded batches). Parameters travel under their state_dict
// names ("param.weight_ih_l0"), see tests/support/oracle.h.
#include <gtest/gtest.h>

#include <iostream>

#include "attn/nn/rnn.h"
#include "attn/ops.h"
#include "support/oracle.h"

using namespace attn;
using attn::testing::bind_module_parameters;
using attn::testing::OracleBatch;
using attn::testing::TensorsByName;

namespace {

// The parameters of a freshly initialised module, as "param.<name>" inputs (f64).
NamedTensors parameter_inputs(const nn::Module& module) {
  NamedTensors out;
  for (const auto& [name, parameter] : module.named_parameters()) {
    out.emplace_back("param." + name, parameter.detach().clone());
  }
  return out;
}

// Modules built inside a forward draw initial values that bind_module_parameters
// overwrites: any generator does.
Generator unused_init() { return Generator(0); }

void add_recurrent_layer_cases(OracleBatch& batch, Generator& gen) {
  constexpr std::int64_t T = 6, B = 3, C = 5, H = 4;
  struct Layer {
    const char* what;
    std::int64_t num_layers;
    bool bidirectional;
    bool padded;
  };
  const Layer layers[] = {{"one_layer", 1, false, false}, {"stacked_bidirectional_padded", 2, true, true}};
  for (const char* op : {"gru", "lstm"}) {
    const bool lstm = std::string(op) == "lstm";
    for (const Layer& l : layers) {
      nn::RNNOptions options{.input_size = C, .hidden_size = H, .num_layers = l.num_layers,
                             .bidirectional = l.bidirectional, .dtype = DType::F64};
      Generator init(gen.bits(gen.advance(1)));
      NamedTensors inputs = lstm ? parameter_inputs(nn::LSTM(options, init)) : parameter_inputs(nn::GRU(options, init));
      const std::int64_t states = l.num_layers * (l.bidirectional ? 2 : 1);
      inputs.emplace_back("x", randn({T, B, C}, gen, DType::F64));
      inputs.emplace_back("h0", randn({states, B, H}, gen, DType::F64));
      if (lstm) inputs.emplace_back("c0", randn({states, B, H}, gen, DType::F64));
      // The longest sequence fills T; the others stop early (torch packs lengths >= 1).
      if (l.padded) inputs.emplace_back("lengths", from_ids({2, T, 4}, {B}));
      batch.add({.name = std::string(op) + "." + l.what,
                 .op = op,
                 .attrs = {{"input_size", C},
                           {"hidden_size", H},
                           {"num_layers", l.num_layers},
                           {"bias", true},
                           {"bidirectional", l.bidirectional}},
                 .inputs = inputs,
                 .forward = [options, lstm, padded = l.padded](TensorsByName& in) -> NamedTensors {
                   nn::RNNOptions run_options = options;
                   run_options.dtype = in.at("x").dtype();
                   const Tensor lengths = padded ? in.at("lengths") : Tensor();
                   Generator init = unused_init();
                   if (lstm) {
                     nn::LSTM layer(run_options, init);
                     bind_module_parameters(layer, in);
                     auto out = layer.forward(in.at("x"), {in.at("h0"), in.at("c0")}, lengths);
                     return {{"output", out.output}, {"h_n", out.h_n}, {"c_n", out.c_n}};
                   }
                   nn::GRU layer(run_options, init);
                   bind_module_parameters(layer, in);
                   auto out = layer.forward(in.at("x"), in.at("h0"), lengths);
                   return {{"output", out.output}, {"h_n", out.h_n}};
                 }});
    }
  }
}

void add_recurrent_cell_cases(OracleBatch& batch, Generator& gen) {
  constexpr std::int64_t B = 3, C = 5, H = 4;
  for (const char* op : {"gru_cell", "lstm_cell"}) {
    const bool lstm = std::string(op) == "lstm_cell";
    Generator init(gen.bits(gen.advance(1)));
    NamedTensors inputs = lstm ? parameter_inputs(nn::LSTMCell(C, H, init, /*bias=*/true, DType::F64))
                               : parameter_inputs(nn::GRUCell(C, H, init, /*bias=*/true, DType::F64));
    inputs.emplace_back("x", randn({B, C}, gen, DType::F64));
    inputs.emplace_back("h", randn({B, H}, gen, DType::F64));
    if (lstm) inputs.emplace_back("c", randn({B, H}, gen, DType::F64));
    batch.add({.name = std::string(op) + ".one_step",
               .op = op,
               .attrs = {{"input_size", C}, {"hidden_size", H}, {"bias", true}},
               .inputs = inputs,
               .forward = [lstm](TensorsByName& in) -> NamedTensors {
                 const DType dtype = in.at("x").dtype();
                 Generator init = unused_init();
                 if (lstm) {
                   nn::LSTMCell cell(C, H, init, /*bias=*/true, dtype);
                   bind_module_parameters(cell, in);
                   nn::LSTMState next = cell.forward(in.at("x"), {in.at("h"), in.at("c")});
                   return {{"h", next.h}, {"c", next.c}};
                 }
                 nn::GRUCell cell(C, H, init, /*bias=*/true, dtype);
                 bind_module_parameters(cell, in);
                 return {{"h", cell.forward(in.at("x"), in.at("h"))}};
               }});
  }
}

}  // namespace

TEST(OracleNN, RecurrentBlocksAgainstTorch) {
  Generator gen(attn::testing::oracle_seed());
  OracleBatch batch;
  add_recurrent_layer_cases(batch, gen);
  add_recurrent_cell_cases(batch, gen);
  const auto results = batch.run(gen);
  std::cout << attn::testing::oracle_table(results);
  for (const auto& r : results) EXPECT_TRUE(r.passed()) << r.describe();
}
