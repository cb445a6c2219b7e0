// attn ops: losses.
#pragma once

#include <cstdint>

#include "attn/tensor.h"

namespace attn {

enum class Reduction { Mean, Sum, None };

struct CrossEntropyOptions {
  std::int64_t ignore_index = -100;  // targets equal to it add no loss and get no gradient
  double label_smoothing = 0.0;      // mass spread uniformly over the V classes
  Reduction reduction = Reduction::Mean;  // Mean divides by the number of kept targets
};

// Cross-entropy fused with log-softmax, as torch.nn.functional.cross_entropy:
//   logits (N, V) float, targets (N) I64 -> () for Mean/Sum, (N) for None
//   loss_n = -(1 - eps) * logp[n, t_n] - eps / V * sum_v logp[n, v]
// Backward: dlogits = (softmax(logits) - q) * dloss, q the smoothed target
// distribution; rows whose target is ignore_index get zero.
// A target outside [0, V) that is not ignore_index is an error naming its row.
Tensor cross_entropy(const Tensor& logits, const Tensor& targets,
                     const CrossEntropyOptions& options = {});

}  // namespace attn
