// Split-key decode attention (include/attn/decode/decode_attention.h) against the
// plain attn::attention on fresh random inputs, over cache lengths S = 1 .. 4096,
// GQA ratios 1, 2, 4 and H, head widths 32, 64, 80, 128; its independence of the
// thread count; and the modules decoding through a KVCache
// (include/attn/decode/cached_attention.h) against one full forward pass.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <initializer_list>
#include <string>
#include <vector>

#include "attn/autograd.h"
#include "attn/decode/cached_attention.h"
#include "attn/decode/decode_attention.h"
#include "attn/decode/kv_cache.h"
#include "attn/error.h"
#include "attn/ops/attention.h"
#include "attn/ops/shape.h"
#include "attn/parallel.h"
#include "attn/random.h"
#include "support/compare.h"
#include "support/errors.h"

using namespace attn;
using namespace attn::decode;

using attn::testing::relative_error;

using attn::testing::expect_error;

namespace {

Tensor plain(const Tensor& q, const Tensor& k, const Tensor& v, bool causal, const Tensor& key_padding = {}) {
  AttentionOptions options;
  options.mask.causal = causal;
  options.mask.key_padding = key_padding;
  return attention(q, k, v, options).output;
}

struct Case {
  std::int64_t b, h, hkv, t, s, d;
};

std::string describe(const Case& c) {
  return "B=" + std::to_string(c.b) + " H=" + std::to_string(c.h) + " Hkv=" + std::to_string(c.hkv) +
         " T=" + std::to_string(c.t) + " S=" + std::to_string(c.s) + " D=" + std::to_string(c.d);
}

}  // namespace

// Every S of the issue, each with a GQA ratio (H/Hkv = 1, 2, 4, H) and a head width
// (32, 64, 80, 128) taken in turn, so every ratio and width meets short and long
// caches; T = 1 (one new token) and a few new tokens.
TEST(DecodeAttention, EqualsThePlainOp) {
  const std::vector<Case> cases = {
      {2, 4, 4, 1, 1, 32},    {1, 8, 4, 1, 1, 128},   {2, 4, 1, 1, 7, 64},    {1, 8, 2, 3, 7, 80},
      {1, 4, 1, 1, 63, 80},   {2, 8, 8, 2, 63, 128},  {1, 8, 2, 1, 65, 128},  {2, 4, 2, 5, 65, 32},
      {2, 8, 4, 1, 1000, 64}, {1, 4, 4, 4, 1000, 80}, {1, 8, 1, 1, 1000, 32}, {1, 4, 2, 1, 4096, 128},
      {1, 8, 8, 1, 4096, 32}, {1, 8, 1, 2, 4096, 80}, {1, 4, 1, 1, 4096, 64},
  };
  Generator gen(11);
  for (const Case& c : cases) {
    const Tensor q = randn({c.b, c.h, c.t, c.d}, gen);
    const Tensor k = randn({c.b, c.hkv, c.s, c.d}, gen), v = randn({c.b, c.hkv, c.s, c.d}, gen);
    for (bool causal : {true, false}) {
      const Tensor expected = plain(q, k, v, causal);
      DecodeAttentionOptions options;
      options.causal = causal;
      EXPECT_LE(relative_error(decode_attention(q, k, v, options), expected), 1e-5) << describe(c);
      options.keys_per_split = 16;  // many splits even for short caches: the merge at work
      EXPECT_LE(relative_error(decode_attention(q, k, v, options), expected), 1e-5) << describe(c) << " split 16";
    }
  }
}

// A whole prompt at once (T = S): causal over the new positions themselves, in
// several passes of query rows.
TEST(DecodeAttention, PromptEqualsCausalSelfAttention) {
  Generator gen(12);
  for (const Case& c : {Case{1, 4, 2, 200, 200, 64}, Case{2, 2, 1, 63, 63, 32}}) {
    const Tensor q = randn({c.b, c.h, c.t, c.d}, gen);
    const Tensor k = randn({c.b, c.hkv, c.s, c.d}, gen), v = randn({c.b, c.hkv, c.s, c.d}, gen);
    DecodeAttentionOptions options;
    options.keys_per_split = 32;
    EXPECT_LE(relative_error(decode_attention(q, k, v, options), plain(q, k, v, true)), 1e-5) << describe(c);
  }
}

