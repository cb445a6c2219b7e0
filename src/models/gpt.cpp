#include "attn/models/gpt.h"

#include <cmath>
#include <sstream>

#include "attn/autograd.h"
#include "attn/decode/decode_attention.h"
#include "attn/error.h"
#include "attn/nn/attention/multi_head.h"
#include "attn/nn/init.h"
#include "attn/ops/attention.h"
#include "attn/ops/elementwise.h"
#include "attn/ops/loss.h"
#include "attn/ops/matmul.h"
#include "attn/ops/shape.h"
#include "models/gpt_step.h"

namespace attn::models {

// --- Config ---------------------------------------------------------------------------

void GPTConfig::validate() const {
  ATTN_CHECK(vocab_size > 0, "GPT config: vocab_size V must be positive, got ", vocab_size);
  ATTN_CHECK(context_length > 0, "GPT config: context_length T_max must be positive, got ", context_length);
  ATTN_CHECK(layers > 0, "GPT config: layers L must be positive, got ", layers);
  ATTN_CHECK(heads > 0, "GPT config: heads H must be positive, got ", heads);
  ATTN_CHECK(width > 0 && width % heads == 0, "GPT config: width C = ", width,
             " must be positive and divisible by heads H = ", heads);
  ATTN_CHECK(dropout >= 0.0 && dropout < 1.0, "GPT config: dropout must lie in [0, 1), got ", dropout);
  ATTN_CHECK(layer_norm_eps > 0.0, "GPT config: layer_norm_eps must be positive, got ", layer_norm_eps);
}

namespace {

struct NamedConfig {
  const char* name;
  std::int64_t layers, heads, width, context_length;
};

constexpr NamedConfig kNamedConfigs[] = {
    {"gpt2", 12, 12, 768, 1024},     {"gpt2-medium", 24, 16, 1024, 1024}, {"gpt2-large", 36, 20, 1280, 1024},
    {"gpt2-xl", 48, 25, 1600, 1024}, {"small", 6, 6, 384, 256},           {"tiny", 2, 2, 64, 64},
};

}  // namespace

std::vector<std::string> GPTConfig::names() {
  std::vector<std::string> out;
  for (const auto& c : kNamedConfigs) out.emplace_back(c.name);
  return out;
}

GPTConfig GPTConfig::named(std::string_view name) {
  for (const auto& c : kNamedConfigs) {
    if (name == c.name) {
      GPTConfig config;
      config.layers = c.layers;
      config.heads = c.heads;
      config.width = c.width;
      config.context_length = c.context_length;
      return config;
    }
  }
  std::ostringstream known;
  for (const auto& c : kNamedConfigs) known << (known.tellp() > 0 ? ", " : "") << c.name;
  ATTN_CHECK(false, "unknown GPT config '", name, "'; known: ", known.str());
  return {};
}

namespace {

// GPT-2's initialisation: weights N(0, 0.02²), the residual projections (the last
// layer of each branch) N(0, (0.02 / sqrt(2L))²) so the residual stream's variance
// does not grow with depth, biases 0.
constexpr double kInitStd = 0.02;
double residual_init_std(const GPTConfig& config) {
  return kInitStd / std::sqrt(2.0 * static_cast<double>(config.layers));
}

void init_linear(const nn::Linear& linear, double std, Generator& gen) {
  nn::init::normal_(linear.weight(), 0.0, std, gen);
  if (linear.bias().defined()) nn::init::zeros_(linear.bias());
}

// qkv (B, T, 3C) -> q, k, v, each (B, H, T, D) and contiguous: one copy in all, so the
// fused attention kernel reads them without copying again.
struct QKV {
  Tensor q, k, v;
};
QKV split_qkv(const Tensor& qkv, std::int64_t heads) {
  const std::int64_t b = qkv.size(0), t = qkv.size(1), c = qkv.size(2) / 3, d = c / heads;
  const Tensor stacked = contiguous(permute(reshape(qkv, {b, t, 3, heads, d}), {2, 0, 3, 1, 4}));  // (3, B, H, T, D)
  return {squeeze(narrow(stacked, 0, 0, 1), 0), squeeze(narrow(stacked, 0, 1, 1), 0),
          squeeze(narrow(stacked, 0, 2, 1), 0)};
}

}  // namespace

// --- Attention ------------------------------------------------------------------------

GPTAttention::GPTAttention(const GPTConfig& config, Generator& gen) : config_(config) {
  const std::int64_t c = config.width;
  c_attn_ = register_module("c_attn", std::make_shared<nn::Linear>(c, 3 * c, gen, config.qkv_bias));
  c_proj_ = register_module("c_proj", std::make_shared<nn::Linear>(c, c, gen, /*bias=*/true));
  attn_dropout_ = register_module("attn_dropout", std::make_shared<nn::Dropout>(config.dropout, gen));
  init_linear(*c_attn_, kInitStd, gen);
  init_linear(*c_proj_, residual_init_std(config), gen);
}

Tensor GPTAttention::forward(const Tensor& x, Tensor* weights) {
  const QKV s = split_qkv(c_attn_->forward(x), config_.heads);  // (B, H, T, D) each
  AttentionOptions options;
  options.mask.causal = true;
  options.dropout = attn_dropout_->p();
  options.training = is_training();
  options.generator = &attn_dropout_->generator();
  options.need_weights = weights != nullptr;
  AttentionResult r = attention(s.q, s.k, s.v, options);
  if (weights) *weights = r.weights;                   // (B, H, T, T)
  return c_proj_->forward(nn::merge_heads(r.output));  // (B, T, C)
}

Tensor GPTAttention::forward_cached(const Tensor& x_new, decode::KVCache& cache, std::int64_t layer) const {
  const QKV s = split_qkv(c_attn_->forward(x_new), config_.heads);  // (B, H, T_new, D) each
  const decode::KVView kv = cache.append(layer, s.k, s.v);          // (B, H, S, D)
  return c_proj_->forward(nn::merge_heads(decode::decode_attention(s.q, kv.keys, kv.values)));
}

// --- MLP and block --------------------------------------------------------------------

GPTMLP::GPTMLP(const GPTConfig& config, Generator& gen) {
  c_fc_ = register_module("c_fc", std::make_shared<nn::Linear>(config.width, 4 * config.width, gen));
  c_proj_ = register_module("c_proj", std::make_shared<nn::Linear>(4 * config.width, config.width, gen));
  init_linear(*c_fc_, kInitStd, gen);
  init_linear(*c_proj_, residual_init_std(config), gen);
}

Tensor GPTMLP::forward(const Tensor& x) const {
  return c_proj_->forward(gelu(c_fc_->forward(x), GeluApprox::Tanh));
}

GPTBlock::GPTBlock(const GPTConfig& config, Generator& gen) {
  ln_1_ = register_module("ln_1", std::make_shared<nn::LayerNorm>(config.width, config.layer_norm_eps));
  attn_ = register_module("attn", std::make_shared<GPTAttention>(config, gen));
  ln_2_ = register_module("ln_2", std::make_shared<nn::LayerNorm>(config.width, config.layer_norm_eps));
  mlp_ = register_module("mlp", std::make_shared<GPTMLP>(config, gen));
  resid_dropout_ = register_module("resid_dropout", std::make_shared<nn::Dropout>(config.dropout, gen));
}

Tensor GPTBlock::forward(const Tensor& x, Tensor* weights) {
  const Tensor h = add(x, resid_dropout_->forward(attn_->forward(ln_1_->forward(x), weights)));
  return add(h, resid_dropout_->forward(mlp_->forward(ln_2_->forward(h))));
}

Tensor GPTBlock::forward_cached(const Tensor& x_new, decode::KVCache& cache, std::int64_t layer) const {
  const Tensor h = add(x_new, attn_->forward_cached(ln_1_->forward(x_new), cache, layer));
  return add(h, mlp_->forward(ln_2_->forward(h)));
}

// --- The model ------------------------------------------------------------------------

GPT::GPT(const GPTConfig& config, Generator& gen) : config_(config) {
  config_.validate();
  const auto& c = config_;
  wte_ = register_module("wte", std::make_shared<nn::Embedding>(c.vocab_size, c.width, gen));
  wpe_ = register_module("wpe", std::make_shared<nn::Embedding>(c.context_length, c.width, gen));
  drop_ = register_module("drop", std::make_shared<nn::Dropout>(c.dropout, gen));
  h_ = register_module("h", std::make_shared<nn::ModuleList<GPTBlock>>());
  for (std::int64_t l = 0; l < c.layers; ++l) h_->push_back(std::make_shared<GPTBlock>(c, gen));
  ln_f_ = register_module("ln_f", std::make_shared<nn::LayerNorm>(c.width, c.layer_norm_eps));
  if (!c.tie_embeddings) {
    lm_head_ = register_module("lm_head", std::make_shared<nn::Linear>(c.width, c.vocab_size, gen, /*bias=*/false));
  }

  nn::init::normal_(wte_->weight(), 0.0, kInitStd, gen);
  nn::init::normal_(wpe_->weight(), 0.0, kInitStd, gen);
  if (lm_head_) init_linear(*lm_head_, kInitStd, gen);
}

const Tensor& GPT::lm_head_weight() const {
  return lm_head_ ? lm_head_->weight() : wte_->weight();
}

void GPT::check_ids(const char* where, const Tensor& ids, std::int64_t start) const {
  ATTN_CHECK(ids.defined() && ids.dtype() == DType::I64 && ids.dim() == 2, "GPT::", where,
             ": expected ids (B, T) of i64, got ", ids.defined() ? ids.describe() : "undefined");
  ATTN_CHECK(start + ids.size(1) <= config_.context_length, "GPT::", where, ": positions [", start, ", ",
             start + ids.size(1), ") exceed the context length T_max = ", config_.context_length);
}

Tensor GPT::embed(const Tensor& ids, std::int64_t start) const {
  const std::int64_t t = ids.size(1);
  const Tensor positions = narrow(arange(config_.context_length), 0, start, t);  // (T)
  return add(wte_->forward(ids), wpe_->forward(positions));                      // (B, T, C)
}

Tensor GPT::forward(const Tensor& ids, std::vector<Tensor>* weights) {
  check_ids("forward", ids, 0);
  Tensor x = drop_->forward(embed(ids, 0));  // (B, T, C)
  if (weights) weights->assign(static_cast<std::size_t>(config_.layers), Tensor());
  for (std::size_t l = 0; l < h_->size(); ++l) x = (*h_)[l].forward(x, weights ? &(*weights)[l] : nullptr);
  return linear(ln_f_->forward(x), lm_head_weight(), Tensor());  // (B, T, V)
}

Tensor GPT::loss(const Tensor& ids, const Tensor& targets) {
  ATTN_CHECK(targets.defined() && targets.dtype() == DType::I64 && targets.shape() == ids.shape(),
             "GPT::loss: expected targets of i64 shaped as ids ", ids.describe(), ", got ",
             targets.defined() ? targets.describe() : "undefined");
  const Tensor logits = forward(ids);  // (B, T, V)
  const std::int64_t n = ids.size(0) * ids.size(1);
  return cross_entropy(reshape(logits, {n, config_.vocab_size}), reshape(targets, {n}));
}

Tensor GPT::forward_cached(const Tensor& ids_new, decode::KVCache& cache) const {
  const std::int64_t start = cache.length();
  check_ids("forward_cached", ids_new, start);
  ATTN_CHECK(ids_new.size(1) > 0, "GPT::forward_cached: ids_new holds no position");
  ATTN_CHECK(cache.layers() == config_.layers, "GPT::forward_cached: the cache has ", cache.layers(),
             " layers, the model L = ", config_.layers);
  ATTN_CHECK(!is_training() || config_.dropout == 0.0,
             "GPT::forward_cached: inference only, but the model is training with dropout ", config_.dropout,
             "; call eval() first");
  NoGradGuard no_grad;
  if (gpt_step_applies(*this, ids_new)) return gpt_step(*this, static_cast<std::int64_t>(ids_new.item()), cache);
  Tensor x = embed(ids_new, start);  // (B, T_new, C)
  for (std::size_t l = 0; l < h_->size(); ++l) x = (*h_)[l].forward_cached(x, cache, static_cast<std::int64_t>(l));
  const Tensor last = squeeze(narrow(x, 1, x.size(1) - 1, 1), 1);   // (B, C)
  return linear(ln_f_->forward(last), lm_head_weight(), Tensor());  // (B, V)
}

}  // namespace attn::models
