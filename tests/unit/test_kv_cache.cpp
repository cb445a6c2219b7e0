// The key/value cache of generation (include/attn/decode/kv_cache.h): growth across
// chunk boundaries keeps every position, views taken before a growth keep their
// values, crop/reset/reserve, detached storage, and the errors.
#include <gtest/gtest.h>

#include <functional>
#include <initializer_list>
#include <string>
#include <vector>

#include "attn/decode/kv_cache.h"
#include "attn/error.h"
#include "attn/ops/shape.h"
#include "attn/random.h"
#include "support/errors.h"

using namespace attn;
using namespace attn::decode;

using attn::testing::expect_error;

namespace {

void expect_equal(const Tensor& a, const Tensor& b) {
  ASSERT_EQ(a.shape(), b.shape());
  EXPECT_EQ(a.to_vector(), b.to_vector());
}

// (B, Hkv, T, D) of fresh values.
Tensor positions(std::int64_t t, Generator& gen, std::int64_t d = 3) {
  return randn({2, 2, t, d}, gen);
}

}  // namespace

TEST(KVCache, GrowsInChunksAndKeepsEveryPosition) {
  Generator gen(1);
  KVCache cache({.layers = 1, .chunk = 4});
  EXPECT_EQ(cache.length(), 0);
  EXPECT_EQ(cache.capacity(), 0);
  std::vector<Tensor> keys, values;
  std::vector<std::int64_t> capacities;
  for (std::int64_t step = 0; step < 13; ++step) {
    keys.push_back(positions(1, gen));
    values.push_back(positions(1, gen, 5));
    const KVView view = cache.append(0, keys.back(), values.back());
    capacities.push_back(cache.capacity());
    ASSERT_EQ(cache.length(), step + 1);
    expect_equal(view.keys, concat(keys, 2));
    expect_equal(view.values, concat(values, 2));
  }
  // One chunk, then doubling: 4 4 4 4 8 8 8 8 16 ...
  EXPECT_EQ(capacities, (std::vector<std::int64_t>{4, 4, 4, 4, 8, 8, 8, 8, 16, 16, 16, 16, 16}));
}

TEST(KVCache, AppendsSpanningSeveralChunks) {
  Generator gen(2);
  KVCache cache({.layers = 2, .chunk = 4});
  std::vector<Tensor> keys, values;
  for (std::int64_t t_new : {3, 5, 9, 1, 0, 2}) {
    keys.push_back(positions(t_new, gen));
    values.push_back(positions(t_new, gen));
    const KVView view = cache.append(1, keys.back(), values.back());
    expect_equal(view.keys, concat(keys, 2));
    expect_equal(view.values, concat(values, 2));
    EXPECT_EQ(cache.capacity(1) % 4, 0);
  }
  EXPECT_EQ(cache.length(1), 20);
  // 3 -> one chunk (4); 8 -> max(8, 2*4) = 8; 17 -> max(17, 2*8) = 17, rounded up to 20.
  EXPECT_EQ(cache.capacity(1), 20);
  EXPECT_EQ(cache.length(0), 0);  // the other layer is untouched
  expect_equal(cache.view(1).keys, concat(keys, 2));
}

TEST(KVCache, ViewsTakenBeforeAGrowthKeepTheirValues) {
  Generator gen(3);
  KVCache cache({.layers = 1, .chunk = 2});
  const Tensor k0 = positions(2, gen), v0 = positions(2, gen);
  const KVView before = cache.append(0, k0, v0);  // capacity 2, full
  const std::int64_t capacity_before = cache.capacity();
  const Tensor k1 = positions(3, gen), v1 = positions(3, gen);
  const KVView after = cache.append(0, k1, v1);  // grows
  EXPECT_GT(cache.capacity(), capacity_before);
  expect_equal(before.keys, k0);
  expect_equal(before.values, v0);
  expect_equal(after.keys, concat({k0, k1}, 2));
  expect_equal(after.values, concat({v0, v1}, 2));
  // Without a growth, an append writes only past the end of earlier views.
  cache.reserve(64);
  const KVView held = cache.view(0);
  cache.append(0, positions(4, gen), positions(4, gen));
  expect_equal(held.keys, concat({k0, k1}, 2));
}

TEST(KVCache, CropKeepsThePrefixAndAppendsAfterIt) {
  Generator gen(4);
  KVCache cache({.layers = 2, .chunk = 8});
  const Tensor k = positions(10, gen), v = positions(10, gen);
  cache.append(0, k, v);
  cache.append(1, k, v);
  cache.crop(6);
  EXPECT_EQ(cache.length(0), 6);
  EXPECT_EQ(cache.length(1), 6);
  expect_equal(cache.view(0).keys, k.narrow(2, 0, 6));
  cache.crop(100);  // longer than the cache: nothing to drop
  EXPECT_EQ(cache.length(0), 6);
  const Tensor k2 = positions(2, gen), v2 = positions(2, gen);
  const KVView view = cache.append(0, k2, v2);
  expect_equal(view.keys, concat({k.narrow(2, 0, 6), k2}, 2));
  expect_equal(view.values, concat({v.narrow(2, 0, 6), v2}, 2));
  cache.crop(0);
  EXPECT_EQ(cache.length(0), 0);
  expect_error([&] { cache.crop(-1); }, {"crop", "-1"});
}

