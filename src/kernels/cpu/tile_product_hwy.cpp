// Highway implementation of tile_product (tile_product.h). foreach_target.h
// re-includes this file once per instruction set; the HWY_ONCE part at the end
// defines the dispatching entry point.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "kernels/cpu/tile_product_hwy.cpp"
// clang-format off
#include "hwy/foreach_target.h"  // must come before highway.h
// clang-format on

#include <algorithm>
#include <cmath>
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

// o moved to row i, column j of its c.
HWY_INLINE TileOut at(const TileOut& o, std::int64_t i, std::int64_t j) {
  return {o.c + i * o.ldc + j,
          o.ldc,
          o.alpha,
          o.beta,
          o.row_beta ? o.row_beta + i : nullptr,
          o.row_alpha ? o.row_alpha + i : nullptr};
}

// c[0, R) x [0, V vectors) = alpha a · b + beta c over k, the block in registers.
template <int R, int V>
HWY_INLINE void block(std::int64_t k, TileLeft a, TileRight b, TileOut o) {
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
  const bool read_c = o.row_beta || o.beta != 0.0f;
  for (int r = 0; r < R; ++r) {
    const Vf va = hn::Set(d, o.row_alpha ? o.alpha * o.row_alpha[r] : o.alpha);
    const Vf vb = hn::Set(d, o.row_beta ? o.row_beta[r] : o.beta);
    for (int v = 0; v < V; ++v) {
      float* out = o.c + r * o.ldc + v * lanes;
      const Vf x = hn::Mul(acc[r][v], va);
      hn::StoreU(read_c ? hn::MulAdd(hn::LoadU(d, out), vb, x) : x, d, out);
    }
  }
}

// Rows [0, R) against the vectors [v_begin, v_end) of columns: full blocks of
// kVectors vectors, then one narrower block.
template <int R>
HWY_INLINE void row_block(std::int64_t v_begin, std::int64_t v_end, std::int64_t k, TileLeft a, TileRight b,
                          TileOut o) {
  const std::int64_t lanes = static_cast<std::int64_t>(hn::Lanes(Df()));
  std::int64_t v0 = v_begin;
  for (; v0 + kVectors <= v_end; v0 += kVectors)
    block<R, kVectors>(k, a, {b.data + v0 * lanes, b.ld}, at(o, 0, v0 * lanes));
  const TileRight rest{b.data + v0 * lanes, b.ld};
  const TileOut o_rest = at(o, 0, v0 * lanes);
  switch (v_end - v0) {
    case 1:
      block<R, 1>(k, a, rest, o_rest);
      break;
    case 2:
      if constexpr (kVectors > 2) block<R, 2>(k, a, rest, o_rest);
      break;
    case 3:
      if constexpr (kVectors > 3) block<R, 3>(k, a, rest, o_rest);
      break;
    default:
      break;
  }
}

// min of lo[0, r), max of hi[0, r): the union of r rows' ranges, when given.
HWY_INLINE void range_union(const std::int64_t* lo, const std::int64_t* hi, std::int64_t r, std::int64_t& begin,
                            std::int64_t& end) {
  if (!lo) return;
  std::int64_t l = lo[0], h = hi[0];
  for (std::int64_t i = 1; i < r; ++i) {
    l = std::min(l, lo[i]);
    h = std::max(h, hi[i]);
  }
  begin = std::max(begin, l);
  end = std::max(begin, std::min(end, h));
}

// Rows [i, i + R) of the product, within the band.
template <int R>
HWY_INLINE void rows(std::int64_t i, std::int64_t n_vectors, std::int64_t k, TileLeft a, TileRight b, TileOut o,
                     TileBand band) {
  if constexpr (R > 0) {
    const std::int64_t lanes = static_cast<std::int64_t>(hn::Lanes(Df()));
    std::int64_t k_begin = 0, k_end = k, c_begin = 0, c_end = n_vectors * lanes;
    range_union(band.depth_lo ? band.depth_lo + i : nullptr, band.depth_hi ? band.depth_hi + i : nullptr, R, k_begin,
                k_end);
    range_union(band.col_lo ? band.col_lo + i : nullptr, band.col_hi ? band.col_hi + i : nullptr, R, c_begin, c_end);
    const TileLeft a_rows{a.data + i * a.row_stride + k_begin * a.col_stride, a.row_stride, a.col_stride};
    row_block<R>(c_begin / lanes, std::min(n_vectors, (c_end + lanes - 1) / lanes), k_end - k_begin, a_rows,
                 {b.data + k_begin * b.ld, b.ld}, at(o, i, 0));
  }
}

// Prefetches the lines of ahead a share at a time: share lines per call, from where the
// last call stopped.
class Prefetcher {
 public:
  Prefetcher(TilePrefetch ahead, std::int64_t calls)
      : p_(static_cast<const char*>(ahead.data)),
        end_(p_ + (ahead.data ? ahead.bytes : 0)),
        share_(calls > 0 ? (ahead.bytes / kLine + calls) / calls : 0) {}
  void next() {
    for (std::int64_t i = 0; i < share_ && p_ < end_; ++i, p_ += kLine)
      __builtin_prefetch(p_, /*write=*/0, /*locality=*/2);  // into L2 (prefetcht1 on x86)
  }

 private:
  static constexpr std::int64_t kLine = 64;
  const char* p_;
  const char* end_;
  std::int64_t share_;
};

