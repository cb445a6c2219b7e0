// attn: errors. Every error says what was expected and what came.
#pragma once

#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>

namespace attn {

// Thrown for bad arguments, shapes, files and configurations.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& what) : std::runtime_error(what) {}
};

namespace detail {
template <class... Args>
std::string concat(Args&&... args) {
  std::ostringstream os;
  (os << ... << std::forward<Args>(args));
  return os.str();
}
}  // namespace detail

// ATTN_CHECK(cond, "matmul: ", a.describe(), " and ", b.describe(), " ...")
#define ATTN_CHECK(cond, ...)                                              \
  do {                                                                     \
    if (!(cond)) throw ::attn::Error(::attn::detail::concat(__VA_ARGS__)); \
  } while (0)

}  // namespace attn
