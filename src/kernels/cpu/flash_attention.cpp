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
#include "kernels/cpu/prefetch_shares.h"
#include "kernels/cpu/tile_product.h"

namespace attn::kernels {
namespace {

// Tile sizes: a (kQueryTile, kKeyTile) score tile and the K/V tiles stay in L2.
// Measured on (1, 12, 4096, 64) causal forward, see docs/attention/flash.md.
constexpr std::int64_t kQueryTile = 128;
constexpr std::int64_t kKeyTile = 128;
// Forward: up to kBlockTiles consecutive key tiles form a key block, whose scores take
// one online-softmax step per row and one product with V: a window of 256 keys is one
// block per query tile, and causal rows rescale their sums every 512 keys instead of
// every 128 (docs/attention/flash.md).
constexpr std::int64_t kBlockTiles = 4;
constexpr std::int64_t kKeyBlock = kBlockTiles * kKeyTile;

enum class TileKind { Skip, Full, Partial };

// One (query tile, key tile) pair: queries [i0, i0 + rows) against keys [j0, j0 + cols)
// of sequence b, its kind, and the slot of its mask in Scratch (a key block's tiles
// keep their masks side by side).
struct TilePair {
  std::int64_t b, i0, rows, j0, cols;
  TileKind kind;
  std::int64_t slot = 0;
};

// A run of up to kBlockTiles consecutive key tiles of one query tile, none skipped:
// keys [j0, j0 + cols), tile t at j0 + t kKeyTile with the kind kinds[t].
struct KeyBlock {
  std::int64_t j0 = 0, cols = 0, tiles = 0;
  TileKind kinds[kBlockTiles] = {};
  bool partial = false;  // some tile is Partial

