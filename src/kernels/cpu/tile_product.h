// Internal: the small matrix products of fused attention's tiles, in registers.
//
// A (128, 128) score tile is Q (128, 64) · Kᵀ, and every tile product of the fused
// kernel is as small: a BLAS sgemm packs both operands on each such call, and its
// kernels are those of the BLAS's build (docs/benchmarks.md, "The BLAS kernels").
// This kernel reads a and b where they lie and keeps a block of c in vector
// registers for the whole product: 6 rows x 4 vectors (24 of AVX-512's 32
// registers), 4 x 2 where there are 16, with the widest vectors the CPU has
// (Highway's run-time dispatch). The BLAS sgemm stays the reference the tests
// compare it with.
#pragma once

#include <cstdint>

namespace attn::kernels {

// The left operand (m, k): element (i, l) at data[i * row_stride + l * col_stride],
// so a row-major matrix (row_stride = ld, col_stride = 1) or the transpose of one
// (row_stride = 1, col_stride = ld).
struct TileLeft {
  const float* data;
  std::int64_t row_stride, col_stride;
};

// The right operand (k, n), row-major: element (l, j) at data[l * ld + j]. A
// transposed right operand is copied into this form first.
struct TileRight {
  const float* data;
  std::int64_t ld;
};

// Optional limits of a product row by row, in the tile's coordinates (null: none),
// so that masked parts of a tile cost nothing:
//   depth: row i of a is zero outside its columns [depth_lo[i], depth_hi[i]), so the
//     sums of c's row i skip the rest;
//   cols: only columns [col_lo[i], col_hi[i]) of c's row i are wanted; the others may
//     be left as they were or be written.
// The kernel skips whole register blocks, so it does a little of the skippable work.
struct TileBand {
  const std::int64_t* depth_lo = nullptr;
  const std::int64_t* depth_hi = nullptr;
  const std::int64_t* col_lo = nullptr;
  const std::int64_t* col_hi = nullptr;
};

// Where a product goes: c (m, n), element (i, j) at c[i * ldc + j], as
// c = alpha_i a · b + beta_i c with beta_i = row_beta[i] when row_beta is given (the
// online softmax's rescaled accumulator and its next product in one pass over c),
// else beta, and alpha_i = alpha row_alpha[i] when row_alpha is given (a row's
// normalisation, 1 / Σ, applied as the product is stored), else alpha. With beta = 0
// and no row_beta, c is not read.
struct TileOut {
  float* c;
  std::int64_t ldc;
  float alpha = 1.0f, beta = 0.0f;
  const float* row_beta = nullptr;
  const float* row_alpha = nullptr;
};

// Memory that a later product will read: the product prefetches it into the L2 cache a
// little at a time, spread over its row blocks, so that the loads overlap the
// arithmetic instead of stalling it where that product starts.
struct TilePrefetch {
  const void* data = nullptr;
  std::int64_t bytes = 0;
};

void tile_product(std::int64_t m, std::int64_t n, std::int64_t k, TileLeft a, TileRight b, TileOut out,
                  TileBand band = {}, TilePrefetch ahead = {});

// out (cols, rows), leading dimension ldo = the transpose of x (rows, cols), leading
// dimension ldx: a transposed right operand copied into the row-major form the
// products read. 8 x 8 blocks through AVX2 shuffles where the CPU has them, plain
// copies elsewhere and at the edges.
void transpose_into(const float* x, std::int64_t ldx, std::int64_t rows, std::int64_t cols, float* out,
                    std::int64_t ldo);

}  // namespace attn::kernels
