#include "attn/nn/module.h"

#include <unordered_set>

#include "attn/error.h"

namespace attn::nn {

NamedTensors Module::named_parameters() const {
  NamedTensors all;
  collect_parameters("", all);
  NamedTensors out;
  std::unordered_set<const TensorImpl*> seen;
  for (auto& [name, tensor] : all)
    if (seen.insert(tensor.impl()).second) out.emplace_back(std::move(name), std::move(tensor));
  return out;
}

void Module::collect_parameters(const std::string& prefix, NamedTensors& out) const {
  for (const auto& [name, tensor] : parameters_) out.emplace_back(prefix + name, tensor);
  for (const auto& [name, child] : children_) child->collect_parameters(prefix + name + ".", out);
}

std::vector<Tensor> Module::parameters() const {
  std::vector<Tensor> out;
  for (auto& [name, tensor] : named_parameters()) out.push_back(tensor);
  return out;
}

std::int64_t Module::num_parameters() const {
  std::int64_t n = 0;
  for (const Tensor& p : parameters()) n += p.numel();
  return n;
}

void Module::zero_grad() {
  for (const Tensor& p : parameters()) p.zero_grad();
}

void Module::train(bool on) {
  training_ = on;
  for (auto& [name, child] : children_) child->train(on);
}

void Module::check_new_name(const std::string& name) const {
  ATTN_CHECK(!name.empty() && name.find('.') == std::string::npos, "Module: name '", name,
             "' must be non-empty and contain no dot (dots join the path of nested modules)");
  for (const auto& [existing, tensor] : parameters_)
    ATTN_CHECK(existing != name, "Module: a parameter named '", name, "' is already registered");
  for (const auto& [existing, child] : children_)
    ATTN_CHECK(existing != name, "Module: a child module named '", name, "' is already registered");
}

Tensor Module::register_parameter(const std::string& name, Tensor value) {
  check_new_name(name);
  ATTN_CHECK(value.defined() && is_floating(value.dtype()) && value.is_leaf() && value.is_contiguous(),
             "Module: parameter '", name, "' must be a contiguous float leaf tensor, got ",
             value.defined() ? value.describe() : std::string("undefined"));
  value.set_requires_grad(true);
  parameters_.emplace_back(name, value);
  return value;
}

void Module::add_child(const std::string& name, std::shared_ptr<Module> child) {
  check_new_name(name);
  ATTN_CHECK(child != nullptr, "Module: child module '", name, "' is null");
  child->train(training_);
  children_.emplace_back(name, std::move(child));
}

}  // namespace attn::nn
