// attn eval: BLEU by source length, the measurement behind Bahdanau et al. (2014),
// Figure 2: a model with a fixed-size context vector falls apart on long sentences,
// one with attention much less.
//
// Sentences go into buckets by the length of their source in words (white-space
// tokens of the raw line): 1-10, 11-20, ..., and a last open bucket ("51+" with the
// defaults). A source of 0 words joins the first bucket. Each bucket's BLEU is the
// corpus BLEU (eval/bleu.h) of the sentences in it, counts summed within the bucket.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "attn/eval/bleu.h"

namespace attn::eval {

struct LengthBuckets {
  std::int64_t width = 10;  // words a bucket
  std::int64_t count = 6;   // buckets, the last open: 1-10, ..., 41-50, 51+
};

struct LengthBucketScore {
  std::string label;              // "1-10", "11-20", ..., "51+"
  std::int64_t min_words = 0;     // inclusive
  std::int64_t max_words = -1;    // inclusive; -1: no upper bound (the last bucket)
  std::int64_t sentences = 0;     // in this bucket
  std::optional<BleuScore> bleu;  // empty when no sentence falls in the bucket
};

// The bucket (0-based) of a source of `words` words.
std::int64_t length_bucket(std::int64_t words, const LengthBuckets& buckets = {});

// BLEU of hypotheses against references, by the length of their sources; the three
// lists are aligned by line (an error when their sizes differ or are 0).
std::vector<LengthBucketScore> bleu_by_source_length(const std::vector<std::string>& sources,
                                                     const std::vector<std::string>& hypotheses,
                                                     const std::vector<std::string>& references,
                                                     const LengthBuckets& buckets = {},
                                                     const BleuOptions& options = {});

}  // namespace attn::eval
