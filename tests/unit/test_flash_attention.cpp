// The fused attention kernel (attn/ops/flash_attention.h) against the plain
// composition (attn/ops/attention.h): values and the gradients of q, k and v on fresh
// random inputs for every mask kind, GQA ratios 1, 2, 4 and H, lengths T = 1, 7, 63,
// 65, 1000 with S != T, head widths 32, 64, 80, 128 (a sample of the cross product
// in which every value of every axis appears); the BLAS tiles against the scalar
// reference of the same algorithm; fully masked rows; thread-count independence;
// peak memory O(T) at T = S = 8192; attention()'s dispatch; the errors.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <string>
#include <vector>

#include "../../src/kernels/cpu/flash_attention.h"
#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/ops.h"
#include "attn/ops/flash_attention.h"
#include "attn/parallel.h"
#include "support/compare.h"
#include "support/errors.h"
#include "support/targets.h"

using namespace attn;

using attn::testing::relative_error;

using attn::testing::expect_error;
using attn::testing::for_each_target;

namespace {

constexpr double kRelTol = 1e-5;

enum class MaskKind { None, Causal, KeyPadding, Window, Strided, Fixed, Bias, CausalPaddingBias, PaddedKeyTile };
const char* mask_name(MaskKind m) {
  switch (m) {
    case MaskKind::None:
      return "none";
    case MaskKind::Causal:
      return "causal";
    case MaskKind::KeyPadding:
      return "key padding";
    case MaskKind::Window:
      return "window";
    case MaskKind::Strided:
      return "strided";
    case MaskKind::Fixed:
      return "fixed";
    case MaskKind::Bias:
      return "bias";
    case MaskKind::CausalPaddingBias:
      return "causal+padding+bias";
    case MaskKind::PaddedKeyTile:
      return "causal+padding, keys [128, 256) all padding";
  }
  return "?";
}

struct Case {
  std::int64_t b, h, hkv, t, s, d;
  MaskKind mask;
  DType dtype = DType::F32;
};

std::string describe(const Case& c) {
  return std::string(mask_name(c.mask)) + " B=" + std::to_string(c.b) + " H=" + std::to_string(c.h) +
         " Hkv=" + std::to_string(c.hkv) + " T=" + std::to_string(c.t) + " S=" + std::to_string(c.s) +
         " D=" + std::to_string(c.d);
}

// Random key padding (B, S) with about a fifth of the keys padded; sequence 0 is
// padded entirely when pad_all_of_first (its rows are then fully masked).
Tensor random_padding(std::int64_t b, std::int64_t s, Generator& gen, bool pad_all_of_first) {
  std::vector<double> values(b * s);
  for (std::int64_t i = 0; i < b * s; ++i) values[i] = (pad_all_of_first && i < s) || gen.uniform() < 0.2 ? 1 : 0;
  return from_vector(values, {b, s}, DType::U8);
}

AttentionOptions options_for(const Case& c, Generator& gen) {
  AttentionOptions o;
  o.need_weights = false;
  switch (c.mask) {
    case MaskKind::None:
      break;
    case MaskKind::Causal:
      o.mask.causal = true;
      break;
    case MaskKind::KeyPadding:
      o.mask.key_padding = random_padding(c.b, c.s, gen, c.b > 1);
      break;
    case MaskKind::Window:
      o.mask.window = 1 + c.t / 5;
      break;
    case MaskKind::Strided:
      o.mask.causal = true;
      o.mask.block_sparse = {BlockSparseKind::Strided, /*block=*/8, /*local_blocks=*/2, /*stride=*/3};
      break;
    case MaskKind::Fixed:
      o.mask.block_sparse = {BlockSparseKind::Fixed, /*block=*/16, /*local_blocks=*/1, /*stride=*/4};
      break;
    case MaskKind::Bias:
      o.bias = randn({1, c.h, c.t, c.s}, gen, c.dtype);
      break;
    case MaskKind::CausalPaddingBias:
      o.mask.causal = true;
      o.mask.key_padding = random_padding(c.b, c.s, gen, false);
      o.bias = randn({c.b, 1, c.t, c.s}, gen, c.dtype);
      break;
    case MaskKind::PaddedKeyTile:  // the kernel skips a whole key tile between visible ones
      o.mask.causal = true;
      o.mask.key_padding = random_padding(c.b, c.s, gen, false);
      for (std::int64_t b = 0; b < c.b; ++b)
        for (std::int64_t j = 128; j < std::min<std::int64_t>(256, c.s); ++j)
          o.mask.key_padding.data<std::uint8_t>()[b * c.s + j] = 1;
      break;
  }
  return o;
}

struct Gradients {
  Tensor out, dq, dk, dv;
};

Gradients run_attention(const Tensor& q0, const Tensor& k0, const Tensor& v0, const Tensor& dout, AttentionOptions o,
                        AttentionKernel kernel) {
  Tensor q = q0.detach().clone().set_requires_grad(true), k = k0.detach().clone().set_requires_grad(true),
         v = v0.detach().clone().set_requires_grad(true);
  o.kernel = kernel;
  Tensor out = attention(q, k, v, o).output;
  out.backward(dout);
  return {out.detach(), q.grad(), k.grad(), v.grad()};
}

void expect_fused_equals_plain(const Case& c, std::uint64_t seed) {
  SCOPED_TRACE(describe(c));
  Generator gen(seed);
  const Tensor q = randn({c.b, c.h, c.t, c.d}, gen, c.dtype), k = randn({c.b, c.hkv, c.s, c.d}, gen, c.dtype),
               v = randn({c.b, c.hkv, c.s, c.d}, gen, c.dtype), dout = randn({c.b, c.h, c.t, c.d}, gen, c.dtype);
  const AttentionOptions o = options_for(c, gen);
  // The plain composition runs in double on the same inputs, so that the bound
  // measures the fused kernel's own error, not the sum of two float roundings
  // (which depends on the BLAS's kernels: on a row with two keys, dq and dk are a
  // difference of two nearly equal terms).
  AttentionOptions o64 = o;
  if (o64.bias.defined()) o64.bias = o64.bias.to(DType::F64);
  const Gradients plain = run_attention(q.to(DType::F64), k.to(DType::F64), v.to(DType::F64), dout.to(DType::F64), o64,
                                        AttentionKernel::Plain);
  const Gradients fused = run_attention(q, k, v, dout, o, AttentionKernel::Fused);
  EXPECT_LE(relative_error(fused.out.to(DType::F64), plain.out), kRelTol) << "output";
  EXPECT_LE(relative_error(fused.dq.to(DType::F64), plain.dq), kRelTol) << "dq";
  EXPECT_LE(relative_error(fused.dk.to(DType::F64), plain.dk), kRelTol) << "dk";
  EXPECT_LE(relative_error(fused.dv.to(DType::F64), plain.dv), kRelTol) << "dv";
}

// Resets the process's resident-set high-water mark (Linux: clear_refs 5); false if
// the kernel refuses.
bool reset_peak_rss() {
  std::ofstream f("/proc/self/clear_refs");
  f << "5";
  f.flush();
  return f.good();
}

// VmHWM or VmRSS from /proc/self/status, in KiB.
std::int64_t status_kib(const std::string& field) {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind(field + ":", 0) == 0) return std::stoll(line.substr(field.size() + 1));
  return -1;
}

}  // namespace

