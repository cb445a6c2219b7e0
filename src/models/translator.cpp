#include "attn/models/translator.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "attn/error.h"

namespace attn::models {
namespace {

constexpr std::string_view kWordBoundary = "\xe2\x96\x81";  // U+2581 "▁", SentencePiece's space

bool starts_word(const std::string& piece) {
  return piece.compare(0, kWordBoundary.size(), kWordBoundary) == 0;
}

std::string without_boundaries(const std::string& piece) {
  std::string out;
  for (std::size_t i = 0; i < piece.size();) {
    if (piece.compare(i, kWordBoundary.size(), kWordBoundary) == 0) {
      i += kWordBoundary.size();
    } else {
      out += piece[i++];
    }
  }
  return out;
}

std::vector<std::string> pieces_of(const data::SubwordModel& model, const std::vector<std::int64_t>& ids) {
  std::vector<std::string> pieces;
  for (const std::int64_t id : ids) pieces.push_back(model.piece(static_cast<int>(id)));
  return pieces;
}

}  // namespace

PieceWords group_pieces(const std::vector<std::string>& pieces) {
  PieceWords out;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (i == 0 || starts_word(pieces[i])) out.words.emplace_back();
    out.words.back() += without_boundaries(pieces[i]);
    out.word_of.push_back(static_cast<std::int64_t>(out.words.size()) - 1);
  }
  return out;
}

WordAlignment word_alignment(const std::vector<std::string>& source_pieces,
                             const std::vector<std::string>& target_pieces,
                             const std::vector<std::vector<float>>& rows) {
  ATTN_CHECK(rows.size() == target_pieces.size(), "word_alignment: ", rows.size(), " attention rows for ",
             target_pieces.size(), " target pieces");
  const PieceWords src = group_pieces(source_pieces), tgt = group_pieces(target_pieces);
  WordAlignment a;
  a.source_words = src.words;
  a.target_words = tgt.words;
  a.weights.assign(tgt.words.size(), std::vector<double>(src.words.size(), 0.0));
  std::vector<std::int64_t> pieces_in_word(tgt.words.size(), 0);
  for (std::size_t t = 0; t < rows.size(); ++t) {
    ATTN_CHECK(rows[t].size() >= source_pieces.size(), "word_alignment: attention row ", t, " has ", rows[t].size(),
               " weights for ", source_pieces.size(), " source pieces");
    const auto j = static_cast<std::size_t>(tgt.word_of[t]);
    ++pieces_in_word[j];
    for (std::size_t s = 0; s < source_pieces.size(); ++s)
      a.weights[j][static_cast<std::size_t>(src.word_of[s])] += static_cast<double>(rows[t][s]);
  }
  for (std::size_t j = 0; j < a.weights.size(); ++j)
    for (double& w : a.weights[j]) w /= static_cast<double>(std::max<std::int64_t>(pieces_in_word[j], 1));
  return a;
}

std::string format_soft_alignment(const WordAlignment& alignment) {
  std::string out;
  char buffer[32];
  for (std::size_t j = 0; j < alignment.weights.size(); ++j) {
    if (j > 0) out += " ; ";
    for (std::size_t i = 0; i < alignment.weights[j].size(); ++i) {
      std::snprintf(buffer, sizeof buffer, "%s%.3f", i > 0 ? " " : "", alignment.weights[j][i]);
      out += buffer;
    }
  }
  return out;
}

std::string format_hard_alignment(const WordAlignment& alignment) {
  std::string out;
  for (std::size_t j = 0; j < alignment.weights.size(); ++j) {
    const auto& row = alignment.weights[j];
    if (row.empty()) continue;
    const auto i = std::max_element(row.begin(), row.end()) - row.begin();
    if (!out.empty()) out += ' ';
    out += std::to_string(i) + "-" + std::to_string(j);
  }
  return out;
}

std::vector<std::vector<Translation>> translate(Seq2Seq& model, const data::SubwordModel& source,
                                                const data::SubwordModel& target,
                                                const std::vector<std::string>& sentences,
                                                const TranslateOptions& options) {
  ATTN_CHECK(options.batch_size > 0, "translate: batch_size must be positive, got ", options.batch_size);
  ATTN_CHECK(source.vocab_size() == model.config().source_vocab_size &&
                 target.vocab_size() == model.config().target_vocab_size,
             "translate: subword vocabularies of ", source.vocab_size(), " and ", target.vocab_size(),
             " pieces for a model of ", model.config().source_vocab_size, " and ", model.config().target_vocab_size);
  const decode::SearchOptions& search = options.search;
  std::vector<std::vector<Translation>> results(sentences.size());
  std::vector<std::vector<std::int64_t>> ids(sentences.size());
  std::vector<std::size_t> order;  // the non-empty sentences, longest first (batches of similar lengths)
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const std::vector<int> pieces = source.encode(sentences[i]);
    if (pieces.empty()) {
      results[i].push_back({});
      continue;
    }
    ids[i].assign(pieces.begin(), pieces.end());
    ids[i].push_back(search.eos_id);
    order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return ids[a].size() > ids[b].size(); });

  for (std::size_t first = 0; first < order.size(); first += static_cast<std::size_t>(options.batch_size)) {
    const std::size_t last = std::min(order.size(), first + static_cast<std::size_t>(options.batch_size));
    std::vector<std::vector<std::int64_t>> batch;
    for (std::size_t k = first; k < last; ++k) batch.push_back(ids[order[k]]);
    std::vector<std::vector<decode::Hypothesis>> found;
    if (search.beam_size == 1) {
      for (decode::Hypothesis& h : decode::greedy_search(model, batch, search)) found.push_back({std::move(h)});
    } else {
      found = decode::beam_search(model, batch, search);
    }
    for (std::size_t k = first; k < last; ++k) {
      const std::size_t i = order[k];
      const std::vector<std::int64_t> source_ids(ids[i].begin(), ids[i].end() - 1);  // without </s>
      const std::vector<std::string> source_pieces = pieces_of(source, source_ids);
      for (const decode::Hypothesis& h : found[k - first]) {
        Translation t;
        t.text = target.decode(std::vector<int>(h.tokens.begin(), h.tokens.end()));
        t.score = h.score;
        t.log_prob = h.log_prob;
        t.finished = h.finished;
        if (!h.attention.empty()) {
          t.alignment = word_alignment(source_pieces, pieces_of(target, h.tokens), h.attention);
        } else {
          const PieceWords words = group_pieces(pieces_of(target, h.tokens));
          t.alignment.target_words = words.words;
          t.alignment.source_words = group_pieces(source_pieces).words;
        }
        results[i].push_back(std::move(t));
      }
    }
  }
  return results;
}

}  // namespace attn::models
