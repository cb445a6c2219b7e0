// End to end: `attn data bible` on Debian's real SWORD modules, `attn data subword`
// and `attn bleu`, run as a user runs them.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "attn/data/bible.h"
#include "attn/data/corpus_file.h"
#include "support/run_attn.h"

using attn::testing::CommandRun;
using attn::testing::run_attn;
namespace fs = std::filesystem;

namespace {

const fs::path kSmall = fs::path(ATTN_SOURCE_DIR) / "data" / "nmt-es-en-small";

class NmtData : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() / ("attn_nmt_e2e_" + std::to_string(::getpid()) + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  fs::path dir_;
};

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_F(NmtData, BibleCorpusIsAlignedSplitAndDescribed) {
  const std::string out = path("bible");
  const CommandRun run = run_attn("data bible --out " + out);
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("reading spaRV1909eb: 31102/31102"), std::string::npos) << run.output;

  const nlohmann::json manifest = nlohmann::json::parse(read_bytes(out + "/manifest.json"));
  const std::size_t pairs = manifest["pairs"];
  // 31102 verses in the KJV versification; the Reina-Valera leaves some 20 empty
  // where it numbers verses otherwise.
  EXPECT_GT(pairs, 31000u);
  EXPECT_LE(pairs, 31102u);
  EXPECT_EQ(manifest["source"]["verses"], 31102);
  EXPECT_EQ(manifest["target"]["verses"], 31102);
  // No verse is empty on both sides in these modules, so each dropped verse is one less pair.
  EXPECT_EQ(pairs + manifest["dropped"]["source_empty"].get<std::size_t>() +
                manifest["dropped"]["target_empty"].get<std::size_t>(),
            31102u);
  EXPECT_EQ(manifest["source"]["package"], "sword-text-sparv");
  EXPECT_EQ(manifest["target"]["package"], "sword-text-kjv");
  EXPECT_NE(manifest["libsword"]["package_version"], "unknown");

  std::set<std::string> references;
  std::size_t total = 0;
  for (const std::string split : {"train", "valid", "test"}) {
    const auto es = attn::data::read_corpus_lines(out + "/" + split + ".es", {.allow_empty_lines = false});
    const auto en = attn::data::read_corpus_lines(out + "/" + split + ".en", {.allow_empty_lines = false});
    const auto ref = attn::data::read_corpus_lines(out + "/" + split + ".ref", {.allow_empty_lines = false});
    ASSERT_EQ(es.size(), en.size()) << split;
    ASSERT_EQ(es.size(), ref.size()) << split;
    EXPECT_EQ(manifest["splits"][split]["pairs"], es.size());
    EXPECT_EQ(manifest["splits"][split]["books"], 66) << split;  // drawn from every book
    if (split != "train") {
      EXPECT_EQ(es.size(), 1000u) << split;
    }
    total += es.size();
    for (std::size_t i = 0; i < es.size(); ++i) {
      for (const std::string* text : {&es[i], &en[i]}) {
        ASSERT_EQ(text->find_first_of("<>\\\t"), std::string::npos) << ref[i] << ": " << *text;
        ASSERT_EQ(text->find("¶"), std::string::npos) << ref[i] << ": " << *text;
        ASSERT_EQ(text->find("  "), std::string::npos) << ref[i] << ": " << *text;
        ASSERT_NE(text->front(), ' ') << ref[i];
        ASSERT_NE(text->back(), ' ') << ref[i];
      }
      EXPECT_TRUE(references.insert(ref[i]).second) << ref[i] << " twice";  // splits are disjoint
    }
    for (const std::string ext : {".es", ".en", ".ref"}) {
      const std::string name = split + ext;
      EXPECT_EQ(manifest["files"][name]["sha256"], attn::data::sha256_hex(read_bytes(out + "/" + name))) << name;
    }
  }
  EXPECT_EQ(total, pairs);
  EXPECT_TRUE(references.contains("Gen.1.1"));
  EXPECT_TRUE(references.contains("Rev.22.21"));
}

TEST_F(NmtData, BundledSampleIsWhatTheScriptRegenerates) {
  // data/make-nmt-es-en-small.sh's command: the committed files must come out again,
  // byte for byte (the cleaning, the split and the sample are deterministic).
  const std::string out = path("small");
  const CommandRun run =
      run_attn("data bible --quiet --out " + out + " --max-train 4000 --max-valid 300 --max-test 300");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  for (const std::string name : {"train.es", "train.en", "train.ref", "valid.es", "valid.en", "valid.ref", "test.es",
                                 "test.en", "test.ref", "manifest.json"}) {
    EXPECT_EQ(read_bytes(out + "/" + name), read_bytes(kSmall / name))
        << name << " differs from data/nmt-es-en-small: rerun data/make-nmt-es-en-small.sh";
  }
}

