#include "io/json_file.h"

#include <fstream>

#include "attn/error.h"

namespace attn {

nlohmann::json read_json_file(const std::filesystem::path& path, const char* what) {
  std::ifstream in(path);
  ATTN_CHECK(in.good(), "cannot read ", what, " ", path.string());
  try {
    return nlohmann::json::parse(in);
  } catch (const nlohmann::json::parse_error& e) {
    ATTN_CHECK(false, path.string(), ": not valid JSON at byte ", e.byte, ": ", e.what());
  }
  return {};
}

}  // namespace attn
