// attn translate: translates sentences read from standard input with a model
// directory written by `attn nmt train` (see docs/nmt.md, "Decoding").
//   attn translate --model models/nmt-es-en-small < test.es > out.en
//   echo "En el principio crió Dios los cielos y la tierra." | attn translate --model DIR --alignment hard
// Output, one line a sentence:            translation [ ||| alignment]
// with --n-best N, N lines a sentence:    index ||| translation ||| score [ ||| alignment]
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "attn/data/corpus_file.h"
#include "attn/error.h"
#include "attn/models/seq2seq_checkpoint.h"
#include "attn/models/translator.h"
#include "commands.h"

namespace attn::cli {
namespace {

struct TranslateCommand {
  std::string model;
  std::int64_t beam = 5;
  std::int64_t n_best = 1;
  double alpha = 0.6;
  double max_length_ratio = 2.0;
  std::int64_t max_length_offset = 10;
  std::int64_t batch_size = 32;
  std::string alignment;  // "", "soft" or "hard"
};

void run_translate(const TranslateCommand& c) {
  ATTN_CHECK(c.alignment.empty() || c.alignment == "soft" || c.alignment == "hard", "attn translate: --alignment ",
             c.alignment, " (expected soft or hard)");
  ATTN_CHECK(c.n_best >= 1 && c.n_best <= c.beam, "attn translate: --n-best ", c.n_best,
             " must lie in [1, --beam = ", c.beam, "]");
  const models::TranslationModel m = models::load_translation_model(c.model);
  ATTN_CHECK(c.alignment.empty() || m.model->config().attention != models::Seq2SeqAttention::None,
             "attn translate: ", c.model, " has no attention (attention \"none\"), so no alignment to show");
  const std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  const std::vector<std::string> sentences = data::split_corpus_lines(input, "<stdin>");

  models::TranslateOptions options;
  options.search.beam_size = c.beam;
  options.search.n_best = c.n_best;
  options.search.alpha = c.alpha;
  options.search.max_length_ratio = c.max_length_ratio;
  options.search.max_length_offset = c.max_length_offset;
  options.batch_size = c.batch_size;
  const auto results = models::translate(*m.model, *m.source, *m.target, sentences, options);

  std::string out;
  for (std::size_t i = 0; i < results.size(); ++i) {
    for (const models::Translation& t : results[i]) {
      if (c.n_best > 1) {
        char score[32];
        std::snprintf(score, sizeof score, "%.4f", t.score);
        out += std::to_string(i) + " ||| " + t.text + " ||| " + score;
      } else {
        out += t.text;
      }
      if (c.alignment == "soft") out += " ||| " + models::format_soft_alignment(t.alignment);
      if (c.alignment == "hard") out += " ||| " + models::format_hard_alignment(t.alignment);
      out += '\n';
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

}  // namespace

void register_translate(CLI::App& app) {
  static TranslateCommand cmd;
  CLI::App* t = app.add_subcommand("translate", "translate sentences from standard input (one a line)");
  t->add_option("--model", cmd.model, "a model directory from `attn nmt train` (its best/ or last/)")->required();
  t->add_option("--beam", cmd.beam, "beam size K (1: greedy search)")->check(CLI::PositiveNumber);
  t->add_option("--n-best", cmd.n_best, "print the N best translations of each sentence (N <= K)")
      ->check(CLI::PositiveNumber);
  t->add_option("--alpha", cmd.alpha, "length normalisation: score = logp / ((5 + length) / 6)^alpha")
      ->check(CLI::NonNegativeNumber);
  t->add_option("--max-length-ratio", cmd.max_length_ratio,
                "at most ceil(R * source pieces) + --max-length-offset target pieces")
      ->check(CLI::PositiveNumber);
  t->add_option("--max-length-offset", cmd.max_length_offset, "see --max-length-ratio")->check(CLI::NonNegativeNumber);
  t->add_option("--batch-size", cmd.batch_size, "sentences translated together (the output does not depend on it)")
      ->check(CLI::PositiveNumber);
  t->add_option("--alignment", cmd.alignment,
                "append ' ||| ' and the word alignment: soft (a row of source-word weights a target word) or hard "
                "(i-j pairs)");
  t->callback([] { run_translate(cmd); });
}

}  // namespace attn::cli
