#include "attn/ops/matmul.h"

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/ops/elementwise.h"
#include "attn/ops/reduce.h"
#include "attn/ops/shape.h"
#include "attn/parallel.h"
#include "dispatch.h"
#include "kernels/cpu/gemm.h"

namespace attn {

namespace {

// The last two dimensions of x as a BLAS operand, if its strides allow one.
bool blas_layout(const Tensor& x, std::int64_t& ld, bool& transposed) {
  const std::int64_t rows = x.size(-2), cols = x.size(-1);
  const std::int64_t rs = x.strides()[x.dim() - 2], cs = x.strides()[x.dim() - 1];
  if ((cs == 1 || cols == 1) && (rs >= std::max<std::int64_t>(cols, 1) || rows == 1)) {
    ld = std::max<std::int64_t>({rs, cols, 1});
    transposed = false;
    return true;
  }
  if ((rs == 1 || rows == 1) && (cs >= std::max<std::int64_t>(rows, 1) || cols == 1)) {
    ld = std::max<std::int64_t>({cs, rows, 1});
    transposed = true;
    return true;
  }
  return false;
}

Tensor as_blas_operand(const Tensor& x, std::int64_t& ld, bool& transposed) {
  if (blas_layout(x, ld, transposed)) return x;
  Tensor c = contiguous(x.detach());
  blas_layout(c, ld, transposed);
  return c;
}

// out (batch..., M, N) = a (batch..., M, K) · b (batch..., K, N); a and b already
// expanded to the output's batch shape (stride 0 where broadcast).
void batched_gemm(const Tensor& out, const Tensor& a_in, const Tensor& b_in) {
  std::int64_t lda, ldb;
  bool ta, tb;
  Tensor a = as_blas_operand(a_in, lda, ta);
  Tensor b = as_blas_operand(b_in, ldb, tb);
  const std::int64_t nd = out.dim();
  const std::int64_t m = out.size(-2), n = out.size(-1), k = a.size(-1);
  const std::int64_t batches = out.numel() / std::max<std::int64_t>(m * n, 1);
  if (batches == 0 || m == 0 || n == 0) return;
  if (k == 0) {
    fill_(out, 0.0);
    return;
  }
  Shape batch_shape(out.shape().begin(), out.shape().end() - 2);
  auto offset_of = [&](const Tensor& t, std::int64_t index) {
    std::int64_t off = 0;
    for (std::int64_t d = nd - 3; d >= 0; --d) {
      off += (index % batch_shape[d]) * t.strides()[d];
      index /= batch_shape[d];
    }
    return off;
  };
  dispatch_float(out.dtype(), "matmul", [&](auto tag) {
    using T = decltype(tag);
    const T* pa = a.data<T>();
    const T* pb = b.data<T>();
    T* po = out.data<T>();
    auto one = [&](std::int64_t i) {
      kernels::gemm_rows(m, n, k, kernels::MatrixRef<T>{pa + offset_of(a, i), lda, ta},
                         kernels::MatrixRef<T>{pb + offset_of(b, i), ldb, tb}, po + i * m * n, n);
    };
    // Many small products: one per thread (the BLAS then runs single-threaded inside
    // the region). Few large ones: one after another, each using every thread.
    const bool per_thread = batches >= num_threads() && m * n * k < (1 << 21) && batches * m * n * k >= kParallelGrain;
    // (The sequential loop stays outside any OpenMP construct: even an inactive
    // region makes OpenBLAS run the product on fewer threads, about 1.5x slower.)
    if (per_thread) {
#pragma omp parallel for schedule(dynamic)
      for (std::int64_t i = 0; i < batches; ++i) one(i);
    } else {
      for (std::int64_t i = 0; i < batches; ++i) one(i);
    }
  });
}

Tensor matmul_forward(const Tensor& a, const Tensor& b) {
  const std::int64_t m = a.size(-2), k = a.size(-1), n = b.size(-1);
  // A batch of a against one matrix b folds into a single (batch*M, K) product.
  if (b.dim() == 2 && a.dim() > 2 && a.is_contiguous()) {
    Shape out_shape = a.shape();
    out_shape.back() = n;
    Tensor out = empty(out_shape, a.dtype());
    const std::int64_t rows = a.numel() / k;
    batched_gemm(make_view(out, {rows, n}, {n, 1}, 0), make_view(a, {rows, k}, {k, 1}, a.storage_offset()), b);
    return out;
  }
  Shape batch = broadcast_shapes(Shape(a.shape().begin(), a.shape().end() - 2),
                                 Shape(b.shape().begin(), b.shape().end() - 2), "matmul");
  Shape a_shape = batch, b_shape = batch, out_shape = batch;
  a_shape.insert(a_shape.end(), {m, k});
  b_shape.insert(b_shape.end(), {k, n});
  out_shape.insert(out_shape.end(), {m, n});
  Tensor out = empty(out_shape, a.dtype());
  batched_gemm(out, expand(a.detach(), a_shape), expand(b.detach(), b_shape));
  return out;
}

// out (M, N), contiguous, += a (M, K) · b (K, N): the BLAS with beta = 1, for a
// gradient added straight into its buffer (leaf_grad_sink).
void add_product_(const Tensor& out, const Tensor& a_in, const Tensor& b_in) {
  std::int64_t lda, ldb;
  bool ta, tb;
  Tensor a = as_blas_operand(a_in, lda, ta);
  Tensor b = as_blas_operand(b_in, ldb, tb);
  const std::int64_t m = out.size(0), n = out.size(1), k = a.size(1);
  if (m == 0 || n == 0 || k == 0) return;
  dispatch_float(out.dtype(), "matmul", [&](auto tag) {
    using T = decltype(tag);
    kernels::gemm(m, n, k, kernels::MatrixRef<T>{a.data<T>(), lda, ta}, kernels::MatrixRef<T>{b.data<T>(), ldb, tb},
                  out.data<T>(), n, T(1), T(1));
  });
}

// The gradient of a weight w from the product `a · b` that gives it: added into w's
// own gradient when it has one (leaf_grad_sink; the result is then undefined), else a
// new tensor.
Tensor weight_grad(const Tensor& w, const Tensor& a, const Tensor& b) {
  if (const Tensor sink = leaf_grad_sink(w); sink.defined()) {
    add_product_(sink, a, b);
    return Tensor();
  }
  return matmul_forward(a, b);
}

}  // namespace

Tensor matmul(const Tensor& a, const Tensor& b) {
  check_same_float(a, b, "matmul");
  ATTN_CHECK(a.dim() >= 2 && b.dim() >= 2, "matmul: inputs need at least 2 dimensions, got ", a.describe(), " and ",
             b.describe());
  ATTN_CHECK(a.size(-1) == b.size(-2), "matmul: inner dimensions differ: ", a.describe(), " · ", b.describe(),
             " (K = ", a.size(-1), " vs ", b.size(-2), ")");
  Tensor out = matmul_forward(a, b);
  if (needs_grad({a, b})) {
    record(out, "matmul", {a, b}, [a, b](const Tensor& dy) {
      Tensor ad = a.detach(), bd = b.detach();
      Tensor da, db;
      if (a.requires_grad()) da = sum_to(matmul(dy, transpose(bd, -1, -2)), a.shape());
      if (b.requires_grad()) {
        if (b.dim() == 2 && a.dim() > 2) {  // sum over the folded batch inside one product
          const std::int64_t k = a.size(-1), n = b.size(-1);
          db = weight_grad(b, transpose(reshape(ad, {-1, k}), 0, 1), reshape(dy, {-1, n}));
        } else {
          db = sum_to(matmul(transpose(ad, -1, -2), dy), b.shape());
        }
      }
      return std::vector<Tensor>{da, db};
    });
  }
  return out;
}

Tensor linear(const Tensor& x, const Tensor& weight, const Tensor& bias) {
  ATTN_CHECK(weight.defined() && weight.dim() == 2, "linear: weight must be (Cout, Cin), got ", weight.describe());
  ATTN_CHECK(x.defined() && x.dim() >= 1 && x.size(-1) == weight.size(1), "linear: input ", x.describe(),
             " does not end in Cin = ", weight.size(1), " of weight ", weight.describe());
  ATTN_CHECK(!bias.defined() || (bias.dim() == 1 && bias.size(0) == weight.size(0)), "linear: bias ", bias.describe(),
             " does not match Cout = ", weight.size(0));
  check_same_float(x, weight, "linear");
  Tensor x2 = x.dim() == 1 ? unsqueeze(x, 0) : x;
  Tensor y = matmul_forward(x2.detach(), transpose(weight.detach(), 0, 1));  // (..., Cout)
  if (bias.defined()) add_(y, bias.detach());
  // One node for the whole map, so that dweight comes out of one product already in
  // the (Cout, Cin) layout (matmul's node would give the transpose of a (Cin, Cout)
  // product, a view the engine must copy before a leaf can own it):
  //   dx = dy · W      dW = dyᵀ · x  (rows of every batch folded)      db = Σ_rows dy
  std::vector<Tensor> inputs{x2, weight};
  if (bias.defined()) inputs.push_back(bias);
  if (needs_grad(inputs)) {
    record(y, "linear", inputs, [x2, weight, bias](const Tensor& dy) {
      const std::int64_t c_out = weight.size(0), c_in = weight.size(1);
      std::vector<Tensor> grads(bias.defined() ? 3 : 2);
      if (x2.requires_grad()) grads[0] = matmul_forward(dy.contiguous(), weight.detach());
      if (weight.requires_grad()) {
        grads[1] =
            weight_grad(weight, transpose(reshape(dy.detach(), {-1, c_out}), 0, 1), reshape(x2.detach(), {-1, c_in}));
      }
      if (bias.defined() && bias.requires_grad()) grads[2] = sum_to(dy.detach(), bias.shape());
      return grads;
    });
  }
  return x.dim() == 1 ? squeeze(y, 0) : y;
}

}  // namespace attn
