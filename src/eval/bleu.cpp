#include "attn/eval/bleu.h"

#include <cmath>
#include <cstdio>
#include <string>
#include <unordered_map>

#include "attn/error.h"

namespace attn::eval {

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_period_or_comma(char c) {
  return c == '.' || c == ',';
}

// Step 2's characters: ASCII punctuation but ' , - . and the space.
bool is_split_punctuation(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 0x20 && u <= 0x26) || (u >= 0x28 && u <= 0x2B) || c == '/' || (u >= 0x3A && u <= 0x40) ||
         (u >= 0x5B && u <= 0x60) || (u >= 0x7B && u <= 0x7E);
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  std::string out;
  std::size_t begin = 0;
  for (std::size_t at; (at = text.find(from, begin)) != std::string::npos; begin = at + from.size()) {
    out.append(text, begin, at - begin);
    out += to;
  }
  out.append(text, begin, std::string::npos);
  text = std::move(out);
}

// One left-to-right substitution of a two-character pattern, `first` then `second`,
// resuming after each match: replaces the pair (a, b) with a + middle + b + after,
// preceded by `before`.
template <class First, class Second>
std::string substitute_pairs(const std::string& text, First first, Second second, std::string_view before,
                             std::string_view middle, std::string_view after) {
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  std::size_t i = 0;
  while (i < text.size()) {
    if (i + 1 < text.size() && first(text[i]) && second(text[i + 1])) {
      out += before;
      out += text[i];
      out += middle;
      out += text[i + 1];
      out += after;
      i += 2;
    } else {
      out += text[i++];
    }
  }
  return out;
}

// The length of the white-space character at text[i] as Python's str.isspace() sees
// it, or 0.
std::size_t whitespace_length(std::string_view text, std::size_t i) {
  const auto at = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0; };
  const unsigned char b0 = at(i);
  if ((b0 >= 0x09 && b0 <= 0x0D) || (b0 >= 0x1C && b0 <= 0x20)) return 1;
  if (b0 == 0xC2 && (at(i + 1) == 0x85 || at(i + 1) == 0xA0)) return 2;  // U+0085, U+00A0
  if (b0 == 0xE1 && at(i + 1) == 0x9A && at(i + 2) == 0x80) return 3;    // U+1680
  if (b0 == 0xE2 && at(i + 1) == 0x80) {
    const unsigned char b2 = at(i + 2);
    if ((b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF)
      return 3;  // U+2000..200A, 2028, 2029, 202F
  }
  if (b0 == 0xE2 && at(i + 1) == 0x81 && at(i + 2) == 0x9F) return 3;  // U+205F
  if (b0 == 0xE3 && at(i + 1) == 0x80 && at(i + 2) == 0x80) return 3;  // U+3000
  return 0;
}

// n-gram -> count for n = 1..4 of one sentence; an n-gram is its tokens joined by ' '
// (tokens hold no white space), keyed with n in front so orders never collide.
using NgramCounts = std::unordered_map<std::string, std::int64_t>;

NgramCounts count_ngrams(const std::vector<std::string>& tokens) {
  NgramCounts counts;
  for (std::size_t n = 1; n <= 4; ++n) {
    for (std::size_t i = 0; i + n <= tokens.size(); ++i) {
      std::string key(1, static_cast<char>('0' + n));
      for (std::size_t k = i; k < i + n; ++k) {
        key += ' ';
        key += tokens[k];
      }
      ++counts[key];
    }
  }
  return counts;
}

}  // namespace

std::string tokenize_13a(std::string_view line) {
  std::string text(line);
  replace_all(text, "<skipped>", "");
  if (text.find('&') != std::string::npos) {
    replace_all(text, "&quot;", "\"");
    replace_all(text, "&amp;", "&");
    replace_all(text, "&lt;", "<");
    replace_all(text, "&gt;", ">");
  }
  // mteval pads the line with a space on each side before its rules, so a period
  // or comma at either end has a non-digit neighbour ("3." -> "3 .").
  text = " " + text + " ";
  std::string spaced;
  spaced.reserve(text.size() * 2);
  for (char c : text) {
    if (is_split_punctuation(c)) {
      spaced += ' ';
      spaced += c;
      spaced += ' ';
    } else {
      spaced += c;
    }
  }
  // UTF-8 bytes of non-ASCII characters are never digits, periods, commas or hyphens,
  // so scanning bytes finds exactly the matches a scan of characters would.
  const auto not_digit = [](char c) { return !is_digit(c); };
  const auto is_hyphen = [](char c) { return c == '-'; };
  spaced = substitute_pairs(spaced, not_digit, is_period_or_comma, "", " ", " ");
  spaced = substitute_pairs(spaced, is_period_or_comma, not_digit, " ", " ", "");
  spaced = substitute_pairs(spaced, is_digit, is_hyphen, "", " ", " ");
  std::string joined;
  for (const std::string& token : split_whitespace(spaced)) {
    if (!joined.empty()) joined += ' ';
    joined += token;
  }
  return joined;
}

