// End to end: `attn gpt train` on the bundled Genesis text (a small char-level GPT),
// exact resume after a clean stop and after a kill at an arbitrary moment, and
// `attn generate` from the result, with and without the KV cache; the errors a user
// meets.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include "support/files.h"
#include "support/run_attn.h"

using attn::testing::CommandRun;
using attn::testing::run_attn;
namespace fs = std::filesystem;
using attn::testing::read_file;

namespace {

// The step, lr and loss columns of log.csv (dropping tokens/s, which varies).
std::string losses_of(const std::string& csv) {
  return std::regex_replace(csv, std::regex(",[^,\n]*\n"), "\n");
}

// A config for a tiny model trained `steps` steps into `out`.
fs::path write_config(const fs::path& dir, const std::string& out, int steps) {
  fs::create_directories(dir);
  const fs::path path = dir / (out + ".json");
  std::ofstream(path) << R"({"model": {"preset": "tiny", "layers": 2, "heads": 2, "width": 64, "context_length": 64},
    "tokenizer": "char", "train": ")"
                      << ATTN_SOURCE_DIR << R"(/data/kjv-genesis.txt", "out": ")" << out << R"(",
    "batch_size": 8, "seq_len": 64, "steps": )"
                      << steps << R"(, "warmup_steps": 4, "lr": 0.003, "min_lr": 0.0003,
    "log_every": 5, "eval_every": 10, "eval_batches": 2, "checkpoint_every": 5, "sample_every": 20,
    "sample_tokens": 30, "sample_prompt": "And God", "seed": 7})";
  return path;
}

class GPTCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("attn-gpt-cli-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

}  // namespace

TEST_F(GPTCli, TrainsResumesExactlyAndGenerates) {
  // One run straight through.
  const fs::path straight = write_config(dir_, "straight", 20);
  const CommandRun a = run_attn("--threads 1 gpt train --config " + straight.string());
  ASSERT_EQ(a.exit_code, 0) << a.output;
  EXPECT_NE(a.output.find("step 20/20"), std::string::npos) << a.output;
  EXPECT_NE(a.output.find("tok/s"), std::string::npos) << a.output;
  EXPECT_NE(a.output.find("ETA"), std::string::npos) << a.output;
  EXPECT_NE(a.output.find("sample at step 20:\nAnd God"), std::string::npos) << a.output;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(a.output, m, std::regex("held-out ([0-9.]+)"))) << a.output;
  EXPECT_LT(std::stod(m[1]), 3.2) << "20 steps learn the letter statistics (ln V is about 4.1)";
  for (const char* file : {"config.json", "model.safetensors", "char_vocab.json", "train_state.json"}) {
    EXPECT_TRUE(fs::exists(dir_ / "straight" / "last" / file)) << file;
  }
  EXPECT_TRUE(fs::exists(dir_ / "straight" / "best" / "model.safetensors"));
  EXPECT_TRUE(fs::exists(dir_ / "straight" / "log.csv"));

  // The same run stopped after step 7 (its last checkpoint is step 7) and resumed,
  // with the same thread count: the BLAS splits a product by the thread count, so
  // another count changes the last bits of the results.
  const fs::path stopped = write_config(dir_, "stopped", 20);
  const CommandRun b1 = run_attn("--threads 1 gpt train --config " + stopped.string() + " --stop-after 7");
  ASSERT_EQ(b1.exit_code, 0) << b1.output;
  const CommandRun b2 = run_attn("--threads 1 gpt train --config " + stopped.string() + " --resume");
  ASSERT_EQ(b2.exit_code, 0) << b2.output;
  EXPECT_NE(b2.output.find("resuming at step 7"), std::string::npos) << b2.output;
  EXPECT_EQ(read_file(dir_ / "straight/last/model.safetensors"), read_file(dir_ / "stopped/last/model.safetensors"))
      << "a resumed run must end with the weights of an uninterrupted one";
  EXPECT_EQ(losses_of(read_file(dir_ / "straight/log.csv")), losses_of(read_file(dir_ / "stopped/log.csv")));

  // Killed (SIGKILL) at an arbitrary moment, then resumed.
  const fs::path killed = write_config(dir_, "killed", 20);
  const std::string train_killed = "--threads 1 gpt train --config " + killed.string();
  std::system(
      ("timeout -s KILL 0.7 " + std::string(ATTN_BINARY_DIR) + "/attn " + train_killed + " >/dev/null 2>&1").c_str());
  const CommandRun c = run_attn(train_killed + " --resume");
  ASSERT_EQ(c.exit_code, 0) << c.output;
  EXPECT_EQ(read_file(dir_ / "straight/last/model.safetensors"), read_file(dir_ / "killed/last/model.safetensors"));

  // Generation: the cache changes nothing; ids print as numbers.
  const std::string model = (dir_ / "straight" / "last").string();
  const CommandRun g1 = run_attn("generate --model " + model + " --prompt 'And God' --max-new-tokens 30 --seed 4");
  const CommandRun g2 =
      run_attn("generate --model " + model + " --prompt 'And God' --max-new-tokens 30 --seed 4 --no-cache");
  ASSERT_EQ(g1.exit_code, 0) << g1.output;
  EXPECT_EQ(g1.output, g2.output);
  EXPECT_EQ(g1.output.rfind("And God", 0), 0u) << g1.output;
  EXPECT_NE(g1.output.find("[30 tokens, stopped: max_new_tokens]"), std::string::npos) << g1.output;
  const CommandRun ids =
      run_attn("generate --model " + model + " --prompt-ids 1,2,3 --max-new-tokens 5 --greedy --ids");
  ASSERT_EQ(ids.exit_code, 0) << ids.output;
  EXPECT_TRUE(std::regex_search(ids.output, std::regex("^[0-9]+ [0-9]+ [0-9]+ [0-9]+ [0-9]+\n"))) << ids.output;
}

