// Internal: a long contiguous array cut into chunks for the OpenMP team, for the
// single-threaded vector kernels (vec_math.h, adam.h) that callers split across
// threads.
#pragma once

#include <algorithm>
#include <cstdint>

#include "attn/parallel.h"
#include "kernels/cpu/parallel_for.h"

namespace attn::kernels {

// Runs f(begin, length) over [0, n) in chunks of kParallelGrain, the chunks split
// across the threads (each thread one contiguous stretch).
template <class F>
void for_chunks(std::int64_t n, F f) {
  const std::int64_t chunks = (n + kParallelGrain - 1) / kParallelGrain;
  parallel_for(chunks, chunks > 1, [&](std::int64_t c) {
    const std::int64_t begin = c * kParallelGrain;
    f(begin, std::min(kParallelGrain, n - begin));
  });
}

}  // namespace attn::kernels
