#include "kernels/cpu/embedding.h"

#include <omp.h>

#include <algorithm>
#include <cstring>

#include "attn/parallel.h"
#include "dispatch.h"
#include "kernels/cpu/parallel_for.h"

namespace attn::kernels {

void embedding_forward(const Tensor& out, const Tensor& weight, const Tensor& ids) {
  const std::int64_t n = ids.numel(), C = weight.size(1);
  dispatch_float(weight.dtype(), "embedding", [&](auto tag) {
    using T = decltype(tag);
    const T* pw = weight.data<T>();
    const std::int64_t* pid = ids.data<std::int64_t>();
    T* po = out.data<T>();
    parallel_for(n, n * C >= kParallelGrain && n > 1, [&](std::int64_t i) {
      std::memcpy(po + i * C, pw + pid[i] * C, static_cast<std::size_t>(C) * sizeof(T));
    });
  });
}

void embedding_backward(const Tensor& dweight, const Tensor& dout, const Tensor& ids) {
  const std::int64_t n = ids.numel(), C = dweight.size(1);
  dispatch_float(dweight.dtype(), "embedding backward", [&](auto tag) {
    using T = decltype(tag);
    const T* pdo = dout.data<T>();
    const std::int64_t* pid = ids.data<std::int64_t>();
    T* pdw = dweight.data<T>();
    constexpr std::int64_t kBlock = 64;  // columns per task: a cache line or more of each row
    const std::int64_t blocks = (C + kBlock - 1) / kBlock;
    parallel_for(blocks, n * C >= kParallelGrain && blocks > 1, [&](std::int64_t b) {
      const std::int64_t c0 = b * kBlock, c1 = std::min(C, c0 + kBlock);
      for (std::int64_t i = 0; i < n; ++i) {
        const T* src = pdo + i * C;
        T* dst = pdw + pid[i] * C;
        for (std::int64_t c = c0; c < c1; ++c) dst[c] += src[c];
      }
    });
  });
}

}  // namespace attn::kernels
