// GPT (include/attn/models/gpt.h) against GPT-2 written in plain PyTorch
// (tests/oracle/torch_gpt2.py), on fresh random weights and inputs each run:
//   - attn's weights, saved in the Hugging Face layout (save_gpt), give torch's logits,
//     the same greedy continuation (attn with and without its KV cache, torch with a
//     full pass per token), the same gradient of the loss for every parameter, and
//     the same losses over 10 steps of AdamW with gradient clipping;
//   - torch's weights, written in the same layout, load in attn (load_gpt) and give
//     torch's logits;
//   - the same weights written as llm.c checkpoints (f32, version 3; bf16, version 5)
//     import in attn (import_llmc) and give torch's logits; broken files are errors
//     naming the file.
// Torch computes in float64 from the stored values, so the errors measured are attn's
// own rounding in float32. Each test runs one Python process (importing torch costs
// about a second and a half). ATTN_TEST_SEED=<seed> reproduces a run.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "attn/autograd.h"
#include "attn/decode/kv_cache.h"
#include "attn/error.h"
#include "attn/io/safetensors.h"
#include "attn/models/gpt.h"
#include "attn/models/gpt_checkpoint.h"
#include "attn/ops/shape.h"
#include "attn/random.h"
#include "attn/train/clip.h"
#include "attn/train/optimizer.h"
#include "support/compare.h"
#include "support/errors.h"
#include "support/oracle.h"

using namespace attn;
using namespace attn::models;
using attn::testing::expect_error;
using attn::testing::relative_error;
using Json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

// Norm-wise relative errors, attn's float32 against torch's float64.
// The issue asks for 1e-4; measured errors are near 2e-7, and logits at
// initialisation are small enough that a wrong GELU coefficient stays under 1e-4
// (4e-5 seen), so the logits are held to 1e-5.
constexpr double kLogitsTolerance = 1e-5;
constexpr double kGradientTolerance = 1e-4;
constexpr double kTrainLossTolerance = 1e-5;  // each loss, |attn - torch| / |torch|
// bf16 weights (8 significant bits) against the float32 weights they were rounded
// from: each weight moves by up to 2^-9 relative; measured about 3e-3 on the logits.
constexpr double kBf16LogitsTolerance = 3e-2;
// Two logits closer than this may come out in either order from attn's float32
// rounding (about 1e-7 here): a greedy continuation may part from torch's there.
constexpr double kNearTie = 1e-5;

constexpr std::int64_t kGreedySteps = 20;
constexpr std::int64_t kTrainSteps = 10;
const train::AdamOptions kAdamW{.lr = 1e-3, .beta1 = 0.9, .beta2 = 0.95, .eps = 1e-8, .weight_decay = 0.1};
constexpr double kMaxGradNorm = 1.0;

struct NamedConfig {
  std::string name;
  GPTConfig config;
};

// The two configurations every test runs: GPT-2's own shape (tied head, biases), and
// one that differs wherever the format can (untied head, no c_attn bias, another eps).
std::vector<NamedConfig> test_configs() {
  GPTConfig tied;
  tied.vocab_size = 211;
  tied.context_length = 64;
  tied.layers = 2;
  tied.heads = 4;
  tied.width = 64;
  GPTConfig untied;
  untied.vocab_size = 150;
  untied.context_length = 48;
  untied.layers = 3;
  untied.heads = 2;
  untied.width = 48;
  untied.tie_embeddings = false;
  untied.qkv_bias = false;
  untied.layer_norm_eps = 1e-6;
  return {{"tied", tied}, {"untied", untied}};
}

Json config_json(const GPTConfig& c) {
  return {{"vocab_size", c.vocab_size},
          {"n_positions", c.context_length},
          {"n_embd", c.width},
          {"n_layer", c.layers},
          {"n_head", c.heads},
          {"layer_norm_epsilon", c.layer_norm_eps},
          {"tie_word_embeddings", c.tie_embeddings},
          {"qkv_bias", c.qkv_bias}};
}

