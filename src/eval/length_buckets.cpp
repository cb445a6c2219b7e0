#include "attn/eval/length_buckets.h"

#include <algorithm>

#include "attn/error.h"

namespace attn::eval {

std::int64_t length_bucket(std::int64_t words, const LengthBuckets& buckets) {
  ATTN_CHECK(buckets.width >= 1 && buckets.count >= 1, "length buckets need a width and a count of at least 1 (got ",
             buckets.width, " and ", buckets.count, ")");
  return std::min(std::max<std::int64_t>(words - 1, 0) / buckets.width, buckets.count - 1);
}

std::vector<LengthBucketScore> bleu_by_source_length(const std::vector<std::string>& sources,
                                                     const std::vector<std::string>& hypotheses,
                                                     const std::vector<std::string>& references,
                                                     const LengthBuckets& buckets, const BleuOptions& options) {
  ATTN_CHECK(!sources.empty(), "BLEU by length: no sentences");
  ATTN_CHECK(sources.size() == hypotheses.size() && sources.size() == references.size(),
             "BLEU by length: ", sources.size(), " sources, ", hypotheses.size(), " hypotheses and ", references.size(),
             " references; they must be aligned by line");
  std::vector<std::vector<std::string>> hyp(static_cast<std::size_t>(std::max<std::int64_t>(buckets.count, 1)));
  std::vector<std::vector<std::string>> ref(hyp.size());
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const auto words = static_cast<std::int64_t>(split_whitespace(sources[i]).size());
    const auto b = static_cast<std::size_t>(length_bucket(words, buckets));
    hyp[b].push_back(hypotheses[i]);
    ref[b].push_back(references[i]);
  }
  std::vector<LengthBucketScore> out;
  for (std::int64_t b = 0; b < buckets.count; ++b) {
    LengthBucketScore s;
    s.min_words = b * buckets.width + 1;
    const bool last = b == buckets.count - 1;
    s.max_words = last ? -1 : (b + 1) * buckets.width;
    s.label = std::to_string(s.min_words);
    s.label.append(last ? "+" : "-").append(last ? "" : std::to_string(s.max_words));
    const auto i = static_cast<std::size_t>(b);
    s.sentences = static_cast<std::int64_t>(hyp[i].size());
    if (!hyp[i].empty()) s.bleu = corpus_bleu(hyp[i], ref[i], options);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace attn::eval
