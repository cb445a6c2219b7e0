#include "kernels/cpu/flash_attention.h"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <type_traits>
#include <vector>

#include "attn/parallel.h"
#include "attn/tensor.h"
#include "kernels/cpu/flash_softmax.h"
#include "kernels/cpu/gemm.h"
#include "kernels/cpu/parallel_for.h"
#include "kernels/cpu/tile_product.h"

namespace attn::kernels {
namespace {

// Tile sizes: a (kQueryTile, kKeyTile) score tile and the K/V tiles stay in L2.
// Measured on (1, 12, 4096, 64) causal forward, see docs/attention/flash.md.
constexpr std::int64_t kQueryTile = 128;
constexpr std::int64_t kKeyTile = 128;

enum class TileKind { Skip, Full, Partial };

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// The mask rules of FlashMask, per pair and per tile. Positions: query t sits at
// p = t + (S - T) among the keys (the causal alignment of attention.h).
class MaskRules {
 public:
  MaskRules(const FlashMask& m, std::int64_t t, std::int64_t s) : m_(m), s_(s), offset_(s - t) {}

  bool bounded_above() const { return m_.causal || m_.window > 0; }

  bool visible(std::int64_t b, std::int64_t i, std::int64_t j) const {
    const std::int64_t pos = i + offset_;
    if (bounded_above() && j > pos) return false;
    if (m_.window > 0 && j <= pos - m_.window) return false;
    if (m_.block_sparse.kind != BlockSparseKind::None &&
        !block_visible(floor_div(pos, m_.block_sparse.block), j / m_.block_sparse.block))
      return false;
    return !(m_.key_padding && m_.key_padding[b * s_ + j]);
  }

  // Queries [i0, i1) against keys [j0, j1) of sequence b: Skip when no pair is
  // visible, Full when every pair is (no per-pair mask needed), else Partial.
  TileKind classify(std::int64_t b, std::int64_t i0, std::int64_t i1, std::int64_t j0, std::int64_t j1) const {
    const std::int64_t p0 = i0 + offset_, p1 = i1 + offset_;
    bool full = true;
    if (bounded_above()) {
      if (j0 > p1 - 1) return TileKind::Skip;
      full = full && j1 - 1 <= p0;
    }
    if (m_.window > 0) {
      if (j1 - 1 <= p0 - m_.window) return TileKind::Skip;
      full = full && j0 > p1 - 1 - m_.window;
    }
    if (m_.block_sparse.kind != BlockSparseKind::None) {
      const std::int64_t blk = m_.block_sparse.block;
      bool any = false, all = true;
      for (std::int64_t qb = floor_div(p0, blk); qb <= floor_div(p1 - 1, blk); ++qb)
        for (std::int64_t kb = j0 / blk; kb <= (j1 - 1) / blk; ++kb) {
          const bool vis = block_visible(qb, kb);
          any = any || vis;
          all = all && vis;
        }
      if (!any) return TileKind::Skip;
      full = full && all;
    }
    if (m_.key_padding) {
      std::int64_t padded = 0;
      for (std::int64_t j = j0; j < j1; ++j) padded += m_.key_padding[b * s_ + j] ? 1 : 0;
      if (padded == j1 - j0) return TileKind::Skip;
      full = full && padded == 0;
    }
    return full ? TileKind::Full : TileKind::Partial;
  }

  // Whether visibility is one contiguous range of keys per query (causal and window
  // bounds only), so a Partial tile's mask can be filled row by row.
  bool ranges_only() const { return m_.block_sparse.kind == BlockSparseKind::None && !m_.key_padding; }

  // Under ranges_only(): the keys [lo, hi) of [j0, j1) that query i sees (lo == hi: none).
  void visible_keys(std::int64_t i, std::int64_t j0, std::int64_t j1, std::int64_t& lo, std::int64_t& hi) const {
    const std::int64_t pos = i + offset_;
    lo = j0;
    hi = j1;
    if (bounded_above()) hi = std::min(hi, pos + 1);
    if (m_.window > 0) lo = std::max(lo, pos - m_.window + 1);
    if (hi < lo) hi = lo;
  }

