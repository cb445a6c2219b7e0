// attn data: the character-level tokenizer. Its vocabulary is the sorted set of the
// Unicode code points (not bytes) of a corpus, so "é" is one token; ids follow
// code-point order. Saved as char_vocab.json:
//   {"tokenizer": "char", "vocab_size": V, "code_points": [10, 32, 33, ...]}
#pragma once

#include <array>
#include <filesystem>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "attn/data/tokenizer.h"

namespace attn::data {

class CharTokenizer final : public Tokenizer {
 public:
  // code_points: strictly increasing Unicode scalar values, at least one.
  explicit CharTokenizer(std::vector<char32_t> code_points);
  // The vocabulary of a corpus (valid UTF-8, not empty).
  static std::unique_ptr<CharTokenizer> from_corpus(std::string_view corpus);
  // Reads a char_vocab.json written by save().
  static std::unique_ptr<CharTokenizer> load(const std::filesystem::path& char_vocab_json);

  std::string name() const override { return "char"; }
  std::int64_t vocab_size() const override { return static_cast<std::int64_t>(code_points_.size()); }
  std::vector<std::int32_t> encode(std::string_view text) const override;
  std::string decode(std::span<const std::int32_t> ids) const override;
  std::string token_bytes(std::int32_t id) const override;
  std::optional<std::int32_t> end_of_text() const override { return std::nullopt; }
  void save(const std::filesystem::path& dir) const override;

  const std::vector<char32_t>& code_points() const { return code_points_; }

 private:
  std::vector<char32_t> code_points_;    // V entries, increasing: id -> code point
  std::vector<std::string> utf8_;        // V entries: id -> its UTF-8 bytes
  std::array<std::int32_t, 128> ascii_;  // ASCII code point -> id, or -1
  std::unordered_map<char32_t, std::int32_t> id_of_;
};

}  // namespace attn::data
