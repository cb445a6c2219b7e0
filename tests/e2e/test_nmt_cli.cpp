// End to end: `attn nmt train` on the bundled Spanish-English verses (a tiny Bahdanau
// model, a few dozen steps), exact resume after a clean stop and after a kill at an
// arbitrary moment, `attn translate` from the result with beam search, n-best lists
// and soft and hard alignments; and the errors a user meets.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "support/files.h"
#include "support/run_attn.h"

using attn::testing::CommandRun;
using attn::testing::lines_of;
using attn::testing::run_attn;
namespace fs = std::filesystem;
using attn::testing::read_file;

namespace {

const std::string kData = std::string(ATTN_SOURCE_DIR) + "/data/nmt-es-en-small/";

// log.csv without its last column (tokens/s, which varies from run to run).
std::string losses_of(const std::string& csv) {
  return std::regex_replace(csv, std::regex(",[^,\n]*\n"), "\n");
}

// A config training a tiny model `steps` steps into dir/out. `subword` is the
// "subword" object: trained here, or the models of an earlier run.
fs::path write_config(const fs::path& dir, const std::string& out, int steps, const std::string& subword) {
  fs::create_directories(dir);
  const fs::path path = dir / (out + ".json");
  std::ofstream(path) << R"({"train_source": ")" << kData << R"(train.es", "train_target": ")" << kData
                      << R"(train.en", "valid_source": ")" << kData << R"(valid.es", "valid_target": ")" << kData
                      << R"(valid.en", "out": ")" << out << R"(", "subword": )" << subword << R"(,
    "model": {"cell": "gru", "embed_size": 16, "hidden_size": 16, "attention_size": 16, "attention": "bahdanau",
              "dropout": 0.1},
    "batch_tokens": 600, "max_source_length": 60, "max_target_length": 60, "steps": )"
                      << steps << R"(, "lr": 0.003,
    "log_every": 4, "eval_every": 10, "bleu_sentences": 8, "checkpoint_every": 5, "seed": 3})";
  return path;
}

class NMTCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("attn-nmt-cli-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

// Words of a line split on spaces.
std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

}  // namespace

