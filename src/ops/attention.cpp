#include "attn/ops/attention.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/ops/dropout.h"
#include "attn/ops/elementwise.h"
#include "attn/ops/flash_attention.h"
#include "attn/ops/mask.h"
#include "attn/ops/matmul.h"
#include "attn/ops/shape.h"
#include "attn/ops/softmax.h"
#include "dispatch.h"
#include "kernels/cpu/strided.h"

namespace attn {
namespace {

// dst |= src, src (U8) broadcasting to dst (U8, contiguous).
void or_into(const Tensor& dst, const Tensor& src) {
  const Tensor s = src.expand(dst.shape());
  std::uint8_t* d = dst.data<std::uint8_t>();
  const std::uint8_t* p = s.data<std::uint8_t>();
  kernels::for_each_row<2>(dst.shape(), {&dst.strides(), &s.strides()}, [&](auto off, std::int64_t n, auto inner) {
    for (std::int64_t i = 0; i < n; ++i) d[off[0] + i * inner[0]] |= p[off[1] + i * inner[1]] ? 1 : 0;
  });
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// Whether the causal, window and block-sparse rules hide key j from the query at
// position p = t + (S - T) (definitions in attention.h).
bool position_masked(const AttentionMask& m, std::int64_t p, std::int64_t j) {
  if ((m.causal || m.window > 0) && j > p) return true;
  if (m.window > 0 && j <= p - m.window) return true;
  const BlockSparsePattern& bs = m.block_sparse;
  if (bs.kind == BlockSparseKind::None) return false;
  const std::int64_t qb = floor_div(p, bs.block), kb = j / bs.block, distance = qb - kb;
  if (distance < bs.local_blocks && -distance < bs.local_blocks) return false;
  if (bs.kind == BlockSparseKind::Strided) return distance % bs.stride != 0;
  return kb % bs.stride != bs.stride - 1;
}

// The union of the masks as one U8 tensor (B or 1, H or 1, T, S); undefined if none.
Tensor combine_masks(const AttentionMask& m, std::int64_t b, std::int64_t h, std::int64_t t, std::int64_t s) {
  Shape shape{1, 1, t, s};
  if (m.key_padding.defined()) {
    ATTN_CHECK(m.key_padding.dtype() == DType::U8 && m.key_padding.shape() == (Shape{b, s}),
               "attention: key padding mask must be u8(B, S) = u8", shape_str({b, s}), ", got ",
               m.key_padding.describe());
    shape[0] = b;
  }
  if (m.mask.defined()) {
    ATTN_CHECK(m.mask.dtype() == DType::U8 && m.mask.dim() <= 4,
               "attention: mask must be u8 broadcasting to (B, H, T, S) = ", shape_str({b, h, t, s}), ", got ",
               m.mask.describe());
    Shape full{b, h, t, s};
    for (std::int64_t i = 0; i < m.mask.dim(); ++i) {
      const std::int64_t d = 4 - m.mask.dim() + i, size = m.mask.shape()[i];
      ATTN_CHECK(size == 1 || size == full[d], "attention: mask ", m.mask.describe(),
                 " does not broadcast to (B, H, T, S) = ", shape_str(full));
      if (size != 1) shape[d] = size;
    }
  }
  const bool banded = m.causal || m.window > 0, sparse = m.block_sparse.kind != BlockSparseKind::None;
  if (!banded && !sparse && !m.key_padding.defined() && !m.mask.defined()) return Tensor();
  Tensor combined = zeros(shape, DType::U8);
  if (banded || sparse) {
    Tensor positional = zeros({t, s}, DType::U8);
    std::uint8_t* c = positional.data<std::uint8_t>();
    for (std::int64_t i = 0; i < t; ++i)
      for (std::int64_t j = 0; j < s; ++j) c[i * s + j] = position_masked(m, i + (s - t), j) ? 1 : 0;
    or_into(combined, positional);
  }
  if (m.key_padding.defined()) or_into(combined, reshape(m.key_padding, {b, 1, 1, s}));
  if (m.mask.defined()) or_into(combined, m.mask);
  return combined;
}

// Rows of the mask (..., T, S) whose every key is masked, as (..., T, 1); clears
// them in `mask` so that their softmax stays finite. Undefined if there are none.
Tensor take_dead_rows(const Tensor& mask) {
  const std::int64_t s = mask.size(-1), rows = mask.numel() / std::max<std::int64_t>(s, 1);
  Shape dead_shape = mask.shape();
  dead_shape.back() = 1;
  Tensor dead = zeros(dead_shape, DType::U8);
  std::uint8_t* m = mask.data<std::uint8_t>();
  std::uint8_t* d = dead.data<std::uint8_t>();
  bool any = false;
  for (std::int64_t r = 0; r < rows; ++r) {
    bool all = true;
    for (std::int64_t j = 0; j < s && all; ++j) all = m[r * s + j] != 0;
    if (all) {
      d[r] = 1;
      any = true;
      std::fill(m + r * s, m + (r + 1) * s, std::uint8_t{0});
    }
  }
  return any ? dead : Tensor();
}

}  // namespace

void check_attention_arguments(const char* op, const Tensor& q, const Tensor& k, const Tensor& v,
                               const AttentionOptions& o) {
  check_float(q, op, "q");
  ATTN_CHECK(q.dim() == 4 && k.defined() && k.dim() == 4 && v.defined() && v.dim() == 4, op,
             ": expected q (B, H, T, D), k (B, Hkv, S, D), v (B, Hkv, S, Dv); got q ", q.describe(), ", k ",
             k.defined() ? k.describe() : "undefined", ", v ", v.defined() ? v.describe() : "undefined");
  ATTN_CHECK(q.dtype() == k.dtype() && q.dtype() == v.dtype(), op, ": dtypes differ: q ", q.describe(), ", k ",
             k.describe(), ", v ", v.describe());
  const std::int64_t b = q.size(0), h = q.size(1), t = q.size(2), d = q.size(3);
  const std::int64_t hkv = k.size(1), s = k.size(2);
  ATTN_CHECK(k.size(0) == b && v.size(0) == b, op, ": batch sizes differ: q ", q.describe(), ", k ", k.describe(),
             ", v ", v.describe());
  ATTN_CHECK(k.size(3) == d, op, ": q ", q.describe(), " and k ", k.describe(), " differ in head width D");
  ATTN_CHECK(v.size(1) == hkv && v.size(2) == s, op, ": k ", k.describe(), " and v ", v.describe(),
             " differ in heads or length S");
  ATTN_CHECK(hkv > 0 && h % hkv == 0, op, ": H = ", h, " query heads are not a multiple of Hkv = ", hkv,
             " key/value heads");
  ATTN_CHECK(!(o.training && o.dropout > 0) || o.generator, op, ": dropout in training needs a generator");
  ATTN_CHECK(o.mask.window >= 0, op, ": window W must be >= 0 (0 for none), got ", o.mask.window);
  const BlockSparsePattern& bs = o.mask.block_sparse;
  ATTN_CHECK(bs.kind == BlockSparseKind::None || (bs.block > 0 && bs.local_blocks >= 1 && bs.stride > 0), op,
             ": block-sparse pattern needs block > 0, local_blocks >= 1, stride > 0; got block ", bs.block,
             ", local_blocks ", bs.local_blocks, ", stride ", bs.stride);
  ATTN_CHECK(!o.mask.key_padding.defined() ||
                 (o.mask.key_padding.dtype() == DType::U8 && o.mask.key_padding.shape() == (Shape{b, s})),
             op, ": key padding mask must be u8(B, S) = u8", shape_str({b, s}), ", got ",
             o.mask.key_padding.describe());
  if (o.bias.defined()) {
    const Tensor& bias = o.bias;
    ATTN_CHECK(bias.dtype() == q.dtype() && bias.dim() == 4 && (bias.size(0) == 1 || bias.size(0) == b) &&
                   (bias.size(1) == 1 || bias.size(1) == h) && bias.size(2) == t && bias.size(3) == s,
               op, ": bias must be ", dtype_name(q.dtype()),
               "(B or 1, H or 1, T, S) with (B, H, T, S) = ", shape_str({b, h, t, s}), ", got ", bias.describe());
  }
}

namespace {

bool fused_attention_applies(const Tensor& q, const Tensor& k, const Tensor& v, const AttentionOptions& o) {
  const std::int64_t min_length = needs_grad({q, k, v}) ? kFusedAttentionMinLengthWithGrad : kFusedAttentionMinLength;
  return flash_attention_unsupported(o).empty() && q.size(2) >= min_length;
}

}  // namespace

AttentionResult attention(const Tensor& q, const Tensor& k, const Tensor& v, const AttentionOptions& o) {
  check_attention_arguments("attention", q, k, v, o);
  if (o.kernel == AttentionKernel::Fused ||
      (o.kernel == AttentionKernel::Auto && fused_attention_applies(q, k, v, o))) {
    ATTN_CHECK(!o.need_weights, "attention: kernel = Fused never forms the weights; set need_weights = false (q ",
               q.describe(), ", k ", k.describe(), ")");
    return {flash_attention(q, k, v, o), Tensor()};
  }
  const std::int64_t b = q.size(0), h = q.size(1), t = q.size(2), d = q.size(3);
  const std::int64_t hkv = k.size(1), s = k.size(2), dv = v.size(3);
  const std::int64_t g = h / hkv;
  const double scale_factor = o.scale > 0 ? o.scale : 1.0 / std::sqrt(static_cast<double>(d));

  // The G query heads of a group share one key/value head: fold them into the rows
  // of one product, (B, Hkv, G*T, D) · (B, Hkv, D, S), instead of copying k and v G times.
  Tensor scores = scale(matmul(reshape(q, {b, hkv, g * t, d}), transpose(k, -1, -2)), scale_factor);
  scores = reshape(scores, {b, h, t, s});  // (B, H, T, S)
  if (o.bias.defined()) scores = add(scores, o.bias);

  Tensor mask = combine_masks(o.mask, b, h, t, s);
  Tensor dead = mask.defined() ? take_dead_rows(mask) : Tensor();
  if (mask.defined()) scores = masked_fill(scores, mask, -std::numeric_limits<double>::infinity());
  Tensor weights = softmax(scores);
  if (dead.defined()) weights = masked_fill(weights, dead, 0.0);

  Tensor used = (o.training && o.dropout > 0) ? dropout(weights, o.dropout, *o.generator, true) : weights;
  Tensor out = matmul(reshape(used, {b, hkv, g * t, s}), v);  // (B, Hkv, G*T, Dv)
  return {reshape(out, {b, h, t, dv}), weights};
}

}  // namespace attn
