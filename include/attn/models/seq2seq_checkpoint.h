// attn models: translation model directories (see docs/nmt.md, "Model directory").
//
// One directory a model, everything it needs to translate:
//   config.json         {"model_type": "attn-seq2seq", the Seq2SeqConfig fields by their
//                       config names (cell, layers, embed_size, hidden_size, bidirectional,
//                       attention, attention_size, local_window, input_feeding, dropout,
//                       tie_embeddings, source_vocab_size, target_vocab_size),
//                       "source_subword": "source.model", "target_subword": "target.model"}
//   model.safetensors   Seq2Seq::named_parameters() by name (F32, or F16 for a small file)
//   source.model        SentencePiece model of the source language (data/subword.h)
//   target.model        and of the target language (a copy of the same model when the
//                       vocabulary is joint)
// Files are written atomically (a temporary, then a rename); trainers write the whole
// directory into a temporary sibling and rename it into place.
#pragma once

#include <filesystem>
#include <memory>

#include "attn/data/subword.h"
#include "attn/io/safetensors.h"
#include "attn/models/seq2seq.h"

namespace attn::models {

inline constexpr const char* kSeq2SeqSourceSubword = "source.model";
inline constexpr const char* kSeq2SeqTargetSubword = "target.model";

// Reads config.json of a model directory. Errors name the file and the key: a missing
// key, a value of the wrong type or out of range, an unknown key, another model_type.
Seq2SeqConfig read_seq2seq_config(const std::filesystem::path& dir);
// Writes config.json into `dir` (created if missing).
void write_seq2seq_config(const Seq2SeqConfig& config, const std::filesystem::path& dir);

// Writes config.json and model.safetensors (weights stored as `storage` says).
void save_seq2seq(const Seq2Seq& model, const std::filesystem::path& dir, FloatStorage storage = FloatStorage::AsIs);

// A model ready to translate: the network (in eval mode) and its two subword models.
struct TranslationModel {
  std::shared_ptr<Seq2Seq> model;
  std::shared_ptr<data::SubwordModel> source;
  std::shared_ptr<data::SubwordModel> target;
};

// Loads a model directory. A missing file, a weight missing from model.safetensors or
// of the wrong shape, an extra weight, or a subword model whose vocabulary size differs
// from config.json's is an error naming the file.
TranslationModel load_translation_model(const std::filesystem::path& dir);

}  // namespace attn::models
