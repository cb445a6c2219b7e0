#include "attn/ops/softmax.h"

#include "attn/autograd.h"
#include "attn/ops/shape.h"
#include "dispatch.h"
#include "kernels/cpu/softmax.h"

namespace attn {

namespace {

using RowKernel = void (*)(const Tensor&, const Tensor&, std::int64_t, std::int64_t);
using RowBackwardKernel = void (*)(const Tensor&, const Tensor&, const Tensor&, std::int64_t, std::int64_t);

// Runs a row kernel over x (..., n) viewed as (rows, n) and records the backward,
// which needs only the output y (..., n). A 0-d x is one row of one element.
Tensor over_last_dim(const char* op, const Tensor& x_in, RowKernel forward, RowBackwardKernel backward) {
  check_float(x_in, op, "input");
  Tensor x = contiguous(x_in);
  const std::int64_t n = x.dim() == 0 ? 1 : x.size(-1);
  const std::int64_t rows = n == 0 ? 0 : x.numel() / n;
  Tensor y = empty_like(x);
  forward(y, x, rows, n);
  if (needs_grad({x})) {
    record(y, op, {x}, [saved_y = y.detach(), rows, n, backward](const Tensor& dy) {
      Tensor dx = empty_like(saved_y);
      backward(dx, contiguous(dy), saved_y, rows, n);
      return std::vector<Tensor>{dx};
    });
  }
  return y;
}

}  // namespace

Tensor softmax(const Tensor& x) {
  return over_last_dim("softmax", x, kernels::softmax_forward, kernels::softmax_backward);
}

Tensor log_softmax(const Tensor& x) {
  return over_last_dim("log_softmax", x, kernels::log_softmax_forward, kernels::log_softmax_backward);
}

}  // namespace attn