// Every mask kind at T = 1, 7, 63, 65, and half of them at T = 1000 (the slow plain
// path bounds the test time); the GQA ratio (Hkv = H, H/2, H/4, 1), the head width
// and S rotate with them, so every value of every axis appears.
TEST(FlashAttention, FusedEqualsPlainAcrossMasksShapesAndGroups) {
  const std::int64_t lengths[] = {1, 7, 63, 65, 1000};
  const std::int64_t widths[] = {32, 64, 80, 128};
  const std::int64_t ratios[] = {1, 2, 4, 8};  // H = 8: ratio 8 is multi-query (Hkv = 1)
  const MaskKind masks[] = {MaskKind::None,    MaskKind::Causal, MaskKind::KeyPadding, MaskKind::Window,
                            MaskKind::Strided, MaskKind::Fixed,  MaskKind::Bias,       MaskKind::CausalPaddingBias};
  std::uint64_t seed = 100;
  for (std::size_t m = 0; m < std::size(masks); ++m)
    for (std::size_t ti = 0; ti < std::size(lengths); ++ti) {
      const std::int64_t t = lengths[ti];
      const bool long_case = t >= 1000;
      if (long_case && m % 2 == 0) continue;
      // S != T: longer (as with a cache of earlier positions) or shorter.
      const std::int64_t s = (m + ti) % 2 == 0 ? t + 1 + t / 3 : std::max<std::int64_t>(2, t - 1 - t / 4);
      const std::int64_t h = long_case ? 4 : 8;
      const std::int64_t hkv = long_case ? 4 >> (m / 2 % 3) : h / ratios[(m + 2 * ti) % 4];
      expect_fused_equals_plain({long_case ? 1 : 2, h, hkv, t, s == t ? t + 2 : s, widths[(m + ti) % 4], masks[m]},
                                seed++);
    }
}