// Fewer keys than queries: the first queries see no key and get zeros, as in the plain op.
TEST(DecodeAttention, QueriesThatSeeNoKeyGetZeros) {
  Generator gen(13);
  const Tensor q = randn({1, 2, 5, 32}, gen), k = randn({1, 2, 3, 32}, gen), v = randn({1, 2, 3, 32}, gen);
  const Tensor out = decode_attention(q, k, v);
  EXPECT_LE(relative_error(out, plain(q, k, v, true)), 1e-5);
  for (double x : narrow(out, 2, 0, 2).to_vector()) EXPECT_EQ(x, 0.0);
}

TEST(DecodeAttention, KeyPaddingAndValueWidth) {
  Generator gen(14);
  const std::int64_t s = 300;
  const Tensor q = randn({2, 4, 2, 32}, gen), k = randn({2, 2, s, 32}, gen), v = randn({2, 2, s, 48}, gen);
  std::vector<double> padding(2 * s, 0.0);
  for (std::int64_t j = 0; j < 40; ++j) padding[j] = 1;           // left padding of sequence 0
  for (std::int64_t j = 256; j < s - 2; ++j) padding[s + j] = 1;  // a whole split's tail of sequence 1
  const Tensor key_padding = from_vector(padding, {2, s}, DType::U8);
  DecodeAttentionOptions options;
  options.key_padding = key_padding;
  EXPECT_LE(relative_error(decode_attention(q, k, v, options), plain(q, k, v, true, key_padding)), 1e-5);
}

TEST(DecodeAttention, StridedCacheViewsEqualContiguousInputs) {
  Generator gen(15);
  KVCache cache({.layers = 1, .chunk = 64});
  const Tensor k = randn({2, 2, 100, 64}, gen), v = randn({2, 2, 100, 64}, gen);
  const KVView view = cache.append(0, k, v);  // (B, Hkv, 100, D) inside (B, Hkv, 128, D)
  ASSERT_FALSE(view.keys.is_contiguous());
  const Tensor q = randn({2, 4, 1, 64}, gen);
  EXPECT_EQ(decode_attention(q, view.keys, view.values).to_vector(), decode_attention(q, k, v).to_vector());
}

// Splits are fixed by S, not by the thread count: bitwise the same result.
TEST(DecodeAttention, IndependentOfTheThreadCount) {
  Generator gen(16);
  const Tensor q = randn({1, 8, 1, 64}, gen), k = randn({1, 2, 4096, 64}, gen), v = randn({1, 2, 4096, 64}, gen);
  const int threads = num_threads();
  set_num_threads(1);
  const std::vector<double> one = decode_attention(q, k, v).to_vector();
  for (int n : {2, 3, 7}) {
    set_num_threads(n);
    EXPECT_EQ(decode_attention(q, k, v).to_vector(), one) << n << " threads";
  }
  set_num_threads(threads);
}

TEST(DecodeAttention, Errors) {
  Generator gen(17);
  const Tensor q = randn({1, 4, 1, 32}, gen), k = randn({1, 2, 9, 32}, gen), v = randn({1, 2, 9, 32}, gen);
  expect_error(
      [&] {
        decode_attention(q, randn({1, 3, 9, 32}, gen), randn({1, 3, 9, 32}, gen));
      },
      {"H = 4", "Hkv = 3"});
  expect_error([&] { decode_attention(q, randn({1, 2, 9, 16}, gen), v); }, {"f32(1, 4, 1, 32)", "f32(1, 2, 9, 16)"});
  expect_error([&] { decode_attention(q.to(DType::F64), k, v); }, {"f32", "f64(1, 4, 1, 32)"});
  expect_error([&] { decode_attention(q, transpose(randn({1, 2, 32, 9}, gen), 2, 3), v); }, {"contiguous"});
  DecodeAttentionOptions options;
  options.key_padding = zeros({1, 8}, DType::U8);
  expect_error([&] { decode_attention(q, k, v, options); }, {"u8(1, 9)", "u8(1, 8)"});
  Tensor leaf = randn({1, 4, 1, 32}, gen);
  leaf.set_requires_grad(true);
  expect_error([&] { decode_attention(leaf, k, v); }, {"inference only", "NoGradGuard"});
  NoGradGuard no_grad;
  EXPECT_EQ(decode_attention(leaf, k, v).shape(), (Shape{1, 4, 1, 32}));
}

// --- The modules through the cache --------------------------------------------------

