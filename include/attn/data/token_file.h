// attn data: a tokenised corpus cached on disk, so a training run tokenises its text
// once (see docs/gpt.md, "Training").
//
// Layout (little-endian):
//   bytes  0..7    magic "ATTNTOK1"
//   bytes  8..11   u32 bytes per id: 2 (V <= 65536) or 4
//   bytes 12..15   u32 reserved, 0
//   bytes 16..23   u64 N, the number of ids
//   bytes 24..31   u64 V, the vocabulary the ids lie in
//   bytes 32..39   u64 source key: a hash of the source text and the tokenizer, so a
//                  cache made from other text or by another tokenizer is not reused
//   bytes 40..63   the tokenizer's name, NUL-padded
//   bytes 64..     N ids
// Reading checks the magic, that the file's size is exactly 64 + N * bytes-per-id,
// and that every id lies in [0, V); each failure names the file and the offset.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace attn::data {

struct TokenFile {
  std::vector<std::int32_t> ids;
  std::int64_t vocab_size = 0;
  std::uint64_t source_key = 0;
  std::string tokenizer;
};

// Written atomically (a temporary file, then a rename).
void write_token_file(const std::filesystem::path& path, const TokenFile& tokens);
TokenFile read_token_file(const std::filesystem::path& path);

// FNV-1a (64-bit) of `bytes`, continuing from `hash` (start with the default): the
// source key of a text and a tokenizer name.
std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t hash = 14695981039346656037ull);

}  // namespace attn::data
