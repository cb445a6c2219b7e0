#include "attn/train/clip.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "attn/error.h"
#include "attn/parallel.h"
#include "dispatch.h"

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
#pragma omp parallel for schedule(static) if (n >= kParallelGrain)
    for (std::int64_t b = 0; b < blocks; ++b) {
      double acc = 0.0;
      const std::int64_t end = std::min(n, (b + 1) * kBlock);
      for (std::int64_t i = b * kBlock; i < end; ++i) acc += static_cast<double>(p[i]) * static_cast<double>(p[i]);
      partial[b] = acc;
    }
  });
  double total = 0.0;
  for (double v : partial) total += v;
  return total;
}

void scale_in_place(const Tensor& x, double factor) {
  const std::int64_t n = x.numel();
  dispatch_float(x.dtype(), "clip_grad_norm_", [&](auto tag) {
    using T = decltype(tag);
    T* p = x.data<T>();
#pragma omp parallel for schedule(static) if (n >= kParallelGrain)
    for (std::int64_t i = 0; i < n; ++i) p[i] = static_cast<T>(static_cast<double>(p[i]) * factor);
  });
}

}  // namespace

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
  double total_sq = 0.0;
  for (const Tensor& g : grads) total_sq += sum_of_squares(g);
  const double total = std::sqrt(total_sq);
  if (!std::isfinite(total)) return total;
  const double coefficient = max_norm / (total + 1e-6);
  if (coefficient < 1.0)
    for (const Tensor& g : grads) scale_in_place(g, coefficient);
  return total;
}

}  // namespace attn::train
