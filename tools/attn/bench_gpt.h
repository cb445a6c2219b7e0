// attn bench gpt|generate: a whole model measured, not a kernel. A GPT training step
// (forward, backward, gradient clipping, AdamW) against the sgemm ceiling and against
// the same model and optimiser in PyTorch; generation with the KV cache against the
// memory-bandwidth bound of reading every weight once per token.
#pragma once

#include <CLI/CLI.hpp>

namespace attn::cli {

// Adds `gpt` and `generate` under `attn bench`.
void register_bench_gpt(CLI::App* bench);

}  // namespace attn::cli
