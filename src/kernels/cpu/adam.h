// Internal: the Adam and AdamW update of a float parameter, one pass over p, g, m and
// v with the widest vectors the CPU has (Highway's run-time dispatch). A training
// step of GPT-2 small updates 124M parameters: 3.5 GB moved, which the plain loop,
// compiled for SSE2, took about 250 ms to do where the memory allows about 60.
// train/optimizer.cpp keeps the plain loop for double parameters, and as the
// reference the tests compare this kernel with.
#pragma once

#include <cstdint>

namespace attn::kernels {

// The per-step constants of the update, as train::Adam computes them:
//   p' = p shrink,  g' = g grad_scale + l2 p',  m = beta1 m + c1 g',  v = beta2 v + c2 g'^2,
//   p = p' - step m / (sqrt(v) inv_correction2 + eps),
// with c1 = 1 - beta1 and c2 = 1 - beta2 rounded from double, as the plain loop has them.
// g grad_scale is rounded before the add, as a gradient clipped in place would be.
// With zero_grad, g is left zero (the same pass: the line is already in the cache).
struct AdamStep {
  float shrink, l2;
  float beta1, beta2, c1, c2;
  float step, inv_correction2, eps;
  float grad_scale = 1.0f;
  bool zero_grad = false;
};

// Updates p, m, v [0, n) in place from g; single-threaded (callers split the range).
void adam_update(float* p, float* m, float* v, float* g, std::int64_t n, const AdamStep& s);

// The same, one element at a time in plain code: the kernel's tail, and the
// reference its tests compare it with.
void adam_update_plain(float* p, float* m, float* v, float* g, std::int64_t n, const AdamStep& s);

}  // namespace attn::kernels
