// Internal: CPU loops of the cross-entropy loss fused with log-softmax.
//
// logits (N, V) contiguous float; targets (N) contiguous I64, already checked to be
// in [0, V) or equal to ignore_index.
#pragma once

#include <cstdint>

#include "attn/tensor.h"

namespace attn::kernels {

// Per row n, with logp = log_softmax(logits[n]) and eps = label_smoothing:
//   row_loss[n] = -(1 - eps) * logp[t_n] - eps / V * sum_v logp[v],  0 if t_n is ignored
// row_loss (N) and logsumexp (N) are f64; logsumexp keeps each row's
// log(sum(exp(logits))) for the backward (also for ignored rows).
void cross_entropy_forward(const Tensor& row_loss, const Tensor& logsumexp, const Tensor& logits, const Tensor& targets,
                           std::int64_t ignore_index, double label_smoothing);

// dlogits (N, V) = (softmax(logits) - q) * dloss_n * scale, q = (1 - eps) * onehot(t_n) + eps / V,
// and 0 on ignored rows. dloss has logits' dtype and is either (N) (one gradient per
// row) or one element shared by every row; scale is 1 / (kept rows) for a mean.
void cross_entropy_backward(const Tensor& dlogits, const Tensor& dloss, double scale, const Tensor& logits,
                            const Tensor& targets, const Tensor& logsumexp, std::int64_t ignore_index,
                            double label_smoothing);

}  // namespace attn::kernels
