#include "support/run_attn.h"

#include <sys/wait.h>

#include <cstdio>
#include <sstream>

namespace attn::testing {

CommandRun run_attn(const std::string& arguments) {
  return run_command(std::string(ATTN_BINARY_DIR) + "/attn " + arguments);
}

CommandRun run_command(const std::string& command_line) {
  const std::string command = command_line + " 2>&1";
  CommandRun run;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return run;
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.output.append(buffer, n);
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace attn::testing
