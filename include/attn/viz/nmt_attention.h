// attn viz: the alignment of a translation, for `attn show nmt` and the viewer.
//
// The sentence is translated (beam search, or greedy with a beam of 1), then the chosen
// translation is fed back through the decoder by teacher forcing, which returns the
// attention of every target step: the steps of the search and the final </s> step
// alike (the same decoder states, since the search fed the same tokens).
//   rows    the target pieces, then </s> when the translation finished
//   columns the source pieces, then the source's </s>
// Word-level alignments merge pieces into words as models::word_alignment does.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "attn/decode/beam_search.h"
#include "attn/models/seq2seq_checkpoint.h"
#include "attn/models/translator.h"
#include "attn/tensor.h"

namespace attn::viz {

struct NmtAttention {
  std::vector<std::string> source_tokens;  // (S) the source pieces, then "</s>"
  std::vector<std::string> target_tokens;  // (T) the target pieces, then "</s>" when finished
  std::string translation;
  bool finished = true;  // false: cut at the maximum length (no </s> row)
  Tensor weights;        // (T, S) f32, row j: target token j's weights over the source
  // The same with pieces merged into words (models/translator.h's rule: a source word
  // sums its pieces' columns, a target word averages its pieces' rows); the </s> row
  // and column stay, each a word of its own.
  std::vector<std::string> source_words;  // (Sw) then "</s>"
  std::vector<std::string> target_words;  // (Tw) then "</s>" when finished
  Tensor word_weights;                    // (Tw, Sw) f32
};

// The source pieces of a sentence, </s> included: what the model reads (its length is
// what limits apply to).
std::vector<int> nmt_source_ids(const models::TranslationModel& model, std::string_view sentence);

// A non-empty sentence -> its translation and alignment. An error for a model without
// attention (attention "none").
NmtAttention nmt_attention(const models::TranslationModel& model, std::string_view sentence,
                           const decode::SearchOptions& search);

}  // namespace attn::viz
