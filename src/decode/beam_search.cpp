#include "attn/decode/beam_search.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <numeric>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/ops/softmax.h"

namespace attn::decode {
namespace {

constexpr double kNegInf = -std::numeric_limits<double>::infinity();

// Sets the model to eval mode for its scope and restores its training flag after.
class EvalScope {
 public:
  explicit EvalScope(models::Seq2Seq& model) : model_(model), was_training_(model.is_training()) { model.eval(); }
  ~EvalScope() { model_.train(was_training_); }
  EvalScope(const EvalScope&) = delete;
  EvalScope& operator=(const EvalScope&) = delete;

 private:
  models::Seq2Seq& model_;
  bool was_training_;
};

// Element access to a contiguous f32 or f64 matrix (N, M), as double.
class Matrix {
 public:
  explicit Matrix(const Tensor& x) : x_(x.contiguous()), cols_(x_.size(1)) {
    if (x_.dtype() == DType::F32) {
      f32_ = x_.data<float>();
    } else {
      f64_ = x_.data<double>();
    }
  }
  double at(std::int64_t row, std::int64_t col) const {
    const std::int64_t i = row * cols_ + col;
    return f32_ ? static_cast<double>(f32_[i]) : f64_[i];
  }
  std::int64_t cols() const { return cols_; }

