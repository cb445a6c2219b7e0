// Runs the attn command-line tool built beside the tests (ATTN_BINARY_DIR/attn), as a
// user would, for the end-to-end tests.
#pragma once

#include <string>
#include <vector>

namespace attn::testing {

struct CommandRun {
  int exit_code = -1;  // -1 when the command could not start or did not exit normally
  std::string output;  // stdout and stderr together
};

// `attn <arguments>` through the shell; arguments are passed as written.
CommandRun run_attn(const std::string& arguments);
// Any command line through the shell, stderr folded into the output.
CommandRun run_command(const std::string& command);

// The lines of a text, without their line ends.
std::vector<std::string> lines_of(const std::string& text);

}  // namespace attn::testing