TEST_F(GPTCli, BadInputIsAClearError) {
  const fs::path config = write_config(dir_, "run", 5);
  ASSERT_EQ(run_attn("--threads 1 gpt train --config " + config.string()).exit_code, 0);
  const std::string model = (dir_ / "run" / "last").string();

  // A prompt longer than the context (64 characters).
  const CommandRun long_prompt = run_attn("generate --model " + model + " --prompt '" + std::string(70, 'a') + "'");
  EXPECT_NE(long_prompt.exit_code, 0);
  EXPECT_NE(long_prompt.output.find("70 tokens, more than the model's context of 64"), std::string::npos)
      << long_prompt.output;
  // A model directory without a model.
  const CommandRun missing = run_attn("generate --model " + dir_.string() + " --prompt a");
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.output.find("config.json"), std::string::npos) << missing.output;
  // A corrupt token cache.
  {
    std::ofstream cache(dir_ / "run" / "tokens-train.bin", std::ios::binary | std::ios::in | std::ios::out);
    cache.seekp(3);
    cache << "X";
  }
  const CommandRun corrupt = run_attn("--threads 1 gpt train --config " + config.string());
  EXPECT_NE(corrupt.exit_code, 0);
  EXPECT_NE(corrupt.output.find("tokens-train.bin"), std::string::npos) << corrupt.output;
  EXPECT_NE(corrupt.output.find("magic"), std::string::npos) << corrupt.output;
  // An unknown config key.
  std::ofstream(dir_ / "bad.json") << R"({"train": "x.txt", "out": "o", "batchsize": 4})";
  const CommandRun unknown = run_attn("gpt train --config " + (dir_ / "bad.json").string());
  EXPECT_NE(unknown.exit_code, 0);
  EXPECT_NE(unknown.output.find("unknown key \"batchsize\""), std::string::npos) << unknown.output;
}