// The forward walks a query tile's keys in blocks of up to four key tiles; a skipped
// tile ends a block, and the keys past it start the next.
TEST(FlashAttention, FusedEqualsPlainAcrossASkippedKeyTile) {
  expect_fused_equals_plain({2, 2, 1, 700, 760, 32, MaskKind::PaddedKeyTile}, 9);
}

TEST(FlashAttention, FusedEqualsPlainInDoublePrecision) {
  expect_fused_equals_plain({2, 4, 2, 33, 41, 16, MaskKind::CausalPaddingBias, DType::F64}, 7);
  expect_fused_equals_plain({1, 2, 1, 70, 66, 8, MaskKind::Strided, DType::F64}, 8);
}

// On every instruction set, with a mask of key ranges per row (causal and window:
// the products skip the masked blocks of a tile) and with key padding (per pair); at
// T = 130 every query tile's keys are one key block (its output stored straight from
// the block's product), at T = 700 the causal rows walk two blocks, and a key tile of
// nothing but padding splits them.
TEST(FlashAttention, FastTilesEqualScalarReference) {
  struct Config {
    const char* name;
    std::int64_t b, h, hkv, t, s, d, window;
    bool padded;
  };
  const Config configs[] = {{"causal, window", 2, 4, 2, 130, 150, 40, 90, false},
                            {"causal, window, key padding", 2, 4, 2, 130, 150, 40, 90, true},
                            {"causal, two key blocks", 1, 2, 1, 700, 760, 40, 0, false},
                            {"causal, key padding, a padded key tile", 2, 2, 1, 700, 760, 24, 0, true}};
  Generator gen(3);
  for (const Config& c : configs) {
    SCOPED_TRACE(c.name);
    const Tensor q = randn({c.b, c.h, c.t, c.d}, gen), k = randn({c.b, c.hkv, c.s, c.d}, gen),
                 v = randn({c.b, c.hkv, c.s, c.d}, gen), dout = randn({c.b, c.h, c.t, c.d}, gen);
    Tensor padding = random_padding(c.b, c.s, gen, false);
    if (c.b > 1 && c.s > 512)  // sequence 1: keys [128, 256), a whole key tile, are padding
      for (std::int64_t j = 128; j < 256; ++j) padding.data<std::uint8_t>()[c.s + j] = 1;
    kernels::FlashProblem<float> p;
    p.batch = c.b, p.heads = c.h, p.kv_heads = c.hkv, p.t = c.t, p.s = c.s, p.d = c.d, p.dv = c.d;
    p.scale = 0.2f;
    p.mask.causal = true;
    p.mask.window = c.window;
    if (c.padded) p.mask.key_padding = padding.data<std::uint8_t>();
    for_each_target([&] {
      std::vector<Tensor> results;
      for (const kernels::FlashMath math : {kernels::FlashMath::Fast, kernels::FlashMath::Scalar}) {
        Tensor out = empty({c.b, c.h, c.t, c.d}), lse = empty({c.b, c.h, c.t});
        Tensor dq = empty({c.b, c.h, c.t, c.d}), dk = empty({c.b, c.hkv, c.s, c.d}), dv = empty({c.b, c.hkv, c.s, c.d});
        kernels::flash_attention_forward(out.data<float>(), lse.data<float>(), q.data<float>(), k.data<float>(),
                                         v.data<float>(), p, math);
        kernels::flash_attention_backward(dq.data<float>(), dk.data<float>(), dv.data<float>(), dout.data<float>(),
                                          q.data<float>(), k.data<float>(), v.data<float>(), out.data<float>(),
                                          lse.data<float>(), p, math);
        for (const Tensor& x : {out, lse, dq, dk, dv}) results.push_back(x);
      }
      for (std::size_t i = 0; i < 5; ++i) EXPECT_LE(relative_error(results[i], results[i + 5]), 1e-6) << "tensor " << i;
    });
  }
}

