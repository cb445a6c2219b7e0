// The GPT model (include/attn/models/gpt.h) and its checkpoints
// (include/attn/models/gpt_checkpoint.h): parameter names and counts, causality,
// cached decoding equal to the full pass, save/load round trips in the Hugging Face
// layout, and the errors.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "../../src/models/gpt_step.h"
#include "attn/autograd.h"
#include "attn/decode/kv_cache.h"
#include "attn/io/safetensors.h"
#include "attn/models/gpt.h"
#include "attn/models/gpt_checkpoint.h"
#include "attn/nn/init.h"
#include "attn/ops/shape.h"
#include "attn/random.h"
#include "support/compare.h"
#include "support/errors.h"

using namespace attn;
using namespace attn::models;
using attn::testing::expect_error;
using attn::testing::relative_error;

namespace {

GPTConfig small_config() {
  GPTConfig c;
  c.vocab_size = 97;
  c.context_length = 32;
  c.layers = 2;
  c.heads = 4;
  c.width = 32;
  return c;
}

Tensor random_ids(std::int64_t b, std::int64_t t, std::int64_t v, Generator& gen) {
  std::vector<std::int64_t> ids(static_cast<std::size_t>(b * t));
  for (auto& id : ids) id = static_cast<std::int64_t>(gen.below(static_cast<std::uint64_t>(v)));
  return from_ids(ids, {b, t});
}

std::filesystem::path temp_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("attn-test-gpt-" + std::to_string(::getpid()) + "-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace

TEST(GPT, NamedConfigsHaveGpt2ParameterCounts) {
  Generator gen(0);
  GPT model(GPTConfig::named("gpt2"), gen);
  // GPT-2 small: 124,439,808 parameters with the output head tied to wte.
  EXPECT_EQ(model.num_parameters(), 124439808);
  const auto names = model.named_parameters();
  EXPECT_EQ(names.front().first, "wte.weight");
  EXPECT_EQ(names[1].first, "wpe.weight");
  EXPECT_EQ(names[2].first, "h.0.ln_1.weight");
  EXPECT_EQ(names[4].first, "h.0.attn.c_attn.weight");
  EXPECT_EQ(names[4].second.shape(), (Shape{2304, 768}));
  EXPECT_EQ(names.back().first, "ln_f.bias");
  expect_error([] { GPTConfig::named("gpt5"); }, {"gpt5", "gpt2-medium", "tiny"});
}

TEST(GPT, InitialisationFollowsGpt2) {
  Generator gen(3);
  GPTConfig c = small_config();
  c.width = 128;
  c.heads = 4;
  c.layers = 8;
  GPT model(c, gen);
  auto stddev = [](const Tensor& t) {
    double sum = 0, sq = 0;
    for (double v : t.to_vector()) sum += v, sq += v * v;
    const double n = static_cast<double>(t.numel());
    return std::sqrt(sq / n - (sum / n) * (sum / n));
  };
  for (const auto& [name, p] : model.named_parameters()) {
    if (name == "h.3.attn.c_attn.weight" || name == "wte.weight") {
      EXPECT_NEAR(stddev(p), 0.02, 0.002) << name;
    }
    if (name == "h.3.mlp.c_proj.weight") {
      EXPECT_NEAR(stddev(p), 0.02 / 4.0, 0.0005) << name;  // sqrt(2L) = 4
    }
    if (name == "h.3.attn.c_attn.bias") {
      EXPECT_EQ(stddev(p), 0.0) << name;
    }
  }
}

TEST(GPT, LogitsAreCausal) {
  Generator gen(1);
  GPT model(small_config(), gen);
  std::vector<std::int64_t> values(24);
  for (auto& v : values) v = static_cast<std::int64_t>(gen.below(97));
  const Tensor ids = from_ids(values, {2, 12});
  const Tensor logits = model.forward(ids);
  ASSERT_EQ(logits.shape(), (Shape{2, 12, 97}));
  // Changing the last token changes no logits before it.
  std::vector<std::int64_t> changed = values;
  changed[11] = (changed[11] + 1) % 97;
  const Tensor other = model.forward(from_ids(changed, {2, 12}));
  EXPECT_EQ(narrow(logits, 1, 0, 11).contiguous().to_vector(), narrow(other, 1, 0, 11).contiguous().to_vector());
  EXPECT_NE(narrow(logits, 1, 11, 1).contiguous().to_vector(), narrow(other, 1, 11, 1).contiguous().to_vector());
}

TEST(GPT, CachedDecodingEqualsTheFullPass) {
  Generator gen(2);
  GPT model(small_config(), gen);
  model.eval();
  const Tensor ids = random_ids(3, 20, 97, gen);
  Tensor full;
  {
    NoGradGuard no_grad;
    full = model.forward(ids);  // (B, T, V)
  }
  decode::KVCache cache({.layers = 2, .chunk = 8});
  // A prompt of 7 positions, then one token at a time.
  Tensor last = model.forward_cached(narrow(ids, 1, 0, 7).contiguous(), cache);
  EXPECT_LT(relative_error(last, squeeze(narrow(full, 1, 6, 1), 1)), 1e-5);
  for (std::int64_t t = 7; t < 20; ++t) {
    last = model.forward_cached(narrow(ids, 1, t, 1).contiguous(), cache);
    EXPECT_LT(relative_error(last, squeeze(narrow(full, 1, t, 1), 1)), 1e-5) << "position " << t;
  }
  EXPECT_EQ(cache.length(), 20);
}

// One position of one sequence takes gpt_step.h's path, which must give the numbers of
// the full pass and of the general cached path (a batch of two runs that one). Every
// parameter is drawn at random, the biases and the layer norms' too, so a bias or a
// norm weight left out would show; with and without the qkv bias, tied and untied.
TEST(GPT, OneTokenStepsEqualTheFullPassAndTheGeneralCachedPath) {
  for (const auto& [qkv_bias, tied] : {std::pair{true, true}, {false, false}}) {
    Generator gen(11);
    GPTConfig config = small_config();
    config.qkv_bias = qkv_bias;
    config.tie_embeddings = tied;
    GPT model(config, gen);
    model.eval();
    for (const auto& [name, p] : model.named_parameters()) nn::init::normal_(p, 0.0, 0.3, gen);
    const Tensor ids = random_ids(1, 20, 97, gen);
    Tensor full;
    {
      NoGradGuard no_grad;
      full = model.forward(ids);  // (1, T, V)
    }
    decode::KVCache cache({.layers = 2, .chunk = 8}), pair_cache({.layers = 2, .chunk = 8});
    const Tensor prompt = narrow(ids, 1, 0, 5).contiguous();
    model.forward_cached(prompt, cache);
    model.forward_cached(concat({prompt, prompt}, 0), pair_cache);
    for (std::int64_t t = 5; t < 20; ++t) {
      const Tensor id = narrow(ids, 1, t, 1).contiguous();
      ASSERT_TRUE(gpt_step_applies(model, id));
      ASSERT_FALSE(gpt_step_applies(model, concat({id, id}, 0)));
      const Tensor step = model.forward_cached(id, cache);                        // (1, V)
      const Tensor pair = model.forward_cached(concat({id, id}, 0), pair_cache);  // (2, V)
      EXPECT_LT(relative_error(step, squeeze(narrow(full, 1, t, 1), 1)), 1e-5) << "position " << t;
      EXPECT_LT(relative_error(step, narrow(pair, 0, 0, 1)), 1e-6) << "position " << t;
    }
    EXPECT_EQ(cache.length(), 20);
  }
}

TEST(GPT, LossIsCrossEntropyAndGradientsReachEveryParameter) {
  Generator gen(4);
  GPTConfig c = small_config();
  c.tie_embeddings = false;
  GPT model(c, gen);
  const Tensor ids = random_ids(2, 9, 97, gen), targets = random_ids(2, 9, 97, gen);
  const Tensor loss = model.loss(ids, targets);
  // At initialisation the logits are small: the loss is close to log V.
  EXPECT_NEAR(loss.item(), std::log(97.0), 0.1);
  loss.backward();
  for (const auto& [name, p] : model.named_parameters()) {
    ASSERT_TRUE(p.grad().defined()) << name;
  }
}

TEST(GPT, SavesAndLoadsTheHuggingFaceLayout) {
  Generator gen(5);
  GPT model(small_config(), gen);
  model.eval();
  const auto dir = temp_dir("roundtrip");
  save_gpt(model, dir);
  const SafetensorsFile file = load_safetensors((dir / "model.safetensors").string());
  // Conv1D layout: in × out.
  EXPECT_EQ(file.entry("h.0.attn.c_attn.weight").shape, (Shape{32, 96}));
  EXPECT_EQ(file.entry("h.1.mlp.c_proj.weight").shape, (Shape{128, 32}));
  EXPECT_FALSE(file.contains("lm_head.weight"));
  const auto loaded = load_gpt(dir);
  EXPECT_EQ(loaded->config().layers, 2);
  const Tensor ids = random_ids(1, 10, 97, gen);
  NoGradGuard no_grad;
  EXPECT_EQ(model.forward(ids).to_vector(), loaded->forward(ids).to_vector());
  std::filesystem::remove_all(dir);
}

TEST(GPT, LoadsTransformerPrefixAndIgnoresMaskBuffers) {
  Generator gen(6);
  GPT model(small_config(), gen);
  model.eval();
  const auto dir = temp_dir("prefix");
  write_gpt_config(model.config(), dir);
  nn::NamedTensors tensors;
  for (auto& [name, t] : gpt_hf_tensors(model)) tensors.emplace_back("transformer." + name, t);
  tensors.emplace_back("transformer.h.0.attn.bias", ones({1, 1, 32, 32}));
  tensors.emplace_back("lm_head.weight", model.wte().weight().detach());
  save_safetensors((dir / "model.safetensors").string(), tensors);
  const auto loaded = load_gpt(dir);
  const Tensor ids = random_ids(2, 5, 97, gen);
  NoGradGuard no_grad;
  EXPECT_EQ(model.forward(ids).to_vector(), loaded->forward(ids).to_vector());
  std::filesystem::remove_all(dir);
}

TEST(GPT, CheckpointErrorsNameTheFileAndTheTensor) {
  Generator gen(7);
  GPT model(small_config(), gen);
  const auto dir = temp_dir("errors");
  save_gpt(model, dir);
  // A config that does not fit the weights.
  GPTConfig wider = small_config();
  wider.width = 64;
  write_gpt_config(wider, dir);
  expect_error([&] { load_gpt(dir); }, {"model.safetensors", "wte.weight", "(97, 32)", "(97, 64)"});
  // A tensor the model does not have.
  write_gpt_config(small_config(), dir);
  nn::NamedTensors tensors = gpt_hf_tensors(model);
  tensors.emplace_back("h.0.attn.rotary", zeros({4}));
  save_safetensors((dir / "model.safetensors").string(), tensors);
  expect_error([&] { load_gpt(dir); }, {"h.0.attn.rotary", "not a parameter"});
  // A missing one.
  tensors = gpt_hf_tensors(model);
  tensors.erase(tensors.begin() + 3);
  save_safetensors((dir / "model.safetensors").string(), tensors);
  expect_error([&] { load_gpt(dir); }, {"needs tensor h.0.ln_1.bias"});
  // Config: wrong type, missing key, another architecture.
  std::ofstream(dir / "config.json")
      << R"({"vocab_size": 97, "n_positions": "32", "n_embd": 32, "n_layer": 2, "n_head": 4})";
  expect_error([&] { read_gpt_config(dir); }, {"config.json", "n_positions", "integer"});
  std::ofstream(dir / "config.json") << R"({"vocab_size": 97, "n_embd": 32, "n_layer": 2, "n_head": 4})";
  expect_error([&] { read_gpt_config(dir); }, {"config.json", "missing key \"n_positions\""});
  std::ofstream(dir / "config.json")
      << R"({"vocab_size": 97, "n_positions": 32, "n_embd": 32, "n_layer": 2, "n_head": 4, "activation_function": "relu"})";
  expect_error([&] { read_gpt_config(dir); }, {"activation_function", "relu"});
  std::ofstream(dir / "config.json")
      << R"({"vocab_size": 97, "n_positions": 32, "n_embd": 30, "n_layer": 2, "n_head": 4})";
  expect_error([&] { read_gpt_config(dir); }, {"config.json", "divisible"});
  std::filesystem::remove_all(dir);
}

TEST(GPT, InputErrors) {
  Generator gen(8);
  GPT model(small_config(), gen);
  expect_error([&] { model.forward(random_ids(1, 33, 97, gen)); }, {"context length", "32"});
  expect_error([&] { model.forward(zeros({1, 4})); }, {"ids (B, T)", "i64"});
  model.eval();
  decode::KVCache cache({.layers = 2});
  model.forward_cached(random_ids(1, 30, 97, gen), cache);
  expect_error([&] { model.forward_cached(random_ids(1, 3, 97, gen), cache); }, {"[30, 33)", "context length"});
}
