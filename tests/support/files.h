// Reading a whole file in the tests.
#pragma once

#include <filesystem>
#include <string>

namespace attn::testing {

// The bytes of a file; empty when it cannot be read (the test's own checks then fail).
std::string read_file(const std::filesystem::path& path);

}  // namespace attn::testing
