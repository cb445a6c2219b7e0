// attn: define-by-run reverse-mode autograd.
//
// Every op that takes a tensor requiring grad records a Node on its output: the
// inputs it differentiates against and a backward function that maps the output's
// gradient to the inputs' gradients. Tensor::backward() walks the recorded graph in
// reverse topological order, calls each backward once with the summed gradient of
// its output and accumulates gradients into the leaves (`grad += dgrad`).
//
// What a backward needs is captured explicitly by its closure (inputs, or the output
// detached), never kept as hidden state. Backward functions run with grad mode off
// and must not modify the gradient they receive.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "attn/tensor.h"

namespace attn {

// Gradients of the inputs, in the order of Node::inputs. An entry may be left
// undefined when that input needs no gradient.
using BackwardFn = std::function<std::vector<Tensor>(const Tensor& dout)>;

// Set on the node of narrow(x, dim, start, length): its gradient is dout placed in
// that slice of x and zero elsewhere. The engine adds dout into the slice of x's
// gradient buffer directly, so splitting a (T, ...) tensor into T steps costs O(T)
// in backward, not T zero-filled (T, ...) gradients.
struct NarrowSlice {
  std::int64_t dim;
  std::int64_t start;
};

struct Node {
  std::string op;              // names the op in errors and graph dumps
  std::vector<Tensor> inputs;  // edges to the tensors this node differentiates against
  BackwardFn backward;
  std::optional<NarrowSlice> slice;  // narrow's node only (then `backward` is not called)
  ~Node();                           // frees long chains iteratively (no deep recursion)
};

// Grad mode: on by default, per thread.
bool grad_enabled();

// Turns grad mode off for its scope (inference, optimiser updates, backward passes).
class NoGradGuard {
 public:
  NoGradGuard();
  ~NoGradGuard();
  NoGradGuard(const NoGradGuard&) = delete;
  NoGradGuard& operator=(const NoGradGuard&) = delete;

 private:
  bool previous_;
};

// True when grad mode is on and any of the inputs requires grad: an op must then
// record itself.
bool needs_grad(std::initializer_list<Tensor> inputs);
bool needs_grad(const std::vector<Tensor>& inputs);

// Records `out = op(inputs)`: out becomes a non-leaf requiring grad whose backward
// is `backward`. Call only when needs_grad(inputs).
void record(Tensor& out, const char* op, std::vector<Tensor> inputs, BackwardFn backward);

// Runs the backward pass from `root` with initial gradient `droot` (same shape).
void run_backward(const Tensor& root, const Tensor& droot);

// For a backward function that can add its result straight into a gradient buffer (a
// product with beta = 1, a scatter-add): the gradient buffer of `input` when input is
// a leaf that requires grad and already has a contiguous gradient of its own dtype,
// else undefined. A backward that adds into it returns an undefined gradient for that
// input. This spares an allocation, a zero-fill and an add for each weight a graph
// uses more than once (an RNN's per-step products, tied embeddings) and, after
// Optimizer::step_and_zero_grad(), for every weight.
Tensor leaf_grad_sink(const Tensor& input);

}  // namespace attn
