// attn data: subword vocabularies with SentencePiece (Kudo and Richardson, 2018).
//
// A thin layer over the SentencePiece library (Debian's libsentencepiece-dev): attn
// reads and checks the training text itself (one sentence a line, UTF-8; errors name
// the file and line), hands the sentences to SentencePiece's trainer, and writes the
// model atomically. Models are ordinary SentencePiece models: spm_encode and
// Python's sentencepiece read them too.
//
// Every model attn trains reserves the same four ids:
//   0 <pad>  padding of a batch's short sequences (never produced by encode)
//   1 <unk>  a piece outside the vocabulary
//   2 <s>    begin of sequence (bos; encode adds it only when asked)
//   3 </s>   end of sequence (eos; likewise)
// and the pieces of the vocabulary follow from id 4.
//
// Joint or separate vocabularies: a joint model is trained on the source and target
// text together (one model, shared embeddings possible); separate ones are trained
// one per language. Both are one train_subword_model call per model.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sentencepiece {
class SentencePieceProcessor;
}

namespace attn::data {

inline constexpr int kSubwordPadId = 0;
inline constexpr int kSubwordUnkId = 1;
inline constexpr int kSubwordBosId = 2;
inline constexpr int kSubwordEosId = 3;

enum class SubwordModelType : std::uint8_t {
  Unigram,  // a unigram language model over pieces, pruned to the size (SentencePiece's default)
  Bpe,      // byte-pair encoding: merges of the most frequent adjacent pair
};

struct SubwordTrainOptions {
  std::vector<std::filesystem::path> inputs = {};  // text files, one sentence a line
  // Writes <prefix>.model (the SentencePiece model) and <prefix>.vocab (piece <tab>
  // score, one a line, in id order).
  std::filesystem::path model_prefix = {};
  int vocab_size = 8000;  // V, the four special ids included
  SubwordModelType model_type = SubwordModelType::Unigram;
  // The fraction of the text's characters the vocabulary must cover; the rarest rest
  // become <unk>. 1.0 suits a small alphabet (Latin script); 0.9995 is usual for
  // Chinese or Japanese.
  double character_coverage = 1.0;
  int threads = 2;
  // Train on a random sample of at most this many sentences (0: all); SentencePiece
  // draws it with its own fixed seed.
  std::int64_t max_sentences = 0;
  bool quiet = true;  // false: SentencePiece's own progress log on stderr
};

// Trains a model from the inputs' sentences (empty lines skipped). Throws attn::Error
// naming the file and line of bad input, or SentencePiece's reason (e.g. a
// vocabulary larger than the text allows).
void train_subword_model(const SubwordTrainOptions& options);

class SubwordModel {
 public:
  // Reads <prefix>.model or any SentencePiece model file.
  static SubwordModel load(const std::filesystem::path& model_file);

  SubwordModel(SubwordModel&&) noexcept;
  SubwordModel& operator=(SubwordModel&&) noexcept;
  ~SubwordModel();

  // ids: (T,) with bos / eos around the pieces when asked.
  std::vector<int> encode(std::string_view text, bool add_bos = false, bool add_eos = false) const;
  std::vector<std::string> encode_pieces(std::string_view text) const;
  // Special ids (pad, bos, eos) are skipped; <unk> decodes to U+2047 (SentencePiece's choice).
  std::string decode(const std::vector<int>& ids) const;
  std::string decode_pieces(const std::vector<std::string>& pieces) const;

  int vocab_size() const;                   // V
  const std::string& piece(int id) const;   // id in [0, V)
  int id_of(std::string_view piece) const;  // kSubwordUnkId when not in the vocabulary
  const std::filesystem::path& file() const { return file_; }

 private:
  SubwordModel();
  std::unique_ptr<sentencepiece::SentencePieceProcessor> processor_;
  std::filesystem::path file_;
};

}  // namespace attn::data
