#include "attn/autograd.h"

#include <unordered_map>
#include <unordered_set>

#include "attn/error.h"
#include "attn/ops/elementwise.h"
#include "attn/ops/shape.h"

namespace attn {
namespace {
thread_local bool t_grad_enabled = true;
}

bool grad_enabled() {
  return t_grad_enabled;
}

NoGradGuard::NoGradGuard() : previous_(t_grad_enabled) {
  t_grad_enabled = false;
}
NoGradGuard::~NoGradGuard() {
  t_grad_enabled = previous_;
}

bool needs_grad(std::initializer_list<Tensor> inputs) {
  if (!t_grad_enabled) return false;
  for (const Tensor& t : inputs)
    if (t.requires_grad()) return true;
  return false;
}

bool needs_grad(const std::vector<Tensor>& inputs) {
  if (!t_grad_enabled) return false;
  for (const Tensor& t : inputs)
    if (t.requires_grad()) return true;
  return false;
}

void record(Tensor& out, const char* op, std::vector<Tensor> inputs, BackwardFn backward) {
  auto node = std::make_shared<Node>();
  node->op = op;
  node->inputs = std::move(inputs);
  node->backward = std::move(backward);
  out.impl()->requires_grad = true;
  out.impl()->grad_fn = std::move(node);
}

// A graph unrolled over thousands of steps would be freed by a chain of nested
// destructors deep enough to overflow the stack. Instead, a node whose input is
// about to die with it hands that input's node to a per-thread list, and the
// outermost destructor frees the list in a loop.
Node::~Node() {
  thread_local std::vector<std::shared_ptr<Node>> deferred;
  thread_local bool draining = false;
  backward = nullptr;  // drop the closure's references first: the edges may then be last owners
  for (Tensor& t : inputs) {
    TensorImpl* impl = t.impl();
    if (impl && impl->grad_fn && t.use_count() == 1) deferred.push_back(std::move(impl->grad_fn));
  }
  inputs.clear();
  if (draining) return;
  draining = true;
  while (!deferred.empty()) {
    std::shared_ptr<Node> node = std::move(deferred.back());
    deferred.pop_back();
    node.reset();  // may push this node's own inputs' nodes onto `deferred`
  }
  draining = false;
}

void run_backward(const Tensor& root, const Tensor& droot) {
  ATTN_CHECK(root.defined(), "backward: tensor is undefined");
  ATTN_CHECK(root.requires_grad(), "backward: tensor ", root.describe(),
             " does not require grad (no input of the ops that made it requires grad)");
  ATTN_CHECK(droot.defined() && droot.shape() == root.shape(), "backward: gradient ", droot.describe(),
             " does not match tensor ", root.describe());
  NoGradGuard no_grad;

  // Reverse topological order of the tensors that have a grad_fn (iterative DFS).
  std::vector<TensorImpl*> order;
  std::unordered_set<TensorImpl*> seen;
  std::vector<std::pair<TensorImpl*, std::size_t>> stack;
  if (root.impl()->grad_fn) {
    stack.push_back({root.impl(), 0});
    seen.insert(root.impl());
  }
  while (!stack.empty()) {
    auto& [impl, next] = stack.back();
    const auto& inputs = impl->grad_fn->inputs;
    if (next < inputs.size()) {
      TensorImpl* child = inputs[next++].impl();
      if (child && child->grad_fn && child->requires_grad && seen.insert(child).second) stack.push_back({child, 0});
    } else {
      order.push_back(impl);
      stack.pop_back();
    }
  }

  // Gradient buffers this pass may add into in place: leaves' (each leaf owns its
  // gradient) and those the engine allocated itself. A gradient that arrived from a
  // backward function may alias another tensor and is copied before any in-place add.
  std::unordered_set<TensorImpl*> owned;
  auto is_owned = [&](TensorImpl* impl) { return !impl->grad_fn || owned.count(impl) > 0; };
  auto own = [&](TensorImpl* impl) {
    if (!is_owned(impl)) {
      impl->grad = impl->grad.clone();
      owned.insert(impl);
    }
  };
  // A gradient nothing else can see (its only handle, sole owner of its storage) may
  // become a leaf's own without a copy.
  auto exclusive = [](const Tensor& g) {
    return g.use_count() == 1 && g.storage().use_count() == 1 && g.is_contiguous();
  };
  auto accumulate = [&](TensorImpl* impl, const Tensor& g) {
    if (!impl->grad.defined()) {
      impl->grad = (impl->grad_fn || exclusive(g)) ? g : g.clone();
    } else {
      own(impl);
      add_(impl->grad, g);
    }
  };
  auto accumulate_slice = [&](TensorImpl* impl, const NarrowSlice& s, const Tensor& g) {
    if (!impl->grad.defined()) {
      impl->grad = zeros(impl->shape, impl->dtype);
      owned.insert(impl);
    } else {
      own(impl);
    }
    add_(narrow(impl->grad, s.dim, s.start, g.size(s.dim)), g);
  };

  // The caller keeps droot: a leaf root gets a copy, never the caller's tensor.
  accumulate(root.impl(), root.impl()->grad_fn ? droot : droot.clone());
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    TensorImpl* impl = *it;
    Tensor g = impl->grad;
    if (!impl->retains_grad) impl->grad = Tensor();
    if (!g.defined()) continue;
    Node& node = *impl->grad_fn;
    if (node.slice) {
      TensorImpl* input = node.inputs[0].impl();
      if (input->requires_grad) accumulate_slice(input, *node.slice, g);
      continue;
    }
    std::vector<Tensor> grads = node.backward(g);
    ATTN_CHECK(grads.size() == node.inputs.size(), "backward of ", node.op, ": returned ", grads.size(),
               " gradients for ", node.inputs.size(), " inputs");
    for (std::size_t i = 0; i < grads.size(); ++i) {
      TensorImpl* input = node.inputs[i].impl();
      if (!grads[i].defined() || !input || !input->requires_grad) continue;
      ATTN_CHECK(grads[i].shape() == input->shape, "backward of ", node.op, ": gradient ", grads[i].describe(),
                 " for input ", i, " of shape ", shape_str(input->shape));
      accumulate(input, grads[i]);
    }
  }
}

Tensor leaf_grad_sink(const Tensor& input) {
  TensorImpl* impl = input.impl();
  if (!impl || impl->grad_fn || !impl->requires_grad) return Tensor();
  const Tensor& g = impl->grad;
  if (!g.defined() || !g.is_contiguous() || g.dtype() != impl->dtype) return Tensor();
  return g;
}

}  // namespace attn
