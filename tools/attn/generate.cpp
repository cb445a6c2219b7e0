// attn generate: text from a GPT model directory, streamed token by token.
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "attn/data/tokenizer.h"
#include "attn/error.h"
#include "attn/models/gpt_checkpoint.h"
#include "attn/models/gpt_generate.h"
#include "commands.h"

namespace attn::cli {
namespace {

struct GenerateCliOptions {
  std::string model;
  std::string prompt;
  std::string prompt_ids;
  std::int64_t max_new_tokens = 100;
  bool greedy = false;
  double temperature = 1.0;
  std::int64_t top_k = 0;
  double top_p = 1.0;
  std::uint64_t seed = 0;
  bool print_ids = false;
  bool no_cache = false;
  bool slide = false;
};

// "1,2,3" -> ids; errors name the position of the bad item.
std::vector<std::int64_t> parse_ids(const std::string& text) {
  std::vector<std::int64_t> ids;
  std::stringstream in(text);
  std::string item;
  for (int index = 0; std::getline(in, item, ','); ++index) {
    std::size_t used = 0;
    std::int64_t id = -1;
    try {
      id = std::stoll(item, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    ATTN_CHECK(used == item.size() && !item.empty() && id >= 0, "--prompt-ids: item ", index, " ('", item,
               "') is not a non-negative integer");
    ids.push_back(id);
  }
  return ids;
}

void run(const GenerateCliOptions& o) {
  const auto model = models::load_gpt(o.model);
  std::unique_ptr<data::Tokenizer> tokenizer;
  if (!o.print_ids || o.prompt_ids.empty()) tokenizer = data::load_tokenizer(o.model);
  std::vector<std::int64_t> prompt;
  if (!o.prompt_ids.empty()) {
    prompt = parse_ids(o.prompt_ids);
  } else {
    for (std::int32_t id : tokenizer->encode(o.prompt)) prompt.push_back(id);
    if (prompt.empty() && tokenizer->end_of_text()) prompt.push_back(*tokenizer->end_of_text());
  }
  ATTN_CHECK(!prompt.empty(),
             "the prompt is empty and the tokenizer has no end-of-text token to start from; give --prompt");
  models::GenerateOptions g;
  g.max_new_tokens = o.max_new_tokens;
  g.sampling = {.greedy = o.greedy, .temperature = o.temperature, .top_k = o.top_k, .top_p = o.top_p, .seed = o.seed};
  g.use_cache = !o.no_cache;
  g.slide = o.slide;
  if (tokenizer) g.stop_token = tokenizer->end_of_text();
  if (!o.print_ids) std::fwrite(o.prompt.data(), 1, o.prompt.size(), stdout);
  bool first = true;
  const models::GenerateResult r = models::generate(*model, prompt, g, [&](std::int64_t token) {
    if (o.print_ids) {
      std::printf(first ? "%lld" : " %lld", static_cast<long long>(token));
    } else if (!(g.stop_token && token == *g.stop_token)) {
      const std::string bytes = tokenizer->token_bytes(static_cast<std::int32_t>(token));
      std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    }
    first = false;
    std::fflush(stdout);
  });
  std::printf("\n");
  std::fflush(stdout);
  std::fprintf(stderr, "[%zu tokens, stopped: %s]\n", r.tokens.size(), models::stop_reason_name(r.reason));
}

}  // namespace

void register_generate(CLI::App& app) {
  auto* cmd = app.add_subcommand("generate", "generate text with a GPT model directory (KV cache on by default)");
  auto o = std::make_shared<GenerateCliOptions>();
  cmd->add_option("--model", o->model, "model directory (config.json, model.safetensors, tokenizer files)")->required();
  auto* prompt = cmd->add_option("--prompt", o->prompt, "the text to continue");
  auto* ids = cmd->add_option("--prompt-ids", o->prompt_ids, "the prompt as token ids, e.g. 464,3290");
  prompt->excludes(ids);
  cmd->add_option("--max-new-tokens", o->max_new_tokens, "tokens to generate at most (default 100)")
      ->check(CLI::NonNegativeNumber);
  auto* greedy = cmd->add_flag("--greedy", o->greedy, "always take the most probable token");
  cmd->add_option("--temperature", o->temperature, "softmax temperature (default 1)")->excludes(greedy);
  cmd->add_option("--top-k", o->top_k, "sample among the k most probable tokens (0: all)")->excludes(greedy);
  cmd->add_option("--top-p", o->top_p, "nucleus sampling: the most probable tokens holding this mass")
      ->excludes(greedy);
  cmd->add_option("--seed", o->seed, "random seed of the sampler (default 0)");
  cmd->add_flag("--ids", o->print_ids, "print token ids instead of text");
  cmd->add_flag("--no-cache", o->no_cache, "recompute the whole sequence at every step (same tokens, slower)");
  cmd->add_flag("--slide", o->slide, "when the context is full, keep its last half and go on (default: stop there)");
  cmd->callback([o] { run(*o); });
}

}  // namespace attn::cli
