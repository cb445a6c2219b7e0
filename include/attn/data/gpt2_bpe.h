// attn data: GPT-2's byte-level BPE tokenizer (Radford et al., 2019).
//
// Encoding a text takes three steps:
//  1. Pre-tokenisation splits it into pieces with GPT-2's pattern
//       's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
//     read with JavaScript's meanings (the npm package gpt-3-encoder is the reference):
//     \p{L} letters, \p{N} numbers (Unicode general categories, from ICU), \s the
//     ECMAScript white space (TAB, LF, VT, FF, CR, U+FEFF, U+2028, U+2029 and every Zs).
//     A hand-written scanner over code points does what the regex does, alternative by
//     alternative: a run of white space before a non-space keeps its last character for
//     the next piece (" ?\p{L}+" then takes it when it is a plain space).
//  2. Each piece's bytes start as one token each (the 256 byte tokens).
//  3. BPE: the adjacent pair with the lowest merge rank (its line in merges.txt) is
//     merged everywhere in the piece, left to right, until no pair has a rank.
// The files spell each byte as a printable code point (bytes_to_unicode: printable
// Latin-1 bytes stand for themselves, the other 68 bytes map to U+0100..U+0143, e.g.
// space to 'Ġ' U+0120); attn converts them back to bytes when it loads them, so tokens
// are byte strings and decode is concatenation. Results are cached per piece.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "attn/data/tokenizer.h"

namespace attn::data {

// The pieces of step 1, in order; they concatenate to `text`. Throws on invalid UTF-8.
std::vector<std::string_view> gpt2_pretokenize(std::string_view text);

// The code point that stands for byte b in encoder.json and vocab.bpe.
char32_t gpt2_byte_to_unicode(std::uint8_t b);

class Gpt2Tokenizer final : public Tokenizer {
 public:
  // token_texts[id]: the token as spelled in the vocabulary (bytes_to_unicode form);
  // merges: pairs of token texts, lowest rank first. Every byte must have its token,
  // and each merge's parts and their concatenation must be tokens. `source` names the
  // files in error messages.
  Gpt2Tokenizer(std::vector<std::string> token_texts, const std::vector<std::pair<std::string, std::string>>& merges,
                std::string source);

  // Reads vocab.json / encoder.json (token text -> id) and merges.txt / vocab.bpe
  // (an optional "#version" line, then one "left right" pair a line).
  static std::unique_ptr<Gpt2Tokenizer> load(const std::filesystem::path& vocab_json,
                                             const std::filesystem::path& merges_txt);

  std::string name() const override { return "gpt2"; }
  std::int64_t vocab_size() const override { return static_cast<std::int64_t>(token_bytes_.size()); }
  std::vector<std::int32_t> encode(std::string_view text) const override;
  std::string decode(std::span<const std::int32_t> ids) const override;
  std::string token_bytes(std::int32_t id) const override;
  std::optional<std::int32_t> end_of_text() const override { return end_of_text_; }
  void save(const std::filesystem::path& dir) const override;

  // The ids of one pre-tokenised piece by BPE, bypassing the cache.
  std::vector<std::int32_t> bpe(std::string_view piece) const;
  // Pieces whose ids are cached, and emptying the cache (for benchmarks).
  std::size_t cache_size() const;
  void clear_cache() const;
  std::int64_t num_merges() const { return static_cast<std::int64_t>(merge_pairs_.size()); }

 private:
  struct Merge {
    std::int32_t rank;
    std::int32_t merged;  // the id of left + right
  };
  static std::uint64_t pair_key(std::int32_t left, std::int32_t right) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(left)) << 32) | static_cast<std::uint32_t>(right);
  }
  void bpe_into(std::string_view piece, std::vector<std::int32_t>& word) const;

  std::vector<std::string> token_texts_;  // V entries, as spelled in the files
  std::vector<std::string> token_bytes_;  // V entries, the bytes they stand for
  std::int32_t byte_token_[256];          // the id of each single-byte token
  std::unordered_map<std::uint64_t, Merge> merges_;
  std::vector<std::pair<std::int32_t, std::int32_t>> merge_pairs_;  // by rank, for save()
  std::optional<std::int32_t> end_of_text_;
  std::string source_;

  // Cache: piece -> [offset, offset + count) of cache_ids_. Cleared when it grows
  // past a bound, so memory stays bounded on unbounded input.
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Span {
    std::uint32_t offset, count;
  };
  mutable std::mutex cache_mutex_;
  mutable std::unordered_map<std::string, Span, StringHash, std::equal_to<>> cache_;
  mutable std::vector<std::int32_t> cache_ids_;
};

}  // namespace attn::data
