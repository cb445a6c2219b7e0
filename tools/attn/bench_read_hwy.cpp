// Highway implementation of read_checksum (bench_read.h). foreach_target.h re-includes
// this file once per instruction set; the HWY_ONCE part at the end defines the
// dispatching entry point.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "bench_read_hwy.cpp"
// clang-format off
#include "hwy/foreach_target.h"  // must come before highway.h
// clang-format on

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "bench_read.h"
#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace attn::cli {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

std::uint64_t ReadChecksum(const char* data, std::size_t bytes) {
  const hn::ScalableTag<std::uint64_t> d;
  const std::size_t lanes = hn::Lanes(d);
  const std::size_t words = bytes / sizeof(std::uint64_t);
  const auto* p = reinterpret_cast<const std::uint64_t*>(data);
  auto a0 = hn::Zero(d), a1 = hn::Zero(d), a2 = hn::Zero(d), a3 = hn::Zero(d);
  std::size_t i = 0;
  for (; i + 4 * lanes <= words; i += 4 * lanes) {
    a0 = hn::Xor(a0, hn::LoadU(d, p + i));
    a1 = hn::Xor(a1, hn::LoadU(d, p + i + lanes));
    a2 = hn::Xor(a2, hn::LoadU(d, p + i + 2 * lanes));
    a3 = hn::Xor(a3, hn::LoadU(d, p + i + 3 * lanes));
  }
  for (; i + lanes <= words; i += lanes) a0 = hn::Xor(a0, hn::LoadU(d, p + i));
  HWY_ALIGN std::uint64_t out[hn::MaxLanes(d)];
  hn::Store(hn::Xor(hn::Xor(a0, a1), hn::Xor(a2, a3)), d, out);
  std::uint64_t all = 0;
  for (std::size_t l = 0; l < lanes; ++l) all ^= out[l];
  for (; i < words; ++i) all ^= p[i];
  return all;
}

}  // namespace HWY_NAMESPACE
}  // namespace attn::cli
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace attn::cli {

HWY_EXPORT(ReadChecksum);

std::uint64_t read_checksum(const char* data, std::size_t bytes) {
  return HWY_DYNAMIC_DISPATCH(ReadChecksum)(data, bytes);
}

}  // namespace attn::cli
#endif  // HWY_ONCE
