// attn's BLEU against NLTK's corpus_bleu (python3-nltk, run by /usr/bin/python3) on
// fresh random corpora, and attn's 13a tokenizer against mteval's rules written as
// Python regular expressions (tests/oracle/nltk_bleu_oracle.py), on random lines
// full of digits, punctuation, entities and non-ASCII text. One Python process
// answers everything; if it cannot run, the test fails.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "attn/eval/bleu.h"

using namespace attn::eval;
namespace fs = std::filesystem;
using Json = nlohmann::json;
using Tokens = std::vector<std::string>;

namespace {

// Pieces that exercise every 13a rule; joined with or without spaces between them.
// clang-format off
const std::vector<std::string> kPieces = {
    "the", "cat", "sat", "on", "mat", "dog", "ran", "and", "a", "of", "in", "it", "to", "was", "3.14", "1,000",
    "3.", ".5", "end.", "x,y", "1-2", "a-1", "well-known", "--", "(a)", "[b]", "{c}", "don't", "\"q\"", "$5",
    "50%", "a/b", "c:d", "e;f", "g?", "h!", "i@j", "k#", "l^m", "n_o", "p`q", "r|s", "t~u", "v\\w", "x=y",
    "z+1", "2*3", "<b>", "&amp;", "&quot;x&quot;", "&lt;", "&gt;", "&amp;lt;", "<skipped>", "¿qué?", "naïve.",
    "«sí»", "über,", "日本語", "—", "…", "a\xC2\xA0" "b", "c\xE2\x80\x83" "d", ".", ",", "-", "'", "..", ",,",
    "9.", "9,", ".9", ",9", "9-", "-9", "Mr.", "U.S.A.", "e.g.,"};
// clang-format on

std::string random_line(std::mt19937_64& rng) {
  std::uniform_int_distribution<int> length(0, 18), piece(0, static_cast<int>(kPieces.size()) - 1), glue(0, 4);
  std::string line;
  for (int n = length(rng); n > 0; --n) {
    if (!line.empty()) line += glue(rng) == 0 ? "" : " ";
    line += kPieces[piece(rng)];
  }
  return line;
}

// A reference of plain words, and a hypothesis made from it by random edits, so that
// n-grams of every order match now and then. Hypotheses have at least 4 tokens: NLTK
// counts a hypothesis without n-grams of an order as 1 n-gram of it (max(1, count)),
// which BLEU as mteval and sacreBLEU define it does not.
std::pair<Tokens, Tokens> random_pair(std::mt19937_64& rng, int vocabulary, double edit_rate) {
  std::uniform_int_distribution<int> length(1, 30), word(0, vocabulary - 1), edit(0, 3);
  std::bernoulli_distribution edited(edit_rate);
  Tokens ref, hyp;
  while (hyp.size() < 4) {
    ref.clear();
    hyp.clear();
    for (int n = length(rng); n > 0; --n) ref.push_back(std::string("w").append(std::to_string(word(rng))));
    for (const std::string& token : ref) {
      if (!edited(rng)) {
        hyp.push_back(token);
        continue;
      }
      switch (edit(rng)) {
        case 0:
          break;  // deleted
        case 1:
          hyp.push_back(std::string("w").append(std::to_string(word(rng))));
          break;
        case 2:
          hyp.push_back(token);
          hyp.push_back(std::string("w").append(std::to_string(word(rng))));
          break;
        default:
          hyp.insert(hyp.begin() + static_cast<long>(rng() % (hyp.size() + 1)), token);
          break;
      }
    }
  }
  return {ref, hyp};
}

// Runs the Python oracle on `request`; its answer.
Json ask_oracle(const Json& request) {
  const fs::path dir = fs::temp_directory_path() / ("attn_bleu_oracle_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path in = dir / "in.json", out = dir / "out.json";
  std::ofstream(in) << request.dump();
  const std::string script = std::string(ATTN_SOURCE_DIR) + "/tests/oracle/nltk_bleu_oracle.py";
  const std::string command = "/usr/bin/python3 '" + script + "' '" + in.string() + "' '" + out.string() + "' 2>&1";
  std::string output;
  if (std::FILE* pipe = ::popen(command.c_str(), "r")) {
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, n);
    const int status = ::pclose(pipe);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      ADD_FAILURE() << "the NLTK oracle failed (Debian: apt-get install python3-nltk): " << command << "\n" << output;
      return {};
    }
  }
  std::ifstream answer(out);
  Json result = Json::parse(answer);
  fs::remove_all(dir);
  return result;
}

}  // namespace

