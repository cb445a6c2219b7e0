#include "attn/viz/token_label.h"

#include <cstdio>

#include "attn/data/utf8.h"

namespace attn::viz {

namespace {

void append_hex(std::string& out, unsigned char byte) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "\\x%02X", byte);
  out += buffer;
}

}  // namespace

std::string token_label(std::string_view bytes) {
  std::string out;
  std::size_t offset = 0;
  while (offset < bytes.size()) {
    // The longest valid prefix goes through character by character; the byte where it
    // stops is written in hex and the scan resumes after it.
    const data::Utf8Problem problem = data::find_invalid_utf8(bytes.substr(offset));
    const std::size_t valid_end = problem.valid() ? bytes.size() : offset + problem.offset;
    const std::string_view valid = bytes.substr(0, valid_end);
    while (offset < valid_end) {
      const char32_t c = data::next_code_point(valid, offset);
      if (c == U' ')
        out += "␣";
      else if (c == U'\n')
        out += "↵";
      else if (c == U'\t')
        out += "⇥";
      else if (c < 0x20 || c == 0x7F)
        append_hex(out, static_cast<unsigned char>(c));
      else
        data::append_utf8(out, c);
    }
    if (offset < bytes.size()) append_hex(out, static_cast<unsigned char>(bytes[offset++]));
  }
  return out;
}

}  // namespace attn::viz
