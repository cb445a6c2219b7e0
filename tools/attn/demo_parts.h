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

// Translates the first held-out Spanish verses with the bundled translator
// (models/nmt-es-en-small), prints source, translation and reference, and draws the
// first one's word alignment as a heatmap image.
struct NmtDemoOptions {
  std::string model;     // a translation model directory
  std::string data_dir;  // holding test.es and test.en
  std::string out_dir;   // where the heatmap goes
  int sentences = 3;
};
void run_nmt_demo(const NmtDemoOptions& options);

// The bundled models live in the source tree (make demo) or under share/attn (installed).
std::string bundled_model_dir(const std::string& name);

}  // namespace attn::cli