TEST(BleuOracle, TokenizerAndCorpusBleuMatchMtevalAndNltk) {
  const std::uint64_t seed = std::random_device{}();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937_64 rng(seed);

  std::vector<std::string> lines;
  for (int i = 0; i < 3000; ++i) lines.push_back(random_line(rng));

  // Corpora from near copies to nearly unrelated text; small ones with rare 4-gram
  // matches exercise the smoothing.
  struct Corpus {
    std::vector<Tokens> hyp, ref;
  };
  std::vector<Corpus> corpora;
  const std::vector<std::tuple<int, int, double>> shapes = {
      {200, 50, 0.1}, {200, 50, 0.4}, {100, 500, 0.7}, {50, 20, 0.2}, {20, 1000, 0.9},
      {8, 300, 0.8},  {300, 10, 0.5}, {5, 40, 0.3},    {1, 30, 0.2},  {40, 2000, 0.95}};
  for (const auto& [sentences, vocabulary, edit_rate] : shapes) {
    for (int repeat = 0; repeat < 3; ++repeat) {
      Corpus c;
      for (int s = 0; s < sentences; ++s) {
        auto [ref, hyp] = random_pair(rng, vocabulary, edit_rate);
        c.ref.push_back(ref);
        c.hyp.push_back(hyp);
      }
      corpora.push_back(c);
    }
  }
  // And corpora of the random lines themselves, through attn's tokenizer: unrelated
  // lines, but drawn from few pieces, so unigrams and bigrams match.
  for (std::size_t k = 0, next = 0; k < 5; ++k) {
    Corpus c;
    while (c.hyp.size() < 100) {
      Tokens ref = split_whitespace(tokenize_13a(lines[next++ % lines.size()]));
      Tokens hyp = split_whitespace(tokenize_13a(lines[next++ % lines.size()]));
      if (hyp.size() < 4) continue;
      c.ref.push_back(ref);
      c.hyp.push_back(hyp);
    }
    corpora.push_back(c);
  }

  Json request = {{"lines", lines}, {"corpora", Json::array()}};
  for (const Corpus& c : corpora) request["corpora"].push_back({{"hyp", c.hyp}, {"ref", c.ref}});
  const Json answer = ask_oracle(request);
  ASSERT_TRUE(answer.contains("tokens") && answer.contains("bleu"));

  for (std::size_t i = 0; i < lines.size(); ++i) {
    ASSERT_EQ(split_whitespace(tokenize_13a(lines[i])), answer["tokens"][i].get<Tokens>()) << "line: " << lines[i];
  }
  int positive = 0;
  for (std::size_t k = 0; k < corpora.size(); ++k) {
    // Skip what NLTK answers differently by design: a corpus with no unigram match
    // (NLTK returns 0 before smoothing) cannot come from these shapes.
    const BleuScore none = corpus_bleu_tokens(corpora[k].hyp, corpora[k].ref, BleuSmoothing::None);
    const BleuScore exp = corpus_bleu_tokens(corpora[k].hyp, corpora[k].ref, BleuSmoothing::Exp);
    ASSERT_GT(none.matches[0], 0);
    EXPECT_NEAR(none.score, 100 * answer["bleu"][k]["none"].get<double>(), 1e-9) << "corpus " << k;
    EXPECT_NEAR(exp.score, 100 * answer["bleu"][k]["exp"].get<double>(), 1e-9) << "corpus " << k;
    if (none.score > 0) ++positive;
  }
  EXPECT_GE(positive, 15);  // most corpora have matches of every order: the comparison is not of zeros
}
