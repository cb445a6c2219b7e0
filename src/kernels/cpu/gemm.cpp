#include "kernels/cpu/gemm.h"

#include <cblas.h>

#include <vector>

#include "kernels/cpu/gemv.h"

namespace attn::kernels {

namespace {
CBLAS_TRANSPOSE trans(bool t) {
  return t ? CblasTrans : CblasNoTrans;
}
}  // namespace

void gemm(std::int64_t m, std::int64_t n, std::int64_t k, MatrixRef<float> a, MatrixRef<float> b, float* c,
          std::int64_t ldc, float alpha, float beta) {
  cblas_sgemm(CblasRowMajor, trans(a.transposed), trans(b.transposed), m, n, k, alpha, a.data, a.ld, b.data, b.ld, beta,
              c, ldc);
}

void gemm_rows(std::int64_t m, std::int64_t n, std::int64_t k, MatrixRef<float> a, MatrixRef<float> b, float* c,
               std::int64_t ldc) {
  const float alpha = 1.0f, beta = 0.0f;
  if (m == 1 && k > 0) {
    // One row (a token at a time in generation): a matrix-vector product. sgemm would
    // pack all of b first, which for M = 1 costs more than the product itself; a
    // matrix-vector product streams b once, at memory speed: gemv.h's kernel for
    // weights stored by rows (a linear layer's), the BLAS's sgemv for the other layout.
    //   c (1, N) = a (1, K) · b (K, N)  <=>  c = bᵀ a
    const std::int64_t inc_a = a.transposed ? a.ld : 1;  // a stored (K, 1) when transposed
    if (b.transposed) {                                  // b stored (N, K): rows of weights, gemv.h
      if (inc_a == 1) {
        gemv_rows(b.data, b.ld, a.data, c, n, k);
      } else {
        std::vector<float> row(static_cast<std::size_t>(k));
        for (std::int64_t j = 0; j < k; ++j) row[static_cast<std::size_t>(j)] = a.data[j * inc_a];
        gemv_rows(b.data, b.ld, row.data(), c, n, k);
      }
    } else {  // b stored (K, N)
      cblas_sgemv(CblasRowMajor, CblasTrans, k, n, alpha, b.data, b.ld, a.data, inc_a, beta, c, 1);
    }
    return;
  }
  gemm(m, n, k, a, b, c, ldc);
}

void gemm(std::int64_t m, std::int64_t n, std::int64_t k, MatrixRef<double> a, MatrixRef<double> b, double* c,
          std::int64_t ldc, double alpha, double beta) {
  cblas_dgemm(CblasRowMajor, trans(a.transposed), trans(b.transposed), m, n, k, alpha, a.data, a.ld, b.data, b.ld, beta,
              c, ldc);
}

void gemm_rows(std::int64_t m, std::int64_t n, std::int64_t k, MatrixRef<double> a, MatrixRef<double> b, double* c,
               std::int64_t ldc) {
  gemm(m, n, k, a, b, c, ldc);
}

}  // namespace attn::kernels
