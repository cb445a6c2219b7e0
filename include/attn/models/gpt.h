// attn models: GPT, the decoder-only transformer language model (see docs/gpt.md).
//
// GPT-2's architecture (Radford et al., 2019), block by block:
//   x = wte[ids] + wpe[positions]                     (B, T, C)
//   x = dropout(x)
//   for each of the L blocks:                          pre-LayerNorm, residual
//     x = x + dropout(attn(ln_1(x)))                   causal multi-head self-attention
//     x = x + dropout(mlp(ln_2(x)))                    C -> 4C, GELU (tanh), 4C -> C
//   logits = ln_f(x) · lm_headᵀ                        (B, T, V)
// with lm_head tied to wte (the same tensor) unless tie_embeddings is off.
//
// Attention uses one fused projection c_attn (C -> 3C: queries, keys, values side by
// side, heads of width D = C/H in order) and c_proj (C -> C), as GPT-2 does, so a
// block runs one large product instead of three. The attention itself is
// attn::attention with a causal mask, which takes the fused kernel when no weights
// are asked for.
//
// Parameters, in the order named_parameters() lists them (GPT-2's names; attn's
// Linear layout, out × in — see gpt_checkpoint.h for the Hugging Face Conv1D layout):
//   wte.weight                (V, C)
//   wpe.weight                (T_max, C)            T_max = context_length
//   h.<l>.ln_1.weight, .bias  (C)
//   h.<l>.attn.c_attn.weight  (3C, C),  .bias (3C)   [bias with qkv_bias]
//   h.<l>.attn.c_proj.weight  (C, C),   .bias (C)
//   h.<l>.ln_2.weight, .bias  (C)
//   h.<l>.mlp.c_fc.weight     (4C, C),  .bias (4C)
//   h.<l>.mlp.c_proj.weight   (C, 4C),  .bias (C)
//   ln_f.weight, .bias        (C)
//   lm_head.weight            (V, C)                only when not tied
//
// Initialisation (GPT-2's): every weight N(0, 0.02²), the two residual projections
// (attn.c_proj, mlp.c_proj) N(0, (0.02 / sqrt(2L))²), biases 0, LayerNorms 1 and 0.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "attn/decode/kv_cache.h"
#include "attn/nn/dropout.h"
#include "attn/nn/embedding.h"
#include "attn/nn/layer_norm.h"
#include "attn/nn/linear.h"
#include "attn/nn/module.h"
#include "attn/random.h"

namespace attn::models {

struct GPTConfig {
  std::int64_t vocab_size = 50257;     // V
  std::int64_t context_length = 1024;  // T_max, positions of wpe
  std::int64_t layers = 12;            // L
  std::int64_t heads = 12;             // H
  std::int64_t width = 768;            // C = H*D
  double dropout = 0.0;                // on embeddings, residual branches and attention weights
  bool qkv_bias = true;                // c_attn has a bias
  bool tie_embeddings = true;          // lm_head is wte
  double layer_norm_eps = 1e-5;

  std::int64_t head_dim() const { return width / heads; }  // D
  // Throws naming the field when a size is not positive, C is not divisible by H, or
  // dropout lies outside [0, 1).
  void validate() const;
  // The named presets: "gpt2" (124M: L=12, H=12, C=768), "gpt2-medium" (350M: 24, 16,
  // 1024), "gpt2-large" (774M: 36, 20, 1280), "gpt2-xl" (1558M: 48, 25, 1600), all with
  // V = 50257 and T_max = 1024; and CPU-sized ones, "small" (L=6, H=6, C=384, T_max 256,
  // V 50257) and "tiny" (L=2, H=2, C=64, T_max 64, V 50257). An unknown name is an error
  // listing the known ones.
  static GPTConfig named(std::string_view name);
  static std::vector<std::string> names();
};

// Causal self-attention with GPT-2's fused projection.
class GPTAttention : public nn::Module {
 public:
  GPTAttention(const GPTConfig& config, Generator& gen);

  // x (B, T, C) -> (B, T, C). With `weights` non-null, the attention weights
  // (B, H, T, T) are returned through it (the plain path, which materialises them).
  Tensor forward(const Tensor& x, Tensor* weights = nullptr);
  // Generation: x_new (B, T_new, C) -> (B, T_new, C), keys and values appended to
  // `cache` at `layer`; inference only (no gradient, no dropout).
  Tensor forward_cached(const Tensor& x_new, decode::KVCache& cache, std::int64_t layer) const;