std::vector<std::string> split_whitespace(std::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t space = whitespace_length(text, i);
    if (space > 0) {
      if (!current.empty()) tokens.push_back(std::move(current));
      current.clear();
      i += space;
    } else {
      current += text[i++];
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

BleuScore corpus_bleu_tokens(const std::vector<std::vector<std::string>>& hypotheses,
                             const std::vector<std::vector<std::string>>& references, BleuSmoothing smoothing) {
  ATTN_CHECK(hypotheses.size() == references.size(), "BLEU: ", hypotheses.size(), " hypotheses but ", references.size(),
             " references (expected one reference a hypothesis)");
  ATTN_CHECK(!hypotheses.empty(), "BLEU: no sentences to score");
  BleuScore result;
  result.smoothing = smoothing;
  for (std::size_t s = 0; s < hypotheses.size(); ++s) {
    const std::vector<std::string>& hyp = hypotheses[s];
    result.hyp_len += static_cast<std::int64_t>(hyp.size());
    result.ref_len += static_cast<std::int64_t>(references[s].size());
    const NgramCounts hyp_counts = count_ngrams(hyp);
    const NgramCounts ref_counts = count_ngrams(references[s]);
    for (std::size_t n = 1; n <= 4; ++n) {
      if (hyp.size() >= n) result.totals[n - 1] += static_cast<std::int64_t>(hyp.size() - n + 1);
    }
    for (const auto& [ngram, count] : hyp_counts) {
      const auto found = ref_counts.find(ngram);
      if (found != ref_counts.end()) result.matches[ngram[0] - '1'] += std::min(count, found->second);
    }
  }
  // Precisions, as sacreBLEU: an order with no hypothesis n-grams ends the loop
  // (its precision and those above stay 0).
  double smoothing_factor = 1;
  for (std::size_t n = 0; n < 4; ++n) {
    if (result.totals[n] == 0) break;
    const auto total = static_cast<double>(result.totals[n]);
    if (result.matches[n] > 0) {
      result.precisions[n] = 100.0 * static_cast<double>(result.matches[n]) / total;
    } else if (smoothing == BleuSmoothing::Exp) {
      smoothing_factor *= 2;
      result.precisions[n] = 100.0 / (smoothing_factor * total);
    }
  }
  const auto c = static_cast<double>(result.hyp_len);
  const auto r = static_cast<double>(result.ref_len);
  result.ratio = r > 0 ? c / r : 0;
  result.brevity_penalty = c > r ? 1.0 : (c > 0 ? std::exp(1 - r / c) : 0.0);
  bool any_zero = false;
  double log_sum = 0;
  for (double p : result.precisions) {
    if (p <= 0)
      any_zero = true;
    else
      log_sum += std::log(p / 100.0);
  }
  result.score = any_zero ? 0.0 : 100.0 * result.brevity_penalty * std::exp(log_sum / 4);
  return result;
}

BleuScore corpus_bleu(const std::vector<std::string>& hypotheses, const std::vector<std::string>& references,
                      const BleuOptions& options) {
  const auto tokens_of = [&](const std::vector<std::string>& lines) {
    std::vector<std::vector<std::string>> tokens;
    tokens.reserve(lines.size());
    for (const std::string& line : lines) {
      tokens.push_back(split_whitespace(options.tokenize ? tokenize_13a(line) : line));
    }
    return tokens;
  };
  return corpus_bleu_tokens(tokens_of(hypotheses), tokens_of(references), options.smoothing);
}

std::string BleuScore::format() const {
  char line[256];
  std::snprintf(line, sizeof line,
                "BLEU = %.2f %.1f/%.1f/%.1f/%.1f (BP = %.3f ratio = %.3f hyp_len = %lld ref_len = %lld)", score,
                precisions[0], precisions[1], precisions[2], precisions[3], brevity_penalty, ratio,
                static_cast<long long>(hyp_len), static_cast<long long>(ref_len));
  return line;
}

}  // namespace attn::eval
