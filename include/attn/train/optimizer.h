// attn train: optimisers. SGD (with momentum, optionally Nesterov), Adam and AdamW,
// with PyTorch's update rules, so that a training run matches torch.optim step for step.
//
// An optimiser holds named parameters (Module::named_parameters()) and, per parameter,
// its own buffers and step count. step() updates, in place and under NoGradGuard, every
// parameter that has a gradient; parameters without one are skipped and their step
// count stays (as torch.optim does). Buffers are kept in the parameter's dtype.
//
// Its state reads and writes as named tensors, for checkpoints:
//   "step"                  ()  f64, number of step() calls
//   "step.<param>"          ()  f64, number of updates of that parameter
//   "<buffer>.<param>"      shape of the parameter, e.g. "exp_avg.h.0.attn.c_proj.weight"
// with PyTorch's buffer names: momentum_buffer (SGD), exp_avg and exp_avg_sq (Adam, AdamW).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "attn/nn/module.h"
#include "attn/tensor.h"

namespace attn::train {

class Optimizer {
 public:
  virtual ~Optimizer() = default;
  Optimizer(const Optimizer&) = delete;
  Optimizer& operator=(const Optimizer&) = delete;

  // Updates every parameter that has a gradient, then counts one step. Each gradient
  // is read times grad_scale: gradient clipping folded into the update, bit for bit
  // what scaling the gradients first would give (see train/clip.h).
  void step(double grad_scale = 1.0);
  // step(), and leaves every gradient it read filled with zeros, written in the same
  // pass over memory. The next backward then adds its products straight into these
  // buffers (leaf_grad_sink in autograd.h) instead of allocating and zero-filling new
  // ones; it replaces zero_grad() before that backward. Gradients read after it are zero.
  void step_and_zero_grad(double grad_scale = 1.0);
  // Forgets every parameter's gradient (the next backward allocates new ones).
  void zero_grad();

  double lr() const { return lr_; }
  void set_lr(double lr);  // e.g. from a schedule, before step()
  std::int64_t step_count() const { return step_count_; }

  // Copies of the state tensors, named as above, in parameter order.
  nn::NamedTensors state() const;
  // Restores a state written by state(): exactly the same names and shapes, else an
  // error naming the first mismatch.
  void load_state(const nn::NamedTensors& state);

 protected:
  // Per parameter: its buffers (zeros at first, one per name of buffer_names) and the
  // number of updates it has had.
  struct ParamState {
    std::string name;
    Tensor param;                 // the parameter (a leaf), updated in place
    std::vector<Tensor> buffers;  // same shape and dtype as param
    std::int64_t steps = 0;
  };

  // params: (name, tensor) pairs of contiguous float leaves; buffer_names: the names of
  // the per-parameter buffers this optimiser keeps.
  Optimizer(const nn::NamedTensors& params, double lr, std::vector<std::string> buffer_names);

  // How update() reads the gradient: times `scale`, and left zero when `zero` is set.
  struct GradUse {
    double scale = 1.0;
    bool zero = false;
  };

  // One update of one parameter from its gradient (contiguous, same shape and dtype);
  // s.steps counts the updates before this one. Called with grad mode off.
  virtual void update(ParamState& s, const Tensor& grad, const GradUse& use) = 0;

 private:
  void step_with(const GradUse& use);

  std::vector<ParamState> params_;
  std::vector<std::string> buffer_names_;
  double lr_;
  std::int64_t step_count_ = 0;
};

struct SGDOptions {
  double lr = 1e-2;
  double momentum = 0.0;
  double dampening = 0.0;
  double weight_decay = 0.0;  // L2: added to the gradient as weight_decay * p
  bool nesterov = false;      // needs momentum > 0 and dampening == 0
};

// torch.optim.SGD:
//   g = grad + wd * p
//   buf = g at the first update, else momentum * buf + (1 - dampening) * g
//   g = nesterov ? g + momentum * buf : buf       (when momentum != 0)
//   p -= lr * g
class SGD : public Optimizer {
 public:
  SGD(const nn::NamedTensors& params, const SGDOptions& options);

 protected:
  void update(ParamState& s, const Tensor& grad, const GradUse& use) override;

 private:
  SGDOptions options_;
};

struct AdamOptions {
  double lr = 1e-3;
  double beta1 = 0.9;
  double beta2 = 0.999;
  double eps = 1e-8;
  double weight_decay = 0.0;  // Adam: L2 added to the gradient; AdamW: decoupled
};

// torch.optim.Adam (Kingma & Ba, 2015), at update number t = 1, 2, ...:
//   g = grad + wd * p                             (L2 weight decay)
//   m = b1 * m + (1 - b1) * g,   v = b2 * v + (1 - b2) * g^2
//   p -= lr / (1 - b1^t) * m / (sqrt(v) / sqrt(1 - b2^t) + eps)
class Adam : public Optimizer {
 public:
  Adam(const nn::NamedTensors& params, const AdamOptions& options);

 protected:
  // decoupled: AdamW's weight decay instead of Adam's.
  Adam(const nn::NamedTensors& params, const AdamOptions& options, bool decoupled);
  void update(ParamState& s, const Tensor& grad, const GradUse& use) override;

 private:
  AdamOptions options_;
  bool decoupled_;
};

// torch.optim.AdamW (Loshchilov & Hutter, 2019): the weight decay leaves the gradient
// alone and shrinks the parameter first, p -= lr * wd * p, then the Adam step on grad.
// Note: AdamOptions' weight_decay defaults to 0; PyTorch's AdamW default is 1e-2.
//   AdamW opt(model.named_parameters(), {.lr = 3e-4, .weight_decay = 0.1});
class AdamW : public Adam {
 public:
  AdamW(const nn::NamedTensors& params, const AdamOptions& options);
};

}  // namespace attn::train
