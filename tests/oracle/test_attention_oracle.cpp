// The plain attention op and the self-attention family against PyTorch
// (tests/oracle/torch_ops_attention.py): outputs, weights and the gradients of every
// input and parameter, on fresh random inputs and padding each run, in f32 and f64.
// Cases cover causal and bidirectional masks, key padding (right-padded rows, and
// left-padded or empty ones whose queries see no key at all), grouped-query ratios
// Hkv = H, H/2 and 1, dropout (attn's mask handed to torch), cross-attention, and
// torch's own F.multi_head_attention_forward as a second reference for the fused form.
#include <gtest/gtest.h>

#include <iostream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "attn/nn/attention/causal.h"
#include "attn/nn/attention/cross.h"
#include "attn/nn/attention/multi_head.h"
#include "attn/nn/attention/self_attention.h"
#include "attn/nn/attention/simplified.h"
#include "attn/ops.h"
#include "support/oracle.h"

using namespace attn;
using attn::testing::bind_module_parameters;
using attn::testing::OracleBatch;
using attn::testing::TensorsByName;

using attn::testing::parameter_inputs;

namespace {

// Modules built inside a forward get their parameters from bind_module_parameters;
// their own draws only seed the dropout, from this fixed generator, the same in
// every dtype's run.
Generator module_init() {
  return Generator(7);
}

// (B, T) U8 key padding with random lengths in [1, T], padded on the right. With
// `empty_row`, row 1 is instead left-padded by `empty_row` positions (under a causal
// mask its first queries see no key) or, for a cross-attention source, all padding
// (`empty_row` >= T).
Tensor random_padding(std::int64_t b, std::int64_t t, Generator& gen, std::int64_t empty_row = 0) {
  std::vector<double> mask(static_cast<std::size_t>(b * t), 0.0);
  for (std::int64_t row = 0; row < b; ++row) {
    const std::int64_t length = 1 + static_cast<std::int64_t>(gen.below(static_cast<std::uint64_t>(t)));
    for (std::int64_t s = 0; s < t; ++s) {
      const bool pad = (empty_row > 0 && row == 1) ? s < empty_row : s >= length;
      mask[static_cast<std::size_t>(row * t + s)] = pad ? 1.0 : 0.0;
    }
  }
  return from_vector(mask, {b, t}, DType::U8);
}

// The 0/1 mask that attention's dropout draws from `gen` for weights of `shape`
// (the same counters, in the same order, as the op uses).
Tensor dropout_keep_mask(const Shape& shape, double p, Generator gen) {
  const Tensor dropped = dropout(ones(shape, DType::F64), p, gen, /*training=*/true);
  std::vector<double> keep = dropped.to_vector();
  for (double& k : keep) k = k != 0 ? 1.0 : 0.0;
  return from_vector(keep, shape, DType::F64);
}

// The key projection's bias adds q·b_k to every score of a query's row, which the
// softmax ignores: its exact gradient is 0, and both sides return rounding noise
// (~1e-17), where a relative error means nothing. It is left out of the comparison;
// tests/unit/test_attention.cpp checks that it gets no gradient.
std::set<std::string> key_bias_not_compared(bool qkv_bias) {
  return qkv_bias ? std::set<std::string>{"param.W_key.bias"} : std::set<std::string>{};
}

NamedTensors outputs(const nn::AttentionOutput& r) {
  return {{"output", r.output}, {"weights", r.weights}};
}

// A case's forward: a CrossAttention of `options` (in the case's dtype) computing with
// the case's "param." inputs, on x, memory and source_padding.
auto cross_attention_forward(const nn::CrossAttentionOptions& options) {
  return [options](TensorsByName& in) -> NamedTensors {
    nn::CrossAttentionOptions run = options;
    run.dtype = in.at("x").dtype();
    Generator unused = module_init();
    nn::CrossAttention module(run, unused);
    bind_module_parameters(module, in);
    module.eval();
    return outputs(module.forward_with_weights(in.at("x"), in.at("memory"), in.at("source_padding")));
  };
}

void add_plain_attention_cases(OracleBatch& batch, Generator& gen) {
  constexpr std::int64_t B = 2, H = 4, T = 5, D = 3;
  for (const std::int64_t hkv : {H, H / 2, std::int64_t{1}}) {
    NamedTensors inputs = {{"q", randn({B, H, T, D}, gen, DType::F64)},
                           {"k", randn({B, hkv, T, D}, gen, DType::F64)},
                           {"v", randn({B, hkv, T, 2}, gen, DType::F64)},
                           {"key_padding", random_padding(B, T, gen, /*empty_row=*/2)},
                           {"mask", from_vector({0, 0, 0, 1, 0}, {1, 1, 1, T}, DType::U8)}};
    batch.add({.name = "plain_attention.causal_padding_mask_hkv" + std::to_string(hkv),
               .op = "plain_attention",
               .attrs = {{"causal", true}, {"scale", 0.0}},
               .inputs = inputs,
               .forward = [](TensorsByName& in) -> NamedTensors {
                 AttentionOptions options;
                 options.mask.causal = true;
                 options.mask.key_padding = in.at("key_padding");
                 options.mask.mask = in.at("mask");
                 const AttentionResult r = attention(in.at("q"), in.at("k"), in.at("v"), options);
                 return {{"output", r.output}, {"weights", r.weights}};
               }});
  }
  // Queries against a longer source, no mask but padding, an explicit scale.
  constexpr std::int64_t S = 7;
  batch.add({.name = "plain_attention.longer_source_scale",
             .op = "plain_attention",
             .attrs = {{"causal", false}, {"scale", 0.3}},
             .inputs = {{"q", randn({B, H, T, D}, gen, DType::F64)},
                        {"k", randn({B, 2, S, D}, gen, DType::F64)},
                        {"v", randn({B, 2, S, D}, gen, DType::F64)},
                        {"key_padding", random_padding(B, S, gen)}},
             .forward = [](TensorsByName& in) -> NamedTensors {
               AttentionOptions options;
               options.scale = 0.3;
               options.mask.key_padding = in.at("key_padding");
               const AttentionResult r = attention(in.at("q"), in.at("k"), in.at("v"), options);
               return {{"output", r.output}, {"weights", r.weights}};
             }});
}

void add_single_head_cases(OracleBatch& batch, Generator& gen) {
  constexpr std::int64_t B = 2, T = 6, C = 3, Dout = 4;
  batch.add({.name = "simplified_attention.batch",
             .op = "simplified_attention",
             .inputs = {{"x", randn({B, T, C}, gen, DType::F64)}},
             .forward = [](TensorsByName& in) -> NamedTensors {
               return outputs(nn::SimplifiedSelfAttention().forward_with_weights(in.at("x")));
             }});
  for (const bool bias : {false, true}) {
    Generator init(gen.bits(gen.advance(1)));
    NamedTensors inputs = parameter_inputs(nn::SelfAttention(C, Dout, init, bias, DType::F64));
    inputs.emplace_back("x", randn({B, T, C}, gen, DType::F64));
    batch.add({.name = std::string("self_attention.") + (bias ? "bias" : "no_bias"),
               .op = "self_attention",
               .inputs = inputs,
               .forward = [bias](TensorsByName& in) -> NamedTensors {
                 Generator unused = module_init();
                 nn::SelfAttention module(C, Dout, unused, bias, in.at("x").dtype());
                 bind_module_parameters(module, in);
                 return outputs(module.forward_with_weights(in.at("x")));
               },
               .constant_inputs = key_bias_not_compared(bias)});
  }
  // Causal: padded (row 1 left-padded: its first query sees nothing) in eval, and with
  // dropout in training.
  for (const double p : {0.0, 0.4}) {
    const nn::CausalAttentionOptions options{
        .d_in = C, .d_out = Dout, .context_length = T, .dropout = p, .qkv_bias = true, .dtype = DType::F64};
    Generator init(gen.bits(gen.advance(1)));
    NamedTensors inputs = parameter_inputs(nn::CausalAttention(options, init));
    inputs.emplace_back("x", randn({B, T, C}, gen, DType::F64));
    inputs.emplace_back("key_padding", random_padding(B, T, gen, /*empty_row=*/1));
    batch.add({.name = p > 0 ? "causal_attention.padding_dropout" : "causal_attention.padding",
               .op = "causal_attention",
               .attrs = {{"dropout", p}},
               .inputs = inputs,
               .forward = [options, p](TensorsByName& in) -> NamedTensors {
                 nn::CausalAttentionOptions run = options;
                 run.dtype = in.at("x").dtype();
                 Generator unused = module_init();
                 nn::CausalAttention module(run, unused);
                 bind_module_parameters(module, in);
                 module.train(p > 0);
                 const Tensor keep = dropout_keep_mask({B, T, T}, p, module.attention_dropout().generator());
                 NamedTensors out = outputs(module.forward_with_weights(in.at("x"), in.at("key_padding")));
                 if (p > 0) out.emplace_back("dropout_mask", keep.to(in.at("x").dtype()));
                 return out;
               },
               .constant_inputs = key_bias_not_compared(options.qkv_bias),
               .aux_outputs = p > 0 ? std::set<std::string>{"dropout_mask"} : std::set<std::string>{}});
  }
}

void add_multi_head_cases(OracleBatch& batch, Generator& gen) {
  constexpr std::int64_t B = 2, T = 5, C = 3;
  {
    constexpr std::int64_t H = 3, D = 2;
    const nn::CausalAttentionOptions head{.d_in = C, .d_out = D, .dtype = DType::F64};
    Generator init(gen.bits(gen.advance(1)));
    NamedTensors inputs = parameter_inputs(nn::MultiHeadAttentionWrapper(head, H, init));
    inputs.emplace_back("x", randn({B, T, C}, gen, DType::F64));
    inputs.emplace_back("key_padding", random_padding(B, T, gen));
    batch.add({.name = "mha_wrapper.three_heads_padding",
               .op = "mha_wrapper",
               .attrs = {{"heads", H}},
               .inputs = inputs,
               .forward = [head](TensorsByName& in) -> NamedTensors {
                 nn::CausalAttentionOptions run = head;
                 run.dtype = in.at("x").dtype();
                 Generator unused = module_init();
                 nn::MultiHeadAttentionWrapper module(run, H, unused);
                 bind_module_parameters(module, in);
                 return outputs(module.forward_with_weights(in.at("x"), in.at("key_padding")));
               }});
  }
  struct Fused {
    std::string what;
    std::int64_t kv_heads;
    bool causal;
    double dropout;
    std::int64_t empty_row;  // left padding of row 1 (0: right padding only)
  };
  constexpr std::int64_t H = 4, Dout = 8;
  const Fused cases[] = {{"mha_causal_left_padding", H, true, 0.0, 2},
                         {"gqa2_causal", 2, true, 0.0, 0},
                         {"mqa_causal", 1, true, 0.0, 1},
                         {"gqa2_bidirectional", 2, false, 0.0, 0},
                         {"gqa2_causal_dropout", 2, true, 0.3, 0}};
  for (const Fused& f : cases) {
    const nn::MultiHeadAttentionOptions options{.d_in = C,
                                                .d_out = Dout,
                                                .heads = H,
                                                .kv_heads = f.kv_heads,
                                                .context_length = T,
                                                .dropout = f.dropout,
                                                .qkv_bias = true,
                                                .causal = f.causal,
                                                .dtype = DType::F64};
    Generator init(gen.bits(gen.advance(1)));
    NamedTensors inputs = parameter_inputs(nn::MultiHeadAttention(options, init));
    inputs.emplace_back("x", randn({B, T, C}, gen, DType::F64));
    inputs.emplace_back("key_padding", random_padding(B, T, gen, f.empty_row));
    const bool drop = f.dropout > 0;
    batch.add(
        {.name = "multi_head_attention." + f.what,
         .op = "multi_head_attention",
         .attrs = {{"heads", H}, {"kv_heads", f.kv_heads}, {"causal", f.causal}, {"dropout", f.dropout}},
         .inputs = inputs,
         .forward = [options, drop](TensorsByName& in) -> NamedTensors {
           nn::MultiHeadAttentionOptions run = options;
           run.dtype = in.at("x").dtype();
           Generator unused = module_init();
           nn::MultiHeadAttention module(run, unused);
           bind_module_parameters(module, in);
           module.train(drop);
           const Tensor keep = dropout_keep_mask({B, H, T, T}, run.dropout, module.attention_dropout().generator());
           NamedTensors out = outputs(module.forward_with_weights(in.at("x"), in.at("key_padding")));
           if (drop) out.emplace_back("dropout_mask", keep.to(in.at("x").dtype()));
           return out;
         },
         .constant_inputs = key_bias_not_compared(options.qkv_bias),
         .aux_outputs = drop ? std::set<std::string>{"dropout_mask"} : std::set<std::string>{}});
  }
  // torch's own multi-head attention on the same weights (H = Hkv, d_in = d_out; no
  // empty rows, where torch's softmax gives NaN).
  for (const bool bias : {true, false}) {
    constexpr std::int64_t E = 6;
    const nn::MultiHeadAttentionOptions options{
        .d_in = E, .d_out = E, .heads = 3, .qkv_bias = bias, .causal = true, .dtype = DType::F64};
    Generator init(gen.bits(gen.advance(1)));
    NamedTensors inputs = parameter_inputs(nn::MultiHeadAttention(options, init));
    inputs.emplace_back("x", randn({B, T, E}, gen, DType::F64));
    inputs.emplace_back("key_padding", random_padding(B, T, gen));
    batch.add({.name = std::string("torch_mha_functional.causal_padding") + (bias ? "_bias" : "_no_bias"),
               .op = "torch_mha_functional",
               .attrs = {{"heads", 3}, {"causal", true}},
               .inputs = inputs,
               .forward = [options](TensorsByName& in) -> NamedTensors {
                 nn::MultiHeadAttentionOptions run = options;
                 run.dtype = in.at("x").dtype();
                 Generator unused = module_init();
                 nn::MultiHeadAttention module(run, unused);
                 bind_module_parameters(module, in);
                 module.eval();
                 return outputs(module.forward_with_weights(in.at("x"), in.at("key_padding")));
               },
               .constant_inputs = key_bias_not_compared(bias)});
  }
}

void add_cross_attention_cases(OracleBatch& batch, Generator& gen) {
  constexpr std::int64_t B = 3, T = 4, S = 6, C = 3, Cm = 5, H = 2, Dout = 6;
  // One row of the source all padding: its queries read nothing.
  for (const std::int64_t kv_heads : {H, std::int64_t{1}}) {
    const nn::CrossAttentionOptions options{.d_in = C,
                                            .d_memory = Cm,
                                            .d_out = Dout,
                                            .heads = H,
                                            .kv_heads = kv_heads,
                                            .qkv_bias = true,
                                            .dtype = DType::F64};
    Generator init(gen.bits(gen.advance(1)));
    NamedTensors inputs = parameter_inputs(nn::CrossAttention(options, init));
    inputs.emplace_back("x", randn({B, T, C}, gen, DType::F64));
    inputs.emplace_back("memory", randn({B, S, Cm}, gen, DType::F64));
    inputs.emplace_back("source_padding", random_padding(B, S, gen, /*empty_row=*/S));
    batch.add({.name = "cross_attention.source_padding_hkv" + std::to_string(kv_heads),
               .op = "cross_attention",
               .attrs = {{"heads", H}, {"kv_heads", kv_heads}},
               .inputs = inputs,
               .forward = cross_attention_forward(options),
               .constant_inputs = key_bias_not_compared(options.qkv_bias)});
  }
  {
    // torch's multi-head attention with kdim = vdim = Cm (it needs d_in = d_out).
    const nn::CrossAttentionOptions options{
        .d_in = Dout, .d_memory = Cm, .d_out = Dout, .heads = H, .qkv_bias = true, .dtype = DType::F64};
    Generator init(gen.bits(gen.advance(1)));
    NamedTensors inputs = parameter_inputs(nn::CrossAttention(options, init));
    inputs.emplace_back("x", randn({B, T, Dout}, gen, DType::F64));
    inputs.emplace_back("memory", randn({B, S, Cm}, gen, DType::F64));
    inputs.emplace_back("source_padding", random_padding(B, S, gen));
    batch.add({.name = "torch_mha_functional.cross_source_padding",
               .op = "torch_mha_functional",
               .attrs = {{"heads", H}, {"causal", false}},
               .inputs = inputs,
               .forward = cross_attention_forward(options),
               .constant_inputs = key_bias_not_compared(options.qkv_bias)});
  }
}

}  // namespace

TEST(Oracle, SelfAttentionFamilyAgainstTorch) {
  Generator gen(attn::testing::oracle_seed());
  OracleBatch batch;
  add_plain_attention_cases(batch, gen);
  add_single_head_cases(batch, gen);
  add_multi_head_cases(batch, gen);
  add_cross_attention_cases(batch, gen);
  const auto results = batch.run(gen);
  std::cout << attn::testing::oracle_table(results);
  for (const auto& r : results) EXPECT_TRUE(r.passed()) << r.describe();
}