TEST_F(NMTCli, TrainsResumesExactlyAndTranslatesWithAlignments) {
  // One run straight through, training its subword models (a joint vocabulary).
  const fs::path straight =
      write_config(dir_, "straight", 20, R"({"joint": true, "vocab_size": 300, "max_sentences": 1500})");
  const CommandRun a = run_attn("--threads 1 nmt train --config " + straight.string());
  ASSERT_EQ(a.exit_code, 0) << a.output;
  for (const char* part : {"step 20/20", "tok/s", "ETA", "eval at step 10 | valid loss", "valid BLEU", "\"steps\":20"})
    EXPECT_NE(a.output.find(part), std::string::npos) << part << "\n" << a.output;
  std::smatch m10, m20;
  ASSERT_TRUE(std::regex_search(a.output, m10, std::regex("eval at step 10 \\| valid loss ([0-9.]+)"))) << a.output;
  ASSERT_TRUE(std::regex_search(a.output, m20, std::regex("eval at step 20 \\| valid loss ([0-9.]+)"))) << a.output;
  EXPECT_LT(std::stod(m20[1]), std::stod(m10[1])) << "the held-out loss falls";
  EXPECT_LT(std::stod(m20[1]), 5.6) << "below the uniform guess's ln 300 = 5.7: 20 steps learn the piece frequencies";
  for (const char* dir : {"best", "last"}) {
    for (const char* file : {"config.json", "model.safetensors", "source.model", "target.model"})
      EXPECT_TRUE(fs::exists(dir_ / "straight" / dir / file)) << dir << "/" << file;
  }
  EXPECT_EQ(read_file(dir_ / "straight/last/source.model"), read_file(dir_ / "straight/last/target.model"));
  EXPECT_TRUE(fs::exists(dir_ / "straight/last/train_state.json"));
  EXPECT_TRUE(fs::exists(dir_ / "straight/log.csv"));

  // The same run stopped after step 7 and resumed, with the straight run's subword
  // models and the same thread count (the BLAS splits products by it): the weights of
  // the end are the same bits.
  const std::string given = R"({"source_model": ")" + (dir_ / "straight/subword/source.model").string() +
                            R"(", "target_model": ")" + (dir_ / "straight/subword/target.model").string() + R"("})";
  const fs::path stopped = write_config(dir_, "stopped", 20, given);
  const CommandRun b1 = run_attn("--threads 1 nmt train --config " + stopped.string() + " --stop-after 7");
  ASSERT_EQ(b1.exit_code, 0) << b1.output;
  EXPECT_EQ(b1.output.find("step 8/"), std::string::npos) << b1.output;
  const CommandRun b2 = run_attn("--threads 1 nmt train --config " + stopped.string() + " --resume");
  ASSERT_EQ(b2.exit_code, 0) << b2.output;
  EXPECT_NE(b2.output.find("resuming at step 7"), std::string::npos) << b2.output;
  EXPECT_TRUE(read_file(dir_ / "straight/last/model.safetensors") == read_file(dir_ / "stopped/last/model.safetensors"))
      << "a resumed run must end with the weights of an uninterrupted one";
  EXPECT_EQ(losses_of(read_file(dir_ / "straight/log.csv")), losses_of(read_file(dir_ / "stopped/log.csv")));

  // Killed (SIGKILL) at an arbitrary moment, then resumed.
  const fs::path killed = write_config(dir_, "killed", 20, given);
  const std::string train_killed = "--threads 1 nmt train --config " + killed.string();
  std::system(
      ("timeout -s KILL 1.5 " + std::string(ATTN_BINARY_DIR) + "/attn " + train_killed + " >/dev/null 2>&1").c_str());
  const CommandRun c = run_attn(train_killed + " --resume");
  ASSERT_EQ(c.exit_code, 0) << c.output;
  EXPECT_TRUE(read_file(dir_ / "straight/last/model.safetensors") == read_file(dir_ / "killed/last/model.safetensors"))
      << "a run killed and resumed must end with the weights of an uninterrupted one";

  // Translation: one line out per line in; an empty line stays empty.
  const std::string model = (dir_ / "straight" / "best").string();
  std::ofstream(dir_ / "in.es") << "En el principio crió Dios los cielos y la tierra.\n\nY dijo Dios: Sea la luz.\n";
  const std::string in = " < " + (dir_ / "in.es").string();
  const CommandRun plain = run_attn("--threads 1 translate --model " + model + " --beam 3" + in);
  ASSERT_EQ(plain.exit_code, 0) << plain.output;
  const std::vector<std::string> lines = lines_of(plain.output);
  ASSERT_EQ(lines.size(), 3u) << plain.output;
  EXPECT_EQ(lines[1], "");
  // The batch does not change the result.
  EXPECT_EQ(run_attn("--threads 1 translate --model " + model + " --beam 3 --batch-size 1" + in).output, plain.output);

  // Soft alignment: a row a target word, a weight a source word (10 and 6 words).
  const CommandRun soft = run_attn("--threads 1 translate --model " + model + " --beam 3 --alignment soft" + in);
  ASSERT_EQ(soft.exit_code, 0) << soft.output;
  const std::vector<std::string> soft_lines = lines_of(soft.output);
  ASSERT_EQ(soft_lines.size(), 3u) << soft.output;
  const std::vector<std::size_t> source_words = {10, 0, 6};
  for (std::size_t i : {0u, 2u}) {
    const auto bar = soft_lines[i].find(" ||| ");
    ASSERT_NE(bar, std::string::npos) << soft_lines[i];
    EXPECT_EQ(soft_lines[i].substr(0, bar), lines[i]);
    const std::string rows = soft_lines[i].substr(bar + 5);
    std::vector<std::string> row_texts;
    std::size_t start = 0;
    for (std::size_t semi; (semi = rows.find(" ; ", start)) != std::string::npos; start = semi + 3)
      row_texts.push_back(rows.substr(start, semi - start));
    row_texts.push_back(rows.substr(start));
    EXPECT_EQ(row_texts.size(), words_of(lines[i]).size()) << soft_lines[i];
    for (const std::string& row : row_texts) {
      const std::vector<std::string> weights = words_of(row);
      EXPECT_EQ(weights.size(), source_words[i]) << row;
      double total = 0;
      for (const std::string& w : weights) total += std::stod(w);
      EXPECT_LE(total, 1.01) << row;
      EXPECT_GT(total, 0.3) << row;
    }
  }
  // Hard alignment: "i-j" pairs, one a target word, source indices in range.
  const CommandRun hard = run_attn("--threads 1 translate --model " + model + " --beam 3 --alignment hard" + in);
  ASSERT_EQ(hard.exit_code, 0) << hard.output;
  const std::string first = lines_of(hard.output)[0];
  ASSERT_NE(first.find(" ||| "), std::string::npos) << first;
  const std::vector<std::string> pairs = words_of(first.substr(first.find(" ||| ") + 5));
  EXPECT_EQ(pairs.size(), words_of(lines[0]).size());
  for (std::size_t j = 0; j < pairs.size(); ++j) {
    std::smatch pm;
    ASSERT_TRUE(std::regex_match(pairs[j], pm, std::regex("([0-9]+)-([0-9]+)"))) << pairs[j];
    EXPECT_LT(std::stoul(pm[1]), 10u);
    EXPECT_EQ(std::stoul(pm[2]), j);
  }
  // n-best: N lines a sentence, "index ||| translation ||| score", best first.
  const CommandRun nbest = run_attn("--threads 1 translate --model " + model + " --beam 3 --n-best 3" + in);
  ASSERT_EQ(nbest.exit_code, 0) << nbest.output;
  const std::vector<std::string> nbest_lines = lines_of(nbest.output);
  ASSERT_EQ(nbest_lines.size(), 7u) << nbest.output;  // 3 + 1 (the empty line) + 3
  EXPECT_EQ(nbest_lines[0].rfind("0 ||| " + lines[0] + " ||| ", 0), 0u) << nbest_lines[0];
  double previous = 0;
  for (std::size_t n = 0; n < 3; ++n) {
    std::smatch sm;
    ASSERT_TRUE(std::regex_match(nbest_lines[n], sm, std::regex("0 \\|\\|\\| .* \\|\\|\\| (-?[0-9.]+)")))
        << nbest_lines[n];
    if (n > 0) {
      EXPECT_LE(std::stod(sm[1]), previous);
    }
    previous = std::stod(sm[1]);
  }
  EXPECT_EQ(nbest_lines[3].rfind("1 ||| ", 0), 0u) << nbest_lines[3];
}

