// Finite-difference gradient checks (float64) of the fused ops, for every option.
#include <gtest/gtest.h>

#include <limits>

#include "attn/ops.h"
#include "support/gradcheck.h"

using namespace attn;
using attn::testing::randn_leaf;

namespace {
constexpr double kTol = 1e-6;
using Inputs = std::vector<Tensor>;

// Causal mask (T, T) as u8: 1 above the diagonal (the future).
Tensor causal_mask(std::int64_t T) {
  std::vector<std::int64_t> future;
  for (std::int64_t i = 0; i < T; ++i)
    for (std::int64_t j = 0; j < T; ++j) future.push_back(j > i ? 1 : 0);
  return from_ids(future, {T, T}).to(DType::U8);
}
}  // namespace

TEST(GradcheckFused, SoftmaxAndLogSoftmax) {
  Generator gen(101);
  Inputs in{randn_leaf({2, 3, 5}, gen)};
  EXPECT_GRADCHECK([](const Inputs& x) { return softmax(x[0]); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const Inputs& x) { return log_softmax(x[0]); }, in, gen, kTol);
  // Strided input: the rows run along the original first dimension.
  EXPECT_GRADCHECK([](const Inputs& x) { return softmax(transpose(x[0], 0, 2)); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const Inputs& x) { return log_softmax(transpose(x[0], 1, 2)); }, in, gen, kTol);
}

TEST(GradcheckFused, SoftmaxOfCausallyMaskedScores) {
  Generator gen(102);
  Tensor mask = causal_mask(4);
  auto f = [mask](const Inputs& x) {
    return softmax(masked_fill(x[0], mask, -std::numeric_limits<double>::infinity()));
  };
  EXPECT_GRADCHECK(f, (Inputs{randn_leaf({2, 4, 4}, gen)}), gen, kTol);
}

TEST(GradcheckFused, LayerNormWithAndWithoutWeightAndBias) {
  Generator gen(103);
  Inputs in{randn_leaf({2, 3, 6}, gen), randn_leaf({6}, gen), randn_leaf({6}, gen)};
  EXPECT_GRADCHECK([](const Inputs& x) { return layer_norm(x[0], x[1], x[2]); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const Inputs& x) { return layer_norm(x[0], x[1], Tensor()); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const Inputs& x) { return layer_norm(x[0], Tensor(), x[2]); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const Inputs& x) { return layer_norm(x[0], Tensor(), Tensor()); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const Inputs& x) { return layer_norm(x[0], x[1], x[2], /*eps=*/0.5); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const Inputs& x) { return layer_norm(transpose(x[0], 0, 1), x[1], x[2]); }, in, gen, kTol);
}

TEST(GradcheckFused, LayerNormParametersOnly) {
  Generator gen(104);
  Tensor x = randn({4, 5}, gen, DType::F64);  // no gradient wanted for x
  EXPECT_GRADCHECK([x](const Inputs& p) { return layer_norm(x, p[0], p[1]); },
                   (Inputs{randn_leaf({5}, gen), randn_leaf({5}, gen)}), gen, kTol);
}

TEST(GradcheckFused, CrossEntropyEveryReduction) {
  Generator gen(105);
  Inputs in{randn_leaf({5, 7}, gen)};
  Tensor targets = from_ids({3, 0, 6, 2, 2}, {5});
  for (Reduction reduction : {Reduction::Mean, Reduction::Sum, Reduction::None}) {
    CrossEntropyOptions opt;
    opt.reduction = reduction;
    EXPECT_GRADCHECK([&](const Inputs& x) { return cross_entropy(x[0], targets, opt); }, in, gen, kTol);
  }
}

TEST(GradcheckFused, CrossEntropyLabelSmoothingAndIgnoreIndex) {
  Generator gen(106);
  Inputs in{randn_leaf({6, 5}, gen)};
  Tensor targets = from_ids({1, -100, 4, 0, -100, 3}, {6});
  for (Reduction reduction : {Reduction::Mean, Reduction::Sum, Reduction::None}) {
    for (double eps : {0.0, 0.1, 1.0}) {
      CrossEntropyOptions opt;
      opt.reduction = reduction;
      opt.label_smoothing = eps;
      EXPECT_GRADCHECK([&](const Inputs& x) { return cross_entropy(x[0], targets, opt); }, in, gen, kTol);
    }
  }
  CrossEntropyOptions pad;  // ignore_index inside [0, V), e.g. a padding id
  pad.ignore_index = 0;
  pad.label_smoothing = 0.2;
  EXPECT_GRADCHECK(
      [&](const Inputs& x) {
        return cross_entropy(x[0], from_ids({0, 2, 0, 1, 4, 3}, {6}), pad);
      },
      in, gen, kTol);
}