TEST(FlashAttention, FullyMaskedRowsGiveZeroOutputAndGradients) {
  Generator gen(4);
  const std::int64_t b = 2, h = 2, t = 70, s = 66, d = 16;
  AttentionOptions o;
  o.need_weights = false;
  o.kernel = AttentionKernel::Fused;
  o.mask.causal = true;  // S < T: the first T - S queries see no key
  o.mask.key_padding = random_padding(b, s, gen, /*pad_all_of_first=*/true);
  Tensor q = randn({b, h, t, d}, gen).set_requires_grad(true);
  Tensor k = randn({b, h, s, d}, gen).set_requires_grad(true), v = randn({b, h, s, d}, gen).set_requires_grad(true);
  Tensor out = attention(q, k, v, o).output;
  out.backward(randn(out.shape(), gen));
  const std::vector<double> y = out.to_vector(), dq = q.grad().to_vector();
  for (std::int64_t bh = 0; bh < b * h; ++bh)
    for (std::int64_t i = 0; i < t; ++i) {
      const bool dead = bh < h || i < t - s;  // sequence 0 is all padding
      for (std::int64_t c = 0; c < d && dead; ++c) {
        ASSERT_EQ(y[(bh * t + i) * d + c], 0.0) << "bh " << bh << " row " << i;
        ASSERT_EQ(dq[(bh * t + i) * d + c], 0.0) << "bh " << bh << " row " << i;
      }
    }
  for (const double x : k.grad().narrow(0, 0, 1).to_vector()) ASSERT_EQ(x, 0.0);
  for (const double x : y) ASSERT_FALSE(std::isnan(x));
}

TEST(FlashAttention, ResultsDoNotDependOnThreadCount) {
  Generator gen(5);
  const Tensor q = randn({2, 4, 300, 64}, gen), k = randn({2, 2, 310, 64}, gen), v = randn({2, 2, 310, 64}, gen),
               dout = randn({2, 4, 300, 64}, gen);
  AttentionOptions o;
  o.need_weights = false;
  o.mask.causal = true;
  const int threads = num_threads();
  set_num_threads(1);
  const Gradients one = run_attention(q, k, v, dout, o, AttentionKernel::Fused);
  set_num_threads(2);
  const Gradients two = run_attention(q, k, v, dout, o, AttentionKernel::Fused);
  set_num_threads(threads);
  EXPECT_EQ(relative_error(one.out, two.out), 0.0);
  EXPECT_EQ(relative_error(one.dq, two.dq), 0.0);
  EXPECT_EQ(relative_error(one.dk, two.dk), 0.0);
  EXPECT_EQ(relative_error(one.dv, two.dv), 0.0);
}