TEST_F(NMTCli, BadInputIsAClearError) {
  const std::string bundled = std::string(ATTN_SOURCE_DIR) + "/models/nmt-es-en-small";
  fs::create_directories(dir_);
  // A line that is not UTF-8: the error names the line.
  std::ofstream(dir_ / "bad.es", std::ios::binary) << "Y dijo Dios.\nmal \xff byte\n";
  const CommandRun utf8 = run_attn("translate --model " + bundled + " < " + (dir_ / "bad.es").string());
  EXPECT_NE(utf8.exit_code, 0);
  EXPECT_NE(utf8.output.find("<stdin>:2"), std::string::npos) << utf8.output;
  EXPECT_NE(utf8.output.find("UTF-8"), std::string::npos) << utf8.output;

  // A model directory with a file missing, or a subword model of another size.
  fs::copy(bundled, dir_ / "model");
  fs::remove(dir_ / "model" / "target.model");
  const CommandRun missing = run_attn("translate --model " + (dir_ / "model").string() + " < /dev/null");
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.output.find("target.model: missing"), std::string::npos) << missing.output;
  fs::copy_file(bundled + "/target.model", dir_ / "model" / "target.model");
  const std::string config = read_file(dir_ / "model" / "config.json");
  std::ofstream(dir_ / "model" / "config.json")
      << std::regex_replace(config, std::regex("\"target_vocab_size\": ([0-9]+)"), "\"target_vocab_size\": 1$1");
  const CommandRun mismatch = run_attn("translate --model " + (dir_ / "model").string() + " < /dev/null");
  EXPECT_NE(mismatch.exit_code, 0);
  EXPECT_NE(mismatch.output.find("target.model: vocabulary of"), std::string::npos) << mismatch.output;

  // Bad options and configs.
  const CommandRun nbest = run_attn("translate --model " + bundled + " --beam 2 --n-best 3 < /dev/null");
  EXPECT_NE(nbest.exit_code, 0);
  EXPECT_NE(nbest.output.find("--n-best 3"), std::string::npos) << nbest.output;
  std::ofstream(dir_ / "bad.json") << R"({"train_source": "a", "train_target": "b", "valid_source": "c",
    "valid_target": "d", "out": "o", "model": {"atention": "bahdanau"}})";
  const CommandRun unknown = run_attn("nmt train --config " + (dir_ / "bad.json").string());
  EXPECT_NE(unknown.exit_code, 0);
  EXPECT_NE(unknown.output.find("bad.json: unknown key \"model.atention\""), std::string::npos) << unknown.output;
  std::ofstream(dir_ / "empty.es");
  std::ofstream(dir_ / "empty.json") << R"({"train_source": "empty.es", "train_target": "empty.es",
    "valid_source": "empty.es", "valid_target": "empty.es", "out": "o",
    "subword": {"source_model": ")" << bundled
                                     << R"(/source.model", "target_model": ")" << bundled << R"(/target.model"}})";
  const CommandRun empty = run_attn("nmt train --config " + (dir_ / "empty.json").string());
  EXPECT_NE(empty.exit_code, 0);
  EXPECT_NE(empty.output.find("empty.es"), std::string::npos) << empty.output;
}
