#include <gtest/gtest.h>

#include "attn/ops.h"
#include "support/gradcheck.h"

using namespace attn;
using attn::testing::randn_leaf;

namespace {
constexpr double kTol = 1e-6;
}

TEST(Gradcheck, MatmulBroadcastBatch) {
  Generator gen(1);
  auto f = [](const std::vector<Tensor>& x) { return matmul(x[0], x[1]); };
  EXPECT_GRADCHECK(f, (std::vector<Tensor>{randn_leaf({2, 3, 4, 5}, gen), randn_leaf({3, 5, 2}, gen)}), gen, kTol);
  EXPECT_GRADCHECK(f, (std::vector<Tensor>{randn_leaf({2, 3, 4}, gen), randn_leaf({4, 6}, gen)}), gen, kTol);
}

TEST(Gradcheck, MatmulTransposedViews) {
  Generator gen(2);
  auto f = [](const std::vector<Tensor>& x) { return matmul(transpose(x[0], 0, 1), transpose(x[1], -1, -2)); };
  EXPECT_GRADCHECK(f, (std::vector<Tensor>{randn_leaf({4, 3}, gen), randn_leaf({5, 4}, gen)}), gen, kTol);
}

TEST(Gradcheck, LinearWithBias) {
  Generator gen(3);
  auto f = [](const std::vector<Tensor>& x) { return linear(x[0], x[1], x[2]); };
  EXPECT_GRADCHECK(f, (std::vector<Tensor>{randn_leaf({2, 3, 4}, gen), randn_leaf({5, 4}, gen), randn_leaf({5}, gen)}),
                   gen, kTol);
}

TEST(Gradcheck, BroadcastArithmetic) {
  Generator gen(4);
  std::vector<Tensor> in{randn_leaf({2, 1, 4}, gen), randn_leaf({3, 1}, gen)};
  EXPECT_GRADCHECK([](const std::vector<Tensor>& x) { return add(x[0], x[1]); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const std::vector<Tensor>& x) { return sub(x[0], x[1]); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const std::vector<Tensor>& x) { return mul(x[0], x[1]); }, in, gen, kTol);
  std::vector<Tensor> pos{randn_leaf({2, 1, 4}, gen), add_scalar(rand_uniform({3, 1}, 0, 1, gen, DType::F64), 1.0)};
  pos[1].set_requires_grad(true);
  EXPECT_GRADCHECK([](const std::vector<Tensor>& x) { return div(x[0], x[1]); }, pos, gen, kTol);
  EXPECT_GRADCHECK([](const std::vector<Tensor>& x) { return scale(add_scalar(x[0], 2.0), -3.0); }, in, gen, kTol);
}

TEST(Gradcheck, Activations) {
  Generator gen(5);
  std::vector<Tensor> in{randn_leaf({3, 7}, gen)};
  EXPECT_GRADCHECK([](const std::vector<Tensor>& x) { return tanh(x[0]); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const std::vector<Tensor>& x) { return sigmoid(x[0]); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const std::vector<Tensor>& x) { return relu(x[0]); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const std::vector<Tensor>& x) { return exp(x[0]); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const std::vector<Tensor>& x) { return gelu(x[0], GeluApprox::Tanh); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const std::vector<Tensor>& x) { return gelu(x[0], GeluApprox::None); }, in, gen, kTol);
  std::vector<Tensor> pos{add_scalar(rand_uniform({3, 7}, 0, 1, gen, DType::F64), 0.5)};
  pos[0].set_requires_grad(true);
  EXPECT_GRADCHECK([](const std::vector<Tensor>& x) { return log(x[0]); }, pos, gen, kTol);
}

TEST(Gradcheck, ReductionsAndShapes) {
  Generator gen(6);
  std::vector<Tensor> in{randn_leaf({2, 3, 4}, gen)};
  EXPECT_GRADCHECK([](const std::vector<Tensor>& x) { return sum(x[0], {1}); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const std::vector<Tensor>& x) { return sum(x[0], {0, 2}, true); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const std::vector<Tensor>& x) { return mean(x[0], {-1}); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const std::vector<Tensor>& x) { return mean(x[0]); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const std::vector<Tensor>& x) { return permute(x[0], {2, 0, 1}).contiguous(); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const std::vector<Tensor>& x) { return reshape(transpose(x[0], 0, 2), {4, 6}); }, in, gen, kTol);
  EXPECT_GRADCHECK([](const std::vector<Tensor>& x) { return narrow(x[0], 2, 1, 2); }, in, gen, kTol);
  EXPECT_GRADCHECK(
      [](const std::vector<Tensor>& x) {
        return expand(narrow(x[0], 1, 0, 1), {5, 2, 3, 4});
      },
      in, gen, kTol);
  EXPECT_GRADCHECK(
      [](const std::vector<Tensor>& x) {
        auto parts = split(x[0], {1, 3}, -1);
        return concat({parts[1], mul(parts[0], parts[0])}, -1);
      },
      in, gen, kTol);
}
