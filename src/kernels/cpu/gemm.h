// Internal: one strided matrix product through the BLAS.
#pragma once

#include <cstdint>

namespace attn::kernels {

// A matrix operand as the BLAS sees it: row-major with leading dimension ld, or
// the transpose of such a matrix.
template <class T>
struct MatrixRef {
  const T* data;
  std::int64_t ld;
  bool transposed;
};

// c (M, N, leading dimension ldc) = alpha * a (M, K) · b (K, N) + beta * c.
void gemm(std::int64_t m, std::int64_t n, std::int64_t k, MatrixRef<float> a, MatrixRef<float> b, float* c,
          std::int64_t ldc, float alpha = 1.0f, float beta = 0.0f);
// The same product for attn::matmul, where M = 1 (one token at a time in generation)
// goes through a matrix-vector product (gemv.h's kernel when b is stored (N, K), the
// BLAS's sgemv otherwise): sgemm would pack all of b first, which for one row costs
// more than the product. The fused attention kernel's tiles keep gemm.
void gemm_rows(std::int64_t m, std::int64_t n, std::int64_t k, MatrixRef<float> a, MatrixRef<float> b, float* c,
               std::int64_t ldc);
void gemm_rows(std::int64_t m, std::int64_t n, std::int64_t k, MatrixRef<double> a, MatrixRef<double> b, double* c,
               std::int64_t ldc);  // gemm
void gemm(std::int64_t m, std::int64_t n, std::int64_t k, MatrixRef<double> a, MatrixRef<double> b, double* c,
          std::int64_t ldc, double alpha = 1.0, double beta = 0.0);

}  // namespace attn::kernels
