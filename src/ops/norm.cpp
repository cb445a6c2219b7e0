#include "attn/ops/norm.h"

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/ops/shape.h"
#include "dispatch.h"
#include "kernels/cpu/norm.h"

namespace attn {

namespace {
void check_param(const Tensor& p, const char* name, const Tensor& x) {
  if (!p.defined()) return;
  ATTN_CHECK(p.dtype() == x.dtype() && p.dim() == 1 && p.size(0) == x.size(-1), "layer_norm: ", name, " ", p.describe(),
             " does not match C = ", x.size(-1), " of input ", x.describe(), " (expected ", dtype_name(x.dtype()), "(",
             x.size(-1), "))");
}
}  // namespace

Tensor layer_norm(const Tensor& x_in, const Tensor& weight_in, const Tensor& bias_in, double eps) {
  check_float(x_in, "layer_norm", "input");
  ATTN_CHECK(x_in.dim() >= 1, "layer_norm: input must have a last dimension C, got ", x_in.describe());
  ATTN_CHECK(eps >= 0, "layer_norm: eps must be >= 0, got ", eps);
  check_param(weight_in, "weight", x_in);
  check_param(bias_in, "bias", x_in);
  Tensor x = contiguous(x_in);
  Tensor weight = weight_in.defined() ? contiguous(weight_in) : Tensor();
  Tensor bias = bias_in.defined() ? contiguous(bias_in) : Tensor();
  const std::int64_t C = x.size(-1);
  const std::int64_t rows = C == 0 ? 0 : x.numel() / C;

  Tensor y = empty_like(x);
  Tensor mean = empty({rows}, DType::F64);  // (rows), rows = numel / C
  Tensor rstd = empty({rows}, DType::F64);  // (rows)
  kernels::layer_norm_forward(y, mean, rstd, x, weight, bias, rows, C, eps);
  if (needs_grad({x, weight, bias})) {
    record(y, "layer_norm", {x, weight, bias}, [x, weight, bias, mean, rstd, rows, C](const Tensor& dy) {
      Tensor dx = x.requires_grad() ? empty_like(x) : Tensor();
      Tensor dweight = weight.requires_grad() ? empty_like(weight) : Tensor();
      Tensor dbias = bias.requires_grad() ? empty_like(bias) : Tensor();
      kernels::layer_norm_backward(dx, dweight, dbias, contiguous(dy), x, weight, mean, rstd, rows, C);
      return std::vector<Tensor>{dx, dweight, dbias};
    });
  }
  return y;
}

}  // namespace attn