TEST(GradcheckFused, CrossEntropyOfStridedLogits) {
  Generator gen(107);
  Tensor targets = from_ids({2, 0, 1}, {3});
  EXPECT_GRADCHECK([&](const Inputs& x) { return cross_entropy(transpose(x[0], 0, 1), targets); },
                   (Inputs{randn_leaf({4, 3}, gen)}), gen, kTol);
}

TEST(GradcheckFused, EmbeddingWithRepeatedIds) {
  Generator gen(108);
  Tensor ids = from_ids({3, 1, 3, 0, 3, 1}, {2, 3});  // row 2 never looked up
  EXPECT_GRADCHECK([&](const Inputs& w) { return embedding(w[0], ids); }, (Inputs{randn_leaf({5, 4}, gen)}), gen, kTol);
  EXPECT_GRADCHECK([&](const Inputs& w) { return embedding(transpose(w[0], 0, 1), ids); },
                   (Inputs{randn_leaf({4, 5}, gen)}), gen, kTol);
}

TEST(GradcheckFused, MaskedFillWithBroadcastMasks) {
  Generator gen(109);
  Inputs in{randn_leaf({2, 3, 3}, gen)};
  Tensor causal = causal_mask(3);                                // (T, T) over (B, T, T)
  Tensor per_batch = from_ids({1, 0}, {2, 1, 1}).to(DType::U8);  // (B, 1, 1)
  Tensor per_column = from_ids({0, 1, 0}, {3}).to(DType::U8);    // (S)
  EXPECT_GRADCHECK([&](const Inputs& x) { return masked_fill(x[0], causal, -5.0); }, in, gen, kTol);
  EXPECT_GRADCHECK([&](const Inputs& x) { return masked_fill(x[0], per_batch, 0.0); }, in, gen, kTol);
  EXPECT_GRADCHECK([&](const Inputs& x) { return masked_fill(transpose(x[0], 1, 2), per_column, 2.0); }, in, gen, kTol);
}

TEST(GradcheckFused, DropoutWithAFixedGenerator) {
  Generator gen(110);
  // Re-seeded inside f: every evaluation of the finite differences sees the same mask.
  for (double p : {0.0, 0.3, 0.7, 1.0}) {
    auto f = [p](const Inputs& x) {
      Generator mask_gen(42);
      return dropout(x[0], p, mask_gen, /*training=*/true);
    };
    EXPECT_GRADCHECK(f, (Inputs{randn_leaf({3, 8}, gen)}), gen, kTol);
  }
  auto strided = [](const Inputs& x) {
    Generator mask_gen(43);
    return dropout(transpose(x[0], 0, 1), 0.5, mask_gen, /*training=*/true);
  };
  EXPECT_GRADCHECK(strided, (Inputs{randn_leaf({4, 6}, gen)}), gen, kTol);
}

TEST(GradcheckFused, TransformerBlockPieces) {
  // The fused ops chained as a pre-norm attention block uses them: layer_norm, masked
  // softmax scores, dropout, then a cross-entropy over an embedding's logits.
  Generator gen(111);
  Tensor mask = causal_mask(3);
  Tensor ids = from_ids({2, 0, 1}, {3});
  Tensor targets = from_ids({1, 2, -100}, {3});
  auto f = [&](const Inputs& p) {
    Generator drop_gen(7);
    Tensor h = layer_norm(embedding(p[0], ids), p[1], p[2]);  // (T, C)
    Tensor scores = matmul(h, transpose(h, 0, 1));            // (T, T)
    Tensor attn = dropout(softmax(masked_fill(scores, mask, -1e30)), 0.2, drop_gen, true);
    Tensor logits = matmul(matmul(attn, h), transpose(p[0], 0, 1));  // (T, V)
    CrossEntropyOptions opt;
    opt.label_smoothing = 0.1;
    return cross_entropy(logits, targets, opt);
  };
  EXPECT_GRADCHECK(f, (Inputs{randn_leaf({4, 5}, gen), randn_leaf({5}, gen), randn_leaf({5}, gen)}), gen, kTol);
}
