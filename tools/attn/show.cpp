// attn show: attention weights drawn as a heatmap, PNG or SVG (see docs/show.md).
//   attn show gpt --model models/gpt-kjv-small --text "In the beginning" --all-heads --out heads.png
//   attn show explain causal --out causal.svg
//   attn show nmt --model models/nmt-es-en-small --sentence "En el principio" --out align.png
// Each prints where it wrote the file.
#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "attn/data/tokenizer.h"
#include "attn/error.h"
#include "attn/models/gpt_checkpoint.h"
#include "attn/models/seq2seq_checkpoint.h"
#include "attn/nn/attention/additive.h"
#include "attn/nn/attention/causal.h"
#include "attn/nn/attention/luong.h"
#include "attn/nn/attention/multi_head.h"
#include "attn/nn/attention/self_attention.h"
#include "attn/nn/attention/simplified.h"
#include "attn/ops.h"
#include "attn/viz/gpt_attention.h"
#include "attn/viz/heatmap.h"
#include "attn/viz/nmt_attention.h"
#include "attn/viz/rollout.h"
#include "commands.h"
#include "explain.h"

namespace attn::cli {
namespace {

using Labels = std::vector<std::string>;
constexpr int kGridPanelSize = 320;  // a panel's target size in a grid

void report(const std::string& out, const std::string& what) {
  std::printf("attn show: wrote %s (%s)\n", out.c_str(), what.c_str());
}

// m (1, ..., R, K) or (R, K) -> (R, K).
Tensor matrix(const Tensor& m) {
  return reshape(m, {m.size(-2), m.size(-1)});
}

// --- GPT ----------------------------------------------------------------------

struct GptShow {
  std::string model, text, out;
  std::int64_t layer = -1;  // -1: the last
  std::int64_t head = -1;   // -1: heads averaged
  bool all_heads = false, all_layers = false, rollout = false;
  std::int64_t max_new_tokens = 0;
  double vmax = 0.0;
};

void show_gpt(const GptShow& o) {
  const auto model = models::load_gpt(o.model);
  const auto tokenizer = data::load_tokenizer(o.model);
  const models::GPTConfig& c = model->config();
  const std::vector<std::int64_t> prompt = viz::gpt_prompt_ids(*tokenizer, o.text);
  ATTN_CHECK(static_cast<std::int64_t>(prompt.size()) <= c.context_length, "attn show gpt: the text is ", prompt.size(),
             " tokens; the model reads at most ", c.context_length);
  const std::int64_t layer = o.layer < 0 ? c.layers - 1 : o.layer;
  ATTN_CHECK(layer < c.layers, "attn show gpt: --layer ", o.layer, " (the model has layers 0 to ", c.layers - 1, ")");
  ATTN_CHECK(o.head < c.heads, "attn show gpt: --head ", o.head, " (the model has heads 0 to ", c.heads - 1, ")");
  ATTN_CHECK(!(o.rollout && (o.all_heads || o.head >= 0)),
             "attn show gpt: --rollout averages the heads; it goes with "
             "--layer or --all-layers, not with --head or --all-heads");

  const viz::GptAttention a = viz::gpt_attention(*model, *tokenizer, prompt, o.max_new_tokens);
  const Labels& tokens = a.labels;
  const std::string name = std::filesystem::path(o.model).lexically_normal().filename().string();
  viz::FigureOptions fig;
  fig.x_caption = "key: the token attended to";
  fig.y_caption = "query: the token attending";
  fig.vmax = o.vmax;
  std::vector<viz::HeatmapPanel> panels;
  std::string what;
  const Tensor per_layer = o.rollout ? viz::attention_rollout(a.weights) : viz::head_mean(a.weights);  // (L, T, T)
  const std::string summary = o.rollout ? "attention rollout" : "heads averaged";
  if (o.all_layers) {
    for (std::int64_t l = 0; l < c.layers; ++l)
      panels.push_back(viz::panel_from_matrix((o.rollout ? "rollout to layer " : "layer ") + std::to_string(l),
                                              matrix(narrow(per_layer, 0, l, 1)), tokens, tokens));
    fig.title = name + ": every layer, " + summary;
    fig.panel_size = kGridPanelSize;
    what = "every layer, " + summary;
  } else if (o.all_heads) {
    for (std::int64_t h = 0; h < c.heads; ++h)
      panels.push_back(viz::panel_from_matrix("head " + std::to_string(h),
                                              matrix(narrow(narrow(a.weights, 0, layer, 1), 1, h, 1)), tokens, tokens));
    fig.title = name + ": layer " + std::to_string(layer) + ", every head";
    fig.panel_size = kGridPanelSize;
    what = "layer " + std::to_string(layer) + ", every head";
  } else if (o.head >= 0) {
    panels.push_back(
        viz::panel_from_matrix("", matrix(narrow(narrow(a.weights, 0, layer, 1), 1, o.head, 1)), tokens, tokens));
    what = "layer " + std::to_string(layer) + ", head " + std::to_string(o.head);
    fig.title = name + ": " + what;
  } else {
    panels.push_back(viz::panel_from_matrix("", matrix(narrow(per_layer, 0, layer, 1)), tokens, tokens));
    what = (o.rollout ? "rollout to layer " : "layer ") + std::to_string(layer) + (o.rollout ? "" : ", heads averaged");
    fig.title = name + ": " + what;
  }
  viz::save_figure(o.out, panels, fig);
  report(o.out, what + ", " + std::to_string(tokens.size()) + " tokens" +
                    (a.prompt_length < static_cast<std::int64_t>(tokens.size())
                         ? " (" + std::to_string(tokens.size() - a.prompt_length) + " generated)"
                         : ""));
}

// --- explain ------------------------------------------------------------------

// The weights of each `attn explain` walk-through, from the same modules and seed.
std::vector<viz::HeatmapPanel> explain_panels(const std::string& mechanism, std::string& title) {
  const ExplainExample ex = textbook_example();
  const Labels& tok = ex.tokens;
  const std::int64_t t = ex.inputs.size(0), c = ex.inputs.size(1);
  const Tensor x = reshape(ex.inputs, {1, t, c});
  Generator gen(kExplainSeed);
  if (mechanism == "simplified") {
    title = "simplified self-attention: softmax(X·Xᵀ)";
    return {
        viz::panel_from_matrix("", matrix(nn::SimplifiedSelfAttention().forward_with_weights(x).weights), tok, tok)};
  }
  if (mechanism == "self") {
    title = "self-attention: softmax(Q·Kᵀ / √d_out)";
    nn::SelfAttention module(c, 2, gen);
    return {viz::panel_from_matrix("", matrix(module.forward_with_weights(x).weights), tok, tok)};
  }
  if (mechanism == "causal") {
    title = "causal self-attention: the future masked";
    nn::CausalAttention module({.d_in = c, .d_out = 2, .context_length = t, .dropout = 0.5}, gen);
    module.eval();
    return {viz::panel_from_matrix("", matrix(module.forward_with_weights(x).weights), tok, tok)};
  }
  if (mechanism == "multihead") {
    title = "multi-head causal attention: H = 2 heads";
    nn::MultiHeadAttention module(
        {.d_in = c, .d_out = 4, .heads = 2, .kv_heads = 0, .context_length = t, .causal = true}, gen);
    module.eval();
    const Tensor w = module.forward_with_weights(x).weights;  // (1, H, T, T)
    std::vector<viz::HeatmapPanel> panels;
    for (std::int64_t h = 0; h < w.size(1); ++h)
      panels.push_back(viz::panel_from_matrix("head " + std::to_string(h), matrix(narrow(w, 1, h, 1)), tok, tok));
    return panels;
  }
  // The RNN-era mechanisms score one decoder state against the encoder states; each
  // token's embedding stands in for the decoder state in turn (attn explain shows the
  // row of one of them), and for local-m its position is the step.
  const auto rows_of = [&](const std::function<Tensor(std::int64_t)>& row) {
    std::vector<Tensor> rows;
    for (std::int64_t i = 0; i < t; ++i) rows.push_back(reshape(row(i), {1, t}));
    return concat(rows, 0);  // (T, S)
  };
  const auto state = [&](std::int64_t i) { return narrow(ex.inputs, 0, i, 1); };  // (1, 3)
  if (mechanism == "additive") {
    title = "Bahdanau (additive) attention: α = softmax(vᵀ tanh(W s + U h))";
    nn::AdditiveAttention attention({.decoder_size = 3, .encoder_size = 3, .attention_size = 4}, gen);
    const nn::AdditiveKeys keys = attention.precompute_keys(x);
    return {viz::panel_from_matrix(
        "", rows_of([&](std::int64_t i) { return attention.forward(state(i), keys).weights; }), tok, tok)};
  }
  if (mechanism == "luong") {
    title = "Luong attention: scores and alignments";
    const auto make = [&](nn::LuongScore score, nn::LuongAlignment alignment, std::int64_t window) {
      return nn::LuongAttention({.decoder_size = 3,
                                 .encoder_size = 3,
                                 .score = score,
                                 .alignment = alignment,
                                 .window = window,
                                 .attention_size = 4},
                                gen);
    };
    // The order and sharing of attn explain luong: dot, general, concat, local-m, local-p.
    nn::LuongAttention dot = make(nn::LuongScore::Dot, nn::LuongAlignment::Global, 0);
    nn::LuongAttention general = make(nn::LuongScore::General, nn::LuongAlignment::Global, 0);
    nn::LuongAttention concat_score = make(nn::LuongScore::Concat, nn::LuongAlignment::Global, 0);
    nn::LuongAttention local_m = make(nn::LuongScore::General, nn::LuongAlignment::LocalMonotonic, 1);
    nn::LuongAttention local_p = make(nn::LuongScore::General, nn::LuongAlignment::LocalPredictive, 2);
    for (nn::LuongAttention* local : {&local_m, &local_p})
      for (const auto& [name, value] : general.named_parameters())
        for (const auto& [other, target] : local->named_parameters())
          if (name == other) copy_into(target, value);
    std::vector<viz::HeatmapPanel> panels;
    const auto add = [&](const std::string& name, const nn::LuongAttention& a, bool step) {
      const nn::LuongKeys keys = a.precompute_keys(x);
      panels.push_back(viz::panel_from_matrix(
          name, rows_of([&](std::int64_t i) { return a.forward(state(i), keys, Tensor(), step ? i : 0).weights; }), tok,
          tok));
    };
    add("global, dot", dot, false);
    add("global, general", general, false);
    add("global, concat", concat_score, false);
    add("local-m (D = 1)", local_m, true);
    add("local-p (D = 2)", local_p, false);
    return panels;
  }
  throw Error("attn show explain: unknown mechanism '" + mechanism +
              "' (expected simplified, self, causal, multihead, additive or luong)");
}

void show_explain(const std::string& mechanism, const std::string& out) {
  viz::FigureOptions fig;
  std::vector<viz::HeatmapPanel> panels = explain_panels(mechanism, fig.title);
  const bool recurrent = mechanism == "additive" || mechanism == "luong";
  fig.x_caption = recurrent ? "encoder state h_j" : "key: the token attended to";
  fig.y_caption = recurrent ? "decoder state s (a token's embedding)" : "query: the token attending";
  fig.vmax = 1.0;
  fig.panel_size = 240;
  fig.columns = mechanism == "luong" ? 3 : 0;
  viz::save_figure(out, panels, fig);
  report(out, "attn explain " + mechanism + ", the textbook example");
}

// --- NMT ----------------------------------------------------------------------

struct NmtShow {
  std::string model, sentence, out;
  std::int64_t beam = 5;
  bool words = false;
  double vmax = 0.0;
};

void show_nmt(const NmtShow& o) {
  const models::TranslationModel m = models::load_translation_model(o.model);
  decode::SearchOptions search;
  search.beam_size = o.beam;
  const viz::NmtAttention a = viz::nmt_attention(m, o.sentence, search);
  viz::FigureOptions fig;
  const std::string name = std::filesystem::path(o.model).lexically_normal().filename().string();
  fig.title = name + ": " + a.translation;
  fig.x_caption = o.words ? "source word" : "source piece";
  fig.y_caption = o.words ? "target word" : "target piece";
  fig.vmax = o.vmax;
  const viz::HeatmapPanel panel = o.words ? viz::panel_from_matrix("", a.word_weights, a.target_words, a.source_words)
                                          : viz::panel_from_matrix("", a.weights, a.target_tokens, a.source_tokens);
  viz::save_figure(o.out, {panel}, fig);
  std::printf("%s\n", a.translation.c_str());
  report(o.out, std::string(o.words ? "words" : "pieces") + ", " + std::to_string(panel.rows) + " target x " +
                    std::to_string(panel.cols) + " source");
}

}  // namespace

void register_show(CLI::App& app) {
  CLI::App* show = app.add_subcommand("show", "draw attention weights as a heatmap (PNG or SVG)");
  show->require_subcommand(1);

  auto g = std::make_shared<GptShow>();
  CLI::App* gpt =
      show->add_subcommand("gpt", "a GPT's attention over a text: one head, a layer's heads, or the layers");
  gpt->add_option("--model", g->model, "GPT model directory")->required();
  gpt->add_option("--text", g->text, "the text whose attention is drawn")->required();
  gpt->add_option("--out", g->out, "output file, .png or .svg")->required();
  gpt->add_option("--layer", g->layer, "layer, from 0 (default: the last)")->check(CLI::NonNegativeNumber);
  auto* head = gpt->add_option("--head", g->head, "one head, from 0 (default: the layer's heads averaged)")
                   ->check(CLI::NonNegativeNumber);
  auto* all_heads = gpt->add_flag("--all-heads", g->all_heads, "a grid of every head of the layer");
  auto* all_layers = gpt->add_flag("--all-layers", g->all_layers, "a grid of every layer, heads averaged");
  head->excludes(all_heads)->excludes(all_layers);
  all_heads->excludes(all_layers);
  gpt->add_flag("--rollout", g->rollout, "attention rollout (Abnar & Zuidema 2020) instead of the raw weights");
  gpt->add_option("--max-new-tokens", g->max_new_tokens, "continue the text greedily first (default 0)")
      ->check(CLI::NonNegativeNumber);
  gpt->add_option("--vmax", g->vmax, "top of the colour scale (default: the largest weight)")
      ->check(CLI::NonNegativeNumber);
  gpt->callback([g] { show_gpt(*g); });

  struct ExplainShow {
    std::string mechanism, out;
  };
  auto e = std::make_shared<ExplainShow>();
  CLI::App* explain = show->add_subcommand("explain", "the weights of an `attn explain` walk-through");
  explain->add_option("mechanism", e->mechanism, "simplified, self, causal, multihead, additive or luong")->required();
  explain->add_option("--out", e->out, "output file, .png or .svg")->required();
  explain->callback([e] { show_explain(e->mechanism, e->out); });

  auto n = std::make_shared<NmtShow>();
  CLI::App* nmt = show->add_subcommand("nmt", "the alignment of a translation: source along x, target down y");
  nmt->add_option("--model", n->model, "translation model directory (attn nmt train)")->required();
  nmt->add_option("--sentence", n->sentence, "the source sentence")->required();
  nmt->add_option("--out", n->out, "output file, .png or .svg")->required();
  nmt->add_option("--beam", n->beam, "beam size (1: greedy)")->check(CLI::PositiveNumber)->capture_default_str();
  nmt->add_flag("--words", n->words, "merge subword pieces into words");
  nmt->add_option("--vmax", n->vmax, "top of the colour scale (default: the largest weight)")
      ->check(CLI::NonNegativeNumber);
  nmt->callback([n] { show_nmt(*n); });
}

}  // namespace attn::cli