std::int64_t uniform_int(Generator& gen, std::int64_t low, std::int64_t high) {  // [low, high]
  return low + static_cast<std::int64_t>(gen.below(static_cast<std::uint64_t>(high - low + 1)));
}

std::vector<std::int64_t> random_ids(std::int64_t n, std::int64_t vocab, Generator& gen) {
  std::vector<std::int64_t> ids(static_cast<std::size_t>(n));
  for (auto& id : ids) id = uniform_int(gen, 0, vocab - 1);
  return ids;
}

// A model of `config` with GPT-2's initialisation, then biases N(0, 0.02²) and
// LayerNorm gains 1 + N(0, 0.1²): GPT-2 starts them at 0 and 1, where a file that
// dropped or swapped them would go unnoticed.
std::shared_ptr<GPT> random_model(const GPTConfig& config, Generator& gen) {
  auto model = std::make_shared<GPT>(config, gen);
  NoGradGuard no_grad;
  for (const auto& [name, p] : model->named_parameters()) {
    const bool layer_norm = name.find("ln_") != std::string::npos;
    if (name.ends_with(".bias")) normal_(p, 0.0, 0.02, gen);
    if (layer_norm && name.ends_with(".weight")) normal_(p, 1.0, 0.1, gen);
  }
  return model;
}

// A Conv1D weight in the Hugging Face layout (in × out), the transpose of attn's.
bool is_conv1d_weight(const std::string& name) {
  return name.ends_with("attn.c_attn.weight") || name.ends_with("attn.c_proj.weight") ||
         name.ends_with("mlp.c_fc.weight") || name.ends_with("mlp.c_proj.weight");
}

std::int64_t argmax(const Tensor& row) {
  const std::vector<double> v = row.to_vector();
  return std::max_element(v.begin(), v.end()) - v.begin();
}

// Greedy continuation by `steps` tokens, the full forward pass at every step.
std::vector<std::int64_t> greedy_full(GPT& model, std::vector<std::int64_t> ids, std::int64_t steps) {
  NoGradGuard no_grad;
  for (std::int64_t s = 0; s < steps; ++s) {
    const auto n = static_cast<std::int64_t>(ids.size());
    const Tensor logits = model.forward(from_ids(ids, {1, n}));  // (1, n, V)
    ids.push_back(argmax(narrow(logits, 1, n - 1, 1).contiguous()));
  }
  return ids;
}

// The same through the KV cache: the prompt in one call, then one token per call.
std::vector<std::int64_t> greedy_cached(const GPT& model, std::vector<std::int64_t> ids, std::int64_t steps) {
  decode::KVCache cache({.layers = model.config().layers});
  Tensor last = model.forward_cached(from_ids(ids, {1, static_cast<std::int64_t>(ids.size())}), cache);  // (1, V)
  for (std::int64_t s = 0; s < steps; ++s) {
    ids.push_back(argmax(last));
    if (s + 1 < steps) last = model.forward_cached(from_ids({ids.back()}, {1, 1}), cache);
  }
  return ids;
}

// attn's continuation equals torch's, or parts from it only at a step where torch's two
// best logits lie within kNearTie (a tie as far as float32 can tell; from there on the
// contexts differ and so may everything after).
void expect_same_continuation(const std::string& what, const std::vector<std::int64_t>& got,
                              const std::vector<double>& expected, const std::vector<double>& margins,
                              std::size_t prompt_length) {
  ASSERT_EQ(got.size(), expected.size()) << what;
  for (std::size_t i = prompt_length; i < got.size(); ++i) {
    if (static_cast<double>(got[i]) == expected[i]) continue;
    const double margin = margins[i - prompt_length];
    if (margin < kNearTie) {
      std::cout << what << ": parts from torch at step " << i - prompt_length << ", a near tie (torch's margin "
                << margin << "); the steps before it agree\n";
      return;
    }
    ADD_FAILURE() << what << ": token " << got[i] << " at step " << i - prompt_length << ", torch chose " << expected[i]
                  << " by a margin of " << margin;
    return;
  }
}

