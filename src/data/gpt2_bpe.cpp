#include "attn/data/gpt2_bpe.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

#include "attn/data/utf8.h"
#include "attn/error.h"
#include "attn/io/atomic_file.h"

namespace attn::data {

namespace {

// --- Step 1: pre-tokenisation -----------------------------------------------------

// The classes the pattern tells apart: \p{L}, \p{N}, \s and everything else.
enum class CharClass : std::uint8_t { Letter, Number, Space, Other };

constexpr std::array<CharClass, 128> ascii_classes() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      t[c] = CharClass::Letter;
    } else if (c >= '0' && c <= '9') {
      t[c] = CharClass::Number;
    } else if (c == ' ' || (c >= '\t' && c <= '\r')) {  // TAB LF VT FF CR: ECMAScript's ASCII \s
      t[c] = CharClass::Space;
    } else {
      t[c] = CharClass::Other;
    }
  }
  return t;
}
constexpr std::array<CharClass, 128> kAsciiClass = ascii_classes();

CharClass classify(char32_t c) {
  if (c < 128) return kAsciiClass[c];
  const std::uint32_t mask = U_GET_GC_MASK(static_cast<UChar32>(c));
  if (mask & U_GC_L_MASK) return CharClass::Letter;
  if (mask & U_GC_N_MASK) return CharClass::Number;
  // ECMAScript's \s beyond ASCII: every Zs, the byte-order mark and the line and
  // paragraph separators (not U+0085, which Python's \s would add).
  if ((mask & U_GC_ZS_MASK) || c == 0xFEFF || c == 0x2028 || c == 0x2029) return CharClass::Space;
  return CharClass::Other;
}

// The code point at text[i] (valid UTF-8) and its class; advances i.
inline CharClass next_class(std::string_view text, std::size_t& i, char32_t& c) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    ++i;
    c = b;
    return kAsciiClass[b];
  }
  c = next_code_point(text, i);
  return classify(c);
}

// The end of the run of characters of class `cls` that starts at or continues from j.
inline std::size_t run_end(std::string_view text, std::size_t j, CharClass cls) {
  const std::size_t n = text.size();
  while (j < n) {
    const auto b = static_cast<unsigned char>(text[j]);
    if (b < 0x80) {
      if (kAsciiClass[b] != cls) break;
      ++j;
      continue;
    }
    std::size_t k = j;
    char32_t c;
    if (next_class(text, k, c) != cls) break;
    j = k;
  }
  return j;
}

// The length of a contraction ('s 't 're 've 'm 'll 'd) at text[i] == '\'', else 0.
inline std::size_t contraction_length(std::string_view text, std::size_t i) {
  const std::size_t n = text.size();
  if (i + 1 >= n) return 0;
  const char c1 = text[i + 1];
  if (c1 == 's' || c1 == 't' || c1 == 'm' || c1 == 'd') return 2;
  if (i + 2 >= n) return 0;
  const char c2 = text[i + 2];
  if ((c1 == 'r' && c2 == 'e') || (c1 == 'v' && c2 == 'e') || (c1 == 'l' && c2 == 'l')) return 3;
  return 0;
}

// Calls emit(piece) for each match of GPT-2's pattern, in order; `text` is valid UTF-8.
// The alternatives are tried in the pattern's order at each position, as a
// backtracking regex engine does.
template <class Emit>
void for_each_piece(std::string_view text, Emit&& emit) {
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const std::size_t start = i;
    if (text[i] == '\'') {
      const std::size_t len = contraction_length(text, i);
      if (len > 0) {
        emit(text.substr(start, len));
        i += len;
        continue;
      }
    }
    std::size_t j = i;
    char32_t c;
    CharClass cls = next_class(text, j, c);
    // " ?\p{L}+", " ?\p{N}+", " ?[^\s\p{L}\p{N}]+": a plain space joins the run after it.
    if (c == U' ' && j < n) {
      std::size_t k = j;
      char32_t next;
      const CharClass next_cls = next_class(text, k, next);
      if (next_cls != CharClass::Space) {
        cls = next_cls;
        j = k;
      }
    }
    if (cls != CharClass::Space) {
      j = run_end(text, j, cls);
      emit(text.substr(start, j - start));
      i = j;
      continue;
    }
    // "\s+(?!\S)|\s+": the whole run of white space at the end of the text; before a
    // non-space, the run less its last character, or the single character if that is
    // all there is.
    std::size_t last = start;  // where the run's last character starts
    while (j < n) {
      std::size_t k = j;
      if (next_class(text, k, c) != CharClass::Space) break;
      last = j;
      j = k;
    }
    if (j < n && last > start) j = last;
    emit(text.substr(start, j - start));
    i = j;
  }
}

