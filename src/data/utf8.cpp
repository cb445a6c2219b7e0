#include "attn/data/utf8.h"

#include <unicode/uchar.h>

#include <cstdint>
#include <cstdio>
#include <cstring>

#include "attn/error.h"

namespace attn::data {

namespace {

bool is_continuation(unsigned char b) {
  return (b & 0xC0) == 0x80;
}

// The length of the sequence starting at text[i] (i < size), or 0 with `reason` set
// when it is not valid UTF-8.
int sequence_length(std::string_view text, std::size_t i, const char*& reason) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(i);
  int length = 0;
  // Bounds of the second byte that rule out overlong forms, surrogates and code
  // points above U+10FFFF (RFC 3629, section 4).
  unsigned char low = 0x80, high = 0xBF;
  if (b0 < 0x80) return 1;
  if (b0 < 0xC2) {
    reason = b0 < 0xC0 ? "a continuation byte cannot start a character" : "an overlong two-byte form";
    return 0;
  }
  if (b0 < 0xE0) {
    length = 2;
  } else if (b0 < 0xF0) {
    length = 3;
    if (b0 == 0xE0) low = 0xA0;   // overlong below U+0800
    if (b0 == 0xED) high = 0x9F;  // surrogates U+D800..U+DFFF
  } else if (b0 < 0xF5) {
    length = 4;
    if (b0 == 0xF0) low = 0x90;   // overlong below U+10000
    if (b0 == 0xF4) high = 0x8F;  // above U+10FFFF
  } else {
    reason = "this byte never occurs in UTF-8";
    return 0;
  }
  if (i + length > text.size()) {
    // Truncated: say so only if what is there is a valid start of the sequence.
    for (std::size_t k = i + 1; k < text.size(); ++k) {
      if (!is_continuation(byte(k)) || (k == i + 1 && (byte(k) < low || byte(k) > high))) {
        reason = "a lead byte not followed by enough continuation bytes";
        return 0;
      }
    }
    reason = "the text ends inside a multi-byte character";
    return 0;
  }
  const unsigned char b1 = byte(i + 1);
  if (b1 < low || b1 > high) {
    reason = !is_continuation(b1) ? "a lead byte not followed by enough continuation bytes"
             : b0 == 0xED         ? "an encoded surrogate (U+D800..U+DFFF)"
             : b0 == 0xF4         ? "a code point above U+10FFFF"
                                  : "an overlong form";
    return 0;
  }
  for (int k = 2; k < length; ++k) {
    if (!is_continuation(byte(i + k))) {
      reason = "a lead byte not followed by enough continuation bytes";
      return 0;
    }
  }
  return length;
}

}  // namespace

Utf8Problem find_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    // Eight ASCII bytes at a time: the common case in English text.
    if (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + i, 8);
      if ((word & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    const char* reason = "";
    const int length = sequence_length(text, i, reason);
    if (length == 0) return Utf8Problem{i, reason};
    i += static_cast<std::size_t>(length);
  }
  return Utf8Problem{};
}

void check_utf8(std::string_view text, std::string_view what) {
  const Utf8Problem p = find_invalid_utf8(text);
  if (p.valid()) return;
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02x", static_cast<unsigned char>(text[p.offset]));
  throw Error(detail::concat(what, ": invalid UTF-8 at byte offset ", p.offset, " (byte ", byte, ": ", p.reason, ")"));
}

char32_t next_code_point(std::string_view text, std::size_t& offset) {
  const auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(text[k])); };
  const char32_t b0 = byte(offset);
  if (b0 < 0x80) {
    offset += 1;
    return b0;
  }
  if (b0 < 0xE0) {
    const char32_t c = ((b0 & 0x1F) << 6) | (byte(offset + 1) & 0x3F);
    offset += 2;
    return c;
  }
  if (b0 < 0xF0) {
    const char32_t c = ((b0 & 0x0F) << 12) | ((byte(offset + 1) & 0x3F) << 6) | (byte(offset + 2) & 0x3F);
    offset += 3;
    return c;
  }
  const char32_t c = ((b0 & 0x07) << 18) | ((byte(offset + 1) & 0x3F) << 12) | ((byte(offset + 2) & 0x3F) << 6) |
                     (byte(offset + 3) & 0x3F);
  offset += 4;
  return c;
}

void append_utf8(std::string& out, char32_t c) {
  ATTN_CHECK(c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF), "append_utf8: ", static_cast<std::uint32_t>(c),
             " is not a Unicode scalar value");
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string describe_code_point(char32_t c) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
  const bool scalar = c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF);
  const std::uint32_t mask = scalar ? U_GET_GC_MASK(static_cast<UChar32>(c)) : 0;
  // Controls, format characters, separators and unassigned code points would be
  // invisible or garble the message: show only their number.
  const std::uint32_t hidden = U_GC_C_MASK | U_GC_Z_MASK;
  if (!scalar || (mask & hidden) != 0) return code;
  std::string out = "'";
  append_utf8(out, c);
  return out + "' (" + code + ")";
}

}  // namespace attn::data
