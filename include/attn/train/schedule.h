// attn train: learning-rate schedules.
//
// A step schedule maps the number of optimiser steps already taken (0 before the first
// update) to the learning rate of the next one:
//   opt.set_lr(schedule.lr_at(opt.step_count()));
//   opt.step();
// ReduceLROnPlateau is driven by a validation loss instead.
#pragma once

#include <cstdint>
#include <limits>

namespace attn::train {

class LrSchedule {
 public:
  virtual ~LrSchedule() = default;
  virtual double lr_at(std::int64_t step) const = 0;
};

class ConstantSchedule : public LrSchedule {
 public:
  explicit ConstantSchedule(double lr);
  double lr_at(std::int64_t step) const override;

 private:
  double lr_;
};

struct WarmupCosineOptions {
  double peak_lr = 0.0;
  double min_lr = 0.0;
  std::int64_t warmup_steps = 0;
  std::int64_t total_steps = 0;  // the decay reaches min_lr here and stays there
};

// Linear warmup, then cosine decay (Loshchilov & Hutter, 2017, without restarts):
//   step < warmup:  peak * (step + 1) / warmup        (the first update is not wasted at 0)
//   else:           min + (peak - min) * (1 + cos(pi * p)) / 2,
//                   p = min(1, (step - warmup) / (total - warmup))
class WarmupCosineSchedule : public LrSchedule {
 public:
  explicit WarmupCosineSchedule(const WarmupCosineOptions& options);
  double lr_at(std::int64_t step) const override;

 private:
  WarmupCosineOptions options_;
};

// "Attention Is All You Need" (Vaswani et al., 2017), with n = step + 1:
//   lr = scale * d_model^-0.5 * min(n^-0.5, n * warmup^-1.5)
// rising linearly for `warmup` steps, then decaying as 1/sqrt(n).
class InverseSqrtSchedule : public LrSchedule {
 public:
  InverseSqrtSchedule(std::int64_t d_model, std::int64_t warmup_steps, double scale = 1.0);
  double lr_at(std::int64_t step) const override;

 private:
  std::int64_t d_model_;
  std::int64_t warmup_steps_;
  double scale_;
};

struct ReduceLROnPlateauOptions {
  double factor = 0.1;         // lr *= factor on a plateau
  std::int64_t patience = 10;  // evaluations without improvement tolerated
  double threshold = 1e-4;     // relative: improvement means loss < best * (1 - threshold)
  double min_lr = 0.0;
};

// torch.optim.lr_scheduler.ReduceLROnPlateau in mode "min", threshold mode "rel",
// without cooldown: after more than `patience` evaluations in a row without
// improvement, lr becomes max(lr * factor, min_lr) and the count restarts.
class ReduceLROnPlateau {
 public:
  ReduceLROnPlateau(double initial_lr, const ReduceLROnPlateauOptions& options = {});

  // Feeds one validation loss; returns the learning rate to use from now on.
  double step(double loss);
  double lr() const { return state_.lr; }

  // What a checkpoint saves to resume exactly.
  struct State {
    double lr;
    double best = std::numeric_limits<double>::infinity();
    std::int64_t bad_evaluations = 0;
  };
  const State& state() const { return state_; }
  void load_state(const State& state) { state_ = state; }

 private:
  ReduceLROnPlateauOptions options_;
  State state_;
};

}  // namespace attn::train
