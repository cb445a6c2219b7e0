// attn train: gradient clipping by global norm, as torch.nn.utils.clip_grad_norm_.
#pragma once

#include <vector>

#include "attn/tensor.h"

namespace attn::train {

// total = sqrt(sum over params of sum(grad^2)), parameters without a gradient skipped.
// When total > max_norm every gradient is scaled in place by max_norm / (total + 1e-6)
// (PyTorch's coefficient). Returns total, the norm before clipping. A non-finite total
// (inf or NaN) is returned with the gradients untouched, so the caller can skip the step.
// Deterministic: the sum is reduced in a fixed order whatever the thread count.
double clip_grad_norm_(const std::vector<Tensor>& params, double max_norm);

}  // namespace attn::train
