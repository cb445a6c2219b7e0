// attn bench attention|decode: attention timed against the sgemm ceiling (and, on
// request, against PyTorch's textbook composition), and single-token decode against
// a KV cache (docs/benchmarks.md, "Attention").
#pragma once

#include <CLI/CLI.hpp>

namespace attn::cli {

// Adds `attention` and `decode` under `attn bench`.
void register_bench_attention(CLI::App* bench);

}  // namespace attn::cli
