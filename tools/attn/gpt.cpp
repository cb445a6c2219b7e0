// attn gpt train: trains a GPT from a JSON config (see docs/gpt.md and configs/).
#include <cmath>
#include <filesystem>
#include <iostream>
#include <string>

#include "attn/data/tokenizer.h"
#include "attn/error.h"
#include "attn/models/gpt_checkpoint.h"
#include "attn/models/gpt_train.h"
#include "commands.h"

namespace attn::cli {

void register_gpt(CLI::App& app) {
  auto* gpt = app.add_subcommand("gpt", "GPT language models: train, convert");
  gpt->require_subcommand(1);
  auto* train = gpt->add_subcommand("train", "train a GPT from scratch on text files, as a JSON config says");
  struct Options {
    std::string config;
    bool resume = false;
    std::int64_t stop_after = 0;
  };
  auto o = std::make_shared<Options>();
  train->add_option("--config", o->config, "the training config (JSON; docs/gpt.md lists its keys)")->required();
  train->add_flag("--resume", o->resume, "continue from OUT/last when it exists (exactly where it stopped)");
  train->add_option("--stop-after", o->stop_after, "stop with a checkpoint after this step (for testing resume)")
      ->check(CLI::NonNegativeNumber);
  train->callback([o] {
    const models::GPTTrainConfig config = models::read_gpt_train_config(o->config);
    const models::TrainSummary s =
        models::train_gpt(config, {.resume = o->resume, .stop_after = o->stop_after, .log = &std::cerr});
    std::cout << "{\"steps\": " << s.steps_done << ", \"train_loss\": " << s.last_train_loss
              << ", \"best_valid_loss\": "
              << (std::isfinite(s.best_valid_loss) ? std::to_string(s.best_valid_loss) : std::string("null"))
              << ", \"tokens_per_s\": " << s.tokens_per_s << ", \"model\": \"" << (config.out_dir / "best").string()
              << "\"}" << std::endl;
  });

  // attn gpt convert: a model directory or an llm.c checkpoint -> a model directory.
  auto* convert = gpt->add_subcommand(
      "convert", "write a model directory from a model directory or an llm.c checkpoint (.bin), e.g. in F16");
  struct ConvertOptions {
    std::string from, out, dtype = "f32";
  };
  auto c = std::make_shared<ConvertOptions>();
  convert->add_option("--from", c->from, "a model directory, or llm.c's gpt2_124M.bin")->required();
  convert->add_option("--out", c->out, "the model directory to write")->required();
  convert->add_option("--dtype", c->dtype, "weights stored as f32 (default), f16 or bf16")
      ->check(CLI::IsMember({"f32", "f16", "bf16"}));
  convert->callback([c] {
    const std::filesystem::path from(c->from);
    const bool llmc = std::filesystem::is_regular_file(from);
    const auto model = llmc ? models::import_llmc(from) : models::load_gpt(from);
    // llm.c files hold GPT-2's BPE ids; a directory keeps its own tokenizer.
    const auto tokenizer =
        llmc ? data::load_gpt2_tokenizer(data::default_gpt2_vocab_dir()) : data::load_tokenizer(from);
    const FloatStorage storage = c->dtype == "f16"    ? FloatStorage::Float16
                                 : c->dtype == "bf16" ? FloatStorage::BFloat16
                                                      : FloatStorage::AsIs;
    models::save_gpt(*model, c->out, storage);
    tokenizer->save(c->out);
    std::cout << "wrote " << c->out << ": " << model->num_parameters() << " parameters, " << c->dtype << ", tokenizer "
              << tokenizer->name() << std::endl;
  });
}

}  // namespace attn::cli
