// attn ops: losses.
#pragma once

#include <cstdint>

#include "attn/tensor.h"

namespace attn {

enum class Reduction { Mean, Sum, None };

struct CrossEntropyOptions {
  std::int64_t ignore_index = -100;       // targets equal to it add no loss and get no gradient
  double label_smoothing = 0.0;           // mass spread uniformly over the V classes
  Reduction reduction = Reduction::Mean;  // Mean divides by the number of kept targets
};

// Cross-entropy fused with log-softmax, as torch.nn.functional.cross_entropy:
//   logits (N, V) float, targets (N) I64 -> () for Mean/Sum, (N) for None
//   loss_n = -(1 - eps) * logp[n, t_n] - eps / V * sum_v logp[n, v]
// Mean is sum_n loss_n / (number of rows whose target is not ignore_index): NaN when
// every target is ignored (0 / 0, as PyTorch), where Sum gives 0. None gives 0 on
// ignored rows. label_smoothing must lie in [0, 1]; with 0 a -inf logit (a masked
// class) that is not the target costs nothing.
// Backward: dlogits = (softmax(logits) - q) * dloss, q the smoothed target
// distribution (q = (1 - eps) * onehot(t_n) + eps / V), divided by the kept count for
// Mean; rows whose target is ignore_index get zero.
// A target outside [0, V) that is not ignore_index is an error naming its row.
Tensor cross_entropy(const Tensor& logits, const Tensor& targets, const CrossEntropyOptions& options = {});

}  // namespace attn