  const nn::Linear& c_attn() const { return *c_attn_; }  // (3C, C)
  const nn::Linear& c_proj() const { return *c_proj_; }  // (C, C)

 private:
  GPTConfig config_;
  std::shared_ptr<nn::Linear> c_attn_;  // (3C, C): rows [0, C) queries, [C, 2C) keys, [2C, 3C) values
  std::shared_ptr<nn::Linear> c_proj_;  // (C, C)
  std::shared_ptr<nn::Dropout> attn_dropout_;
};

class GPTMLP : public nn::Module {
 public:
  GPTMLP(const GPTConfig& config, Generator& gen);
  // x (B, T, C) -> (B, T, C) = c_proj(gelu_tanh(c_fc(x)))
  Tensor forward(const Tensor& x) const;

  const nn::Linear& c_fc() const { return *c_fc_; }      // (4C, C)
  const nn::Linear& c_proj() const { return *c_proj_; }  // (C, 4C)

 private:
  std::shared_ptr<nn::Linear> c_fc_;    // (4C, C)
  std::shared_ptr<nn::Linear> c_proj_;  // (C, 4C)
};

class GPTBlock : public nn::Module {
 public:
  GPTBlock(const GPTConfig& config, Generator& gen);
  // x (B, T, C) -> (B, T, C); `weights` as in GPTAttention::forward.
  Tensor forward(const Tensor& x, Tensor* weights = nullptr);
  Tensor forward_cached(const Tensor& x_new, decode::KVCache& cache, std::int64_t layer) const;

  const nn::LayerNorm& ln_1() const { return *ln_1_; }
  const GPTAttention& attn() const { return *attn_; }
  const nn::LayerNorm& ln_2() const { return *ln_2_; }
  const GPTMLP& mlp() const { return *mlp_; }

 private:
  std::shared_ptr<nn::LayerNorm> ln_1_;
  std::shared_ptr<GPTAttention> attn_;
  std::shared_ptr<nn::LayerNorm> ln_2_;
  std::shared_ptr<GPTMLP> mlp_;
  std::shared_ptr<nn::Dropout> resid_dropout_;
};

class GPT : public nn::Module {
 public:
  // Parameters drawn from `gen` with GPT-2's initialisation; each Dropout seeds a
  // mask generator of its own from `gen`.
  GPT(const GPTConfig& config, Generator& gen);

  const GPTConfig& config() const { return config_; }

  // ids (B, T) I64, T <= T_max -> logits (B, T, V). With `weights` non-null it receives
  // every layer's attention weights, L tensors (B, H, T, T) (the plain attention path).
  Tensor forward(const Tensor& ids, std::vector<Tensor>* weights = nullptr);
  // Mean next-token cross-entropy: ids (B, T), targets (B, T) I64 -> ().
  Tensor loss(const Tensor& ids, const Tensor& targets);

  // Generation with a KV cache of L layers: ids_new (B, T_new) at positions
  // [S0, S0 + T_new), S0 = cache.length() -> logits of the last new position (B, V).
  // Inference only; the model must be in eval mode when it has dropout. One new
  // position of one sequence in f32 (every step of generation after the prompt) takes
  // gpt_step.h's path, which computes the same numbers without the general tensor
  // operations between the products.
  Tensor forward_cached(const Tensor& ids_new, decode::KVCache& cache) const;

  const GPTBlock& block(std::int64_t l) const { return (*h_)[static_cast<std::size_t>(l)]; }
  const nn::LayerNorm& ln_f() const { return *ln_f_; }

  const nn::Embedding& wte() const { return *wte_; }
  const nn::Embedding& wpe() const { return *wpe_; }
  // The output projection (V, C): wte's weight when tied.
  const Tensor& lm_head_weight() const;

 private:
  // ids (B, T) at positions [start, start + T) -> embeddings (B, T, C) (before dropout).
  Tensor embed(const Tensor& ids, std::int64_t start) const;
  // The checks of forward and forward_cached: ids (B, T) I64 within [0, V), positions
  // [start, start + T) within the context.
  void check_ids(const char* where, const Tensor& ids, std::int64_t start) const;

  GPTConfig config_;
  std::shared_ptr<nn::Embedding> wte_;  // (V, C)
  std::shared_ptr<nn::Embedding> wpe_;  // (T_max, C)
  std::shared_ptr<nn::Dropout> drop_;
  std::shared_ptr<nn::ModuleList<GPTBlock>> h_;
  std::shared_ptr<nn::LayerNorm> ln_f_;
  std::shared_ptr<nn::Linear> lm_head_;  // (V, C), only when untied
};

}  // namespace attn::models
