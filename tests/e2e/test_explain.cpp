// End to end: `attn explain simplified|self|causal|multihead` run as a user runs
// them (the binary next to the tests, ATTN_BINARY_DIR/attn): each exits 0, the
// simplified walk-through prints the textbook's numbers for "journey", and those with
// weights state their seeded initialisation.
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "support/run_attn.h"

using attn::testing::CommandRun;
using attn::testing::lines_of;
using attn::testing::run_attn;

namespace {

// The numbers of every output line labelled `label` (its first word), line by line.
std::vector<std::vector<double>> rows_labelled(const std::string& output, const std::string& label) {
  std::vector<std::vector<double>> rows;
  std::istringstream lines(output);
  std::string line;
  while (std::getline(lines, line)) {
    std::istringstream words(line);
    std::string first;
    if (!(words >> first) || first != label) continue;
    std::vector<double> values;
    double v;
    while (words >> v) values.push_back(v);
    rows.push_back(values);
  }
  return rows;
}

bool has_row(const std::vector<std::vector<double>>& rows, const std::vector<double>& expected) {
  for (const auto& row : rows) {
    if (row.size() != expected.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < row.size() && same; ++i) same = std::abs(row[i] - expected[i]) < 1e-9;
    if (same) return true;
  }
  return false;
}

}  // namespace

TEST(ExplainE2E, SimplifiedPrintsTheTextbookNumbers) {
  const CommandRun run = run_attn("explain simplified");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const auto journey = rows_labelled(run.output, "journey");
  EXPECT_TRUE(has_row(journey, {0.1385, 0.2379, 0.2333, 0.1240, 0.1082, 0.1581})) << run.output;
  EXPECT_TRUE(has_row(journey, {0.4419, 0.6515, 0.5683})) << run.output;
  for (const char* step : {"inputs", "scores", "masked scores", "weights", "context"})
    EXPECT_NE(run.output.find(step), std::string::npos) << "no '" << step << "' in:\n" << run.output;
}

TEST(ExplainE2E, EverySelfAttentionWalkThroughRuns) {
  for (const char* args :
       {"self", "causal", "multihead", "multihead --heads 4 --kv-heads 2", "multihead --kv-heads 1"}) {
    const CommandRun run = run_attn(std::string("explain ") + args);
    EXPECT_EQ(run.exit_code, 0) << args << ":\n" << run.output;
    EXPECT_NE(run.output.find("Generator(123)"), std::string::npos) << args << ": no seed stated";
    for (const char* step : {"inputs", "queries", "keys", "values", "scores", "masked scores", "weights", "context"})
      EXPECT_NE(run.output.find(step), std::string::npos) << args << ": no '" << step << "'";
    // Every token is labelled.
    EXPECT_FALSE(rows_labelled(run.output, "step").empty()) << args;
  }
}

TEST(ExplainE2E, BadHeadCountIsAnErrorNamingTheShapes) {
  const CommandRun run = run_attn("explain multihead --heads 3");
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_NE(run.output.find("d_out = 4 is not divisible by heads = 3"), std::string::npos) << run.output;
}