 private:
  Tensor x_;
  std::int64_t cols_;
  const float* f32_ = nullptr;
  const double* f64_ = nullptr;
};

struct SourceBatch {
  Tensor ids;                            // (B, S) I64, padded with 0
  Tensor lengths;                        // (B) I64
  std::vector<std::int64_t> max_length;  // per sentence, </s> included
};

SourceBatch make_source_batch(const std::vector<std::vector<std::int64_t>>& sources, const SearchOptions& o) {
  ATTN_CHECK(!sources.empty(), "decode: no source sentences");
  ATTN_CHECK(o.max_length_ratio > 0.0 && o.max_length_offset >= 0, "decode: max_length_ratio must be > 0 and ",
             "max_length_offset >= 0, got ", o.max_length_ratio, " and ", o.max_length_offset);
  std::int64_t s = 0;
  for (std::size_t b = 0; b < sources.size(); ++b) {
    ATTN_CHECK(!sources[b].empty(), "decode: source sentence ", b, " is empty (it needs at least its </s>)");
    s = std::max<std::int64_t>(s, static_cast<std::int64_t>(sources[b].size()));
  }
  const auto batch = static_cast<std::int64_t>(sources.size());
  std::vector<std::int64_t> ids(static_cast<std::size_t>(batch * s), 0), lengths;
  SourceBatch out;
  for (std::int64_t b = 0; b < batch; ++b) {
    const auto& src = sources[static_cast<std::size_t>(b)];
    std::copy(src.begin(), src.end(), ids.begin() + b * s);
    const auto n = static_cast<std::int64_t>(src.size());
    lengths.push_back(n);
    out.max_length.push_back(static_cast<std::int64_t>(std::ceil(o.max_length_ratio * static_cast<double>(n))) +
                             o.max_length_offset);
  }
  out.ids = from_ids(ids, {batch, s});
  out.lengths = from_ids(lengths, {batch});
  return out;
}

// Row `row` of the attention weights (N, S), its first `length` entries.
std::vector<float> attention_row(const Matrix* weights, std::int64_t row, std::int64_t length) {
  std::vector<float> out;
  if (!weights) return out;
  out.reserve(static_cast<std::size_t>(length));
  for (std::int64_t j = 0; j < length; ++j) out.push_back(static_cast<float>(weights->at(row, j)));
  return out;
}

}  // namespace

double length_penalty(std::int64_t length, double alpha) {
  return std::pow((5.0 + static_cast<double>(length)) / 6.0, alpha);
}

std::vector<Hypothesis> greedy_search(models::Seq2Seq& model, const std::vector<std::vector<std::int64_t>>& sources,
                                      const SearchOptions& o) {
  EvalScope eval(model);
  NoGradGuard no_grad;
  const SourceBatch batch = make_source_batch(sources, o);
  models::Seq2SeqEncoding enc = model.encode(batch.ids, batch.lengths);
  models::DecoderState state = model.initial_state(enc);
  std::vector<Hypothesis> results(sources.size());
  std::vector<std::int64_t> active(sources.size());  // the sentence of each row
  std::iota(active.begin(), active.end(), 0);
  std::vector<std::int64_t> previous(sources.size(), o.bos_id);

  while (!active.empty()) {
    const auto rows = static_cast<std::int64_t>(active.size());
    models::DecoderStepOutput step = model.decode_step(from_ids(previous, {rows}), state, enc);
    const Matrix log_probs(log_softmax(model.logits(step.output)));  // (N, Vt)
    std::unique_ptr<Matrix> weights;
    if (step.weights.defined()) weights = std::make_unique<Matrix>(step.weights);
    std::vector<std::int64_t> keep;
    std::vector<std::int64_t> next_previous;
    for (std::int64_t i = 0; i < rows; ++i) {
      const std::int64_t b = active[static_cast<std::size_t>(i)];
      Hypothesis& h = results[static_cast<std::size_t>(b)];
      std::int64_t best = 0;
      for (std::int64_t v = 1; v < log_probs.cols(); ++v) {
        if (log_probs.at(i, v) > log_probs.at(i, best)) best = v;
      }
      h.log_prob += log_probs.at(i, best);
      if (best == o.eos_id) {
        h.finished = true;
      } else {
        h.tokens.push_back(best);
        if (weights)
          h.attention.push_back(attention_row(weights.get(), i, static_cast<std::int64_t>(sources[b].size())));
      }
      const auto length = static_cast<std::int64_t>(h.tokens.size()) + (h.finished ? 1 : 0);
      if (h.finished || length >= batch.max_length[static_cast<std::size_t>(b)]) {
        h.score = h.log_prob / length_penalty(length, o.alpha);
      } else {
        keep.push_back(i);
        next_previous.push_back(best);
      }
    }
    if (keep.size() == active.size()) {
      state = std::move(step.state);
    } else {
      std::vector<std::int64_t> still;
      for (const std::int64_t i : keep) still.push_back(active[static_cast<std::size_t>(i)]);
      active = std::move(still);
      if (active.empty()) break;
      enc = models::select_rows(enc, keep);
      state = models::select_rows(step.state, keep);
    }
    previous = std::move(next_previous);
  }
  return results;
}

namespace {

// One token of a beam's history: hypotheses are chains of nodes back to the start.
struct Node {
  std::int64_t token;
  std::int64_t parent;  // -1: the start
  std::vector<float> attention;
};

struct Ended {
  std::int64_t node;  // the last token's node (-1: no token before </s>)
  double log_prob;
  std::int64_t length;  // </s> counted when finished
  bool finished;
};

struct Candidate {
  double score;
  std::int64_t beam;
  std::int64_t token;
};

Hypothesis build_hypothesis(const std::vector<Node>& nodes, const Ended& e, double alpha) {
  Hypothesis h;
  for (std::int64_t n = e.node; n >= 0; n = nodes[static_cast<std::size_t>(n)].parent) {
    h.tokens.push_back(nodes[static_cast<std::size_t>(n)].token);
    h.attention.push_back(nodes[static_cast<std::size_t>(n)].attention);
  }
  std::reverse(h.tokens.begin(), h.tokens.end());
  std::reverse(h.attention.begin(), h.attention.end());
  if (!h.attention.empty() && h.attention.front().empty()) h.attention.clear();
  h.log_prob = e.log_prob;
  h.finished = e.finished;
  h.score = e.log_prob / length_penalty(e.length, alpha);
  return h;
}

}  // namespace

std::vector<std::vector<Hypothesis>> beam_search(models::Seq2Seq& model,
                                                 const std::vector<std::vector<std::int64_t>>& sources,
                                                 const SearchOptions& o) {
  const std::int64_t k_beams = o.beam_size;
  ATTN_CHECK(k_beams >= 1, "beam search: beam size must be >= 1, got ", k_beams);
  ATTN_CHECK(o.n_best >= 1 && o.n_best <= k_beams, "beam search: n_best must lie in [1, beam size = ", k_beams,
             "], got ", o.n_best);
  EvalScope eval(model);
  NoGradGuard no_grad;
  const SourceBatch batch = make_source_batch(sources, o);
  const auto n_sentences = static_cast<std::int64_t>(sources.size());

  // Each sentence's encoding repeated for its K beams: row b*K + k.
  std::vector<std::int64_t> expand;
  for (std::int64_t b = 0; b < n_sentences; ++b)
    for (std::int64_t k = 0; k < k_beams; ++k) expand.push_back(b);
  models::Seq2SeqEncoding enc = models::select_rows(model.encode(batch.ids, batch.lengths), expand);
  models::DecoderState state = model.initial_state(enc);

  std::vector<Node> nodes;
  std::vector<std::vector<Ended>> ended(sources.size());
  std::vector<std::int64_t> active(sources.size());  // sentence i of the batch holds rows i*K .. i*K + K-1
  std::iota(active.begin(), active.end(), 0);
  std::vector<double> beam_log_prob(static_cast<std::size_t>(n_sentences * k_beams), kNegInf);
  std::vector<std::int64_t> beam_node(beam_log_prob.size(), -1);
  for (std::int64_t b = 0; b < n_sentences; ++b) beam_log_prob[static_cast<std::size_t>(b * k_beams)] = 0.0;

  for (std::int64_t t = 0; !active.empty(); ++t) {
    const auto rows = static_cast<std::int64_t>(active.size()) * k_beams;
    std::vector<std::int64_t> previous;
    for (std::int64_t r = 0; r < rows; ++r) {
      const std::int64_t n = beam_node[static_cast<std::size_t>(r)];
      previous.push_back(n < 0 ? o.bos_id : nodes[static_cast<std::size_t>(n)].token);
    }
    models::DecoderStepOutput step = model.decode_step(from_ids(previous, {rows}), state, enc);
    const Matrix log_probs(log_softmax(model.logits(step.output)));  // (N, Vt)
    std::unique_ptr<Matrix> weights;
    if (step.weights.defined()) weights = std::make_unique<Matrix>(step.weights);
    const std::int64_t vocab = log_probs.cols();
    const std::int64_t per_beam = std::min<std::int64_t>(2 * k_beams, vocab);

    std::vector<std::int64_t> next_active, parent_rows, encoding_rows;
    std::vector<double> next_log_prob;
    std::vector<std::int64_t> next_node;
    std::vector<std::int64_t> order(static_cast<std::size_t>(vocab));
    for (std::size_t i = 0; i < active.size(); ++i) {
      const std::int64_t b = active[i];
      const auto source_length = static_cast<std::int64_t>(sources[static_cast<std::size_t>(b)].size());
      // The best 2K extensions of each live beam, then the best 2K of them all.
      std::vector<Candidate> candidates;
      for (std::int64_t k = 0; k < k_beams; ++k) {
        const std::int64_t row = static_cast<std::int64_t>(i) * k_beams + k;
        const double base = beam_log_prob[static_cast<std::size_t>(row)];
        if (base == kNegInf) continue;
        std::iota(order.begin(), order.end(), 0);
        auto better = [&](std::int64_t a, std::int64_t c) {
          const double la = log_probs.at(row, a), lc = log_probs.at(row, c);
          return la > lc || (la == lc && a < c);
        };
        std::partial_sort(order.begin(), order.begin() + per_beam, order.end(), better);
        for (std::int64_t j = 0; j < per_beam; ++j) {
          const std::int64_t v = order[static_cast<std::size_t>(j)];
          candidates.push_back({base + log_probs.at(row, v), k, v});
        }
      }
      std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& c) {
        return a.score > c.score ||
               (a.score == c.score && (a.beam < c.beam || (a.beam == c.beam && a.token < c.token)));
      });
      if (static_cast<std::int64_t>(candidates.size()) > 2 * k_beams) candidates.resize(2 * k_beams);

      std::vector<std::int64_t> new_parent, new_node;
      std::vector<double> new_log_prob;
      for (std::size_t rank = 0; rank < candidates.size(); ++rank) {
        const Candidate& c = candidates[rank];
        const std::int64_t row = static_cast<std::int64_t>(i) * k_beams + c.beam;
        if (c.token == o.eos_id) {
          if (static_cast<std::int64_t>(rank) < k_beams) {
            const std::int64_t node = beam_node[static_cast<std::size_t>(row)];
            ended[static_cast<std::size_t>(b)].push_back({node, c.score, t + 1, true});
          }
        } else if (static_cast<std::int64_t>(new_node.size()) < k_beams) {
          nodes.push_back(
              {c.token, beam_node[static_cast<std::size_t>(row)], attention_row(weights.get(), row, source_length)});
          new_node.push_back(static_cast<std::int64_t>(nodes.size()) - 1);
          new_parent.push_back(row);
          new_log_prob.push_back(c.score);
        }
      }
      const bool at_max = t + 1 >= batch.max_length[static_cast<std::size_t>(b)];
      if (at_max) {
        for (std::size_t k = 0; k < new_node.size(); ++k)
          ended[static_cast<std::size_t>(b)].push_back({new_node[k], new_log_prob[k], t + 1, false});
      }
      if (at_max || static_cast<std::int64_t>(ended[static_cast<std::size_t>(b)].size()) >= k_beams) continue;
      // Too few candidates (a vocabulary smaller than 2K): dead beams fill the rest.
      while (static_cast<std::int64_t>(new_node.size()) < k_beams) {
        new_node.push_back(-1);
        new_parent.push_back(static_cast<std::int64_t>(i) * k_beams);
        new_log_prob.push_back(kNegInf);
      }
      next_active.push_back(b);
      for (std::int64_t k = 0; k < k_beams; ++k) {
        encoding_rows.push_back(static_cast<std::int64_t>(i) * k_beams + k);
        parent_rows.push_back(new_parent[static_cast<std::size_t>(k)]);
        next_node.push_back(new_node[static_cast<std::size_t>(k)]);
        next_log_prob.push_back(new_log_prob[static_cast<std::size_t>(k)]);
      }
    }
    if (next_active.empty()) break;
    if (next_active.size() != active.size()) enc = models::select_rows(enc, encoding_rows);
    state = models::select_rows(step.state, parent_rows);
    active = std::move(next_active);
    beam_node = std::move(next_node);
    beam_log_prob = std::move(next_log_prob);
  }

  std::vector<std::vector<Hypothesis>> results(sources.size());
  for (std::size_t b = 0; b < sources.size(); ++b) {
    std::vector<Hypothesis> hyps;
    for (const Ended& e : ended[b]) hyps.push_back(build_hypothesis(nodes, e, o.alpha));
    std::stable_sort(hyps.begin(), hyps.end(),
                     [](const Hypothesis& a, const Hypothesis& c) { return a.score > c.score; });
    if (static_cast<std::int64_t>(hyps.size()) > o.n_best) hyps.resize(static_cast<std::size_t>(o.n_best));
    results[b] = std::move(hyps);
  }
  return results;
}

}  // namespace attn::decode
