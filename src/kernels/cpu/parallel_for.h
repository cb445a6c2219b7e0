// Internal: the loops attn splits across its OpenMP team when they are large enough,
// and runs on the calling thread, outside OpenMP, when they are not.
//
// `#pragma omp parallel for if (false)` is not free: libgomp still opens a region for
// a team of one, and when the region before it ran the whole team, it reshapes its
// thread pool on the way in and out. On the 2-core machine of docs/benchmarks.md that
// costs about 1.4 us a loop, more than the work of the small elementwise loops that a
// one-token step of generation is made of (tens of them a layer). So the decision is
// taken here, before any OpenMP construct is reached.
#pragma once

#include <cstdint>

namespace attn::kernels {

// body(i) for i in [0, n): split statically across the team when `parallel` holds
// and there are two or more iterations, else in order on this thread.
template <class Body>
void parallel_for(std::int64_t n, bool parallel, Body&& body) {
  if (parallel && n > 1) {
#pragma omp parallel for schedule(static)
    for (std::int64_t i = 0; i < n; ++i) body(i);
  } else {
    for (std::int64_t i = 0; i < n; ++i) body(i);
  }
}

// The same with iterations handed out one at a time as threads free up, for
// iterations of uneven cost.
template <class Body>
void parallel_for_dynamic(std::int64_t n, bool parallel, Body&& body) {
  if (parallel && n > 1) {
#pragma omp parallel for schedule(dynamic, 1)
    for (std::int64_t i = 0; i < n; ++i) body(i);
  } else {
    for (std::int64_t i = 0; i < n; ++i) body(i);
  }
}

}  // namespace attn::kernels
