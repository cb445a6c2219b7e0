// attn demo: the parts `attn demo` runs after one another (demo.cpp trains a small
// GRU language model from scratch; the others run the bundled trained models).
#pragma once

#include <cstdint>
#include <string>

namespace attn::cli {

// Samples from the bundled GPT (models/gpt-kjv-small), streaming the text.
struct GptDemoOptions {
  std::string model;  // a GPT model directory
  std::string prompt = "And God said";
  std::int64_t tokens = 300;
  std::uint64_t seed = 1;
};
void run_gpt_demo(const GptDemoOptions& options);

// The bundled models live in the source tree (make demo) or under share/attn (installed).
std::string bundled_model_dir(const std::string& name);

}  // namespace attn::cli
