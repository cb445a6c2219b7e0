// End to end: `attn bench gpt` and `attn bench generate` run as a user runs them (the
// binary next to the tests, ATTN_BINARY_DIR/attn) on the "tiny" config: each exits 0
// and its last line is one JSON object whose figures agree with each other and with
// the documented formulas. Nothing here depends on how fast anything is.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "support/bench_json.h"
#include "support/run_attn.h"

using attn::testing::CommandRun;
using attn::testing::expect_positive_numbers;
using attn::testing::last_line_json;
using attn::testing::number;
using attn::testing::run_attn;

namespace {

using Json = nlohmann::json;

// The "tiny" preset (GPTConfig::named): L = 2, H = 2, C = 64, T_max = 64, V = 50257.
constexpr double kLayers = 2, kWidth = 64, kContext = 64, kVocab = 50257;

// Small enough that a step takes milliseconds; the sgemm ceiling shrunk to match.
const std::string kTinyStep = "bench gpt --config tiny --batch 2 --len 16 --repeat 1 --ceiling-n 64";

TEST(BenchGPT, TrainingStepPrintsJsonWithTimeFlopsCeilingAndPhases) {
  const CommandRun run = run_attn(kTinyStep);
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const Json j = last_line_json(run.output);
  ASSERT_TRUE(j.is_object()) << run.output;
  expect_positive_numbers(j, {"step_ms", "model_gflop", "gflops", "ceiling_gflops", "ceiling_fraction", "tokens_per_s",
                              "peak_mib", "forward_ms", "backward_ms", "optimizer_ms"});
  EXPECT_EQ(j["config"], "tiny");
  EXPECT_EQ(j["batch"], 2);
  EXPECT_EQ(j["len"], 16);
  EXPECT_FALSE(j.contains("peer"));
  // 72 L N C^2 + 6 L B C T (T + 1) + 6 N C V with N = B T = 32.
  const double n = 32, expected_flops = 72 * kLayers * n * kWidth * kWidth + 6 * kLayers * 2 * kWidth * 16 * 17 +
                                        6 * n * kWidth * kVocab;
  EXPECT_NEAR(number(j, "model_gflop"), expected_flops * 1e-9, 1e-12);
  EXPECT_NEAR(number(j, "gflops"), expected_flops / (number(j, "step_ms") * 1e-3) * 1e-9, 1e-6 * number(j, "gflops"));
  EXPECT_NEAR(number(j, "ceiling_fraction"), number(j, "gflops") / number(j, "ceiling_gflops"), 1e-9);
  EXPECT_NEAR(number(j, "tokens_per_s"), n / (number(j, "step_ms") * 1e-3), 1e-6 * number(j, "tokens_per_s"));
  // One step's phases are that step: with --repeat 1 they add up to it.
  EXPECT_NEAR(number(j, "forward_ms") + number(j, "backward_ms") + number(j, "optimizer_ms"), number(j, "step_ms"),
              0.05 * number(j, "step_ms"));
  // Freshly initialised GPT-2 weights give nearly uniform predictions: loss ~ ln V.
  EXPECT_NEAR(number(j, "first_loss"), std::log(kVocab), 0.1);
}

TEST(BenchGPT, DropoutRuns) {
  const CommandRun run = run_attn(kTinyStep + " --dropout 0.1");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const Json j = last_line_json(run.output);
  ASSERT_TRUE(j.is_object()) << run.output;
  EXPECT_EQ(j["dropout"], 0.1);
  expect_positive_numbers(j, {"step_ms", "first_loss"});
}

TEST(BenchGPT, TorchPeerGivesItsTimeAndTheSpeedup) {
  // One run (starting torch takes seconds).
  const CommandRun run = run_attn(kTinyStep + " --peer torch");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const Json j = last_line_json(run.output);
  ASSERT_TRUE(j.is_object()) << run.output;
  EXPECT_EQ(j["peer"], "torch");
  EXPECT_FALSE(j.contains("peer_skipped")) << j.dump();
  expect_positive_numbers(
      j, {"step_ms", "peer_step_ms", "speedup", "peer_forward_ms", "peer_backward_ms", "peer_optimizer_ms"});
  EXPECT_NEAR(number(j, "speedup"), number(j, "peer_step_ms") / number(j, "step_ms"), 1e-9 * number(j, "speedup"));
}

TEST(BenchGPT, GeneratePrintsTokensPerSecondAgainstTheBandwidthBound) {
  const CommandRun run = run_attn("bench generate --config tiny --tokens 4 --prompt-len 4 --repeat 1 --ceiling-mib 1");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const Json j = last_line_json(run.output);
  ASSERT_TRUE(j.is_object()) << run.output;
  expect_positive_numbers(j, {"tokens_per_s", "ms_per_token", "bytes_per_token", "bound_tokens_per_s", "bound_fraction",
                              "read_gbs", "copy_gbs", "copy_bound_fraction", "parameters"});
  EXPECT_EQ(j["tokens"], 4);
  EXPECT_EQ(j["prompt_len"], 4);
  EXPECT_NEAR(number(j, "tokens_per_s") * number(j, "ms_per_token"), 1e3, 1e-6);
  // Every weight once (of wpe one row), 4 bytes each, plus keys and values at the
  // average S = P + (N + 1) / 2 = 6.5: 2 L S C 4 bytes.
  const double weights = number(j, "parameters") - kContext * kWidth + kWidth;
  EXPECT_NEAR(number(j, "bytes_per_token"), 4 * weights + 2 * kLayers * 6.5 * kWidth * 4, 1e-6);
  // The bound is the read ceiling's; the copy's is reported beside it.
  EXPECT_NEAR(number(j, "bound_tokens_per_s"), number(j, "read_gbs") * 1e9 / number(j, "bytes_per_token"),
              1e-9 * number(j, "bound_tokens_per_s"));
  EXPECT_NEAR(number(j, "bound_fraction"), number(j, "tokens_per_s") / number(j, "bound_tokens_per_s"), 1e-9);
  EXPECT_NEAR(number(j, "copy_bound_fraction"),
              number(j, "tokens_per_s") * number(j, "bytes_per_token") / (number(j, "copy_gbs") * 1e9), 1e-9);
}

TEST(BenchGPT, RejectsWhatDoesNotFitTheContextAndUnknownConfigs) {
  // tiny's context holds T_max = 64 positions.
  const CommandRun too_long = run_attn("bench gpt --config tiny --batch 1 --len 65 --repeat 1 --ceiling-n 64");
  EXPECT_NE(too_long.exit_code, 0) << too_long.output;
  EXPECT_NE(too_long.output.find("context length"), std::string::npos) << too_long.output;
  const CommandRun too_many = run_attn("bench generate --config tiny --prompt-len 32 --tokens 32 --repeat 1");
  EXPECT_NE(too_many.exit_code, 0) << too_many.output;
  EXPECT_NE(too_many.output.find("context length"), std::string::npos) << too_many.output;
  const CommandRun unknown = run_attn("bench gpt --config bogus --repeat 1");
  EXPECT_NE(unknown.exit_code, 0) << unknown.output;
}

}  // namespace
