// Training machinery against PyTorch on fresh random inputs: SGD (momentum,
// dampening, Nesterov, weight decay), Adam (L2 weight decay) and AdamW (decoupled)
// against torch.optim over several steps; clip_grad_norm_ against
// torch.nn.utils.clip_grad_norm_; the warmup-cosine and inverse-sqrt schedules
// against their closed forms driven through torch's LambdaLR; ReduceLROnPlateau
// against torch's. One batch, one Python process (see tests/support/oracle.h).
#include <gtest/gtest.h>

#include <cmath>
#include <iostream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "attn/ops.h"
#include "attn/random.h"
#include "attn/train/clip.h"
#include "attn/train/optimizer.h"
#include "attn/train/schedule.h"
#include "support/oracle.h"

using namespace attn;
using attn::testing::OracleBatch;
using attn::testing::TensorsByName;
using Json = nlohmann::json;

namespace {

constexpr std::int64_t kSteps = 5;

// The parameters an optimiser case updates: name, shape, and the scale of their
// gradients. "b"'s are small, so that a large eps (next to sqrt(v)) changes its steps.
struct ParamSpec {
  const char* name;
  Shape shape;
  double gradient_scale;
};
const ParamSpec kParams[] = {{"w", {4, 5}, 1.0}, {"b", {5}, 1e-3}, {"u", {3}, 0.5}};

// Steps at which a parameter gets no gradient: the optimiser skips it, its buffers
// and update count stay (torch.optim does the same). "u" misses its first update,
// so its buffers start at a later step.
Json skipped_steps() {
  return {{"b", {2}}, {"u", {0, 3}}};
}

bool skipped(const Json& skip, const std::string& name, std::int64_t step) {
  if (!skip.contains(name)) return false;
  for (const auto& k : skip.at(name))
    if (k.get<std::int64_t>() == step) return true;
  return false;
}

std::unique_ptr<train::Optimizer> make_optimizer(const nn::NamedTensors& params, const Json& a) {
  const std::string kind = a.at("optimizer");
  if (kind == "sgd") {
    return std::make_unique<train::SGD>(params, train::SGDOptions{.lr = a.at("lr"),
                                                                  .momentum = a.at("momentum"),
                                                                  .dampening = a.at("dampening"),
                                                                  .weight_decay = a.at("weight_decay"),
                                                                  .nesterov = a.at("nesterov")});
  }
  const train::AdamOptions options{.lr = a.at("lr"),
                                   .beta1 = a.at("beta1"),
                                   .beta2 = a.at("beta2"),
                                   .eps = a.at("eps"),
                                   .weight_decay = a.at("weight_decay")};
  if (kind == "adam") return std::make_unique<train::Adam>(params, options);
  return std::make_unique<train::AdamW>(params, options);
}

// The optimiser of attrs `a` on parameters "param.<p>", fed gradient "grad.<p>"[k] at
// step k (none where skipped) under learning rate a["lrs"][k]: every parameter after
// every step ("step<k>.<p>", k from 1), then the optimiser's state ("state.<name>").
// The learning rate changes each step, as a schedule changes it.
nn::NamedTensors run_optimizer(const Json& a, const TensorsByName& in) {
  nn::NamedTensors params;
  for (const ParamSpec& p : kParams) {
    Tensor leaf = in.at(std::string("param.") + p.name).clone();
    leaf.set_requires_grad(true);
    params.emplace_back(p.name, leaf);
  }
  const std::unique_ptr<train::Optimizer> optimizer = make_optimizer(params, a);
  const std::vector<double> lrs = a.at("lrs");
  nn::NamedTensors out;
  for (std::int64_t k = 0; k < kSteps; ++k) {
    for (const auto& [name, param] : params) {
      if (skipped(a.at("skip"), name, k)) {
        param.zero_grad();
        continue;
      }
      const Tensor grads = in.at("grad." + name);  // (kSteps, shape...)
      param.set_grad(grads.narrow(0, k, 1).reshape(param.shape()).clone());
    }
    optimizer->set_lr(lrs[static_cast<std::size_t>(k)]);
    optimizer->step();
    for (const auto& [name, param] : params)
      out.emplace_back("step" + std::to_string(k + 1) + "." + name, param.detach().clone());
  }
  for (const auto& [name, value] : optimizer->state()) out.emplace_back("state." + name, value);
  return out;
}

void add_optimizer_cases(OracleBatch& batch, Generator& gen) {
  struct Optimizer {
    const char* what;
    Json attrs;
  };
  const Optimizer optimizers[] = {
      {"sgd.plain",
       {{"optimizer", "sgd"}, {"momentum", 0.0}, {"dampening", 0.0}, {"nesterov", false}, {"weight_decay", 0.0}}},
      {"sgd.momentum_dampening_weight_decay",
       {{"optimizer", "sgd"}, {"momentum", 0.9}, {"dampening", 0.3}, {"nesterov", false}, {"weight_decay", 0.05}}},
      {"sgd.nesterov_weight_decay",
       {{"optimizer", "sgd"}, {"momentum", 0.8}, {"dampening", 0.0}, {"nesterov", true}, {"weight_decay", 0.02}}},
      // eps 1e-3 is of the size of sqrt(v) for "b": where eps enters matters.
      {"adam.l2_weight_decay",
       {{"optimizer", "adam"}, {"beta1", 0.8}, {"beta2", 0.95}, {"eps", 1e-3}, {"weight_decay", 0.1}}},
      {"adam.defaults",
       {{"optimizer", "adam"}, {"beta1", 0.9}, {"beta2", 0.999}, {"eps", 1e-8}, {"weight_decay", 0.0}}},
      {"adamw.decoupled_weight_decay",
       {{"optimizer", "adamw"}, {"beta1", 0.85}, {"beta2", 0.99}, {"eps", 1e-3}, {"weight_decay", 0.3}}},
  };
  for (const Optimizer& o : optimizers) {
    Json attrs = o.attrs;
    const bool sgd = attrs.at("optimizer") == "sgd";
    // Steps of about a tenth of the parameters' size, so that every update shows in
    // their values; the rate changes at every step.
    const double lr = sgd ? 0.1 : 0.05;
    std::vector<double> lrs;
    for (std::int64_t k = 0; k < kSteps; ++k) lrs.push_back(lr * (1.0 - 0.15 * static_cast<double>(k)));
    attrs["lr"] = lr;
    attrs["lrs"] = lrs;
    attrs["skip"] = skipped_steps();
    attrs["params"] = Json::array();
    NamedTensors inputs;
    std::set<std::string> constants;
    for (const ParamSpec& p : kParams) {
      attrs["params"].push_back(p.name);
      Shape stacked = p.shape;
      stacked.insert(stacked.begin(), kSteps);
      inputs.emplace_back(std::string("param.") + p.name, randn(p.shape, gen, DType::F64));
      inputs.emplace_back(std::string("grad.") + p.name, scale(randn(stacked, gen, DType::F64), p.gradient_scale));
      constants.insert(std::string("param.") + p.name);
      constants.insert(std::string("grad.") + p.name);
    }
    batch.add({.name = o.what,
               .op = "optimizer",
               .attrs = attrs,
               .inputs = inputs,
               .forward = [attrs](TensorsByName& in) -> NamedTensors { return run_optimizer(attrs, in); },
               .constant_inputs = constants});
  }
}

// Gradients of total norm about 4.5 (18 N(0, 1) values): clipped to 1, or left alone
// under 100. A third parameter without a gradient is skipped.
void add_clip_cases(OracleBatch& batch, Generator& gen) {
  for (const double max_norm : {1.0, 100.0}) {
    batch.add(
        {.name = max_norm < 10 ? "clip_grad_norm.clipped" : "clip_grad_norm.below_max_norm",
         .op = "clip_grad_norm",
         .attrs = {{"max_norm", max_norm}, {"params", {"w", "b"}}},
         .inputs = {{"grad.w", randn({3, 4}, gen, DType::F64)}, {"grad.b", randn({6}, gen, DType::F64)}},
         .forward = [max_norm](TensorsByName& in) -> NamedTensors {
           std::vector<Tensor> params;
           for (const char* name : {"w", "b"}) {
             const Tensor& grad = in.at(std::string("grad.") + name);
             Tensor param = zeros(grad.shape(), grad.dtype());
             param.set_requires_grad(true);
             param.set_grad(grad.clone());
             params.push_back(param);
           }
           Tensor without_gradient = zeros({2, 2}, in.at("grad.w").dtype());
           without_gradient.set_requires_grad(true);
           params.push_back(without_gradient);
           const double total = train::clip_grad_norm_(params, max_norm);
           return {{"total", scalar(total, DType::F64)}, {"grad.w", params[0].grad()}, {"grad.b", params[1].grad()}};
         },
         .constant_inputs = {"grad.w", "grad.b"}});
  }
}

// lr_at(0), lr_at(1), ..., lr_at(steps - 1) of a schedule, as an F64 vector.
Tensor schedule_values(const train::LrSchedule& schedule, std::int64_t steps) {
  std::vector<double> lrs;
  for (std::int64_t k = 0; k < steps; ++k) lrs.push_back(schedule.lr_at(k));
  return from_vector(lrs, {steps}, DType::F64);
}

// Random schedule settings each run; the steps run past the end of the decay.
void add_schedule_cases(OracleBatch& batch, Generator& gen) {
  const auto warmup = static_cast<std::int64_t>(gen.below(8));  // 0 too: no warmup at all
  const train::WarmupCosineOptions cosine{.peak_lr = 1e-3 * (1.0 + gen.uniform()),
                                          .min_lr = 1e-4 * gen.uniform(),
                                          .warmup_steps = warmup,
                                          .total_steps = warmup + 5 + static_cast<std::int64_t>(gen.below(20))};
  const std::int64_t cosine_steps = cosine.total_steps + 5;
  batch.add({.name = "warmup_cosine.warmup_" + std::to_string(warmup),
             .op = "warmup_cosine",
             .attrs = {{"peak_lr", cosine.peak_lr},
                       {"min_lr", cosine.min_lr},
                       {"warmup_steps", cosine.warmup_steps},
                       {"total_steps", cosine.total_steps},
                       {"steps", cosine_steps}},
             .forward = [cosine, cosine_steps](TensorsByName&) -> NamedTensors {
               return {{"lr", schedule_values(train::WarmupCosineSchedule(cosine), cosine_steps)}};
             },
             .dtypes = {DType::F64}});  // computed in double whatever the model's dtype

  const std::int64_t d_model = 16 << gen.below(4);
  const auto inverse_warmup = static_cast<std::int64_t>(1 + gen.below(10));
  const double inverse_scale = 0.5 + gen.uniform();
  const std::int64_t inverse_steps = 3 * inverse_warmup + 5;
  batch.add({.name = "inverse_sqrt.d_model_" + std::to_string(d_model),
             .op = "inverse_sqrt",
             .attrs = {{"d_model", d_model},
                       {"warmup_steps", inverse_warmup},
                       {"scale", inverse_scale},
                       {"steps", inverse_steps}},
             .forward = [=](TensorsByName&) -> NamedTensors {
               return {{"lr", schedule_values(train::InverseSqrtSchedule(d_model, inverse_warmup, inverse_scale),
                                              inverse_steps)}};
             },
             .dtypes = {DType::F64}});
}

// ReduceLROnPlateau fed a loss sequence: lr, best and bad-evaluation count after each.
void add_plateau_case(OracleBatch& batch, const std::string& what, const std::vector<double>& losses,
                      const train::ReduceLROnPlateauOptions& options, double initial_lr) {
  batch.add({.name = "reduce_lr_on_plateau." + what,
             .op = "reduce_lr_on_plateau",
             .attrs = {{"initial_lr", initial_lr},
                       {"factor", options.factor},
                       {"patience", options.patience},
                       {"threshold", options.threshold},
                       {"min_lr", options.min_lr},
                       {"losses", losses}},
             .forward = [=](TensorsByName&) -> NamedTensors {
               train::ReduceLROnPlateau plateau(initial_lr, options);
               std::vector<double> lrs, best, bad;
               for (const double loss : losses) {
                 lrs.push_back(plateau.step(loss));
                 best.push_back(plateau.state().best);
                 bad.push_back(static_cast<double>(plateau.state().bad_evaluations));
               }
               const auto n = static_cast<std::int64_t>(losses.size());
               return {{"lr", from_vector(lrs, {n}, DType::F64)},
                       {"best", from_vector(best, {n}, DType::F64)},
                       {"bad_evaluations", from_vector(bad, {n}, DType::F64)}};
             },
             .dtypes = {DType::F64}});
}

void add_plateau_cases(OracleBatch& batch, Generator& gen) {
  // Fixed: improvements, a plateau, an improvement below the relative threshold
  // (0.9 -> 0.89995 is less than 1e-4 relative: not one), repeated reductions down to
  // min_lr, and further plateaus at the floor.
  const std::vector<double> fixed = {1.0,  0.9,  0.9,  0.95, 0.89995, 0.8,  0.8,  0.8,  0.85, 0.8,
                                     0.79, 0.79, 0.79, 0.79, 0.79,    0.79, 0.79, 0.79, 0.79, 0.79,
                                     0.5,  0.5,  0.5,  0.5,  0.5,     0.5,  0.5,  0.5,  0.5,  0.5};
  add_plateau_case(batch, "fixed", fixed, {.factor = 0.5, .patience = 2, .threshold = 1e-4, .min_lr = 0.02}, 0.1);
  // Random: a noisy decreasing loss, so that the run alternates between progress and
  // plateaus.
  std::vector<double> noisy;
  double level = 2.0;
  for (int k = 0; k < 60; ++k) {
    level *= 1.0 - 0.02 * gen.uniform();
    noisy.push_back(level * (1.0 + 0.05 * gen.normal()));
  }
  add_plateau_case(batch, "noisy", noisy, {.factor = 0.3, .patience = 3, .threshold = 1e-2, .min_lr = 1e-4}, 0.05);
}

}  // namespace

TEST(OracleOptim, TrainingAgainstTorch) {
  Generator gen(attn::testing::oracle_seed());
  OracleBatch batch;
  add_optimizer_cases(batch, gen);
  add_clip_cases(batch, gen);
  add_schedule_cases(batch, gen);
  add_plateau_cases(batch, gen);
  const auto results = batch.run(gen);
  std::cout << attn::testing::oracle_table(results);
  for (const auto& r : results) EXPECT_TRUE(r.passed()) << r.describe();
}
