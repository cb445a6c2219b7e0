#include "attn/models/gpt_generate.h"

#include <algorithm>

#include "attn/autograd.h"
#include "attn/decode/kv_cache.h"
#include "attn/error.h"
#include "attn/ops/shape.h"

namespace attn::models {

const char* stop_reason_name(StopReason reason) {
  switch (reason) {
    case StopReason::MaxNewTokens:
      return "max_new_tokens";
    case StopReason::StopToken:
      return "stop_token";
    case StopReason::ContextFull:
      return "context_full";
  }
  return "?";
}

GenerateResult generate(GPT& model, std::span<const std::int64_t> prompt, const GenerateOptions& options,
                        const std::function<void(std::int64_t)>& on_token) {
  const GPTConfig& c = model.config();
  ATTN_CHECK(!prompt.empty(), "generate: the prompt is empty; give at least one token");
  ATTN_CHECK(static_cast<std::int64_t>(prompt.size()) <= c.context_length, "generate: the prompt has ", prompt.size(),
             " tokens, more than the model's context of ", c.context_length);
  for (std::size_t i = 0; i < prompt.size(); ++i) {
    ATTN_CHECK(prompt[i] >= 0 && prompt[i] < c.vocab_size, "generate: prompt token ", i, " is ", prompt[i],
               ", outside the vocabulary [0, ", c.vocab_size, ")");
  }
  ATTN_CHECK(options.max_new_tokens >= 0, "generate: max_new_tokens must be >= 0, got ", options.max_new_tokens);
  ATTN_CHECK(!model.is_training() || c.dropout == 0.0, "generate: the model is training with dropout ", c.dropout,
             "; call eval() first");
  NoGradGuard no_grad;
  decode::Sampler sampler(options.sampling);
  std::vector<std::int64_t> sequence(prompt.begin(), prompt.end());
  decode::KVCache cache({.layers = c.layers});
  if (options.use_cache)
    cache.reserve(
        std::min<std::int64_t>(c.context_length, static_cast<std::int64_t>(sequence.size()) + options.max_new_tokens));

  GenerateResult result;
  std::int64_t window = 0;  // the model sees sequence[window, end)
  std::int64_t fed = 0;     // positions of `sequence` already in the cache
  while (true) {
    if (static_cast<std::int64_t>(result.tokens.size()) == options.max_new_tokens) {
      result.reason = StopReason::MaxNewTokens;
      break;
    }
    if (static_cast<std::int64_t>(sequence.size()) - window >= c.context_length) {
      if (!options.slide) {
        result.reason = StopReason::ContextFull;
        break;
      }
      window = static_cast<std::int64_t>(sequence.size()) - std::max<std::int64_t>(1, c.context_length / 2);
      cache.reset();
      fed = window;
    }
    Tensor logits;  // (V)
    if (options.use_cache) {
      const std::vector<std::int64_t> fresh(sequence.begin() + fed, sequence.end());
      logits = model.forward_cached(from_ids(fresh, {1, static_cast<std::int64_t>(fresh.size())}), cache);
      fed = static_cast<std::int64_t>(sequence.size());
      logits = reshape(logits, {c.vocab_size});
    } else {
      const std::vector<std::int64_t> seen(sequence.begin() + window, sequence.end());
      const auto t = static_cast<std::int64_t>(seen.size());
      const Tensor all = model.forward(from_ids(seen, {1, t}));  // (1, T, V)
      logits = reshape(narrow(all, 1, t - 1, 1).contiguous(), {c.vocab_size});
    }
    const std::int64_t token = sampler.next(logits);
    sequence.push_back(token);
    result.tokens.push_back(token);
    if (on_token) on_token(token);
    if (options.stop_token && token == *options.stop_token) {
      result.reason = StopReason::StopToken;
      break;
    }
  }
  return result;
}

}  // namespace attn::models
