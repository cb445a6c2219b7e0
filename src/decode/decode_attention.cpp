#include "attn/decode/decode_attention.h"

#include <cmath>

#include "attn/autograd.h"
#include "attn/error.h"
#include "kernels/cpu/decode_attention.h"

namespace attn::decode {

Tensor decode_attention(const Tensor& q, const Tensor& k, const Tensor& v, const DecodeAttentionOptions& o) {
  ATTN_CHECK(q.defined() && k.defined() && v.defined() && q.dim() == 4 && k.dim() == 4 && v.dim() == 4,
             "decode_attention: expected q (B, H, T, D), k (B, Hkv, S, D), v (B, Hkv, S, Dv); got q ",
             q.defined() ? q.describe() : "undefined", ", k ", k.defined() ? k.describe() : "undefined", ", v ",
             v.defined() ? v.describe() : "undefined");
  ATTN_CHECK(q.dtype() == DType::F32 && k.dtype() == DType::F32 && v.dtype() == DType::F32,
             "decode_attention: expected f32 tensors, got q ", q.describe(), ", k ", k.describe(), ", v ",
             v.describe());
  ATTN_CHECK(!needs_grad({q, k, v}),
             "decode_attention: inference only, but grad mode is on and an input requires "
             "grad (q ",
             q.describe(), ", k ", k.describe(), ", v ", v.describe(), "); run it under a NoGradGuard");
  const std::int64_t b = q.size(0), h = q.size(1), t = q.size(2), d = q.size(3);
  const std::int64_t hkv = k.size(1), s = k.size(2), dv = v.size(3);
  ATTN_CHECK(k.size(0) == b && v.size(0) == b && k.size(3) == d && v.size(1) == hkv && v.size(2) == s,
             "decode_attention: shapes disagree: q ", q.describe(), " (B, H, T, D), k ", k.describe(),
             " (B, Hkv, S, D), v ", v.describe(), " (B, Hkv, S, Dv)");
  ATTN_CHECK(hkv > 0 && h % hkv == 0, "decode_attention: H = ", h, " query heads are not a multiple of Hkv = ", hkv,
             " key/value heads (q ", q.describe(), ", k ", k.describe(), ")");
  ATTN_CHECK(k.strides()[3] == 1 && v.strides()[3] == 1,
             "decode_attention: each position of k and v must be contiguous, got k strides ", shape_str(k.strides()),
             ", v strides ", shape_str(v.strides()));
  ATTN_CHECK(!o.key_padding.defined() || (o.key_padding.dtype() == DType::U8 && o.key_padding.shape() == Shape{b, s}),
             "decode_attention: key padding must be u8(B, S) = u8", shape_str({b, s}), ", got ",
             o.key_padding.describe());
  ATTN_CHECK(o.keys_per_split > 0, "decode_attention: keys_per_split must be positive, got ", o.keys_per_split);

  const Tensor q_rows = q.is_contiguous() ? q : q.contiguous();
  const Tensor padding =
      !o.key_padding.defined() || o.key_padding.is_contiguous() ? o.key_padding : o.key_padding.contiguous();
  Tensor out = empty({b, h, t, dv});
  kernels::DecodeAttentionProblem p{};
  p.out = out.data<float>();
  p.q = q_rows.data<float>();
  p.k = k.data<float>();
  p.v = v.data<float>();
  p.key_padding = padding.defined() ? padding.data<std::uint8_t>() : nullptr;
  p.batch = b, p.heads = h, p.kv_heads = hkv, p.queries = t, p.keys = s, p.head_dim = d, p.value_dim = dv;
  p.k_batch_stride = k.strides()[0], p.k_head_stride = k.strides()[1], p.k_position_stride = k.strides()[2];
  p.v_batch_stride = v.strides()[0], p.v_head_stride = v.strides()[1], p.v_position_stride = v.strides()[2];
  p.scale = static_cast<float>(o.scale > 0 ? o.scale : 1.0 / std::sqrt(static_cast<double>(d)));
  p.causal = o.causal;
  p.keys_per_split = o.keys_per_split;
  kernels::decode_attention_forward(p);
  return out;
}

}  // namespace attn::decode
