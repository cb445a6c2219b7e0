#include "commands.h"
namespace attn::cli {
void register_demo(CLI::App& app) { app.add_subcommand("demo", "demo"); }
}  // namespace attn::cli