void TileProduct(std::int64_t m, std::int64_t n, std::int64_t k, TileLeft a, TileRight b, TileOut o, TileBand band,
                 TilePrefetch ahead) {
  const std::int64_t lanes = static_cast<std::int64_t>(hn::Lanes(Df()));
  const std::int64_t n_vectors = n / lanes;
  Prefetcher prefetch(ahead, m / kRows);
  std::int64_t i = 0;
  for (; i + kRows <= m; i += kRows) {
    prefetch.next();
    rows<kRows>(i, n_vectors, k, a, b, o, band);
  }
  switch (m - i) {
    case 1:
      rows<1>(i, n_vectors, k, a, b, o, band);
      break;
    case 2:
      rows<2>(i, n_vectors, k, a, b, o, band);
      break;
    case 3:
      rows<3>(i, n_vectors, k, a, b, o, band);
      break;
    case 4:
      rows<(kRows > 4 ? 4 : 0)>(i, n_vectors, k, a, b, o, band);
      break;
    case 5:
      rows<(kRows > 5 ? 5 : 0)>(i, n_vectors, k, a, b, o, band);
      break;
    default:
      break;
  }
  // The columns past the last whole vector, one at a time, in the same order of sums
  // (all of them: zeros of a add nothing, unwanted columns may be written).
  for (std::int64_t ii = 0; ii < m; ++ii)
    for (std::int64_t j = n_vectors * lanes; j < n; ++j) {
      float acc = 0;
      for (std::int64_t l = 0; l < k; ++l)
        acc = std::fma(a.data[ii * a.row_stride + l * a.col_stride], b.data[l * b.ld + j], acc);
      float& out = o.c[ii * o.ldc + j];
      const float alpha = o.row_alpha ? o.alpha * o.row_alpha[ii] : o.alpha;
      const float beta = o.row_beta ? o.row_beta[ii] : o.beta;
      out = alpha * acc + ((o.row_beta || beta != 0.0f) ? beta * out : 0.0f);
    }
}

// The plain transpose of x's block [r0, r1) x [c0, c1).
HWY_INLINE void transpose_plain(const float* x, std::int64_t ldx, std::int64_t r0, std::int64_t r1, std::int64_t c0,
                                std::int64_t c1, float* out, std::int64_t ldo) {
  for (std::int64_t c = c0; c < c1; ++c)
    for (std::int64_t r = r0; r < r1; ++r) out[c * ldo + r] = x[r * ldx + c];
}

void TransposeInto(const float* x, std::int64_t ldx, std::int64_t rows, std::int64_t cols, float* out,
                   std::int64_t ldo) {
  std::int64_t r8 = 0, c8 = 0;
#if HWY_TARGET <= HWY_AVX2 && (HWY_ARCH_X86_64 || HWY_ARCH_X86_32)
  r8 = rows / 8 * 8;
  c8 = cols / 8 * 8;
  for (std::int64_t r = 0; r < r8; r += 8)
    for (std::int64_t c = 0; c < c8; c += 8) {
      const float* src = x + r * ldx + c;
      __m256 v[8], t[8];
      for (int i = 0; i < 8; ++i) v[i] = _mm256_loadu_ps(src + i * ldx);
      for (int i = 0; i < 8; i += 2) {
        t[i] = _mm256_unpacklo_ps(v[i], v[i + 1]);
        t[i + 1] = _mm256_unpackhi_ps(v[i], v[i + 1]);
      }
      for (int i = 0; i < 8; i += 4) {
        v[i] = _mm256_shuffle_ps(t[i], t[i + 2], _MM_SHUFFLE(1, 0, 1, 0));
        v[i + 1] = _mm256_shuffle_ps(t[i], t[i + 2], _MM_SHUFFLE(3, 2, 3, 2));
        v[i + 2] = _mm256_shuffle_ps(t[i + 1], t[i + 3], _MM_SHUFFLE(1, 0, 1, 0));
        v[i + 3] = _mm256_shuffle_ps(t[i + 1], t[i + 3], _MM_SHUFFLE(3, 2, 3, 2));
      }
      float* dst = out + c * ldo + r;
      for (int i = 0; i < 4; ++i) {
        _mm256_storeu_ps(dst + i * ldo, _mm256_permute2f128_ps(v[i], v[i + 4], 0x20));
        _mm256_storeu_ps(dst + (i + 4) * ldo, _mm256_permute2f128_ps(v[i], v[i + 4], 0x31));
      }
    }
#endif
  transpose_plain(x, ldx, 0, r8, c8, cols, out, ldo);    // the columns right of the blocks
  transpose_plain(x, ldx, r8, rows, 0, cols, out, ldo);  // the rows below them
}

}  // namespace HWY_NAMESPACE
}  // namespace attn::kernels
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace attn::kernels {

HWY_EXPORT(TileProduct);
HWY_EXPORT(TransposeInto);

void tile_product(std::int64_t m, std::int64_t n, std::int64_t k, TileLeft a, TileRight b, TileOut out, TileBand band,
                  TilePrefetch ahead) {
  HWY_DYNAMIC_DISPATCH(TileProduct)(m, n, k, a, b, out, band, ahead);
}

void transpose_into(const float* x, std::int64_t ldx, std::int64_t rows, std::int64_t cols, float* out,
                    std::int64_t ldo) {
  HWY_DYNAMIC_DISPATCH(TransposeInto)(x, ldx, rows, cols, out, ldo);
}

}  // namespace attn::kernels
#endif  // HWY_ONCE
