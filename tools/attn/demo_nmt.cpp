// attn demo, the translation part: held-out verses through the bundled translator,
// and the alignment of the first drawn as a heatmap.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "attn/error.h"
#include "attn/models/seq2seq_checkpoint.h"
#include "attn/models/translator.h"
#include "attn/viz/heatmap.h"
#include "attn/viz/nmt_attention.h"
#include "demo_parts.h"

namespace attn::cli {
namespace {

std::vector<std::string> first_lines(const std::string& path, int n) {
  std::ifstream in(path);
  ATTN_CHECK(in.good(), "cannot read ", path);
  std::vector<std::string> lines;
  for (std::string line; static_cast<int>(lines.size()) < n && std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

void run_nmt_demo(const NmtDemoOptions& o) {
  const models::TranslationModel m = models::load_translation_model(o.model);
  const std::vector<std::string> sources = first_lines(o.data_dir + "/test.es", o.sentences);
  const std::vector<std::string> references = first_lines(o.data_dir + "/test.en", o.sentences);
  std::printf("attn demo: the bundled translator, %s\n", o.model.c_str());
  std::printf("  a Bahdanau-attention GRU encoder-decoder trained by configs/nmt-es-en-small.json (docs/nmt.md);\n");
  std::printf("  held-out verses of the Reina-Valera 1909, beam search (K = 5):\n\n");
  models::TranslateOptions options;
  options.search.beam_size = 5;
  const auto translations = models::translate(*m.model, *m.source, *m.target, sources, options);
  for (std::size_t i = 0; i < sources.size(); ++i) {
    std::printf("  source:      %s\n  translation: %s\n  reference:   %s\n\n", sources[i].c_str(),
                translations[i].front().text.c_str(), i < references.size() ? references[i].c_str() : "");
  }
  // The first verse's word alignment: source words across, target words down.
  const viz::NmtAttention a = viz::nmt_attention(m, sources.front(), options.search);
  std::filesystem::create_directories(o.out_dir);
  const std::string path = o.out_dir + "/nmt-alignment.png";
  viz::FigureOptions figure;
  figure.title = "attention of the bundled translator (words)";
  figure.x_caption = "source (Spanish)";
  figure.y_caption = "translation (English)";
  viz::save_figure(path, {viz::panel_from_matrix("", a.word_weights, a.target_words, a.source_words)}, figure);
  std::printf("  the first verse's alignment (each row: where that English word looked): %s\n\n", path.c_str());
}

}  // namespace attn::cli
