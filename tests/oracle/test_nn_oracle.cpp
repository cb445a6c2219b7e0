// nn blocks against torch.nn with the same weights: Linear, Embedding and LayerNorm
// modules, GRU and LSTM cells and layers (stacked, bidirectional, padded batches),
// and the names and order of the recurrent layers' parameters against torch's
// state_dict. Parameters travel under their state_dict names ("param.weight_ih_l0"),
// see tests/support/oracle.h.
#include <gtest/gtest.h>

#include <iostream>

#include "attn/nn/embedding.h"
#include "attn/nn/layer_norm.h"
#include "attn/nn/linear.h"
#include "attn/nn/rnn.h"
#include "attn/ops.h"
#include "support/oracle.h"

using namespace attn;
using attn::testing::bind_module_parameters;
using attn::testing::OracleBatch;
using attn::testing::TensorsByName;

using attn::testing::parameter_inputs;

namespace {

// Modules built inside a forward draw initial values that bind_module_parameters
// overwrites: any generator does.
Generator unused_init() {
  return Generator(0);
}

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
      nn::RNNOptions options{.input_size = C,
                             .hidden_size = H,
                             .num_layers = l.num_layers,
                             .bidirectional = l.bidirectional,
                             .dtype = DType::F64};
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

// Ids in [0, n), drawn from gen.
Tensor random_ids(const Shape& shape, std::int64_t n, Generator& gen) {
  std::vector<std::int64_t> ids(static_cast<std::size_t>(shape_numel(shape)));
  for (auto& id : ids) id = static_cast<std::int64_t>(gen.below(static_cast<std::uint64_t>(n)));
  return from_ids(ids, shape);
}

void add_linear_embedding_layer_norm_cases(OracleBatch& batch, Generator& gen) {
  constexpr std::int64_t B = 2, T = 3, Cin = 6, Cout = 5;
  for (const bool with_bias : {true, false}) {
    Generator init(gen.bits(gen.advance(1)));
    NamedTensors inputs = parameter_inputs(nn::Linear(Cin, Cout, init, with_bias, DType::F64));
    inputs.emplace_back("x", randn({B, T, Cin}, gen, DType::F64));
    batch.add({.name = with_bias ? "nn_linear.bias_3d" : "nn_linear.no_bias_3d",
               .op = "linear",
               .attrs = {{"in_features", Cin}, {"out_features", Cout}, {"bias", with_bias}},
               .inputs = inputs,
               .forward = [with_bias](TensorsByName& in) -> NamedTensors {
                 Generator unused = unused_init();
                 nn::Linear layer(Cin, Cout, unused, with_bias, in.at("x").dtype());
                 bind_module_parameters(layer, in);
                 return {{"y", layer.forward(in.at("x"))}};
               }});
  }

  // (B, T) ids out of V rows: some rows repeat (their gradients add up), and with
  // 6 ids out of 9 rows some are never used (their gradient is zero).
  constexpr std::int64_t V = 9, C = 4;
  {
    Generator init(gen.bits(gen.advance(1)));
    NamedTensors inputs = parameter_inputs(nn::Embedding(V, C, init, DType::F64));
    inputs.emplace_back("ids", random_ids({B, T}, V, gen));
    batch.add({.name = "nn_embedding.batch_ids",
               .op = "embedding_module",
               .attrs = {{"num_embeddings", V}, {"embedding_dim", C}},
               .inputs = inputs,
               .forward = [](TensorsByName& in) -> NamedTensors {
                 Generator unused = unused_init();
                 nn::Embedding table(V, C, unused, in.at("param.weight").dtype());
                 bind_module_parameters(table, in);
                 return {{"y", table.forward(in.at("ids"))}};
               }});
  }

  // LayerNorm starts at weight 1, bias 0: random ones make their gradients and the
  // affine step matter. A large eps shows whether it is added where torch adds it.
  constexpr std::int64_t W = 16;
  for (const double eps : {1e-5, 0.5}) {
    NamedTensors inputs{{"param.weight", add_scalar(randn({W}, gen, DType::F64), 1.0)},
                        {"param.bias", randn({W}, gen, DType::F64)},
                        {"x", add_scalar(scale(randn({B, T, W}, gen, DType::F64), 2.0), 3.0)}};
    batch.add({.name = eps < 0.1 ? "nn_layer_norm.eps_1e-5" : "nn_layer_norm.eps_0.5",
               .op = "layer_norm",
               .attrs = {{"width", W}, {"eps", eps}, {"affine", true}},
               .inputs = inputs,
               .forward = [eps](TensorsByName& in) -> NamedTensors {
                 nn::LayerNorm norm(W, eps, in.at("x").dtype());
                 bind_module_parameters(norm, in);
                 return {{"y", norm.forward(in.at("x"))}};
               }});
  }
}

// named_parameters() of a stacked bidirectional GRU and LSTM against
// list(torch.nn.GRU(...).state_dict().keys()): torch_oracle.py fails the case when
// the names or their order differ. The output, each parameter's shape as
// (rank, sizes...) one after the other, compares the shapes too.
void add_parameter_name_cases(OracleBatch& batch) {
  constexpr std::int64_t C = 5, H = 4;
  for (const char* kind : {"GRU", "LSTM"}) {
    const nn::RNNOptions options{
        .input_size = C, .hidden_size = H, .num_layers = 2, .bidirectional = true, .dtype = DType::F64};
    Generator unused = unused_init();
    const NamedTensors parameters = std::string(kind) == "LSTM" ? nn::LSTM(options, unused).named_parameters()
                                                                : nn::GRU(options, unused).named_parameters();
    std::vector<std::string> names;
    std::vector<double> shapes;
    for (const auto& [name, parameter] : parameters) {
      names.push_back(name);
      shapes.push_back(static_cast<double>(parameter.dim()));
      for (const std::int64_t size : parameter.shape()) shapes.push_back(static_cast<double>(size));
    }
    const auto count = static_cast<std::int64_t>(shapes.size());
    batch.add({.name = std::string("state_dict_names.") + kind + "_2_layers_bidirectional",
               .op = "state_dict_names",
               .attrs = {{"kind", kind},
                         {"input_size", C},
                         {"hidden_size", H},
                         {"num_layers", options.num_layers},
                         {"bidirectional", options.bidirectional},
                         {"names", names}},
               .forward = [shapes, count](TensorsByName&) -> NamedTensors {
                 return {{"shapes", from_vector(shapes, {count}, DType::F64)}};
               },
               .dtypes = {DType::F64}});  // names and shapes do not depend on the dtype
  }
}

}  // namespace

// One batch, so one Python process (importing torch takes seconds) for the file.
TEST(OracleNN, BlocksAgainstTorch) {
  Generator gen(attn::testing::oracle_seed());
  OracleBatch batch;
  add_linear_embedding_layer_norm_cases(batch, gen);
  add_recurrent_layer_cases(batch, gen);
  add_recurrent_cell_cases(batch, gen);
  add_parameter_name_cases(batch);
  const auto results = batch.run(gen);
  std::cout << attn::testing::oracle_table(results);
  for (const auto& r : results) EXPECT_TRUE(r.passed()) << r.describe();
}