// A scratch directory for the files both sides write, removed at the end of the test.
struct ScratchDir {
  fs::path path;
  explicit ScratchDir(const std::string& name)
      : path(fs::temp_directory_path() / ("attn-gpt-oracle-" + std::to_string(::getpid()) + "-" + name)) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~ScratchDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char ch : s) out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return out + "'";
}

// Runs tests/oracle/torch_gpt2.py on `jobs` with their integer `inputs` and returns
// its results; a job torch could not run fails the test.
SafetensorsFile run_torch(const ScratchDir& scratch, const NamedTensors& inputs, const Json& jobs) {
  const std::string jobs_path = (scratch.path / "jobs.safetensors").string();
  const std::string out_path = (scratch.path / "torch.safetensors").string();
  save_safetensors(jobs_path, inputs, {{"jobs", jobs.dump()}});
  const char* python_env = std::getenv("ATTN_TORCH_PYTHON");
  const std::string python = python_env ? python_env : "/usr/bin/python3";
  const std::string command = shell_quote(python) + " " +
                              shell_quote(std::string(ATTN_SOURCE_DIR) + "/tests/oracle/torch_gpt2.py") + " " +
                              shell_quote(jobs_path) + " " + shell_quote(out_path) + " 2>&1";
  std::FILE* pipe = ::popen(command.c_str(), "r");
  ATTN_CHECK(pipe, "cannot start `", command, "`");
  std::string output;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
  const int status = ::pclose(pipe);
  ATTN_CHECK(status == 0, "`", command, "` failed (status ", status, "). The GPT oracle needs PyTorch: Debian's ",
             "python3-torch run by ", python, " (ATTN_TORCH_PYTHON names another interpreter). Its output:\n", output);
  std::cout << output;
  SafetensorsFile results = load_safetensors(out_path);
  const Json errors = Json::parse(results.metadata().at("errors"));
  for (const auto& [id, message] : errors.items()) ADD_FAILURE() << "torch_gpt2.py, job " << id << ": " << message;
  return results;
}

Tensor torch_value(const SafetensorsFile& results, const std::string& name) {
  return results.get(name, DType::F64);
}

void expect_relative_error(const std::string& what, const Tensor& attn_value, const Tensor& torch_value,
                           double tolerance) {
  const double error = relative_error(attn_value, torch_value);
  EXPECT_LE(error, tolerance) << what << ": attn " << attn_value.describe() << ", torch " << torch_value.describe();
  std::cout << "  " << what << ": relative error " << error << " (tolerance " << tolerance << ")\n";
}

}  // namespace

