#include "models/gpt_step.h"

#include "attn/decode/decode_attention.h"
#include "attn/error.h"
#include "attn/ops/shape.h"
#include "kernels/cpu/gemv.h"
#include "kernels/cpu/norm.h"
#include "kernels/cpu/vec_math.h"

namespace attn::models {
namespace {

// A parameter's floats (null for an undefined bias).
const float* floats(const Tensor& t) {
  if (!t.defined()) return nullptr;
  ATTN_CHECK(t.dtype() == DType::F32 && t.is_contiguous(), "gpt_step: expected contiguous f32 parameters, got ",
             t.describe());
  return t.data<float>();
}

// y (C) = layer_norm(x (C)).
void layer_norm(const nn::LayerNorm& ln, const float* x, float* y) {
  double mean = 0.0, rstd = 0.0;
  kernels::layer_norm_row(y, x, floats(ln.weight()), floats(ln.bias()), ln.weight().numel(), ln.eps(), mean, rstd);
}

// y (Cout) = W x + b, x (Cin).
void linear(const nn::Linear& layer, const float* x, float* y) {
  const Tensor& w = layer.weight();
  kernels::gemv_rows(floats(w), w.size(1), x, y, w.size(0), w.size(1), floats(layer.bias()));
}

}  // namespace

bool gpt_step_applies(const GPT& model, const Tensor& ids_new) {
  return ids_new.size(0) == 1 && ids_new.size(1) == 1 && model.wte().weight().dtype() == DType::F32;
}

Tensor gpt_step(const GPT& model, std::int64_t id, decode::KVCache& cache) {
  const GPTConfig& config = model.config();
  const std::int64_t c = config.width, h = config.heads, d = config.head_dim(), position = cache.length();
  // The residual stream x, a normalised or projected row, and the MLP's hidden row.
  Tensor x = empty({c}), row = empty({c}), qkv = empty({1, 3 * c}), hidden = empty({4 * c}), act = empty({4 * c});
  float* px = x.data<float>();
  float* prow = row.data<float>();

  kernels::vec::add(px, floats(model.wte().weight()) + id * c, floats(model.wpe().weight()) + position * c, c);
  for (std::int64_t l = 0; l < config.layers; ++l) {
    const GPTBlock& block = model.block(l);
    layer_norm(block.ln_1(), px, prow);
    linear(block.attn().c_attn(), prow, qkv.data<float>());  // [q | k | v], each H heads of D
    const decode::KVView kv =
        cache.append(l, reshape(narrow(qkv, 1, c, c), {1, h, 1, d}), reshape(narrow(qkv, 1, 2 * c, c), {1, h, 1, d}));
    const Tensor heads = decode::decode_attention(reshape(narrow(qkv, 1, 0, c), {1, h, 1, d}), kv.keys, kv.values);
    linear(block.attn().c_proj(), heads.data<float>(), prow);  // heads (1, H, 1, D) is the merged row
    kernels::vec::add(px, px, prow, c);
    layer_norm(block.ln_2(), px, prow);
    linear(block.mlp().c_fc(), prow, hidden.data<float>());
    kernels::vec::gelu_tanh(act.data<float>(), hidden.data<float>(), 4 * c);
    linear(block.mlp().c_proj(), act.data<float>(), prow);
    kernels::vec::add(px, px, prow, c);
  }
  layer_norm(model.ln_f(), px, prow);
  const Tensor& head = model.lm_head_weight();  // (V, C)
  Tensor logits = empty({1, config.vocab_size});
  kernels::gemv_rows(floats(head), c, prow, logits.data<float>(), config.vocab_size, c);
  return logits;
}

}  // namespace attn::models
