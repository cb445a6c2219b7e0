// `attn bench`: the read of ReadCeiling (bench_ceiling.h), in the widest vectors the
// CPU has, four accumulators deep, dispatched at run time by Highway like the kernels
// it judges: a ceiling read in 16-byte loads measured below what attn's own AVX-512
// matrix-vector kernel drew in the same runs (docs/benchmarks.md, "What is counted").
#pragma once

#include <cstddef>
#include <cstdint>

namespace attn::cli {

// The XOR of every 64-bit word of [data, data + bytes), read front to back; data
// 64-byte aligned, bytes a multiple of 64.
std::uint64_t read_checksum(const char* data, std::size_t bytes);

}  // namespace attn::cli
