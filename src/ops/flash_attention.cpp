#include "attn/ops/flash_attention.h"

#include <cmath>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/ops/shape.h"
#include "dispatch.h"
#include "kernels/cpu/flash_attention.h"

namespace attn {

std::string flash_attention_unsupported(const AttentionOptions& o) {
  if (o.mask.mask.defined()) return "a u8 mask (pass it as bias = -inf instead)";
  if (o.training && o.dropout > 0) return "dropout on the weights in training";
  if (o.bias.defined() && o.bias.requires_grad() && grad_enabled()) return "a bias that requires grad";
  if (o.need_weights) return "need_weights (the fused kernel never forms the weights)";
  return "";
}

Tensor flash_attention(const Tensor& q_in, const Tensor& k_in, const Tensor& v_in, const AttentionOptions& o) {
  check_attention_arguments("flash_attention", q_in, k_in, v_in, o);
  AttentionOptions fused_options = o;
  fused_options.need_weights = false;
  const std::string unsupported = flash_attention_unsupported(fused_options);
  ATTN_CHECK(unsupported.empty(), "flash_attention: the fused kernel does not take ", unsupported, " (q ",
             q_in.describe(), ", k ", k_in.describe(), ")");
  const Tensor q = contiguous(q_in), k = contiguous(k_in), v = contiguous(v_in);
  const std::int64_t b = q.size(0), h = q.size(1), t = q.size(2), d = q.size(3);
  const std::int64_t hkv = k.size(1), s = k.size(2), dv = v.size(3);
  const Tensor key_padding = o.mask.key_padding.defined() ? o.mask.key_padding.contiguous() : Tensor();
  const Tensor bias = o.bias.defined() ? o.bias.detach().contiguous() : Tensor();

  Tensor out = empty({b, h, t, dv}, q.dtype());
  Tensor lse = empty({b, h, t}, q.dtype());  // log-sum-exp per row; +inf where every key is masked
  const double scale = o.scale > 0 ? o.scale : 1.0 / std::sqrt(static_cast<double>(d));
  const kernels::FlashMask mask{o.mask.causal, o.mask.window, o.mask.block_sparse,
                                key_padding.defined() ? key_padding.data<std::uint8_t>() : nullptr};
  // The kernel's view of the problem; holds pointers into key_padding and bias.
  auto problem = [=](auto tag) {
    using T = decltype(tag);
    kernels::FlashProblem<T> p;
    p.batch = b, p.heads = h, p.kv_heads = hkv, p.t = t, p.s = s, p.d = d, p.dv = dv;
    p.scale = static_cast<T>(scale);
    p.mask = mask;
    if (bias.defined()) {
      p.bias = bias.data<T>();
      p.bias_batch_stride = bias.size(0) == 1 ? 0 : bias.size(1) * t * s;
      p.bias_head_stride = bias.size(1) == 1 ? 0 : t * s;
    }
    return p;
  };
  dispatch_float(q.dtype(), "flash_attention", [&](auto tag) {
    using T = decltype(tag);
    kernels::flash_attention_forward<T>(out.data<T>(), lse.data<T>(), q.data<T>(), k.data<T>(), v.data<T>(),
                                        problem(tag));
  });
  if (needs_grad({q, k, v})) {
    // Saves q, k, v, out and lse (B, H, T): O(T) beyond the inputs; key_padding is
    // kept alive for the pointer in `problem` (which holds bias itself).
    record(out, "flash_attention", {q, k, v},
           [problem, key_padding, q = q.detach(), k = k.detach(), v = v.detach(), out_saved = out.detach(),
            lse](const Tensor& dout_in) {
             const Tensor dout = dout_in.contiguous();
             Tensor dq = empty_like(q), dk = empty_like(k), dv = empty_like(v);
             dispatch_float(q.dtype(), "flash_attention backward", [&](auto tag) {
               using T = decltype(tag);
               kernels::flash_attention_backward<T>(dq.data<T>(), dk.data<T>(), dv.data<T>(), dout.data<T>(),
                                                    q.data<T>(), k.data<T>(), v.data<T>(), out_saved.data<T>(),
                                                    lse.data<T>(), problem(tag));
             });
             return std::vector<Tensor>{dq, dk, dv};
           });
  }
  return out;
}

}  // namespace attn