TEST(KVCache, ResetKeepsTheBuffersAndAcceptsNewShapes) {
  Generator gen(5);
  KVCache cache({.layers = 1, .chunk = 4});
  cache.append(0, positions(6, gen), positions(6, gen));
  const std::int64_t capacity = cache.capacity();
  cache.reset();
  EXPECT_EQ(cache.length(), 0);
  EXPECT_EQ(cache.capacity(), capacity);
  const Tensor k = positions(2, gen), v = positions(2, gen);
  expect_equal(cache.append(0, k, v).keys, k);
  // A new sequence of another batch size after a reset.
  cache.reset();
  const Tensor k3 = randn({3, 2, 1, 3}, gen), v3 = randn({3, 2, 1, 3}, gen);
  const KVView view = cache.append(0, k3, v3);
  expect_equal(view.keys, k3);
  expect_equal(view.values, v3);
}

TEST(KVCache, ReserveAllocatesOnceUpFront) {
  Generator gen(6);
  KVCache cache({.layers = 1, .chunk = 16});
  cache.reserve(100);
  cache.append(0, positions(1, gen), positions(1, gen));
  EXPECT_EQ(cache.capacity(), 112);
  const void* storage = cache.view(0).keys.raw_data();
  for (int i = 0; i < 99; ++i) cache.append(0, positions(1, gen), positions(1, gen));
  EXPECT_EQ(cache.view(0).keys.raw_data(), storage);
  EXPECT_EQ(cache.length(), 100);
}

TEST(KVCache, StoresDetachedCopiesOfStridedInputs) {
  Generator gen(7);
  KVCache cache({.layers = 1, .chunk = 4});
  Tensor k = randn({2, 3, 2, 4}, gen);  // (B, T, Hkv, D): transposed to (B, Hkv, T, D) below
  k.set_requires_grad(true);
  const Tensor v = randn({2, 2, 3, 4}, gen);
  const KVView view = cache.append(0, transpose(k, 1, 2), v);
  EXPECT_FALSE(view.keys.requires_grad());
  EXPECT_FALSE(view.values.requires_grad());
  expect_equal(view.keys, transpose(k, 1, 2).contiguous());
  // Overwriting the input does not reach the cache.
  fill_(v, 0.0);
  EXPECT_NE(cache.view(0).values.to_vector(), v.to_vector());
}

TEST(KVCache, DoublePrecision) {
  Generator gen(8);
  KVCache cache({.layers = 1, .chunk = 2});
  const Tensor k = randn({1, 1, 3, 2}, gen, DType::F64), v = randn({1, 1, 3, 2}, gen, DType::F64);
  const KVView view = cache.append(0, k, v);
  EXPECT_EQ(view.keys.dtype(), DType::F64);
  expect_equal(view.keys, k);
}

TEST(KVCache, ErrorsNameTheLayerAndTheShapes) {
  Generator gen(9);
  KVCache cache({.layers = 2, .chunk = 4});
  cache.append(1, positions(2, gen), positions(2, gen));
  expect_error(
      [&] {
        cache.append(1, randn({2, 2, 1, 5}, gen), randn({2, 2, 1, 3}, gen));
      },
      {"layer 1", "f32(2, 2, 2, 3)", "f32(2, 2, 1, 5)"});
  expect_error(
      [&] {
        cache.append(1, randn({2, 4, 1, 3}, gen), randn({2, 4, 1, 3}, gen));
      },
      {"layer 1", "f32(2, 4, 1, 3)"});
  expect_error(
      [&] {
        cache.append(0, randn({2, 2, 1, 3}, gen), randn({2, 2, 2, 3}, gen));
      },
      {"layer 0", "f32(2, 2, 1, 3)", "f32(2, 2, 2, 3)"});
  expect_error(
      [&] {
        cache.append(0, randn({2, 1, 3}, gen), randn({2, 1, 3}, gen));
      },
      {"layer 0", "(B, Hkv, T_new, D)"});
  expect_error([&] { cache.append(2, positions(1, gen), positions(1, gen)); }, {"layer 2", "[0, 2)"});
  expect_error([&] { cache.length(-1); }, {"layer -1"});
  expect_error([&] { KVCache({.layers = 0, .chunk = 4}); }, {"L = 0"});
}
