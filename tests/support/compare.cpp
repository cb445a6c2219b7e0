#include "support/compare.h"

#include <cmath>
#include <limits>
#include <vector>

namespace attn::testing {

double relative_error(const Tensor& a, const Tensor& b) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  if (a.shape() != b.shape()) return kInf;
  const std::vector<double> x = a.to_vector(), y = b.to_vector();
  double diff2 = 0, norm2 = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (!std::isfinite(y[i])) {
      const bool same = std::isnan(y[i]) ? std::isnan(x[i]) : x[i] == y[i];
      if (!same) return kInf;
      continue;
    }
    diff2 += (x[i] - y[i]) * (x[i] - y[i]);  // a NaN or inf in x makes it non-finite: a failure
    norm2 += y[i] * y[i];
  }
  if (!std::isfinite(diff2)) return kInf;
  return norm2 > 0 ? std::sqrt(diff2 / norm2) : std::sqrt(diff2);
}

}  // namespace attn::testing
