// Reading what `attn bench ...` prints: its last line is one JSON object.
#pragma once

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>

namespace attn::testing {

// The last non-empty line of the output, parsed (a discarded value if it is no JSON).
nlohmann::json last_line_json(const std::string& output);

// Each field is present, a finite number and positive.
void expect_positive_numbers(const nlohmann::json& j, std::initializer_list<const char*> fields);

// A numeric field (throws when absent).
double number(const nlohmann::json& j, const char* field);

}  // namespace attn::testing
