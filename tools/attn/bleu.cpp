// attn bleu: corpus BLEU of a translation against one reference, as sacreBLEU
// computes it by default (13a tokens, case kept), without smoothing unless asked.
//   attn bleu --ref test.en --hyp output.en
//   attn translate ... | attn bleu --ref test.en
#include "attn/eval/bleu.h"

#include <cstdio>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "attn/data/corpus_file.h"
#include "attn/error.h"
#include "commands.h"

namespace attn::cli {
namespace {

struct BleuCommand {
  std::string ref;
  std::string hyp;  // empty: standard input
  std::string smooth = "none";
  bool json = false;
  bool tokenized = false;
};

void run_bleu(const BleuCommand& c) {
  ATTN_CHECK(c.smooth == "none" || c.smooth == "exp", "attn bleu: --smooth ", c.smooth, " (expected none or exp)");
  const std::vector<std::string> references = data::read_corpus_lines(c.ref);
  std::vector<std::string> hypotheses;
  if (c.hyp.empty() || c.hyp == "-") {
    const std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    hypotheses = data::split_corpus_lines(input, "<stdin>");
  } else {
    hypotheses = data::read_corpus_lines(c.hyp);
  }
  const std::string hyp_name = c.hyp.empty() ? "<stdin>" : c.hyp;
  ATTN_CHECK(hypotheses.size() == references.size(), "attn bleu: ", hyp_name, " has ", hypotheses.size(), " lines but ",
             c.ref, " has ", references.size(), " (expected one hypothesis a reference line)");
  const eval::BleuScore score = eval::corpus_bleu(
      hypotheses, references,
      eval::BleuOptions{.smoothing = c.smooth == "exp" ? eval::BleuSmoothing::Exp : eval::BleuSmoothing::None,
                        .tokenize = !c.tokenized});
  if (c.json) {
    const nlohmann::json out = {
        {"bleu", score.score},      {"precisions", score.precisions}, {"matches", score.matches},
        {"totals", score.totals},   {"bp", score.brevity_penalty},    {"ratio", score.ratio},
        {"hyp_len", score.hyp_len}, {"ref_len", score.ref_len},       {"tokenize", c.tokenized ? "none" : "13a"},
        {"smooth", c.smooth},       {"sentences", references.size()}};
    std::printf("%s\n", out.dump().c_str());
  } else {
    std::printf("%s\n", score.format().c_str());
  }
}

}  // namespace

void register_bleu(CLI::App& app) {
  static BleuCommand bleu;
  CLI::App* cmd = app.add_subcommand("bleu", "corpus BLEU against one reference (sacreBLEU's 13a tokens)");
  cmd->add_option("--ref", bleu.ref, "reference translation, one sentence a line")->required();
  cmd->add_option("--hyp", bleu.hyp, "translation to score, aligned with --ref (default or '-': standard input)");
  cmd->add_option("--smooth", bleu.smooth, "none, or exp (mteval's, sacreBLEU's default) for orders with no match");
  cmd->add_flag("--tokenized", bleu.tokenized, "the lines are tokens already: split on white space only");
  cmd->add_flag("--json", bleu.json, "print the score and its parts as JSON");
  cmd->callback([] { run_bleu(bleu); });
}

}  // namespace attn::cli
