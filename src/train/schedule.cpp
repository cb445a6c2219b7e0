#include "attn/train/schedule.h"

#include <algorithm>
#include <cmath>

#include "attn/error.h"

namespace attn::train {
namespace {
void check_step(std::int64_t step, const char* schedule) {
  ATTN_CHECK(step >= 0, schedule, ": step must be >= 0, got ", step);
}
}  // namespace

ConstantSchedule::ConstantSchedule(double lr) : lr_(lr) {
  ATTN_CHECK(lr >= 0.0, "ConstantSchedule: lr must be >= 0, got ", lr);
}

double ConstantSchedule::lr_at(std::int64_t step) const {
  check_step(step, "ConstantSchedule");
  return lr_;
}

WarmupCosineSchedule::WarmupCosineSchedule(const WarmupCosineOptions& options) : options_(options) {
  ATTN_CHECK(options.peak_lr >= options.min_lr && options.min_lr >= 0.0,
             "WarmupCosineSchedule: expected peak_lr >= min_lr >= 0, got peak_lr ", options.peak_lr, ", min_lr ",
             options.min_lr);
  ATTN_CHECK(options.warmup_steps >= 0 && options.total_steps > options.warmup_steps,
             "WarmupCosineSchedule: expected 0 <= warmup_steps < total_steps, got warmup_steps ", options.warmup_steps,
             ", total_steps ", options.total_steps);
}

double WarmupCosineSchedule::lr_at(std::int64_t step) const {
  check_step(step, "WarmupCosineSchedule");
  const WarmupCosineOptions& o = options_;
  if (step < o.warmup_steps) return o.peak_lr * static_cast<double>(step + 1) / static_cast<double>(o.warmup_steps);
  const double progress =
      std::min(1.0, static_cast<double>(step - o.warmup_steps) / static_cast<double>(o.total_steps - o.warmup_steps));
  return o.min_lr + (o.peak_lr - o.min_lr) * 0.5 * (1.0 + std::cos(M_PI * progress));
}

InverseSqrtSchedule::InverseSqrtSchedule(std::int64_t d_model, std::int64_t warmup_steps, double scale)
    : d_model_(d_model), warmup_steps_(warmup_steps), scale_(scale) {
  ATTN_CHECK(d_model > 0 && warmup_steps > 0 && scale > 0.0,
             "InverseSqrtSchedule: d_model, warmup_steps and scale must be positive, got ", d_model, ", ", warmup_steps,
             ", ", scale);
}

double InverseSqrtSchedule::lr_at(std::int64_t step) const {
  check_step(step, "InverseSqrtSchedule");
  const double n = static_cast<double>(step + 1);
  const double warmup = static_cast<double>(warmup_steps_);
  return scale_ / std::sqrt(static_cast<double>(d_model_)) * std::min(1.0 / std::sqrt(n), n * std::pow(warmup, -1.5));
}

ReduceLROnPlateau::ReduceLROnPlateau(double initial_lr, const ReduceLROnPlateauOptions& options)
    : options_(options), state_{initial_lr} {
  ATTN_CHECK(initial_lr >= 0.0, "ReduceLROnPlateau: initial_lr must be >= 0, got ", initial_lr);
  ATTN_CHECK(options.factor > 0.0 && options.factor < 1.0, "ReduceLROnPlateau: factor must be in (0, 1), got ",
             options.factor);
  ATTN_CHECK(options.patience >= 0 && options.threshold >= 0.0 && options.min_lr >= 0.0,
             "ReduceLROnPlateau: patience (", options.patience, "), threshold (", options.threshold, ") and min_lr (",
             options.min_lr, ") must be >= 0");
}

double ReduceLROnPlateau::step(double loss) {
  if (loss < state_.best * (1.0 - options_.threshold)) {
    state_.best = loss;
    state_.bad_evaluations = 0;
  } else {
    ++state_.bad_evaluations;
  }
  if (state_.bad_evaluations > options_.patience) {
    // PyTorch ignores reductions smaller than 1e-8 (lr already at its floor).
    const double reduced = std::max(state_.lr * options_.factor, options_.min_lr);
    if (state_.lr - reduced > 1e-8) state_.lr = reduced;
    state_.bad_evaluations = 0;
  }
  return state_.lr;
}

}  // namespace attn::train