// --- Files -------------------------------------------------------------------------

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  ATTN_CHECK(in, "gpt2 tokenizer: cannot open ", path.string());
  std::ostringstream s;
  s << in.rdbuf();
  ATTN_CHECK(!in.bad(), "gpt2 tokenizer: error reading ", path.string());
  return s.str();
}

// The bytes a token text stands for (each of its code points is one byte's stand-in).
std::string token_text_to_bytes(const std::string& text, const std::string& source) {
  static const std::unordered_map<char32_t, std::uint8_t> byte_of = [] {
    std::unordered_map<char32_t, std::uint8_t> m;
    for (int b = 0; b < 256; ++b) m[gpt2_byte_to_unicode(static_cast<std::uint8_t>(b))] = static_cast<std::uint8_t>(b);
    return m;
  }();
  check_utf8(text, source);
  std::string bytes;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = next_code_point(text, i);
    const auto it = byte_of.find(c);
    ATTN_CHECK(it != byte_of.end(), source, ": token \"", text, "\" holds ", describe_code_point(c),
               ", which stands for no byte in GPT-2's byte-to-unicode map");
    bytes.push_back(static_cast<char>(it->second));
  }
  ATTN_CHECK(!bytes.empty(), source, ": a token is the empty string");
  return bytes;
}

constexpr std::size_t kMaxCachedPieces = 1 << 20;
constexpr std::size_t kMaxCachedIds = 1 << 24;

}  // namespace

std::vector<std::string_view> gpt2_pretokenize(std::string_view text) {
  check_utf8(text, "gpt2 tokenizer");
  std::vector<std::string_view> pieces;
  for_each_piece(text, [&](std::string_view piece) { pieces.push_back(piece); });
  return pieces;
}

char32_t gpt2_byte_to_unicode(std::uint8_t b) {
  // Printable Latin-1 bytes stand for themselves; the others, in byte order, take
  // U+0100, U+0101, ... so that every token is printable text without spaces.
  const auto printable = [](int x) { return (x >= '!' && x <= '~') || (x >= 0xA1 && x <= 0xAC) || x >= 0xAE; };
  if (printable(b)) return b;
  char32_t n = 0;
  for (int x = 0; x < b; ++x) n += printable(x) ? 0 : 1;
  return 256 + n;
}

Gpt2Tokenizer::Gpt2Tokenizer(std::vector<std::string> token_texts,
                             const std::vector<std::pair<std::string, std::string>>& merges, std::string source)
    : token_texts_(std::move(token_texts)), source_(std::move(source)) {
  ATTN_CHECK(token_texts_.size() < std::size_t(std::numeric_limits<std::int32_t>::max()), source_,
             ": too many tokens (", token_texts_.size(), ")");
  std::unordered_map<std::string, std::int32_t> id_of_text;
  token_bytes_.reserve(token_texts_.size());
  for (std::size_t id = 0; id < token_texts_.size(); ++id) {
    token_bytes_.push_back(token_text_to_bytes(token_texts_[id], source_));
    const bool fresh = id_of_text.emplace(token_texts_[id], static_cast<std::int32_t>(id)).second;
    ATTN_CHECK(fresh, source_, ": token \"", token_texts_[id], "\" appears twice");
  }
  for (int b = 0; b < 256; ++b) {
    std::string text;
    append_utf8(text, gpt2_byte_to_unicode(static_cast<std::uint8_t>(b)));
    const auto it = id_of_text.find(text);
    ATTN_CHECK(it != id_of_text.end(), source_, ": no token for byte ", b, " (\"", text, "\")");
    byte_token_[b] = it->second;
  }
  const auto find = [&](const std::string& text, std::size_t rank) {
    const auto it = id_of_text.find(text);
    ATTN_CHECK(it != id_of_text.end(), source_, ": merge ", rank + 1, " (\"", merges[rank].first, " ",
               merges[rank].second, "\") needs the token \"", text, "\", which is not in the vocabulary");
    return it->second;
  };
  merges_.reserve(merges.size());
  merge_pairs_.reserve(merges.size());
  for (std::size_t rank = 0; rank < merges.size(); ++rank) {
    const std::int32_t left = find(merges[rank].first, rank), right = find(merges[rank].second, rank);
    const std::int32_t merged = find(merges[rank].first + merges[rank].second, rank);
    // A pair listed twice takes its later rank, as the reference's dictionary does.
    merges_[pair_key(left, right)] = Merge{static_cast<std::int32_t>(rank), merged};
    merge_pairs_.emplace_back(left, right);
  }
  if (const auto it = id_of_text.find("<|endoftext|>"); it != id_of_text.end()) end_of_text_ = it->second;
}

