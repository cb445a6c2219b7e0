#include "attn/decode/sampling.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "attn/error.h"

namespace attn::decode {

Sampler::Sampler(const SamplingOptions& options) : options_(options), gen_(options.seed) {
  ATTN_CHECK(options.temperature > 0.0, "sampling: temperature must be > 0, got ", options.temperature,
             " (use greedy decoding for the argmax)");
  ATTN_CHECK(options.top_k >= 0, "sampling: top_k must be >= 0 (0: no limit), got ", options.top_k);
  ATTN_CHECK(options.top_p > 0.0 && options.top_p <= 1.0, "sampling: top_p must lie in (0, 1], got ", options.top_p);
}

std::int64_t Sampler::next(const Tensor& logits) {
  ATTN_CHECK(logits.defined() && logits.dim() == 1 && logits.numel() > 0 && is_floating(logits.dtype()),
             "sampling: expected logits (V) of floats, got ", logits.defined() ? logits.describe() : "undefined");
  const Tensor f = logits.to(DType::F32).contiguous();
  return next(std::span<const float>(f.data<float>(), static_cast<std::size_t>(f.numel())));
}

std::int64_t Sampler::next(std::span<const float> logits) {
  const std::size_t v = logits.size();
  ATTN_CHECK(v > 0, "sampling: empty logits");
  if (options_.greedy) {
    return std::max_element(logits.begin(), logits.end()) - logits.begin();  // first of equal maxima
  }
  // Candidates by decreasing logit (ties by id), cut to top_k.
  std::vector<std::int64_t> order(v);
  std::iota(order.begin(), order.end(), 0);
  const std::size_t k = options_.top_k > 0 ? std::min<std::size_t>(v, static_cast<std::size_t>(options_.top_k)) : v;
  auto by_logit = [&](std::int64_t a, std::int64_t b) {
    return logits[a] > logits[b] || (logits[a] == logits[b] && a < b);
  };
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(), by_logit);
  order.resize(k);
  // Softmax of logits / temperature over the candidates, in double.
  const double top = logits[order[0]];
  ATTN_CHECK(std::isfinite(top), "sampling: the largest logit is ", top, "; expected a finite value");
  std::vector<double> p(k);
  double sum = 0.0;
  for (std::size_t i = 0; i < k; ++i) sum += p[i] = std::exp((logits[order[i]] - top) / options_.temperature);
  // Nucleus: the shortest prefix reaching top_p of the mass.
  std::size_t kept = k;
  if (options_.top_p < 1.0) {
    double mass = 0.0;
    for (std::size_t i = 0; i < k; ++i) {
      mass += p[i] / sum;
      if (mass >= options_.top_p) {
        kept = i + 1;
        break;
      }
    }
  }
  const double total = std::accumulate(p.begin(), p.begin() + static_cast<std::ptrdiff_t>(kept), 0.0);
  const double u = gen_.uniform() * total;
  double acc = 0.0;
  for (std::size_t i = 0; i < kept; ++i) {
    acc += p[i];
    if (u < acc) return order[i];
  }
  return order[kept - 1];
}

}  // namespace attn::decode
