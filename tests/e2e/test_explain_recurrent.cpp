// End to end: `attn explain additive` and `attn explain luong` run, state their seeded
// initialisation, and every printed "weights ..." matrix has rows summing to 1 (to the
// 4 printed decimals). Luong's dot score with s = "journey" is simplified
// self-attention's row for "journey": the textbook's numbers.
#include <gtest/gtest.h>

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

// Every matrix whose title starts with "weights": its rows' sums. print_matrix writes
// "<title>  f32(R, K)", a header line, then R rows ending in K numbers.
std::vector<double> weights_row_sums(const std::string& output) {
  const std::vector<std::string> lines = lines_of(output);
  std::vector<double> sums;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].rfind("weights", 0) != 0) continue;
    const std::size_t open = lines[i].rfind("f32(");
    if (open == std::string::npos) continue;
    int rows = 0, cols = 0;
    if (std::sscanf(lines[i].c_str() + open, "f32(%d, %d)", &rows, &cols) != 2) continue;
    for (int r = 0; r < rows && i + 2 + r < lines.size(); ++r) {
      std::istringstream row(lines[i + 2 + r]);
      std::vector<std::string> tokens;
      for (std::string t; row >> t;) tokens.push_back(t);
      double total = 0;
      for (std::size_t k = tokens.size() - static_cast<std::size_t>(cols); k < tokens.size(); ++k)
        total += std::stod(tokens[k]);
      sums.push_back(total);
    }
  }
  return sums;
}

}  // namespace

TEST(ExplainRecurrent, Additive) {
  const CommandRun run = run_attn("explain additive");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("Generator(123)"), std::string::npos);
  for (const char* intermediate :
       {"projected keys U h_j", "projected query W s", "scores e_j", "masked scores", "context c"})
    EXPECT_NE(run.output.find(intermediate), std::string::npos) << intermediate;
  const std::vector<double> sums = weights_row_sums(run.output);
  EXPECT_EQ(sums.size(), 2u) << run.output;  // unpadded and padded
  for (double s : sums) EXPECT_NEAR(s, 1.0, 5e-4);
}

TEST(ExplainRecurrent, Luong) {
  const CommandRun run = run_attn("explain luong");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("Generator(123)"), std::string::npos);
  for (const char* intermediate : {"dot scores", "general scores", "concat scores", "projected keys W h_j",
                                   "predicted position p_t", "Gaussian", "attentional state"})
    EXPECT_NE(run.output.find(intermediate), std::string::npos) << intermediate;
  EXPECT_NE(run.output.find("journey  0.1385  0.2379  0.2333  0.1240  0.1082  0.1581"), std::string::npos);
  EXPECT_NE(run.output.find("journey  0.4419  0.6515  0.5683"), std::string::npos);
  const std::vector<double> sums = weights_row_sums(run.output);
  EXPECT_EQ(sums.size(), 5u) << run.output;  // dot, general, concat, local-m, local-p before the Gaussian
  for (double s : sums) EXPECT_NEAR(s, 1.0, 5e-4);
}

TEST(ExplainRecurrent, OtherStatesAndABadOne) {
  for (const char* token : {"Your", "step"}) {
    const CommandRun run = run_attn(std::string("explain luong --state ") + token);
    ASSERT_EQ(run.exit_code, 0) << run.output;
    for (double s : weights_row_sums(run.output)) EXPECT_NEAR(s, 1.0, 5e-4) << token;
  }
  const CommandRun bad = run_attn("explain additive --state nobody");
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_NE(bad.output.find("--state must be one of the tokens"), std::string::npos) << bad.output;
}
