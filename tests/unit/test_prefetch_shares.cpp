// The shares of memory that fused attention's tile products prefetch for the next
// work item (src/kernels/cpu/prefetch_shares.h): with enough products, every byte of
// every range is handed out, in order, each share within one range.
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "../../src/kernels/cpu/prefetch_shares.h"

using attn::kernels::PrefetchShares;
using attn::kernels::TilePrefetch;

namespace {

// Calls take() `calls` times; returns the non-empty shares.
std::vector<TilePrefetch> take_all(PrefetchShares& shares, int calls) {
  std::vector<TilePrefetch> got;
  for (int i = 0; i < calls; ++i)
    if (const TilePrefetch part = shares.take(); part.data && part.bytes > 0) got.push_back(part);
  return got;
}

}  // namespace

TEST(PrefetchShares, HandsOutEveryRangeInOrderWithinTheProducts) {
  static char a[32768], b[32768], c[1000];
  const std::vector<TilePrefetch> ranges = {{a, sizeof(a)}, {b, sizeof(b)}, {c, sizeof(c)}};
  for (const int products : {4, 5, 7, 12, 100}) {
    SCOPED_TRACE(::testing::Message() << products << " products");
    PrefetchShares shares;
    for (const TilePrefetch& r : ranges) shares.add(r.data, r.bytes);
    shares.spread(products);
    const std::vector<TilePrefetch> got = take_all(shares, products);
    // Joined in order, the shares are exactly the ranges.
    std::size_t range = 0;
    std::int64_t offset = 0;
    for (const TilePrefetch& part : got) {
      ASSERT_LT(range, ranges.size());
      ASSERT_EQ(part.data, static_cast<const char*>(ranges[range].data) + offset) << "a share out of order";
      offset += part.bytes;
      ASSERT_LE(offset, ranges[range].bytes) << "a share spans two ranges";
      if (offset == ranges[range].bytes) {
        ++range;
        offset = 0;
      }
    }
    EXPECT_EQ(range, ranges.size()) << "not every byte was handed out";
    EXPECT_EQ(shares.take().bytes, 0) << "more shares after everything";
  }
}

TEST(PrefetchShares, FewerProductsThanRangesTakeWholeRanges) {
  static char a[4096], b[100], c[2000];
  PrefetchShares shares;
  shares.add(a, sizeof(a));
  shares.add(b, sizeof(b));
  shares.add(c, sizeof(c));
  shares.spread(2);
  const std::vector<TilePrefetch> got = take_all(shares, 2);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].data, a);
  EXPECT_EQ(got[0].bytes, static_cast<std::int64_t>(sizeof(a)));
  EXPECT_EQ(got[1].data, b);
  EXPECT_EQ(got[1].bytes, static_cast<std::int64_t>(sizeof(b)));
}

TEST(PrefetchShares, ClearStartsAgainAndNothingGivesEmptyShares) {
  static char a[640];
  PrefetchShares shares;
  shares.spread(3);
  EXPECT_EQ(shares.take().bytes, 0);
  shares.add(a, sizeof(a));
  shares.spread(3);
  EXPECT_EQ(shares.take().data, a);
  shares.clear();
  EXPECT_EQ(shares.take().bytes, 0);
}
