// attn: threads. attn's loops (OpenMP) and the BLAS (OpenBLAS's OpenMP build) share
// one OpenMP thread pool; a BLAS call made inside an attn parallel region runs on
// its calling thread, so the two never oversubscribe the cores.
#pragma once

#include <cstdint>

namespace attn {

// The thread count used by attn and the BLAS. Initially ATTN_NUM_THREADS if set,
// else the number of cores.
int num_threads();
void set_num_threads(int n);

// Name of the BLAS threading model in use ("openmp", "pthreads", "sequential").
const char* blas_threading();

// The BLAS's kernel set, as OpenBLAS names it ("Haswell", "SkylakeX", "Cooperlake",
// ...). OpenBLAS picks it from the CPU when it loads, unless the environment
// variable OPENBLAS_CORETYPE names one: on an AVX-512 CPU the Haswell set (AVX2)
// reaches about half the sgemm rate of the AVX-512 ones (docs/benchmarks.md).
const char* blas_core();

// Elementwise loops smaller than this run on one thread: below it, waking the team
// costs more than the work.
constexpr std::int64_t kParallelGrain = 1 << 15;

}  // namespace attn
