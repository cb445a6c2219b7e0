// End to end: attn's GPT-2 tokenizer against the reference encoder, the npm package
// gpt-3-encoder run by node (tests/e2e/gpt2_reference_encode.js), on the whole King
// James Bible (from Debian's bible-kjv) and on hand-made and random tricky text; and
// `attn tokenize` as a user runs it. The KJV text and the reference's ids for it are
// cached in the build tree (tests/gpt2-tokenizer-e2e/), so only the first run pays
// node's few seconds.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "attn/data/gpt2_bpe.h"
#include "attn/data/tokenizer.h"
#include "attn/data/utf8.h"
#include "support/files.h"
#include "support/run_attn.h"

namespace fs = std::filesystem;
using attn::testing::CommandRun;
using attn::testing::read_file;
using attn::testing::run_attn;
using Ids = std::vector<std::int32_t>;

namespace {

const fs::path kSource = ATTN_SOURCE_DIR;
const fs::path kScript = kSource / "tests" / "e2e" / "gpt2_reference_encode.js";
const fs::path kCache = fs::path(ATTN_BINARY_DIR) / "tests" / "gpt2-tokenizer-e2e";

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

// Runs a shell command; its exit status (-1 if it did not exit normally) and stderr.
int run(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Fails the test unless node and the reference package are installed.
void require_reference() {
  ASSERT_EQ(run("node --version > /dev/null 2>&1"), 0) << "node is missing: run scripts/install-deps.sh";
  ASSERT_TRUE(fs::exists(kSource / "node_modules" / "gpt-3-encoder" / "Encoder.js"))
      << "the npm package gpt-3-encoder is missing: run scripts/install-deps.sh (npm ci at the source root)";
}

// The reference's ids of `file` (mode "one", "whole" or "lines": see the script),
// written to `out`.
void reference(const std::string& mode, const fs::path& file, const fs::path& out) {
  const fs::path tmp = out.string() + ".tmp";
  const std::string command =
      "node '" + kScript.string() + "' " + mode + " '" + file.string() + "' > '" + tmp.string() + "'";
  ASSERT_EQ(run(command), 0) << command;
  fs::rename(tmp, out);
}

Ids read_ids(const fs::path& path) {
  std::ifstream in(path);
  Ids ids;
  for (std::int32_t id; in >> id;) ids.push_back(id);
  return ids;
}

// Where two id sequences first differ, with the text around it, for failure messages.
std::string first_difference(const Ids& got, const Ids& want, const attn::data::Tokenizer& t) {
  std::size_t k = 0;
  while (k < got.size() && k < want.size() && got[k] == want[k]) ++k;
  if (k == got.size() && k == want.size()) return "identical";
  const auto context = [&](const Ids& ids) {
    const std::size_t lo = k < 5 ? 0 : k - 5, hi = std::min(ids.size(), k + 5);
    std::ostringstream s;
    for (std::size_t i = lo; i < hi; ++i) s << (i == k ? " [" : " ") << ids[i] << (i == k ? "]" : "");
    s << "  \"" << t.decode(Ids(ids.begin() + lo, ids.begin() + hi)) << "\"";
    return s.str();
  };
  return "first difference at id " + std::to_string(k) + " of " + std::to_string(got.size()) + " (attn) and " +
         std::to_string(want.size()) + " (reference)\n  attn:     " + context(got) + "\n  reference:" + context(want);
}

const attn::data::Tokenizer& gpt2() {
  static const auto tokenizer = attn::data::load_gpt2_tokenizer(attn::data::default_gpt2_vocab_dir());
  return *tokenizer;
}

// Hand-made text where tokenizers go wrong: accents (precomposed and combining),
// scripts, emoji with skin tones, flags and zero-width-joiner sequences, digits of
// several kinds, runs of spaces, tabs and newlines, Unicode spaces, contractions in
// and out of words, "'s" at the very start, trailing white space at the very end;
// then `random_lines` lines of random strings over a palette of the same.
std::string tricky_text(int random_lines) {
  std::string t =
      "'s at the start. Héllo, wörld! Ça va? Ñandú, façade, naïve café, déjà vu… «quotes» ‘single’ “double”\n"
      "日本語のテキスト、中文字符。한국어 텍스트. Ωμέγα Привет مرحبا שלום नमस्ते สวัสดี\n"
      "Emoji: 😀 👍🏽 👨‍👩‍👧‍👦 🏳️‍🌈 🇫🇷🇩🇪 🧑‍💻 ❤️ ✨✨✨ "
      "😀😀\n"
      "Digits: 0 12 345 6789 3.14159 1,000,000 -42 +7 ٣٤٥ ½ ² Ⅻ 𝟙𝟚 2024-01-01T12:00\n"
      "Spaces: a  b   c    d\t\te\t \tf\n\n\n  g \u00a0h\u2003i\u3000j\u2028k\ufeffl\u0085m\u180en \r\n"
      "Contractions: I'm, you're, we've, he'll, she'd, it's, don't, WON'T, I'M, 'tis, O'Neill, "
      "rock'n'roll, ''quoted'', ' s, 'x, 're'll've'd\n"
      "Code: for (int i = 0; i < n; ++i) { x[i] += y[i] * 2; }  // done\n"
      "URL: https://example.com/a?b=c&d=e#f   mail: a.b@c.de  path: C:\\\\Users\\\\x\n"
      "Combining: e\u0301 a\u0308 n\u0303 Z\u0335\u0321a\u0336l\u0337g\u0334o\n"
      "Controls: \x01\x07\x1b[0m\x7f end\n"
      "    indented\n\n\n\n"
      "Trailing:   \t  ";
  // Random strings over a palette of the same troublemakers, fixed seed.
  const std::vector<std::string> palette = {
      "a",        "Z",      "é",      "'",      "\"",     "s",      "t",      "re",     "ll", " ",    "  ",  "\t",
      "\n",       "\r",     ",",      ".",      "!",      "-",      "0",      "42",     "½",  "٣",    "日",  "😀",
      "👍🏽", "\u200d", "\u0301", "\u00a0", "\u2028", "\u3000", "\ufeff", "\u0085", "Ω",  "ß",    "ǅ",   "ʰ",
      "𝔘",        "Ⅻ",      "〇",     "'s",     "'t",     "'ve",    "'m",     "'d",     " '", "\x1f", "\x7f"};
  std::mt19937 rng(1234);
  std::uniform_int_distribution<int> length(0, 20), pick(0, static_cast<int>(palette.size()) - 1);
  for (int k = 0; k < random_lines; ++k) {
    t += "\n";
    for (int n = length(rng); n > 0; --n) t += palette[pick(rng)];
  }
  return t + "  \n ";
}

}  // namespace

TEST(Gpt2TokenizerReference, WholeKjvGivesTheReferenceIds) {
  require_reference();
  if (HasFatalFailure()) return;
  fs::create_directories(kCache);
  const fs::path kjv = kCache / "kjv.txt", ids_file = kCache / "kjv.gpt-3-encoder-1.1.4.ids";
  if (!fs::exists(kjv)) {
    ASSERT_EQ(run("bible -l100000 'Gen1:1-Rev22:21' > '" + kjv.string() + ".tmp'"), 0)
        << "the bible command (Debian's bible-kjv) failed: run scripts/install-deps.sh";
    fs::rename(kjv.string() + ".tmp", kjv);
    fs::remove(ids_file);
  }
  if (!fs::exists(ids_file)) reference("whole", kjv, ids_file);
  const std::string text = read_file(kjv);
  ASSERT_GT(text.size(), 4'000'000u) << "expected the whole KJV (about 4.3 MB) in " << kjv;
  ASSERT_NE(text.find("Revelation 22"), std::string::npos);
  const Ids want = read_ids(ids_file);
  const Ids got = gpt2().encode(text);
  ASSERT_EQ(got.size(), want.size()) << first_difference(got, want, gpt2());
  ASSERT_TRUE(got == want) << first_difference(got, want, gpt2());
  EXPECT_EQ(gpt2().decode(got), text);
}

TEST(Gpt2TokenizerReference, TrickyTextGivesTheReferenceIds) {
  require_reference();
  if (HasFatalFailure()) return;
  fs::create_directories(kCache);
  // The reference appends each piece's ids to a copy of all before them: keep the
  // text that it encodes in one call small.
  const std::string text = tricky_text(/*random_lines=*/400);
  ASSERT_TRUE(attn::data::find_invalid_utf8(text).valid());
  const fs::path file = kCache / ("tricky-" + std::to_string(::getpid()) + ".txt");
  write_file(file, text);
  reference("one", file, file.string() + ".one");
  reference("whole", file, file.string() + ".whole");
  const Ids want = read_ids(file.string() + ".one");
  // The script's chunked mode (used for the KJV) agrees with one call on the whole text.
  EXPECT_EQ(read_ids(file.string() + ".whole"), want);
  const Ids got = gpt2().encode(text);
  EXPECT_TRUE(got == want) << first_difference(got, want, gpt2());
  EXPECT_EQ(gpt2().decode(got), text);
  // And the reference decodes attn's ids to the same text.
  std::ostringstream ids_text;
  for (const std::int32_t id : got) ids_text << id << '\n';
  write_file(file.string() + ".ids", ids_text.str());
  ASSERT_EQ(run("node '" + kScript.string() + "' decode '" + file.string() + ".ids' > '" + file.string() + ".dec'"), 0);
  EXPECT_TRUE(read_file(file.string() + ".dec") == text);
  for (const char* suffix : {"", ".one", ".whole", ".ids", ".dec"}) fs::remove(file.string() + suffix);
}

TEST(Gpt2TokenizerReference, CliTokenizesEachLineAsTheReferenceDoes) {
  require_reference();
  if (HasFatalFailure()) return;
  fs::create_directories(kCache);
  const fs::path file = kCache / ("lines-" + std::to_string(::getpid()) + ".txt");
  std::string text = tricky_text(/*random_lines=*/3000);
  text.erase(text.find_last_not_of(" \n") + 1);
  text += "\n";
  write_file(file, text);
  reference("lines", file, file.string() + ".ref");
  const CommandRun run_ids = run_attn("tokenize --tokenizer gpt2 --input '" + file.string() + "'");
  ASSERT_EQ(run_ids.exit_code, 0) << run_ids.output;
  EXPECT_TRUE(run_ids.output == read_file(file.string() + ".ref")) << "attn tokenize and the reference differ";
  // --decode turns the lines of ids back into the lines.
  write_file(file.string() + ".ids", run_ids.output);
  const CommandRun decoded =
      run_attn("tokenize --tokenizer gpt2 --decode --input '" + file.string() + ".ids' 2>/dev/null");
  ASSERT_EQ(decoded.exit_code, 0) << decoded.output;
  EXPECT_TRUE(decoded.output == text);
  for (const char* suffix : {"", ".ref", ".ids"}) fs::remove(file.string() + suffix);
}

TEST(Gpt2TokenizerCli, BadInputNamesLineAndByteOffset) {
  const fs::path file = fs::temp_directory_path() / ("attn-tokenize-bad-" + std::to_string(::getpid()) + ".txt");
  write_file(file, "fine\nbad \xc3\x28 here\n");
  const CommandRun bad = run_attn("tokenize --tokenizer gpt2 --input '" + file.string() + "'");
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_NE(bad.output.find("line 2"), std::string::npos) << bad.output;
  EXPECT_NE(bad.output.find("invalid UTF-8 at byte offset 4"), std::string::npos) << bad.output;

  write_file(file, "15496 995\n15496 50257\n");
  const CommandRun out_of_range = run_attn("tokenize --tokenizer gpt2 --decode --input '" + file.string() + "'");
  EXPECT_NE(out_of_range.exit_code, 0);
  EXPECT_NE(out_of_range.output.find("line 2"), std::string::npos) << out_of_range.output;
  EXPECT_NE(out_of_range.output.find("id 50257 at position 1"), std::string::npos) << out_of_range.output;

  const fs::path corpus = file.string() + ".corpus";
  write_file(corpus, "abc\n");
  write_file(file, "cab\nbad\n");
  const CommandRun chars =
      run_attn("tokenize --tokenizer char --corpus '" + corpus.string() + "' --input '" + file.string() + "'");
  EXPECT_NE(chars.exit_code, 0);
  EXPECT_NE(chars.output.find("3 1 2\n"), std::string::npos) << chars.output;  // line 1 went through
  EXPECT_NE(chars.output.find("line 2"), std::string::npos) << chars.output;
  EXPECT_NE(chars.output.find("'d' (U+0064) at byte offset 2"), std::string::npos) << chars.output;
  fs::remove(file);
  fs::remove(corpus);
}

TEST(Gpt2TokenizerCli, BenchPrintsSpeedsAndAJsonLine) {
  const std::string corpus = (kSource / "data" / "kjv-genesis.txt").string();
  const CommandRun bench = run_attn("--threads 1 bench tokenize --repeat 1 --no-peer --input '" + corpus + "'");
  ASSERT_EQ(bench.exit_code, 0) << bench.output;
  EXPECT_NE(bench.output.find("gpt2 encode, cold cache:"), std::string::npos) << bench.output;
  const std::vector<std::string> lines = attn::testing::lines_of(bench.output);
  ASSERT_FALSE(lines.empty());
  const std::string& json = lines.back();
  EXPECT_EQ(json.front(), '{') << json;
  EXPECT_NE(json.find("\"gpt2_encode_mbs\":"), std::string::npos) << json;
  EXPECT_NE(json.find("\"input_bytes\":" + std::to_string(fs::file_size(corpus))), std::string::npos) << json;
}
