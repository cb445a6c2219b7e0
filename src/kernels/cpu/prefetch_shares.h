// Internal: memory to prefetch, handed out in shares, one per tile product.
//
// A work item of fused attention (flash_attention.cpp) lists what the thread's next
// item will read first and this one does not (its query tile, the key and value tile
// where its keys begin); each of the item's tile products takes a share and prefetches
// it while it computes (tile_product.h's TilePrefetch), so that the next item's first
// products find their operands in cache instead of waiting on memory.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "tile_product.h"  // TilePrefetch

namespace attn::kernels {

// The ranges to prefetch, in the order given, and a cursor into them.
class PrefetchShares {
 public:
  void clear() {
    ranges_.clear();
    next_ = 0;
  }
  void add(const void* data, std::int64_t bytes) { ranges_.push_back({data, bytes}); }
  // Sizes the shares so that `products` calls of take() hand out every byte: a share
  // never spans two ranges, so each range may end in a short share, one call more per
  // range. With no more products than ranges, each call takes one whole range (and
  // the ranges left over are not prefetched).
  void spread(std::int64_t products) {
    const auto n = static_cast<std::int64_t>(ranges_.size());
    std::int64_t total = 0, largest = 0;
    for (const TilePrefetch& r : ranges_) {
      total += r.bytes;
      largest = std::max(largest, r.bytes);
    }
    share_ = products > n ? (total + products - n - 1) / (products - n) : largest;
  }
  // The next share, within one range; empty once everything is handed out.
  TilePrefetch take() {
    while (next_ < ranges_.size() && ranges_[next_].bytes <= 0) ++next_;
    if (next_ == ranges_.size() || share_ <= 0) return {};
    TilePrefetch& r = ranges_[next_];
    const TilePrefetch part{r.data, std::min(share_, r.bytes)};
    r.data = static_cast<const char*>(r.data) + part.bytes;
    r.bytes -= part.bytes;
    return part;
  }

 private:
  std::vector<TilePrefetch> ranges_;
  std::size_t next_ = 0;
  std::int64_t share_ = 0;
};

}  // namespace attn::kernels