std::unique_ptr<Gpt2Tokenizer> Gpt2Tokenizer::load(const std::filesystem::path& vocab_json,
                                                   const std::filesystem::path& merges_txt) {
  const std::string vocab_name = vocab_json.string(), merges_name = merges_txt.string();
  nlohmann::json vocab;
  try {
    vocab = nlohmann::json::parse(read_file(vocab_json));
  } catch (const nlohmann::json::exception& e) {
    throw Error(detail::concat(vocab_name, ": not valid JSON: ", e.what()));
  }
  ATTN_CHECK(vocab.is_object() && !vocab.empty(), vocab_name, ": expected a JSON object of token -> id, found ",
             vocab.type_name());
  std::vector<std::string> texts(vocab.size());
  std::vector<bool> seen(vocab.size(), false);
  for (const auto& [text, id] : vocab.items()) {
    ATTN_CHECK(id.is_number_integer() && id.get<std::int64_t>() >= 0 &&
                   id.get<std::int64_t>() < static_cast<std::int64_t>(vocab.size()),
               vocab_name, ": the id of token \"", text, "\" must be an integer in [0, ", vocab.size(), "), found ",
               id.dump());
    const auto k = static_cast<std::size_t>(id.get<std::int64_t>());
    ATTN_CHECK(!seen[k], vocab_name, ": id ", k, " is given to two tokens (one is \"", text, "\")");
    seen[k] = true;
    texts[k] = text;
  }

  const std::string merges_text = read_file(merges_txt);
  std::vector<std::pair<std::string, std::string>> merges;
  std::size_t line_number = 0;
  for (std::size_t pos = 0; pos < merges_text.size();) {
    std::size_t end = merges_text.find('\n', pos);
    if (end == std::string::npos) end = merges_text.size();
    std::string_view line(merges_text.data() + pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || (line_number == 1 && line.starts_with("#version"))) continue;
    const std::size_t space = line.find(' ');
    const bool two = space != std::string_view::npos && space > 0 && space + 1 < line.size() &&
                     line.find(' ', space + 1) == std::string_view::npos;
    ATTN_CHECK(two, merges_name, " line ", line_number, ": expected two tokens separated by one space, found \"", line,
               "\"");
    merges.emplace_back(std::string(line.substr(0, space)), std::string(line.substr(space + 1)));
  }
  return std::make_unique<Gpt2Tokenizer>(std::move(texts), merges, vocab_name + " and " + merges_name);
}

