// attn io (internal): reading a training config, one JSON object of settings, strictly:
// every value's type is checked and every key must be known. Shared by `attn gpt
// train` and `attn nmt train`.
#pragma once

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <type_traits>
#include <vector>

#include "attn/error.h"

namespace attn {

class JsonConfigReader {
 public:
  // `where` prefixes the keys of a nested object in errors ("model."); `docs` names
  // the page that lists the keys.
  JsonConfigReader(const std::filesystem::path& file, const nlohmann::json& j, std::string where, std::string docs)
      : file_(file), j_(j), where_(std::move(where)), docs_(std::move(docs)) {}

  // Reads `key` into `out` when present (else leaves `out` as it is). Paths are
  // relative to the config file's directory; a path list may be one string.
  template <class T>
  void read(const char* key, T& out) {
    namespace fs = std::filesystem;
    seen_.insert(key);
    if (!j_.contains(key)) return;
    const nlohmann::json& v = j_[key];
    if constexpr (std::is_same_v<T, bool>) {
      check(v.is_boolean(), key, "true or false", v);
      out = v.get<bool>();
    } else if constexpr (std::is_integral_v<T>) {
      check(v.is_number_integer() && (std::is_signed_v<T> || v.get<std::int64_t>() >= 0), key,
            std::is_signed_v<T> ? "an integer" : "a non-negative integer", v);
      out = v.get<T>();
    } else if constexpr (std::is_floating_point_v<T>) {
      check(v.is_number(), key, "a number", v);
      out = v.get<T>();
    } else if constexpr (std::is_same_v<T, std::string>) {
      check(v.is_string(), key, "a string", v);
      out = v.get<std::string>();
    } else if constexpr (std::is_same_v<T, fs::path>) {
      check(v.is_string(), key, "a path (a string)", v);
      out = resolve(v.get<std::string>());
    } else {
      static_assert(std::is_same_v<T, std::vector<fs::path>>);
      check(v.is_array() || v.is_string(), key, "a path or a list of paths", v);
      out.clear();
      if (v.is_string()) {
        out.push_back(resolve(v.get<std::string>()));
      } else {
        for (const nlohmann::json& item : v) {
          check(item.is_string(), key, "a list of paths (strings)", item);
          out.push_back(resolve(item.get<std::string>()));
        }
      }
    }
  }

  // The same for a key that must be there: a missing key is an error.
  template <class T>
  void require(const char* key, T& out) {
    ATTN_CHECK(j_.contains(key), file_.string(), ": missing key \"", where_, key, "\" (", docs_, " lists the keys)");
    read(key, out);
  }

  // A nested object (checked to be one), or null when absent.
  const nlohmann::json* object(const char* key) {
    seen_.insert(key);
    if (!j_.contains(key)) return nullptr;
    check(j_[key].is_object(), key, "an object", j_[key]);
    return &j_[key];
  }

  // A rule on values already read: unless ok, an error naming the key(s) and what
  // they must be.
  void expect(bool ok, const char* key, const char* what) const {
    ATTN_CHECK(ok, file_.string(), ": key \"", where_, key, "\" ", what);
  }

  // Every key of the object must have been read.
  void reject_unknown() const {
    for (const auto& item : j_.items()) {
      ATTN_CHECK(seen_.count(item.key()), file_.string(), ": unknown key \"", where_, item.key(), "\" (", docs_,
                 " lists the keys)");
    }
  }

 private:
  void check(bool ok, const char* key, const char* expected, const nlohmann::json& got) const {
    ATTN_CHECK(ok, file_.string(), ": key \"", where_, key, "\" must be ", expected, ", got ", got.dump());
  }
  std::filesystem::path resolve(const std::string& p) const {
    const std::filesystem::path path(p);
    return path.is_absolute() ? path : file_.parent_path() / path;
  }

  std::filesystem::path file_;
  const nlohmann::json& j_;
  std::string where_;
  std::string docs_;
  std::set<std::string> seen_;
};

// Runs validate() (a config's own checks); an attn::Error it throws comes back with
// `file` and `section` ("model: ", or "") in front.
template <class Validate>
void validate_in(const std::filesystem::path& file, const char* section, Validate&& validate) {
  try {
    validate();
  } catch (const Error& e) {
    ATTN_CHECK(false, file.string(), ": ", section, e.what());
  }
}

}  // namespace attn
