// attn nn: Module, the base of every layer and model.
//
// A module owns parameters (float leaves that require grad) and child modules, both
// registered under a name. Their full names join the path with dots, as PyTorch's
// state_dict does:
//   model
//   ├── wte.weight                 (V, C)
//   └── h (ModuleList)
//       └── 3 (Block)
//           └── attn.c_proj.weight (C, C)      -> "h.3.attn.c_proj.weight"
// named_parameters() lists them in registration order (own parameters first, then
// each child's), so a layer that registers in PyTorch's order lists in PyTorch's
// order. Loading weights writes into the registered tensors in place (copy_into):
// the handles a layer keeps in its fields and the registered ones are the same tensor.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "attn/tensor.h"

namespace attn::nn {

using NamedTensors = std::vector<std::pair<std::string, Tensor>>;

class Module {
 public:
  Module() = default;
  virtual ~Module() = default;
  // Modules are shared by handle (std::shared_ptr), never copied: a copy would share
  // the parameter storage under a second owner.
  Module(const Module&) = delete;
  Module& operator=(const Module&) = delete;

  // ("h.3.attn.c_proj.weight", tensor) pairs, recursively, in registration order. A
  // tensor registered twice (tied weights) is listed once, under its first name, as
  // PyTorch's named_parameters() does.
  NamedTensors named_parameters() const;
  std::vector<Tensor> parameters() const;
  // Direct children, in registration order.
  const std::vector<std::pair<std::string, std::shared_ptr<Module>>>& named_children() const { return children_; }
  // Total number of parameter elements.
  std::int64_t num_parameters() const;

  // Forgets every parameter's gradient (the next backward starts from zero).
  void zero_grad();

  // Training mode (dropout active) for this module and all its descendants.
  void train(bool on = true);
  void eval() { train(false); }
  bool is_training() const { return training_; }

 protected:
  // Registers `value` (a float tensor) as a parameter named `name` (no dots), marks it
  // as requiring grad and returns it, so a constructor writes
  //   weight_ = register_parameter("weight", empty({Cout, Cin}, dtype));
  Tensor register_parameter(const std::string& name, Tensor value);
  // Registers a child under `name` (no dots) and returns it.
  template <class M>
  std::shared_ptr<M> register_module(const std::string& name, std::shared_ptr<M> child) {
    add_child(name, child);
    return child;
  }

 private:
  void add_child(const std::string& name, std::shared_ptr<Module> child);
  void check_new_name(const std::string& name) const;
  void collect_parameters(const std::string& prefix, NamedTensors& out) const;

  NamedTensors parameters_;
  std::vector<std::pair<std::string, std::shared_ptr<Module>>> children_;
  bool training_ = true;
};

// An ordered list of modules of one type, named "0", "1", ... as torch.nn.ModuleList,
// so that the blocks of a model list as "h.0.…", "h.1.…".
template <class M>
class ModuleList : public Module {
 public:
  void push_back(std::shared_ptr<M> module) {
    items_.push_back(register_module(std::to_string(items_.size()), std::move(module)));
  }
  std::size_t size() const { return items_.size(); }
  M& operator[](std::size_t i) const { return *items_.at(i); }
  auto begin() const { return items_.begin(); }
  auto end() const { return items_.end(); }

 private:
  std::vector<std::shared_ptr<M>> items_;
};

}  // namespace attn::nn
