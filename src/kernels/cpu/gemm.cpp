#include "kernels/cpu/gemm.h"

#include <cblas.h>

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

void gemm(std::int64_t m, std::int64_t n, std::int64_t k, MatrixRef<double> a, MatrixRef<double> b, double* c,
          std::int64_t ldc, double alpha, double beta) {
  cblas_dgemm(CblasRowMajor, trans(a.transposed), trans(b.transposed), m, n, k, alpha, a.data, a.ld, b.data, b.ld, beta,
              c, ldc);
}

}  // namespace attn::kernels
