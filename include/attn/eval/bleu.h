// attn eval: corpus BLEU (Papineni et al., 2002), computed as sacreBLEU computes it.
//
// BLEU-4 of a corpus with one reference a sentence:
//   p_n  = sum over sentences of the hypothesis n-grams that the reference also has
//          (each counted at most as often as the reference has it), divided by the
//          number of hypothesis n-grams, n = 1..4;
//   BP   = 1 when the hypotheses are longer than the references in tokens (c > r),
//          else exp(1 - r/c) (0 when c = 0);
//   BLEU = 100 * BP * exp(mean of log p_n)   (0 when a p_n is 0, without smoothing).
// The counts are summed over the corpus before dividing: corpus BLEU is not a mean of
// sentence scores.
//
// Tokens: the "13a" tokenizer of NIST's mteval-v13a.pl, sacreBLEU's default, so
// that scores compare with published ones (Post, 2018, "A Call for Clarity in
// Reporting BLEU Scores"). Case is kept.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace attn::eval {

// The 13a tokenization of one line, tokens joined by single spaces:
//   1. "<skipped>" is deleted; the entities &quot; &amp; &lt; &gt; become " & < >
//      (in that order, each replaced throughout before the next);
//   2. every ASCII punctuation character except the apostrophe, comma, hyphen and
//      period gets a space on each side: ! " # $ % & ( ) * + / : ; < = > ? @ [ \ ] ^ _ `
//      { | } ~ (spaces too, which changes nothing);
//   (the line is padded with a space at each end first, as mteval does)
//   3. a period or comma after a non-digit is split off: "end." -> "end . ";
//   4. a period or comma before a non-digit is split off: ".a" -> " . a";
//      so "3.14" and "1,000" stay whole, "3." and ".5" are split;
//   5. a hyphen after a digit is split off: "1-2" -> "1 - 2", while "well-known"
//      stays whole;
//   6. white space (Python's str.split: ASCII and Unicode spaces) separates tokens.
// Steps 3 to 5 each scan left to right and resume after each match (a character
// used in one match is not used in the next), as a regular expression substitution does.
std::string tokenize_13a(std::string_view line);

// The tokens of a line split on white space as Python's str.split() splits.
std::vector<std::string> split_whitespace(std::string_view text);

enum class BleuSmoothing : std::uint8_t {
  None,  // a p_n with no match makes BLEU 0
  // mteval's (sacreBLEU's default, NLTK's method3): the k-th order with no match
  // counts as 1 / (2^k * its n-gram total).
  Exp,
};

struct BleuOptions {
  BleuSmoothing smoothing = BleuSmoothing::None;
  bool tokenize = true;  // false: the lines are tokens already, split on white space only
};

struct BleuScore {
  double score = 0;                       // 0..100
  std::array<double, 4> precisions{};     // p_1..p_4 in percent, after smoothing
  std::array<std::int64_t, 4> matches{};  // clipped n-gram matches, n = 1..4
  std::array<std::int64_t, 4> totals{};   // hypothesis n-grams, n = 1..4
  double brevity_penalty = 0;             // BP
  double ratio = 0;                       // hyp_len / ref_len
  std::int64_t hyp_len = 0;               // c, tokens
  std::int64_t ref_len = 0;               // r, tokens
  BleuSmoothing smoothing = BleuSmoothing::None;

  // sacreBLEU's line: "BLEU = 34.62 67.5/42.3/28.6/19.9 (BP = 0.975 ratio = 0.975
  // hyp_len = 1234 ref_len = 1265)".
  std::string format() const;
};

// Corpus BLEU of hypotheses against references, line i against line i. Throws
// attn::Error when the counts differ or there are no lines.
BleuScore corpus_bleu(const std::vector<std::string>& hypotheses, const std::vector<std::string>& references,
                      const BleuOptions& options = {});

// The same on sentences already split into tokens.
BleuScore corpus_bleu_tokens(const std::vector<std::vector<std::string>>& hypotheses,
                             const std::vector<std::vector<std::string>>& references,
                             BleuSmoothing smoothing = BleuSmoothing::None);

}  // namespace attn::eval
