// Checks on attn's error messages.
#pragma once

#include <functional>
#include <initializer_list>
#include <string>

namespace attn::testing {

// Runs f, which must throw attn::Error whose message mentions every one of `parts`.
void expect_error(const std::function<void()>& f, std::initializer_list<std::string> parts);

}  // namespace attn::testing
