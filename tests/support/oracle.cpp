#include "support/oracle.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <limits>
#include <random>
#include <sstream>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/ops/elementwise.h"
#include "attn/ops/reduce.h"
#include "attn/random.h"
#include "support/compare.h"

namespace attn::testing {

namespace fs = std::filesystem;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// One case in one dtype, as attn ran it.
struct Run {
  const OracleCase* spec = nullptr;
  DType dtype = DType::F32;
  std::string id;                           // "c<k>", the prefix of its tensors in the files
  TensorsByName inputs;                     // leaves, float ones in `dtype`
  NamedTensors outputs;                     // compared outputs
  NamedTensors aux;                         // outputs handed to torch
  NamedTensors upstream;                    // dy of each float output
  std::vector<std::string> differentiated;  // inputs whose gradients are compared
  std::string failure;                      // what attn threw, if it did
};

double tolerance_of(const OracleCase& c, DType dtype) {
  return dtype == DType::F32 ? c.tolerance_f32 : c.tolerance_f64;
}

// Forward, then backward of L = sum_k sum(y_k * dy_k). Exceptions are recorded, not
// thrown: one broken op must not hide the results of the others.
void run_attn(Run& run, Generator& gen) {
  const OracleCase& c = *run.spec;
  try {
    for (const auto& [name, value] : c.inputs) {
      ATTN_CHECK(value.defined(), "input ", name, " is undefined");
      Tensor leaf = is_floating(value.dtype()) ? value.to(run.dtype).detach().contiguous() : value;
      if (is_floating(leaf.dtype()) && !c.constant_inputs.count(name)) {
        leaf.set_requires_grad(true);
        run.differentiated.push_back(name);
      }
      ATTN_CHECK(run.inputs.emplace(name, leaf).second, "input ", name, " appears twice");
    }
    Tensor loss;
    const NamedTensors outputs = c.forward(run.inputs);
    for (const std::string& name : run.differentiated) {
      const Tensor& used = run.inputs.at(name);
      ATTN_CHECK(used.requires_grad() && used.is_leaf() && used.dtype() == run.dtype, "forward replaced input ", name,
                 " by ", used.describe(), ", which is not a ", dtype_name(run.dtype), " leaf that requires grad");
    }
    for (const auto& [name, y] : outputs) {
      ATTN_CHECK(y.defined(), "output ", name, " is undefined");
      if (c.aux_outputs.count(name)) {
        run.aux.emplace_back(name, y.detach());
        continue;
      }
      run.outputs.emplace_back(name, y.detach());
      if (!is_floating(y.dtype())) continue;
      Tensor dy = c.upstream == Upstream::Positive ? rand_uniform(y.shape(), 0.5, 1.5, gen, y.dtype())
                                                   : randn(y.shape(), gen, y.dtype());
      run.upstream.emplace_back(name, dy);
      if (y.requires_grad()) {
        Tensor term = sum(mul(y, dy));
        loss = loss.defined() ? add(loss, term) : term;
      }
    }
    if (loss.defined()) loss.backward();
  } catch (const std::exception& e) {
    run.failure = e.what();
  }
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char ch : s) out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return out + "'";
}

// Runs the command, returns its exit status and its output (stdout and stderr).
int run_command(const std::string& command, std::string& output) {
  std::FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  ATTN_CHECK(pipe, "oracle: cannot start `", command, "`");
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
  return ::pclose(pipe);
}

