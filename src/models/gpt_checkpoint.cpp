#include "attn/models/gpt_checkpoint.h"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/io/atomic_file.h"
#include "attn/io/half.h"
#include "attn/io/safetensors.h"
#include "attn/ops/shape.h"
#include "io/json_config.h"
#include "io/json_file.h"

namespace attn::models {
namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

constexpr const char* kConfigFile = "config.json";
constexpr const char* kWeightsFile = "model.safetensors";

// --- config.json ------------------------------------------------------------------------

std::int64_t required_int(const json& j, const char* key, const fs::path& file) {
  ATTN_CHECK(j.contains(key), file.string(), ": missing key \"", key, "\" (an integer)");
  ATTN_CHECK(j[key].is_number_integer(), file.string(), ": key \"", key, "\" must be an integer, got ", j[key].dump());
  return j[key].get<std::int64_t>();
}

double optional_number(const json& j, const char* key, double fallback, const fs::path& file) {
  if (!j.contains(key) || j[key].is_null()) return fallback;
  ATTN_CHECK(j[key].is_number(), file.string(), ": key \"", key, "\" must be a number, got ", j[key].dump());
  return j[key].get<double>();
}

bool optional_bool(const json& j, const char* key, bool fallback, const fs::path& file) {
  if (!j.contains(key)) return fallback;
  ATTN_CHECK(j[key].is_boolean(), file.string(), ": key \"", key, "\" must be true or false, got ", j[key].dump());
  return j[key].get<bool>();
}

// A Conv1D weight in the Hugging Face layout (in × out), the transpose of attn's.
bool is_conv1d_weight(const std::string& name) {
  auto ends_with = [&](const char* suffix) {
    const std::size_t n = std::strlen(suffix);
    return name.size() >= n && name.compare(name.size() - n, n, suffix) == 0;
  };
  return ends_with("attn.c_attn.weight") || ends_with("attn.c_proj.weight") || ends_with("mlp.c_fc.weight") ||
         ends_with("mlp.c_proj.weight");
}

// Buffers that older GPT-2 files carry and a model built from the config recomputes:
// h.<l>.attn.bias and h.<l>.attn.masked_bias (the causal mask).
bool is_ignored_buffer(const std::string& name) {
  const auto dot = name.rfind(".attn.");
  if (dot == std::string::npos || name.compare(0, 2, "h.") != 0) return false;
  const std::string tail = name.substr(dot + 6);
  return tail == "bias" || tail == "masked_bias";
}

}  // namespace

GPTConfig read_gpt_config(const fs::path& dir) {
  const fs::path file = dir / kConfigFile;
  ATTN_CHECK(std::filesystem::exists(file), "cannot read the model's config ", file.string(),
             " (a model directory holds config.json and model.safetensors)");
  const json j = read_json_file(file, "the model's config");
  ATTN_CHECK(j.is_object(), file.string(), ": expected a JSON object");
  if (j.contains("model_type")) {
    ATTN_CHECK(j["model_type"] == "gpt2", file.string(), ": model_type ", j["model_type"].dump(),
               " is not a GPT-2 model (expected \"gpt2\")");
  }
  GPTConfig c;
  c.vocab_size = required_int(j, "vocab_size", file);
  c.context_length = required_int(j, "n_positions", file);
  c.width = required_int(j, "n_embd", file);
  c.layers = required_int(j, "n_layer", file);
  c.heads = required_int(j, "n_head", file);
  c.layer_norm_eps = optional_number(j, "layer_norm_epsilon", 1e-5, file);
  c.dropout = optional_number(j, "resid_pdrop", 0.0, file);
  c.tie_embeddings = optional_bool(j, "tie_word_embeddings", true, file);
  c.qkv_bias = optional_bool(j, "attn_qkv_bias", true, file);
  if (j.contains("activation_function")) {
    const json& a = j["activation_function"];
    ATTN_CHECK(a == "gelu_new" || a == "gelu_pytorch_tanh", file.string(), ": activation_function ", a.dump(),
               " is not GPT-2's tanh GELU (\"gelu_new\"), which attn runs");
  }
  if (j.contains("n_inner") && !j["n_inner"].is_null()) {
    ATTN_CHECK(j["n_inner"].is_number_integer() && j["n_inner"].get<std::int64_t>() == 4 * c.width, file.string(),
               ": n_inner ", j["n_inner"].dump(), " is not 4 * n_embd = ", 4 * c.width, ", the MLP width attn runs");
  }
  validate_in(file, "", [&] { c.validate(); });
  return c;
}

