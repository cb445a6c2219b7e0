#include "attn/decode/kv_cache.h"

#include <algorithm>

#include "attn/error.h"

namespace attn::decode {

KVCache::KVCache(const KVCacheOptions& options) : options_(options) {
  ATTN_CHECK(options.layers > 0 && options.chunk > 0,
             "KVCache: layers L and chunk must be positive, got L = ", options.layers, ", chunk = ", options.chunk);
  layers_.resize(static_cast<std::size_t>(options.layers));
}

namespace {

void check_layer(std::int64_t layer, std::int64_t layers, const char* what) {
  ATTN_CHECK(layer >= 0 && layer < layers, "KVCache::", what, ": layer ", layer, " out of range [0, ", layers, ")");
}

// The shape (B, Hkv, capacity, width) of a buffer for positions shaped like x (B, Hkv, ., width).
Shape buffer_shape(const Tensor& x, std::int64_t capacity) {
  return {x.size(0), x.size(1), capacity, x.size(3)};
}

}  // namespace

std::int64_t KVCache::length(std::int64_t layer) const {
  check_layer(layer, layers(), "length");
  return layers_[static_cast<std::size_t>(layer)].length;
}

std::int64_t KVCache::capacity(std::int64_t layer) const {
  check_layer(layer, layers(), "capacity");
  const Layer& l = layers_[static_cast<std::size_t>(layer)];
  return l.keys.defined() ? l.keys.size(2) : 0;
}

KVView KVCache::prefix(const Layer& l) const {
  if (!l.keys.defined()) return {};
  const auto first = [&](const Tensor& buffer) {
    Shape shape = buffer.shape();
    shape[2] = l.length;
    return make_view(buffer, shape, buffer.strides(), buffer.storage_offset());
  };
  return {first(l.keys), first(l.values)};
}

// New capacity: max(needed, 2 * capacity) rounded up to a multiple of the chunk; the
// valid prefix is copied once into the new buffers.
void KVCache::grow(Layer& l, std::int64_t needed) {
  const std::int64_t old_capacity = l.keys.size(2);
  if (needed <= old_capacity) return;
  std::int64_t capacity = std::max({needed, 2 * old_capacity, reserved_});
  capacity = (capacity + options_.chunk - 1) / options_.chunk * options_.chunk;
  Tensor keys = empty(buffer_shape(l.keys, capacity), l.keys.dtype());
  Tensor values = empty(buffer_shape(l.values, capacity), l.values.dtype());
  if (l.length > 0) {
    const KVView old = prefix(l);
    copy_into(keys.narrow(2, 0, l.length), old.keys);
    copy_into(values.narrow(2, 0, l.length), old.values);
  }
  l.keys = keys;
  l.values = values;
}

KVView KVCache::append(std::int64_t layer, const Tensor& k_new, const Tensor& v_new) {
  check_layer(layer, layers(), "append");
  ATTN_CHECK(
      k_new.defined() && v_new.defined() && k_new.dim() == 4 && v_new.dim() == 4 && k_new.size(0) == v_new.size(0) &&
          k_new.size(1) == v_new.size(1) && k_new.size(2) == v_new.size(2),
      "KVCache::append: layer ", layer, ": expected k_new (B, Hkv, T_new, D) and v_new (B, Hkv, T_new, Dv), got k_new ",
      k_new.defined() ? k_new.describe() : "undefined", ", v_new ", v_new.defined() ? v_new.describe() : "undefined");
  ATTN_CHECK(k_new.dtype() == v_new.dtype() && is_floating(k_new.dtype()), "KVCache::append: layer ", layer, ": k_new ",
             k_new.describe(), " and v_new ", v_new.describe(), " must be floats of one dtype");
  Layer& l = layers_[static_cast<std::size_t>(layer)];
  const std::int64_t t_new = k_new.size(2);
  const bool shaped_like = l.keys.defined() && l.keys.dtype() == k_new.dtype() && l.keys.size(0) == k_new.size(0) &&
                           l.keys.size(1) == k_new.size(1) && l.keys.size(3) == k_new.size(3) &&
                           l.values.size(3) == v_new.size(3);
  if (!shaped_like) {
    const KVView held = prefix(l);
    ATTN_CHECK(l.length == 0, "KVCache::append: layer ", layer, " holds keys ", held.keys.describe(), " and values ",
               held.values.describe(), " (B, Hkv, S, D); cannot append k_new ", k_new.describe(), " and v_new ",
               v_new.describe(), " (B, Hkv, T_new, D): B, Hkv, D, Dv and dtype must match");
    const std::int64_t wanted = std::max({t_new, reserved_, std::int64_t{1}});
    const std::int64_t capacity = (wanted + options_.chunk - 1) / options_.chunk * options_.chunk;
    l.keys = empty(buffer_shape(k_new, capacity), k_new.dtype());
    l.values = empty(buffer_shape(v_new, capacity), v_new.dtype());
  }
  grow(l, l.length + t_new);
  // copy_into is not recorded by autograd: the cache holds detached values.
  copy_into(l.keys.narrow(2, l.length, t_new), k_new.detach());
  copy_into(l.values.narrow(2, l.length, t_new), v_new.detach());
  l.length += t_new;
  return prefix(l);
}

KVView KVCache::view(std::int64_t layer) const {
  check_layer(layer, layers(), "view");
  return prefix(layers_[static_cast<std::size_t>(layer)]);
}

void KVCache::reserve(std::int64_t positions) {
  ATTN_CHECK(positions >= 0, "KVCache::reserve: positions must be >= 0, got ", positions);
  reserved_ = std::max(reserved_, positions);
  for (Layer& l : layers_)
    if (l.keys.defined()) grow(l, positions);
}

void KVCache::crop(std::int64_t n) {
  ATTN_CHECK(n >= 0, "KVCache::crop: n must be >= 0, got ", n);
  for (Layer& l : layers_) l.length = std::min(l.length, n);
}

void KVCache::reset() {
  for (Layer& l : layers_) l.length = 0;
}

}  // namespace attn::decode
