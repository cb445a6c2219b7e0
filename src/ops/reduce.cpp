#include "attn/ops/reduce.h"

#include <algorithm>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/ops/elementwise.h"
#include "attn/ops/shape.h"
#include "dispatch.h"
#include "kernels/cpu/reduce.h"

namespace attn {

namespace {

// Sorted, de-duplicated, non-negative reduced dimensions.
std::vector<bool> reduced_mask(const Tensor& x, const Shape& dims, const char* op) {
  std::vector<bool> reduced(x.dim(), false);
  for (auto d : dims) {
    std::int64_t w = wrap_dim(d, x.dim(), op);
    ATTN_CHECK(!reduced[w], op, ": dimension ", w, " listed twice in ", shape_str(dims));
    reduced[w] = true;
  }
  return reduced;
}

// Sum over the masked dimensions, keepdim layout (reduced sizes become 1).
Tensor sum_keepdim(const Tensor& x, const std::vector<bool>& reduced) {
  const std::int64_t nd = x.dim();
  Shape kept_shape = x.shape();
  Shape kept_dims, red_dims;
  std::int64_t kept_n = 1, red_n = 1;
  for (std::int64_t d = 0; d < nd; ++d) {
    if (reduced[d]) {
      kept_shape[d] = 1;
      red_dims.push_back(d);
      red_n *= x.shape()[d];
    } else {
      kept_dims.push_back(d);
      kept_n *= x.shape()[d];
    }
  }
  Tensor out = empty(kept_shape, x.dtype());
  if (red_n == 0 || kept_n == 0) {
    fill_(out, 0.0);
    return out;
  }
  // Reduced dimensions first (leading) or last (trailing) in a contiguous tensor need
  // no data movement; anything else is permuted to (kept..., reduced...) first.
  const bool leading = x.is_contiguous() && std::all_of(red_dims.begin(), red_dims.end(), [&](auto d) {
                         return d < static_cast<std::int64_t>(red_dims.size());
                       });
  if (leading) {
    kernels::sum_columns(out, x, red_n, kept_n);
    return out;
  }
  Shape order = kept_dims;
  order.insert(order.end(), red_dims.begin(), red_dims.end());
  Tensor arranged = contiguous(permute(x.detach(), order));
  kernels::sum_rows(out, arranged, kept_n, red_n);
  return out;
}

Shape drop_reduced(const Shape& shape, const std::vector<bool>& reduced) {
  Shape out;
  for (std::size_t d = 0; d < shape.size(); ++d)
    if (!reduced[d]) out.push_back(shape[d]);
  return out;
}

}  // namespace

Tensor sum(const Tensor& x, const Shape& dims, bool keepdim) {
  check_float(x, "sum", "input");
  std::vector<bool> reduced = reduced_mask(x, dims, "sum");
  Tensor kept = sum_keepdim(x, reduced);
  Tensor out = keepdim ? kept
                       : make_view(kept, drop_reduced(kept.shape(), reduced),
                                   contiguous_strides(drop_reduced(kept.shape(), reduced)), 0);
  if (needs_grad({x})) {
    record(out, "sum", {x}, [kshape = kept.shape(), xshape = x.shape()](const Tensor& dy) {
      return std::vector<Tensor>{expand(reshape(dy, kshape), xshape)};
    });
  }
  return out;
}

Tensor mean(const Tensor& x, const Shape& dims, bool keepdim) {
  std::vector<bool> reduced = reduced_mask(x, dims, "mean");
  std::int64_t count = 1;
  for (std::int64_t d = 0; d < x.dim(); ++d)
    if (reduced[d]) count *= x.shape()[d];
  return scale(sum(x, dims, keepdim), count > 0 ? 1.0 / static_cast<double>(count) : 0.0);
}

namespace {
Shape all_dims(const Tensor& x) {
  Shape dims(x.dim());
  for (std::int64_t d = 0; d < x.dim(); ++d) dims[d] = d;
  return dims;
}
}  // namespace

Tensor sum(const Tensor& x) {
  return sum(x, all_dims(x), false);
}
Tensor mean(const Tensor& x) {
  return mean(x, all_dims(x), false);
}

Tensor sum_to(const Tensor& x, const Shape& shape) {
  if (x.shape() == shape) return x;
  const std::int64_t lead = x.dim() - static_cast<std::int64_t>(shape.size());
  ATTN_CHECK(lead >= 0, "sum_to: cannot sum ", x.describe(), " to the larger shape ", shape_str(shape));
  Shape dims;
  for (std::int64_t d = 0; d < x.dim(); ++d) {
    if (d < lead) {
      dims.push_back(d);
    } else if (shape[d - lead] != x.shape()[d]) {
      ATTN_CHECK(shape[d - lead] == 1, "sum_to: ", x.describe(), " does not broadcast from ", shape_str(shape));
      dims.push_back(d);
    }
  }
  return reshape(sum(x, dims, /*keepdim=*/true), shape);
}

}  // namespace attn
