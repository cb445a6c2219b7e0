// attn explain simplified|self|causal|multihead: the four textbook steps of
// self-attention, each walked through on the six tokens of the textbook example,
// printing every intermediate with token labels. The intermediates are computed here
// from the module's own projections; the weights and context vectors printed are the
// module's forward_with_weights() results.
#include <cmath>
#include <cstdio>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "attn/nn/attention/causal.h"
#include "attn/nn/attention/multi_head.h"
#include "attn/nn/attention/self_attention.h"
#include "attn/nn/attention/simplified.h"
#include "attn/ops.h"
#include "explain.h"

namespace attn::cli {
namespace {

using Labels = std::vector<std::string>;

Labels numbered(const std::string& prefix, std::int64_t n) {
  Labels labels;
  for (std::int64_t i = 0; i < n; ++i) labels.push_back(prefix + std::to_string(i));
  return labels;
}

// (T, T) U8, 1 above the diagonal: key s is in the future of query t when s > t.
Tensor future_mask(std::int64_t t) {
  Tensor mask = zeros({t, t}, DType::U8);
  std::uint8_t* m = mask.data<std::uint8_t>();
  for (std::int64_t i = 0; i < t; ++i)
    for (std::int64_t j = i + 1; j < t; ++j) m[i * t + j] = 1;
  return mask;
}

void print_init(const char* what) {
  std::printf(
      "Parameters: %s, drawn in the order listed\n"
      "from nn::Linear's init U(-1/sqrt(in), 1/sqrt(in)) with Generator(%llu) (the same seed always prints the same "
      "numbers).\n\n",
      what, static_cast<unsigned long long>(kExplainSeed));
}

// Prints the three projection weights of a module as stored, (rows out, columns in);
// `q_rows` and `kv_rows` name the numbers of rows.
void print_projections(const nn::Linear& W_query, const nn::Linear& W_key, const nn::Linear& W_value,
                       const std::string& q_rows = "d_out", const std::string& kv_rows = "d_out") {
  const Labels in = numbered("in", W_query.weight().size(1));
  print_matrix("W_query.weight (" + q_rows + ", d_in)", W_query.weight(), numbered("q", W_query.weight().size(0)), in);
  print_matrix("W_key.weight (" + kv_rows + ", d_in)", W_key.weight(), numbered("k", W_key.weight().size(0)), in);
  print_matrix("W_value.weight (" + kv_rows + ", d_in)", W_value.weight(), numbered("v", W_value.weight().size(0)), in);
}

void explain_simplified() {
  const ExplainExample ex = textbook_example();
  const Labels& tok = ex.tokens;
  const std::int64_t t = ex.inputs.size(0), c = ex.inputs.size(1);
  std::printf(
      "Simplified self-attention (no trainable weights)\n"
      "  scores = X · Xᵀ,  weights = softmax(scores) row by row,  context = weights · X\n"
      "Every token is its own query, key and value: queries = keys = values = X.\n\n");
  print_matrix("inputs X (T, C)", ex.inputs, tok);
  print_matrix("scores = X · Xᵀ (T, T): dot products of query row, key column",
               matmul(ex.inputs, transpose(ex.inputs, 0, 1)), tok, tok);
  std::printf("masked scores: none (every token sees every token)\n\n");
  nn::SimplifiedSelfAttention module;
  const nn::AttentionOutput r = module.forward_with_weights(reshape(ex.inputs, {1, t, c}));
  const Tensor weights = reshape(r.weights, {t, t}), context = reshape(r.output, {t, c});
  print_matrix("weights = softmax(scores), each row sums to 1 (T, T)", weights, tok, tok);
  print_matrix("context = weights · X (T, C)", context, tok);
  std::printf("The textbook's query x(2), \"journey\":\n\n");
  print_matrix("weights of \"journey\" over the keys", narrow(weights, 0, 1, 1), {"journey"}, tok);
  print_matrix("context vector of \"journey\"", narrow(context, 0, 1, 1), {"journey"});
}

void explain_self() {
  const ExplainExample ex = textbook_example();
  const Labels& tok = ex.tokens;
  const std::int64_t t = ex.inputs.size(0), c = ex.inputs.size(1), d_out = 2;
  std::printf(
      "Self-attention with trainable weights (d_in = %lld, d_out = %lld)\n"
      "  Q = X · W_queryᵀ, K = X · W_keyᵀ, V = X · W_valueᵀ\n"
      "  weights = softmax(Q · Kᵀ / sqrt(d_out)),  context = weights · V\n\n",
      static_cast<long long>(c), static_cast<long long>(d_out));
  Generator gen(kExplainSeed);
  nn::SelfAttention module(c, d_out, gen);
  print_init("nn::SelfAttention(d_in = 3, d_out = 2, qkv_bias = false): W_query, W_key, W_value");
  print_projections(module.W_query(), module.W_key(), module.W_value());
  print_matrix("inputs X (T, d_in)", ex.inputs, tok);
  const Tensor q = module.W_query().forward(ex.inputs), k = module.W_key().forward(ex.inputs);
  print_matrix("queries Q (T, d_out)", q, tok);
  print_matrix("keys K (T, d_out)", k, tok);
  print_matrix("values V (T, d_out)", module.W_value().forward(ex.inputs), tok);
  const Tensor scores = matmul(q, transpose(k, 0, 1));
  print_matrix("scores = Q · Kᵀ (T, T)", scores, tok, tok);
  print_matrix("scaled scores = scores / sqrt(d_out)", scale(scores, 1.0 / std::sqrt(static_cast<double>(d_out))), tok,
               tok);
  std::printf("masked scores: none (every token sees every token)\n\n");
  const nn::AttentionOutput r = module.forward_with_weights(reshape(ex.inputs, {1, t, c}));
  print_matrix("weights = softmax(scaled scores) (T, T)", reshape(r.weights, {t, t}), tok, tok);
  print_matrix("context = weights · V (T, d_out)", reshape(r.output, {t, d_out}), tok);
}

void explain_causal() {
  const ExplainExample ex = textbook_example();
  const Labels& tok = ex.tokens;
  const std::int64_t t = ex.inputs.size(0), c = ex.inputs.size(1), d_out = 2;
  const double p = 0.5;
  std::printf(
      "Causal self-attention (d_in = %lld, d_out = %lld, context_length = %lld, dropout = %.1f)\n"
      "  scores = Q · Kᵀ / sqrt(d_out), set to -inf above the diagonal (the future)\n"
      "  weights = dropout(softmax(scores)) (dropout in training only),  context = weights · V\n\n",
      static_cast<long long>(c), static_cast<long long>(d_out), static_cast<long long>(t), p);
  Generator gen(kExplainSeed);
  nn::CausalAttention module({.d_in = c, .d_out = d_out, .context_length = t, .dropout = p}, gen);
  print_init(
      "nn::CausalAttention(d_in = 3, d_out = 2, qkv_bias = false): W_query, W_key, W_value, then the "
      "dropout's seed");
  print_projections(module.W_query(), module.W_key(), module.W_value());
  print_matrix("inputs X (T, d_in)", ex.inputs, tok);
  const Tensor q = module.W_query().forward(ex.inputs), k = module.W_key().forward(ex.inputs);
  const Tensor v = module.W_value().forward(ex.inputs);
  print_matrix("queries Q (T, d_out)", q, tok);
  print_matrix("keys K (T, d_out)", k, tok);
  print_matrix("values V (T, d_out)", v, tok);
  const Tensor scores = scale(matmul(q, transpose(k, 0, 1)), 1.0 / std::sqrt(static_cast<double>(d_out)));
  print_matrix("scaled scores = Q · Kᵀ / sqrt(d_out) (T, T)", scores, tok, tok);
  print_matrix("masked scores: the future (above the diagonal) set to -inf",
               masked_fill(scores, future_mask(t), -std::numeric_limits<double>::infinity()), tok, tok);
  module.eval();
  const nn::AttentionOutput r = module.forward_with_weights(reshape(ex.inputs, {1, t, c}));
  const Tensor weights = reshape(r.weights, {t, t});
  print_matrix("weights = softmax(masked scores), zero on the future (T, T)", weights, tok, tok);
  print_matrix("context = weights · V, evaluation (no dropout) (T, d_out)", reshape(r.output, {t, d_out}), tok);

  // Training: the module draws its dropout mask from its own generator; a copy of it
  // at the same position draws the same mask here, to show the weights it used.
  Generator mask_gen = module.attention_dropout().generator();
  module.train();
  const nn::AttentionOutput trained = module.forward_with_weights(reshape(ex.inputs, {1, t, c}));
  std::printf("In training, dropout p = %.1f zeroes weights at random and scales the others by 1/(1 - p) = %.1f:\n\n",
              p, 1.0 / (1.0 - p));
  print_matrix("weights after dropout (training)", dropout(weights, p, mask_gen, /*training=*/true), tok, tok);
  print_matrix("context = dropped weights · V, training (T, d_out)", reshape(trained.output, {t, d_out}), tok);
}

void explain_multihead(std::int64_t heads, std::int64_t kv_heads) {
  const ExplainExample ex = textbook_example();
  const Labels& tok = ex.tokens;
  const std::int64_t t = ex.inputs.size(0), c = ex.inputs.size(1), d_out = 4;
  Generator gen(kExplainSeed);
  nn::MultiHeadAttention module(
      {.d_in = c, .d_out = d_out, .heads = heads, .kv_heads = kv_heads, .context_length = t, .causal = true}, gen);
  const std::int64_t h_kv = module.options().kv_heads, d = module.head_dim(), group = heads / h_kv;
  std::printf(
      "Multi-head causal attention, fused form (d_in = %lld, d_out = %lld, H = %lld heads of D = %lld, "
      "Hkv = %lld key/value heads)\n"
      "  Q, K, V projected for all heads at once, split into heads, causal attention per head,\n"
      "  heads merged side by side and projected: output = merge_heads(context) · out_projᵀ + b\n",
      static_cast<long long>(c), static_cast<long long>(d_out), static_cast<long long>(heads),
      static_cast<long long>(d), static_cast<long long>(h_kv));
  if (h_kv < heads)
    std::printf("  grouped-query attention: query head h reads key/value head h / %lld\n",
                static_cast<long long>(group));
  std::printf("\n");
  print_init("nn::MultiHeadAttention (qkv_bias = false, dropout 0): W_query, W_key, W_value, out_proj (with bias)");
  print_projections(module.W_query(), module.W_key(), module.W_value(), "H*D", "Hkv*D");
  print_matrix("out_proj.weight (d_out, d_out)", module.out_proj().weight(), numbered("o", d_out),
               numbered("in", d_out));
  print_matrix("out_proj.bias (d_out)", module.out_proj().bias(), {"bias"});
  print_matrix("inputs X (T, d_in)", ex.inputs, tok);

  module.eval();
  const Tensor x = reshape(ex.inputs, {1, t, c});
  const nn::AttentionOutput r = module.forward_with_weights(x);
  const Tensor q = nn::split_heads(module.W_query().forward(x), heads);  // (1, H, T, D)
  const Tensor k = nn::split_heads(module.W_key().forward(x), h_kv);     // (1, Hkv, T, D)
  const Tensor v = nn::split_heads(module.W_value().forward(x), h_kv);   // (1, Hkv, T, D)
  const Tensor future = future_mask(t);
  std::vector<Tensor> contexts;
  for (std::int64_t h = 0; h < heads; ++h) {
    const std::int64_t j = h / group;
    const auto head_of = [&](const Tensor& z, std::int64_t i) { return reshape(narrow(z, 1, i, 1), {t, d}); };
    const Tensor qh = head_of(q, h), kh = head_of(k, j), vh = head_of(v, j);
    const std::string name = "head " + std::to_string(h);
    const std::string kv = h_kv < heads ? " (key/value head " + std::to_string(j) + ")" : "";
    std::printf("--- %s%s ---\n\n", name.c_str(), kv.c_str());
    print_matrix(name + ": queries (T, D)", qh, tok);
    print_matrix(name + ": keys (T, D)", kh, tok);
    print_matrix(name + ": values (T, D)", vh, tok);
    const Tensor scores = scale(matmul(qh, transpose(kh, 0, 1)), 1.0 / std::sqrt(static_cast<double>(d)));
    print_matrix(name + ": scaled scores = Q · Kᵀ / sqrt(D)", scores, tok, tok);
    print_matrix(name + ": masked scores", masked_fill(scores, future, -std::numeric_limits<double>::infinity()), tok,
                 tok);
    const Tensor weights = reshape(narrow(r.weights, 1, h, 1), {t, t});
    print_matrix(name + ": weights (T, T)", weights, tok, tok);
    contexts.push_back(matmul(weights, vh));
    print_matrix(name + ": context = weights · V (T, D)", contexts.back(), tok);
  }
  print_matrix("merged heads: contexts side by side (T, H*D)", concat(contexts, 1), tok);
  print_matrix("output = merged · out_projᵀ + bias (T, d_out)", reshape(r.output, {t, d_out}), tok);
}

}  // namespace

void register_explain_self_attention(CLI::App& explain) {
  explain.add_subcommand("simplified", "self-attention without weights: softmax(X·Xᵀ)·X")->callback([] {
    explain_simplified();
  });
  explain.add_subcommand("self", "self-attention with trainable W_query, W_key, W_value")->callback([] {
    explain_self();
  });
  explain.add_subcommand("causal", "causal self-attention: the future masked, dropout on the weights")->callback([] {
    explain_causal();
  });
  CLI::App* multihead = explain.add_subcommand("multihead", "multi-head causal attention (fused), with GQA");
  struct HeadCounts {
    std::int64_t heads = 2;
    std::int64_t kv_heads = 0;
  };
  auto counts = std::make_shared<HeadCounts>();  // outlives the parse: the callback owns it too
  multihead->add_option("--heads", counts->heads, "query heads H (dividing d_out = 4)")->capture_default_str();
  multihead->add_option("--kv-heads", counts->kv_heads, "key/value heads Hkv dividing H (0: H; 1: multi-query)")
      ->capture_default_str();
  multihead->callback([counts] { explain_multihead(counts->heads, counts->kv_heads); });
}

}  // namespace attn::cli
