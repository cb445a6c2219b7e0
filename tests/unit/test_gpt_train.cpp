// What GPT training and generation stand on: the sampler (decode/sampling.h), the
// token cache (data/token_file.h), the training config (models/gpt_train.h) and
// generate (models/gpt_generate.h).
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "attn/data/token_file.h"
#include "attn/decode/sampling.h"
#include "attn/models/gpt.h"
#include "attn/models/gpt_generate.h"
#include "attn/models/gpt_train.h"
#include "attn/random.h"
#include "support/errors.h"

using namespace attn;
using attn::testing::expect_error;

namespace {

std::filesystem::path temp_path(const std::string& name) {
  return std::filesystem::temp_directory_path() / ("attn-test-gpt-train-" + std::to_string(::getpid()) + "-" + name);
}

}  // namespace

// --- Sampling ---------------------------------------------------------------------------

TEST(Sampler, GreedyTakesTheFirstMaximum) {
  decode::Sampler s({.greedy = true});
  const std::vector<float> logits{0.5f, 2.0f, -1.0f, 2.0f};
  EXPECT_EQ(s.next(logits), 1);
}

TEST(Sampler, FrequenciesFollowTheSoftmax) {
  const std::vector<float> logits{std::log(0.5f), std::log(0.3f), std::log(0.2f)};
  decode::Sampler s({.temperature = 1.0, .seed = 11});
  std::vector<int> counts(3, 0);
  const int n = 20000;
  for (int i = 0; i < n; ++i) ++counts[static_cast<std::size_t>(s.next(logits))];
  EXPECT_NEAR(counts[0] / double(n), 0.5, 0.015);
  EXPECT_NEAR(counts[1] / double(n), 0.3, 0.015);
  EXPECT_NEAR(counts[2] / double(n), 0.2, 0.015);
}

TEST(Sampler, TemperatureTopKAndTopPCutTheCandidates) {
  const std::vector<float> logits{std::log(0.5f), std::log(0.3f), std::log(0.15f), std::log(0.05f)};
  auto seen = [&](const decode::SamplingOptions& o) {
    decode::Sampler s(o);
    std::map<std::int64_t, int> counts;
    for (int i = 0; i < 4000; ++i) ++counts[s.next(logits)];
    return counts;
  };
  EXPECT_EQ(seen({.top_k = 2, .seed = 1}).size(), 2u);  // only ids 0 and 1
  // 0.5 + 0.3 = 0.8 >= 0.75: the nucleus holds two tokens.
  const auto nucleus = seen({.top_p = 0.75, .seed = 2});
  EXPECT_EQ(nucleus.size(), 2u);
  EXPECT_EQ(nucleus.count(2), 0u);
  // A low temperature makes the most probable token nearly certain.
  EXPECT_GT(seen({.temperature = 0.05, .seed = 3})[0], 3990);
  // The same seed gives the same tokens.
  EXPECT_EQ(seen({.seed = 9}), seen({.seed = 9}));
}

TEST(Sampler, RejectsBadOptions) {
  expect_error([] { decode::Sampler({.temperature = 0.0}); }, {"temperature", "> 0"});
  expect_error([] { decode::Sampler({.top_k = -1}); }, {"top_k"});
  expect_error([] { decode::Sampler({.top_p = 1.5}); }, {"top_p", "(0, 1]"});
}

// --- Token files ------------------------------------------------------------------------

TEST(TokenFile, RoundTripsWithTwoAndFourByteIds) {
  for (std::int64_t vocab : {68, 50257, 100000}) {
    const auto path = temp_path("tokens-" + std::to_string(vocab) + ".bin");
    data::TokenFile t{{0, 5, static_cast<std::int32_t>(vocab - 1), 3}, vocab, 0x1234, "gpt2"};
    data::write_token_file(path, t);
    EXPECT_EQ(std::filesystem::file_size(path), 64u + 4u * (vocab <= 65536 ? 2u : 4u));
    const data::TokenFile back = data::read_token_file(path);
    EXPECT_EQ(back.ids, t.ids);
    EXPECT_EQ(back.vocab_size, vocab);
    EXPECT_EQ(back.source_key, 0x1234u);
    EXPECT_EQ(back.tokenizer, "gpt2");
    std::filesystem::remove(path);
  }
}

TEST(TokenFile, CorruptFilesAreClearErrors) {
  const auto path = temp_path("corrupt.bin");
  data::write_token_file(path, {{1, 2, 3, 4, 5}, 10, 7, "char"});
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  auto write = [&](const std::string& b) { std::ofstream(path, std::ios::binary) << b; };
  write(bytes.substr(0, bytes.size() - 1));
  expect_error([&] { data::read_token_file(path); }, {path.string(), "truncated or corrupt"});
  std::string bad_id = bytes;
  bad_id[64 + 2 * 3] = 42;  // id 3 becomes 42, beyond V = 10
  write(bad_id);
  expect_error([&] { data::read_token_file(path); }, {path.string(), "id 42", "index 3", "[0, 10)"});
  std::string bad_magic = bytes;
  bad_magic[0] = 'X';
  write(bad_magic);
  expect_error([&] { data::read_token_file(path); }, {path.string(), "magic"});
  write("short");
  expect_error([&] { data::read_token_file(path); }, {path.string(), "shorter than"});
  std::filesystem::remove(path);
}

// --- The training config ----------------------------------------------------------------

