// Finite-difference checks of the fused attention kernel's hand-written backward
// (attn/ops/flash_attention.h), in float64 on small shapes: every mask kind, grouped
// queries, a bias, rows whose every key is masked, S != T. (Shapes spanning several
// tiles are covered by tests/unit/test_flash_attention.cpp against the plain path.)
#include <gtest/gtest.h>

#include <vector>

#include "attn/ops.h"
#include "attn/ops/flash_attention.h"
#include "support/gradcheck.h"

using namespace attn;
using attn::testing::randn_leaf;

namespace {

constexpr double kTol = 1e-6;

void expect_flash_gradcheck(const AttentionOptions& options, std::int64_t b, std::int64_t h, std::int64_t hkv,
                            std::int64_t t, std::int64_t s, std::int64_t d, Generator& gen) {
  EXPECT_GRADCHECK([&](const std::vector<Tensor>& x) { return flash_attention(x[0], x[1], x[2], options); },
                   (std::vector<Tensor>{randn_leaf({b, h, t, d}, gen), randn_leaf({b, hkv, s, d}, gen),
                                        randn_leaf({b, hkv, s, d}, gen)}),
                   gen, kTol);
}

}  // namespace

TEST(GradcheckFlashAttention, UnmaskedWithGroupedQueries) {
  Generator gen(1);
  for (const std::int64_t hkv : {4, 2, 1}) expect_flash_gradcheck({}, 1, 4, hkv, 5, 7, 3, gen);
}

TEST(GradcheckFlashAttention, CausalAndPaddingWithDeadRows) {
  Generator gen(2);
  AttentionOptions o;
  o.mask.causal = true;                                                           // S < T: the first query sees no key
  o.mask.key_padding = from_vector({0, 0, 1, 0, 1, 1, 1, 1}, {2, 4}, DType::U8);  // sequence 1: all padding
  expect_flash_gradcheck(o, 2, 2, 1, 5, 4, 3, gen);
}

TEST(GradcheckFlashAttention, Window) {
  Generator gen(3);
  AttentionOptions o;
  o.mask.window = 3;
  expect_flash_gradcheck(o, 1, 2, 1, 9, 11, 3, gen);
}

TEST(GradcheckFlashAttention, BlockSparsePatterns) {
  Generator gen(4);
  AttentionOptions o;
  o.mask.causal = true;
  o.mask.block_sparse = {BlockSparseKind::Strided, /*block=*/2, /*local_blocks=*/1, /*stride=*/2};
  expect_flash_gradcheck(o, 1, 2, 1, 9, 9, 3, gen);
  o.mask.causal = false;
  o.mask.block_sparse = {BlockSparseKind::Fixed, /*block=*/3, /*local_blocks=*/1, /*stride=*/2};
  expect_flash_gradcheck(o, 1, 2, 2, 8, 10, 3, gen);
}

TEST(GradcheckFlashAttention, AdditiveBiasAndScale) {
  Generator gen(5);
  AttentionOptions o;
  o.bias = randn({1, 2, 4, 6}, gen, DType::F64);
  o.scale = 0.7;
  expect_flash_gradcheck(o, 2, 2, 2, 4, 6, 3, gen);
}
