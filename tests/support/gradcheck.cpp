#include "support/gradcheck.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/ops/elementwise.h"
#include "attn/ops/reduce.h"

namespace attn::testing {

Tensor randn_leaf(const Shape& shape, Generator& gen) {
  Tensor t = randn(shape, gen, DType::F64);
  t.set_requires_grad(true);
  return t;
}

std::vector<Tensor> with_parameters(std::vector<Tensor> inputs, const nn::Module& module) {
  for (const Tensor& p : module.parameters()) inputs.push_back(p);
  return inputs;
}

GradcheckResult gradcheck(const TensorFn& f, const std::vector<Tensor>& inputs, Generator& gen, double eps) {
  for (const Tensor& x : inputs)
    ATTN_CHECK(!x.defined() || x.dtype() != DType::F32, "gradcheck: inputs must be f64, got ", x.describe());

  // Analytic: backward of sum(f(x) * w).
  Tensor out = f(inputs);
  Tensor w = randn(out.shape(), gen, DType::F64);
  for (const Tensor& x : inputs)
    if (x.defined()) x.zero_grad();
  sum(mul(out, w)).backward();

  GradcheckResult result;
  NoGradGuard no_grad;
  auto loss = [&]() { return sum(mul(f(inputs), w)).item(); };
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const Tensor& x = inputs[i];
    if (!x.defined() || !x.requires_grad()) continue;
    ATTN_CHECK(x.is_contiguous(), "gradcheck: input ", i, " must be contiguous");
    Tensor analytic = x.grad().defined() ? x.grad().contiguous() : zeros_like(x);
    const double* g = analytic.data<double>();
    double* p = x.data<double>();
    for (std::int64_t j = 0; j < x.numel(); ++j) {
      const double saved = p[j];
      p[j] = saved + eps;
      const double up = loss();
      p[j] = saved - eps;
      const double down = loss();
      p[j] = saved;
      const double numeric = (up - down) / (2 * eps);
      const double abs_err = std::abs(g[j] - numeric);
      const double rel_err = abs_err / std::max(1.0, std::abs(numeric));
      result.max_abs_error = std::max(result.max_abs_error, abs_err);
      if (rel_err > result.max_rel_error || result.worst.empty()) {
        result.max_rel_error = std::max(rel_err, result.max_rel_error);
        std::ostringstream os;
        os << "input " << i << " [" << j << "]: analytic " << g[j] << ", numeric " << numeric;
        result.worst = os.str();
      }
    }
  }
  return result;
}

}  // namespace attn::testing