TEST(GPTTrainConfig, ReadsKeysAndResolvesPathsAgainstTheConfigFile) {
  const auto dir = temp_path("config");
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "run.json") << R"({"model": {"preset": "tiny", "width": 96, "heads": 3},
    "tokenizer": "char", "train": ["a.txt", "/abs/b.txt"], "out": "out", "steps": 50, "lr": 0.01,
    "min_lr": 0.001, "warmup_steps": 5, "seq_len": 32})";
  const models::GPTTrainConfig c = models::read_gpt_train_config(dir / "run.json");
  EXPECT_EQ(c.model.layers, 2);
  EXPECT_EQ(c.model.width, 96);
  EXPECT_EQ(c.model.heads, 3);
  EXPECT_EQ(c.train_files.size(), 2u);
  EXPECT_EQ(c.train_files[0], dir / "a.txt");
  EXPECT_EQ(c.train_files[1], std::filesystem::path("/abs/b.txt"));
  EXPECT_EQ(c.out_dir, dir / "out");
  EXPECT_EQ(c.steps, 50);
  EXPECT_DOUBLE_EQ(c.lr, 0.01);
  std::filesystem::remove_all(dir);
}

TEST(GPTTrainConfig, RejectsUnknownKeysWrongTypesAndBadValues) {
  const auto dir = temp_path("config-errors");
  std::filesystem::create_directories(dir);
  const auto file = dir / "run.json";
  auto expect_config_error = [&](const std::string& text, std::initializer_list<std::string> parts) {
    std::ofstream(file) << text;
    expect_error([&] { models::read_gpt_train_config(file); }, parts);
  };
  const std::string base = R"("train": "a.txt", "out": "o")";
  expect_config_error("{" + base + R"(, "lerning_rate": 0.1})", {file.string(), "unknown key \"lerning_rate\""});
  expect_config_error("{" + base + R"(, "model": {"layer": 2}})", {"unknown key \"model.layer\"", "docs/gpt.md"});
  expect_config_error("{" + base + R"(, "steps": "ten"})", {"\"steps\"", "integer", "\"ten\""});
  expect_config_error("{" + base + R"(, "lr": true})", {"\"lr\"", "number"});
  expect_config_error("{" + base + R"(, "tokenizer": "words"})", {"tokenizer", "char", "gpt2"});
  expect_config_error("{" + base + R"(, "steps": 10, "warmup_steps": 10})", {"warmup_steps"});
  expect_config_error("{" + base + R"(, "model": {"preset": "tiny"}, "seq_len": 65})", {"seq_len", "context_length"});
  expect_config_error("{" + base + R"(, "model": {"preset": "huge"}})", {"model.preset", "huge"});
  expect_config_error(R"({"out": "o"})", {"\"train\"", "required"});
  expect_config_error("{" + base, {file.string(), "not valid JSON"});
  std::filesystem::remove_all(dir);
}

// --- Generation -------------------------------------------------------------------------

TEST(Generate, CacheAndNoCacheGiveTheSameTokensAndStopWhereAsked) {
  models::GPTConfig c = models::GPTConfig::named("tiny");
  c.vocab_size = 50;
  c.context_length = 24;
  Generator gen(5);
  models::GPT model(c, gen);
  model.eval();
  const std::vector<std::int64_t> prompt{3, 1, 4, 1, 5};
  for (const decode::SamplingOptions& s :
       {decode::SamplingOptions{.greedy = true}, decode::SamplingOptions{.temperature = 1.3, .top_k = 20, .seed = 7}}) {
    models::GenerateOptions o{.max_new_tokens = 12, .sampling = s};
    std::vector<std::int64_t> streamed;
    const auto cached = models::generate(model, prompt, o, [&](std::int64_t t) { streamed.push_back(t); });
    o.use_cache = false;
    const auto uncached = models::generate(model, prompt, o);
    EXPECT_EQ(cached.tokens, uncached.tokens);
    EXPECT_EQ(cached.tokens, streamed);
    EXPECT_EQ(cached.tokens.size(), 12u);
    EXPECT_EQ(cached.reason, models::StopReason::MaxNewTokens);
  }
  // The context (24 positions) ends generation after 19 new tokens.
  const auto full = models::generate(model, prompt, {.max_new_tokens = 100, .sampling = {.greedy = true}});
  EXPECT_EQ(full.tokens.size(), 19u);
  EXPECT_EQ(full.reason, models::StopReason::ContextFull);
  // Sliding goes on past the context, the cache and the full recomputation agreeing.
  models::GenerateOptions sliding{.max_new_tokens = 60, .sampling = {.temperature = 1.0, .seed = 3}, .slide = true};
  const auto slid = models::generate(model, prompt, sliding);
  sliding.use_cache = false;
  EXPECT_EQ(slid.tokens.size(), 60u);
  EXPECT_EQ(slid.tokens, models::generate(model, prompt, sliding).tokens);
  // A stop token ends it right after that token.
  const auto greedy = models::generate(model, prompt, {.max_new_tokens = 12, .sampling = {.greedy = true}});
  const auto stopped = models::generate(
      model, prompt, {.max_new_tokens = 12, .sampling = {.greedy = true}, .stop_token = greedy.tokens[3]});
  EXPECT_EQ(stopped.reason, models::StopReason::StopToken);
  EXPECT_LE(stopped.tokens.size(), 4u);
  EXPECT_EQ(stopped.tokens.back(), greedy.tokens[3]);
}

TEST(Generate, RejectsBadPrompts) {
  models::GPTConfig c = models::GPTConfig::named("tiny");
  c.vocab_size = 50;
  c.context_length = 8;
  Generator gen(6);
  models::GPT model(c, gen);
  model.eval();
  const std::vector<std::int64_t> empty, too_long(9, 1), out_of_vocab{1, 50};
  expect_error([&] { models::generate(model, empty, {}); }, {"prompt is empty"});
  expect_error([&] { models::generate(model, too_long, {}); }, {"9 tokens", "context of 8"});
  expect_error([&] { models::generate(model, out_of_vocab, {}); }, {"token 1 is 50", "[0, 50)"});
}
