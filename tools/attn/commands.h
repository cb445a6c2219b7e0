// The CLI's subcommands: each register_* adds one to the app (one file each).
#pragma once

#include <CLI/CLI.hpp>

namespace attn::cli {

void register_bench(CLI::App& app);  // bench.cpp: attn bench ceiling|matmul|...
void register_demo(CLI::App& app);   // demo.cpp:  attn demo

inline void register_all(CLI::App& app) {
  register_bench(app);
  register_demo(app);
}

}  // namespace attn::cli
