// attn decode: the key/value cache of generation (see docs/attention/kv-cache.md).
//
// A decoder-only model generating token by token would recompute the keys and values
// of every earlier position at every step; the cache keeps them instead. Per layer it
// holds
//   keys   (B, Hkv, capacity, D)     positions [0, S) valid, S = length(layer)
//   values (B, Hkv, capacity, Dv)
// and append(layer, k_new, v_new) writes the T_new new positions after the valid
// ones and returns views of the valid prefix, (B, Hkv, S, D) and (B, Hkv, S, Dv),
// ready for decode_attention (or attn::attention with a causal mask: queries are the
// last T_new positions of the keys).
//
// Growth: when S + T_new exceeds the capacity, the buffers are reallocated once to
// the larger of twice the capacity and what is needed, rounded up to a multiple of
// `chunk` positions, and the valid prefix copied over: amortised O(1) copies per
// position, no reallocation per token. reserve() sets the capacity up front.
//
// Views: a returned view keeps its storage alive, so a view taken before a growth
// still reads the values it had (the old buffers). A view is overwritten only where
// a later append writes over positions it covers, which happens after crop() or
// reset() shortened the cache.
//
// Inference only: the cache stores detached copies of the keys and values (no
// autograd history passes through it; the returned views are leaves that require no
// grad).
//
// Every layer's shapes are fixed by its first append (B, Hkv, D, Dv, dtype); later
// appends must match them, except that a layer of length 0 (new, or after reset())
// accepts new shapes and reallocates.
#pragma once

#include <cstdint>
#include <vector>

#include "attn/tensor.h"

namespace attn::decode {

struct KVCacheOptions {
  std::int64_t layers = 1;   // L
  std::int64_t chunk = 256;  // capacities are multiples of this many positions
};

// The valid prefix of one layer after an append.
struct KVView {
  Tensor keys;    // (B, Hkv, S, D)
  Tensor values;  // (B, Hkv, S, Dv)
};

class KVCache {
 public:
  explicit KVCache(const KVCacheOptions& options = {});

  std::int64_t layers() const { return static_cast<std::int64_t>(layers_.size()); }  // L
  // S of a layer: the positions it holds. length() is layer 0's, the number of
  // positions before the step when called before the first layer's append.
  std::int64_t length(std::int64_t layer = 0) const;
  std::int64_t capacity(std::int64_t layer = 0) const;  // positions allocated

  // k_new (B, Hkv, T_new, D), v_new (B, Hkv, T_new, Dv) -> the views of positions
  // [0, S + T_new). The inputs may be strided views; they are copied.
  KVView append(std::int64_t layer, const Tensor& k_new, const Tensor& v_new);
  // The valid prefix of a layer without appending (undefined tensors before the
  // layer's first append).
  KVView view(std::int64_t layer) const;

  // Makes room for `positions` positions in every layer already shaped by an append,
  // and records the wish for layers shaped later.
  void reserve(std::int64_t positions);
  // Keeps the first n positions of every layer (a layer shorter than n is left as it
  // is); 0 <= n. For rejected speculative tokens, or a rewind.
  void crop(std::int64_t n);
  // Length 0 in every layer; the buffers are kept for the next sequence.
  void reset();

 private:
  struct Layer {
    Tensor keys;    // (B, Hkv, capacity, D) or undefined
    Tensor values;  // (B, Hkv, capacity, Dv) or undefined
    std::int64_t length = 0;
  };
  void grow(Layer& layer, std::int64_t needed);
  KVView prefix(const Layer& layer) const;

  KVCacheOptions options_;
  std::vector<Layer> layers_;
  std::int64_t reserved_ = 0;
};

}  // namespace attn::decode