  // Under ranges_only(): the queries [lo, hi) of [i0, i1) that see key j.
  void visible_queries(std::int64_t j, std::int64_t i0, std::int64_t i1, std::int64_t& lo, std::int64_t& hi) const {
    lo = i0;
    hi = i1;
    if (bounded_above()) lo = std::max(lo, j - offset_);
    if (m_.window > 0) hi = std::min(hi, j - offset_ + m_.window);
    if (hi < lo) hi = lo;
  }

  // The keys [lo, hi) that queries [i0, i1) may see under the causal and window
  // bounds: tiles outside are never visited, so a window costs O(T·W).
  void key_range(std::int64_t i0, std::int64_t i1, std::int64_t& lo, std::int64_t& hi) const {
    lo = 0;
    hi = s_;
    if (bounded_above()) hi = std::min(s_, i1 + offset_);
    if (m_.window > 0) lo = std::max<std::int64_t>(0, i0 + offset_ - m_.window + 1);
  }

  // The queries [lo, hi) (of T) that may see keys [j0, j1).
  void query_range(std::int64_t j0, std::int64_t j1, std::int64_t t, std::int64_t& lo, std::int64_t& hi) const {
    lo = 0;
    hi = t;
    if (bounded_above()) lo = std::clamp<std::int64_t>(j0 - offset_, 0, t);
    if (m_.window > 0) hi = std::clamp<std::int64_t>(j1 - 1 + m_.window - offset_, 0, t);
  }

 private:
  bool block_visible(std::int64_t qb, std::int64_t kb) const {
    const BlockSparsePattern& bs = m_.block_sparse;
    const std::int64_t distance = qb - kb;
    if (distance < bs.local_blocks && -distance < bs.local_blocks) return true;
    if (bs.kind == BlockSparseKind::Strided) return distance % bs.stride == 0;
    return kb % bs.stride == bs.stride - 1;
  }

