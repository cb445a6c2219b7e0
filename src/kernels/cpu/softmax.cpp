#include "kernels/cpu/softmax.h"

#include <omp.h>

#include "attn/parallel.h"
#include "dispatch.h"
#include "kernels/cpu/parallel_for.h"

namespace attn::kernels {

void softmax_forward(const Tensor& y, const Tensor& x, std::int64_t rows, std::int64_t n) {
  dispatch_float(x.dtype(), "softmax", [&](auto tag) {
    using T = decltype(tag);
    const T* px = x.data<T>();
    T* py = y.data<T>();
    parallel_for(rows, rows * n >= kParallelGrain && rows > 1, [&](std::int64_t r) {
      const T* xr = px + r * n;
      T* yr = py + r * n;
      const double m = row_max(xr, n);
      double sum = 0.0;
      for (std::int64_t i = 0; i < n; ++i) {
        yr[i] = exp_shifted(xr[i], m);
        sum += yr[i];
      }
      const double inv = 1.0 / sum;
      for (std::int64_t i = 0; i < n; ++i) yr[i] = static_cast<T>(yr[i] * inv);
    });
  });
}

void softmax_backward(const Tensor& dx, const Tensor& dy, const Tensor& y, std::int64_t rows, std::int64_t n) {
  dispatch_float(y.dtype(), "softmax backward", [&](auto tag) {
    using T = decltype(tag);
    const T* pdy = dy.data<T>();
    const T* py = y.data<T>();
    T* pdx = dx.data<T>();
    parallel_for(rows, rows * n >= kParallelGrain && rows > 1, [&](std::int64_t r) {
      const T* dyr = pdy + r * n;
      const T* yr = py + r * n;
      T* dxr = pdx + r * n;
      double dot = 0.0;
      for (std::int64_t i = 0; i < n; ++i) dot += static_cast<double>(yr[i]) * dyr[i];
      for (std::int64_t i = 0; i < n; ++i) dxr[i] = static_cast<T>(yr[i] * (dyr[i] - dot));
    });
  });
}

void log_softmax_forward(const Tensor& y, const Tensor& x, std::int64_t rows, std::int64_t n) {
  dispatch_float(x.dtype(), "log_softmax", [&](auto tag) {
    using T = decltype(tag);
    const T* px = x.data<T>();
    T* py = y.data<T>();
    parallel_for(rows, rows * n >= kParallelGrain && rows > 1, [&](std::int64_t r) {
      const T* xr = px + r * n;
      T* yr = py + r * n;
      const double lse = row_logsumexp(xr, n);
      for (std::int64_t i = 0; i < n; ++i) yr[i] = static_cast<T>(xr[i] - lse);
    });
  });
}

void log_softmax_backward(const Tensor& dx, const Tensor& dy, const Tensor& y, std::int64_t rows, std::int64_t n) {
  dispatch_float(y.dtype(), "log_softmax backward", [&](auto tag) {
    using T = decltype(tag);
    const T* pdy = dy.data<T>();
    const T* py = y.data<T>();
    T* pdx = dx.data<T>();
    parallel_for(rows, rows * n >= kParallelGrain && rows > 1, [&](std::int64_t r) {
      const T* dyr = pdy + r * n;
      const T* yr = py + r * n;
      T* dxr = pdx + r * n;
      double dy_sum = 0.0;
      for (std::int64_t i = 0; i < n; ++i) dy_sum += dyr[i];
      for (std::int64_t i = 0; i < n; ++i)
        dxr[i] = static_cast<T>(dyr[i] - std::exp(static_cast<double>(yr[i])) * dy_sum);
    });
  });
}

}  // namespace attn::kernels
