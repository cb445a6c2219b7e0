// attn viz: the viewer's JSON API, apart from HTTP (docs/viewer.md describes it).
//
//   GET  /api/models      -> {"models": [{"name", "kind": "gpt" | "nmt", ...limits}]}
//   POST /api/attention   {"model": NAME, "text": STRING, ["max_new_tokens": N], ["beam": K]}
//                         -> the tokens, the output (the GPT continuation or the NMT
//                            translation) and the attention (per layer and head, and
//                            its rollout, for a GPT; the alignment for NMT)
// Every answer is a JSON object; an error is {"error": MESSAGE} with a 4xx status:
//   400 malformed JSON, a missing or mistyped field, an option out of range, an empty
//       text for a model that needs one
//   404 an unknown model
//   422 a text the model cannot take: over its length limit (in tokens: the context,
//       or the viewer's max_tokens when smaller), or with a character its vocabulary lacks
// and 500 (with the reason) for anything unforeseen; the viewer itself keeps running.
// Requests are answered one at a time per process (the models share the CPU's cores).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace attn::viz {

struct ViewerLimits {
  std::int64_t max_new_tokens = 32;  // GPT continuation: the default and the most a request may ask
  // GPT: the text and its continuation together, at most (and at most the context). The
  // answer holds L·H·T² weights: this bounds it (GPT-2 small at 256: 9.4 M weights).
  std::int64_t max_tokens = 256;
  std::int64_t max_source_tokens = 200;  // NMT source pieces (</s> included)
  std::int64_t max_beam = 8;             // NMT beam size a request may ask (default 5)
};

struct ApiReply {
  int status = 200;
  std::string body;  // JSON
};

struct ViewerModelEntry;  // one loaded model (viewer_api.cpp)

class ViewerModels {
 public:
  // Loads every model directory: a GPT (config.json's model_type "gpt2", see
  // models/gpt_checkpoint.h) or a translation model ("attn-seq2seq",
  // models/seq2seq_checkpoint.h). A model's name is its directory's name; two models
  // of the same name are an error.
  explicit ViewerModels(const std::vector<std::filesystem::path>& dirs, ViewerLimits limits = {});
  ~ViewerModels();
  ViewerModels(const ViewerModels&) = delete;
  ViewerModels& operator=(const ViewerModels&) = delete;

  std::vector<std::string> names() const;
  ApiReply list() const;                            // GET /api/models
  ApiReply attention(std::string_view body) const;  // POST /api/attention

 private:
  std::vector<std::unique_ptr<ViewerModelEntry>> entries_;
  ViewerLimits limits_;
};

// {"error": message} (valid JSON whatever bytes the message holds).
std::string json_error(std::string_view message);

}  // namespace attn::viz