TEST(OracleGPT, AttnWeightsGiveTorchsLogitsContinuationsAndGradients) {
  Generator gen(attn::testing::oracle_seed());
  ScratchDir scratch("attn-weights");
  struct Run {
    NamedConfig named;
    std::shared_ptr<GPT> model;
    Tensor logits = {};  // (B, T, V)
    double loss = 0;
    std::vector<std::int64_t> prompt = {}, greedy_full = {}, greedy_cached = {};
  };
  std::vector<Run> runs;
  NamedTensors inputs;
  Json jobs = Json::array();
  for (const NamedConfig& named : test_configs()) {
    const GPTConfig& c = named.config;
    Run run{named, random_model(c, gen)};
    const fs::path dir = scratch.path / named.name;
    save_gpt(*run.model, dir);
    const std::int64_t b = 2, t = uniform_int(gen, 17, c.context_length);
    const Tensor ids = from_ids(random_ids(b * t, c.vocab_size, gen), {b, t});
    const Tensor targets = from_ids(random_ids(b * t, c.vocab_size, gen), {b, t});
    run.prompt = random_ids(uniform_int(gen, 4, 12), c.vocab_size, gen);
    {
      NoGradGuard no_grad;
      run.logits = run.model->forward(ids);
    }
    const Tensor loss = run.model->loss(ids, targets);
    loss.backward();
    run.loss = loss.item();
    run.model->eval();
    run.greedy_full = greedy_full(*run.model, run.prompt, kGreedySteps);
    run.greedy_cached = greedy_cached(*run.model, run.prompt, kGreedySteps);
    inputs.emplace_back(named.name + ".ids", ids);
    inputs.emplace_back(named.name + ".targets", targets);
    inputs.emplace_back(named.name + ".prompt",
                        from_ids(run.prompt, {1, static_cast<std::int64_t>(run.prompt.size())}));
    jobs.push_back({{"id", named.name}, {"kind", "attn_model"}, {"dir", dir.string()}, {"greedy_steps", kGreedySteps}});
    runs.push_back(std::move(run));
  }

  const SafetensorsFile torch = run_torch(scratch, inputs, jobs);
  for (const Run& run : runs) {
    const std::string& id = run.named.name;
    SCOPED_TRACE(id);
    std::cout << id << " (L = " << run.named.config.layers << ", H = " << run.named.config.heads
              << ", C = " << run.named.config.width << ", V = " << run.named.config.vocab_size
              << ", B x T = " << run.logits.size(0) << " x " << run.logits.size(1) << ")\n";
    expect_relative_error("logits", run.logits, torch_value(torch, id + ".logits"), kLogitsTolerance);
    const double torch_loss = torch_value(torch, id + ".loss").item();
    EXPECT_LE(std::abs(run.loss - torch_loss), 1e-5 * std::abs(torch_loss))
        << "loss " << run.loss << " vs " << torch_loss;

    // Gradients, parameter by parameter; the worst is printed.
    double worst = 0;
    std::string worst_name;
    for (const auto& [name, p] : run.model->named_parameters()) {
      ASSERT_TRUE(p.grad().defined()) << name;
      const Tensor grad = is_conv1d_weight(name) ? transpose(p.grad(), 0, 1) : p.grad();
      const std::string key = id + ".grad." + name;
      ASSERT_TRUE(torch.contains(key)) << "torch has no parameter " << name;
      const double error = relative_error(grad, torch_value(torch, key));
      EXPECT_LE(error, kGradientTolerance) << "gradient of " << name;
      if (error >= worst) worst = error, worst_name = name;
    }
    std::cout << "  gradients: worst relative error " << worst << " (" << worst_name << "; tolerance "
              << kGradientTolerance << ")\n";

    const std::vector<double> torch_ids = torch_value(torch, id + ".greedy.ids").to_vector();
    const std::vector<double> margins = torch_value(torch, id + ".greedy.margins").to_vector();
    expect_same_continuation("greedy, full pass", run.greedy_full, torch_ids, margins, run.prompt.size());
    expect_same_continuation("greedy, KV cache", run.greedy_cached, torch_ids, margins, run.prompt.size());
    std::cout << "  greedy: " << kGreedySteps << " tokens after a prompt of " << run.prompt.size()
              << ", smallest torch margin " << *std::min_element(margins.begin(), margins.end()) << "\n";
  }
}

