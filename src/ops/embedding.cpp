#include "attn/ops/embedding.h"

#include <string>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/ops/shape.h"
#include "dispatch.h"
#include "kernels/cpu/embedding.h"

namespace attn {

namespace {

// "(1, 3)": the multi-index of flat position `flat` in `shape`.
std::string position_str(std::int64_t flat, const Shape& shape) {
  Shape index(shape.size());
  for (std::size_t d = shape.size(); d-- > 0;) {
    index[d] = flat % shape[d];
    flat /= shape[d];
  }
  return shape_str(index);
}

// Throws naming the first id of ids (...) outside [0, V).
void check_ids(const Tensor& ids, const Tensor& weight) {
  const std::int64_t V = weight.size(0);
  const std::int64_t* p = ids.data<std::int64_t>();
  for (std::int64_t i = 0; i < ids.numel(); ++i) {
    ATTN_CHECK(p[i] >= 0 && p[i] < V, "embedding: id ", p[i], " at position ", position_str(i, ids.shape()), " of ids ",
               ids.describe(), " is outside [0, V = ", V, ") of weight ", weight.describe());
  }
}

}  // namespace

Tensor embedding(const Tensor& weight_in, const Tensor& ids_in) {
  check_float(weight_in, "embedding", "weight");
  ATTN_CHECK(weight_in.dim() == 2, "embedding: weight must be (V, C), got ", weight_in.describe());
  ATTN_CHECK(ids_in.defined() && ids_in.dtype() == DType::I64, "embedding: ids must be i64, got ", ids_in.describe());
  Tensor weight = contiguous(weight_in);
  Tensor ids = ids_in.contiguous();
  check_ids(ids, weight);

  Shape out_shape = ids.shape();  // (..., C)
  out_shape.push_back(weight.size(1));
  Tensor out = empty(out_shape, weight.dtype());
  kernels::embedding_forward(out, weight, ids);
  if (needs_grad({weight})) {
    record(out, "embedding", {weight}, [weight, ids](const Tensor& dout) {
      // Rows scatter-added into the weight's own gradient when it has one (a tied
      // output layer's product may already be there), else into zeros.
      const Tensor sink = leaf_grad_sink(weight);
      const Tensor dweight = sink.defined() ? sink : zeros(weight.shape(), weight.dtype());
      kernels::embedding_backward(dweight, contiguous(dout), ids);
      return std::vector<Tensor>{sink.defined() ? Tensor() : dweight};
    });
  }
  return out;
}

}  // namespace attn
