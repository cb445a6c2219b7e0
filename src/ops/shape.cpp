#include "attn/ops/shape.h"

#include <numeric>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/ops/reduce.h"
#include "dispatch.h"

namespace attn {

namespace {
Shape infer_shape(const Shape& requested, std::int64_t numel, const Tensor& x) {
  Shape shape = requested;
  std::int64_t known = 1;
  int inferred = -1;
  for (std::size_t i = 0; i < shape.size(); ++i) {
    if (shape[i] == -1) {
      ATTN_CHECK(inferred < 0, "reshape: more than one -1 in ", shape_str(requested));
      inferred = static_cast<int>(i);
    } else {
      ATTN_CHECK(shape[i] >= 0, "reshape: negative size in ", shape_str(requested));
      known *= shape[i];
    }
  }
  if (inferred >= 0) {
    ATTN_CHECK(known > 0 && numel % known == 0, "reshape: cannot reshape ", x.describe(), " to ", shape_str(requested));
    shape[inferred] = numel / known;
  }
  ATTN_CHECK(shape_numel(shape) == numel, "reshape: cannot reshape ", x.describe(), " (", numel, " elements) to ",
             shape_str(requested));
  return shape;
}
}  // namespace

Tensor reshape(const Tensor& x, const Shape& requested) {
  ATTN_CHECK(x.defined(), "reshape: input is undefined");
  Shape shape = infer_shape(requested, x.numel(), x);
  Tensor src = x.is_contiguous() ? x : contiguous(x);
  Tensor out = make_view(src.detach(), shape, contiguous_strides(shape), src.storage_offset());
  if (needs_grad({src})) {
    Shape in_shape = src.shape();
    record(out, "reshape", {src}, [in_shape](const Tensor& dy) { return std::vector<Tensor>{reshape(dy, in_shape)}; });
  }
  return out;
}

Tensor permute(const Tensor& x, const Shape& dims) {
  const std::int64_t nd = x.dim();
  ATTN_CHECK(static_cast<std::int64_t>(dims.size()) == nd, "permute: ", dims.size(), " dimensions given for ",
             x.describe());
  Shape shape(nd), strides(nd), inverse(nd);
  std::vector<bool> used(nd, false);
  for (std::int64_t i = 0; i < nd; ++i) {
    std::int64_t d = wrap_dim(dims[i], nd, "permute");
    ATTN_CHECK(!used[d], "permute: dimension ", d, " repeated in ", shape_str(dims));
    used[d] = true;
    shape[i] = x.shape()[d];
    strides[i] = x.strides()[d];
    inverse[d] = i;
  }
  Tensor out = make_view(x, shape, strides, x.storage_offset());
  if (needs_grad({x})) {
    record(out, "permute", {x}, [inverse](const Tensor& dy) { return std::vector<Tensor>{permute(dy, inverse)}; });
  }
  return out;
}

Tensor transpose(const Tensor& x, std::int64_t d0, std::int64_t d1) {
  Shape dims(x.dim());
  std::iota(dims.begin(), dims.end(), 0);
  std::swap(dims[wrap_dim(d0, x.dim(), "transpose")], dims[wrap_dim(d1, x.dim(), "transpose")]);
  return permute(x, dims);
}

Tensor narrow(const Tensor& x, std::int64_t dim, std::int64_t start, std::int64_t length) {
  const std::int64_t d = wrap_dim(dim, x.dim(), "narrow");
  ATTN_CHECK(start >= 0 && length >= 0 && start + length <= x.shape()[d], "narrow: range [", start, ", ",
             start + length, ") out of bounds for dimension ", d, " of ", x.describe());
  Shape shape = x.shape();
  shape[d] = length;
  Tensor out = make_view(x, shape, x.strides(), x.storage_offset() + start * x.strides()[d]);
  if (needs_grad({x})) {
    Shape in_shape = x.shape();
    record(out, "narrow", {x}, [in_shape, d, start, length](const Tensor& dy) {
      Tensor dx = zeros(in_shape, dy.dtype());
      copy_into(narrow(dx, d, start, length), dy);
      return std::vector<Tensor>{dx};
    });
    out.grad_fn()->slice = NarrowSlice{d, start};  // the engine adds dy into the slice directly
  }
  return out;
}

Tensor expand(const Tensor& x, const Shape& shape) {
  const std::int64_t nd = static_cast<std::int64_t>(shape.size());
  ATTN_CHECK(nd >= x.dim(), "expand: cannot expand ", x.describe(), " to fewer dimensions ", shape_str(shape));
  Shape strides(nd, 0);
  for (std::int64_t i = 0; i < nd; ++i) {
    std::int64_t j = i - (nd - x.dim());
    if (j < 0) continue;
    if (x.shape()[j] == shape[i]) {
      strides[i] = x.strides()[j];
    } else {
      ATTN_CHECK(x.shape()[j] == 1, "expand: cannot expand ", x.describe(), " to ", shape_str(shape), " (dimension ", j,
                 " is neither 1 nor ", shape[i], ")");
    }
  }
  Tensor out = make_view(x, shape, strides, x.storage_offset());
  if (needs_grad({x})) {
    Shape in_shape = x.shape();
    record(out, "expand", {x}, [in_shape](const Tensor& dy) { return std::vector<Tensor>{sum_to(dy, in_shape)}; });
  }
  return out;
}

Tensor unsqueeze(const Tensor& x, std::int64_t dim) {
  const std::int64_t d = wrap_dim(dim, x.dim() + 1, "unsqueeze");
  Shape shape = x.shape();
  shape.insert(shape.begin() + d, 1);
  return reshape(x, shape);
}

Tensor squeeze(const Tensor& x, std::int64_t dim) {
  const std::int64_t d = wrap_dim(dim, x.dim(), "squeeze");
  ATTN_CHECK(x.shape()[d] == 1, "squeeze: dimension ", d, " of ", x.describe(), " is not 1");
  Shape shape = x.shape();
  shape.erase(shape.begin() + d);
  return reshape(x, shape);
}

Tensor contiguous(const Tensor& x) {
  ATTN_CHECK(x.defined(), "contiguous: input is undefined");
  if (x.is_contiguous()) return x;
  Tensor out = empty_like(x);
  copy_into(out, x);
  if (needs_grad({x})) {
    record(out, "contiguous", {x}, [](const Tensor& dy) { return std::vector<Tensor>{dy}; });
  }
  return out;
}

Tensor concat(const std::vector<Tensor>& xs, std::int64_t dim) {
  ATTN_CHECK(!xs.empty(), "concat: no tensors given");
  const Tensor& first = xs.front();
  const std::int64_t d = wrap_dim(dim, first.dim(), "concat");
  Shape shape = first.shape();
  shape[d] = 0;
  for (const Tensor& x : xs) {
    bool ok = x.dim() == first.dim() && x.dtype() == first.dtype();
    for (std::int64_t i = 0; ok && i < first.dim(); ++i) ok = i == d || x.shape()[i] == first.shape()[i];
    ATTN_CHECK(ok, "concat along ", d, ": ", x.describe(), " does not fit ", first.describe());
    shape[d] += x.shape()[d];
  }
  Tensor out = empty(shape, first.dtype());
  std::vector<std::int64_t> sizes;
  std::int64_t start = 0;
  for (const Tensor& x : xs) {
    copy_into(narrow(out.detach(), d, start, x.shape()[d]), x);
    start += x.shape()[d];
    sizes.push_back(x.shape()[d]);
  }
  if (needs_grad(xs)) {
    record(out, "concat", xs, [sizes, d](const Tensor& dy) { return split(dy, sizes, d); });
  }
  return out;
}

std::vector<Tensor> split(const Tensor& x, const std::vector<std::int64_t>& sizes, std::int64_t dim) {
  const std::int64_t d = wrap_dim(dim, x.dim(), "split");
  std::int64_t total = std::accumulate(sizes.begin(), sizes.end(), std::int64_t{0});
  ATTN_CHECK(total == x.shape()[d], "split: sizes sum to ", total, " but dimension ", d, " of ", x.describe(), " is ",
             x.shape()[d]);
  std::vector<Tensor> pieces;
  std::int64_t start = 0;
  for (std::int64_t s : sizes) {
    pieces.push_back(narrow(x, d, start, s));
    start += s;
  }
  return pieces;
}

std::vector<Tensor> chunk(const Tensor& x, std::int64_t n, std::int64_t dim) {
  const std::int64_t d = wrap_dim(dim, x.dim(), "chunk");
  ATTN_CHECK(n > 0 && x.shape()[d] % n == 0, "chunk: dimension ", d, " of ", x.describe(), " does not split into ", n,
             " equal pieces");
  return split(x, std::vector<std::int64_t>(n, x.shape()[d] / n), d);
}

}  // namespace attn