void write_gpt_config(const GPTConfig& c, const fs::path& dir) {
  fs::create_directories(dir);
  json j = {
      {"model_type", "gpt2"},
      {"architectures", {"GPT2LMHeadModel"}},
      {"vocab_size", c.vocab_size},
      {"n_positions", c.context_length},
      {"n_ctx", c.context_length},
      {"n_embd", c.width},
      {"n_layer", c.layers},
      {"n_head", c.heads},
      {"n_inner", nullptr},
      {"activation_function", "gelu_new"},
      {"layer_norm_epsilon", c.layer_norm_eps},
      {"resid_pdrop", c.dropout},
      {"embd_pdrop", c.dropout},
      {"attn_pdrop", c.dropout},
      {"tie_word_embeddings", c.tie_embeddings},
      {"bos_token_id", c.vocab_size - 1},
      {"eos_token_id", c.vocab_size - 1},
  };
  if (!c.qkv_bias) j["attn_qkv_bias"] = false;
  write_file_atomically(dir / kConfigFile, j.dump(2) + "\n");
}

// --- Weights ----------------------------------------------------------------------------

nn::NamedTensors gpt_hf_tensors(const GPT& model) {
  nn::NamedTensors out;
  for (const auto& [name, tensor] : model.named_parameters()) {
    out.emplace_back(name, is_conv1d_weight(name) ? transpose(tensor.detach(), 0, 1) : tensor.detach());
  }
  return out;
}

void save_gpt(const GPT& model, const fs::path& dir, FloatStorage storage) {
  fs::create_directories(dir);
  save_safetensors((dir / kWeightsFile).string(), gpt_hf_tensors(model), {{"format", "pt"}}, storage);
  write_gpt_config(model.config(), dir);
}

std::shared_ptr<GPT> load_gpt(const fs::path& dir) {
  const GPTConfig config = read_gpt_config(dir);
  Generator gen(0);
  auto model = std::make_shared<GPT>(config, gen);
  model->eval();
  const SafetensorsFile file = load_safetensors((dir / kWeightsFile).string());

  // The file's names without the "transformer." prefix of GPT2LMHeadModel.
  std::map<std::string, std::string> by_name;  // attn name -> the file's name
  for (const auto& entry : file.entries()) {
    std::string name = entry.name;
    if (name.rfind("transformer.", 0) == 0) name = name.substr(12);
    by_name[name] = entry.name;
  }
  std::set<std::string> used;
  NoGradGuard no_grad;
  for (const auto& [name, param] : model->named_parameters()) {
    const auto it = by_name.find(name);
    ATTN_CHECK(it != by_name.end(), file.path(), ": the model (", config.layers, " layers, C = ", config.width,
               ", V = ", config.vocab_size, ") needs tensor ", name, ", which the file does not hold");
    const SafetensorsEntry& entry = file.entry(it->second);
    const bool conv1d = is_conv1d_weight(name);
    const Shape expected = conv1d ? Shape{param.size(1), param.size(0)} : param.shape();
    ATTN_CHECK(entry.shape == expected, file.path(), ": tensor ", entry.name, " has shape ", shape_str(entry.shape),
               " but the config in ", (dir / kConfigFile).string(), " makes it ", shape_str(expected),
               conv1d ? " (Conv1D layout, in × out)" : "");
    ATTN_CHECK(entry.dtype == StoredDType::F32 || entry.dtype == StoredDType::F16 || entry.dtype == StoredDType::BF16,
               file.path(), ": tensor ", entry.name, " is ", stored_dtype_name(entry.dtype),
               "; expected F32, F16 or BF16");
    const Tensor value = file.get(it->second, DType::F32);
    copy_into(param, conv1d ? transpose(value, 0, 1) : value);
    used.insert(it->first);
  }
  for (const auto& [name, file_name] : by_name) {
    if (used.count(name) || is_ignored_buffer(name)) continue;
    if (name == "lm_head.weight" && config.tie_embeddings) continue;  // the tied copy of wte
    ATTN_CHECK(false, file.path(), ": tensor ", file_name, " is not a parameter of the GPT that ",
               (dir / kConfigFile).string(), " describes");
  }
  return model;
}

// --- llm.c ------------------------------------------------------------------------------

