// attn nmt train: trains an encoder-decoder translation model from a JSON config;
// attn nmt experiment: trains several and compares them on the test split
// (see docs/nmt.md and configs/nmt-*.json).
#include <cmath>
#include <filesystem>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "attn/models/nmt_experiment.h"
#include "attn/models/seq2seq_train.h"
#include "commands.h"

namespace attn::cli {

void register_nmt(CLI::App& app) {
  auto* nmt = app.add_subcommand("nmt", "neural machine translation with RNN encoder-decoders: train, experiment");
  nmt->require_subcommand(1);
  auto* train = nmt->add_subcommand("train", "train a translation model on a parallel corpus, as a JSON config says");
  struct Options {
    std::string config;
    bool resume = false;
    std::int64_t stop_after = 0;
  };
  auto o = std::make_shared<Options>();
  train->add_option("--config", o->config, "the training config (JSON; docs/nmt.md lists its keys)")->required();
  train->add_flag("--resume", o->resume, "continue from OUT/last when it exists (exactly where it stopped)");
  train->add_option("--stop-after", o->stop_after, "stop with a checkpoint after this step (for testing resume)")
      ->check(CLI::NonNegativeNumber);
  train->callback([o] {
    const models::NMTTrainConfig config = models::read_nmt_train_config(o->config);
    const models::NMTTrainSummary s =
        models::train_nmt(config, {.resume = o->resume, .stop_after = o->stop_after, .log = &std::cerr});
    auto finite_or_null = [](double x) { return std::isfinite(x) ? nlohmann::json(x) : nlohmann::json(nullptr); };
    const nlohmann::json out = {{"steps", s.steps_done},
                                {"epochs", s.epochs_done},
                                {"train_loss", finite_or_null(s.last_train_loss)},
                                {"best_valid_loss", finite_or_null(s.best_valid_loss)},
                                {"best_valid_bleu", s.best_valid_bleu},
                                {"tokens_per_s", s.tokens_per_s},
                                {"seconds", s.seconds},
                                {"total_seconds", s.total_seconds},
                                {"early_stopped", s.early_stopped},
                                {"model", (config.out_dir / "best").string()}};
    std::cout << out.dump() << std::endl;
  });

  auto* experiment = nmt->add_subcommand(
      "experiment", "train models with and without attention (resuming each) and score them on the test split");
  auto config = std::make_shared<std::string>();
  experiment->add_option("--config", *config, "the experiment config (JSON; docs/nmt.md lists its keys)")->required();
  experiment->callback([config] {
    const models::NMTExperimentConfig c = models::read_nmt_experiment_config(*config);
    const models::NMTExperimentResult r = models::run_nmt_experiment(c, {.log = &std::cerr});
    nlohmann::json models = nlohmann::json::array();
    for (const auto& m : r.models) {
      models.push_back({{"label", m.label}, {"test_bleu", m.test.score}, {"train_seconds", m.training.total_seconds}});
    }
    std::cerr << "results: " << (c.out_dir / "results.md").string() << ", " << (c.out_dir / "results.json").string()
              << ", " << (c.out_dir / "bleu-by-length.png").string() << std::endl;
    std::cout << nlohmann::json{{"out", c.out_dir.string()}, {"models", models}}.dump() << std::endl;
  });
}

}  // namespace attn::cli