TEST(OracleGPT, AdamWStepsGiveTorchsLosses) {
  Generator gen(attn::testing::oracle_seed());
  ScratchDir scratch("adamw");
  struct Run {
    std::string id;
    std::vector<double> losses = {}, grad_norms = {};
  };
  std::vector<Run> runs;
  NamedTensors inputs;
  Json jobs = Json::array();
  for (const NamedConfig& named : test_configs()) {
    const GPTConfig& c = named.config;
    auto model = random_model(c, gen);
    const fs::path dir = scratch.path / named.name;
    save_gpt(*model, dir);  // before the steps: torch starts from the same weights
    const std::int64_t b = 2, t = 32;
    const Tensor ids = from_ids(random_ids(b * t, c.vocab_size, gen), {b, t});
    const Tensor targets = from_ids(random_ids(b * t, c.vocab_size, gen), {b, t});
    Run run{named.name};
    train::AdamW optimizer(model->named_parameters(), kAdamW);
    for (std::int64_t step = 0; step < kTrainSteps; ++step) {
      optimizer.zero_grad();
      const Tensor loss = model->loss(ids, targets);
      loss.backward();
      run.losses.push_back(loss.item());
      run.grad_norms.push_back(train::clip_grad_norm_(model->parameters(), kMaxGradNorm));
      optimizer.step();
    }
    inputs.emplace_back(named.name + ".ids", ids);
    inputs.emplace_back(named.name + ".targets", targets);
    jobs.push_back({{"id", named.name},
                    {"kind", "attn_model"},
                    {"dir", dir.string()},
                    {"train",
                     {{"steps", kTrainSteps},
                      {"lr", kAdamW.lr},
                      {"beta1", kAdamW.beta1},
                      {"beta2", kAdamW.beta2},
                      {"eps", kAdamW.eps},
                      {"weight_decay", kAdamW.weight_decay},
                      {"max_norm", kMaxGradNorm}}}});
    runs.push_back(std::move(run));
  }

  const SafetensorsFile torch = run_torch(scratch, inputs, jobs);
  for (const Run& run : runs) {
    SCOPED_TRACE(run.id);
    const std::vector<double> losses = torch_value(torch, run.id + ".train.losses").to_vector();
    const std::vector<double> norms = torch_value(torch, run.id + ".train.grad_norms").to_vector();
    ASSERT_EQ(losses.size(), static_cast<std::size_t>(kTrainSteps));
    double worst_loss = 0, worst_norm = 0;
    for (std::size_t k = 0; k < losses.size(); ++k) {
      const double loss_error = std::abs(run.losses[k] - losses[k]) / std::abs(losses[k]);
      const double norm_error = std::abs(run.grad_norms[k] - norms[k]) / std::abs(norms[k]);
      EXPECT_LE(loss_error, kTrainLossTolerance)
          << "step " << k << ": loss " << run.losses[k] << ", torch " << losses[k];
      EXPECT_LE(norm_error, kGradientTolerance)
          << "step " << k << ": gradient norm " << run.grad_norms[k] << ", torch " << norms[k];
      worst_loss = std::max(worst_loss, loss_error);
      worst_norm = std::max(worst_norm, norm_error);
    }
    // The steps must have trained: a loss that stayed put would match without testing AdamW.
    EXPECT_LT(losses.back(), losses.front() - 1e-3);
    std::cout << run.id << ": losses " << losses.front() << " -> " << losses.back() << " over " << kTrainSteps
              << " AdamW steps; worst relative difference " << worst_loss << " (losses), " << worst_norm
              << " (gradient norms, " << norms.front() << " at the first step)\n";
  }
}

TEST(OracleGPT, TorchWeightsLoadInAttn) {
  Generator gen(attn::testing::oracle_seed());
  ScratchDir scratch("torch-weights");
  NamedTensors inputs;
  Json jobs = Json::array();
  const std::vector<NamedConfig> configs = test_configs();
  for (const NamedConfig& named : configs) {
    const GPTConfig& c = named.config;
    const std::int64_t b = 2, t = uniform_int(gen, 17, c.context_length);
    inputs.emplace_back(named.name + ".ids", from_ids(random_ids(b * t, c.vocab_size, gen), {b, t}));
    jobs.push_back({{"id", named.name},
                    {"kind", "torch_model"},
                    {"dir", (scratch.path / named.name).string()},
                    {"seed", gen.below(1u << 31)},
                    {"config", config_json(c)},
                    {"llmc", false}});
  }
  const SafetensorsFile torch = run_torch(scratch, inputs, jobs);
  for (std::size_t k = 0; k < configs.size(); ++k) {
    const NamedConfig& named = configs[k];
    SCOPED_TRACE(named.name);
    const auto model = load_gpt(scratch.path / named.name / "hf");
    const GPTConfig& c = model->config();
    EXPECT_EQ(c.vocab_size, named.config.vocab_size);
    EXPECT_EQ(c.context_length, named.config.context_length);
    EXPECT_EQ(c.layers, named.config.layers);
    EXPECT_EQ(c.heads, named.config.heads);
    EXPECT_EQ(c.width, named.config.width);
    EXPECT_EQ(c.tie_embeddings, named.config.tie_embeddings);
    EXPECT_EQ(c.qkv_bias, named.config.qkv_bias);
    EXPECT_EQ(c.layer_norm_eps, named.config.layer_norm_eps);
    NoGradGuard no_grad;
    std::cout << named.name << ":\n";
    expect_relative_error("logits of torch's weights", model->forward(inputs[k].second),
                          torch_value(torch, named.name + ".logits"), kLogitsTolerance);
  }
}

