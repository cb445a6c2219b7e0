// attn train: gradient clipping by global norm, as torch.nn.utils.clip_grad_norm_.
#pragma once

#include <vector>

#include "attn/tensor.h"

namespace attn::train {

// total = sqrt(sum over params of sum(grad^2)), parameters without a gradient skipped.
// Deterministic: the sum is reduced in a fixed order whatever the thread count.
double grad_norm(const std::vector<Tensor>& params);

// The factor that clips gradients of norm `total` to max_norm: max_norm / (total + 1e-6)
// (PyTorch's coefficient) when that is below 1, else 1; also 1 for a non-finite total,
// so the caller can see it and skip the step.
double clip_coefficient(double total, double max_norm);

// grad_norm(params), then every gradient scaled in place by clip_coefficient(total,
// max_norm), as torch.nn.utils.clip_grad_norm_. Returns total, the norm before
// clipping. To save that pass over the gradients, give the coefficient to the
// optimiser instead: opt.step(clip_coefficient(grad_norm(params), max_norm)) updates
// bit for bit as clip_grad_norm_ then step() do.
double clip_grad_norm_(const std::vector<Tensor>& params, double max_norm);

}  // namespace attn::train
