// The CLI's subcommands: each register_* adds one to the app (one file each).
#pragma once

#include <CLI/CLI.hpp>

namespace attn::cli {

void register_bench(CLI::App& app);    // bench.cpp: attn bench ceiling|matmul|...
void register_demo(CLI::App& app);     // demo.cpp:  attn demo
void register_explain(CLI::App& app);  // explain.cpp: attn explain <mechanism>

inline void register_all(CLI::App& app) {
  register_bench(app);
  register_demo(app);
  register_explain(app);
}

}  // namespace attn::cli
