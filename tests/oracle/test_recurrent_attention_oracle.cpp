// Bahdanau and Luong attention against the same computations written in PyTorch
// (tests/oracle/torch_ops_recurrent_attention.py): values, and the gradients of the
// decoder state, the encoder states and every parameter, for every score × alignment,
// on padded batches (one row fully padded in some cases), fresh random inputs each run.
#include <gtest/gtest.h>

#include <iostream>
#include <string>
#include <vector>

#include "attn/nn/attention/additive.h"
#include "attn/nn/attention/luong.h"
#include "attn/ops.h"
#include "support/oracle.h"

using namespace attn;
using attn::testing::bind_module_parameters;
using attn::testing::OracleBatch;
using attn::testing::TensorsByName;

using attn::testing::parameter_inputs;

namespace {

constexpr std::int64_t B = 4, S = 7, Cs = 5, Ch = 6, A = 4;

// Padding for B rows: the first full, the others of random lengths in [1, S], or the
// last one fully padded (length 0) when `empty_row`.
Tensor random_padding(Generator& gen, bool empty_row) {
  std::vector<std::int64_t> lengths = {S};
  for (std::int64_t i = 1; i < B; ++i) lengths.push_back(1 + static_cast<std::int64_t>(gen.below(S)));
  if (empty_row) lengths.back() = 0;
  return nn::padding_mask_from_lengths(from_ids(lengths, {B}), S);
}

// Modules built inside a forward draw initial values that bind_module_parameters overwrites.
Generator unused_init() {
  return Generator(0);
}

void add_bahdanau_cases(OracleBatch& batch, Generator& gen) {
  for (const bool key_bias : {false, true}) {
    const nn::AdditiveAttentionOptions options{
        .decoder_size = Cs, .encoder_size = Ch, .attention_size = A, .key_bias = key_bias, .dtype = DType::F64};
    Generator init(gen.bits(gen.advance(1)));
    NamedTensors inputs = parameter_inputs(nn::AdditiveAttention(options, init));
    inputs.emplace_back("s", randn({B, Cs}, gen, DType::F64));
    inputs.emplace_back("h", randn({B, S, Ch}, gen, DType::F64));
    inputs.emplace_back("padding", random_padding(gen, /*empty_row=*/key_bias));
    batch.add({.name = key_bias ? "bahdanau.key_bias_empty_row" : "bahdanau.padded",
               .op = "bahdanau_attention",
               .inputs = inputs,
               .forward = [options](TensorsByName& in) -> NamedTensors {
                 nn::AdditiveAttentionOptions run_options = options;
                 run_options.dtype = in.at("s").dtype();
                 Generator unused = unused_init();
                 nn::AdditiveAttention attention(run_options, unused);
                 bind_module_parameters(attention, in);
                 const auto out =
                     attention.forward(in.at("s"), attention.precompute_keys(in.at("h")), in.at("padding"));
                 return {{"context", out.context}, {"weights", out.weights}};
               }});
  }
}

void add_luong_cases(OracleBatch& batch, Generator& gen) {
  constexpr std::int64_t kWindow = 2;
  for (const nn::LuongScore score : {nn::LuongScore::Dot, nn::LuongScore::General, nn::LuongScore::Concat}) {
    for (const nn::LuongAlignment alignment :
         {nn::LuongAlignment::Global, nn::LuongAlignment::LocalMonotonic, nn::LuongAlignment::LocalPredictive}) {
      const std::int64_t decoder_size = score == nn::LuongScore::Dot ? Ch : Cs;
      const nn::LuongAttentionOptions options{.decoder_size = decoder_size,
                                              .encoder_size = Ch,
                                              .score = score,
                                              .alignment = alignment,
                                              .window = kWindow,
                                              .attention_size = A,
                                              .attentional_size = 3,
                                              .dtype = DType::F64};
      Generator init(gen.bits(gen.advance(1)));
      NamedTensors inputs = parameter_inputs(nn::LuongAttention(options, init));
      inputs.emplace_back("s", randn({B, decoder_size}, gen, DType::F64));
      inputs.emplace_back("h", randn({B, S, Ch}, gen, DType::F64));
      const bool empty_row = score == nn::LuongScore::General;
      inputs.emplace_back("padding", random_padding(gen, empty_row));
      const auto step = static_cast<std::int64_t>(gen.below(S + 2));  // past some sentences' ends
      batch.add({.name = std::string("luong.") + nn::luong_score_name(score) + "_" +
                         nn::luong_alignment_name(alignment) + (empty_row ? "_empty_row" : ""),
                 .op = "luong_attention",
                 .attrs = {{"score", nn::luong_score_name(score)},
                           {"alignment", nn::luong_alignment_name(alignment)},
                           {"window", kWindow},
                           {"step", step}},
                 .inputs = inputs,
                 .forward = [options, step](TensorsByName& in) -> NamedTensors {
                   nn::LuongAttentionOptions run_options = options;
                   run_options.dtype = in.at("s").dtype();
                   Generator unused = unused_init();
                   nn::LuongAttention attention(run_options, unused);
                   bind_module_parameters(attention, in);
                   const auto out =
                       attention.forward(in.at("s"), attention.precompute_keys(in.at("h")), in.at("padding"), step);
                   NamedTensors result = {{"attentional", out.attentional},
                                          {"context", out.context},
                                          {"weights", out.weights},
                                          {"alignment", out.alignment},
                                          {"scores", out.scores}};
                   if (options.alignment == nn::LuongAlignment::LocalPredictive)
                     result.emplace_back("position", out.position);
                   return result;
                 }});
    }
  }
}

}  // namespace

// One batch, so one Python process (importing torch takes seconds) for the file.
TEST(OracleRecurrentAttention, AgainstTorch) {
  Generator gen(attn::testing::oracle_seed());
  OracleBatch batch;
  add_bahdanau_cases(batch, gen);
  add_luong_cases(batch, gen);
  const auto results = batch.run(gen);
  std::cout << attn::testing::oracle_table(results);
  for (const auto& r : results) EXPECT_TRUE(r.passed()) << r.describe();
}
