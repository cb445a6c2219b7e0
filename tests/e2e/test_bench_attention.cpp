// End to end: `attn bench attention` and `attn bench decode` run as a user runs them
// (the binary next to the tests, ATTN_BINARY_DIR/attn) on tiny shapes: each exits 0
// and its last line is one JSON object with the documented fields. Nothing here
// depends on how fast anything is.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
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

// Small enough that a run takes milliseconds; the sgemm ceiling shrunk to match.
const std::string kTiny = "--batch 1 --heads 2 --len 16 --head-dim 8 --repeat 1 --ceiling-n 64";

TEST(BenchAttention, ForwardPrintsJsonWithTimeFlopsCeilingAndMemory) {
  const CommandRun run = run_attn("bench attention " + kTiny + " --causal");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const Json j = last_line_json(run.output);
  ASSERT_TRUE(j.is_object()) << run.output;
  expect_positive_numbers(j, {"time_ms", "gflops", "ceiling_fraction", "sgemm_gflops", "useful_gflop"});
  ASSERT_TRUE(j.contains("peak_mib") && j["peak_mib"].is_number()) << j.dump();
  EXPECT_EQ(j["len"], 16);
  EXPECT_EQ(j["causal"], true);
  EXPECT_EQ(j["backward"], false);
  // Causal counts the lower triangle only: 4 B H (T (T + 1) / 2) D FLOPs.
  EXPECT_NEAR(j["useful_gflop"].get<double>(), 4.0 * 2 * (16 * 17 / 2) * 8 * 1e-9, 1e-15);
  EXPECT_FALSE(j.contains("peer"));
}

TEST(BenchAttention, BackwardAndEveryKernelRun) {
  for (const char* kernel : {"plain", "fused", "auto"}) {
    const CommandRun run = run_attn("bench attention " + kTiny + " --window 4 --backward --kernel " + kernel);
    ASSERT_EQ(run.exit_code, 0) << kernel << ": " << run.output;
    const Json j = last_line_json(run.output);
    ASSERT_TRUE(j.is_object()) << run.output;
    expect_positive_numbers(j, {"time_ms", "gflops", "ceiling_fraction"});
    EXPECT_EQ(j["kernel"], kernel);
    EXPECT_EQ(j["backward"], true);
    // Window 4 (queries 0..2 see 1..3 keys, the other 13 see 4 each), backward 2.5x.
    EXPECT_NEAR(j["useful_gflop"].get<double>(), 3.5 * 4.0 * 2 * (1 + 2 + 3 + 13 * 4) * 8 * 1e-9, 1e-15);
  }
}

TEST(BenchAttention, TorchPeerGivesItsTimeAndTheSpeedup) {
  // One run (starting torch takes seconds): forward and backward through autograd.
  const CommandRun run = run_attn("bench attention " + kTiny + " --causal --backward --peer torch");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const Json j = last_line_json(run.output);
  ASSERT_TRUE(j.is_object()) << run.output;
  EXPECT_EQ(j["peer"], "torch");
  EXPECT_FALSE(j.contains("peer_skipped")) << j.dump();
  expect_positive_numbers(j, {"time_ms", "peer_time_ms", "speedup"});
  EXPECT_NEAR(j["speedup"].get<double>(), j["peer_time_ms"].get<double>() / j["time_ms"].get<double>(), 1e-9);
}

TEST(BenchAttention, DecodePrintsTokensPerSecond) {
  for (const char* kernel : {"decode", "plain"}) {
    const CommandRun run =
        run_attn(std::string("bench decode --cache 32 --heads 4 --kv-heads 2 --head-dim 8 --tokens 3 --repeat 1 "
                             "--ceiling-mib 1 --kernel ") +
                 kernel);
    ASSERT_EQ(run.exit_code, 0) << kernel << ": " << run.output;
    const Json j = last_line_json(run.output);
    ASSERT_TRUE(j.is_object()) << run.output;
    expect_positive_numbers(
        j, {"tokens_per_s", "time_ms", "kv_gbs", "copy_gbs", "ceiling_fraction", "read_gbs", "read_fraction"});
    EXPECT_NEAR(j["read_fraction"].get<double>(), j["kv_gbs"].get<double>() / j["read_gbs"].get<double>(), 1e-9);
    EXPECT_EQ(j["cache"], 32);
    EXPECT_EQ(j["kv_heads"], 2);
    EXPECT_NEAR(j["tokens_per_s"].get<double>(), 3 / (j["time_ms"].get<double>() * 1e-3), 1e-6);
  }
}

TEST(BenchAttention, RejectsAnUnknownKernel) {
  const CommandRun run = run_attn("bench attention " + kTiny + " --kernel bogus");
  EXPECT_NE(run.exit_code, 0) << run.output;
}

}  // namespace