// T = S = 8192: a (T, S) f32 buffer would be 256 MiB. Forward and backward together
// must stay far below that beyond the (B, H, T, D) tensors (2 MiB each).
TEST(FlashAttention, PeakMemoryStaysLinearInLength) {
  Generator gen(6);
  const std::int64_t t = 8192, d = 64;
  Tensor q = randn({1, 1, t, d}, gen).set_requires_grad(true), k = randn({1, 1, t, d}, gen).set_requires_grad(true),
         v = randn({1, 1, t, d}, gen).set_requires_grad(true);
  const Tensor dout = randn({1, 1, t, d}, gen);
  AttentionOptions o;
  o.need_weights = false;
  o.kernel = AttentionKernel::Fused;
  o.mask.causal = true;
  if (!reset_peak_rss()) GTEST_SKIP() << "/proc/self/clear_refs not writable: cannot reset the peak RSS";
  const std::int64_t before = status_kib("VmRSS");
  Tensor out = attention(q, k, v, o).output;
  out.backward(dout);
  const std::int64_t growth_mib = (status_kib("VmHWM") - before) / 1024;
  EXPECT_LT(growth_mib, 48) << "peak RSS grew by " << growth_mib << " MiB; a (T, S) buffer is 256 MiB";
}

TEST(FlashAttention, AutoPicksFusedOnlyWhereItApplies) {
  Generator gen(7);
  const std::int64_t t = kFusedAttentionMinLength;
  const Tensor q = randn({1, 2, t, 8}, gen), k = randn({1, 2, t, 8}, gen), v = randn({1, 2, t, 8}, gen);
  AttentionOptions o;
  EXPECT_TRUE(attention(q, k, v, o).weights.defined()) << "weights requested: plain";
  o.need_weights = false;
  EXPECT_FALSE(attention(q, k, v, o).weights.defined()) << "long enough, no weights: fused";
  EXPECT_TRUE(attention(q.narrow(2, 0, 1), k, v, o).weights.defined()) << "T = 1: plain";
  o.mask.mask = zeros({1, 1, t, t}, DType::U8);
  EXPECT_TRUE(attention(q, k, v, o).weights.defined()) << "u8 mask: plain";
}

TEST(FlashAttention, ErrorsNameTheProblem) {
  Generator gen(8);
  const Tensor q = randn({1, 2, 4, 8}, gen), k = randn({1, 2, 5, 8}, gen), v = randn({1, 2, 5, 8}, gen);
  AttentionOptions o;
  o.need_weights = false;
  o.mask.mask = zeros({1, 1, 4, 5}, DType::U8);
  expect_error([&] { flash_attention(q, k, v, o); }, {"flash_attention", "u8 mask", "bias"});
  o.mask.mask = Tensor();
  o.bias = randn({1, 3, 4, 5}, gen);
  expect_error([&] { flash_attention(q, k, v, o); }, {"flash_attention", "bias", "(1, 3, 4, 5)"});
  o.bias = randn({1, 1, 4, 5}, gen).set_requires_grad(true);
  expect_error([&] { flash_attention(q, k, v, o); }, {"requires grad"});
  o.bias = Tensor();
  o.mask.window = -1;
  expect_error([&] { attention(q, k, v, o); }, {"attention", "window", "-1"});
  o.mask.window = 0;
  o.mask.block_sparse = {BlockSparseKind::Strided, 0, 1, 2};
  expect_error([&] { attention(q, k, v, o); }, {"block-sparse", "block 0"});
  o.mask.block_sparse = {};
  o.need_weights = true;
  o.kernel = AttentionKernel::Fused;
  expect_error([&] { attention(q, k, v, o); }, {"need_weights"});
  expect_error(
      [&] {
        flash_attention(q, randn({1, 3, 5, 8}, gen), randn({1, 3, 5, 8}, gen), {});
      },
      {"flash_attention", "Hkv = 3"});
}
