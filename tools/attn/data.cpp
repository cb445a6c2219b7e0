// attn data: build the corpora the models train on.
//   attn data bible --out DIR            the es-en verse-aligned Bible, split, with a manifest
//   attn data bible --lang en --out FILE one translation, one verse a line (the GPT corpus)
//   attn data subword --input FILE... --vocab-size N --out PREFIX
//                                        a SentencePiece model trained on the files
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "attn/data/bible.h"
#include "attn/data/corpus_file.h"
#include "attn/data/subword.h"
#include "attn/error.h"
#include "commands.h"

namespace attn::cli {
namespace {

struct BibleCommand {
  std::string out;
  std::string lang;  // empty: the parallel corpus; "en" or "es": one translation
  std::string es_module = "spaRV1909eb";
  std::string en_module = "engKJV2006eb";
  std::size_t valid = 1000, test = 1000;
  std::size_t max_train = 0, max_valid = 0, max_test = 0;
  std::string sword_path;
  bool quiet = false;
};

// "reading spaRV1909eb: 12000/31102" on stderr: one line rewritten in place on a
// terminal, only the final count otherwise (logs stay short).
data::ProgressFn progress_printer(bool quiet) {
  if (quiet) return {};
  const bool terminal = ::isatty(STDERR_FILENO) != 0;
  return [terminal](std::string_view what, std::size_t done, std::size_t total) {
    if (terminal) {
      std::fprintf(stderr, "\r%.*s: %zu/%zu", static_cast<int>(what.size()), what.data(), done, total);
      if (done == total) std::fputc('\n', stderr);
    } else if (done == total) {
      std::fprintf(stderr, "%.*s: %zu/%zu\n", static_cast<int>(what.size()), what.data(), done, total);
    }
    std::fflush(stderr);
  };
}

void run_bible(const BibleCommand& c) {
  if (!c.lang.empty()) {
    ATTN_CHECK(c.lang == "en" || c.lang == "es", "attn data bible: --lang ", c.lang, " (expected en or es)");
    const std::string module = c.lang == "en" ? c.en_module : c.es_module;
    const std::size_t lines =
        data::write_bible_text(c.out, module,
                               data::SwordReadOptions{.sword_path = c.sword_path,
                                                      .decapitalize_chapter_openings = module == "spaRV1909eb",
                                                      .progress = progress_printer(c.quiet)});
    std::printf("wrote %s: %zu verses of %s, one a line\n", c.out.c_str(), lines, module.c_str());
    return;
  }
  data::BibleCorpusOptions options{.source_module = c.es_module,
                                   .target_module = c.en_module,
                                   .source_lang = "es",
                                   .target_lang = "en",
                                   .split = {.valid = c.valid, .test = c.test},
                                   .max_train = c.max_train,
                                   .max_valid = c.max_valid,
                                   .max_test = c.max_test,
                                   .sword_path = c.sword_path,
                                   .progress = progress_printer(c.quiet)};
  const data::BibleCorpusReport report = data::write_bible_corpus(c.out, options);
  const data::PairingCounts& n = report.counts;
  std::printf("wrote %s: %zu pairs of %zu verses (dropped: %zu empty in es, %zu empty in en, %zu missing)\n",
              c.out.c_str(), n.pairs, n.source_verses, n.source_empty, n.target_empty,
              n.source_missing + n.target_missing);
  std::printf("  train %zu, valid %zu, test %zu pairs; manifest in %s/manifest.json\n", report.train, report.valid,
              report.test, c.out.c_str());
}

struct SubwordCommand {
  std::vector<std::string> inputs;
  std::string out;
  int vocab_size = 8000;
  std::string model_type = "unigram";
  double character_coverage = 1.0;
  bool separate = false;
  int threads = 2;
  std::int64_t max_sentences = 0;
  bool verbose = false;
};

// Pieces a sentence on average over the files: how much the model splits text.
double mean_pieces(const data::SubwordModel& model, const std::vector<std::string>& inputs) {
  std::size_t sentences = 0, pieces = 0;
  for (const std::string& input : inputs) {
    for (const std::string& line : data::read_corpus_lines(input)) {
      if (line.empty()) continue;
      ++sentences;
      pieces += model.encode(line).size();
    }
  }
  return sentences > 0 ? static_cast<double>(pieces) / static_cast<double>(sentences) : 0.0;
}

void run_subword(const SubwordCommand& c) {
  ATTN_CHECK(c.model_type == "unigram" || c.model_type == "bpe", "attn data subword: --model-type ", c.model_type,
             " (expected unigram or bpe)");
  // Joint: one model over all inputs. Separate: one a file, PREFIX.<the file's
  // extension>, e.g. train.es -> PREFIX.es.model.
  std::vector<std::pair<std::string, std::vector<std::string>>> models;
  if (c.separate) {
    for (const std::string& input : c.inputs) {
      const std::string ext = std::filesystem::path(input).extension().string();
      ATTN_CHECK(!ext.empty(), "attn data subword --separate: ", input,
                 " has no extension to name its model by (expected e.g. train.es)");
      models.push_back({c.out + ext, {input}});
    }
  } else {
    models.push_back({c.out, c.inputs});
  }
  for (const auto& [prefix, inputs] : models) {
    data::SubwordTrainOptions options{
        .model_prefix = prefix,
        .vocab_size = c.vocab_size,
        .model_type = c.model_type == "bpe" ? data::SubwordModelType::Bpe : data::SubwordModelType::Unigram,
        .character_coverage = c.character_coverage,
        .threads = c.threads,
        .max_sentences = c.max_sentences,
        .quiet = !c.verbose};
    for (const std::string& input : inputs) options.inputs.emplace_back(input);
    data::train_subword_model(options);
    const data::SubwordModel model = data::SubwordModel::load(prefix + ".model");
    std::printf("wrote %s.model and %s.vocab: %s, %d pieces; %.1f pieces a sentence on the training text\n",
                prefix.c_str(), prefix.c_str(), c.model_type.c_str(), model.vocab_size(), mean_pieces(model, inputs));
  }
}

}  // namespace

void register_data(CLI::App& app) {
  CLI::App* data_cmd = app.add_subcommand("data", "build corpora: the es-en Bible, subword vocabularies");
  data_cmd->require_subcommand(1);

  static BibleCommand bible;
  CLI::App* b = data_cmd->add_subcommand(
      "bible", "the Reina-Valera 1909 and the King James Version from Debian's SWORD modules, paired by verse");
  b->add_option("--out", bible.out, "output folder (parallel corpus) or file (with --lang)")->required();
  b->add_option("--lang", bible.lang, "en or es: write that translation alone, one verse a line, to --out");
  b->add_option("--valid", bible.valid, "verse pairs in the validation split");
  b->add_option("--test", bible.test, "verse pairs in the test split");
  b->add_option("--max-train", bible.max_train, "keep at most this many training pairs (0: all)");
  b->add_option("--max-valid", bible.max_valid, "keep at most this many validation pairs (0: all)");
  b->add_option("--max-test", bible.max_test, "keep at most this many test pairs (0: all)");
  b->add_option("--es-module", bible.es_module, "SWORD module of the Spanish side");
  b->add_option("--en-module", bible.en_module, "SWORD module of the English side");
  b->add_option("--sword-path", bible.sword_path, "SWORD library folder (holding mods.d/); default: libsword's search");
  b->add_flag("--quiet", bible.quiet, "no progress lines");
  b->callback([] { run_bible(bible); });

  static SubwordCommand subword;
  CLI::App* s = data_cmd->add_subcommand("subword", "train a SentencePiece subword model on text files");
  s->add_option("--input", subword.inputs, "training text, one sentence a line (several: a joint model)")
      ->required()
      ->expected(1, -1);
  s->add_option("--out", subword.out, "model prefix: writes PREFIX.model and PREFIX.vocab")->required();
  s->add_option("--vocab-size", subword.vocab_size, "pieces in the vocabulary, the 4 special ids included")
      ->check(CLI::Range(5, 1 << 20));
  s->add_option("--model-type", subword.model_type, "unigram or bpe");
  s->add_option("--character-coverage", subword.character_coverage,
                "fraction of characters the vocabulary covers (1.0 for Latin script)")
      ->check(CLI::Range(0.5, 1.0));
  s->add_flag("--separate", subword.separate, "one model per input file, PREFIX.<extension> (train.es -> PREFIX.es)");
  s->add_option("--threads", subword.threads, "training threads")->check(CLI::PositiveNumber);
  s->add_option("--max-sentences", subword.max_sentences, "train on a sample of this many sentences (0: all)")
      ->check(CLI::NonNegativeNumber);
  s->add_flag("--verbose", subword.verbose, "SentencePiece's own training log on stderr");
  s->callback([] { run_subword(subword); });
}

}  // namespace attn::cli
