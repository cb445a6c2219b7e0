#include "attn/train/clip.h"

#include <algorithm>
#include <cmath>
#include <type_traits>
#include <vector>

#include "attn/error.h"
#include "attn/parallel.h"
#include "dispatch.h"
#include "kernels/cpu/chunks.h"
#include "kernels/cpu/parallel_for.h"
#include "kernels/cpu/vec_math.h"

namespace attn::train {
namespace {

// Sum of squares of a contiguous float tensor: fixed blocks summed in parallel, then
// the block sums added in order, so the result does not depend on the thread count.
double sum_of_squares(const Tensor& x) {
  constexpr std::int64_t kBlock = 1 << 16;
  const std::int64_t n = x.numel();
  const std::int64_t blocks = (n + kBlock - 1) / kBlock;
  std::vector<double> partial(static_cast<std::size_t>(blocks), 0.0);
  dispatch_float(x.dtype(), "clip_grad_norm_", [&](auto tag) {
    using T = decltype(tag);
    const T* p = x.data<T>();
    kernels::parallel_for(blocks, n >= kParallelGrain, [&](std::int64_t b) {
      const std::int64_t begin = b * kBlock, end = std::min(n, begin + kBlock);
      if constexpr (std::is_same_v<T, float>) {
        partial[b] = kernels::vec::sum_of_squares(p + begin, end - begin);
      } else {
        double acc = 0.0;
        for (std::int64_t i = begin; i < end; ++i) acc += p[i] * p[i];
        partial[b] = acc;
      }
    });
  });
  double total = 0.0;
  for (double v : partial) total += v;
  return total;
}

void scale_in_place(const Tensor& x, double factor) {
  dispatch_float(x.dtype(), "clip_grad_norm_", [&](auto tag) {
    using T = decltype(tag);
    T* p = x.data<T>();
    kernels::for_chunks(x.numel(), [&](std::int64_t begin, std::int64_t len) {
      if constexpr (std::is_same_v<T, float>) {
        kernels::vec::affine(p + begin, p + begin, static_cast<float>(factor), 0.0f, len);
      } else {
        for (std::int64_t i = begin; i < begin + len; ++i) p[i] *= factor;
      }
    });
  });
}

}  // namespace

double grad_norm(const std::vector<Tensor>& params) {
  double total_sq = 0.0;
  for (const Tensor& p : params) {
    const Tensor g = p.grad();
    if (!g.defined()) continue;
    total_sq += sum_of_squares(g.contiguous());
  }
  return std::sqrt(total_sq);
}

double clip_coefficient(double total, double max_norm) {
  ATTN_CHECK(max_norm > 0.0, "clip_coefficient: max_norm must be positive, got ", max_norm);
  if (!std::isfinite(total)) return 1.0;
  return std::min(1.0, max_norm / (total + 1e-6));
}

double clip_grad_norm_(const std::vector<Tensor>& params, double max_norm) {
  ATTN_CHECK(max_norm > 0.0, "clip_grad_norm_: max_norm must be positive, got ", max_norm);
  std::vector<Tensor> grads;
  for (const Tensor& p : params) {
    const Tensor g = p.grad();
    if (!g.defined()) continue;
    // Gradients of leaves are owned by their parameter (autograd copies on first
    // arrival), so scaling them in place touches nothing else.
    ATTN_CHECK(g.is_contiguous(), "clip_grad_norm_: expected a contiguous gradient, got ", g.describe());
    grads.push_back(g);
  }
  const double total = grad_norm(params);
  const double coefficient = clip_coefficient(total, max_norm);
  if (coefficient < 1.0)
    for (const Tensor& g : grads) scale_in_place(g, coefficient);
  return total;
}

}  // namespace attn::train
