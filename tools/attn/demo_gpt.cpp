// attn demo, the GPT part: a sample from the bundled character-level GPT.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <vector>

#include "attn/data/tokenizer.h"
#include "attn/models/gpt_checkpoint.h"
#include "attn/models/gpt_generate.h"
#include "demo_parts.h"

namespace attn::cli {

std::string bundled_model_dir(const std::string& name) {
  const std::filesystem::path installed = std::filesystem::path(ATTN_DATA_DIR) / "models" / name;
  if (std::filesystem::exists(installed)) return installed.string();
  return (std::filesystem::path(ATTN_SOURCE_DIR) / "models" / name).string();
}

void run_gpt_demo(const GptDemoOptions& o) {
  const auto model = models::load_gpt(o.model);
  const auto tokenizer = data::load_tokenizer(o.model);
  const auto& c = model->config();
  std::printf("attn demo: the bundled GPT, %s\n", o.model.c_str());
  std::printf("  %s tokenizer, V = %lld; L = %lld blocks, H = %lld heads, C = %lld, context %lld; %lld parameters\n",
              tokenizer->name().c_str(), static_cast<long long>(c.vocab_size), static_cast<long long>(c.layers),
              static_cast<long long>(c.heads), static_cast<long long>(c.width),
              static_cast<long long>(c.context_length), static_cast<long long>(model->num_parameters()));
  std::printf("  trained by configs/gpt-kjv-small.json on the King James Bible (docs/gpt.md)\n");
  std::printf("  sample (temperature 0.8, top-k 40, seed %llu, KV cache):\n\n",
              static_cast<unsigned long long>(o.seed));
  std::vector<std::int64_t> prompt;
  for (std::int32_t id : tokenizer->encode(o.prompt)) prompt.push_back(id);
  models::GenerateOptions g;
  g.max_new_tokens = o.tokens;
  g.sampling = {.temperature = 0.8, .top_k = 40, .seed = o.seed};
  g.stop_token = tokenizer->end_of_text();
  g.slide = true;
  std::fwrite(o.prompt.data(), 1, o.prompt.size(), stdout);
  const auto start = std::chrono::steady_clock::now();
  const models::GenerateResult r = models::generate(*model, prompt, g, [&](std::int64_t token) {
    const std::string bytes = tokenizer->token_bytes(static_cast<std::int32_t>(token));
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    std::fflush(stdout);
  });
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("\n\n  %zu tokens in %.2f s (%.0f tokens/s)\n\n", r.tokens.size(), seconds,
              static_cast<double>(r.tokens.size()) / seconds);
}

}  // namespace attn::cli
