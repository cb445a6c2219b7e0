// attn decode: greedy and beam search for the encoder-decoder (models/seq2seq.h).
//
// Both translate a batch of source sentences at once and give each sentence exactly
// the result it would get alone: the rows of different sentences never meet (the
// encoder masks padding, attention gives padding weight 0, each sentence keeps its own
// beams and its own maximum length), and a sentence leaves the batch when it is done.
//
// Greedy: at every step the most probable token (the lowest id among equal maxima),
// until </s> or the maximum length.
//
// Beam search (K beams a sentence), step t:
//   every live beam k extends with every token v: score(k, v) = logp(k) + log p(v | k)
//   the 2K best (k, v) are taken, best first (ties: lower k, then lower v); a </s>
//   among the first K ends a hypothesis, the others fill the K beams of the next step
//   (at the first step only beam 0 is live, so the K beams differ).
//   A sentence is done once it has K ended hypotheses, or at its maximum length, where
//   the live beams end unfinished.
// Hypotheses are ranked by the length-normalised score of GNMT (Wu et al. 2016):
//   score = logp / lp(|y|),  lp(n) = ((5 + n) / 6)^alpha,  n counting </s>
// alpha = 0 ranks by the raw log-probability (which favours short output); alpha = 1
// is close to the mean log-probability a token.
//
// Maximum length of sentence b (tokens, </s> included): ceil(max_length_ratio * S_b)
// + max_length_offset, S_b its source length in ids (its </s> included).
#pragma once

#include <cstdint>
#include <vector>

#include "attn/models/seq2seq.h"

namespace attn::decode {

struct SearchOptions {
  std::int64_t beam_size = 5;  // K (beam_search only)
  double alpha = 0.6;          // length normalisation (beam_search only)
  std::int64_t n_best = 1;     // hypotheses returned a sentence, 1..K (beam_search only)
  double max_length_ratio = 2.0;
  std::int64_t max_length_offset = 10;
  std::int64_t bos_id = 2;  // <s>, the first decoder input (data/subword.h)
  std::int64_t eos_id = 3;  // </s>
};

struct Hypothesis {
  std::vector<std::int64_t> tokens;  // y_1 .. y_n, without <s> and </s>
  double log_prob = 0.0;             // sum of log p of the tokens (and of </s> when finished)
  double score = 0.0;                // log_prob / lp(length), length counting </s> when finished
  bool finished = false;             // ended with </s> (false: cut at the maximum length)
  // One row per token of `tokens`: the attention weights over the S_b source ids
  // (the source's own length, its </s> included) at the step that emitted the token.
  // Empty for the model without attention.
  std::vector<std::vector<float>> attention;
};

// sources: B sentences of source ids (each non-empty, normally ending with </s>) ->
// per sentence its best hypothesis. The model runs in eval mode without gradients (its
// training flag is restored afterwards).
std::vector<Hypothesis> greedy_search(models::Seq2Seq& model, const std::vector<std::vector<std::int64_t>>& sources,
                                      const SearchOptions& options = {});

// -> per sentence its n_best hypotheses, best score first.
std::vector<std::vector<Hypothesis>> beam_search(models::Seq2Seq& model,
                                                 const std::vector<std::vector<std::int64_t>>& sources,
                                                 const SearchOptions& options = {});

// lp(n) = ((5 + n) / 6)^alpha.
double length_penalty(std::int64_t length, double alpha);

}  // namespace attn::decode
