// Finite-difference gradient checks in float64.
//
// For a function f of several tensors, compares the gradients that attn's
// backward computes with central differences of L(x) = sum(f(x) * w), where w is a
// fixed random weighting (so that every output element matters, with different
// weights). Inputs must be F64 leaves; those that require grad are checked.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "attn/nn/module.h"
#include "attn/random.h"
#include "attn/tensor.h"

namespace attn::testing {

struct GradcheckResult {
  double max_abs_error = 0;  // largest |analytic - numeric| over all checked elements
  double max_rel_error = 0;  // the same, relative to max(1, |numeric|)
  std::string worst;         // where the largest relative error is ("input 1 [7]")
};

using TensorFn = std::function<Tensor(const std::vector<Tensor>&)>;

GradcheckResult gradcheck(const TensorFn& f, const std::vector<Tensor>& inputs, Generator& gen, double eps = 1e-6);

// F64 leaf requiring grad, N(0, 1) values.
Tensor randn_leaf(const Shape& shape, Generator& gen);

// The inputs followed by every parameter of `module`, so that a gradcheck covers
// the module's parameters too.
std::vector<Tensor> with_parameters(std::vector<Tensor> inputs, const nn::Module& module);

}  // namespace attn::testing

// Asserts that every gradient of f at inputs matches its central difference to `tol`
// (absolute, or relative for large values).
#define EXPECT_GRADCHECK(f, inputs, gen, tol)                      \
  do {                                                             \
    auto _r = ::attn::testing::gradcheck((f), (inputs), (gen));    \
    EXPECT_LE(_r.max_rel_error, (tol)) << "worst at " << _r.worst; \
  } while (0)
