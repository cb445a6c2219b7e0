// Storage allocation with a size-bucketed cache for large blocks.
//
// A training step allocates the same activation sizes every iteration. Fresh large
// blocks come from mmap and are page-faulted in on first touch, which costs about
// as much as the arithmetic of a memory-bound op; recycling them keeps those pages
// mapped. Blocks under kMinCached go straight to the system allocator.
//
// Large blocks are rounded up to size classes, four a power of two (1, 1.25, 1.5 and
// 1.75 times 2^k, whole pages), so that a block is at most 25% larger than asked for
// and steps whose shapes vary (a translation batch's lengths) still find their sizes
// in the cache; exact sizes would fill the cache with blocks no later step asks for.
#include <cstdlib>
#include <map>
#include <mutex>
#include <new>
#include <vector>

#include "attn/tensor.h"

namespace attn {
namespace {

constexpr std::size_t kAlignment = 64;
constexpr std::size_t kMinCached = std::size_t(1) << 16;
constexpr std::size_t kPage = 4096;

std::size_t cache_limit_bytes() {
  static const std::size_t limit = [] {
    const char* env = std::getenv("ATTN_CACHE_MIB");
    std::size_t mib = env ? std::strtoull(env, nullptr, 10) : 4096;
    return mib << 20;
  }();
  return limit;
}

struct BlockCache {
  std::mutex mutex;
  std::multimap<std::size_t, void*> free_blocks;  // rounded size -> block
  std::size_t cached_bytes = 0;

  ~BlockCache() {
    for (auto& [size, block] : free_blocks) std::free(block);
  }
};

BlockCache& cache() {
  static BlockCache* c = new BlockCache();  // never destroyed: storages may outlive statics
  return *c;
}

std::size_t rounded(std::size_t nbytes) {
  if (nbytes < kMinCached) return (nbytes + kAlignment - 1) / kAlignment * kAlignment;
  std::size_t power = kMinCached;  // the largest power of two <= nbytes
  while (power <= nbytes / 2) power *= 2;
  const std::size_t quarter = power / 4;
  const std::size_t size_class = (nbytes + quarter - 1) / quarter * quarter;
  return (size_class + kPage - 1) / kPage * kPage;
}

void* allocate(std::size_t nbytes) {
  std::size_t size = rounded(nbytes);
  if (size == 0) size = kAlignment;
  if (size >= kMinCached) {
    BlockCache& c = cache();
    std::lock_guard<std::mutex> lock(c.mutex);
    // The block of this class freed last (its pages are the likeliest still in cache).
    auto it = c.free_blocks.upper_bound(size);
    if (it != c.free_blocks.begin() && (--it)->first == size) {
      void* block = it->second;
      c.free_blocks.erase(it);
      c.cached_bytes -= size;
      return block;
    }
  }
  void* block = std::aligned_alloc(kAlignment, size);
  if (!block) throw std::bad_alloc();
  return block;
}

void release(void* block, std::size_t nbytes) {
  std::size_t size = rounded(nbytes);
  if (size >= kMinCached) {
    BlockCache& c = cache();
    std::lock_guard<std::mutex> lock(c.mutex);
    if (c.cached_bytes + size <= cache_limit_bytes()) {
      c.free_blocks.emplace(size, block);
      c.cached_bytes += size;
      return;
    }
  }
  std::free(block);
}

}  // namespace

Storage::Storage(std::size_t nbytes) : data_(allocate(nbytes)), nbytes_(nbytes) {}

Storage::~Storage() {
  release(data_, nbytes_);
}

}  // namespace attn
