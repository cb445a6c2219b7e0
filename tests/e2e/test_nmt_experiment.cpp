// End to end: `attn nmt experiment` on the bundled Spanish-English verses with two tiny
// models (no attention and Bahdanau, a dozen steps each): every output is written, the
// numbers agree with `attn bleu` run on the written translations, a second run resumes
// the finished trainings instead of training again, and bad configs are clear errors.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "attn/viz/image.h"
#include "support/files.h"
#include "support/run_attn.h"

using attn::testing::CommandRun;
using attn::testing::lines_of;
using attn::testing::run_attn;
namespace fs = std::filesystem;
using attn::testing::read_file;

namespace {

const std::string kData = std::string(ATTN_SOURCE_DIR) + "/data/nmt-es-en-small/";
const std::string kBundled = std::string(ATTN_SOURCE_DIR) + "/models/nmt-es-en-small/";

// The first n lines of a file, written to `to`.
void head(const fs::path& from, const fs::path& to, int n) {
  std::ifstream in(from);
  std::ofstream out(to);
  std::string line;
  for (int i = 0; i < n && std::getline(in, line); ++i) out << line << "\n";
}

// A tiny model's training config, with the bundled model's subwords.
void write_train_config(const fs::path& path, const std::string& attention) {
  std::ofstream(path) << R"({"train_source": ")" << kData << R"(train.es", "train_target": ")" << kData
                      << R"(train.en", "valid_source": ")" << kData << R"(valid.es", "valid_target": ")" << kData
                      << R"(valid.en", "out": ")" << attention << R"(",
    "subword": {"source_model": ")"
                      << kBundled << R"(source.model", "target_model": ")" << kBundled << R"(target.model"},
    "model": {"embed_size": 16, "hidden_size": 16, "attention_size": 16, "attention": ")"
                      << attention << R"("},
    "batch_tokens": 600, "max_source_length": 60, "max_target_length": 60, "steps": 12, "lr": 0.003,
    "log_every": 4, "eval_every": 6, "bleu_sentences": 4, "checkpoint_every": 6, "seed": 3})";
}

class NMTExperiment : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("attn-nmt-experiment-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    write_train_config(dir_ / "none.json", "none");
    write_train_config(dir_ / "bahdanau.json", "bahdanau");
    head(kData + "test.es", dir_ / "test.es", 40);
    head(kData + "test.en", dir_ / "test.en", 40);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path write_experiment(const std::string& runs, const std::string& extra = "") {
    const fs::path path = dir_ / "experiment.json";
    std::ofstream(path) << R"({"runs": )" << runs
                        << R"(, "test_source": "test.es", "test_target": "test.en", "out": "results",
      "beam": 3, "alignments": 2, "alignment_max_words": 40)"
                        << extra << "}";
    return path;
  }
  fs::path dir_;
};

}  // namespace

TEST_F(NMTExperiment, TrainsScoresByLengthAndDraws) {
  const fs::path config = write_experiment(R"(["none.json", "bahdanau.json"])");
  const CommandRun run = run_attn("--threads 1 nmt experiment --config " + config.string());
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("step 12/12"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("translating with bahdanau: 40/40"), std::string::npos) << run.output;

  const fs::path out = dir_ / "results";
  const nlohmann::json results = nlohmann::json::parse(read_file(out / "results.json"));
  ASSERT_EQ(results["models"].size(), 2u);
  EXPECT_EQ(results["test_sentences"], 40);
  EXPECT_EQ(results["beam"], 3);
  for (const auto& m : results["models"]) {
    const std::string label = m["label"];
    SCOPED_TRACE(label);
    EXPECT_EQ(m["training"]["steps"], 12);
    EXPECT_GT(m["training"]["seconds"].get<double>(), 0.0);
    EXPECT_GT(m["parameters"].get<int>(), 1000);
    // The reported score is attn bleu's on the written translations.
    const fs::path hyp = out / "translations" / (label + ".txt");
    EXPECT_EQ(lines_of(read_file(hyp)).size(), 40u);
    const CommandRun bleu = run_attn("bleu --json --ref " + (dir_ / "test.en").string() + " --hyp " + hyp.string());
    ASSERT_EQ(bleu.exit_code, 0) << bleu.output;
    const nlohmann::json b = nlohmann::json::parse(lines_of(bleu.output).back());
    EXPECT_DOUBLE_EQ(m["test_bleu"]["score"].get<double>(), b["bleu"].get<double>());
    // Six buckets that hold every sentence once.
    ASSERT_EQ(m["by_length"].size(), 6u);
    EXPECT_EQ(m["by_length"][0]["label"], "1-10");
    EXPECT_EQ(m["by_length"][5]["label"], "51+");
    int sentences = 0;
    for (const auto& bucket : m["by_length"]) {
      sentences += bucket["sentences"].get<int>();
      EXPECT_EQ(bucket["bleu"].is_null(), bucket["sentences"] == 0);
    }
    EXPECT_EQ(sentences, 40);
  }
  EXPECT_EQ(results["models"][0]["label"], "none");
  EXPECT_EQ(results["models"][1]["label"], "bahdanau");

  // The chart, the alignments of the model with attention only, the tables.
  const attn::viz::Image chart = attn::viz::decode_png(read_file(out / "bleu-by-length.png"));
  EXPECT_EQ(chart.width(), 800);
  EXPECT_EQ(chart.height(), 500);
  EXPECT_TRUE(fs::exists(out / "alignments" / "bahdanau-1.png"));
  EXPECT_TRUE(fs::exists(out / "alignments" / "bahdanau-2.png"));
  EXPECT_FALSE(fs::exists(out / "alignments" / "bahdanau-3.png"));
  EXPECT_FALSE(fs::exists(out / "alignments" / "none-1.png"));
  const std::string md = read_file(out / "results.md");
  EXPECT_NE(md.find("| source words | sentences | none | bahdanau | bahdanau - none |"), std::string::npos) << md;
  EXPECT_NE(md.find("| 51+ |"), std::string::npos) << md;

  // Again: the trainings are finished, so nothing is trained and the scores repeat.
  const CommandRun again = run_attn("--threads 1 nmt experiment --config " + config.string());
  ASSERT_EQ(again.exit_code, 0) << again.output;
  EXPECT_EQ(again.output.find("step 4/12"), std::string::npos) << again.output;
  const nlohmann::json repeated = nlohmann::json::parse(read_file(out / "results.json"));
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(repeated["models"][i]["test_bleu"], results["models"][i]["test_bleu"]);
    EXPECT_EQ(repeated["models"][i]["training"]["steps"], 12);
  }
}

