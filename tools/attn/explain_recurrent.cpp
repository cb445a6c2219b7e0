// attn explain additive|luong: one decoding step of the RNN-era attention mechanisms,
// walked through on the textbook example. The six tokens are the encoder states
// (S, Ch) = (6, 3); the embedding of one of them (--state, "journey" by default) stands
// in for the decoder state s, so that the walk-through needs no trained RNN. Every
// intermediate is printed with token labels; the weights and contexts are the module's
// own forward() results, the intermediates recomputed here from its parameters.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include "attn/error.h"
#include "attn/nn/attention/additive.h"
#include "attn/nn/attention/luong.h"
#include "attn/ops.h"
#include "explain.h"

namespace attn::cli {
namespace {

using Labels = std::vector<std::string>;

constexpr const char* kInitialisation =
    "U(-1/sqrt(fan_in), 1/sqrt(fan_in)) (torch.nn.Linear's default; v and v_p as a Linear A -> 1)";

// The walk-through's inputs: encoder states (1, S, Ch), decoder state (1, Cs) and labels.
struct Step {
  Labels tokens;
  Tensor encoder;  // (1, S, Ch)
  Tensor state;    // (1, Cs)
  std::string state_token;
  std::int64_t state_index = 0;
};

Step make_step(const std::string& state_token) {
  const ExplainExample example = textbook_example();
  const auto found = std::find(example.tokens.begin(), example.tokens.end(), state_token);
  std::string choices;
  for (const auto& t : example.tokens) choices += (choices.empty() ? "" : ", ") + t;
  ATTN_CHECK(found != example.tokens.end(), "attn explain: --state must be one of the tokens (", choices, "), got '",
             state_token, "'");
  const auto index = static_cast<std::int64_t>(found - example.tokens.begin());
  const std::int64_t s = example.inputs.size(0), c = example.inputs.size(1);
  return {example.tokens, reshape(example.inputs, {1, s, c}), narrow(example.inputs, 0, index, 1), state_token, index};
}

// Rows of a (1, S, X) tensor as (S, X).
Tensor rows(const Tensor& x) {
  return reshape(x, {x.size(1), x.size(2)});
}

// Scores (1, S) with -inf where the weights are exactly 0 (the positions the module masked).
Tensor masked_scores(const Tensor& scores, const Tensor& weights) {
  const std::vector<double> w = weights.to_vector();
  std::vector<double> masked = scores.to_vector();
  for (std::size_t j = 0; j < w.size(); ++j)
    if (w[j] == 0.0) masked[j] = -std::numeric_limits<double>::infinity();
  return from_vector(masked, scores.shape());
}

void print_row_sum(const Tensor& weights) {
  std::printf("  (row sum %.4f)\n\n", sum(weights).item());
}

void print_inputs(const Step& step) {
  std::printf("Encoder states h_j: the six tokens of \"Your journey starts with one step\", (S, Ch) = (6, 3).\n");
  std::printf("Decoder state s: the embedding of \"%s\" standing in for the decoder RNN's state (Cs = 3).\n\n",
              step.state_token.c_str());
  print_matrix("encoder states h", rows(step.encoder), step.tokens);
  print_matrix("decoder state s", step.state, {step.state_token});
}

// --- Bahdanau -----------------------------------------------------------------

void explain_additive(const std::string& state_token) {
  const Step step = make_step(state_token);
  constexpr std::int64_t kAttentionSize = 4;
  Generator gen(kExplainSeed);
  nn::AdditiveAttention attention({.decoder_size = 3, .encoder_size = 3, .attention_size = kAttentionSize}, gen);
  std::printf(
      "Bahdanau (additive) attention, one decoding step:  e_j = vᵀ tanh(W s + U h_j),  α = softmax(e),  "
      "c = Σ_j α_j h_j\n");
  std::printf(
      "Parameters W (A, Cs) = (4, 3), U (A, Ch) = (4, 3), v (A) = (4), no biases; drawn in that order from\n"
      "%s with Generator(%llu).\n\n",
      kInitialisation, static_cast<unsigned long long>(kExplainSeed));
  print_inputs(step);
  print_matrix("W (A, Cs)", attention.W().weight(), {"0", "1", "2", "3"});
  print_matrix("U (A, Ch)", attention.U().weight(), {"0", "1", "2", "3"});
  print_matrix("v (A)", attention.v(), {"v"});

  const nn::AdditiveKeys keys = attention.precompute_keys(step.encoder);
  print_matrix("projected keys U h_j (computed once per source sentence)", rows(keys.keys), step.tokens);
  const Tensor query = attention.W().forward(step.state);
  print_matrix("projected query W s (once per decoding step)", query, {step.state_token});
  print_matrix("tanh(W s + U h_j)", tanh(add(rows(keys.keys), query)), step.tokens);
  print_matrix("scores e_j = vᵀ tanh(W s + U h_j)", attention.scores(step.state, keys), {step.state_token},
               step.tokens);
  const nn::AdditiveAttentionOutput out = attention.forward(step.state, keys);
  print_matrix("weights α = softmax(e)", out.weights, {step.state_token}, step.tokens);
  print_row_sum(out.weights);
  print_matrix("context c = Σ_j α_j h_j", out.context, {step.state_token});

  std::printf(
      "The same step in a batch where the sentence is only \"Your journey starts with\" (length 4):\n"
      "\"one\" and \"step\" are padding, masked before the softmax.\n\n");
  const Tensor padding = nn::padding_mask_from_lengths(from_ids({4}, {1}), 6);
  const nn::AdditiveAttentionOutput padded = attention.forward(step.state, keys, padding);
  print_matrix("masked scores (padding: -inf)", masked_scores(attention.scores(step.state, keys), padded.weights),
               {step.state_token}, step.tokens);
  print_matrix("weights α = softmax(masked e)", padded.weights, {step.state_token}, step.tokens);
  print_row_sum(padded.weights);
  print_matrix("context c", padded.context, {step.state_token});
}

// --- Luong --------------------------------------------------------------------

// The parameter of `module` named `name`.
Tensor parameter(const nn::Module& module, const std::string& name) {
  for (const auto& [n, value] : module.named_parameters())
    if (n == name) return value;
  throw Error("attn explain: no parameter " + name);
}

// Copies every parameter of `from` into the parameter of the same name of `to` (if any).
void copy_shared_parameters(const nn::Module& from, const nn::Module& to) {
  for (const auto& [name, value] : from.named_parameters())
    for (const auto& [other, target] : to.named_parameters())
      if (name == other) copy_into(target, value);
}

nn::LuongAttention make_luong(nn::LuongScore score, nn::LuongAlignment alignment, std::int64_t window, Generator& gen) {
  return nn::LuongAttention({.decoder_size = 3,
                             .encoder_size = 3,
                             .score = score,
                             .alignment = alignment,
                             .window = window,
                             .attention_size = 4},
                            gen);
}

// Prints a global step's scores, weights and context under `name`.
nn::LuongAttentionOutput print_global(const std::string& name, const nn::LuongAttention& attention, const Step& step,
                                      const nn::LuongKeys& keys) {
  const nn::LuongAttentionOutput out = attention.forward(step.state, keys);
  print_matrix(name + " scores", out.scores, {step.state_token}, step.tokens);
  print_matrix("weights a_t = softmax(" + name + " scores)", out.weights, {step.state_token}, step.tokens);
  print_row_sum(out.weights);
  print_matrix(name + " context c_t = Σ_j a_t(j) h_j", out.context, {step.state_token});
  return out;
}

void explain_luong(const std::string& state_token) {
  const Step step = make_step(state_token);
  constexpr std::int64_t kWindow = 1, kPredictiveWindow = 2;
  Generator gen(kExplainSeed);
  nn::LuongAttention dot = make_luong(nn::LuongScore::Dot, nn::LuongAlignment::Global, 0, gen);
  nn::LuongAttention general = make_luong(nn::LuongScore::General, nn::LuongAlignment::Global, 0, gen);
  nn::LuongAttention concat_score = make_luong(nn::LuongScore::Concat, nn::LuongAlignment::Global, 0, gen);
  nn::LuongAttention local_m = make_luong(nn::LuongScore::General, nn::LuongAlignment::LocalMonotonic, kWindow, gen);
  nn::LuongAttention local_p =
      make_luong(nn::LuongScore::General, nn::LuongAlignment::LocalPredictive, kPredictiveWindow, gen);
  // The local modules score as the global "general" one does, so the windows are what differs.
  copy_shared_parameters(general, local_m);
  copy_shared_parameters(general, local_p);

  std::printf(
      "Luong attention, one decoding step t = %lld (the position of \"%s\"): scores of s against each h_j,\n"
      "a softmax into the weights a_t, the context c_t = Σ_j a_t(j) h_j, and h̃_t = tanh(W_c [c_t; s]).\n",
      static_cast<long long>(step.state_index), step.state_token.c_str());
  std::printf(
      "Parameters (no biases) drawn from %s with Generator(%llu),\n"
      "module by module: dot, general, concat, local-m, local-p (local-m and local-p then take general's W "
      "and W_c).\n\n",
      kInitialisation, static_cast<unsigned long long>(kExplainSeed));
  print_inputs(step);

  std::printf(
      "== global, dot: score(s, h_j) = sᵀ h_j\n"
      "(with s an embedding of the sentence, this is simplified self-attention's row for \"%s\")\n\n",
      step.state_token.c_str());
  print_global("dot", dot, step, dot.precompute_keys(step.encoder));

  std::printf("== global, general: score(s, h_j) = sᵀ W h_j\n\n");
  print_matrix("W (Cs, Ch)", parameter(general, "W.weight"), {"0", "1", "2"});
  const nn::LuongKeys general_keys = general.precompute_keys(step.encoder);
  print_matrix("projected keys W h_j (computed once per source sentence)", rows(general_keys.keys), step.tokens);
  const nn::LuongAttentionOutput general_out = print_global("general", general, step, general_keys);
  print_matrix(
      "attentional state h̃_t = tanh(W_c [c_t; s])  (to the output layer, and with input feeding to the "
      "next step's input)",
      general_out.attentional, {step.state_token});

  std::printf("== global, concat: score(s, h_j) = vᵀ tanh(W [s; h_j]) = vᵀ tanh(W_s s + W_h h_j)\n\n");
  const Tensor w_concat = parameter(concat_score, "W.weight");
  print_matrix("W = [W_s | W_h] (A, Cs + Ch)", w_concat, {"0", "1", "2", "3"}, {"W_s:0", "1", "2", "W_h:0", "1", "2"});
  print_matrix("v (A)", parameter(concat_score, "v"), {"v"});
  const nn::LuongKeys concat_keys = concat_score.precompute_keys(step.encoder);
  print_matrix("projected keys W_h h_j (computed once per source sentence)", rows(concat_keys.keys), step.tokens);
  const Tensor concat_query = linear(step.state, narrow(w_concat, 1, 0, 3), Tensor());
  print_matrix("projected query W_s s", concat_query, {step.state_token});
  print_matrix("tanh(W_s s + W_h h_j)", tanh(add(rows(concat_keys.keys), concat_query)), step.tokens);
  print_global("concat", concat_score, step, concat_keys);

  std::printf(
      "== local-m (general score, D = %lld): the window [t - D, t + D] = [%lld, %lld] around the step, "
      "clipped to the sentence\n\n",
      static_cast<long long>(kWindow), static_cast<long long>(step.state_index - kWindow),
      static_cast<long long>(step.state_index + kWindow));
  const nn::LuongAttentionOutput m = local_m.forward(step.state, general_keys, Tensor(), step.state_index);
  print_matrix("masked scores (outside the window: -inf)", masked_scores(m.scores, m.weights), {step.state_token},
               step.tokens);
  print_matrix("weights a_t = softmax over the window", m.weights, {step.state_token}, step.tokens);
  print_row_sum(m.weights);
  print_matrix("local-m context c_t", m.context, {step.state_token});

  const double sigma = static_cast<double>(kPredictiveWindow) / 2.0;
  std::printf("== local-p (general score, D = %lld, σ = D/2 = %.1f): p_t = S · sigmoid(v_pᵀ tanh(W_p s)), S = 6\n\n",
              static_cast<long long>(kPredictiveWindow), sigma);
  print_matrix("W_p (A, Cs)", parameter(local_p, "W_p.weight"), {"0", "1", "2", "3"});
  print_matrix("v_p (A)", parameter(local_p, "v_p"), {"v_p"});
  const nn::LuongAttentionOutput p = local_p.forward(step.state, general_keys);
  const double position = p.position.item();
  const auto center = static_cast<long long>(std::clamp(std::floor(position + 0.5), 0.0, 5.0));
  std::printf(
      "predicted position p_t = %.4f; the window is [round(p_t) - D, round(p_t) + D] = [%lld, %lld], "
      "clipped to [0, 5]\n\n",
      position, center - kPredictiveWindow, center + kPredictiveWindow);
  print_matrix("masked scores (outside the window: -inf)", masked_scores(p.scores, p.alignment), {step.state_token},
               step.tokens);
  print_matrix("weights before the Gaussian: softmax over the window", p.alignment, {step.state_token}, step.tokens);
  print_row_sum(p.alignment);
  std::vector<double> gaussian(6);
  for (std::size_t j = 0; j < gaussian.size(); ++j)
    gaussian[j] =
        std::exp(-(static_cast<double>(j) - position) * (static_cast<double>(j) - position) / (2.0 * sigma * sigma));
  print_matrix("Gaussian exp(-(j - p_t)² / (2σ²))", from_vector(gaussian, {1, 6}), {step.state_token}, step.tokens);
  print_matrix("a_t = softmax × Gaussian (applied after the softmax, as in the paper: sums to less than 1)", p.weights,
               {step.state_token}, step.tokens);
  print_row_sum(p.weights);
  print_matrix("local-p context c_t = Σ_j a_t(j) h_j", p.context, {step.state_token});
}

}  // namespace

void register_explain_recurrent(CLI::App& explain) {
  // CLI11 keeps pointers to the bound strings: they live as long as the program.
  static std::string additive_state = "journey";
  static std::string luong_state = "journey";
  CLI::App* additive = explain.add_subcommand(
      "additive", "Bahdanau (additive) attention: one decoding step over the six tokens, vᵀ tanh(W s + U h)");
  additive->add_option("--state", additive_state, "the token whose embedding stands in for the decoder state")
      ->capture_default_str();
  additive->callback([] { explain_additive(additive_state); });
  CLI::App* luong = explain.add_subcommand(
      "luong", "Luong attention: dot, general and concat scores; global, local-m and local-p alignment");
  luong
      ->add_option("--state", luong_state,
                   "the token whose embedding stands in for the decoder state; its position is the step t")
      ->capture_default_str();
  luong->callback([] { explain_luong(luong_state); });
}

}  // namespace attn::cli
