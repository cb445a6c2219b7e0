// attn data: UTF-8, checked strictly (RFC 3629): no overlong forms, no surrogates
// (U+D800..U+DFFF), nothing above U+10FFFF, no truncated sequences. The tokenizers
// check their input with it and name the byte offset of the first bad byte.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace attn::data {

// Where and why a text stops being valid UTF-8.
struct Utf8Problem {
  std::size_t offset = std::string_view::npos;  // byte offset of the sequence that is bad; npos: valid
  const char* reason = "";                      // e.g. "0xff cannot start a character"
  bool valid() const { return offset == std::string_view::npos; }
};

// The first problem in `text`, or a valid() result.
Utf8Problem find_invalid_utf8(std::string_view text);

// Throws attn::Error "<what>: invalid UTF-8 at byte offset N (byte 0xXX: <reason>)"
// when `text` is not valid UTF-8.
void check_utf8(std::string_view text, std::string_view what);

// The code point that starts at text[offset], which must be valid UTF-8 (checked
// first); advances `offset` past it.
char32_t next_code_point(std::string_view text, std::size_t& offset);

// Appends the UTF-8 encoding of a Unicode scalar value (not a surrogate, <= U+10FFFF).
void append_utf8(std::string& out, char32_t code_point);

// 'é' (U+00E9) for printable characters, U+000A for control and format characters:
// how error messages show a character.
std::string describe_code_point(char32_t code_point);

}  // namespace attn::data
