#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/ops.h"
#include "attn/random.h"

using namespace attn;

TEST(Tensor, FactoriesShapeAndStrides) {
  Tensor t = zeros({2, 3, 4});
  EXPECT_EQ(t.shape(), (Shape{2, 3, 4}));
  EXPECT_EQ(t.strides(), (Shape{12, 4, 1}));
  EXPECT_EQ(t.numel(), 24);
  EXPECT_TRUE(t.is_contiguous());
  EXPECT_EQ(t.describe(), "f32(2, 3, 4)");
  EXPECT_EQ(scalar(3.5).item(), 3.5);
}

TEST(Tensor, ViewsShareStorage) {
  Tensor t = from_vector({0, 1, 2, 3, 4, 5}, {2, 3});
  Tensor tt = t.transpose(0, 1);
  EXPECT_EQ(tt.shape(), (Shape{3, 2}));
  EXPECT_FALSE(tt.is_contiguous());
  EXPECT_EQ(tt.to_vector(), (std::vector<double>{0, 3, 1, 4, 2, 5}));
  Tensor col = t.narrow(1, 1, 2);
  EXPECT_EQ(col.to_vector(), (std::vector<double>{1, 2, 4, 5}));
  t.data<float>()[1] = 10;
  EXPECT_EQ(col.to_vector()[0], 10);
  EXPECT_EQ(tt.contiguous().to_vector(), (std::vector<double>{0, 3, 10, 4, 2, 5}));
  EXPECT_EQ(t.reshape({3, -1}).shape(), (Shape{3, 2}));
  EXPECT_THROW(t.reshape({4, -1}), Error);
}

TEST(Tensor, ExpandBroadcastsWithZeroStride) {
  Tensor t = from_vector({1, 2, 3}, {3});
  Tensor e = t.expand({2, 3});
  EXPECT_EQ(e.strides(), (Shape{0, 1}));
  EXPECT_EQ(e.to_vector(), (std::vector<double>{1, 2, 3, 1, 2, 3}));
  EXPECT_THROW(t.expand({2, 4}), Error);
}

TEST(Autograd, AccumulatesIntoLeaves) {
  Tensor a = from_vector({1, 2, 3}, {3}).set_requires_grad(true);
  Tensor y = sum(mul(a, a));  // dy/da = 2a
  y.backward();
  EXPECT_EQ(a.grad().to_vector(), (std::vector<double>{2, 4, 6}));
  sum(a).backward();  // accumulates
  EXPECT_EQ(a.grad().to_vector(), (std::vector<double>{3, 5, 7}));
  a.zero_grad();
  EXPECT_FALSE(a.grad().defined());
}

TEST(Autograd, SharedGradientsAreNotAliased) {
  Tensor a = ones({3}).set_requires_grad(true);
  Tensor b = ones({3}).set_requires_grad(true);
  sum(add(a, b)).backward();
  a.grad().data<float>()[0] = 100;  // must not change b's gradient
  EXPECT_EQ(b.grad().to_vector()[0], 1.0);
}

TEST(Autograd, NoGradRecordsNothing) {
  Tensor a = ones({2}).set_requires_grad(true);
  NoGradGuard guard;
  Tensor y = mul(a, a);
  EXPECT_FALSE(y.requires_grad());
  EXPECT_TRUE(y.is_leaf());
}

TEST(Autograd, DeepChainsFreeWithoutRecursion) {
  Tensor x = ones({4}).set_requires_grad(true);
  Tensor h = x;
  for (int i = 0; i < 200000; ++i) h = add_scalar(h, 0.0);
  sum(h).backward();
  EXPECT_EQ(x.grad().to_vector()[0], 1.0);
  h = Tensor();  // frees 200k nodes; must not overflow the stack
}

TEST(Autograd, BackwardOnNonScalarNeedsGradient) {
  Tensor a = ones({2}).set_requires_grad(true);
  Tensor y = mul(a, a);
  EXPECT_THROW(y.backward(), Error);
  y.backward(ones({2}));
  EXPECT_EQ(a.grad().to_vector(), (std::vector<double>{2, 2}));
}

TEST(Random, SameSeedSameNumbers) {
  Generator g1(42), g2(42), g3(43);
  Tensor a = randn({1000}, g1), b = randn({1000}, g2), c = randn({1000}, g3);
  EXPECT_EQ(a.to_vector(), b.to_vector());
  EXPECT_NE(a.to_vector(), c.to_vector());
  auto v = a.to_vector();
  double m = 0, s = 0;
  for (double x : v) m += x;
  m /= v.size();
  for (double x : v) s += (x - m) * (x - m);
  s = std::sqrt(s / v.size());
  EXPECT_NEAR(m, 0.0, 0.1);
  EXPECT_NEAR(s, 1.0, 0.1);
}

TEST(Autograd, NarrowGradientsAddIntoSlices) {
  // Overlapping slices, a whole-tensor use and a slice of a slice all accumulate.
  Tensor x = zeros({5}).set_requires_grad(true);
  Tensor y = add(add(sum(scale(narrow(x, 0, 0, 3), 2.0)), sum(narrow(x, 0, 1, 3))), sum(x));
  y = add(y, sum(narrow(narrow(x, 0, 2, 3), 0, 2, 1)));
  y.backward();
  EXPECT_EQ(x.grad().to_vector(), (std::vector<double>{3, 4, 4, 2, 2}));
}

TEST(Autograd, NarrowOfInteriorTensorKeepsOtherGradientsIntact) {
  // add's backward hands h1 and h2 the same gradient tensor; adding h1's slice
  // gradient into it in place would change h2's too. Both graph orders are tried.
  for (bool slice_first : {false, true}) {
    Tensor a = ones({4}).set_requires_grad(true);
    Tensor h1 = scale(a, 1.0), h2 = scale(a, 2.0);
    Tensor whole = sum(add(h1, h2)), part = sum(narrow(h1, 0, 1, 2));
    Tensor z = slice_first ? add(part, whole) : add(whole, part);
    z.backward();
    // da = dh1 + 2 dh2 = (1 + [0 1 1 0]) + 2 * 1
    EXPECT_EQ(a.grad().to_vector(), (std::vector<double>{3, 4, 4, 3})) << "slice_first " << slice_first;
  }
}

TEST(Autograd, LeafGradientNeverAliasesTheCallersTensor) {
  Tensor x = zeros({3}).set_requires_grad(true);
  Tensor dy = ones({3});
  x.backward(dy);
  x.backward(dy);  // accumulates in place into x's gradient, which must not be dy
  EXPECT_EQ(x.grad().to_vector(), (std::vector<double>{2, 2, 2}));
  EXPECT_EQ(dy.to_vector(), (std::vector<double>{1, 1, 1}));
}

TEST(Storage, LargeBlocksOfNearbySizesAreRecycled) {
  // 1,000,000 and 1,040,000 bytes share the size class 2^20: the second reuses the
  // first's block (mapped pages, no new page faults), and both are fully writable.
  void* first = nullptr;
  {
    Storage a(1000000);
    first = a.data();
    std::memset(a.data(), 1, a.nbytes());
  }
  Storage b(1040000);
  EXPECT_EQ(b.data(), first);
  std::memset(b.data(), 2, b.nbytes());
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(b.data()) % 64, 0u);
  // 4 MB falls in another class: a different block.
  Storage c(4000000);
  EXPECT_NE(c.data(), first);
}