std::shared_ptr<GPT> import_llmc(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  ATTN_CHECK(in.good(), "cannot read the llm.c checkpoint ", path.string());
  std::int32_t header[256];
  in.read(reinterpret_cast<char*>(header), sizeof(header));
  ATTN_CHECK(in.gcount() == sizeof(header), path.string(), ": shorter than llm.c's 1024-byte header");
  ATTN_CHECK(header[0] == 20240326, path.string(), ": magic number ", header[0],
             " at byte 0; an llm.c checkpoint starts with 20240326");
  const std::int32_t version = header[1];
  ATTN_CHECK(version == 3 || version == 5, path.string(), ": version ", version,
             " at byte 4; attn reads versions 3 (f32) and 5 (bf16)");
  GPTConfig c;
  c.context_length = header[2];
  c.vocab_size = header[3];
  c.layers = header[4];
  c.heads = header[5];
  c.width = header[6];
  const std::int64_t padded_vocab = header[7];
  c.dropout = 0.0;
  try {
    c.validate();
  } catch (const Error& e) {
    ATTN_CHECK(false, path.string(), ": header: ", e.what());
  }
  ATTN_CHECK(padded_vocab >= c.vocab_size, path.string(), ": padded vocabulary ", padded_vocab,
             " < V = ", c.vocab_size);

  const std::int64_t C = c.width, L = c.layers;
  const std::size_t element = version == 3 ? 4 : 2;
  // The sizes of the 16 tensors, in file order.
  const std::int64_t sizes[16] = {padded_vocab * C,
                                  c.context_length * C,
                                  L * C,
                                  L * C,
                                  L * 3 * C * C,
                                  L * 3 * C,
                                  L * C * C,
                                  L * C,
                                  L * C,
                                  L * C,
                                  L * 4 * C * C,
                                  L * 4 * C,
                                  L * C * 4 * C,
                                  L * C,
                                  C,
                                  C};
  std::int64_t total = 0;
  for (std::int64_t s : sizes) total += s;
  const auto file_size = static_cast<std::int64_t>(fs::file_size(path));
  const std::int64_t expected_size = 1024 + total * static_cast<std::int64_t>(element);
  ATTN_CHECK(file_size == expected_size, path.string(), ": ", file_size, " bytes, but its header (L = ", L, ", C = ", C,
             ", V = ", c.vocab_size, ", Vp = ", padded_vocab, ", T_max = ", c.context_length, ", ",
             version == 3 ? "f32" : "bf16", ") makes it ", expected_size);

  // Reads the next tensor of `n` elements as f32.
  auto next = [&](std::int64_t n) {
    std::vector<float> values(static_cast<std::size_t>(n));
    if (version == 3) {
      in.read(reinterpret_cast<char*>(values.data()), n * 4);
    } else {
      std::vector<std::uint16_t> raw(static_cast<std::size_t>(n));
      in.read(reinterpret_cast<char*>(raw.data()), n * 2);
      for (std::int64_t i = 0; i < n; ++i) values[i] = bfloat16_bits_to_float(raw[i]);
    }
    ATTN_CHECK(in.good(), path.string(), ": read failed at byte ", static_cast<std::int64_t>(in.tellg()));
    return values;
  };

  Generator gen(0);
  auto model = std::make_shared<GPT>(c, gen);
  model->eval();
  const nn::NamedTensors params = model->named_parameters();
  auto param = [&](const std::string& name) -> Tensor {
    for (const auto& [n, t] : params) {
      if (n == name) return t;
    }
    ATTN_CHECK(false, "import_llmc: the model has no parameter ", name);
    return {};
  };
  // Copies rows of a stacked (L, ...) tensor into h.<l>.<suffix>, one layer each.
  auto scatter_layers = [&](const std::vector<float>& values, const std::string& suffix) {
    const std::int64_t per_layer = static_cast<std::int64_t>(values.size()) / L;
    for (std::int64_t l = 0; l < L; ++l) {
      const Tensor p = param("h." + std::to_string(l) + "." + suffix);
      std::memcpy(p.data<float>(), values.data() + l * per_layer, static_cast<std::size_t>(per_layer) * 4);
    }
  };
  NoGradGuard no_grad;
  const std::vector<float> wte = next(sizes[0]);
  std::memcpy(param("wte.weight").data<float>(), wte.data(), static_cast<std::size_t>(c.vocab_size * C) * 4);
  const std::vector<float> wpe = next(sizes[1]);
  std::memcpy(param("wpe.weight").data<float>(), wpe.data(), wpe.size() * 4);
  const char* layer_names[12] = {"ln_1.weight",        "ln_1.bias",        "attn.c_attn.weight", "attn.c_attn.bias",
                                 "attn.c_proj.weight", "attn.c_proj.bias", "ln_2.weight",        "ln_2.bias",
                                 "mlp.c_fc.weight",    "mlp.c_fc.bias",    "mlp.c_proj.weight",  "mlp.c_proj.bias"};
  for (int i = 0; i < 12; ++i) scatter_layers(next(sizes[2 + i]), layer_names[i]);
  const std::vector<float> lnfw = next(sizes[14]);
  std::memcpy(param("ln_f.weight").data<float>(), lnfw.data(), lnfw.size() * 4);
  const std::vector<float> lnfb = next(sizes[15]);
  std::memcpy(param("ln_f.bias").data<float>(), lnfb.data(), lnfb.size() * 4);
  return model;
}

}  // namespace attn::models
