// attn models: text generation with a GPT, one token at a time (see docs/gpt.md).
//
// The prompt goes through the model once, filling the KV cache; then each step feeds
// the last chosen token alone (T_new = 1) and samples the next from the logits of the
// last position. With use_cache off every step runs the whole sequence again (the
// reference the cache is tested against: both give the same tokens).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "attn/decode/sampling.h"
#include "attn/models/gpt.h"

namespace attn::models {

struct GenerateOptions {
  std::int64_t max_new_tokens = 100;
  decode::SamplingOptions sampling = {};
  bool use_cache = true;
  std::optional<std::int64_t> stop_token = {};  // e.g. end-of-text: generation ends after it
  // When the sequence fills the context (T_max positions): stop (false), or slide
  // (true): keep the last T_max/2 tokens as the model's whole input, positions
  // restarting at 0, and go on (the cache is refilled from them once per T_max/2 new
  // tokens).
  bool slide = false;
};

enum class StopReason { MaxNewTokens, StopToken, ContextFull };
const char* stop_reason_name(StopReason reason);  // "max_new_tokens", "stop_token", "context_full"

struct GenerateResult {
  std::vector<std::int64_t> tokens;  // the new tokens only (the stop token included)
  StopReason reason = StopReason::MaxNewTokens;
};

// prompt: 1 <= length <= T_max ids in [0, V). The model must be in eval mode (or
// without dropout). on_token, when given, receives each new token as it is chosen.
// Without `slide`, generation also ends when the sequence fills the context.
GenerateResult generate(GPT& model, std::span<const std::int64_t> prompt, const GenerateOptions& options,
                        const std::function<void(std::int64_t)>& on_token = {});

}  // namespace attn::models
