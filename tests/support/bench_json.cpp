#include "support/bench_json.h"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

namespace attn::testing {

nlohmann::json last_line_json(const std::string& output) {
  std::istringstream lines(output);
  std::string last;
  for (std::string line; std::getline(lines, line);)
    if (!line.empty()) last = line;
  return nlohmann::json::parse(last, nullptr, /*allow_exceptions=*/false);
}

void expect_positive_numbers(const nlohmann::json& j, std::initializer_list<const char*> fields) {
  for (const char* field : fields) {
    ASSERT_TRUE(j.contains(field)) << "missing " << field << " in " << j.dump();
    ASSERT_TRUE(j[field].is_number()) << field << " is not a number in " << j.dump();
    const double value = j[field].get<double>();
    EXPECT_TRUE(std::isfinite(value)) << field << " in " << j.dump();
    EXPECT_GT(value, 0.0) << field << " in " << j.dump();
  }
}

double number(const nlohmann::json& j, const char* field) {
  return j.at(field).get<double>();
}

}  // namespace attn::testing
