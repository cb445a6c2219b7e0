// `attn show` end to end: heatmaps of the bundled GPT (one head, a layer's heads, every
// layer, rollout), of every `attn explain` walk-through, and of a translation (a random
// model: its alignment is real attention); the files decode (libpng, Python's XML
// parser) to the sizes the layout gives; and the errors a user meets.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include "attn/viz/image.h"
#include "e2e/viz_test_models.h"
#include "support/files.h"
#include "support/run_attn.h"

namespace attn {
namespace {

namespace fs = std::filesystem;
using attn::testing::read_file;
using testing::CommandRun;
using testing::run_attn;

const std::string kGpt = std::string(ATTN_SOURCE_DIR) + "/models/gpt-kjv-small";

class ShowCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("attn-show-cli-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  static void TearDownTestSuite() { fs::remove_all(dir_); }

  // Runs `attn show ARGS --out dir/NAME`, expects success and the report line; returns
  // the decoded PNG.
  static viz::Image show_png(const std::string& args, const std::string& name) {
    const fs::path out = dir_ / name;
    const CommandRun r = run_attn("show " + args + " --out '" + out.string() + "'");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find("attn show: wrote " + out.string()), std::string::npos) << r.output;
    return viz::decode_png(read_file(out), out.string());
  }
  static fs::path dir_;
};
fs::path ShowCli::dir_;

TEST_F(ShowCli, GptOneHeadAGridOfHeadsAndTheLayers) {
  const std::string text = "--model " + kGpt + " --text 'In the beginning God created'";
  const viz::Image head0 = show_png("gpt " + text + " --layer 1 --head 0", "head0.png");
  const viz::Image head1 = show_png("gpt " + text + " --layer 1 --head 1", "head1.png");
  EXPECT_EQ(head0.width(), head1.width());
  EXPECT_NE(head0.bytes(), head1.bytes()) << "two heads drew the same picture";
  const viz::Image heads = show_png("gpt " + text + " --all-heads", "heads.png");
  const viz::Image layers = show_png("gpt " + text + " --all-layers --rollout", "layers.png");
  // 4 heads and 4 layers: 2 x 2 grids of smaller panels, larger than one panel.
  EXPECT_GT(heads.width(), head0.width());
  EXPECT_GT(layers.height(), head0.height());
  EXPECT_GT(head0.width(), 300);

  const CommandRun more =
      run_attn("show gpt " + text + " --max-new-tokens 5 --out '" + (dir_ / "more.svg").string() + "'");
  EXPECT_EQ(more.exit_code, 0) << more.output;
  EXPECT_NE(more.output.find("33 tokens (5 generated)"), std::string::npos) << more.output;
  const std::string svg = read_file(dir_ / "more.svg");
  EXPECT_EQ(svg.rfind("<?xml", 0), 0u);
  EXPECT_NE(svg.find("</svg>"), std::string::npos);
}

TEST_F(ShowCli, EveryExplainWalkThrough) {
  for (const char* mechanism : {"simplified", "self", "causal", "multihead", "additive", "luong"}) {
    SCOPED_TRACE(mechanism);
    const viz::Image image = show_png(std::string("explain ") + mechanism, std::string(mechanism) + ".png");
    EXPECT_GT(image.width(), 200);
  }
  const CommandRun bad = run_attn("show explain nonsense --out '" + (dir_ / "x.png").string() + "'");
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_NE(bad.output.find("unknown mechanism 'nonsense'"), std::string::npos) << bad.output;
  EXPECT_FALSE(fs::exists(dir_ / "x.png"));
}

TEST_F(ShowCli, NmtPiecesAndWords) {
  const fs::path model = testing::make_random_nmt_model(dir_ / "nmt-random");
  const std::string args = "nmt --model '" + model.string() + "' --sentence 'Y dijo Dios: Sea la luz.' --beam 2";
  const viz::Image pieces = show_png(args, "pieces.png");
  EXPECT_GT(pieces.width(), 200);
  std::size_t cells[2] = {0, 0};
  for (int words = 0; words < 2; ++words) {
    const fs::path svg_file = dir_ / (words ? "words.svg" : "pieces.svg");
    const CommandRun r = run_attn("show " + args + (words ? " --words" : "") + " --out '" + svg_file.string() + "'");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find(words ? "(words, " : "(pieces, "), std::string::npos) << r.output;
    const std::string svg = read_file(svg_file);
    EXPECT_NE(svg.find("&lt;/s&gt;</text>"), std::string::npos) << "</s> is shown";
    for (std::size_t at = 0; (at = svg.find("<rect", at)) != std::string::npos; ++at) ++cells[words];
  }
  EXPECT_GT(cells[0], cells[1]) << "pieces are more than words";
}

TEST_F(ShowCli, Errors) {
  const std::string text = "--model " + kGpt + " --text 'In the beginning'";
  const auto fails = [](const std::string& args, const std::string& message) {
    const CommandRun r = run_attn("show " + args);
    EXPECT_NE(r.exit_code, 0) << args;
    EXPECT_NE(r.output.find(message), std::string::npos) << args << "\n" << r.output;
  };
  const std::string out = " --out '" + (dir_ / "e.png").string() + "'";
  fails("gpt " + text + " --layer 4" + out, "layers 0 to 3");
  fails("gpt " + text + " --head 7" + out, "heads 0 to 3");
  fails("gpt " + text + " --head 1 --all-heads" + out, "excludes");
  fails("gpt " + text + " --head 1 --rollout" + out, "--rollout");
  fails("gpt --model " + kGpt + " --text '" + std::string(130, 'a') + "'" + out, "130 tokens");
  fails("gpt --model " + kGpt + " --text '日本'" + out, "not in the vocabulary");
  fails("gpt " + text + " --out '" + (dir_ / "e.jpg").string() + "'", ".png or .svg");
  fails("gpt --model /nonexistent " + text.substr(text.find("--text")) + out, "/nonexistent");
  fails("gpt " + text, "--out is required");
  EXPECT_FALSE(fs::exists(dir_ / "e.png"));
  EXPECT_FALSE(fs::exists(dir_ / "e.jpg"));
}

}  // namespace
}  // namespace attn