TEST(OracleGPT, LlmcCheckpointsImport) {
  Generator gen(attn::testing::oracle_seed());
  ScratchDir scratch("llmc");
  const GPTConfig config = test_configs().front().config;  // llm.c's GPT-2: tied head, c_attn bias
  const std::int64_t b = 2, t = uniform_int(gen, 17, config.context_length);
  const Tensor ids = from_ids(random_ids(b * t, config.vocab_size, gen), {b, t});
  const Json jobs = Json::array({{{"id", "llmc"},
                                  {"kind", "torch_model"},
                                  {"dir", scratch.path.string()},
                                  {"seed", gen.below(1u << 31)},
                                  {"config", config_json(config)},
                                  {"llmc", true}}});
  const SafetensorsFile torch = run_torch(scratch, {{"llmc.ids", ids}}, jobs);
  const Tensor torch_logits = torch_value(torch, "llmc.logits");
  const fs::path f32_file = scratch.path / "gpt2_f32.bin", bf16_file = scratch.path / "gpt2_bf16.bin";

  const auto f32_model = import_llmc(f32_file);
  const GPTConfig& c = f32_model->config();
  EXPECT_EQ(c.vocab_size, config.vocab_size);  // not the padded 256
  EXPECT_EQ(c.context_length, config.context_length);
  EXPECT_EQ(c.layers, config.layers);
  EXPECT_EQ(c.heads, config.heads);
  EXPECT_EQ(c.width, config.width);
  EXPECT_TRUE(c.tie_embeddings);
  NoGradGuard no_grad;
  expect_relative_error("llm.c f32 (version 3) logits", f32_model->forward(ids), torch_logits, kLogitsTolerance);
  const Tensor bf16_logits = import_llmc(bf16_file)->forward(ids);
  // Against torch on the same bf16-rounded weights: as tight as float32 allows.
  expect_relative_error("llm.c bf16 (version 5) logits", bf16_logits, torch_value(torch, "llmc.logits_bf16"),
                        kLogitsTolerance);
  // Against the float32 weights: bf16's rounding, and no more.
  expect_relative_error("llm.c bf16 logits vs the f32 weights", bf16_logits, torch_logits, kBf16LogitsTolerance);

  // Broken files: each error names the file.
  std::ifstream in(f32_file, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto write = [&](const std::string& name, const std::string& content) {
    const fs::path path = scratch.path / name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
  };
  const fs::path truncated = write("truncated.bin", bytes.substr(0, bytes.size() - 100));
  expect_error([&] { import_llmc(truncated); },
               {truncated.string(), std::to_string(bytes.size() - 100) + " bytes", std::to_string(bytes.size())});
  const fs::path no_header = write("no_header.bin", bytes.substr(0, 600));
  expect_error([&] { import_llmc(no_header); }, {no_header.string(), "header"});
  std::string other = bytes;
  other[0] = static_cast<char>(other[0] ^ 0x5a);
  const fs::path bad_magic = write("bad_magic.bin", other);
  expect_error([&] { import_llmc(bad_magic); }, {bad_magic.string(), "magic", "20240326"});
  other = bytes;
  other[4] = 4;  // version 4 does not exist
  const fs::path bad_version = write("bad_version.bin", other);
  expect_error([&] { import_llmc(bad_version); }, {bad_version.string(), "version 4"});
  expect_error([&] { import_llmc(scratch.path / "missing.bin"); }, {(scratch.path / "missing.bin").string()});
}
