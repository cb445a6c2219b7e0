#include "attn/viz/gpt_attention.h"

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/models/gpt_generate.h"
#include "attn/ops.h"
#include "attn/viz/token_label.h"

namespace attn::viz {

Tensor gpt_attention_weights(models::GPT& model, std::span<const std::int64_t> ids) {
  const models::GPTConfig& c = model.config();
  const auto t = static_cast<std::int64_t>(ids.size());
  ATTN_CHECK(t >= 1 && t <= c.context_length, "gpt_attention_weights: ", t, " tokens (the model reads 1 to ",
             c.context_length, ")");
  NoGradGuard no_grad;
  std::vector<Tensor> layers;
  model.forward(from_ids(std::vector<std::int64_t>(ids.begin(), ids.end()), {1, t}), &layers);
  ATTN_CHECK(static_cast<std::int64_t>(layers.size()) == c.layers, "gpt_attention_weights: the model returned ",
             layers.size(), " layers of weights (expected ", c.layers, ")");
  Tensor out = empty({c.layers, c.heads, t, t});
  for (std::int64_t l = 0; l < c.layers; ++l)
    copy_into(narrow(out, 0, l, 1), layers[l].to(DType::F32));  // (1, H, T, T)
  return out;
}

GptAttention gpt_attention(models::GPT& model, const data::Tokenizer& tokenizer, std::span<const std::int64_t> prompt,
                           std::int64_t max_new_tokens) {
  const std::int64_t t_max = model.config().context_length;
  ATTN_CHECK(!prompt.empty() && static_cast<std::int64_t>(prompt.size()) <= t_max, "gpt_attention: a prompt of ",
             prompt.size(), " tokens (the model reads 1 to ", t_max, ")");
  ATTN_CHECK(max_new_tokens >= 0, "gpt_attention: max_new_tokens ", max_new_tokens, " (expected >= 0)");
  GptAttention out;
  out.ids.assign(prompt.begin(), prompt.end());
  out.prompt_length = static_cast<std::int64_t>(prompt.size());
  const std::int64_t room = t_max - out.prompt_length;
  if (max_new_tokens > 0 && room > 0) {
    models::GenerateOptions g;
    g.max_new_tokens = std::min(max_new_tokens, room);
    g.sampling.greedy = true;
    if (const auto eot = tokenizer.end_of_text()) g.stop_token = *eot;
    for (std::int64_t token : models::generate(model, prompt, g).tokens) {
      out.ids.push_back(token);  // an end-of-text is shown (it attends too) but is not text
      if (!(g.stop_token && token == *g.stop_token))
        out.continuation += tokenizer.token_bytes(static_cast<std::int32_t>(token));
    }
  }
  for (std::int64_t id : out.ids)
    out.labels.push_back(token_label(tokenizer.token_bytes(static_cast<std::int32_t>(id))));
  out.weights = gpt_attention_weights(model, out.ids);
  return out;
}

std::vector<std::int64_t> gpt_prompt_ids(const data::Tokenizer& tokenizer, std::string_view text) {
  std::vector<std::int64_t> ids;
  for (std::int32_t id : tokenizer.encode(text)) ids.push_back(id);
  if (ids.empty()) {
    const auto eot = tokenizer.end_of_text();
    ATTN_CHECK(eot.has_value(), "the text is empty and the ", tokenizer.name(),
               " tokenizer has no end-of-text token to start from");
    ids.push_back(*eot);
  }
  return ids;
}

}  // namespace attn::viz
