#include "attn/viz/nmt_attention.h"

#include "attn/autograd.h"
#include "attn/data/subword.h"
#include "attn/error.h"
#include "attn/ops.h"
#include "attn/viz/token_label.h"

namespace attn::viz {

std::vector<int> nmt_source_ids(const models::TranslationModel& model, std::string_view sentence) {
  return model.source->encode(sentence, /*add_bos=*/false, /*add_eos=*/true);
}

NmtAttention nmt_attention(const models::TranslationModel& model, std::string_view sentence,
                           const decode::SearchOptions& search) {
  models::Seq2Seq& net = *model.model;
  ATTN_CHECK(net.config().attention != models::Seq2SeqAttention::None,
             "nmt_attention: the model has no attention (attention \"none\"), so no alignment to show");
  const std::vector<int> source = nmt_source_ids(model, sentence);
  ATTN_CHECK(source.size() >= 2, "nmt_attention: the sentence is empty");
  std::vector<std::int64_t> source_ids(source.begin(), source.end());

  NmtAttention out;
  for (std::size_t i = 0; i + 1 < source.size(); ++i)
    out.source_tokens.push_back(token_label(model.source->piece(source[i])));
  out.source_tokens.push_back("</s>");

  decode::Hypothesis best;
  if (search.beam_size <= 1) {
    best = decode::greedy_search(net, {source_ids}, search).at(0);
  } else {
    decode::SearchOptions one = search;
    one.n_best = 1;
    best = decode::beam_search(net, {source_ids}, one).at(0).at(0);
  }
  out.finished = best.finished;
  std::vector<int> target(best.tokens.begin(), best.tokens.end());
  out.translation = model.target->decode(target);
  std::vector<std::string> target_pieces;
  for (int id : target) target_pieces.push_back(model.target->piece(id));
  for (const auto& piece : target_pieces) out.target_tokens.push_back(token_label(piece));
  if (best.finished) out.target_tokens.push_back("</s>");

  // Teacher forcing on <s> y_1 .. y_n (and the step after y_n, which chose </s>).
  const auto s = static_cast<std::int64_t>(source_ids.size());
  const auto t = static_cast<std::int64_t>(out.target_tokens.size());
  std::vector<std::int64_t> target_in = {search.bos_id};
  for (std::int64_t i = 0; i + 1 < t; ++i) target_in.push_back(best.tokens[static_cast<std::size_t>(i)]);
  if (t == 0) {  // cut before any token: nothing to show
    out.weights = zeros({0, s});
  } else {
    NoGradGuard no_grad;
    const models::TeacherForcedOutput forced =
        net.forward(from_ids(source_ids, {1, s}), from_ids({s}, {1}), from_ids(target_in, {1, t}));
    out.weights = reshape(forced.weights, {t, s}).to(DType::F32).contiguous();
  }

  // Words: every piece's word (group_pieces), then </s> as a word of its own.
  std::vector<std::string> source_pieces;
  for (std::size_t i = 0; i + 1 < source.size(); ++i) source_pieces.push_back(model.source->piece(source[i]));
  const models::PieceWords src = models::group_pieces(source_pieces), tgt = models::group_pieces(target_pieces);
  std::vector<std::int64_t> src_word = src.word_of, tgt_word = tgt.word_of;
  for (const auto& w : src.words) out.source_words.push_back(token_label(w));
  for (const auto& w : tgt.words) out.target_words.push_back(token_label(w));
  src_word.push_back(static_cast<std::int64_t>(out.source_words.size()));
  out.source_words.push_back("</s>");
  if (best.finished) {
    tgt_word.push_back(static_cast<std::int64_t>(out.target_words.size()));
    out.target_words.push_back("</s>");
  }
  const auto sw = static_cast<std::int64_t>(out.source_words.size());
  const auto tw = static_cast<std::int64_t>(out.target_words.size());
  std::vector<double> words(static_cast<std::size_t>(tw * sw), 0.0), pieces_in_word(static_cast<std::size_t>(tw), 0.0);
  const std::vector<double> w = out.weights.to_vector();
  for (std::int64_t j = 0; j < t; ++j) {
    const std::int64_t jw = tgt_word[static_cast<std::size_t>(j)];
    pieces_in_word[static_cast<std::size_t>(jw)] += 1.0;
    for (std::int64_t i = 0; i < s; ++i) words[jw * sw + src_word[static_cast<std::size_t>(i)]] += w[j * s + i];
  }
  for (std::int64_t jw = 0; jw < tw; ++jw)
    for (std::int64_t iw = 0; iw < sw; ++iw) words[jw * sw + iw] /= std::max(1.0, pieces_in_word[jw]);
  out.word_weights = from_vector(words, {tw, sw});
  return out;
}

}  // namespace attn::viz
