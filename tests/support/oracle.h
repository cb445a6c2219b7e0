// Oracle tests (layer 3 of DESIGN.md): attn against PyTorch on fresh random inputs.
//
// A batch of cases runs in four steps:
//   1. attn: every case runs forward on its inputs (float inputs cast to each dtype
//      of the batch, f32 and f64), then backward from a random upstream gradient dy
//      for each output, L = sum_k sum(y_k * dy_k);
//   2. the inputs, dy and the case specs (in __metadata__, as JSON) go into one
//      safetensors file;
//   3. ONE /usr/bin/python3 process (tests/oracle/torch_oracle.py; importing torch
//      costs seconds) recomputes every case in float64 from the very values attn got,
//      and writes outputs and gradients of the inputs back in safetensors;
//   4. each output and each gradient is compared by the norm-wise relative error
//      ||attn - torch|| / ||torch||: torch's float64 stands for the exact answer, so
//      the error measured is attn's own rounding. Non-finite values (a -inf fill) must
//      match exactly and are left out of the norms.
// If python3 or torch cannot run, run() throws: the oracle test fails, never skips.
//
// Adding a case:
//   - C++: batch.add({.name = "softmax.rows", .op = "softmax", .attrs = {...},
//                     .inputs = {{"x", randn({4, 10}, gen, DType::F64)}},
//                     .forward = [](const TensorsByName& in) -> NamedTensors {
//                        return {{"y", softmax(in.at("x"))}}; }});
//     Input names are free; float inputs get their gradients compared unless listed
//     in constant_inputs; integer inputs (ids I64, masks U8) never get gradients.
//   - Python: an entry of OPS in torch_oracle.py under the same .op, taking the
//     inputs (a dict of float64 / int64 / uint8 tensors) and the attrs, returning
//     a dict with the same output names.
//   - nn blocks and models: name their parameters "param.<key>", <key> as in the
//     torch module's state_dict (e.g. "param.weight_ih_l0" for torch.nn.GRU). The
//     forward builds the attn module in the run's dtype and calls
//     bind_module_parameters(module, inputs); the Python side calls the torch module
//     with exactly those tensors through module_call(). Gradients of every parameter
//     are compared (tests/oracle/test_nn_oracle.cpp has GRU and LSTM examples).
//   - Random draws the op makes inside attn (dropout's mask): return them as
//     aux_outputs; torch receives them as inputs and they are not compared.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "attn/io/safetensors.h"
#include "attn/nn/module.h"
#include "attn/random.h"
#include "attn/tensor.h"

namespace attn::testing {

using TensorsByName = std::map<std::string, Tensor>;

// How the upstream gradients dy of a case are drawn.
enum class Upstream : std::uint8_t {
  Normal,  // N(0, 1)
  // Uniform in [0.5, 1.5): for a gradient that is one sum over many elements (an
  // input broadcast from a scalar). Terms of both signs can cancel to arbitrarily
  // near 0, where no relative error bound holds, in attn or in torch's own f32.
  Positive,
};
// attn's computation of a case: outputs by name. It may put tensors of its own in
// place of inputs (see bind_module_parameters); gradients are read from the tensors
// the inputs name once it returns.
using OracleForward = std::function<NamedTensors(TensorsByName& inputs)>;

struct OracleCase {
  std::string name = {};                            // unique in the batch: "<op>.<what it exercises>"
  std::string op = {};                              // key of OPS in tests/oracle/torch_oracle.py
  nlohmann::json attrs = nlohmann::json::object();  // arguments of the op, for torch
  NamedTensors inputs = {};                         // any float dtype; cast per run
  OracleForward forward = {};                       // the computation in attn
  std::set<std::string> constant_inputs = {};       // float inputs whose gradient is not compared
  std::set<std::string> aux_outputs = {};           // outputs given to torch as inputs, not compared
  Upstream upstream = Upstream::Normal;
  double tolerance_f32 = 1e-5;   // on the norm-wise relative error; loosen only with a
  double tolerance_f64 = 1e-10;  // comment at the case that says why
  // The dtypes this case runs in; empty: the batch's. One dtype for a case whose
  // computation does not depend on it (a schedule, parameter names), so that one
  // batch, one Python process, holds every case of a test file.
  std::vector<DType> dtypes = {};
};

// One compared quantity of one case in one dtype.
struct OracleResult {
  std::string case_name;
  std::string op;
  DType dtype = DType::F32;
  std::string quantity;       // "y", "grad x", or "forward" / "torch" when a side failed
  double relative_error = 0;  // +inf when shapes or non-finite positions differ
  double tolerance = 0;
  std::string problem;  // why it failed, beyond the number; empty if passed
  bool passed() const { return problem.empty() && relative_error <= tolerance; }
  std::string describe() const;
};

class OracleBatch {
 public:
  explicit OracleBatch(std::vector<DType> dtypes = {DType::F32, DType::F64}) : dtypes_(std::move(dtypes)) {}
  void add(OracleCase c);
  // Runs attn and torch on every case and compares them. dy is drawn from gen.
  // Throws attn::Error when the Python process fails as a whole (no torch).
  std::vector<OracleResult> run(Generator& gen) const;

 private:
  std::vector<DType> dtypes_;
  std::vector<OracleCase> cases_;
};

// For a case on an nn module: copies each input "param.<name>" into the module's
// parameter <name> and puts that parameter in the input's place, so the harness
// compares the gradients the module's own tensors receive. Every parameter of the
// module must be given, of its shape and dtype, and no other "param." input.
void bind_module_parameters(const nn::Module& module, TensorsByName& inputs);

// The parameters of a module as "param.<name>" inputs (copies), for a case that
// bind_module_parameters then binds.
NamedTensors parameter_inputs(const nn::Module& module);

// The worst relative error of each (op, dtype), one row each, with its case.
std::string oracle_table(const std::vector<OracleResult>& results);

// A fresh seed from std::random_device, or ATTN_TEST_SEED when set; printed either
// way so that a failure can be reproduced.
std::uint64_t oracle_seed();

}  // namespace attn::testing
