// Internal: one step of GPT generation, one new position of one sequence in f32.
//
// After the prompt, every step of generation puts a single position through the
// model. Each weight is read once for one multiply-add, so the step runs at the speed
// the memory streams the weights in (docs/benchmarks.md, generation). Between the
// products, the general tensor operations (a layer norm, a bias, the split into heads,
// a residual sum) each spend a few microseconds of bookkeeping on a few hundred
// floats: on GPT-2 small, about 75 us a layer, a tenth of the step. This path does the
// same arithmetic on the rows themselves, with the same kernels:
//   - the products through gemv_rows, the bias added as each row's sum is stored;
//   - the layer norms through the kernels' row function;
//   - GELU and the residual sums through the vector kernels;
//   - the attention through decode_attention on the cache, as forward_cached does.
// So it gives forward_cached's numbers (tests/unit/test_gpt.cpp compares them).
#pragma once

#include <cstdint>

#include "attn/decode/kv_cache.h"
#include "attn/models/gpt.h"

namespace attn::models {

// Whether gpt_step can run ids_new: one sequence, one position, an f32 model.
bool gpt_step_applies(const GPT& model, const Tensor& ids_new);

// The logits (1, V) of token `id` at position cache.length(); its keys and values are
// appended to the cache. The caller checks the id and the position (GPT::forward_cached).
Tensor gpt_step(const GPT& model, std::int64_t id, decode::KVCache& cache);

}  // namespace attn::models
