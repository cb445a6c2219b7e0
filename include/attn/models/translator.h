// attn models: translating text with an encoder-decoder and its subword models, and
// reading its attention as word alignments (see docs/nmt.md, "Alignments").
//
// A sentence is split into SentencePiece pieces, encoded with </s> at its end, searched
// (decode/beam_search.h: greedy when the beam size is 1) and the best pieces decoded
// back to text.
//
// Word alignments. The model attends from target pieces to source pieces; readers want
// words. A word is a run of pieces that starts with a piece marked "▁" (SentencePiece's
// word boundary), so the pieces map to the whitespace-separated words of the text.
//   source side: a word's weight is the SUM of its pieces' weights (the attention mass
//                that went to the word); the source's </s> column is dropped, so a row
//                sums to 1 minus what went to </s> (and to less for luong-local-p,
//                whose Gaussian scales the weights);
//   target side: a word's row is the MEAN of its pieces' rows (each piece of the word
//                is one draw of where the word looked), so rows stay comparable
//                whatever the word's number of pieces.
// weights[j][i] is then the weight of source word i for target word j. The hard
// alignment links each target word j to its heaviest source word i, written "i-j"
// (Pharaoh format, source index first, 0-based).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "attn/data/subword.h"
#include "attn/decode/beam_search.h"
#include "attn/models/seq2seq.h"

namespace attn::models {

struct WordAlignment {
  std::vector<std::string> source_words;
  std::vector<std::string> target_words;
  std::vector<std::vector<double>> weights;  // (target words, source words)
};

// Groups pieces into words: word_of[i] = the word of piece i (a piece starting with
// "▁" starts a new word; the first piece always starts word 0), and the words' text
// (their pieces joined, "▁" removed).
struct PieceWords {
  std::vector<std::int64_t> word_of;
  std::vector<std::string> words;
};
PieceWords group_pieces(const std::vector<std::string>& pieces);

// rows: one row per target piece of attention weights over the source pieces (extra
// columns past the source pieces, such as </s>, are dropped) -> the word alignment.
WordAlignment word_alignment(const std::vector<std::string>& source_pieces,
                             const std::vector<std::string>& target_pieces,
                             const std::vector<std::vector<float>>& rows);

// "0.912 0.041 ; 0.020 0.850": one row a target word, its source-word weights to 3
// decimals separated by spaces, rows separated by " ; ".
std::string format_soft_alignment(const WordAlignment& alignment);
// "0-0 1-1 3-2": each target word j with its heaviest source word i (the first among
// equals), in target order.
std::string format_hard_alignment(const WordAlignment& alignment);

struct Translation {
  std::string text;
  double score = 0.0;  // length-normalised log-probability (beam_search.h)
  double log_prob = 0.0;
  bool finished = true;     // false: cut at the maximum length
  WordAlignment alignment;  // empty weights for the model without attention
};

struct TranslateOptions {
  decode::SearchOptions search = {};  // beam_size 1: greedy search
  std::int64_t batch_size = 32;       // sentences searched together (results do not depend on it)
};

// sentences -> per sentence, search.n_best translations, best first. An empty sentence
// translates to an empty one (no search).
std::vector<std::vector<Translation>> translate(Seq2Seq& model, const data::SubwordModel& source,
                                                const data::SubwordModel& target,
                                                const std::vector<std::string>& sentences,
                                                const TranslateOptions& options = {});

}  // namespace attn::models
