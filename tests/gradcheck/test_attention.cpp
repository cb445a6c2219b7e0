// Finite-difference checks through the attention op and every module of the
// self-attention family, in float64: the inputs and every parameter, through both
// outputs (the output and the weights), with causal and padding masks (fully masked
// rows included), grouped-query ratios, cross-attention and dropout (its mask held
// fixed by rewinding the module's generator before each evaluation).
#include <gtest/gtest.h>

#include <vector>

#include "attn/nn/attention/causal.h"
#include "attn/nn/attention/cross.h"
#include "attn/nn/attention/multi_head.h"
#include "attn/nn/attention/self_attention.h"
#include "attn/nn/attention/simplified.h"
#include "attn/ops.h"
#include "support/gradcheck.h"

using namespace attn;
using namespace attn::nn;
using attn::testing::randn_leaf;
using attn::testing::with_parameters;

namespace {

constexpr double kTol = 1e-6;


// Output and weights as one vector, so that both are checked.
Tensor both(const AttentionOutput& r) {
  return concat({reshape(r.output, {-1}), reshape(r.weights, {-1})}, 0);
}

Tensor u8(const std::vector<double>& values, const Shape& shape) {
  return from_vector(values, shape, DType::U8);
}

// (B, T) = (2, 4): row 0 right-padded by one; row 1 left-padded by one (under a causal
// mask its first query sees no key at all).
Tensor padding_2x4() {
  return u8({0, 0, 0, 1, 1, 0, 0, 0}, {2, 4});
}

}  // namespace

TEST(GradcheckAttention, OpWithMasksAndGroupedQueries) {
  Generator gen(1);
  for (const std::int64_t hkv : {4, 2, 1}) {
    AttentionOptions options;
    options.mask.causal = true;
    options.mask.key_padding = padding_2x4();
    options.mask.mask = u8({0, 0, 1, 0}, {1, 1, 1, 4});
    EXPECT_GRADCHECK(
        [&](const std::vector<Tensor>& x) {
          const AttentionResult r = attention(x[0], x[1], x[2], options);
          return concat({reshape(r.output, {-1}), reshape(r.weights, {-1})}, 0);
        },
        (std::vector<Tensor>{randn_leaf({2, 4, 4, 3}, gen), randn_leaf({2, hkv, 4, 3}, gen),
                             randn_leaf({2, hkv, 4, 2}, gen)}),
        gen, kTol);
  }
}

TEST(GradcheckAttention, SimplifiedAndSelfAttention) {
  Generator gen(2);
  SimplifiedSelfAttention simplified;
  EXPECT_GRADCHECK([&](const std::vector<Tensor>& x) { return both(simplified.forward_with_weights(x[0])); },
                   std::vector<Tensor>{randn_leaf({2, 4, 3}, gen)}, gen, kTol);
  SelfAttention self(3, 2, gen, /*qkv_bias=*/true, DType::F64);
  EXPECT_GRADCHECK([&](const std::vector<Tensor>& x) { return both(self.forward_with_weights(x[0])); },
                   with_parameters({randn_leaf({2, 4, 3}, gen)}, self), gen, kTol);
}

TEST(GradcheckAttention, CausalWithPaddingAndWrapper) {
  Generator gen(3);
  CausalAttention causal({.d_in = 3, .d_out = 2, .context_length = 4, .qkv_bias = true, .dtype = DType::F64}, gen);
  causal.eval();
  EXPECT_GRADCHECK([&](const std::vector<Tensor>& x) { return both(causal.forward_with_weights(x[0], padding_2x4())); },
                   with_parameters({randn_leaf({2, 4, 3}, gen)}, causal), gen, kTol);
  MultiHeadAttentionWrapper wrapper({.d_in = 3, .d_out = 2, .dtype = DType::F64}, 2, gen);
  wrapper.eval();
  EXPECT_GRADCHECK(
      [&](const std::vector<Tensor>& x) { return both(wrapper.forward_with_weights(x[0], padding_2x4())); },
      with_parameters({randn_leaf({2, 4, 3}, gen)}, wrapper), gen, kTol);
}

TEST(GradcheckAttention, FusedMultiHeadGroupedQueries) {
  Generator gen(4);
  for (const std::int64_t kv_heads : {4, 2, 1}) {
    for (const bool causal : {true, false}) {
      MultiHeadAttention module({.d_in = 3,
                                 .d_out = 8,
                                 .heads = 4,
                                 .kv_heads = kv_heads,
                                 .qkv_bias = true,
                                 .causal = causal,
                                 .dtype = DType::F64},
                                gen);
      module.eval();
      EXPECT_GRADCHECK(
          [&](const std::vector<Tensor>& x) { return both(module.forward_with_weights(x[0], padding_2x4())); },
          with_parameters({randn_leaf({2, 4, 3}, gen)}, module), gen, kTol);
    }
  }
}

TEST(GradcheckAttention, FusedMultiHeadWithDropout) {
  Generator gen(5);
  MultiHeadAttention module({.d_in = 3, .d_out = 4, .heads = 2, .kv_heads = 1, .dropout = 0.3, .dtype = DType::F64},
                            gen);
  module.train();
  EXPECT_GRADCHECK(
      [&](const std::vector<Tensor>& x) {
        module.attention_dropout().generator().set_position(0);  // the same mask every evaluation
        return module.forward(x[0], padding_2x4());
      },
      with_parameters({randn_leaf({2, 4, 3}, gen)}, module), gen, kTol);
}

TEST(GradcheckAttention, CrossWithSourcePadding) {
  Generator gen(6);
  for (const std::int64_t kv_heads : {2, 1}) {
    CrossAttention module(
        {.d_in = 3, .d_memory = 5, .d_out = 4, .heads = 2, .kv_heads = kv_heads, .qkv_bias = true, .dtype = DType::F64},
        gen);
    module.eval();
    // Row 1's source is all padding: zero weights, output = out_proj's bias.
    const Tensor source_padding = u8({0, 0, 1, 0, 1, 1, 1, 1, 1, 1}, {2, 5});
    EXPECT_GRADCHECK(
        [&](const std::vector<Tensor>& x) { return both(module.forward_with_weights(x[0], x[1], source_padding)); },
        with_parameters({randn_leaf({2, 3, 3}, gen), randn_leaf({2, 5, 5}, gen)}, module), gen, kTol);
  }
}