  TilePair tile(std::int64_t t, std::int64_t b, std::int64_t i0, std::int64_t rows) const {
    const std::int64_t start = j0 + t * kKeyTile;
    return {b, i0, rows, start, std::min(kKeyTile, j0 + cols - start), kinds[t], t};
  }
};

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
  // Scores, then probabilities P: forward (kQueryTile, kKeyBlock), a key block's tiles
  // side by side; backward (kQueryTile, kKeyTile).
  std::vector<T> scores;
  std::vector<T> dscores;  // (kQueryTile, kKeyTile): dP, then dS (backward)
  // The pairs of a Partial tile that may attend, per slot: under causal and window
  // bounds only, keys [key_lo, key_hi) of each row and queries [query_lo, query_hi) of
  // each key (tile coordinates); else visible (kQueryTile, kKeyTile), nonzero where
  // visible. key_lo, key_hi: (kBlockTiles, kQueryTile); visible: (kBlockTiles,
  // kQueryTile, kKeyTile); query_lo, query_hi: slot 0 only.
  bool ranges = false;
  bool with_query_ranges = false;  // query_lo/hi are filled too (backward's dK, dV pass)
  std::vector<std::int64_t> key_lo, key_hi, query_lo, query_hi;
  std::vector<std::uint8_t> visible;
  std::vector<std::int64_t> block_lo, block_hi;  // forward: each row's keys in its key block
  std::vector<T> acc;               // forward: (G, kQueryTile, Dv) unnormalised output
  std::vector<T> row_max, row_sum;  // forward: (G, kQueryTile)
  std::vector<T> row_scale;         // forward: (kQueryTile) the online softmax's rescale factors
  std::vector<T> row_inv;           // forward: (kQueryTile) 1 / l, a lone block's normalisation
  std::vector<KeyBlock> blocks;     // forward: the query tile's key blocks
  // What the thread's next item reads first and this one does not, handed out to this
  // item's tile products to prefetch.
  PrefetchShares next_item;
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
               GemmOut<T> out, TileBand band = {}, TilePrefetch ahead = {}) {
  T* c = out.c;
  const std::int64_t ldc = out.ldc;
  const T alpha = out.alpha, beta = out.beta;
  if (math == FlashMath::Fast) {
    if constexpr (std::is_same_v<T, float>) {
      if (!b.transposed) {
        const TileLeft left = a.transposed ? TileLeft{a.data, 1, a.ld} : TileLeft{a.data, a.ld, 1};
        return tile_product(m, n, k, left, {b.data, b.ld}, {c, ldc, alpha, beta}, band, ahead);
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
TileBand band_of(const Scratch<T>& w, const TilePair& tile, BandUse use) {
  if (tile.kind != TileKind::Partial || !w.ranges) return {};
  const std::int64_t* lo = w.key_lo.data() + tile.slot * kQueryTile;
  const std::int64_t* hi = w.key_hi.data() + tile.slot * kQueryTile;
  switch (use) {
    case BandUse::KeysAsDepth:
      return {lo, hi, nullptr, nullptr};
    case BandUse::KeysAsColumns:
      return {nullptr, nullptr, lo, hi};
    case BandUse::QueriesAsDepth:  // the rows of Pᵀ and dSᵀ are keys
      return {w.query_lo.data(), w.query_hi.data(), nullptr, nullptr};
  }
  return {};
}

// The rows' visible keys of a Partial causal or window tile, for flash_softmax.h.
template <class T>
RowRanges key_ranges_of(const Scratch<T>& w, const TilePair& tile) {
  const TileBand keys = band_of(w, tile, BandUse::KeysAsDepth);
  return {keys.depth_lo, keys.depth_hi};
}

// Where a score tile goes: (rows, cols) at data, leading dimension ld.
template <class T>
struct ScoreOut {
  T* data;
  std::int64_t ld;
};

// The score tile of head h: scores (rows, cols) = scale q_tile · k_t + bias, -inf
// where the Partial mask says so. q_tile (rows, D), k_t (D, cols) = Kᵀ of the tile.
template <class T>
void score_tile(const Scratch<T>& w, const FlashProblem<T>& p, FlashMath math, const TilePair& tile, std::int64_t h,
                const T* q_tile, MatrixRef<T> k_t, ScoreOut<T> out, TilePrefetch ahead = {}) {
  T* sc = out.data;
  const std::int64_t ld = out.ld, rows = tile.rows, cols = tile.cols;
  tile_gemm<T>(math, rows, cols, p.d, {q_tile, p.d, false}, k_t, {sc, ld, p.scale, T(0)},
               band_of(w, tile, BandUse::KeysAsColumns), ahead);
  if (p.bias) {
    const T* bias = p.bias + tile.b * p.bias_batch_stride + h * p.bias_head_stride + tile.i0 * p.s + tile.j0;
    for (std::int64_t r = 0; r < rows; ++r)
      for (std::int64_t c = 0; c < cols; ++c) sc[r * ld + c] += bias[r * p.s + c];
  }
  if (tile.kind == TileKind::Partial && w.ranges) {
    // The fast row steps read a row's range widened to whole vectors (at most
    // kRowStepMargin scores on each side) and zero the rest themselves; the plain
    // loops read the whole row.
    const std::int64_t margin = vector_steps<T>(math) ? kRowStepMargin : cols;
    const std::int64_t* key_lo = w.key_lo.data() + tile.slot * kQueryTile;
    const std::int64_t* key_hi = w.key_hi.data() + tile.slot * kQueryTile;
    for (std::int64_t r = 0; r < rows; ++r) {
      T* row = sc + r * ld;
      const std::int64_t lo = key_lo[r], hi = key_hi[r];
      std::fill(row + std::max<std::int64_t>(0, lo - margin), row + lo, -std::numeric_limits<T>::infinity());
      std::fill(row + hi, row + std::min(cols, hi + margin), -std::numeric_limits<T>::infinity());
    }
  } else if (tile.kind == TileKind::Partial) {
    const std::uint8_t* vis = w.visible.data() + tile.slot * kQueryTile * kKeyTile;
    for (std::int64_t r = 0; r < rows; ++r)
      for (std::int64_t c = 0; c < cols; ++c)
        if (!vis[r * kKeyTile + c]) sc[r * ld + c] = -std::numeric_limits<T>::infinity();
  }
}

// The mask of a Partial tile into its slot of w.
template <class T>
void fill_visible(Scratch<T>& w, const MaskRules& rules, const TilePair& tile) {
  const std::int64_t i0 = tile.i0, rows = tile.rows, j0 = tile.j0, cols = tile.cols;
  w.ranges = rules.ranges_only();
  if (w.ranges) {  // causal and window: one range of keys per row
    std::int64_t* key_lo = w.key_lo.data() + tile.slot * kQueryTile;
    std::int64_t* key_hi = w.key_hi.data() + tile.slot * kQueryTile;
    for (std::int64_t r = 0; r < rows; ++r) {
      std::int64_t lo, hi;
      rules.visible_keys(i0 + r, j0, j0 + cols, lo, hi);
      key_lo[r] = std::min(lo - j0, cols);  // a row that sees none has lo = hi, possibly past the tile
      key_hi[r] = std::clamp(hi - j0, key_lo[r], cols);
    }
    for (std::int64_t c = 0; c < cols && w.with_query_ranges; ++c) {
      std::int64_t lo, hi;
      rules.visible_queries(j0 + c, i0, i0 + rows, lo, hi);
      w.query_lo[c] = std::min(lo - i0, rows);
      w.query_hi[c] = std::clamp(hi - i0, w.query_lo[c], rows);
    }
    return;
  }
  std::uint8_t* vis = w.visible.data() + tile.slot * kQueryTile * kKeyTile;
  for (std::int64_t r = 0; r < rows; ++r)
    for (std::int64_t c = 0; c < cols; ++c) vis[r * kKeyTile + c] = rules.visible(tile.b, i0 + r, j0 + c) ? 1 : 0;
}

// P (rows, cols) = e^(scores - lse) in place; rows with lse = +inf (no visible key) are 0.
template <class T>
void probabilities(Scratch<T>& w, FlashMath math, const TilePair& tile, const T* lse) {
  const std::int64_t rows = tile.rows, cols = tile.cols;
  if constexpr (std::is_same_v<T, float>) {
    if (vector_steps<T>(math))
      return probabilities_from_lse(w.scores.data(), kKeyTile, rows, cols, lse, key_ranges_of(w, tile));
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
  w.scores.assign(kQueryTile * kKeyBlock, T(0));
  w.dscores.assign(kQueryTile * kKeyTile, T(0));
  w.visible.assign(kBlockTiles * kQueryTile * kKeyTile, 0);
  w.key_lo.assign(kBlockTiles * kQueryTile, 0);
  w.key_hi.assign(kBlockTiles * kQueryTile, 0);
  w.query_lo.assign(kKeyTile, 0);
  w.query_hi.assign(kKeyTile, 0);
  w.block_lo.assign(kQueryTile, 0);
  w.block_hi.assign(kQueryTile, 0);
  w.acc.assign(group * kQueryTile * dv, T(0));
  w.row_max.assign(group * kQueryTile, T(0));
  w.row_sum.assign(group * kQueryTile, T(0));
  w.row_scale.assign(kQueryTile, T(1));
  w.row_inv.assign(kQueryTile, T(0));
}

// Calls tile(pair) for every key tile that queries [i0, i0 + rows) of sequence b may
// see, in order, with the mask of Partial tiles in w's slot 0. The backward's dQ pass
// walks the keys of a query tile this way.
template <class T, class TileFn>
void for_each_key_tile(Scratch<T>& w, const MaskRules& rules, std::int64_t s, std::int64_t b, std::int64_t i0,
                       std::int64_t rows, TileFn&& tile) {
  std::int64_t lo, hi;
  rules.key_range(i0, i0 + rows, lo, hi);
  for (std::int64_t j0 = lo / kKeyTile * kKeyTile; j0 < hi; j0 += kKeyTile) {
    const std::int64_t cols = std::min(kKeyTile, s - j0);
    const TilePair pair{b, i0, rows, j0, cols, rules.classify(b, i0, i0 + rows, j0, j0 + cols)};
    if (pair.kind == TileKind::Skip) continue;
    if (pair.kind == TileKind::Partial) fill_visible(w, rules, pair);
    tile(pair);
  }
}

// The key blocks of queries [i0, i0 + rows) of sequence b, in order: the key tiles they
// may see, a skipped tile or every kBlockTiles tiles ending a block. The forward pass
// walks the keys of a query tile this way.
inline void plan_key_blocks(const MaskRules& rules, std::int64_t s, std::int64_t b, std::int64_t i0, std::int64_t rows,
                            std::vector<KeyBlock>& blocks) {
  blocks.clear();
  KeyBlock block;
  const auto close = [&] {
    if (block.tiles > 0) blocks.push_back(block);
    block = {};
  };
  std::int64_t lo, hi;
  rules.key_range(i0, i0 + rows, lo, hi);
  for (std::int64_t j0 = lo / kKeyTile * kKeyTile; j0 < hi; j0 += kKeyTile) {
    const std::int64_t cols = std::min(kKeyTile, s - j0);
    const TileKind kind = rules.classify(b, i0, i0 + rows, j0, j0 + cols);
    if (kind == TileKind::Skip) {
      close();
      continue;
    }
    if (block.tiles == 0) block.j0 = j0;
    block.kinds[block.tiles++] = kind;
    block.cols += cols;
    block.partial = block.partial || kind == TileKind::Partial;
    if (block.tiles == kBlockTiles) close();
  }
  close();
}

// Each row's visible keys in a key block with Partial tiles under causal and window
// bounds (block coordinates: the rows' ranges in the block's tiles join into one), for
// the row steps and the product with V; none where every tile is Full or the mask is
// not of ranges (the scores are then -inf wherever a pair is masked).
template <class T>
RowRanges block_ranges(Scratch<T>& w, const MaskRules& rules, const KeyBlock& block, std::int64_t i0,
                       std::int64_t rows) {
  if (!block.partial || !rules.ranges_only()) return {};
  for (std::int64_t r = 0; r < rows; ++r) {
    std::int64_t lo, hi;
    rules.visible_keys(i0 + r, block.j0, block.j0 + block.cols, lo, hi);
    w.block_lo[r] = std::min(lo - block.j0, block.cols);
    w.block_hi[r] = std::clamp(hi - block.j0, w.block_lo[r], block.cols);
  }
  return {w.block_lo.data(), w.block_hi.data()};
}

// The running state of the online softmax for the rows of one head: maxima m and
// sums l (rows), the unnormalised output acc (rows, Dv).
template <class T>
struct RunningRows {
  T* m;
  T* l;
  T* acc;
};

// The online softmax's step for a key block's scores in w.scores (flash_softmax.h;
// keys: the rows' ranges, or none) and their product with v_block (cols, Dv): m and l
// updated, scores turned into e^(s - m), then either acc rescaled and the product
// added, or, where out is given (fast path, a query tile's only block), the product
// normalised by 1 / l as it is stored into out (rows, Dv): no accumulator to rescale
// or to copy out.
template <class T>
void softmax_and_product(Scratch<T>& w, FlashMath math, RowRanges keys, std::int64_t rows, std::int64_t cols,
                         const T* v_block, RunningRows<T> run, std::int64_t dv, T* out = nullptr) {
  T* m = run.m;
  T* l = run.l;
  T* acc = run.acc;
  if constexpr (std::is_same_v<T, float>) {
    if (vector_steps<T>(math)) {
      online_softmax_step(w.scores.data(), kKeyBlock, rows, cols, m, l, w.row_scale.data(), keys);
      const TileBand band{keys.lo, keys.hi, nullptr, nullptr};
      const TilePrefetch ahead = w.next_item.take();
      if (!out)
        return tile_product(rows, dv, cols, {w.scores.data(), kKeyBlock, 1}, {v_block, dv},
                            {acc, dv, 1.0f, 1.0f, w.row_scale.data()}, band, ahead);
      for (std::int64_t r = 0; r < rows; ++r) w.row_inv[r] = l[r] > 0 ? 1.0f / l[r] : 0.0f;
      return tile_product(rows, dv, cols, {w.scores.data(), kKeyBlock, 1}, {v_block, dv},
                          {out, dv, 1.0f, 0.0f, nullptr, w.row_inv.data()}, band, ahead);
    }
  }
  const T inf = std::numeric_limits<T>::infinity();
  for (std::int64_t r = 0; r < rows; ++r) {
    T* row = w.scores.data() + r * kKeyBlock;
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
  tile_gemm<T>(math, rows, dv, cols, {w.scores.data(), kKeyBlock, false}, {v_block, dv, false}, {acc, dv, T(1), T(1)});
}

// One forward call: its inputs and outputs (flash_attention.h's layouts), the
// transposed keys and the mask rules.
template <class T>
struct ForwardCall {
  T* out;
  T* lse;
  const T* q;
  const TransposedRows<T>& k_t;
  const T* v;
  const FlashProblem<T>& p;
  const MaskRules& rules;
  FlashMath math;
};

// Where the keys of the full query tile at i0 begin, as the start of a key tile, when
// that tile lies before key tile `before` (so the current item does not read it); else
// -1. The next query tile's first key tile is what its item reads first.
inline std::int64_t first_key_tile_before(const MaskRules& rules, std::int64_t i0, std::int64_t before) {
  std::int64_t lo, hi;
  rules.key_range(i0, i0 + kQueryTile, lo, hi);
  const std::int64_t j0 = lo / kKeyTile * kKeyTile;
  return j0 < hi && j0 < before ? j0 : -1;
}

// What the thread's next item, query tile qt - 1 of the same sequence and key/value
// head (flash_attention_forward hands a thread runs of items in that order), reads
// first and this one does not: its query tile of every head of the group, and the key
// and value tile where its keys begin when that tile is not among this item's.
template <class T>
void plan_next_item(Scratch<T>& w, const ForwardCall<T>& call, std::int64_t b, std::int64_t kvh, std::int64_t qt) {
  const FlashProblem<T>& p = call.p;
  w.next_item.clear();
  if (qt == 0 || w.blocks.empty()) return;
  const std::int64_t group = p.heads / p.kv_heads, bkv = b * p.kv_heads + kvh, i0 = (qt - 1) * kQueryTile;
  for (std::int64_t g = 0; g < group; ++g)
    w.next_item.add(call.q + ((b * p.heads + kvh * group + g) * p.t + i0) * p.d, sizeof(T) * kQueryTile * p.d);
  if (const std::int64_t j0 = first_key_tile_before(call.rules, i0, w.blocks.front().j0); j0 >= 0) {
    w.next_item.add(call.k_t.tile(bkv, j0).data, sizeof(T) * p.d * kKeyTile);
    w.next_item.add(call.v + (bkv * p.s + j0) * p.dv, sizeof(T) * std::min(kKeyTile, p.s - j0) * p.dv);
  }
}

// Forward of one work item: query tile qt of every head of key/value head kvh.
template <class T>
void forward_item(Scratch<T>& w, const ForwardCall<T>& call, std::int64_t b, std::int64_t kvh, std::int64_t qt) {
  T* out = call.out;
  T* lse = call.lse;
  const T *q = call.q, *v = call.v;
  const TransposedRows<T>& k_t = call.k_t;
  const FlashProblem<T>& p = call.p;
  const MaskRules& rules = call.rules;
  const FlashMath math = call.math;
  const std::int64_t group = p.heads / p.kv_heads, d = p.d, dv = p.dv;
  const std::int64_t i0 = qt * kQueryTile, rows = std::min(kQueryTile, p.t - i0), bkv = b * p.kv_heads + kvh;
  const T inf = std::numeric_limits<T>::infinity();
  plan_key_blocks(rules, p.s, b, i0, rows, w.blocks);
  plan_next_item(w, call, b, kvh, qt);
  std::int64_t products = 0;  // per block and head: a score product per tile and one with V
  for (const KeyBlock& block : w.blocks) products += group * (block.tiles + 1);
  w.next_item.spread(products);
  // A query tile whose keys form one block (a window's, a short sequence's) stores its
  // output straight from that block's product; others accumulate over their blocks.
  const bool direct = vector_steps<T>(math) && w.blocks.size() == 1;
  if (!direct) std::fill(w.acc.begin(), w.acc.end(), T(0));
  std::fill(w.row_max.begin(), w.row_max.end(), -inf);
  std::fill(w.row_sum.begin(), w.row_sum.end(), T(0));
  for (const KeyBlock& block : w.blocks) {
    for (std::int64_t t = 0; t < block.tiles; ++t)
      if (block.kinds[t] == TileKind::Partial) fill_visible(w, rules, block.tile(t, b, i0, rows));
    const RowRanges keys = block_ranges(w, rules, block, i0, rows);
    const T* v_block = v + (bkv * p.s + block.j0) * dv;  // (cols, Dv)
    for (std::int64_t g = 0; g < group; ++g) {           // the K/V block serves every head of the group
      const std::int64_t h = kvh * group + g, row0 = (b * p.heads + h) * p.t + i0;
      for (std::int64_t t = 0; t < block.tiles; ++t) {
        const TilePair tile = block.tile(t, b, i0, rows);
        score_tile(w, p, math, tile, h, q + row0 * d, k_t.tile(bkv, tile.j0),
                   ScoreOut<T>{w.scores.data() + t * kKeyTile, kKeyBlock}, w.next_item.take());
      }
      const RunningRows<T> run{w.row_max.data() + g * kQueryTile, w.row_sum.data() + g * kQueryTile,
                               w.acc.data() + g * kQueryTile * dv};
      softmax_and_product(w, math, keys, rows, block.cols, v_block, run, dv, direct ? out + row0 * dv : nullptr);
    }
  }
  for (std::int64_t g = 0; g < group; ++g) {
    const std::int64_t row0 = (b * p.heads + kvh * group + g) * p.t + i0;
    const T* acc = w.acc.data() + g * kQueryTile * dv;
    for (std::int64_t r = 0; r < rows; ++r) {
      const T l = w.row_sum[g * kQueryTile + r];
      const T inv = l > 0 ? T(1) / l : T(0);
      if (!direct)
        for (std::int64_t c = 0; c < dv; ++c) out[(row0 + r) * dv + c] = acc[r * dv + c] * inv;
      lse[row0 + r] = l > 0 ? w.row_max[g * kQueryTile + r] + std::log(l) : inf;
    }
  }
}

// One backward call: its inputs and outputs (flash_attention.h's layouts), Δ, the
// transposed keys and values, and the mask rules.
template <class T>
struct BackwardCall {
  T* dq;
  T* dk;
  T* dv;
  const T* dout;
  const T* q;
  const T* k;
  const T* lse;
  const T* delta;
  const TransposedRows<T>& k_t;
  const TransposedRows<T>& v_t;
  const FlashProblem<T>& p;
  const MaskRules& rules;
  FlashMath math;
};

// dS (rows, cols) = P ∘ (dO_tile Vᵀ - delta) in w.dscores, v_tile_t = Vᵀ (Dv, cols); P in
// w.scores.
template <class T>
void score_gradient(Scratch<T>& w, const BackwardCall<T>& call, const TilePair& tile, const T* dout_tile,
                    MatrixRef<T> v_tile_t, const T* delta_rows, TilePrefetch ahead = {}) {
  T* ds = w.dscores.data();
  const std::int64_t rows = tile.rows, cols = tile.cols, width_v = call.p.dv;
  const TileBand band = band_of(w, tile, BandUse::KeysAsColumns);
  tile_gemm<T>(call.math, rows, cols, width_v, {dout_tile, width_v, false}, v_tile_t, {ds, kKeyTile, T(1), T(0)}, band,
               ahead);
  if (band.col_lo)  // dP outside the band was not computed: P is 0 there, and so is dS
    for (std::int64_t r = 0; r < rows; ++r) {
      std::fill(ds + r * kKeyTile, ds + r * kKeyTile + band.col_lo[r], T(0));
      std::fill(ds + r * kKeyTile + band.col_hi[r], ds + r * kKeyTile + cols, T(0));
    }
  if constexpr (std::is_same_v<T, float>) {
    if (vector_steps<T>(call.math))
      return kernels::score_gradient(ds, w.scores.data(), kKeyTile, rows, cols, delta_rows);
  }
  for (std::int64_t r = 0; r < rows; ++r)
    for (std::int64_t c = 0; c < cols; ++c)
      ds[r * kKeyTile + c] = w.scores[r * kKeyTile + c] * (ds[r * kKeyTile + c] - delta_rows[r]);
}

// What the first pass's next item on this thread, key tile kt + 1 of the same slice,
// reads first and this one (queries [lo, hi)) does not: its transposed key and value
// tiles, and the query tile where its queries end, with that tile's dO, in every head
// of the group. The item's tile products prefetch it.
template <class T>
void plan_next_key_tile(Scratch<T>& w, const BackwardCall<T>& call, std::int64_t bkv, std::int64_t kt,
                        std::int64_t hi) {
  const FlashProblem<T>& p = call.p;
  w.next_item.clear();
  const std::int64_t j0 = (kt + 1) * kKeyTile;
  if (j0 >= p.s || hi <= 0) return;
  const std::int64_t group = p.heads / p.kv_heads, b = bkv / p.kv_heads, kvh = bkv % p.kv_heads;
  w.next_item.add(call.k_t.tile(bkv, j0).data, sizeof(T) * p.d * kKeyTile);
  w.next_item.add(call.v_t.tile(bkv, j0).data, sizeof(T) * p.dv * kKeyTile);
  std::int64_t lo_next, hi_next;
  call.rules.query_range(j0, std::min(p.s, j0 + kKeyTile), p.t, lo_next, hi_next);
  const std::int64_t i0 = (hi_next - 1) / kQueryTile * kQueryTile;
  if (hi_next > lo_next && i0 >= (hi - 1) / kQueryTile * kQueryTile + kQueryTile) {
    const std::int64_t rows = std::min(kQueryTile, p.t - i0);
    for (std::int64_t g = 0; g < group; ++g) {
      const std::int64_t row0 = (b * p.heads + kvh * group + g) * p.t + i0;
      w.next_item.add(call.q + row0 * p.d, sizeof(T) * rows * p.d);
      w.next_item.add(call.dout + row0 * p.dv, sizeof(T) * rows * p.dv);
    }
  }
}

// Backward's first pass, one work item: dK and dV of key tile kt of slice bkv
// (= b * Hkv + kv head), from every query tile and every head of the group that sees it.
template <class T>
void key_tile_item(Scratch<T>& w, const BackwardCall<T>& call, std::int64_t bkv, std::int64_t kt) {
  const FlashProblem<T>& p = call.p;
  const FlashMath math = call.math;
  const std::int64_t group = p.heads / p.kv_heads, d = p.d, width_v = p.dv;
  const std::int64_t b = bkv / p.kv_heads, kvh = bkv % p.kv_heads;
  const std::int64_t j0 = kt * kKeyTile, cols = std::min(kKeyTile, p.s - j0);
  w.with_query_ranges = true;  // Pᵀ dO and dSᵀ Q sum over the queries that see each key
  T* dk_tile = call.dk + (bkv * p.s + j0) * d;
  T* dv_tile = call.dv + (bkv * p.s + j0) * width_v;
  std::fill(dk_tile, dk_tile + cols * d, T(0));
  std::fill(dv_tile, dv_tile + cols * width_v, T(0));
  std::int64_t lo, hi;
  call.rules.query_range(j0, j0 + cols, p.t, lo, hi);
  plan_next_key_tile(w, call, bkv, kt, hi);
  // per query tile and head: the score, Pᵀ·dO, dP and dSᵀ·Q products
  w.next_item.spread(4 * group * tiles(hi - lo / kQueryTile * kQueryTile, kQueryTile));
  for (std::int64_t i0 = lo / kQueryTile * kQueryTile; i0 < hi; i0 += kQueryTile) {
    const std::int64_t rows = std::min(kQueryTile, p.t - i0);
    const TilePair tile{b, i0, rows, j0, cols, call.rules.classify(b, i0, i0 + rows, j0, j0 + cols)};
    if (tile.kind == TileKind::Skip) continue;
    if (tile.kind == TileKind::Partial) fill_visible(w, call.rules, tile);
    for (std::int64_t g = 0; g < group; ++g) {
      const std::int64_t h = kvh * group + g, row0 = (b * p.heads + h) * p.t + i0;
      const T* q_tile = call.q + row0 * d;
      const T* dout_tile = call.dout + row0 * width_v;
      score_tile(w, p, math, tile, h, q_tile, call.k_t.tile(bkv, j0), ScoreOut<T>{w.scores.data(), kKeyTile},
                 w.next_item.take());
      probabilities(w, math, tile, call.lse + row0);
      const TileBand queries = band_of(w, tile, BandUse::QueriesAsDepth);
      tile_gemm<T>(math, cols, width_v, rows, {w.scores.data(), kKeyTile, true}, {dout_tile, width_v, false},
                   {dv_tile, width_v, T(1), T(1)}, queries, w.next_item.take());
      score_gradient(w, call, tile, dout_tile, call.v_t.tile(bkv, j0), call.delta + row0, w.next_item.take());
      tile_gemm<T>(math, cols, d, rows, {w.dscores.data(), kKeyTile, true}, {q_tile, d, false},
                   {dk_tile, d, p.scale, T(1)}, queries, w.next_item.take());
    }
  }
}

// What the second pass's next item on this thread, query tile qt - 1 of the same head,
// reads first and this one (keys from key_lo on) does not: its queries and dO, and the
// key tile where its keys begin (transposed K and V, and K). The item's tile products
// prefetch it.
template <class T>
void plan_next_query_tile(Scratch<T>& w, const BackwardCall<T>& call, std::int64_t bh, std::int64_t qt,
                          std::int64_t key_lo) {
  const FlashProblem<T>& p = call.p;
  w.next_item.clear();
  if (qt == 0) return;
  const std::int64_t group = p.heads / p.kv_heads, bkv = bh / p.heads * p.kv_heads + bh % p.heads / group;
  const std::int64_t i0 = (qt - 1) * kQueryTile, row0 = bh * p.t + i0;
  w.next_item.add(call.q + row0 * p.d, sizeof(T) * kQueryTile * p.d);
  w.next_item.add(call.dout + row0 * p.dv, sizeof(T) * kQueryTile * p.dv);
  if (const std::int64_t j0 = first_key_tile_before(call.rules, i0, key_lo / kKeyTile * kKeyTile); j0 >= 0) {
    w.next_item.add(call.k_t.tile(bkv, j0).data, sizeof(T) * p.d * kKeyTile);
    w.next_item.add(call.v_t.tile(bkv, j0).data, sizeof(T) * p.dv * kKeyTile);
    w.next_item.add(call.k + (bkv * p.s + j0) * p.d, sizeof(T) * std::min(kKeyTile, p.s - j0) * p.d);
  }
}

// Backward's second pass, one work item: dQ of query tile qt of bh (= b * H + head),
// from every key tile it sees.
template <class T>
void query_tile_item(Scratch<T>& w, const BackwardCall<T>& call, std::int64_t bh, std::int64_t qt) {
  const FlashProblem<T>& p = call.p;
  const FlashMath math = call.math;
  const std::int64_t group = p.heads / p.kv_heads, d = p.d, width_v = p.dv;
  const std::int64_t b = bh / p.heads, h = bh % p.heads, bkv = b * p.kv_heads + h / group;
  const std::int64_t i0 = qt * kQueryTile, rows = std::min(kQueryTile, p.t - i0), row0 = bh * p.t + i0;
  T* dq_tile = call.dq + row0 * d;
  std::fill(dq_tile, dq_tile + rows * d, T(0));
  std::int64_t key_lo, key_hi;
  call.rules.key_range(i0, i0 + rows, key_lo, key_hi);
  plan_next_query_tile(w, call, bh, qt, key_lo);
  // per key tile: the score, dP and dS·K products
  w.next_item.spread(3 * tiles(key_hi - key_lo / kKeyTile * kKeyTile, kKeyTile));
  for_each_key_tile(w, call.rules, p.s, b, i0, rows, [&](const TilePair& tile) {
    const T* k_tile = call.k + (bkv * p.s + tile.j0) * d;
    score_tile(w, p, math, tile, h, call.q + row0 * d, call.k_t.tile(bkv, tile.j0),
               ScoreOut<T>{w.scores.data(), kKeyTile}, w.next_item.take());
    probabilities(w, math, tile, call.lse + row0);
    score_gradient(w, call, tile, call.dout + row0 * width_v, call.v_t.tile(bkv, tile.j0), call.delta + row0,
                   w.next_item.take());
    tile_gemm<T>(math, tile.rows, d, tile.cols, {w.dscores.data(), kKeyTile, false}, {k_tile, d, false},
                 {dq_tile, d, p.scale, T(1)}, band_of(w, tile, BandUse::KeysAsDepth), w.next_item.take());
  });
}

// Runs item(scratch, index) for index in [0, n) on the OpenMP team, a thread taking
// runs of up to `run` consecutive items (dynamic: causal items differ in cost); runs
// are shortened where that would leave a thread fewer than eight.
template <class T, class F>
void for_each_item(std::int64_t n, std::int64_t work_per_item, std::int64_t group, std::int64_t dv, F item,
                   std::int64_t run = 1) {
  if (n > 1 && n * work_per_item >= kParallelGrain) {
    run = std::clamp<std::int64_t>(n / (8 * omp_get_max_threads()), 1, run);
#pragma omp parallel
    {
      Scratch<T> w;
      make_scratch(w, group, dv);
#pragma omp for schedule(dynamic, run)
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
  const ForwardCall<T> call{out, lse, q, k_t, v, p, rules, math};
  // Items in the order heaviest first: the last query tiles see the most keys. A thread
  // takes runs of eight, neighbours that share key tiles, and prefetches the next.
  for_each_item<T>(
      items, group * kQueryTile * p.s * p.d, group, p.dv,
      [&](Scratch<T>& w, std::int64_t i) {
        const std::int64_t qt = query_tiles - 1 - i % query_tiles, bh = i / query_tiles;
        forward_item(w, call, bh / p.kv_heads, bh % p.kv_heads, qt);
      },
      /*run=*/8);
}

template <class T>
void flash_attention_backward(T* dq, T* dk, T* dv, const T* dout, const T* q, const T* k, const T* v, const T* out,
                              const T* lse, const FlashProblem<T>& p, FlashMath math) {
  const MaskRules rules(p.mask, p.t, p.s);
  const std::int64_t group = p.heads / p.kv_heads, width_v = p.dv;
  const std::int64_t query_tiles = tiles(p.t, kQueryTile), key_tiles = tiles(p.s, kKeyTile);

  // delta (B, H, T) = rowsum(dO ∘ O), with the rounding of dP's own sums (one
  // multiply-add chain in order): where one key takes all the weight, O equals its value
  // row, and dS = P (dP - delta) then cancels exactly, as it does in the plain
  // composition. In blocks of kQueryTile rows.
  std::vector<T> delta(p.batch * p.heads * p.t);
  const auto rows_total = static_cast<std::int64_t>(delta.size());
  parallel_for(tiles(rows_total, kQueryTile), rows_total * width_v >= kParallelGrain, [&](std::int64_t block) {
    const std::int64_t r0 = block * kQueryTile, rows = std::min(kQueryTile, rows_total - r0);
    if constexpr (std::is_same_v<T, float>) {
      if (vector_steps<T>(math)) return row_dots(dout + r0 * width_v, out + r0 * width_v, rows, width_v, &delta[r0]);
    }
    for (std::int64_t row = r0; row < r0 + rows; ++row) {
      T sum = 0;
      for (std::int64_t c = 0; c < width_v; ++c) sum = std::fma(dout[row * width_v + c], out[row * width_v + c], sum);
      delta[row] = sum;
    }
  });

  const TransposedRows<T> k_t(k, p.batch * p.kv_heads, p.s, p.d, vector_steps<T>(math));
  const TransposedRows<T> v_t(v, p.batch * p.kv_heads, p.s, width_v, vector_steps<T>(math));
  const BackwardCall<T> call{dq, dk, dv, dout, q, k, lse, delta.data(), k_t, v_t, p, rules, math};

  // Pass 1: dK, dV per key tile of each (b, kvh); neighbouring key tiles share most of
  // their query tiles.
  for_each_item<T>(
      p.batch * p.kv_heads * key_tiles, group * p.t * kKeyTile * p.d, 1, width_v,
      [&](Scratch<T>& w, std::int64_t item) { key_tile_item(w, call, item / key_tiles, item % key_tiles); },
      /*run=*/8);
  // Pass 2: dQ per query tile of each (b, h), heaviest first.
  for_each_item<T>(
      p.batch * p.heads * query_tiles, kQueryTile * p.s * p.d, 1, width_v,
      [&](Scratch<T>& w, std::int64_t item) {
        query_tile_item(w, call, item / query_tiles, query_tiles - 1 - item % query_tiles);
      },
      /*run=*/8);
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