  const FlashMask& m_;
  std::int64_t s_, offset_;
};

// Per-thread scratch of one work item.
template <class T>
struct Scratch {
  std::vector<T> scores;   // (kQueryTile, kKeyTile): scores, then probabilities P
  std::vector<T> dscores;  // (kQueryTile, kKeyTile): dP, then dS (backward)
  // The pairs of a Partial tile that may attend: under causal and window bounds only,
  // keys [key_lo, key_hi) of each row and queries [query_lo, query_hi) of each key
  // (tile coordinates); else visible (kQueryTile, kKeyTile), nonzero where visible.
  bool ranges = false;
  bool with_query_ranges = false;  // query_lo/hi are filled too (backward's dK, dV pass)
  std::vector<std::int64_t> key_lo, key_hi, query_lo, query_hi;
  std::vector<std::uint8_t> visible;
  std::vector<T> acc;               // forward: (G, kQueryTile, Dv) unnormalised output
  std::vector<T> row_max, row_sum;  // forward: (G, kQueryTile)
  std::vector<T> row_scale;         // forward: (kQueryTile) the online softmax's rescale factors
};

// Where a tile product of either precision goes: c (M, N) with leading dimension ldc,
// as alpha a · b + beta c (tile_product.h's TileOut is its float form).
template <class T>
struct GemmOut {
  T* c;
  std::int64_t ldc;
  T alpha, beta;
};

// out = alpha a (M, K) · b (K, N) + beta c: through tile_product (float, b row-major;
// within the band), the BLAS (double, or a transposed b) or plain loops (Scalar).
template <class T>
void tile_gemm(FlashMath math, std::int64_t m, std::int64_t n, std::int64_t k, MatrixRef<T> a, MatrixRef<T> b,
               GemmOut<T> out, TileBand band = {}) {
  T* c = out.c;
  const std::int64_t ldc = out.ldc;
  const T alpha = out.alpha, beta = out.beta;
  if (math == FlashMath::Fast) {
    if constexpr (std::is_same_v<T, float>) {
      if (!b.transposed) {
        const TileLeft left = a.transposed ? TileLeft{a.data, 1, a.ld} : TileLeft{a.data, a.ld, 1};
        return tile_product(m, n, k, left, {b.data, b.ld}, {c, ldc, alpha, beta}, band);
      }
    }
    return gemm(m, n, k, a, b, c, ldc, alpha, beta);
  }
  for (std::int64_t i = 0; i < m; ++i)
    for (std::int64_t j = 0; j < n; ++j) {
      T acc = 0;
      for (std::int64_t l = 0; l < k; ++l) {
        const T x = a.transposed ? a.data[l * a.ld + i] : a.data[i * a.ld + l];
        const T y = b.transposed ? b.data[j * b.ld + l] : b.data[l * b.ld + j];
        acc += x * y;
      }
      c[i * ldc + j] = alpha * acc + (beta == 0 ? T(0) : beta * c[i * ldc + j]);
    }
}

// row[0, n) = e^(row - shift); returns the sum. Masked entries are -inf and give 0.
template <class T>
double exp_shifted(T* row, T shift, std::int64_t n) {
  double sum = 0;
  for (std::int64_t j = 0; j < n; ++j) {
    row[j] = std::exp(row[j] - shift);
    sum += row[j];
  }
  return sum;
}

// Whether the float kernels of flash_softmax.h take a step (else the plain loops).
template <class T>
bool vector_steps(FlashMath math) {
  return std::is_same_v<T, float> && math == FlashMath::Fast;
}

// The right operand Xᵀ (width, cols) of a product with the key tile of rows
// [j0, j0 + cols) of x (slices, S, width), slice = b * Hkv + kv head. tile_product
// reads its right operand row-major, so on the float fast path x is transposed once
// per call, tile by tile into (slices, key tiles, width, kKeyTile) so that each
// tile's operand is contiguous, instead of once per tile visit; elsewhere (double,
// the plain loops) the operand is the transposed view of x's rows. The copy's memory
// comes from attn's storage cache, so repeated calls do not page-fault it in again.
template <class T>
class TransposedRows {
 public:
  TransposedRows(const T* x, std::int64_t slices, std::int64_t s, std::int64_t width, bool copy)
      : x_(x), s_(s), width_(width), tiles_((s + kKeyTile - 1) / kKeyTile) {
    if constexpr (std::is_same_v<T, float>) {
      if (!copy) return;
      copy_ = std::make_unique<Storage>(sizeof(T) * slices * tiles_ * width * kKeyTile);
      T* base = static_cast<T*>(copy_->data());  // not zeroed: only whole rows of keys are read
      parallel_for(slices * tiles_, slices * s * width >= kParallelGrain, [&](std::int64_t st) {
        const std::int64_t slice = st / tiles_, j0 = st % tiles_ * kKeyTile, cols = std::min(kKeyTile, s - j0);
        transpose_into(x + (slice * s + j0) * width, width, cols, width, base + st * width * kKeyTile, kKeyTile);
      });
    }
  }
  // j0: a multiple of kKeyTile.
  MatrixRef<T> tile(std::int64_t slice, std::int64_t j0) const {
    if (!copy_) return {x_ + (slice * s_ + j0) * width_, width_, true};
    return {static_cast<const T*>(copy_->data()) + (slice * tiles_ + j0 / kKeyTile) * width_ * kKeyTile, kKeyTile,
            false};
  }

