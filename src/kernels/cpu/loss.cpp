#include "kernels/cpu/loss.h"

#include <omp.h>

#include <cmath>
#include <type_traits>
#include <vector>

#include "attn/parallel.h"
#include "dispatch.h"
#include "kernels/cpu/parallel_for.h"
#include "kernels/cpu/softmax.h"
#include "kernels/cpu/vec_math.h"

namespace attn::kernels {

void cross_entropy_forward(const Tensor& row_loss, const Tensor& logsumexp, const Tensor& logits, const Tensor& targets,
                           std::int64_t ignore_index, double label_smoothing) {
  const std::int64_t N = logits.size(0), V = logits.size(1);
  dispatch_float(logits.dtype(), "cross_entropy", [&](auto tag) {
    using T = decltype(tag);
    const T* px = logits.data<T>();
    const std::int64_t* pt = targets.data<std::int64_t>();
    double* ploss = row_loss.data<double>();
    double* plse = logsumexp.data<double>();
    parallel_for(N, N * V >= kParallelGrain && N > 1, [&](std::int64_t n) {
      const T* xr = px + n * V;
      double lse = 0.0;
      if constexpr (std::is_same_v<T, float>) {  // vectorised: e^(x - max) into a scratch row
        thread_local std::vector<float> scratch;
        scratch.resize(static_cast<std::size_t>(V));
        const float m = vec::max(xr, V);
        lse = static_cast<double>(m) + std::log(vec::exp_shifted_sum(scratch.data(), xr, m, V));
      } else {
        lse = row_logsumexp(xr, V);
      }
      plse[n] = lse;
      if (pt[n] == ignore_index) {
        ploss[n] = 0.0;
        return;
      }
      double loss = -(1.0 - label_smoothing) * (xr[pt[n]] - lse);
      // Only with smoothing: a -inf logit (a masked class) would make 0 * inf = NaN.
      if (label_smoothing > 0) {
        double logit_sum = 0.0;
        if constexpr (std::is_same_v<T, float>) {
          logit_sum = vec::sum(xr, V);
        } else {
          for (std::int64_t v = 0; v < V; ++v) logit_sum += xr[v];
        }
        const double logp_sum = logit_sum - static_cast<double>(V) * lse;
        loss -= label_smoothing / static_cast<double>(V) * logp_sum;
      }
      ploss[n] = loss;
    });
  });
}

void cross_entropy_backward(const Tensor& dlogits, const Tensor& dloss, double scale, const Tensor& logits,
                            const Tensor& targets, const Tensor& logsumexp, std::int64_t ignore_index,
                            double label_smoothing) {
  const std::int64_t N = logits.size(0), V = logits.size(1);
  const bool per_row = dloss.dim() == 1;
  dispatch_float(logits.dtype(), "cross_entropy backward", [&](auto tag) {
    using T = decltype(tag);
    const T* px = logits.data<T>();
    const T* pdloss = dloss.data<T>();
    const std::int64_t* pt = targets.data<std::int64_t>();
    const double* plse = logsumexp.data<double>();
    T* pdx = dlogits.data<T>();
    const double uniform = label_smoothing / static_cast<double>(V);
    parallel_for(N, N * V >= kParallelGrain && N > 1, [&](std::int64_t n) {
      const T* xr = px + n * V;
      T* dxr = pdx + n * V;
      if (pt[n] == ignore_index) {
        for (std::int64_t v = 0; v < V; ++v) dxr[v] = T(0);
        return;
      }
      const double g = scale * static_cast<double>(per_row ? pdloss[n] : pdloss[0]);
      const double lse = plse[n];
      if constexpr (std::is_same_v<T, float>) {  // vectorised: (e^(x - lse) - uniform) g, then the target
        vec::affine(dxr, xr, 1.0f, static_cast<float>(-lse), V);
        vec::exp(dxr, dxr, V);
        vec::affine(dxr, dxr, static_cast<float>(g), static_cast<float>(-uniform * g), V);
        dxr[pt[n]] = static_cast<float>((std::exp(xr[pt[n]] - lse) - (1.0 - label_smoothing + uniform)) * g);
      } else {
        for (std::int64_t v = 0; v < V; ++v) {
          const double q = v == pt[n] ? 1.0 - label_smoothing + uniform : uniform;
          dxr[v] = static_cast<T>((std::exp(xr[v] - lse) - q) * g);
        }
      }
    });
  });
}

}  // namespace attn::kernels
