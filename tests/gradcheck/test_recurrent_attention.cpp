// Finite-difference checks through Bahdanau and Luong attention, in float64: the
// decoder state, the encoder states (through both the keys and the values) and every
// parameter, for every score × alignment, with padded batches. Local-p's position
// network W_p, v_p gets its gradient through p_t in the Gaussian.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "attn/nn/attention/additive.h"
#include "attn/nn/attention/luong.h"
#include "attn/ops.h"
#include "support/gradcheck.h"

using namespace attn;
using namespace attn::nn;
using attn::testing::randn_leaf;
using attn::testing::with_parameters;

namespace {

constexpr double kTol = 1e-6;
constexpr std::int64_t B = 3, S = 6, Cs = 4, Ch = 5;


Tensor flat(const Tensor& x) {
  return reshape(x, {-1});
}

// Lengths 6, 4, 2: the last two rows padded.
Tensor padding() {
  return padding_mask_from_lengths(from_ids({S, 4, 2}, {B}), S);
}

}  // namespace

TEST(GradcheckRecurrentAttention, Bahdanau) {
  for (const bool key_bias : {false, true}) {
    Generator gen(key_bias ? 2 : 1);
    AdditiveAttention attention(
        {.decoder_size = Cs, .encoder_size = Ch, .attention_size = 3, .key_bias = key_bias, .dtype = DType::F64}, gen);
    const Tensor mask = padding();
    EXPECT_GRADCHECK(
        [&](const std::vector<Tensor>& x) {
          const AdditiveAttentionOutput out = attention.forward(x[0], attention.precompute_keys(x[1]), mask);
          return concat({flat(out.context), flat(out.weights)}, 0);
        },
        with_parameters({randn_leaf({B, Cs}, gen), randn_leaf({B, S, Ch}, gen)}, attention), gen, kTol);
  }
}

TEST(GradcheckRecurrentAttention, LuongEveryScoreAndAlignment) {
  std::uint64_t seed = 10;
  for (const LuongScore score : {LuongScore::Dot, LuongScore::General, LuongScore::Concat}) {
    for (const LuongAlignment alignment :
         {LuongAlignment::Global, LuongAlignment::LocalMonotonic, LuongAlignment::LocalPredictive}) {
      SCOPED_TRACE(std::string(luong_score_name(score)) + ", " + luong_alignment_name(alignment));
      Generator gen(seed++);
      const std::int64_t decoder_size = score == LuongScore::Dot ? Ch : Cs;
      LuongAttention attention({.decoder_size = decoder_size,
                                .encoder_size = Ch,
                                .score = score,
                                .alignment = alignment,
                                .window = 2,
                                .attention_size = 3,
                                .attentional_size = 2,
                                .dtype = DType::F64},
                               gen);
      const Tensor mask = padding();
      // Step 3 cuts the window of the full row on both sides, and those of the padded
      // rows at their ends.
      const auto f = [&](const std::vector<Tensor>& x) {
        const LuongAttentionOutput out = attention.forward(x[0], attention.precompute_keys(x[1]), mask, /*step=*/3);
        std::vector<Tensor> parts = {flat(out.attentional), flat(out.context), flat(out.weights)};
        if (alignment == LuongAlignment::LocalPredictive) parts.push_back(flat(out.position));
        return concat(parts, 0);
      };
      EXPECT_GRADCHECK(f, with_parameters({randn_leaf({B, decoder_size}, gen), randn_leaf({B, S, Ch}, gen)}, attention),
                       gen, kTol);
      // No parameter is checked trivially: h̃ gives each a nonzero gradient (local-p's
      // W_p and v_p through the Gaussian alone).
      attention.zero_grad();
      const LuongAttentionOutput out = attention.forward(
          randn_leaf({B, decoder_size}, gen), attention.precompute_keys(randn_leaf({B, S, Ch}, gen)), mask, 3);
      sum(out.attentional).backward();
      for (const auto& [name, parameter] : attention.named_parameters()) {
        ASSERT_TRUE(parameter.grad().defined()) << name;
        EXPECT_GT(sum(mul(parameter.grad(), parameter.grad())).item(), 0.0) << name;
      }
    }
  }
}
