// End to end: `attn demo` (what `make demo` runs) trains, checkpoints, resumes and
// samples, on a short run of the bundled corpus.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <string>

#include "support/run_attn.h"

using attn::testing::CommandRun;
using attn::testing::run_attn;

namespace {

double number_after(const std::string& text, const std::string& label) {
  std::smatch m;
  if (!std::regex_search(text, m, std::regex(label + " ([0-9.]+)"))) return -1;
  return std::stod(m[1]);
}

}  // namespace

TEST(Demo, TrainsCheckpointsResumesAndSamples) {
  const std::string out = std::filesystem::temp_directory_path() / ("attn-demo-test-" + std::to_string(getpid()));
  std::filesystem::remove_all(out);
  const std::string data = std::string(ATTN_SOURCE_DIR) + "/data/kjv-genesis.txt";
  const CommandRun first = run_attn("demo --steps 40 --data " + data + " --out " + out);
  ASSERT_EQ(first.exit_code, 0) << first.output;
  const double before = number_after(first.output, "held-out loss before training:");
  const double after = number_after(first.output, "held-out loss after training:");
  EXPECT_GT(before, 3.5) << first.output;          // about ln(V): an untrained model
  EXPECT_LT(after, before - 1.0) << first.output;  // 40 steps learn the letter statistics
  EXPECT_NE(first.output.find("step   40/40"), std::string::npos) << first.output;
  EXPECT_NE(first.output.find("sample (temperature 0.7):\nAnd God said"), std::string::npos) << first.output;
  EXPECT_TRUE(std::filesystem::exists(out + "/char-gru.safetensors"));
  // The bundled GPT samples first: 300 characters after the prompt.
  EXPECT_NE(first.output.find("attn demo: the bundled GPT"), std::string::npos) << first.output;
  EXPECT_NE(first.output.find("sample (temperature 0.8, top-k 40, seed 1, KV cache):\n\nAnd God said"),
            std::string::npos)
      << first.output;
  EXPECT_NE(first.output.find("300 tokens in"), std::string::npos) << first.output;

  const CommandRun resumed = run_attn("demo --skip-models --steps 50 --resume --data " + data + " --out " + out);
  ASSERT_EQ(resumed.exit_code, 0) << resumed.output;
  EXPECT_NE(resumed.output.find("resumed from " + out + "/char-gru.safetensors at step 40"), std::string::npos)
      << resumed.output;
  EXPECT_NEAR(number_after(resumed.output, "held-out loss before training:"), after, 1e-3) << resumed.output;
  EXPECT_EQ(resumed.output.find("step   25/50"), std::string::npos) << "resumed run repeated early steps";
  std::filesystem::remove_all(out);
}

TEST(Demo, MissingCorpusIsAClearError) {
  const CommandRun run = run_attn("demo --skip-models --data /nonexistent/corpus.txt --out /tmp");
  EXPECT_NE(run.exit_code, 0);
  EXPECT_NE(run.output.find("cannot open corpus /nonexistent/corpus.txt"), std::string::npos) << run.output;
}
