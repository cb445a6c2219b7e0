#include "attn/ops/mask.h"

#include <array>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/ops/elementwise.h"
#include "dispatch.h"
#include "kernels/cpu/strided.h"

namespace attn {

Tensor masked_fill(const Tensor& x, const Tensor& mask, double value) {
  check_float(x, "masked_fill", "input");
  ATTN_CHECK(mask.defined() && mask.dtype() == DType::U8, "masked_fill: mask must be u8, got ", mask.describe());
  ATTN_CHECK(broadcast_shapes(x.shape(), mask.shape(), "masked_fill") == x.shape(), "masked_fill: mask ",
             mask.describe(), " does not broadcast to the shape of input ", x.describe());
  Tensor mask_full = mask.detach().expand(x.shape());  // x's shape, stride 0 where broadcast
  Tensor y = empty(x.shape(), x.dtype());
  dispatch_float(x.dtype(), "masked_fill", [&](auto tag) {
    using T = decltype(tag);
    T* py = y.data<T>();
    const T* px = x.data<T>();
    const std::uint8_t* pm = mask_full.data<std::uint8_t>();
    const T fill = static_cast<T>(value);
    kernels::for_each_row<3>(
        x.shape(), {&y.strides(), &x.strides(), &mask_full.strides()},
        [&](const std::array<std::int64_t, 3>& off, std::int64_t n, const std::array<std::int64_t, 3>& inner) {
          for (std::int64_t i = 0; i < n; ++i)
            py[off[0] + i * inner[0]] = pm[off[2] + i * inner[2]] ? fill : px[off[1] + i * inner[1]];
        });
  });
  if (needs_grad({x})) {
    record(y, "masked_fill", {x}, [mask](const Tensor& dy) { return std::vector<Tensor>{masked_fill(dy, mask, 0.0)}; });
  }
  return y;
}

}  // namespace attn
