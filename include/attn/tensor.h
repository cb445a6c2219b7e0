// attn: tensors — shape, strides, storage, views, dtype.
//
// A Tensor is a cheap handle (a shared pointer) to a strided view of a Storage.
// Views (reshape, permute, transpose, narrow, expand) share the storage; copies
// are explicit (contiguous, clone). Float tensors (F32, F64) carry the autograd
// state; integer tensors (I64 ids, U8 masks) only ever feed ops as indices or masks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

namespace attn {

enum class DType : std::uint8_t { F32, F64, I64, U8 };

std::size_t dtype_size(DType dtype);
const char* dtype_name(DType dtype);
bool is_floating(DType dtype);

// Shapes and strides are counted in elements, outermost dimension first.
using Shape = std::vector<std::int64_t>;

std::string shape_str(const Shape& shape);  // "(2, 3, 4)"
std::int64_t shape_numel(const Shape& shape);
Shape contiguous_strides(const Shape& shape);

// Raw memory of a tensor: 64-byte aligned, recycled through a size-bucketed cache
// (see storage.cpp) so that a training step does not page-fault its activations in
// again every time.
class Storage {
 public:
  explicit Storage(std::size_t nbytes);
  ~Storage();
  Storage(const Storage&) = delete;
  Storage& operator=(const Storage&) = delete;
  void* data() const { return data_; }
  std::size_t nbytes() const { return nbytes_; }

 private:
  void* data_;
  std::size_t nbytes_;
};

struct Node;
struct TensorImpl;

class Tensor {
 public:
  Tensor() = default;
  explicit Tensor(std::shared_ptr<TensorImpl> impl) : impl_(std::move(impl)) {}

  bool defined() const { return impl_ != nullptr; }
  const Shape& shape() const;
  const Shape& strides() const;
  std::int64_t dim() const;
  std::int64_t size(std::int64_t d) const;  // negative d counts from the end
  std::int64_t numel() const;
  DType dtype() const;
  bool is_contiguous() const;
  std::string describe() const;  // "f32(2, 3)"

  // Typed pointer to the first element (storage offset applied). Checks the dtype.
  template <class T>
  T* data() const;
  void* raw_data() const;
  const std::shared_ptr<Storage>& storage() const;
  std::int64_t storage_offset() const;

  // Value of a one-element tensor.
  double item() const;
  // Copy of the elements, in logical (row-major) order, converted to double.
  std::vector<double> to_vector() const;

  // Views and copies; all are recorded by autograd (see ops/shape.h for the shapes).
  Tensor reshape(const Shape& shape) const;
  Tensor permute(const Shape& dims) const;
  Tensor transpose(std::int64_t d0, std::int64_t d1) const;
  Tensor narrow(std::int64_t dim, std::int64_t start, std::int64_t length) const;
  Tensor expand(const Shape& shape) const;
  Tensor contiguous() const;
  Tensor clone() const;
  Tensor to(DType dtype) const;

  // Autograd.
  bool requires_grad() const;
  Tensor& set_requires_grad(bool on);
  Tensor grad() const;     // undefined until a backward pass reached this tensor
  void zero_grad() const;  // forgets the gradient (the next backward starts from zero)
  void set_grad(const Tensor& grad) const;
  void retain_grad() const;  // keep the gradient of a non-leaf tensor after backward
  bool is_leaf() const;
  const std::shared_ptr<Node>& grad_fn() const;
  Tensor detach() const;  // same storage, no history
  void backward() const;  // for a one-element tensor: seeds d(self) = 1
  void backward(const Tensor& dself) const;

  TensorImpl* impl() const { return impl_.get(); }
  long use_count() const { return impl_.use_count(); }
  bool same(const Tensor& other) const { return impl_ == other.impl_; }

 private:
  std::shared_ptr<TensorImpl> impl_;
};

struct TensorImpl {
  std::shared_ptr<Storage> storage;
  std::int64_t offset = 0;  // elements
  Shape shape;
  Shape strides;
  DType dtype = DType::F32;

  bool requires_grad = false;
  bool retains_grad = false;
  Tensor grad;                    // accumulated gradient; same shape as the tensor
  std::shared_ptr<Node> grad_fn;  // the op that produced this tensor (null for leaves)
};

// Factories. Every factory allocates fresh, contiguous storage.
Tensor empty(const Shape& shape, DType dtype = DType::F32);
Tensor zeros(const Shape& shape, DType dtype = DType::F32);
Tensor ones(const Shape& shape, DType dtype = DType::F32);
Tensor full(const Shape& shape, double value, DType dtype = DType::F32);
Tensor empty_like(const Tensor& x);  // contiguous, same shape and dtype
Tensor zeros_like(const Tensor& x);
Tensor scalar(double value, DType dtype = DType::F32);
Tensor arange(std::int64_t n, DType dtype = DType::I64);
// Values given in row-major order, converted to dtype; values.size() must equal the numel.
Tensor from_vector(const std::vector<double>& values, const Shape& shape, DType dtype = DType::F32);
Tensor from_ids(const std::vector<std::int64_t>& ids, const Shape& shape);

// A view of the same storage with other shape/strides/offset (no autograd record).
Tensor make_view(const Tensor& base, const Shape& shape, const Shape& strides, std::int64_t offset);

// Copies src into dst elementwise (shapes must match, dtypes may differ); dst may be a
// strided view. Not recorded by autograd: use it on buffers, not on graph tensors.
void copy_into(const Tensor& dst, const Tensor& src);
// Fills every element of dst (which may be a view) with value. Not recorded.
void fill_(const Tensor& dst, double value);

}  // namespace attn