TEST_F(NMTExperiment, BadConfigsAreClearErrors) {
  const CommandRun twice =
      run_attn("nmt experiment --config " + write_experiment(R"(["none.json", "none.json"])").string());
  EXPECT_NE(twice.exit_code, 0);
  EXPECT_NE(twice.output.find("experiment.json: two runs train attention \"none\""), std::string::npos) << twice.output;
  const CommandRun unknown =
      run_attn("nmt experiment --config " + write_experiment(R"(["none.json"])", R"(, "beams": 4)").string());
  EXPECT_NE(unknown.exit_code, 0);
  EXPECT_NE(unknown.output.find("experiment.json: unknown key \"beams\""), std::string::npos) << unknown.output;
  const CommandRun missing = run_attn("nmt experiment --config " + write_experiment(R"(["nowhere.json"])").string());
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.output.find("nowhere.json"), std::string::npos) << missing.output;
  std::ofstream(dir_ / "test.en") << "only one line\n";
  const CommandRun misaligned = run_attn("nmt experiment --config " + write_experiment(R"(["none.json"])").string());
  EXPECT_NE(misaligned.exit_code, 0);
  EXPECT_NE(misaligned.output.find("aligned by line"), std::string::npos) << misaligned.output;
}

// tools/nmt_gap_bootstrap.py on made-up translations: thirty verses of 5, 25 and 40
// words; the base system gives the first half of each reference, the other system the
// same on short verses and the whole reference on long ones. Its gap over the base
// grows with length in every resample, and shrinks in every one with the roles swapped.
TEST(NmtGapBootstrap, TellsAGapThatGrowsFromOneThatShrinks) {
  const fs::path dir = fs::temp_directory_path() / ("attn_gap_bootstrap_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "translations");
  std::ofstream src(dir / "test.es"), ref(dir / "test.en"), base(dir / "translations" / "base.txt"),
      good(dir / "translations" / "good.txt");
  for (int i = 0; i < 30; ++i) {
    const int words = i < 10 ? 5 : i < 20 ? 25 : 40;
    std::string source, reference, half;
    for (int j = 0; j < words; ++j) {
      const char* space = j ? " " : "";
      std::ostringstream word;
      word << "w" << i << "x" << j;
      source.append(space).append("palabra");
      reference.append(space).append(word.str());
      if (j < words / 2) half.append(space).append(word.str());
    }
    src << source << "\n";
    ref << reference << "\n";
    base << half << "\n";
    good << (words == 40 ? reference : half) << "\n";
  }
  src.close(), ref.close(), base.close(), good.close();
  const std::string script = "/usr/bin/python3 " + std::string(ATTN_SOURCE_DIR) +
                             "/tools/nmt_gap_bootstrap.py --attn " + std::string(ATTN_BINARY_DIR) + "/attn --data " +
                             dir.string() + " --experiment " + dir.string() + " --resamples 20";
  const CommandRun grows = attn::testing::run_command(script + " --base base --attention good");
  ASSERT_EQ(grows.exit_code, 0) << grows.output;
  EXPECT_NE(grows.output.find("| 1-20 | 10 |"), std::string::npos) << grows.output;
  EXPECT_NE(grows.output.find("| 31-50 | 10 |"), std::string::npos) << grows.output;
  EXPECT_NE(grows.output.find("above 0 in 100.0 %"), std::string::npos) << grows.output;
  const CommandRun shrinks = attn::testing::run_command(script + " --base good --attention base");
  ASSERT_EQ(shrinks.exit_code, 0) << shrinks.output;
  EXPECT_NE(shrinks.output.find("above 0 in 0.0 %"), std::string::npos) << shrinks.output;
  std::ofstream(dir / "translations" / "base.txt") << "one line\n";
  const CommandRun short_file = attn::testing::run_command(script + " --base base --attention good");
  EXPECT_NE(short_file.exit_code, 0);
  EXPECT_NE(short_file.output.find("base.txt: 2 lines, expected 30"), std::string::npos) << short_file.output;
  fs::remove_all(dir);
}
