#include "attn/models/seq2seq_checkpoint.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "attn/error.h"
#include "attn/io/atomic_file.h"
#include "io/json_config.h"
#include "io/json_file.h"

namespace attn::models {
namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

constexpr const char* kConfigFile = "config.json";
constexpr const char* kWeightsFile = "model.safetensors";
constexpr const char* kModelType = "attn-seq2seq";

}  // namespace

Seq2SeqConfig read_seq2seq_config(const fs::path& dir) {
  const fs::path file = dir / kConfigFile;
  ATTN_CHECK(std::filesystem::exists(file), "cannot read the model's config ", file.string(),
             " (a translation model directory holds config.json, model.safetensors, source.model and target.model)");
  const json j = read_json_file(file, "the model's config");
  ATTN_CHECK(j.is_object(), file.string(), ": expected a JSON object");
  JsonConfigReader k(file, j, "", "docs/nmt.md (\"Model directory\")");
  std::string type, cell, attention, source_subword, target_subword;
  k.require("model_type", type);
  ATTN_CHECK(type == kModelType, file.string(), ": model_type \"", type, "\" is not a translation model (expected \"",
             kModelType, "\")");
  k.require("cell", cell);
  k.require("attention", attention);
  Seq2SeqConfig c;
  try {
    c.cell = parse_recurrent_cell(cell);
    c.attention = parse_seq2seq_attention(attention);
  } catch (const Error& e) {
    ATTN_CHECK(false, file.string(), ": ", e.what());
  }
  k.require("layers", c.layers);
  k.require("embed_size", c.embed_size);
  k.require("hidden_size", c.hidden_size);
  k.require("bidirectional", c.bidirectional);
  k.require("attention_size", c.attention_size);
  k.require("local_window", c.local_window);
  k.require("input_feeding", c.input_feeding);
  k.require("dropout", c.dropout);
  k.require("tie_embeddings", c.tie_embeddings);
  k.require("source_vocab_size", c.source_vocab_size);
  k.require("target_vocab_size", c.target_vocab_size);
  k.require("source_subword", source_subword);
  k.require("target_subword", target_subword);
  ATTN_CHECK(source_subword == kSeq2SeqSourceSubword && target_subword == kSeq2SeqTargetSubword, file.string(),
             ": source_subword and target_subword must be \"", kSeq2SeqSourceSubword, "\" and \"",
             kSeq2SeqTargetSubword, "\"");
  k.reject_unknown();
  validate_in(file, "", [&] { c.validate(); });
  return c;
}

void write_seq2seq_config(const Seq2SeqConfig& c, const fs::path& dir) {
  fs::create_directories(dir);
  const json j = {{"model_type", kModelType},
                  {"cell", recurrent_cell_name(c.cell)},
                  {"layers", c.layers},
                  {"embed_size", c.embed_size},
                  {"hidden_size", c.hidden_size},
                  {"bidirectional", c.bidirectional},
                  {"attention", seq2seq_attention_name(c.attention)},
                  {"attention_size", c.attention_size},
                  {"local_window", c.local_window},
                  {"input_feeding", c.input_feeding},
                  {"dropout", c.dropout},
                  {"tie_embeddings", c.tie_embeddings},
                  {"source_vocab_size", c.source_vocab_size},
                  {"target_vocab_size", c.target_vocab_size},
                  {"source_subword", kSeq2SeqSourceSubword},
                  {"target_subword", kSeq2SeqTargetSubword}};
  write_file_atomically(dir / kConfigFile, j.dump(2) + "\n");
}

void save_seq2seq(const Seq2Seq& model, const fs::path& dir, FloatStorage storage) {
  write_seq2seq_config(model.config(), dir);
  save_safetensors((dir / kWeightsFile).string(), model.named_parameters(), {{"format", "attn-seq2seq"}}, storage);
}

TranslationModel load_translation_model(const fs::path& dir) {
  ATTN_CHECK(fs::is_directory(dir), dir.string(), ": no such model directory");
  const Seq2SeqConfig config = read_seq2seq_config(dir);
  const fs::path weights = dir / kWeightsFile;
  ATTN_CHECK(fs::is_regular_file(weights), weights.string(), ": missing (the model's weights)");
  TranslationModel m;
  for (const char* name : {kSeq2SeqSourceSubword, kSeq2SeqTargetSubword}) {
    const fs::path file = dir / name;
    ATTN_CHECK(fs::is_regular_file(file), file.string(), ": missing (the SentencePiece model of the ",
               name == kSeq2SeqSourceSubword ? "source" : "target", " language)");
    auto sp = std::make_shared<data::SubwordModel>(data::SubwordModel::load(file));
    const std::int64_t expected = name == kSeq2SeqSourceSubword ? config.source_vocab_size : config.target_vocab_size;
    ATTN_CHECK(sp->vocab_size() == expected, file.string(), ": vocabulary of ", sp->vocab_size(), " pieces, but ",
               (dir / kConfigFile).string(), " says ", expected, " (files from different models?)");
    (name == kSeq2SeqSourceSubword ? m.source : m.target) = std::move(sp);
  }
  Generator gen(0);  // every parameter is overwritten from the file
  m.model = std::make_shared<Seq2Seq>(config, gen);
  load_into(load_safetensors(weights.string()), m.model->named_parameters());
  m.model->eval();
  return m;
}

}  // namespace attn::models
