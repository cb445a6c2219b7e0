#include "attn/decode/cached_attention.h"

#include "attn/autograd.h"
#include "attn/decode/decode_attention.h"
#include "attn/error.h"

namespace attn::decode {
namespace {

// The checks both modules share: x_new (B, T_new, d_in), eval mode or no dropout,
// S0 + T_new within the context length.
void check_step(const char* module, const Tensor& x_new, std::int64_t d_in, bool training, double dropout,
                std::int64_t context_length, const KVCache& cache, std::int64_t layer) {
  ATTN_CHECK(x_new.defined() && x_new.dim() == 3 && x_new.size(2) == d_in, "forward_cached(", module,
             "): expected x_new (B, T_new, d_in = ", d_in, "), got ", x_new.defined() ? x_new.describe() : "undefined");
  ATTN_CHECK(!training || dropout == 0.0, "forward_cached(", module, "): inference only, but the module is training ",
             "with dropout ", dropout, "; call eval() first");
  const std::int64_t total = cache.length(layer) + x_new.size(1);
  ATTN_CHECK(context_length == 0 || total <= context_length, "forward_cached(", module, "): layer ", layer, " holds ",
             cache.length(layer), " positions; with x_new ", x_new.describe(), " that is S = ", total,
             ", beyond the context length ", context_length);
}

}  // namespace

Tensor forward_cached(const nn::MultiHeadAttention& attention, const Tensor& x_new, KVCache& cache,
                      std::int64_t layer) {
  const auto& o = attention.options();
  check_step("MultiHeadAttention", x_new, o.d_in, attention.is_training(), o.dropout, o.context_length, cache, layer);
  ATTN_CHECK(o.causal,
             "forward_cached(MultiHeadAttention): the module is bidirectional (causal = false); only a "
             "causal module's keys and values can be cached");
  NoGradGuard no_grad;
  const Tensor q = nn::split_heads(attention.W_query().forward(x_new), o.heads);  // (B, H, T_new, D)
  const KVView kv = cache.append(layer, nn::split_heads(attention.W_key().forward(x_new), o.kv_heads),
                                 nn::split_heads(attention.W_value().forward(x_new), o.kv_heads));  // (B, Hkv, S, D)
  const Tensor context = decode_attention(q, kv.keys, kv.values);                                   // (B, H, T_new, D)
  return attention.out_proj().forward(nn::merge_heads(context));                                    // (B, T_new, d_out)
}

Tensor forward_cached(const nn::CausalAttention& attention, const Tensor& x_new, KVCache& cache, std::int64_t layer) {
  const auto& o = attention.options();
  check_step("CausalAttention", x_new, o.d_in, attention.is_training(), o.dropout, o.context_length, cache, layer);
  NoGradGuard no_grad;
  // One head of width d_out: (B, T_new, d_out) -> (B, 1, T_new, d_out).
  const Tensor q = nn::split_heads(attention.W_query().forward(x_new), 1);
  const KVView kv = cache.append(layer, nn::split_heads(attention.W_key().forward(x_new), 1),
                                 nn::split_heads(attention.W_value().forward(x_new), 1));
  return nn::merge_heads(decode_attention(q, kv.keys, kv.values));  // (B, T_new, d_out)
}

}  // namespace attn::decode
