// attn io (internal): reading a JSON file whose errors name the file and the byte.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>

namespace attn {

// Parses `path` as JSON. A file that cannot be read names `what` (e.g. "the training
// config"); invalid JSON names the file and the byte offset.
nlohmann::json read_json_file(const std::filesystem::path& path, const char* what);

}  // namespace attn
