#include "kernels/cpu/norm.h"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "attn/parallel.h"
#include "dispatch.h"
#include "kernels/cpu/parallel_for.h"

namespace attn::kernels {

namespace {
// Optional operands and outputs are undefined tensors; their loops test for null.
template <class T>
T* data_or_null(const Tensor& t) {
  return t.defined() ? t.data<T>() : nullptr;
}
}  // namespace

void layer_norm_forward(const Tensor& y, const Tensor& mean, const Tensor& rstd, const Tensor& x, const Tensor& weight,
                        const Tensor& bias, std::int64_t rows, std::int64_t C, double eps) {
  dispatch_float(x.dtype(), "layer_norm", [&](auto tag) {
    using T = decltype(tag);
    const T* px = x.data<T>();
    const T* pw = data_or_null<T>(weight);
    const T* pb = data_or_null<T>(bias);
    T* py = y.data<T>();
    double* pmean = mean.data<double>();
    double* prstd = rstd.data<double>();
    parallel_for(rows, rows * C >= kParallelGrain && rows > 1,
                 [&](std::int64_t r) { layer_norm_row(py + r * C, px + r * C, pw, pb, C, eps, pmean[r], prstd[r]); });
  });
}

void layer_norm_backward(const Tensor& dx, const Tensor& dweight, const Tensor& dbias, const Tensor& dy,
                         const Tensor& x, const Tensor& weight, const Tensor& mean, const Tensor& rstd,
                         std::int64_t rows, std::int64_t C) {
  dispatch_float(x.dtype(), "layer_norm backward", [&](auto tag) {
    using T = decltype(tag);
    const T* px = x.data<T>();
    const T* pdy = dy.data<T>();
    const T* pw = data_or_null<T>(weight);
    const double* pmean = mean.data<double>();
    const double* prstd = rstd.data<double>();
    T* pdx = data_or_null<T>(dx);
    T* pdw = data_or_null<T>(dweight);
    T* pdb = data_or_null<T>(dbias);
    const bool want_params = pdw || pdb;

    // At most kMaxBlocks blocks of rows, sized by `rows` alone: each block sums its
    // rows' contributions to dweight and dbias into its own (C) partials.
    constexpr std::int64_t kMaxBlocks = 64;
    const std::int64_t block_rows = std::max<std::int64_t>(1, (rows + kMaxBlocks - 1) / kMaxBlocks);
    const std::int64_t blocks = rows == 0 ? 0 : (rows + block_rows - 1) / block_rows;
    std::vector<double> partial_dw(want_params ? blocks * C : 0), partial_db(want_params ? blocks * C : 0);

    parallel_for(blocks, rows * C >= kParallelGrain && blocks > 1, [&](std::int64_t b) {
      double* bdw = want_params ? partial_dw.data() + b * C : nullptr;
      double* bdb = want_params ? partial_db.data() + b * C : nullptr;
      const std::int64_t r1 = std::min(rows, (b + 1) * block_rows);
      for (std::int64_t r = b * block_rows; r < r1; ++r) {
        const T* xr = px + r * C;
        const T* dyr = pdy + r * C;
        const double mu = pmean[r], rs = prstd[r];
        if (want_params) {
          for (std::int64_t c = 0; c < C; ++c) {
            bdw[c] += static_cast<double>(dyr[c]) * ((xr[c] - mu) * rs);
            bdb[c] += dyr[c];
          }
        }
        if (!pdx) continue;
        double g_sum = 0.0, gx_sum = 0.0;
        for (std::int64_t c = 0; c < C; ++c) {
          const double g = pw ? static_cast<double>(dyr[c]) * pw[c] : static_cast<double>(dyr[c]);
          g_sum += g;
          gx_sum += g * ((xr[c] - mu) * rs);
        }
        const double g_mean = g_sum / static_cast<double>(C), gx_mean = gx_sum / static_cast<double>(C);
        T* dxr = pdx + r * C;
        for (std::int64_t c = 0; c < C; ++c) {
          const double g = pw ? static_cast<double>(dyr[c]) * pw[c] : static_cast<double>(dyr[c]);
          dxr[c] = static_cast<T>(rs * (g - g_mean - (xr[c] - mu) * rs * gx_mean));
        }
      }
    });

    if (!want_params) return;
    parallel_for(C, blocks * C >= kParallelGrain, [&](std::int64_t c) {
      double sw = 0.0, sb = 0.0;
      for (std::int64_t b = 0; b < blocks; ++b) {
        sw += partial_dw[b * C + c];
        sb += partial_db[b * C + c];
      }
      if (pdw) pdw[c] = static_cast<T>(sw);
      if (pdb) pdb[c] = static_cast<T>(sb);
    });
  });
}

}  // namespace attn::kernels
