// attn gpt train: trains a GPT from a JSON config (see docs/gpt.md and configs/).
#include <cmath>
#include <filesystem>
#include <iostream>
#include <string>

#include "attn/models/gpt_train.h"
#include "commands.h"

namespace attn::cli {

void register_gpt(CLI::App& app) {
  auto* gpt = app.add_subcommand("gpt", "GPT language models: train");
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
              << (std::isfinite(s.best_valid_loss) ? std::to_string(s.best_valid_loss) : std::string("null")) << ", \"tokens_per_s\": " << s.tokens_per_s
              << ", \"model\": \"" << (config.out_dir / "best").string() << "\"}" << std::endl;
  });
}

}  // namespace attn::cli
