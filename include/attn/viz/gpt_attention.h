// attn viz: a GPT's attention over a text and its continuation, for `attn show gpt`
// and the viewer.
//
// The prompt's ids are continued greedily (the same text always gives the same
// continuation), then the whole sequence, prompt and continuation, goes through the
// model once more with the plain attention path, which returns every layer's weights.
// Row t of a head's matrix is what token t attended to (its causal past, itself
// included).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "attn/data/tokenizer.h"
#include "attn/models/gpt.h"
#include "attn/tensor.h"

namespace attn::viz {

struct GptAttention {
  std::vector<std::int64_t> ids;    // (T) the prompt, then the continuation
  std::vector<std::string> labels;  // (T) token_label of each token
  std::int64_t prompt_length = 0;   // ids [0, prompt_length) are the prompt
  std::string continuation;         // the continuation's bytes (end-of-text left out)
  Tensor weights;                   // (L, H, T, T) f32
};

// ids (T), 1 <= T <= T_max -> (L, H, T, T) f32, every layer's attention weights.
Tensor gpt_attention_weights(models::GPT& model, std::span<const std::int64_t> ids);

// prompt: 1 <= length <= T_max ids. The continuation has at most max_new_tokens tokens
// and stops early at the tokenizer's end-of-text or when the context is full.
GptAttention gpt_attention(models::GPT& model, const data::Tokenizer& tokenizer, std::span<const std::int64_t> prompt,
                           std::int64_t max_new_tokens);

// The prompt of a text: its ids, or the end-of-text token alone for an empty text (an
// error for a tokenizer without one). Errors of the tokenizer (invalid UTF-8, a
// character outside a char vocabulary) pass through.
std::vector<std::int64_t> gpt_prompt_ids(const data::Tokenizer& tokenizer, std::string_view text);

}  // namespace attn::viz
