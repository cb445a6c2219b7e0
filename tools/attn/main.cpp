// attn: the command-line tool. Each subcommand lives in its own file and registers
// itself through commands.h.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>

#include "attn/error.h"
#include "attn/parallel.h"
#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"attn: attention-based language models on the CPU"};
  app.require_subcommand(1);
  int threads = 0;
  app.add_option("--threads", threads, "threads for attn and the BLAS (default: ATTN_NUM_THREADS or all cores)")
      ->check(CLI::PositiveNumber);
  app.parse_complete_callback([&] {
    if (threads > 0) attn::set_num_threads(threads);
  });
  attn::cli::register_all(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "attn: error: %s\n", e.what());
    return 1;
  }
  return 0;
}
