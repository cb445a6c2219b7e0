#include "attn/ops/dropout.h"

#include <omp.h>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/ops/elementwise.h"
#include "attn/ops/shape.h"
#include "attn/parallel.h"
#include "dispatch.h"
#include "kernels/cpu/elementwise.h"
#include "kernels/cpu/parallel_for.h"

namespace attn {

namespace {

// mask (...) contiguous float: element i is 0 when the uniform of counter first + i is
// below p, else keep_scale. Counters, not a stream: any thread computes any element.
void fill_dropout_mask(const Tensor& mask, double p, double keep_scale, const Generator& gen, std::uint64_t first) {
  const std::int64_t n = mask.numel();
  dispatch_float(mask.dtype(), "dropout", [&](auto tag) {
    using T = decltype(tag);
    T* pm = mask.data<T>();
    const T keep = static_cast<T>(keep_scale);
    kernels::parallel_for(n, n >= kParallelGrain, [&](std::int64_t i) {
      pm[i] = gen.uniform_at(first + static_cast<std::uint64_t>(i)) < p ? T(0) : keep;
    });
  });
}

}  // namespace

Tensor dropout(const Tensor& x_in, double p, Generator& gen, bool training) {
  check_float(x_in, "dropout", "input");
  ATTN_CHECK(p >= 0.0 && p <= 1.0, "dropout: p must be in [0, 1], got ", p);
  if (!training || p == 0.0) return x_in;  // gen does not advance
  Tensor x = contiguous(x_in);
  const std::uint64_t first = gen.advance(static_cast<std::uint64_t>(x.numel()));
  // p == 1 drops everything (keep_scale = inf is then never written).
  Tensor mask = empty_like(x);  // like x: 0 or 1 / (1 - p)
  fill_dropout_mask(mask, p, 1.0 / (1.0 - p), gen, first);
  Tensor y = empty_like(x);
  kernels::binary(kernels::BinaryOp::Mul, y, x, mask);
  if (needs_grad({x})) {
    record(y, "dropout", {x}, [mask](const Tensor& dy) { return std::vector<Tensor>{mul(dy, mask)}; });
  }
  return y;
}

}  // namespace attn
