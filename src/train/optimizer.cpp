#include "attn/train/optimizer.h"

#include <cmath>
#include <map>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/parallel.h"
#include "dispatch.h"
#include "kernels/cpu/adam.h"
#include "kernels/cpu/chunks.h"
#include "kernels/cpu/parallel_for.h"

namespace attn::train {

// --- Optimizer ------------------------------------------------------------------

Optimizer::Optimizer(const nn::NamedTensors& params, double lr, std::vector<std::string> buffer_names)
    : buffer_names_(std::move(buffer_names)), lr_(lr) {
  ATTN_CHECK(lr >= 0.0, "optimizer: learning rate must be >= 0, got ", lr);
  for (const auto& [name, p] : params) {
    ATTN_CHECK(p.defined() && is_floating(p.dtype()) && p.is_leaf() && p.is_contiguous(), "optimizer: parameter '",
               name, "' must be a contiguous float leaf, got ", p.defined() ? p.describe() : std::string("undefined"));
    for (const ParamState& other : params_)
      ATTN_CHECK(other.name != name && !other.param.same(p), "optimizer: parameter '", name, "' is given twice (as '",
                 other.name, "')");
    ParamState s{name, p, {}, 0};
    for (std::size_t i = 0; i < buffer_names_.size(); ++i) s.buffers.push_back(zeros_like(p));
    params_.push_back(std::move(s));
  }
}

void Optimizer::set_lr(double lr) {
  ATTN_CHECK(lr >= 0.0, "optimizer: learning rate must be >= 0, got ", lr);
  lr_ = lr;
}

void Optimizer::step(double grad_scale) {
  step_with({.scale = grad_scale, .zero = false});
}

void Optimizer::step_and_zero_grad(double grad_scale) {
  step_with({.scale = grad_scale, .zero = true});
}

void Optimizer::step_with(const GradUse& use) {
  ATTN_CHECK(std::isfinite(use.scale) && use.scale >= 0.0, "optimizer: gradient scale must be finite and >= 0, got ",
             use.scale);
  NoGradGuard no_grad;
  for (ParamState& s : params_) {
    const Tensor grad = s.param.grad();
    if (!grad.defined()) continue;
    ATTN_CHECK(grad.shape() == s.param.shape() && grad.dtype() == s.param.dtype(), "optimizer: gradient ",
               grad.describe(), " does not match parameter '", s.name, "' ", s.param.describe());
    const bool in_place = grad.is_contiguous();
    update(s, in_place ? grad : grad.contiguous(), use);
    if (use.zero && !in_place) s.param.set_grad(zeros_like(s.param));
    ++s.steps;
  }
  ++step_count_;
}

void Optimizer::zero_grad() {
  for (ParamState& s : params_) s.param.zero_grad();
}

nn::NamedTensors Optimizer::state() const {
  nn::NamedTensors out;
  out.emplace_back("step", scalar(static_cast<double>(step_count_), DType::F64));
  for (const ParamState& s : params_) {
    out.emplace_back("step." + s.name, scalar(static_cast<double>(s.steps), DType::F64));
    for (std::size_t i = 0; i < buffer_names_.size(); ++i)
      out.emplace_back(buffer_names_[i] + "." + s.name, s.buffers[i].clone());
  }
  return out;
}

void Optimizer::load_state(const nn::NamedTensors& state) {
  std::map<std::string, Tensor> given(state.begin(), state.end());
  ATTN_CHECK(given.size() == state.size(), "optimizer: load_state: a name appears twice");
  const nn::NamedTensors expected = this->state();
  for (const auto& [name, mine] : expected) {
    auto it = given.find(name);
    ATTN_CHECK(it != given.end(), "optimizer: load_state: '", name, "' is missing");
    ATTN_CHECK(it->second.shape() == mine.shape(), "optimizer: load_state: '", name, "' is ", it->second.describe(),
               ", expected shape ", shape_str(mine.shape()));
  }
  ATTN_CHECK(given.size() == expected.size(), "optimizer: load_state: ", given.size(), " tensors given, ",
             expected.size(), " expected (names of another model or optimiser?)");

  auto count = [&](const std::string& name) {
    const double v = given.at(name).item();
    ATTN_CHECK(v >= 0 && v == std::floor(v), "optimizer: load_state: '", name, "' = ", v, " is not a count");
    return static_cast<std::int64_t>(v);
  };
  step_count_ = count("step");
  for (ParamState& s : params_) {
    s.steps = count("step." + s.name);
    for (std::size_t i = 0; i < buffer_names_.size(); ++i)
      copy_into(s.buffers[i], given.at(buffer_names_[i] + "." + s.name));
  }
}

// --- SGD ------------------------------------------------------------------------

SGD::SGD(const nn::NamedTensors& params, const SGDOptions& options)
    : Optimizer(params, options.lr,
                options.momentum != 0.0 ? std::vector<std::string>{"momentum_buffer"} : std::vector<std::string>{}),
      options_(options) {
  ATTN_CHECK(options.momentum >= 0.0 && options.weight_decay >= 0.0, "SGD: momentum (", options.momentum,
             ") and weight_decay (", options.weight_decay, ") must be >= 0");
  ATTN_CHECK(!options.nesterov || (options.momentum > 0.0 && options.dampening == 0.0),
             "SGD: nesterov needs momentum > 0 and dampening 0, got momentum ", options.momentum, ", dampening ",
             options.dampening);
}

void SGD::update(ParamState& s, const Tensor& grad, const GradUse& use) {
  const SGDOptions o = options_;
  const double lr = this->lr();
  const bool first = s.steps == 0;
  const bool has_momentum = o.momentum != 0.0;
  const std::int64_t n = s.param.numel();
  dispatch_float(s.param.dtype(), "SGD", [&](auto tag) {
    using T = decltype(tag);
    T* p = s.param.data<T>();
    T* g = grad.data<T>();
    T* buf = has_momentum ? s.buffers[0].data<T>() : nullptr;
    const T scale = static_cast<T>(use.scale);
    kernels::parallel_for(n, n >= kParallelGrain, [&](std::int64_t i) {
      const T gi = g[i] * scale;  // rounded as a gradient scaled in place would be
      if (use.zero) g[i] = T(0);
      double d = static_cast<double>(gi) + o.weight_decay * static_cast<double>(p[i]);
      if (has_momentum) {
        const double b = first ? d : o.momentum * static_cast<double>(buf[i]) + (1.0 - o.dampening) * d;
        buf[i] = static_cast<T>(b);
        d = o.nesterov ? d + o.momentum * b : b;
      }
      p[i] = static_cast<T>(static_cast<double>(p[i]) - lr * d);
    });
  });
}

// --- Adam, AdamW ----------------------------------------------------------------

Adam::Adam(const nn::NamedTensors& params, const AdamOptions& options) : Adam(params, options, false) {}

Adam::Adam(const nn::NamedTensors& params, const AdamOptions& options, bool decoupled)
    : Optimizer(params, options.lr, {"exp_avg", "exp_avg_sq"}), options_(options), decoupled_(decoupled) {
  ATTN_CHECK(options.beta1 >= 0.0 && options.beta1 < 1.0 && options.beta2 >= 0.0 && options.beta2 < 1.0,
             decoupled ? "AdamW" : "Adam", ": betas must be in [0, 1), got (", options.beta1, ", ", options.beta2, ")");
  ATTN_CHECK(options.eps >= 0.0 && options.weight_decay >= 0.0, decoupled ? "AdamW" : "Adam", ": eps (", options.eps,
             ") and weight_decay (", options.weight_decay, ") must be >= 0");
}

void Adam::update(ParamState& s, const Tensor& grad, const GradUse& use) {
  const AdamOptions o = options_;
  const double lr = this->lr();
  const double t = static_cast<double>(s.steps + 1);
  const double step_size = lr / (1.0 - std::pow(o.beta1, t));
  const double sqrt_correction2 = std::sqrt(1.0 - std::pow(o.beta2, t));
  const double shrink = decoupled_ ? 1.0 - lr * o.weight_decay : 1.0;  // AdamW
  const double l2 = decoupled_ ? 0.0 : o.weight_decay;                 // Adam
  const std::int64_t n = s.param.numel();
  if (s.param.dtype() == DType::F32) {  // the vectorised kernel, in chunks across threads
    kernels::AdamStep k;
    k.shrink = static_cast<float>(shrink);
    k.l2 = static_cast<float>(l2);
    k.beta1 = static_cast<float>(o.beta1);
    k.beta2 = static_cast<float>(o.beta2);
    k.c1 = static_cast<float>(1.0 - o.beta1);
    k.c2 = static_cast<float>(1.0 - o.beta2);
    k.step = static_cast<float>(step_size);
    k.inv_correction2 = static_cast<float>(1.0 / sqrt_correction2);
    k.eps = static_cast<float>(o.eps);
    k.grad_scale = static_cast<float>(use.scale);
    k.zero_grad = use.zero;
    float* p = s.param.data<float>();
    float* m = s.buffers[0].data<float>();
    float* v = s.buffers[1].data<float>();
    float* g = grad.data<float>();
    kernels::for_chunks(n, [&](std::int64_t begin, std::int64_t len) {
      kernels::adam_update(p + begin, m + begin, v + begin, g + begin, len, k);
    });
    return;
  }
  // Double parameters: the plain loop, in the parameter's own precision as
  // torch.optim does.
  dispatch_float(s.param.dtype(), "Adam", [&](auto tag) {
    using T = decltype(tag);
    T* p = s.param.data<T>();
    T* g = grad.data<T>();
    T* m = s.buffers[0].data<T>();
    T* v = s.buffers[1].data<T>();
    const T b1 = static_cast<T>(o.beta1), b2 = static_cast<T>(o.beta2);
    const T c1 = static_cast<T>(1.0 - o.beta1), c2 = static_cast<T>(1.0 - o.beta2);
    const T shrink_t = static_cast<T>(shrink), l2_t = static_cast<T>(l2), eps = static_cast<T>(o.eps);
    const T step_t = static_cast<T>(step_size), inv_correction2 = static_cast<T>(1.0 / sqrt_correction2);
    const T scale = static_cast<T>(use.scale);
    kernels::parallel_for(n, n >= kParallelGrain, [&](std::int64_t i) {
      const T pi = p[i] * shrink_t;
      const T gs = g[i] * scale;
      if (use.zero) g[i] = T(0);
      const T gi = gs + l2_t * pi;
      const T mi = b1 * m[i] + c1 * gi;
      const T vi = b2 * v[i] + c2 * gi * gi;
      m[i] = mi;
      v[i] = vi;
      p[i] = pi - step_t * mi / (std::sqrt(vi) * inv_correction2 + eps);
    });
  });
}

AdamW::AdamW(const nn::NamedTensors& params, const AdamOptions& options) : Adam(params, options, true) {}

}  // namespace attn::train
