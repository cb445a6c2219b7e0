#include "commands.h"
namespace attn::cli {
void register_bench(CLI::App& app) { app.add_subcommand("bench", "benchmarks"); }
}  // namespace attn::cli
