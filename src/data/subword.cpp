#include "attn/data/subword.h"

#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <sstream>
#include <string>
#include <unordered_map>

#include "attn/data/corpus_file.h"
#include "attn/error.h"
#include "attn/io/atomic_file.h"

namespace attn::data {

namespace {

// Hands SentencePiece the sentences attn has read and checked, skipping empty lines.
class LinesIterator : public sentencepiece::SentenceIterator {
 public:
  explicit LinesIterator(const std::vector<std::string>& lines) : lines_(lines) { skip_empty(); }
  bool done() const override { return next_ >= lines_.size(); }
  void Next() override {
    ++next_;
    skip_empty();
  }
  const std::string& value() const override { return lines_[next_]; }
  sentencepiece::util::Status status() const override { return {}; }  // OK

 private:
  void skip_empty() {
    while (next_ < lines_.size() && lines_[next_].empty()) ++next_;
  }
  const std::vector<std::string>& lines_;
  std::size_t next_ = 0;
};

void check_status(const sentencepiece::util::Status& status, std::string_view what) {
  ATTN_CHECK(status.ok(), what, ": ", status.ToString());
}

}  // namespace

void train_subword_model(const SubwordTrainOptions& options) {
  ATTN_CHECK(!options.inputs.empty(), "training a subword model: no input files");
  ATTN_CHECK(!options.model_prefix.empty(), "training a subword model: no model prefix (where to write it)");
  ATTN_CHECK(options.vocab_size > 4, "training a subword model: vocab_size ", options.vocab_size,
             " leaves no room beside the four special ids (expected at least 5)");
  ATTN_CHECK(options.character_coverage > 0 && options.character_coverage <= 1,
             "training a subword model: character_coverage ", options.character_coverage, " is not in (0, 1]");
  ATTN_CHECK(options.threads > 0, "training a subword model: threads ", options.threads, " (expected at least 1)");
  ATTN_CHECK(options.max_sentences >= 0, "training a subword model: max_sentences ", options.max_sentences,
             " (expected 0 for all, or a positive count)");
  std::vector<std::string> sentences;
  for (const std::filesystem::path& input : options.inputs) {
    std::vector<std::string> lines = read_corpus_lines(input);
    sentences.insert(sentences.end(), std::make_move_iterator(lines.begin()), std::make_move_iterator(lines.end()));
  }
  const std::unordered_map<std::string, std::string> arguments = {
      {"model_type", options.model_type == SubwordModelType::Bpe ? "bpe" : "unigram"},
      {"vocab_size", std::to_string(options.vocab_size)},
      {"character_coverage", std::to_string(options.character_coverage)},
      {"num_threads", std::to_string(options.threads)},
      {"input_sentence_size", std::to_string(options.max_sentences)},
      {"shuffle_input_sentence", "true"},
      {"pad_id", std::to_string(kSubwordPadId)},
      {"unk_id", std::to_string(kSubwordUnkId)},
      {"bos_id", std::to_string(kSubwordBosId)},
      {"eos_id", std::to_string(kSubwordEosId)},
      {"minloglevel", options.quiet ? "2" : "0"},
  };
  LinesIterator iterator(sentences);
  std::string model;
  std::ostringstream what;
  what << "training a subword model (" << options.vocab_size << " pieces) on";
  for (const auto& input : options.inputs) what << " " << input.string();
  check_status(sentencepiece::SentencePieceTrainer::Train(arguments, &iterator, &model), what.str());

  // The vocabulary file, as spm_train writes it: piece <tab> score, in id order.
  sentencepiece::SentencePieceProcessor processor;
  check_status(processor.LoadFromSerializedProto(model), what.str());
  std::ostringstream vocab;
  for (int id = 0; id < processor.GetPieceSize(); ++id) {
    vocab << processor.IdToPiece(id) << '\t' << processor.GetScore(id) << '\n';
  }
  const std::string prefix = options.model_prefix.string();
  write_file_atomically(prefix + ".model", model);
  write_file_atomically(prefix + ".vocab", vocab.str());
}

SubwordModel::SubwordModel() : processor_(std::make_unique<sentencepiece::SentencePieceProcessor>()) {}
SubwordModel::SubwordModel(SubwordModel&&) noexcept = default;
SubwordModel& SubwordModel::operator=(SubwordModel&&) noexcept = default;
SubwordModel::~SubwordModel() = default;

SubwordModel SubwordModel::load(const std::filesystem::path& model_file) {
  SubwordModel model;
  model.file_ = model_file;
  ATTN_CHECK(std::filesystem::is_regular_file(model_file), model_file.string(), ": no such SentencePiece model file");
  check_status(model.processor_->Load(model_file.string()), model_file.string() + ": not a SentencePiece model");
  return model;
}

std::vector<int> SubwordModel::encode(std::string_view text, bool add_bos, bool add_eos) const {
  std::vector<int> ids;
  if (add_bos) ids.push_back(processor_->bos_id());
  std::vector<int> pieces;
  check_status(processor_->Encode(text, &pieces), "encoding with " + file_.string());
  ids.insert(ids.end(), pieces.begin(), pieces.end());
  if (add_eos) ids.push_back(processor_->eos_id());
  return ids;
}

std::vector<std::string> SubwordModel::encode_pieces(std::string_view text) const {
  std::vector<std::string> pieces;
  check_status(processor_->Encode(text, &pieces), "encoding with " + file_.string());
  return pieces;
}

std::string SubwordModel::decode(const std::vector<int>& ids) const {
  const int size = vocab_size();
  for (std::size_t i = 0; i < ids.size(); ++i) {
    ATTN_CHECK(ids[i] >= 0 && ids[i] < size, "decoding with ", file_.string(), ": id ", ids[i], " at position ", i,
               " is outside the vocabulary [0, ", size, ")");
  }
  std::string text;
  check_status(processor_->Decode(ids, &text), "decoding with " + file_.string());
  return text;
}

std::string SubwordModel::decode_pieces(const std::vector<std::string>& pieces) const {
  std::string text;
  check_status(processor_->Decode(pieces, &text), "decoding with " + file_.string());
  return text;
}

int SubwordModel::vocab_size() const {
  return processor_->GetPieceSize();
}

const std::string& SubwordModel::piece(int id) const {
  ATTN_CHECK(id >= 0 && id < vocab_size(), file_.string(), ": piece id ", id, " is outside the vocabulary [0, ",
             vocab_size(), ")");
  return processor_->IdToPiece(id);
}

int SubwordModel::id_of(std::string_view piece) const {
  return processor_->PieceToId(piece);
}

}  // namespace attn::data
