// Highway implementation of tile_product (tile_product.h). foreach_target.h
// re-includes this file once per instruction set; the HWY_ONCE part at the end
// defines the dispatching entry point.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "kernels/cpu/tile_product_hwy.cpp"
// clang-format off
#include "hwy/foreach_target.h"  // must come before highway.h
// clang-format on

#include <cstdint>

#include "hwy/highway.h"
#include "kernels/cpu/tile_product.h"

HWY_BEFORE_NAMESPACE();
namespace attn::kernels {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

using Df = hn::ScalableTag<float>;
using Vf = hn::Vec<Df>;

// The register block: kRows rows of c by kVectors vectors of columns. AVX-512 has 32
// vector registers: 24 accumulators, 4 of b and a broadcast of a. The others have 16.
#if HWY_TARGET <= HWY_AVX3
constexpr int kRows = 6, kVectors = 4;
#else
constexpr int kRows = 4, kVectors = 2;
#endif

// c[0, R) x [0, V vectors) = alpha a · b + beta c over k, the block in registers.
template <int R, int V>
HWY_INLINE void block(std::int64_t k, TileLeft a, TileRight b, float* HWY_RESTRICT c, std::int64_t ldc, float alpha,
                      float beta) {
  const Df d;
  const std::int64_t lanes = static_cast<std::int64_t>(hn::Lanes(d));
  Vf acc[R][V];
  for (int r = 0; r < R; ++r)
    for (int v = 0; v < V; ++v) acc[r][v] = hn::Zero(d);
  const float* HWY_RESTRICT bp = b.data;
  const float* HWY_RESTRICT ap = a.data;
  for (std::int64_t l = 0; l < k; ++l, bp += b.ld, ap += a.col_stride) {
    Vf bv[V];
    for (int v = 0; v < V; ++v) bv[v] = hn::LoadU(d, bp + v * lanes);
    for (int r = 0; r < R; ++r) {
      const Vf av = hn::Set(d, ap[r * a.row_stride]);
      for (int v = 0; v < V; ++v) acc[r][v] = hn::MulAdd(av, bv[v], acc[r][v]);
    }
  }
  const Vf va = hn::Set(d, alpha), vb = hn::Set(d, beta);
  for (int r = 0; r < R; ++r)
    for (int v = 0; v < V; ++v) {
      float* out = c + r * ldc + v * lanes;
      const Vf x = hn::Mul(acc[r][v], va);
      hn::StoreU(beta == 0.0f ? x : hn::MulAdd(hn::LoadU(d, out), vb, x), d, out);
    }
}

// Rows [0, R) against columns [0, n), n a multiple of the lanes: full blocks of
// kVectors vectors, then one narrower block.
template <int R>
HWY_INLINE void row_block(std::int64_t n_vectors, std::int64_t k, TileLeft a, TileRight b, float* c, std::int64_t ldc,
                          float alpha, float beta) {
  const std::int64_t lanes = static_cast<std::int64_t>(hn::Lanes(Df()));
  std::int64_t v0 = 0;
  for (; v0 + kVectors <= n_vectors; v0 += kVectors)
    block<R, kVectors>(k, a, {b.data + v0 * lanes, b.ld}, c + v0 * lanes, ldc, alpha, beta);
  const TileRight rest{b.data + v0 * lanes, b.ld};
  float* c_rest = c + v0 * lanes;
  switch (n_vectors - v0) {
    case 1:
      block<R, 1>(k, a, rest, c_rest, ldc, alpha, beta);
      break;
    case 2:
      if constexpr (kVectors > 2) block<R, 2>(k, a, rest, c_rest, ldc, alpha, beta);
      break;
    case 3:
      if constexpr (kVectors > 3) block<R, 3>(k, a, rest, c_rest, ldc, alpha, beta);
      break;
    default:
      break;
  }
}

template <int R>
HWY_INLINE void rows(std::int64_t n_vectors, std::int64_t k, TileLeft a, TileRight b, float* c, std::int64_t ldc,
                     float alpha, float beta) {
  if constexpr (R > 0) row_block<R>(n_vectors, k, a, b, c, ldc, alpha, beta);
}

void TileProduct(std::int64_t m, std::int64_t n, std::int64_t k, TileLeft a, TileRight b, float* c, std::int64_t ldc,
                 float alpha, float beta) {
  const std::int64_t lanes = static_cast<std::int64_t>(hn::Lanes(Df()));
  const std::int64_t n_vectors = n / lanes;
  std::int64_t i = 0;
  for (; i + kRows <= m; i += kRows)
    rows<kRows>(n_vectors, k, {a.data + i * a.row_stride, a.row_stride, a.col_stride}, b, c + i * ldc, ldc, alpha,
                beta);
  const TileLeft a_rest{a.data + i * a.row_stride, a.row_stride, a.col_stride};
  float* c_rest = c + i * ldc;
  switch (m - i) {
    case 1:
      rows<1>(n_vectors, k, a_rest, b, c_rest, ldc, alpha, beta);
      break;
    case 2:
      rows<2>(n_vectors, k, a_rest, b, c_rest, ldc, alpha, beta);
      break;
    case 3:
      rows<3>(n_vectors, k, a_rest, b, c_rest, ldc, alpha, beta);
      break;
    case 4:
      rows<(kRows > 4 ? 4 : 0)>(n_vectors, k, a_rest, b, c_rest, ldc, alpha, beta);
      break;
    case 5:
      rows<(kRows > 5 ? 5 : 0)>(n_vectors, k, a_rest, b, c_rest, ldc, alpha, beta);
      break;
    default:
      break;
  }
  // The columns past the last whole vector, one at a time.
  for (std::int64_t ii = 0; ii < m; ++ii)
    for (std::int64_t j = n_vectors * lanes; j < n; ++j) {
      float acc = 0;
      for (std::int64_t l = 0; l < k; ++l) acc += a.data[ii * a.row_stride + l * a.col_stride] * b.data[l * b.ld + j];
      float& out = c[ii * ldc + j];
      out = alpha * acc + (beta == 0.0f ? 0.0f : beta * out);
    }
}

}  // namespace HWY_NAMESPACE
}  // namespace attn::kernels
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace attn::kernels {

HWY_EXPORT(TileProduct);

void tile_product(std::int64_t m, std::int64_t n, std::int64_t k, TileLeft a, TileRight b, float* c, std::int64_t ldc,
                  float alpha, float beta) {
  HWY_DYNAMIC_DISPATCH(TileProduct)(m, n, k, a, b, c, ldc, alpha, beta);
}

void pack_transposed(const float* x, std::int64_t ldx, std::int64_t rows, std::int64_t cols, float* out) {
  for (std::int64_t i = 0; i < rows; ++i)
    for (std::int64_t j = 0; j < cols; ++j) out[j * rows + i] = x[i * ldx + j];
}

}  // namespace attn::kernels
#endif  // HWY_ONCE
