// End to end: `attn bench nmt` run as a user runs it (the binary next to the tests,
// ATTN_BINARY_DIR/attn) at tiny sizes: it exits 0 and its last line is one JSON object
// whose figures are positive, finite and agree with each other and with the
// documented formulas; with --peer torch the PyTorch model has the same parameter
// count as attn's and the speedup is the ratio of the two throughputs. Nothing here
// depends on how fast anything is.
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

// (B, S, T, V, E, H) = (2, 5, 4, 50, 8, 8); 3 sentences translated once each way.
constexpr double kB = 2, kS = 5, kT = 4, kV = 50, kE = 8, kH = 8;
const std::string kTiny =
    "bench nmt --batch 2 --src-len 5 --tgt-len 4 --vocab 50 --embed 8 --hidden 8 --repeat 1 --ceiling-n 64 "
    "--sentences 3 --translate-repeat 1";

// The parameters of the Bahdanau GRU model (seq2seq.h) at these sizes, A = H.
double expected_parameters() {
  const double ch = 2 * kH, a = kH;
  const double embeddings = 2 * kV * kE;
  const double encoder = 2 * (3 * kH * kE + 3 * kH * kH + 2 * 3 * kH);
  const double bridge = kH * ch + kH;
  const double attention = a + a * kH + a * ch;  // v, W, U (no biases)
  const double decoder = 3 * kH * (kE + ch) + 3 * kH * kH + 2 * 3 * kH;
  const double readout = kH * (kH + ch) + kH;
  const double generator = kV * kH + kV;
  return embeddings + encoder + bridge + attention + decoder + readout + generator;
}

void expect_training_figures(const Json& j) {
  expect_positive_numbers(j, {"step_ms", "forward_ms", "backward_ms", "optimizer_ms", "tokens_per_s", "model_gflop",
                              "gflops", "ceiling_gflops", "ceiling_fraction", "first_loss", "parameters"});
  EXPECT_EQ(number(j, "batch"), kB);
  EXPECT_EQ(number(j, "src_len"), kS);
  EXPECT_EQ(number(j, "tgt_len"), kT);
  EXPECT_EQ(number(j, "parameters"), expected_parameters());
  EXPECT_NEAR(number(j, "tokens_per_s"), kB * kT / (number(j, "step_ms") * 1e-3), 1e-6 * number(j, "tokens_per_s"));
  // One step's phases are that step: with --repeat 1 they add up to it.
  EXPECT_NEAR(number(j, "forward_ms") + number(j, "backward_ms") + number(j, "optimizer_ms"), number(j, "step_ms"),
              0.05 * number(j, "step_ms"));
  // 3 x forward: 12 B S H (E + H) + 4 B H^2 + 4 B S H A
  //   + T (2 B H A + 2 B S A + 4 B S H + 6 B H (E + 2H) + 12 B H^2) + 2 B T H V, A = H.
  const double a = kH;
  const double forward =
      12 * kB * kS * kH * (kE + kH) + 4 * kB * kH * kH + 4 * kB * kS * kH * a +
      kT * (2 * kB * kH * a + 2 * kB * kS * a + 4 * kB * kS * kH + 6 * kB * kH * (kE + 2 * kH) + 12 * kB * kH * kH) +
      2 * kB * kT * kH * kV;
  EXPECT_NEAR(number(j, "model_gflop"), 3 * forward * 1e-9, 1e-12);
  EXPECT_NEAR(number(j, "gflops"), number(j, "model_gflop") / (number(j, "step_ms") * 1e-3),
              1e-6 * number(j, "gflops"));
  EXPECT_NEAR(number(j, "ceiling_fraction"), number(j, "gflops") / number(j, "ceiling_gflops"), 1e-9);
  // Fresh weights give nearly uniform predictions: loss ~ ln V.
  EXPECT_NEAR(number(j, "first_loss"), std::log(kV), 0.3);
}

TEST(BenchNMT, TrainingStepAndTranslationSpeedInTheJson) {
  const CommandRun run = run_attn(kTiny);
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const Json j = last_line_json(run.output);
  ASSERT_TRUE(j.is_object()) << run.output;
  expect_training_figures(j);
  EXPECT_FALSE(j.contains("peer"));
  expect_positive_numbers(
      j, {"greedy_seconds", "greedy_sentences_per_s", "beam5_seconds", "beam5_sentences_per_s", "translate_sentences"});
  EXPECT_EQ(number(j, "translate_sentences"), 3);
  EXPECT_NEAR(number(j, "greedy_sentences_per_s") * number(j, "greedy_seconds"), 3, 1e-9);
  EXPECT_NEAR(number(j, "beam5_sentences_per_s") * number(j, "beam5_seconds"), 3, 1e-9);
}

TEST(BenchNMT, TorchPeerIsTheSameModelAndGivesTheSpeedup) {
  // One run (starting torch takes seconds).
  const CommandRun run = run_attn(kTiny + " --no-translate --peer torch");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const Json j = last_line_json(run.output);
  ASSERT_TRUE(j.is_object()) << run.output;
  expect_training_figures(j);
  EXPECT_FALSE(j.contains("greedy_sentences_per_s"));
  EXPECT_EQ(j["peer"], "torch");
  ASSERT_FALSE(j.contains("peer_skipped")) << j.dump();
  expect_positive_numbers(j, {"peer_step_ms", "peer_tokens_per_s", "speedup", "peer_forward_ms", "peer_backward_ms",
                              "peer_optimizer_ms", "peer_first_loss"});
  // The same architecture: the same parameter count, a first loss near the same ln V.
  EXPECT_EQ(number(j, "peer_parameters"), number(j, "parameters"));
  EXPECT_NEAR(number(j, "peer_first_loss"), std::log(kV), 0.3);
  EXPECT_NEAR(number(j, "peer_tokens_per_s"), kB * kT / (number(j, "peer_step_ms") * 1e-3),
              1e-9 * number(j, "peer_tokens_per_s"));
  EXPECT_NEAR(number(j, "speedup"), number(j, "tokens_per_s") / number(j, "peer_tokens_per_s"),
              1e-9 * number(j, "speedup"));
}

TEST(BenchNMT, RejectsAMissingModelDirectory) {
  const CommandRun run = run_attn(kTiny + " --model /nonexistent/nmt-model");
  EXPECT_NE(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("/nonexistent/nmt-model"), std::string::npos) << run.output;
}

}  // namespace