void Gpt2Tokenizer::bpe_into(std::string_view piece, std::vector<std::int32_t>& word) const {
  word.clear();
  for (const char b : piece) word.push_back(byte_token_[static_cast<unsigned char>(b)]);
  while (word.size() >= 2) {
    std::int32_t best_rank = std::numeric_limits<std::int32_t>::max(), first = -1, second = -1, merged = -1;
    for (std::size_t k = 0; k + 1 < word.size(); ++k) {
      const auto it = merges_.find(pair_key(word[k], word[k + 1]));
      if (it != merges_.end() && it->second.rank < best_rank) {
        best_rank = it->second.rank;
        first = word[k];
        second = word[k + 1];
        merged = it->second.merged;
      }
    }
    if (merged < 0) break;
    // Every occurrence of the pair, left to right, without overlaps.
    std::size_t out = 0;
    for (std::size_t k = 0; k < word.size();) {
      if (k + 1 < word.size() && word[k] == first && word[k + 1] == second) {
        word[out++] = merged;
        k += 2;
      } else {
        word[out++] = word[k++];
      }
    }
    word.resize(out);
  }
}

std::vector<std::int32_t> Gpt2Tokenizer::bpe(std::string_view piece) const {
  std::vector<std::int32_t> word;
  bpe_into(piece, word);
  return word;
}

std::vector<std::int32_t> Gpt2Tokenizer::encode(std::string_view text) const {
  check_utf8(text, "gpt2 tokenizer");
  std::vector<std::int32_t> ids;
  ids.reserve(text.size() / 4 + 16);
  std::vector<std::int32_t> word;
  std::lock_guard<std::mutex> lock(cache_mutex_);
  for_each_piece(text, [&](std::string_view piece) {
    if (const auto it = cache_.find(piece); it != cache_.end()) {
      const std::int32_t* p = cache_ids_.data() + it->second.offset;
      ids.insert(ids.end(), p, p + it->second.count);
      return;
    }
    bpe_into(piece, word);
    ids.insert(ids.end(), word.begin(), word.end());
    if (cache_.size() >= kMaxCachedPieces || cache_ids_.size() + word.size() > kMaxCachedIds) {
      cache_.clear();
      cache_ids_.clear();
    }
    cache_.emplace(std::string(piece),
                   Span{static_cast<std::uint32_t>(cache_ids_.size()), static_cast<std::uint32_t>(word.size())});
    cache_ids_.insert(cache_ids_.end(), word.begin(), word.end());
  });
  return ids;
}

std::string Gpt2Tokenizer::decode(std::span<const std::int32_t> ids) const {
  std::string out;
  out.reserve(ids.size() * 4);
  for (std::size_t k = 0; k < ids.size(); ++k) {
    const std::int32_t id = ids[k];
    ATTN_CHECK(id >= 0 && id < vocab_size(), "gpt2 tokenizer: id ", id, " at position ", k,
               " is outside the vocabulary [0, ", vocab_size(), ")");
    out += token_bytes_[static_cast<std::size_t>(id)];
  }
  return out;
}

std::string Gpt2Tokenizer::token_bytes(std::int32_t id) const {
  ATTN_CHECK(id >= 0 && id < vocab_size(), "gpt2 tokenizer: id ", id, " is outside the vocabulary [0, ", vocab_size(),
             ")");
  return token_bytes_[static_cast<std::size_t>(id)];
}

void Gpt2Tokenizer::save(const std::filesystem::path& dir) const {
  // Written by hand in id order: a JSON object kept in insertion order would search
  // its keys on every insertion.
  std::string vocab = "{";
  for (std::size_t id = 0; id < token_texts_.size(); ++id) {
    if (id > 0) vocab += ", ";
    vocab += nlohmann::json(token_texts_[id]).dump();
    vocab += ": ";
    vocab += std::to_string(id);
  }
  vocab += "}";
  std::string merges = "#version: 0.2\n";
  for (const auto& [left, right] : merge_pairs_) {
    merges += token_texts_[static_cast<std::size_t>(left)];
    merges += ' ';
    merges += token_texts_[static_cast<std::size_t>(right)];
    merges += '\n';
  }
  write_file_atomically(dir / "vocab.json", vocab);
  write_file_atomically(dir / "merges.txt", merges);
}

std::size_t Gpt2Tokenizer::cache_size() const {
  std::lock_guard<std::mutex> lock(cache_mutex_);
  return cache_.size();
}

void Gpt2Tokenizer::clear_cache() const {
  std::lock_guard<std::mutex> lock(cache_mutex_);
  cache_.clear();
  cache_ids_.clear();
}

}  // namespace attn::data
