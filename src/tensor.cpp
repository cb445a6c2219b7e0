#include "attn/tensor.h"

#include <cstring>
#include <sstream>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/ops/shape.h"
#include "dispatch.h"
#include "kernels/cpu/strided.h"

namespace attn {

std::size_t dtype_size(DType dtype) {
  switch (dtype) {
    case DType::F32:
      return 4;
    case DType::F64:
      return 8;
    case DType::I64:
      return 8;
    case DType::U8:
      return 1;
  }
  return 0;
}

const char* dtype_name(DType dtype) {
  switch (dtype) {
    case DType::F32:
      return "f32";
    case DType::F64:
      return "f64";
    case DType::I64:
      return "i64";
    case DType::U8:
      return "u8";
  }
  return "?";
}

bool is_floating(DType dtype) {
  return dtype == DType::F32 || dtype == DType::F64;
}

std::string shape_str(const Shape& shape) {
  std::ostringstream os;
  os << '(';
  for (std::size_t i = 0; i < shape.size(); ++i) os << (i ? ", " : "") << shape[i];
  os << ')';
  return os.str();
}

std::int64_t shape_numel(const Shape& shape) {
  std::int64_t n = 1;
  for (auto s : shape) n *= s;
  return n;
}

Shape contiguous_strides(const Shape& shape) {
  Shape strides(shape.size());
  std::int64_t s = 1;
  for (std::size_t i = shape.size(); i-- > 0;) {
    strides[i] = s;
    s *= shape[i];
  }
  return strides;
}

void check_float(const Tensor& x, const char* op, const char* arg) {
  ATTN_CHECK(x.defined(), op, ": ", arg, " is undefined");
  ATTN_CHECK(is_floating(x.dtype()), op, ": ", arg, " must be f32 or f64, got ", x.describe());
}

void check_same_float(const Tensor& a, const Tensor& b, const char* op) {
  check_float(a, op, "first input");
  check_float(b, op, "second input");
  ATTN_CHECK(a.dtype() == b.dtype(), op, ": dtypes differ: ", a.describe(), " and ", b.describe());
}

std::int64_t wrap_dim(std::int64_t dim, std::int64_t ndim, const char* op) {
  ATTN_CHECK(dim >= -ndim && dim < ndim, op, ": dimension ", dim, " is out of range for ", ndim, " dimensions");
  return dim < 0 ? dim + ndim : dim;
}

// --- Tensor accessors -------------------------------------------------------

const Shape& Tensor::shape() const {
  return impl_->shape;
}
const Shape& Tensor::strides() const {
  return impl_->strides;
}
std::int64_t Tensor::dim() const {
  return static_cast<std::int64_t>(impl_->shape.size());
}
std::int64_t Tensor::size(std::int64_t d) const {
  return impl_->shape[wrap_dim(d, dim(), "size")];
}
std::int64_t Tensor::numel() const {
  return shape_numel(impl_->shape);
}
DType Tensor::dtype() const {
  return impl_->dtype;
}
const std::shared_ptr<Storage>& Tensor::storage() const {
  return impl_->storage;
}
std::int64_t Tensor::storage_offset() const {
  return impl_->offset;
}

bool Tensor::is_contiguous() const {
  std::int64_t expected = 1;
  for (std::size_t i = impl_->shape.size(); i-- > 0;) {
    if (impl_->shape[i] == 1) continue;
    if (impl_->strides[i] != expected) return false;
    expected *= impl_->shape[i];
  }
  return true;
}

std::string Tensor::describe() const {
  if (!impl_) return "undefined";
  return std::string(dtype_name(dtype())) + shape_str(shape());
}

void* Tensor::raw_data() const {
  return static_cast<char*>(impl_->storage->data()) + impl_->offset * dtype_size(impl_->dtype);
}

template <class T>
constexpr DType dtype_of() {
  if constexpr (std::is_same_v<T, float>) return DType::F32;
  if constexpr (std::is_same_v<T, double>) return DType::F64;
  if constexpr (std::is_same_v<T, std::int64_t>) return DType::I64;
  if constexpr (std::is_same_v<T, std::uint8_t>) return DType::U8;
}

template <class T>
T* Tensor::data() const {
  ATTN_CHECK(impl_, "data: tensor is undefined");
  ATTN_CHECK(impl_->dtype == dtype_of<T>(), "data: tensor is ", describe(), ", asked for ", dtype_name(dtype_of<T>()));
  return static_cast<T*>(raw_data());
}
template float* Tensor::data<float>() const;
template double* Tensor::data<double>() const;
template std::int64_t* Tensor::data<std::int64_t>() const;
template std::uint8_t* Tensor::data<std::uint8_t>() const;

namespace {
template <class F>
decltype(auto) dispatch_any(DType dtype, F&& f) {
  switch (dtype) {
    case DType::F32:
      return f(float{});
    case DType::F64:
      return f(double{});
    case DType::I64:
      return f(std::int64_t{});
    case DType::U8:
      return f(std::uint8_t{});
  }
  return f(float{});
}
}  // namespace

double Tensor::item() const {
  ATTN_CHECK(defined() && numel() == 1, "item: expected a one-element tensor, got ", describe());
  return dispatch_any(dtype(), [&](auto tag) {
    using T = decltype(tag);
    return static_cast<double>(*data<T>());
  });
}

std::vector<double> Tensor::to_vector() const {
  Tensor c = contiguous().to(DType::F64);
  const double* p = c.data<double>();
  return std::vector<double>(p, p + c.numel());
}

Tensor Tensor::reshape(const Shape& s) const {
  return attn::reshape(*this, s);
}
Tensor Tensor::permute(const Shape& d) const {
  return attn::permute(*this, d);
}
Tensor Tensor::transpose(std::int64_t a, std::int64_t b) const {
  return attn::transpose(*this, a, b);
}
Tensor Tensor::narrow(std::int64_t d, std::int64_t s, std::int64_t l) const {
  return attn::narrow(*this, d, s, l);
}
Tensor Tensor::expand(const Shape& s) const {
  return attn::expand(*this, s);
}
Tensor Tensor::contiguous() const {
  return attn::contiguous(*this);
}

Tensor Tensor::clone() const {
  Tensor out = empty(shape(), dtype());
  copy_into(out, *this);
  if (needs_grad({*this})) {
    record(out, "clone", {*this}, [](const Tensor& dy) { return std::vector<Tensor>{dy}; });
  }
  return out;
}

Tensor Tensor::to(DType target) const {
  if (target == dtype()) return *this;
  Tensor out = empty(shape(), target);
  copy_into(out, *this);
  if (is_floating(target) && is_floating(dtype()) && needs_grad({*this})) {
    DType source = dtype();
    record(out, "to", {*this}, [source](const Tensor& dy) { return std::vector<Tensor>{dy.to(source)}; });
  }
  return out;
}

// --- Autograd state -----------------------------------------------------------

bool Tensor::requires_grad() const {
  return impl_ && impl_->requires_grad;
}

Tensor& Tensor::set_requires_grad(bool on) {
  ATTN_CHECK(impl_, "set_requires_grad: tensor is undefined");
  ATTN_CHECK(!on || is_floating(dtype()), "set_requires_grad: only float tensors have gradients, got ", describe());
  ATTN_CHECK(on || !impl_->grad_fn, "set_requires_grad(false): tensor is the output of ", "an op; use detach()");
  impl_->requires_grad = on;
  return *this;
}

Tensor Tensor::grad() const {
  return impl_->grad;
}
void Tensor::zero_grad() const {
  impl_->grad = Tensor();
}
void Tensor::set_grad(const Tensor& g) const {
  ATTN_CHECK(!g.defined() || g.shape() == shape(), "set_grad: gradient ", g.describe(), " does not match tensor ",
             describe());
  impl_->grad = g;
}
void Tensor::retain_grad() const {
  impl_->retains_grad = true;
}
bool Tensor::is_leaf() const {
  return !impl_->grad_fn;
}
const std::shared_ptr<Node>& Tensor::grad_fn() const {
  return impl_->grad_fn;
}

Tensor Tensor::detach() const {
  auto impl = std::make_shared<TensorImpl>();
  impl->storage = impl_->storage;
  impl->offset = impl_->offset;
  impl->shape = impl_->shape;
  impl->strides = impl_->strides;
  impl->dtype = impl_->dtype;
  return Tensor(impl);
}

void Tensor::backward() const {
  ATTN_CHECK(defined() && numel() == 1, "backward: without a gradient argument the tensor must have ",
             "one element, got ", describe());
  run_backward(*this, ones(shape(), dtype()));
}

void Tensor::backward(const Tensor& dself) const {
  run_backward(*this, dself);
}

// --- Factories ------------------------------------------------------------------

Tensor empty(const Shape& shape, DType dtype) {
  for (auto s : shape) ATTN_CHECK(s >= 0, "empty: negative size in shape ", shape_str(shape));
  auto impl = std::make_shared<TensorImpl>();
  impl->storage = std::make_shared<Storage>(static_cast<std::size_t>(shape_numel(shape)) * dtype_size(dtype));
  impl->shape = shape;
  impl->strides = contiguous_strides(shape);
  impl->dtype = dtype;
  return Tensor(impl);
}

Tensor full(const Shape& shape, double value, DType dtype) {
  Tensor t = empty(shape, dtype);
  fill_(t, value);
  return t;
}
Tensor zeros(const Shape& shape, DType dtype) {
  return full(shape, 0.0, dtype);
}
Tensor ones(const Shape& shape, DType dtype) {
  return full(shape, 1.0, dtype);
}
Tensor empty_like(const Tensor& x) {
  return empty(x.shape(), x.dtype());
}
Tensor zeros_like(const Tensor& x) {
  return zeros(x.shape(), x.dtype());
}
Tensor scalar(double value, DType dtype) {
  return full({}, value, dtype);
}

Tensor arange(std::int64_t n, DType dtype) {
  std::vector<double> v(static_cast<std::size_t>(n));
  for (std::int64_t i = 0; i < n; ++i) v[i] = static_cast<double>(i);
  return from_vector(v, {n}, dtype);
}

Tensor from_vector(const std::vector<double>& values, const Shape& shape, DType dtype) {
  ATTN_CHECK(static_cast<std::int64_t>(values.size()) == shape_numel(shape), "from_vector: ", values.size(),
             " values for shape ", shape_str(shape));
  Tensor t = empty(shape, dtype);
  dispatch_any(dtype, [&](auto tag) {
    using T = decltype(tag);
    T* p = t.data<T>();
    for (std::size_t i = 0; i < values.size(); ++i) p[i] = static_cast<T>(values[i]);
  });
  return t;
}

Tensor from_ids(const std::vector<std::int64_t>& ids, const Shape& shape) {
  ATTN_CHECK(static_cast<std::int64_t>(ids.size()) == shape_numel(shape), "from_ids: ", ids.size(), " ids for shape ",
             shape_str(shape));
  Tensor t = empty(shape, DType::I64);
  std::memcpy(t.raw_data(), ids.data(), ids.size() * sizeof(std::int64_t));
  return t;
}

Tensor make_view(const Tensor& base, const Shape& shape, const Shape& strides, std::int64_t offset) {
  auto impl = std::make_shared<TensorImpl>();
  impl->storage = base.storage();
  impl->offset = offset;
  impl->shape = shape;
  impl->strides = strides;
  impl->dtype = base.dtype();
  return Tensor(impl);
}

void copy_into(const Tensor& dst, const Tensor& src) {
  ATTN_CHECK(dst.shape() == src.shape(), "copy_into: destination ", dst.describe(), " and source ", src.describe(),
             " differ in shape");
  dispatch_any(dst.dtype(), [&](auto dtag) {
    dispatch_any(src.dtype(), [&](auto stag) {
      using D = decltype(dtag);
      using S = decltype(stag);
      D* d = static_cast<D*>(dst.raw_data());
      const S* s = static_cast<const S*>(src.raw_data());
      kernels::for_each_row<2>(dst.shape(), {&dst.strides(), &src.strides()},
                               [&](auto off, std::int64_t n, auto inner) {
                                 D* dp = d + off[0];
                                 const S* sp = s + off[1];
                                 if (inner[0] == 1 && inner[1] == 1) {
                                   for (std::int64_t i = 0; i < n; ++i) dp[i] = static_cast<D>(sp[i]);
                                 } else {
                                   for (std::int64_t i = 0; i < n; ++i)
                                     dp[i * inner[0]] = static_cast<D>(sp[i * inner[1]]);
                                 }
                               });
    });
  });
}

void fill_(const Tensor& dst, double value) {
  dispatch_any(dst.dtype(), [&](auto tag) {
    using T = decltype(tag);
    T* d = static_cast<T*>(dst.raw_data());
    const T v = static_cast<T>(value);
    kernels::for_each_row<1>(dst.shape(), {&dst.strides()}, [&](auto off, std::int64_t n, auto inner) {
      T* p = d + off[0];
      for (std::int64_t i = 0; i < n; ++i) p[i * inner[0]] = v;
    });
  });
}

}  // namespace attn
