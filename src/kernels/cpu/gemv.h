// Internal: the matrix-vector product of generation, y = W x with W stored row by row.
//
// One token at a time, a decoder's products are (1, K) · (K, N) with the weight kept
// (N, K): every weight is read once and used once, so the product runs at the speed
// memory streams W in. This kernel reads rows front to back in the widest vectors the
// CPU has (Highway's run-time dispatch: AVX-512, AVX2, SSE4 or plain code), each
// thread a few long runs of consecutive rows. Debian 12's OpenBLAS (0.3.21) runs its
// AVX2 sgemv on AVX-512 machines; this kernel streams the GPT-2 weights faster on the
// 2-core machine of docs/benchmarks.md. cblas_sgemv stays the reference the tests
// compare it with.
#pragma once

#include <cstdint>

namespace attn::kernels {

// y[i] = bias[i] + sum_j w[i * ldw + j] * x[j] for i < n, j < k (no bias term when
// bias is null); ldw >= k, x contiguous. Threads split the rows when the product is
// large enough to pay for them (and run it alone when called from inside a parallel
// region).
void gemv_rows(const float* w, std::int64_t ldw, const float* x, float* y, std::int64_t n, std::int64_t k,
               const float* bias = nullptr);

}  // namespace attn::kernels