namespace {

// Feeds x (B, T, C) to `step` as a prompt of `prompt` positions, then one position at
// a time, and returns the outputs concatenated along T.
Tensor decode_sequence(const Tensor& x, std::int64_t prompt, const std::function<Tensor(const Tensor&)>& step) {
  std::vector<Tensor> outputs;
  std::int64_t t = 0;
  if (prompt > 0) {
    outputs.push_back(step(narrow(x, 1, 0, prompt)));
    t = prompt;
  }
  for (; t < x.size(1); ++t) outputs.push_back(step(narrow(x, 1, t, 1)));
  return concat(outputs, 1);
}

}  // namespace

TEST(CachedAttention, MultiHeadTokenByTokenEqualsOneFullPass) {
  for (std::int64_t kv_heads : {4, 2, 1}) {
    Generator gen(20 + static_cast<std::uint64_t>(kv_heads));
    nn::MultiHeadAttentionOptions o;
    o.d_in = 24, o.d_out = 64, o.heads = 4, o.kv_heads = kv_heads, o.qkv_bias = true, o.dropout = 0.1;
    nn::MultiHeadAttention mha(o, gen);
    mha.eval();
    const Tensor x = randn({2, 37, 24}, gen);
    const Tensor full = mha.forward(x);
    for (std::int64_t prompt : {0, 1, 6}) {
      KVCache cache({.layers = 1, .chunk = 8});
      const Tensor decoded =
          decode_sequence(x, prompt, [&](const Tensor& x_new) { return forward_cached(mha, x_new, cache, 0); });
      EXPECT_LE(relative_error(decoded, full), 1e-5) << "Hkv = " << kv_heads << ", prompt " << prompt;
      EXPECT_EQ(cache.length(), 37);
      EXPECT_FALSE(decoded.requires_grad());
    }
  }
}

// Two stacked layers share one cache, one layer index each.
TEST(CachedAttention, LayersOfOneCache) {
  Generator gen(30);
  nn::MultiHeadAttentionOptions o;
  o.d_in = 32, o.d_out = 32, o.heads = 4, o.kv_heads = 2;
  nn::MultiHeadAttention first(o, gen), second(o, gen);
  const Tensor x = randn({1, 20, 32}, gen);
  Tensor full;
  {
    NoGradGuard no_grad;
    full = second.forward(first.forward(x));
  }
  KVCache cache({.layers = 2, .chunk = 4});
  const Tensor decoded = decode_sequence(x, 3, [&](const Tensor& x_new) {
    return forward_cached(second, forward_cached(first, x_new, cache, 0), cache, 1);
  });
  EXPECT_LE(relative_error(decoded, full), 1e-5);
  EXPECT_EQ(cache.length(1), 20);
}

TEST(CachedAttention, CausalSelfAttentionTokenByTokenEqualsOneFullPass) {
  Generator gen(40);
  nn::CausalAttentionOptions o;
  o.d_in = 16, o.d_out = 80;
  nn::CausalAttention attention(o, gen);
  const Tensor x = randn({3, 25, 16}, gen);
  const Tensor full = attention.forward(x);
  KVCache cache;
  const Tensor decoded =
      decode_sequence(x, 4, [&](const Tensor& x_new) { return forward_cached(attention, x_new, cache, 0); });
  EXPECT_LE(relative_error(decoded, full), 1e-5);
}

TEST(CachedAttention, Errors) {
  Generator gen(50);
  nn::MultiHeadAttentionOptions o;
  o.d_in = 8, o.d_out = 8, o.heads = 2, o.context_length = 4, o.dropout = 0.2;
  nn::MultiHeadAttention mha(o, gen);
  KVCache cache;
  expect_error([&] { forward_cached(mha, randn({1, 2, 8}, gen), cache, 0); }, {"training", "eval()"});
  mha.eval();
  expect_error([&] { forward_cached(mha, randn({1, 2, 6}, gen), cache, 0); }, {"d_in = 8", "f32(1, 2, 6)"});
  forward_cached(mha, randn({1, 3, 8}, gen), cache, 0);
  expect_error([&] { forward_cached(mha, randn({1, 2, 8}, gen), cache, 0); }, {"S = 5", "context length 4"});
  o.causal = false, o.context_length = 0;
  nn::MultiHeadAttention encoder(o, gen);
  encoder.eval();
  expect_error([&] { forward_cached(encoder, randn({1, 2, 8}, gen), cache, 0); }, {"bidirectional"});
}