// A scratch directory removed when the batch is done.
struct ScratchDir {
  fs::path path = fs::temp_directory_path() / ("attn_oracle_" + std::to_string(::getpid()));
  ScratchDir() {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~ScratchDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

OracleResult compare(const Run& run, const std::string& quantity, const Tensor& attn_value, const Tensor& torch_value) {
  OracleResult r{run.spec->name, run.spec->op, run.dtype, quantity, 0, tolerance_of(*run.spec, run.dtype), ""};
  if (attn_value.shape() != torch_value.shape()) {
    r.relative_error = kInf;
    r.problem = "attn gives " + attn_value.describe() + ", torch " + torch_value.describe();
    return r;
  }
  r.relative_error = relative_error(attn_value, torch_value);
  return r;
}

}  // namespace

std::string OracleResult::describe() const {
  std::ostringstream os;
  os << case_name << " [" << dtype_name(dtype) << "] " << quantity << ": relative error " << relative_error
     << " (tolerance " << tolerance << ")";
  if (!problem.empty()) os << ": " << problem;
  return os.str();
}

void OracleBatch::add(OracleCase c) {
  ATTN_CHECK(c.forward, "oracle case ", c.name, " has no forward function");
  for (const auto& other : cases_) ATTN_CHECK(other.name != c.name, "oracle case ", c.name, " is added twice");
  cases_.push_back(std::move(c));
}

std::vector<OracleResult> OracleBatch::run(Generator& gen) const {
  std::vector<Run> runs;
  for (const OracleCase& c : cases_) {
    for (DType dtype : c.dtypes.empty() ? dtypes_ : c.dtypes) {
      Run run;
      run.spec = &c;
      run.dtype = dtype;
      run.id = "c" + std::to_string(runs.size());
      run_attn(run, gen);
      runs.push_back(std::move(run));
    }
  }

  // The batch for torch: the runs attn completed.
  NamedTensors tensors;
  nlohmann::json specs = nlohmann::json::array();
  for (const Run& run : runs) {
    if (!run.failure.empty()) continue;
    nlohmann::json spec = {{"id", run.id},
                           {"name", run.spec->name},
                           {"op", run.spec->op},
                           {"attrs", run.spec->attrs},
                           {"grads", run.differentiated},
                           {"inputs", nlohmann::json::array()},
                           {"outputs", nlohmann::json::array()}};
    for (const auto& [name, value] : run.inputs) {
      tensors.emplace_back(run.id + ".in." + name, value.detach());
      spec["inputs"].push_back(name);
    }
    for (const auto& [name, value] : run.aux) {
      tensors.emplace_back(run.id + ".in." + name, value);
      spec["inputs"].push_back(name);
    }
    for (const auto& [name, value] : run.outputs) spec["outputs"].push_back(name);
    for (const auto& [name, dy] : run.upstream) tensors.emplace_back(run.id + ".dy." + name, dy);
    specs.push_back(spec);
  }
  ScratchDir scratch;
  const std::string cases_path = (scratch.path / "cases.safetensors").string();
  const std::string torch_path = (scratch.path / "torch.safetensors").string();
  save_safetensors(cases_path, tensors, {{"cases", specs.dump()}});

  const char* python_env = std::getenv("ATTN_TORCH_PYTHON");
  const std::string python = python_env ? python_env : "/usr/bin/python3";
  const std::string script = std::string(ATTN_SOURCE_DIR) + "/tests/oracle/torch_oracle.py";
  const std::string command =
      shell_quote(python) + " " + shell_quote(script) + " " + shell_quote(cases_path) + " " + shell_quote(torch_path);
  std::string output;
  const int status = run_command(command, output);
  ATTN_CHECK(status == 0, "oracle: `", command, "` failed (status ", status, "). The oracle tests need ",
             "PyTorch: Debian's python3-torch run by ", python,
             " (scripts/install-deps.sh installs it; ATTN_TORCH_PYTHON names another interpreter). ", "Its output:\n",
             output);
  std::cout << output;

  const SafetensorsFile from_torch = load_safetensors(torch_path);
  const nlohmann::json torch_errors = nlohmann::json::parse(from_torch.metadata().at("errors"));
  std::vector<OracleResult> results;
  for (const Run& run : runs) {
    const double tolerance = tolerance_of(*run.spec, run.dtype);
    if (!run.failure.empty()) {
      results.push_back(
          {run.spec->name, run.spec->op, run.dtype, "forward", kInf, tolerance, "attn threw: " + run.failure});
      continue;
    }
    if (torch_errors.contains(run.id)) {
      results.push_back({run.spec->name, run.spec->op, run.dtype, "torch", kInf, tolerance,
                         "torch_oracle.py failed: " + torch_errors[run.id].get<std::string>()});
      continue;
    }
    for (const auto& [name, value] : run.outputs) {
      results.push_back(compare(run, name, value, from_torch.get(run.id + ".out." + name, DType::F64)));
    }
    for (const std::string& name : run.differentiated) {
      const Tensor& leaf = run.inputs.at(name);
      const Tensor attn_grad = leaf.grad().defined() ? leaf.grad() : zeros_like(leaf);
      results.push_back(compare(run, "grad " + name, attn_grad, from_torch.get(run.id + ".grad." + name, DType::F64)));
    }
  }
  return results;
}

NamedTensors parameter_inputs(const nn::Module& module) {
  NamedTensors out;
  for (const auto& [name, parameter] : module.named_parameters())
    out.emplace_back("param." + name, parameter.detach().clone());
  return out;
}

void bind_module_parameters(const nn::Module& module, TensorsByName& inputs) {
  const std::string prefix = "param.";
  const NamedTensors parameters = module.named_parameters();
  std::size_t given = 0;
  for (const auto& [name, value] : inputs) given += name.rfind(prefix, 0) == 0 ? 1 : 0;
  ATTN_CHECK(given == parameters.size(), "bind_module_parameters: the case gives ", given,
             " \"param.\" inputs, the module has ", parameters.size(), " parameters");
  NoGradGuard no_grad;
  for (const auto& [name, parameter] : parameters) {
    auto it = inputs.find(prefix + name);
    ATTN_CHECK(it != inputs.end(), "bind_module_parameters: no input ", prefix, name, " for parameter ", name, " ",
               parameter.describe());
    ATTN_CHECK(it->second.shape() == parameter.shape() && it->second.dtype() == parameter.dtype(),
               "bind_module_parameters: input ", it->first, " is ", it->second.describe(), ", the parameter is ",
               parameter.describe());
    copy_into(parameter, it->second);
    it->second = parameter;
  }
}

std::string oracle_table(const std::vector<OracleResult>& results) {
  struct Row {
    std::string op;
    DType dtype;
    int compared = 0;
    int failed = 0;
    const OracleResult* worst = nullptr;
  };
  std::vector<Row> rows;
  for (const OracleResult& r : results) {
    auto it =
        std::find_if(rows.begin(), rows.end(), [&](const Row& row) { return row.op == r.op && row.dtype == r.dtype; });
    if (it == rows.end()) it = rows.insert(rows.end(), Row{r.op, r.dtype});
    ++it->compared;
    if (!r.passed()) ++it->failed;
    // The worst is the one furthest over (or closest to) its tolerance.
    if (!it->worst || r.relative_error / r.tolerance > it->worst->relative_error / it->worst->tolerance) {
      it->worst = &r;
    }
  }
  std::ostringstream os;
  os << std::left << std::setw(22) << "op" << std::setw(6) << "dtype" << std::right << std::setw(9) << "compared"
     << std::setw(7) << "failed" << std::setw(12) << "worst err" << std::setw(11) << "tolerance"
     << "  worst at\n";
  for (const Row& row : rows) {
    os << std::left << std::setw(22) << row.op << std::setw(6) << dtype_name(row.dtype) << std::right << std::setw(9)
       << row.compared << std::setw(7) << row.failed << std::setw(12) << std::setprecision(2) << std::scientific
       << row.worst->relative_error << std::setw(11) << row.worst->tolerance << std::defaultfloat << "  "
       << row.worst->case_name << ": " << row.worst->quantity << "\n";
  }
  return os.str();
}

std::uint64_t oracle_seed() {
  std::uint64_t seed = 0;
  if (const char* text = std::getenv("ATTN_TEST_SEED")) {
    char* end = nullptr;
    seed = std::strtoull(text, &end, 10);
    ATTN_CHECK(*text != '\0' && *end == '\0', "ATTN_TEST_SEED must be a decimal integer, got \"", text, "\"");
  } else {
    std::random_device device;
    seed = (static_cast<std::uint64_t>(device()) << 32) | device();
  }
  std::cout << "oracle seed " << seed << " (ATTN_TEST_SEED=" << seed << " reproduces this run)\n";
  return seed;
}

}  // namespace attn::testing
