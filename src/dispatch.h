// Internal: calls a generic lambda with the C++ type of a float dtype.
//   dispatch_float(x.dtype(), "tanh", [&](auto tag) { using T = decltype(tag); ... });
#pragma once

#include "attn/error.h"
#include "attn/tensor.h"

namespace attn {

template <class F>
decltype(auto) dispatch_float(DType dtype, const char* op, F&& f) {
  switch (dtype) {
    case DType::F32:
      return f(float{});
    case DType::F64:
      return f(double{});
    default:
      break;
  }
  throw Error(detail::concat(op, ": expected a float tensor (f32 or f64), got ", dtype_name(dtype)));
}

// Checks that x is defined and floating; names op and the argument.
void check_float(const Tensor& x, const char* op, const char* arg);
// Checks that a and b are defined floats of the same dtype.
void check_same_float(const Tensor& a, const Tensor& b, const char* op);
// Normalises a possibly negative dimension index; throws naming op.
std::int64_t wrap_dim(std::int64_t dim, std::int64_t ndim, const char* op);

}  // namespace attn
