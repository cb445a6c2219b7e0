// SentencePiece subwords (attn/data/subword.h), trained on the bundled es-en corpus
// (data/nmt-es-en-small) with a small vocabulary, so each training takes a second or so.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "attn/data/corpus_file.h"
#include "attn/data/subword.h"
#include "support/errors.h"

using namespace attn::data;
using attn::testing::expect_error;
namespace fs = std::filesystem;

namespace {

const fs::path kCorpus = fs::path(ATTN_SOURCE_DIR) / "data" / "nmt-es-en-small";

class Subword : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() / ("attn_subword_" + std::to_string(::getpid()) + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path write(const std::string& name, const std::string& bytes) const {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return dir_ / name;
  }
  std::string read(const fs::path& path) const {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  fs::path dir_;
};

}  // namespace

TEST_F(Subword, JointModelRoundTripsTheHeldOutText) {
  train_subword_model(
      {.inputs = {kCorpus / "train.es", kCorpus / "train.en"}, .model_prefix = dir_ / "joint", .vocab_size = 600});
  const SubwordModel model = SubwordModel::load(dir_ / "joint.model");
  ASSERT_EQ(model.vocab_size(), 600);
  EXPECT_EQ(model.piece(kSubwordPadId), "<pad>");
  EXPECT_EQ(model.piece(kSubwordUnkId), "<unk>");
  EXPECT_EQ(model.piece(kSubwordBosId), "<s>");
  EXPECT_EQ(model.piece(kSubwordEosId), "</s>");
  EXPECT_EQ(model.id_of("<unk>"), kSubwordUnkId);
  EXPECT_EQ(model.id_of("no such piece, surely"), kSubwordUnkId);
  // The .vocab file lists every piece in id order.
  const std::vector<std::string> vocab = read_corpus_lines(dir_ / "joint.vocab");
  ASSERT_EQ(vocab.size(), 600u);
  EXPECT_EQ(vocab[0].substr(0, 6), "<pad>\t");
  EXPECT_EQ(vocab[599].substr(0, vocab[599].find('\t')), model.piece(599));

  // Text it has not seen, in both languages, comes back exactly; pieces are real
  // subwords (fewer than characters) and never <unk> for this alphabet.
  std::size_t pieces = 0, chars = 0;
  for (const char* file : {"valid.es", "valid.en"}) {
    for (const std::string& line : read_corpus_lines(kCorpus / file)) {
      const std::vector<int> ids = model.encode(line);
      EXPECT_EQ(model.decode(ids), line);
      EXPECT_EQ(model.decode_pieces(model.encode_pieces(line)), line);
      for (int id : ids) ASSERT_GE(id, 4) << line;  // no special id inside a sentence
      pieces += ids.size();
      chars += line.size();
    }
  }
  EXPECT_LT(pieces * 2, chars);  // at a 600-piece vocabulary, some 2.5 bytes a piece
  const std::vector<int> framed = model.encode("Y dijo Dios", /*add_bos=*/true, /*add_eos=*/true);
  EXPECT_EQ(framed.front(), kSubwordBosId);
  EXPECT_EQ(framed.back(), kSubwordEosId);
  EXPECT_EQ(model.decode(framed), "Y dijo Dios");  // special ids decode to nothing
  expect_error([&] { model.decode({5, 600}); }, {"id 600", "position 1", "[0, 600)"});
  expect_error([&] { model.decode({-1}); }, {"id -1"});
}

TEST_F(Subword, TrainingIsDeterministicAndBpeWorks) {
  const SubwordTrainOptions options{.inputs = {kCorpus / "valid.en"}, .model_prefix = dir_ / "a", .vocab_size = 300};
  train_subword_model(options);
  SubwordTrainOptions again = options;
  again.model_prefix = dir_ / "b";
  train_subword_model(again);
  EXPECT_EQ(read(dir_ / "a.model"), read(dir_ / "b.model"));

  train_subword_model({.inputs = {kCorpus / "valid.es"},
                       .model_prefix = dir_ / "bpe",
                       .vocab_size = 300,
                       .model_type = SubwordModelType::Bpe});
  const SubwordModel bpe = SubwordModel::load(dir_ / "bpe.model");
  EXPECT_EQ(bpe.vocab_size(), 300);
  const std::string line = read_corpus_lines(kCorpus / "test.es").front();
  EXPECT_EQ(bpe.decode(bpe.encode(line)), line);
  EXPECT_NE(read(dir_ / "bpe.model"), read(dir_ / "a.model"));
}

TEST_F(Subword, BadInputIsAClearError) {
  expect_error([&] { train_subword_model({.inputs = {write("empty.txt", "")}, .model_prefix = dir_ / "m"}); },
               {"empty.txt", "empty file"});
  expect_error(
      [&] {
        train_subword_model({.inputs = {write("good.txt", "fine\n"), write("bad.txt", "fine\nno\xC3(good\n")},
                             .model_prefix = dir_ / "m"});
      },
      {"bad.txt:2:", "invalid UTF-8"});
  expect_error(
      [&] {
        train_subword_model({.inputs = {kCorpus / "valid.en"}, .model_prefix = dir_ / "m", .vocab_size = 1000000});
      },
      {"valid.en", "Vocabulary size too high"});
  expect_error(
      [&] { train_subword_model({.inputs = {kCorpus / "valid.en"}, .model_prefix = dir_ / "m", .vocab_size = 4}); },
      {"vocab_size 4"});
  EXPECT_FALSE(fs::exists(dir_ / "m.model"));
  expect_error([&] { SubwordModel::load(dir_ / "none.model"); }, {"none.model", "no such"});
  expect_error([&] { SubwordModel::load(write("junk.model", "not a model")); }, {"junk.model"});
}
