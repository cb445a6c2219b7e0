#include "attn/viz/viewer_api.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>

#include "attn/data/tokenizer.h"
#include "attn/error.h"
#include "attn/models/gpt_checkpoint.h"
#include "attn/models/seq2seq_checkpoint.h"
#include "attn/ops.h"
#include "attn/viz/gpt_attention.h"
#include "attn/viz/nmt_attention.h"
#include "attn/viz/rollout.h"

namespace attn::viz {

using nlohmann::json;

struct ViewerModelEntry {
  std::string name;
  std::string kind;  // "gpt" or "nmt"
  std::shared_ptr<models::GPT> gpt;
  std::unique_ptr<data::Tokenizer> tokenizer;
  models::TranslationModel nmt;
};

namespace {

// One request at a time: the models are not shared between threads, and each forward
// pass already spreads over every core.
std::mutex g_inference;

// A request the client got wrong: answered with `status` and the message.
struct ClientError {
  int status;
  std::string message;
};

std::string dump(const json& j) {
  // Continuations may stop mid-character (byte-level BPE): such bytes become U+FFFD.
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

ApiReply reply(int status, const json& j) {
  return {status, dump(j)};
}

std::string model_type(const std::filesystem::path& dir) {
  const std::filesystem::path file = dir / "config.json";
  std::ifstream in(file);
  ATTN_CHECK(in.good(), "attn serve: ", dir.string(), " is not a model directory (no config.json)");
  json config;
  try {
    config = json::parse(in);
  } catch (const json::exception& e) {
    throw Error("attn serve: " + file.string() + " is not valid JSON: " + e.what());
  }
  ATTN_CHECK(config.is_object() && config.contains("model_type") && config["model_type"].is_string(),
             "attn serve: ", file.string(), " has no string \"model_type\" (expected \"gpt2\" or \"attn-seq2seq\")");
  return config["model_type"].get<std::string>();
}

std::string model_name(const std::filesystem::path& dir) {
  const std::filesystem::path clean = dir.lexically_normal();
  std::string name = clean.filename().string();
  if (name.empty()) name = clean.parent_path().filename().string();
  return name.empty() ? clean.string() : name;
}

// Weights written with 4 decimals, trailing zeros dropped: 0.25, 0.1235, 1, 0.
void append_number(std::string& out, float v) {
  if (!(v == v)) {  // NaN has no JSON form
    out += "null";
    return;
  }
  char buffer[32];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, 4);
  std::string_view s(buffer, ec == std::errc() ? static_cast<std::size_t>(end - buffer) : 0);
  if (s.find('.') != std::string_view::npos) {
    while (s.back() == '0') s.remove_suffix(1);
    if (s.back() == '.') s.remove_suffix(1);
  }
  if (s == "-0") s = "0";
  out += s;
}

// A contiguous f32 tensor as nested JSON arrays, one level per dimension.
void append_nested(std::string& out, const float* data, const Shape& shape, std::size_t dim) {
  out += '[';
  const std::int64_t n = shape[dim];
  std::int64_t inner = 1;
  for (std::size_t d = dim + 1; d < shape.size(); ++d) inner *= shape[d];
  for (std::int64_t i = 0; i < n; ++i) {
    if (i > 0) out += ',';
    if (dim + 1 == shape.size())
      append_number(out, data[i]);
    else
      append_nested(out, data + i * inner, shape, dim + 1);
  }
  out += ']';
}

std::string nested_array(const Tensor& t) {
  const Tensor c = t.to(DType::F32).contiguous();
  std::string out;
  out.reserve(static_cast<std::size_t>(c.numel()) * 5);
  append_nested(out, c.data<float>(), c.shape(), 0);
  return out;
}

// `object` dumped, then the raw JSON `fields` (name, value) appended to it.
std::string with_raw_fields(const json& object, const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string out = dump(object);
  out.pop_back();  // the closing brace
  for (const auto& [name, value] : fields) {
    out += ",\"" + name + "\":";
    out += value;
  }
  out += '}';
  return out;
}

// The most tokens (text and continuation) a GPT request may have.
std::int64_t gpt_token_limit(const models::GPT& gpt, const ViewerLimits& limits) {
  return std::min(gpt.config().context_length, limits.max_tokens);
}

std::int64_t integer_field(const json& request, const char* name, std::int64_t fallback, std::int64_t low,
                           std::int64_t high) {
  if (!request.contains(name)) return fallback;
  const json& v = request[name];
  if (!v.is_number_integer()) throw ClientError{400, std::string("\"") + name + "\" must be an integer"};
  const auto value = v.get<std::int64_t>();
  if (value < low || value > high)
    throw ClientError{400, std::string("\"") + name + "\" is " + std::to_string(value) + "; expected " +
                               std::to_string(low) + " to " + std::to_string(high)};
  return value;
}

std::string gpt_answer(const ViewerModelEntry& e, const json& request, const std::string& text,
                       const ViewerLimits& limits) {
  const std::int64_t new_tokens =
      integer_field(request, "max_new_tokens", limits.max_new_tokens, 0, limits.max_new_tokens);
  std::vector<std::int64_t> prompt;
  try {
    prompt = gpt_prompt_ids(*e.tokenizer, text);
  } catch (const Error& err) {
    throw ClientError{422, err.what()};
  }
  const std::int64_t context = e.gpt->config().context_length, limit = gpt_token_limit(*e.gpt, limits);
  const auto length = static_cast<std::int64_t>(prompt.size());
  if (length > limit)
    throw ClientError{422, "the text is " + std::to_string(length) + " tokens; model \"" + e.name +
                               "\" reads at most " + std::to_string(limit) + (limit < context ? " here" : "")};
  const GptAttention a = gpt_attention(*e.gpt, *e.tokenizer, prompt, std::min(new_tokens, limit - length));
  json j = {{"model", e.name},
            {"kind", "gpt"},
            {"tokens", a.labels},
            {"token_ids", a.ids},
            {"prompt_length", a.prompt_length},
            {"output", a.continuation},
            {"layers", a.weights.size(0)},
            {"heads", a.weights.size(1)}};
  return with_raw_fields(
      j, {{"attention", nested_array(a.weights)}, {"rollout", nested_array(attention_rollout(a.weights))}});
}

std::string nmt_answer(const ViewerModelEntry& e, const json& request, const std::string& text,
                       const ViewerLimits& limits) {
  decode::SearchOptions search;
  search.beam_size = integer_field(request, "beam", std::min<std::int64_t>(5, limits.max_beam), 1, limits.max_beam);
  if (e.nmt.model->config().attention == models::Seq2SeqAttention::None)
    throw ClientError{422, "model \"" + e.name + "\" has no attention (attention \"none\"), so no alignment to show"};
  if (text.find_first_not_of(" \t\r\n") == std::string::npos)
    throw ClientError{400, "\"text\" is empty; give a sentence to translate"};
  std::vector<int> source;
  try {
    source = nmt_source_ids(e.nmt, text);
  } catch (const Error& err) {
    throw ClientError{422, err.what()};
  }
  if (static_cast<std::int64_t>(source.size()) > limits.max_source_tokens)
    throw ClientError{422, "the sentence is " + std::to_string(source.size()) + " pieces with </s>; model \"" + e.name +
                               "\" takes at most " + std::to_string(limits.max_source_tokens) + " here"};
  const NmtAttention a = nmt_attention(e.nmt, text, search);
  const json words = {{"source", a.source_words}, {"target", a.target_words}};
  json j = {{"model", e.name},
            {"kind", "nmt"},
            {"source_tokens", a.source_tokens},
            {"target_tokens", a.target_tokens},
            {"output", a.translation},
            {"finished", a.finished},
            {"beam", search.beam_size},
            {"words", words}};
  return with_raw_fields(j, {{"alignment", nested_array(a.weights)}, {"word_alignment", nested_array(a.word_weights)}});
}

}  // namespace

std::string json_error(std::string_view message) {
  return dump(json{{"error", std::string(message)}});
}

ViewerModels::ViewerModels(const std::vector<std::filesystem::path>& dirs, ViewerLimits limits) : limits_(limits) {
  ATTN_CHECK(!dirs.empty(), "attn serve: no model directories (give --model DIR)");
  ATTN_CHECK(
      limits.max_new_tokens >= 0 && limits.max_tokens >= 1 && limits.max_source_tokens >= 2 && limits.max_beam >= 1,
      "attn serve: limits max_new_tokens ", limits.max_new_tokens, ", max_tokens ", limits.max_tokens,
      ", max_source_tokens ", limits.max_source_tokens, ", max_beam ", limits.max_beam,
      " (expected >= 0, >= 1, >= 2, >= 1)");
  for (const auto& dir : dirs) {
    auto e = std::make_unique<ViewerModelEntry>();
    e->name = model_name(dir);
    for (const auto& other : entries_)
      ATTN_CHECK(other->name != e->name, "attn serve: two models named \"", e->name, "\" (", dir.string(),
                 "); model names are their directories' names");
    const std::string type = model_type(dir);
    if (type == "gpt2") {
      e->kind = "gpt";
      e->gpt = models::load_gpt(dir);
      e->tokenizer = data::load_tokenizer(dir);
    } else if (type == "attn-seq2seq") {
      e->kind = "nmt";
      e->nmt = models::load_translation_model(dir);
    } else {
      throw Error("attn serve: " + (dir / "config.json").string() + " has model_type \"" + type +
                  "\" (expected \"gpt2\" or \"attn-seq2seq\")");
    }
    entries_.push_back(std::move(e));
  }
}

ViewerModels::~ViewerModels() = default;

std::vector<std::string> ViewerModels::names() const {
  std::vector<std::string> out;
  for (const auto& e : entries_) out.push_back(e->name);
  return out;
}

ApiReply ViewerModels::list() const {
  json models = json::array();
  for (const auto& e : entries_) {
    if (e->kind == "gpt") {
      const models::GPTConfig& c = e->gpt->config();
      models.push_back({{"name", e->name},
                        {"kind", "gpt"},
                        {"tokenizer", e->tokenizer->name()},
                        {"layers", c.layers},
                        {"heads", c.heads},
                        {"context_length", c.context_length},
                        {"max_tokens", gpt_token_limit(*e->gpt, limits_)},
                        {"max_new_tokens", limits_.max_new_tokens}});
    } else {
      const models::Seq2SeqConfig& c = e->nmt.model->config();
      models.push_back({{"name", e->name},
                        {"kind", "nmt"},
                        {"attention", models::seq2seq_attention_name(c.attention)},
                        {"max_source_tokens", limits_.max_source_tokens},
                        {"max_beam", limits_.max_beam}});
    }
  }
  return reply(200, json{{"models", models}});
}

ApiReply ViewerModels::attention(std::string_view body) const {
  try {
    json request;
    try {
      request = json::parse(body);
    } catch (const json::parse_error& e) {
      throw ClientError{400, std::string("malformed JSON: ") + e.what()};
    }
    if (!request.is_object())
      throw ClientError{400, "the request must be a JSON object {\"model\": ..., \"text\": ...}"};
    for (const char* field : {"model", "text"}) {
      if (!request.contains(field)) throw ClientError{400, std::string("missing field \"") + field + "\""};
      if (!request[field].is_string()) throw ClientError{400, std::string("\"") + field + "\" must be a string"};
    }
    const std::string name = request["model"].get<std::string>();
    const std::string text = request["text"].get<std::string>();
    const auto found = std::find_if(entries_.begin(), entries_.end(), [&](const auto& e) { return e->name == name; });
    if (found == entries_.end()) {
      std::string known;
      for (const auto& e : entries_) known += (known.empty() ? "" : ", ") + e->name;
      throw ClientError{404, "unknown model \"" + name + "\" (this viewer serves: " + known + ")"};
    }
    std::lock_guard<std::mutex> lock(g_inference);
    const ViewerModelEntry& e = **found;
    return {200, e.kind == "gpt" ? gpt_answer(e, request, text, limits_) : nmt_answer(e, request, text, limits_)};
  } catch (const ClientError& e) {
    return {e.status, json_error(e.message)};
  } catch (const std::exception& e) {
    return {500, json_error(std::string("internal error: ") + e.what())};
  } catch (...) {
    return {500, json_error("internal error")};
  }
}

}  // namespace attn::viz
