#include "kernels/cpu/decode_attention.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "attn/parallel.h"
#include "kernels/cpu/parallel_for.h"

namespace attn::kernels {
namespace {

// Query rows handled per pass: the partials of a pass take
// B * Hkv * splits * rows * (Dv + 2) floats, so a long prompt goes through in
// passes of this many rows (per key/value head) instead of all at once.
constexpr std::int64_t kRowsPerPass = 64;

// A partial result in the scratch buffer: [m, l, o_0 .. o_{Dv-1}].
constexpr std::int64_t kStatFloats = 2;

}  // namespace

void decode_attention_forward(const DecodeAttentionProblem& p) {
  const std::int64_t group = p.heads / p.kv_heads;  // G query heads per key/value head
  const std::int64_t splits = (p.keys + p.keys_per_split - 1) / p.keys_per_split;
  const std::int64_t queries_per_pass = std::max<std::int64_t>(1, kRowsPerPass / group);
  const std::int64_t rows_per_pass = group * std::min(queries_per_pass, p.queries);  // per (b, key/value head)
  const std::int64_t slot = p.value_dim + kStatFloats;
  const std::int64_t items = p.batch * p.kv_heads * splits;  // (b, key/value head, split)
  std::vector<float> partials(static_cast<std::size_t>(items * rows_per_pass * slot));

  for (std::int64_t t0 = 0; t0 < p.queries; t0 += queries_per_pass) {
    const std::int64_t tn = std::min(queries_per_pass, p.queries - t0);
    const std::int64_t work = items * group * tn * p.keys_per_split * (p.head_dim + p.value_dim);

    // Every (b, key/value head, split) computes the partials of its G*tn query rows
    // into its own slots: no two iterations write the same memory.
    parallel_for_dynamic(items, work >= kParallelGrain, [&](std::int64_t item) {
      const std::int64_t c = item % splits, hk = item / splits % p.kv_heads, b = item / splits / p.kv_heads;
      const std::int64_t s0 = c * p.keys_per_split, run = std::min(p.keys_per_split, p.keys - s0);
      std::vector<float> scores(static_cast<std::size_t>(run));
      const float* k = p.k + b * p.k_batch_stride + hk * p.k_head_stride + s0 * p.k_position_stride;
      const float* v = p.v + b * p.v_batch_stride + hk * p.v_head_stride + s0 * p.v_position_stride;
      const std::uint8_t* padding = p.key_padding ? p.key_padding + b * p.keys + s0 : nullptr;
      for (std::int64_t g = 0; g < group; ++g) {
        const std::int64_t h = hk * group + g;
        for (std::int64_t i = 0; i < tn; ++i) {
          const std::int64_t t = t0 + i;
          // Causal, aligned to the end: query t sees keys s <= t + (S - T).
          const std::int64_t visible =
              p.causal ? std::clamp<std::int64_t>(t + (p.keys - p.queries) - s0 + 1, 0, run) : run;
          float* out = partials.data() + (item * rows_per_pass + g * tn + i) * slot;
          const PartialSoftmax stats =
              visible == 0
                  ? PartialSoftmax{-std::numeric_limits<float>::infinity(), 0.0f}
                  : decode_partial_row(out + kStatFloats, scores.data(),
                                       p.q + ((b * p.heads + h) * p.queries + t) * p.head_dim, k, p.k_position_stride,
                                       v, p.v_position_stride, padding, visible, p.head_dim, p.value_dim, p.scale);
          out[0] = stats.max;
          out[1] = stats.sum;
        }
      }
    });

    // Merge the splits of each (b, h, t) in split order (log-sum-exp rule):
    //   m = max_c m_c,  l = sum_c e^(m_c - m) l_c,  out = sum_c e^(m_c - m) o_c / l.
    const std::int64_t rows = p.batch * p.heads * tn;
    parallel_for(rows, rows * splits * p.value_dim >= kParallelGrain, [&](std::int64_t r) {
      const std::int64_t i = r % tn, h = r / tn % p.heads, b = r / tn / p.heads;
      const std::int64_t hk = h / group, g = h % group;
      float* y = p.out + ((b * p.heads + h) * p.queries + t0 + i) * p.value_dim;
      const float* first = partials.data() + ((b * p.kv_heads + hk) * splits * rows_per_pass + g * tn + i) * slot;
      const std::int64_t split_stride = rows_per_pass * slot;
      float m = -std::numeric_limits<float>::infinity();
      for (std::int64_t c = 0; c < splits; ++c) m = std::max(m, first[c * split_stride]);
      std::fill(y, y + p.value_dim, 0.0f);
      if (m == -std::numeric_limits<float>::infinity()) return;  // sees no key: zero output
      float l = 0.0f;
      for (std::int64_t c = 0; c < splits; ++c) {
        const float* part = first + c * split_stride;
        if (part[0] == -std::numeric_limits<float>::infinity()) continue;
        const float w = std::exp(part[0] - m);
        l += w * part[1];
        for (std::int64_t j = 0; j < p.value_dim; ++j) y[j] += w * part[kStatFloats + j];
      }
      const float inv = 1.0f / l;
      for (std::int64_t j = 0; j < p.value_dim; ++j) y[j] *= inv;
    });
  }
}

}  // namespace attn::kernels
