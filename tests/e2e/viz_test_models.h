// Models for the viewer's and `attn show`'s tests that need no training: a translation
// model directory with random weights (its translations are nonsense, its attention is
// real) over a small joint SentencePiece vocabulary trained on a few sentences.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

#include "attn/data/subword.h"
#include "attn/models/seq2seq.h"
#include "attn/models/seq2seq_checkpoint.h"
#include "attn/random.h"

namespace attn::testing {

// Writes the model into `dir` (created) and returns it. eos_bias is added to the output
// layer's bias of </s>: a large one makes every translation end at once.
inline std::filesystem::path make_random_nmt_model(
    const std::filesystem::path& dir, models::Seq2SeqAttention attention = models::Seq2SeqAttention::Bahdanau,
    float eos_bias = 0.0f) {
  namespace fs = std::filesystem;
  fs::create_directories(dir);
  const fs::path text = dir / "corpus.txt";
  {
    std::ofstream out(text);
    const char* sentences[] = {
        "En el principio creó Dios los cielos y la tierra.",
        "In the beginning God created the heaven and the earth.",
        "Y la tierra estaba desordenada y vacía.",
        "And the earth was without form, and void.",
        "Y dijo Dios: Sea la luz: y fué la luz.",
        "And God said, Let there be light: and there was light.",
        "Y vió Dios que la luz era buena.",
        "And God saw the light, that it was good.",
        "Y llamó Dios á la luz Día, y á las tinieblas llamó Noche.",
        "And God called the light Day, and the darkness he called Night.",
        "Y fué la tarde y la mañana un día.",
        "And the evening and the morning were the first day.",
    };
    for (int repeat = 0; repeat < 3; ++repeat)
      for (const char* s : sentences) out << s << '\n';
  }
  data::SubwordTrainOptions spm;
  spm.inputs = {text};
  spm.model_prefix = dir / "joint";
  spm.vocab_size = 80;
  data::train_subword_model(spm);
  fs::copy_file(dir / "joint.model", dir / models::kSeq2SeqSourceSubword, fs::copy_options::overwrite_existing);
  fs::copy_file(dir / "joint.model", dir / models::kSeq2SeqTargetSubword, fs::copy_options::overwrite_existing);

  models::Seq2SeqConfig c;
  c.source_vocab_size = c.target_vocab_size = spm.vocab_size;
  c.embed_size = 16;
  c.hidden_size = 16;
  c.attention = attention;
  Generator gen(7);
  models::Seq2Seq model(c, gen);
  for (const auto& [name, value] : model.named_parameters())
    if (name == "generator.bias") value.data<float>()[data::kSubwordEosId] += eos_bias;
  models::save_seq2seq(model, dir);
  return dir;
}

}  // namespace attn::testing