TEST_F(NmtData, OneTranslationOneVerseALine) {
  const std::string out = path("kjv.txt");
  const CommandRun run = run_attn("data bible --quiet --lang en --out " + out);
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const auto lines = attn::data::read_corpus_lines(out, {.allow_empty_lines = false});
  EXPECT_EQ(lines.size(), 31102u);
  EXPECT_EQ(lines.front(), "In the beginning God created the heaven and the earth.");
  EXPECT_EQ(lines.back(), "The grace of our Lord Jesus Christ be with you all. Amen.");
  const CommandRun bad = run_attn("data bible --lang fr --out " + out);
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_NE(bad.output.find("--lang fr (expected en or es)"), std::string::npos) << bad.output;
}

TEST_F(NmtData, SubwordsAndBleuFromTheCommandLine) {
  const std::string small = kSmall.string();
  const CommandRun joint = run_attn("data subword --input " + small + "/valid.es " + small +
                                    "/valid.en --vocab-size 400 --out " + path("joint"));
  ASSERT_EQ(joint.exit_code, 0) << joint.output;
  EXPECT_NE(joint.output.find("unigram, 400 pieces"), std::string::npos) << joint.output;
  EXPECT_TRUE(fs::exists(path("joint.model")));
  EXPECT_EQ(attn::data::read_corpus_lines(path("joint.vocab")).size(), 400u);
  const CommandRun separate = run_attn("data subword --separate --model-type bpe --input " + small + "/valid.es " +
                                       small + "/valid.en --vocab-size 300 --out " + path("sep"));
  ASSERT_EQ(separate.exit_code, 0) << separate.output;
  EXPECT_TRUE(fs::exists(path("sep.es.model")));
  EXPECT_TRUE(fs::exists(path("sep.en.model")));

  // A translation scored against itself, from a file and from standard input.
  const CommandRun same = run_attn("bleu --ref " + small + "/test.en --hyp " + small + "/test.en");
  ASSERT_EQ(same.exit_code, 0) << same.output;
  EXPECT_EQ(same.output.rfind("BLEU = 100.00 100.0/100.0/100.0/100.0 (BP = 1.000 ratio = 1.000", 0), 0u) << same.output;
  const CommandRun piped = run_attn("bleu --json --ref " + small + "/test.en < " + small + "/valid.en");
  ASSERT_EQ(piped.exit_code, 0) << piped.output;
  const auto score = nlohmann::json::parse(piped.output);
  EXPECT_GT(score["bleu"].get<double>(), 0.0);  // different verses share words, not much more
  EXPECT_LT(score["bleu"].get<double>(), 10.0);
  EXPECT_EQ(score["sentences"], 300);

  // Bad input names the file and the line.
  std::ofstream(path("bad.en"), std::ios::binary) << "fine\nnot \xff fine\n";
  std::ofstream(path("empty.en"), std::ios::binary) << "";
  const CommandRun bad = run_attn("bleu --ref " + path("bad.en") + " --hyp " + path("bad.en"));
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_NE(bad.output.find(path("bad.en") + ":2: invalid UTF-8 at byte offset 4"), std::string::npos) << bad.output;
  const CommandRun empty = run_attn("bleu --ref " + small + "/test.en --hyp " + path("empty.en"));
  EXPECT_NE(empty.exit_code, 0);
  EXPECT_NE(empty.output.find(path("empty.en") + ": empty file"), std::string::npos) << empty.output;
  std::ofstream(path("two.en"), std::ios::binary) << "one\ntwo\n";
  const CommandRun count = run_attn("bleu --ref " + small + "/test.en --hyp " + path("two.en"));
  EXPECT_NE(count.exit_code, 0);
  EXPECT_NE(count.output.find("has 2 lines but"), std::string::npos) << count.output;
  const CommandRun bad_subword = run_attn("data subword --input " + path("bad.en") + " --out " + path("m"));
  EXPECT_NE(bad_subword.exit_code, 0);
  EXPECT_NE(bad_subword.output.find(path("bad.en") + ":2: invalid UTF-8"), std::string::npos) << bad_subword.output;
}
