// attn viz: summaries of a transformer's attention across heads and layers.
//
// Attention rollout (Abnar & Zuidema, 2020, "Quantifying Attention Flow in
// Transformers"): a layer mixes its input through attention AND through the residual
// connection, so each layer is modelled as
//   A_l = 0.5 · mean_h(W_l) + 0.5 · I        (rows renormalised to sum to 1)
// and the attention of the output of layer l to the input tokens is the product
//   R_0 = A_0,   R_l = A_l · R_{l-1}.
// R_l[t][s] is how much of position t's state after layer l comes from token s.
#pragma once

#include "attn/tensor.h"

namespace attn::viz {

// weights (L, H, T, T) -> (L, T, T), each layer's heads averaged.
Tensor head_mean(const Tensor& weights);

// weights (L, H, T, T) -> (L, T, T): R_l for every layer l (f32).
Tensor attention_rollout(const Tensor& weights);

}  // namespace attn::viz
