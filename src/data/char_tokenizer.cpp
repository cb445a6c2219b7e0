#include "attn/data/char_tokenizer.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "attn/data/utf8.h"
#include "attn/error.h"
#include "attn/io/atomic_file.h"

namespace attn::data {

namespace {

bool is_scalar_value(std::int64_t c) {
  return c >= 0 && c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF);
}

}  // namespace

CharTokenizer::CharTokenizer(std::vector<char32_t> code_points) : code_points_(std::move(code_points)) {
  ATTN_CHECK(!code_points_.empty(), "char tokenizer: the vocabulary is empty");
  ascii_.fill(-1);
  utf8_.reserve(code_points_.size());
  for (std::size_t id = 0; id < code_points_.size(); ++id) {
    const char32_t c = code_points_[id];
    ATTN_CHECK(is_scalar_value(c), "char tokenizer: code point ", static_cast<std::uint32_t>(c), " (id ", id,
               ") is not a Unicode scalar value");
    ATTN_CHECK(id == 0 || code_points_[id - 1] < c, "char tokenizer: code points must increase, found ",
               describe_code_point(c), " at id ", id, " after ", describe_code_point(code_points_[id - 1]));
    std::string bytes;
    append_utf8(bytes, c);
    utf8_.push_back(std::move(bytes));
    if (c < 128) {
      ascii_[c] = static_cast<std::int32_t>(id);
    } else {
      id_of_.emplace(c, static_cast<std::int32_t>(id));
    }
  }
}

std::unique_ptr<CharTokenizer> CharTokenizer::from_corpus(std::string_view corpus) {
  check_utf8(corpus, "char tokenizer corpus");
  ATTN_CHECK(!corpus.empty(), "char tokenizer: the corpus is empty, so there is no vocabulary");
  std::array<bool, 128> ascii{};
  std::vector<char32_t> others;
  for (std::size_t i = 0; i < corpus.size();) {
    const auto b = static_cast<unsigned char>(corpus[i]);
    if (b < 0x80) {
      ascii[b] = true;
      ++i;
    } else {
      others.push_back(next_code_point(corpus, i));
    }
  }
  std::sort(others.begin(), others.end());
  others.erase(std::unique(others.begin(), others.end()), others.end());
  std::vector<char32_t> code_points;
  for (char32_t c = 0; c < 128; ++c) {
    if (ascii[c]) code_points.push_back(c);
  }
  code_points.insert(code_points.end(), others.begin(), others.end());
  return std::make_unique<CharTokenizer>(std::move(code_points));
}

std::unique_ptr<CharTokenizer> CharTokenizer::load(const std::filesystem::path& path) {
  const std::string name = path.string();
  std::ifstream in(path, std::ios::binary);
  ATTN_CHECK(in, "char tokenizer: cannot open ", name);
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw Error(detail::concat(name, ": not valid JSON: ", e.what()));
  }
  ATTN_CHECK(j.is_object() && j.value("tokenizer", "") == "char", name,
             ": expected an object with \"tokenizer\": \"char\"");
  ATTN_CHECK(j.contains("code_points") && j["code_points"].is_array(), name,
             ": expected \"code_points\", an array of integers");
  std::vector<char32_t> code_points;
  for (std::size_t k = 0; k < j["code_points"].size(); ++k) {
    const nlohmann::json& c = j["code_points"][k];
    ATTN_CHECK(c.is_number_integer() && is_scalar_value(c.get<std::int64_t>()), name, ": code_points[", k,
               "] must be a Unicode scalar value (0..0x10FFFF, not a surrogate), found ", c.dump());
    code_points.push_back(static_cast<char32_t>(c.get<std::int64_t>()));
  }
  if (j.contains("vocab_size")) {
    ATTN_CHECK(j["vocab_size"] == code_points.size(), name, ": vocab_size says ", j["vocab_size"].dump(), " but ",
               code_points.size(), " code points are listed");
  }
  try {
    return std::make_unique<CharTokenizer>(std::move(code_points));
  } catch (const Error& e) {
    throw Error(detail::concat(name, ": ", e.what()));
  }
}

std::vector<std::int32_t> CharTokenizer::encode(std::string_view text) const {
  check_utf8(text, "char tokenizer");
  std::vector<std::int32_t> ids;
  ids.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t offset = i;
    const auto b = static_cast<unsigned char>(text[i]);
    std::int32_t id = -1;
    char32_t c = b;
    if (b < 0x80) {
      id = ascii_[b];
      ++i;
    } else {
      c = next_code_point(text, i);
      if (const auto it = id_of_.find(c); it != id_of_.end()) id = it->second;
    }
    ATTN_CHECK(id >= 0, "char tokenizer: character ", describe_code_point(c), " at byte offset ", offset,
               " is not in the vocabulary of ", vocab_size(), " characters");
    ids.push_back(id);
  }
  return ids;
}

std::string CharTokenizer::decode(std::span<const std::int32_t> ids) const {
  std::string out;
  out.reserve(ids.size());
  for (std::size_t k = 0; k < ids.size(); ++k) {
    const std::int32_t id = ids[k];
    ATTN_CHECK(id >= 0 && id < vocab_size(), "char tokenizer: id ", id, " at position ", k,
               " is outside the vocabulary [0, ", vocab_size(), ")");
    out += utf8_[static_cast<std::size_t>(id)];
  }
  return out;
}

std::string CharTokenizer::token_bytes(std::int32_t id) const {
  ATTN_CHECK(id >= 0 && id < vocab_size(), "char tokenizer: id ", id, " is outside the vocabulary [0, ", vocab_size(),
             ")");
  return utf8_[static_cast<std::size_t>(id)];
}

void CharTokenizer::save(const std::filesystem::path& dir) const {
  nlohmann::ordered_json j;
  j["tokenizer"] = "char";
  j["vocab_size"] = vocab_size();
  j["code_points"] = nlohmann::ordered_json::array();
  for (const char32_t c : code_points_) j["code_points"].push_back(static_cast<std::uint32_t>(c));
  write_file_atomically(dir / "char_vocab.json", j.dump() + "\n");
}

}  // namespace attn::data