 private:
  const T* x_;
  std::int64_t s_, width_, tiles_;
  std::unique_ptr<Storage> copy_;
};

// The band of a Partial causal or window tile (tile_product.h): its rows' visible
// keys as the depth of a product over keys (P V, dS K), or as the wanted columns of a
// product whose columns are keys (Q Kᵀ, dO Vᵀ); none for other tiles.
enum class BandUse { KeysAsDepth, KeysAsColumns, QueriesAsDepth };

template <class T>
TileBand band_of(const Scratch<T>& w, TileKind kind, BandUse use) {
  if (kind != TileKind::Partial || !w.ranges) return {};
  switch (use) {
    case BandUse::KeysAsDepth:
      return {w.key_lo.data(), w.key_hi.data(), nullptr, nullptr};
    case BandUse::KeysAsColumns:
      return {nullptr, nullptr, w.key_lo.data(), w.key_hi.data()};
    case BandUse::QueriesAsDepth:  // the rows of Pᵀ and dSᵀ are keys
      return {w.query_lo.data(), w.query_hi.data(), nullptr, nullptr};
  }
  return {};
}

// The rows' visible keys of a Partial causal or window tile, for flash_softmax.h.
template <class T>
RowRanges key_ranges_of(const Scratch<T>& w, TileKind kind) {
  const TileBand keys = band_of(w, kind, BandUse::KeysAsDepth);
  return {keys.depth_lo, keys.depth_hi};
}

// The score tile of head h: scores (rows, cols) = scale q_tile · k_t + bias, -inf
// where the Partial mask says so. q_tile (rows, D), k_t (D, cols) = Kᵀ of the tile.
template <class T>
void score_tile(Scratch<T>& w, const FlashProblem<T>& p, FlashMath math, TileKind kind, const T* q_tile,
                MatrixRef<T> k_t, std::int64_t b, std::int64_t h, std::int64_t i0, std::int64_t rows, std::int64_t j0,
                std::int64_t cols) {
  T* sc = w.scores.data();
  tile_gemm<T>(math, rows, cols, p.d, {q_tile, p.d, false}, k_t, {sc, kKeyTile, p.scale, T(0)},
               band_of(w, kind, BandUse::KeysAsColumns));
  if (p.bias) {
    const T* bias = p.bias + b * p.bias_batch_stride + h * p.bias_head_stride + i0 * p.s + j0;
    for (std::int64_t r = 0; r < rows; ++r)
      for (std::int64_t c = 0; c < cols; ++c) sc[r * kKeyTile + c] += bias[r * p.s + c];
  }
  if (kind == TileKind::Partial && w.ranges) {
    // The fast row steps read a row's range widened to whole vectors (at most
    // kRowStepMargin scores on each side) and zero the rest themselves; the plain
    // loops read the whole row.
    const std::int64_t margin = vector_steps<T>(math) ? kRowStepMargin : cols;
    for (std::int64_t r = 0; r < rows; ++r) {
      T* row = sc + r * kKeyTile;
      const std::int64_t lo = w.key_lo[r], hi = w.key_hi[r];
      std::fill(row + std::max<std::int64_t>(0, lo - margin), row + lo, -std::numeric_limits<T>::infinity());
      std::fill(row + hi, row + std::min(cols, hi + margin), -std::numeric_limits<T>::infinity());
    }
  } else if (kind == TileKind::Partial) {
    const std::uint8_t* vis = w.visible.data();
    for (std::int64_t r = 0; r < rows; ++r)
      for (std::int64_t c = 0; c < cols; ++c)
        if (!vis[r * kKeyTile + c]) sc[r * kKeyTile + c] = -std::numeric_limits<T>::infinity();
  }
}

template <class T>
void fill_visible(Scratch<T>& w, const MaskRules& rules, std::int64_t b, std::int64_t i0, std::int64_t rows,
                  std::int64_t j0, std::int64_t cols) {
  w.ranges = rules.ranges_only();
  if (w.ranges) {  // causal and window: one range of keys per row
    for (std::int64_t r = 0; r < rows; ++r) {
      std::int64_t lo, hi;
      rules.visible_keys(i0 + r, j0, j0 + cols, lo, hi);
      w.key_lo[r] = std::min(lo - j0, cols);  // a row that sees none has lo = hi, possibly past the tile
      w.key_hi[r] = std::clamp(hi - j0, w.key_lo[r], cols);
    }
    for (std::int64_t c = 0; c < cols && w.with_query_ranges; ++c) {
      std::int64_t lo, hi;
      rules.visible_queries(j0 + c, i0, i0 + rows, lo, hi);
      w.query_lo[c] = std::min(lo - i0, rows);
      w.query_hi[c] = std::clamp(hi - i0, w.query_lo[c], rows);
    }
    return;
  }
  for (std::int64_t r = 0; r < rows; ++r)
    for (std::int64_t c = 0; c < cols; ++c) w.visible[r * kKeyTile + c] = rules.visible(b, i0 + r, j0 + c) ? 1 : 0;
}

// P (rows, cols) = e^(scores - lse) in place; rows with lse = +inf (no visible key) are 0.
template <class T>
void probabilities(Scratch<T>& w, FlashMath math, TileKind kind, const T* lse, std::int64_t rows, std::int64_t cols) {
  if constexpr (std::is_same_v<T, float>) {
    if (vector_steps<T>(math))
      return probabilities_from_lse(w.scores.data(), kKeyTile, rows, cols, lse, key_ranges_of(w, kind));
  }
  for (std::int64_t r = 0; r < rows; ++r) {
    T* row = w.scores.data() + r * kKeyTile;
    if (std::isinf(lse[r])) {
      std::fill(row, row + cols, T(0));
    } else {
      exp_shifted(row, lse[r], cols);
    }
  }
}

std::int64_t tiles(std::int64_t n, std::int64_t tile) {
  return (n + tile - 1) / tile;
}

template <class T>
void make_scratch(Scratch<T>& w, std::int64_t group, std::int64_t dv) {
  w.scores.assign(kQueryTile * kKeyTile, T(0));
  w.dscores.assign(kQueryTile * kKeyTile, T(0));
  w.visible.assign(kQueryTile * kKeyTile, 0);
  w.key_lo.assign(kQueryTile, 0);
  w.key_hi.assign(kQueryTile, 0);
  w.query_lo.assign(kKeyTile, 0);
  w.query_hi.assign(kKeyTile, 0);
  w.acc.assign(group * kQueryTile * dv, T(0));
  w.row_max.assign(group * kQueryTile, T(0));
  w.row_sum.assign(group * kQueryTile, T(0));
  w.row_scale.assign(kQueryTile, T(1));
}

// Calls tile(j0, cols, kind) for every key tile that queries [i0, i0 + rows) of
// sequence b may see, in order, with the mask of Partial tiles in w. The forward
// pass and the backward's dQ pass walk the keys of a query tile this way.
template <class T, class TileFn>
void for_each_key_tile(Scratch<T>& w, const MaskRules& rules, std::int64_t s, std::int64_t b, std::int64_t i0,
                       std::int64_t rows, TileFn&& tile) {
  std::int64_t lo, hi;
  rules.key_range(i0, i0 + rows, lo, hi);
  for (std::int64_t j0 = lo / kKeyTile * kKeyTile; j0 < hi; j0 += kKeyTile) {
    const std::int64_t cols = std::min(kKeyTile, s - j0);
    const TileKind kind = rules.classify(b, i0, i0 + rows, j0, j0 + cols);
    if (kind == TileKind::Skip) continue;
    if (kind == TileKind::Partial) fill_visible(w, rules, b, i0, rows, j0, cols);
    tile(j0, cols, kind);
  }
}

// The running state of the online softmax for the rows of one head: maxima m and
// sums l (rows), the unnormalised output acc (rows, Dv).
template <class T>
struct RunningRows {
  T* m;
  T* l;
  T* acc;
};

// The online softmax's step for the score tile in w.scores (flash_softmax.h) and the
// tile's product with v_tile (cols, Dv): m and l updated, scores turned into
// e^(s - m), acc rescaled and the product added.
template <class T>
void softmax_and_product(Scratch<T>& w, FlashMath math, TileKind kind, std::int64_t rows, std::int64_t cols,
                         const T* v_tile, RunningRows<T> run, std::int64_t dv) {
  T* m = run.m;
  T* l = run.l;
  T* acc = run.acc;
  if constexpr (std::is_same_v<T, float>) {
    if (vector_steps<T>(math)) {
      online_softmax_step(w.scores.data(), kKeyTile, rows, cols, m, l, w.row_scale.data(), key_ranges_of(w, kind));
      return tile_product(rows, dv, cols, {w.scores.data(), kKeyTile, 1}, {v_tile, dv},
                          {acc, dv, 1.0f, 1.0f, w.row_scale.data()}, band_of(w, kind, BandUse::KeysAsDepth));
    }
  }
  const T inf = std::numeric_limits<T>::infinity();
  for (std::int64_t r = 0; r < rows; ++r) {
    T* row = w.scores.data() + r * kKeyTile;
    const T tile_max = *std::max_element(row, row + cols);
    const T new_max = std::max(m[r], tile_max);
    if (new_max == -inf) {  // nothing visible yet: P = 0 leaves acc untouched
      std::fill(row, row + cols, T(0));
      continue;
    }
    const T rescale = std::exp(m[r] - new_max);  // e^(-inf) = 0 on the first visible tile
    l[r] = l[r] * rescale + static_cast<T>(exp_shifted(row, new_max, cols));
    if (rescale != T(1))
      for (std::int64_t c = 0; c < dv; ++c) acc[r * dv + c] *= rescale;
    m[r] = new_max;
  }
  tile_gemm<T>(math, rows, dv, cols, {w.scores.data(), kKeyTile, false}, {v_tile, dv, false}, {acc, dv, T(1), T(1)});
}

// Forward of one work item: query tile qt of every head of key/value head kvh.
template <class T>
void forward_item(Scratch<T>& w, T* out, T* lse, const T* q, const TransposedRows<T>& k_t, const T* v,
                  const FlashProblem<T>& p, const MaskRules& rules, FlashMath math, std::int64_t b, std::int64_t kvh,
                  std::int64_t qt) {
  const std::int64_t group = p.heads / p.kv_heads, d = p.d, dv = p.dv;
  const std::int64_t i0 = qt * kQueryTile, rows = std::min(kQueryTile, p.t - i0);
  const T inf = std::numeric_limits<T>::infinity();
  std::fill(w.acc.begin(), w.acc.end(), T(0));
  std::fill(w.row_max.begin(), w.row_max.end(), -inf);
  std::fill(w.row_sum.begin(), w.row_sum.end(), T(0));
  for_each_key_tile(w, rules, p.s, b, i0, rows, [&](std::int64_t j0, std::int64_t cols, TileKind kind) {
    const T* v_tile = v + ((b * p.kv_heads + kvh) * p.s + j0) * dv;  // (cols, Dv)
    for (std::int64_t g = 0; g < group; ++g) {                       // the K/V tile serves every head of the group
      const std::int64_t h = kvh * group + g;
      score_tile(w, p, math, kind, q + ((b * p.heads + h) * p.t + i0) * d, k_t.tile(b * p.kv_heads + kvh, j0), b, h, i0,
                 rows, j0, cols);
      const RunningRows<T> run{w.row_max.data() + g * kQueryTile, w.row_sum.data() + g * kQueryTile,
                               w.acc.data() + g * kQueryTile * dv};
      softmax_and_product(w, math, kind, rows, cols, v_tile, run, dv);
    }
  });
  for (std::int64_t g = 0; g < group; ++g) {
    const std::int64_t h = kvh * group + g;
    const T* acc = w.acc.data() + g * kQueryTile * dv;
    for (std::int64_t r = 0; r < rows; ++r) {
      const T l = w.row_sum[g * kQueryTile + r];
      const std::int64_t row = (b * p.heads + h) * p.t + i0 + r;
      const T inv = l > 0 ? T(1) / l : T(0);
      for (std::int64_t c = 0; c < dv; ++c) out[row * dv + c] = acc[r * dv + c] * inv;
      lse[row] = l > 0 ? w.row_max[g * kQueryTile + r] + std::log(l) : inf;
    }
  }
}

// Runs item(scratch, index) for index in [0, n) on the OpenMP team, one item per
// thread at a time (dynamic: causal items differ in cost).
template <class T, class F>
void for_each_item(std::int64_t n, std::int64_t work_per_item, std::int64_t group, std::int64_t dv, F item) {
  if (n > 1 && n * work_per_item >= kParallelGrain) {
#pragma omp parallel
    {
      Scratch<T> w;
      make_scratch(w, group, dv);
#pragma omp for schedule(dynamic)
      for (std::int64_t i = 0; i < n; ++i) item(w, i);
    }
  } else {  // (parallel_for.h: no OpenMP region for one thread's work)
    Scratch<T> w;
    make_scratch(w, group, dv);
    for (std::int64_t i = 0; i < n; ++i) item(w, i);
  }
}

}  // namespace

template <class T>
void flash_attention_forward(T* out, T* lse, const T* q, const T* k, const T* v, const FlashProblem<T>& p,
                             FlashMath math) {
  const MaskRules rules(p.mask, p.t, p.s);
  const std::int64_t query_tiles = tiles(p.t, kQueryTile), group = p.heads / p.kv_heads;
  const std::int64_t items = p.batch * p.kv_heads * query_tiles;
  const TransposedRows<T> k_t(k, p.batch * p.kv_heads, p.s, p.d, vector_steps<T>(math));
  // Items in the order heaviest first: the last query tiles see the most keys.
  for_each_item<T>(items, group * kQueryTile * p.s * p.d, group, p.dv, [&](Scratch<T>& w, std::int64_t i) {
    const std::int64_t qt = query_tiles - 1 - i % query_tiles, bh = i / query_tiles;
    forward_item(w, out, lse, q, k_t, v, p, rules, math, bh / p.kv_heads, bh % p.kv_heads, qt);
  });
}

template <class T>
void flash_attention_backward(T* dq, T* dk, T* dv, const T* dout, const T* q, const T* k, const T* v, const T* out,
                              const T* lse, const FlashProblem<T>& p, FlashMath math) {
  const MaskRules rules(p.mask, p.t, p.s);
  const std::int64_t group = p.heads / p.kv_heads, d = p.d, width_v = p.dv;
  const std::int64_t query_tiles = tiles(p.t, kQueryTile), key_tiles = tiles(p.s, kKeyTile);

  // delta (B, H, T) = rowsum(dO ∘ O).
  std::vector<T> delta(p.batch * p.heads * p.t);
  parallel_for(static_cast<std::int64_t>(delta.size()),
               static_cast<std::int64_t>(delta.size()) * width_v >= kParallelGrain, [&](std::int64_t row) {
                 // With the rounding of dP's own sums (tile_product: one multiply-add chain in
                 // order): where one key takes all the weight, O equals its value row, and
                 // dS = P (dP - delta) then cancels exactly, as it does in the plain composition.
                 T sum = 0;
                 for (std::int64_t c = 0; c < width_v; ++c)
                   sum = std::fma(dout[row * width_v + c], out[row * width_v + c], sum);
                 delta[row] = sum;
               });

  const TransposedRows<T> k_t(k, p.batch * p.kv_heads, p.s, d, vector_steps<T>(math));
  const TransposedRows<T> v_t(v, p.batch * p.kv_heads, p.s, width_v, vector_steps<T>(math));

  // dS (rows, cols) = P ∘ (dO_tile Vᵀ - delta) in w.dscores, v_tile_t = Vᵀ (Dv, cols); P in w.scores.
  auto score_gradient = [&](Scratch<T>& w, TileKind kind, const T* dout_tile, MatrixRef<T> v_tile_t,
                            const T* delta_rows, std::int64_t rows, std::int64_t cols) {
    T* ds = w.dscores.data();
    const TileBand band = band_of(w, kind, BandUse::KeysAsColumns);
    tile_gemm<T>(math, rows, cols, width_v, {dout_tile, width_v, false}, v_tile_t, {ds, kKeyTile, T(1), T(0)}, band);
    if (band.col_lo)  // dP outside the band was not computed: P is 0 there, and so is dS
      for (std::int64_t r = 0; r < rows; ++r) {
        std::fill(ds + r * kKeyTile, ds + r * kKeyTile + band.col_lo[r], T(0));
        std::fill(ds + r * kKeyTile + band.col_hi[r], ds + r * kKeyTile + cols, T(0));
      }
    if constexpr (std::is_same_v<T, float>) {
      if (vector_steps<T>(math)) return kernels::score_gradient(ds, w.scores.data(), kKeyTile, rows, cols, delta_rows);
    }
    for (std::int64_t r = 0; r < rows; ++r)
      for (std::int64_t c = 0; c < cols; ++c)
        ds[r * kKeyTile + c] = w.scores[r * kKeyTile + c] * (ds[r * kKeyTile + c] - delta_rows[r]);
  };

  // Pass 1: dK, dV per key tile of each (b, kvh).
  for_each_item<T>(
      p.batch * p.kv_heads * key_tiles, group * p.t * kKeyTile * d, 1, width_v, [&](Scratch<T>& w, std::int64_t item) {
        const std::int64_t kt = item % key_tiles, bkv = item / key_tiles, b = bkv / p.kv_heads, kvh = bkv % p.kv_heads;
        const std::int64_t j0 = kt * kKeyTile, cols = std::min(kKeyTile, p.s - j0);
        w.with_query_ranges = true;  // Pᵀ dO and dSᵀ Q sum over the queries that see each key
        T* dk_tile = dk + (bkv * p.s + j0) * d;
        T* dv_tile = dv + (bkv * p.s + j0) * width_v;
        std::fill(dk_tile, dk_tile + cols * d, T(0));
        std::fill(dv_tile, dv_tile + cols * width_v, T(0));
        std::int64_t lo, hi;
        rules.query_range(j0, j0 + cols, p.t, lo, hi);
        for (std::int64_t i0 = lo / kQueryTile * kQueryTile; i0 < hi; i0 += kQueryTile) {
          const std::int64_t rows = std::min(kQueryTile, p.t - i0);
          const TileKind kind = rules.classify(b, i0, i0 + rows, j0, j0 + cols);
          if (kind == TileKind::Skip) continue;
          if (kind == TileKind::Partial) fill_visible(w, rules, b, i0, rows, j0, cols);
          for (std::int64_t g = 0; g < group; ++g) {
            const std::int64_t h = kvh * group + g, row0 = (b * p.heads + h) * p.t + i0;
            const T* q_tile = q + row0 * d;
            const T* dout_tile = dout + row0 * width_v;
            score_tile(w, p, math, kind, q_tile, k_t.tile(bkv, j0), b, h, i0, rows, j0, cols);
            probabilities(w, math, kind, lse + row0, rows, cols);
            const TileBand queries = band_of(w, kind, BandUse::QueriesAsDepth);
            tile_gemm<T>(math, cols, width_v, rows, {w.scores.data(), kKeyTile, true}, {dout_tile, width_v, false},
                         {dv_tile, width_v, T(1), T(1)}, queries);
            score_gradient(w, kind, dout_tile, v_t.tile(bkv, j0), delta.data() + row0, rows, cols);
            tile_gemm<T>(math, cols, d, rows, {w.dscores.data(), kKeyTile, true}, {q_tile, d, false},
                         {dk_tile, d, p.scale, T(1)}, queries);
          }
        }
      });

  // Pass 2: dQ per query tile of each (b, h).
  for_each_item<T>(
      p.batch * p.heads * query_tiles, kQueryTile * p.s * d, 1, width_v, [&](Scratch<T>& w, std::int64_t item) {
        const std::int64_t qt = query_tiles - 1 - item % query_tiles, bh = item / query_tiles;
        const std::int64_t b = bh / p.heads, h = bh % p.heads, bkv = b * p.kv_heads + h / group;
        const std::int64_t i0 = qt * kQueryTile, rows = std::min(kQueryTile, p.t - i0), row0 = bh * p.t + i0;
        T* dq_tile = dq + row0 * d;
        std::fill(dq_tile, dq_tile + rows * d, T(0));
        for_each_key_tile(w, rules, p.s, b, i0, rows, [&](std::int64_t j0, std::int64_t cols, TileKind kind) {
          const T* k_tile = k + (bkv * p.s + j0) * d;
          score_tile(w, p, math, kind, q + row0 * d, k_t.tile(bkv, j0), b, h, i0, rows, j0, cols);
          probabilities(w, math, kind, lse + row0, rows, cols);
          score_gradient(w, kind, dout + row0 * width_v, v_t.tile(bkv, j0), delta.data() + row0, rows, cols);
          tile_gemm<T>(math, rows, d, cols, {w.dscores.data(), kKeyTile, false}, {k_tile, d, false},
                       {dq_tile, d, p.scale, T(1)}, band_of(w, kind, BandUse::KeysAsDepth));
        });
      });
}

template void flash_attention_forward<float>(float*, float*, const float*, const float*, const float*,
                                             const FlashProblem<float>&, FlashMath);
template void flash_attention_forward<double>(double*, double*, const double*, const double*, const double*,
                                              const FlashProblem<double>&, FlashMath);
template void flash_attention_backward<float>(float*, float*, float*, const float*, const float*, const float*,
                                              const float*, const float*, const float*, const FlashProblem<float>&,
                                              FlashMath);
template void flash_attention_backward<double>(double*, double*, double*, const double*, const double*, const double*,
                                               const double*, const double*, const double*, const FlashProblem<double>&,
                                               FlashMath);

}  // namespace attn::kernels
