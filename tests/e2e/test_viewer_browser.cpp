// The viewer end to end: `attn serve` started as a user would (on a free port) with the
// bundled GPT and a translation model, then the page driven in Debian's headless
// chromium by playwright-core (tests/e2e/viewer_browser.js): it loads with nothing from
// the internet, a submitted text brings the output and a heatmap, hovering a token
// changes the highlight. The screenshots are kept in the build directory
// (viewer-screenshot.png, viewer-screenshot-nmt.png). Then SIGTERM stops the server
// cleanly.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "e2e/viz_test_models.h"

namespace attn {
namespace {

namespace fs = std::filesystem;

const fs::path kSource = ATTN_SOURCE_DIR;
const fs::path kBinary = ATTN_BINARY_DIR;

// Runs a shell command, returns its exit code and output (stdout and stderr).
int run(const std::string& command, std::string& output) {
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return -1;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) output.append(buffer, n);
  const int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// `attn serve ARGS` as a child process; its output comes through a pipe.
struct Server {
  pid_t pid = -1;
  FILE* out = nullptr;

  explicit Server(const std::vector<std::string>& args) {
    int fds[2];
    if (pipe(fds) != 0) return;
    pid = fork();
    if (pid == 0) {
      dup2(fds[1], STDOUT_FILENO);
      dup2(fds[1], STDERR_FILENO);
      close(fds[0]);
      close(fds[1]);
      std::vector<char*> argv;
      const std::string program = (kBinary / "attn").string();
      argv.push_back(const_cast<char*>(program.c_str()));
      for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
      argv.push_back(nullptr);
      execv(program.c_str(), argv.data());
      _exit(127);
    }
    close(fds[1]);
    out = fdopen(fds[0], "r");
  }
  // The next line of its output ("" at the end).
  std::string line() {
    char buffer[4096];
    return out != nullptr && std::fgets(buffer, sizeof buffer, out) != nullptr ? buffer : "";
  }
  // SIGTERM, then its exit status and the rest of its output.
  int stop(std::string& rest) {
    if (pid <= 0) return -1;
    kill(pid, SIGTERM);
    for (std::string l; !(l = line()).empty();) rest += l;
    int status = 0;
    waitpid(pid, &status, 0);
    pid = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  ~Server() {
    if (pid > 0) {
      kill(pid, SIGKILL);
      waitpid(pid, nullptr, 0);
    }
    if (out != nullptr) fclose(out);
  }
};

TEST(ViewerBrowser, PageLoadsSubmitsAndHighlightsOnHover) {
  std::string out;
  ASSERT_EQ(run("node --version", out), 0) << "node is missing: run scripts/install-deps.sh";
  ASSERT_TRUE(fs::exists("/usr/bin/chromium")) << "Debian's chromium is missing: run scripts/install-deps.sh";
  ASSERT_TRUE(fs::exists(kSource / "node_modules" / "playwright-core" / "package.json"))
      << "npm playwright-core is missing: run scripts/install-deps.sh (npm ci)";

  // The bundled translation model when there is one, else one with random weights.
  const fs::path work = fs::temp_directory_path() / ("attn-viewer-browser-" + std::to_string(::getpid()));
  fs::path nmt = kSource / "models" / "nmt-es-en-small";
  if (!fs::exists(nmt / "config.json")) nmt = testing::make_random_nmt_model(work / "nmt-random");

  Server server({"serve", "--model", (kSource / "models" / "gpt-kjv-small").string(), "--model", nmt.string(), "--port",
                 "0", "--max-new-tokens", "16"});
  std::string url, log;
  for (std::string l; url.empty() && !(l = server.line()).empty();) {
    log += l;
    if (const auto at = l.find("http://"); at != std::string::npos) url = l.substr(at, l.find(' ', at) - at);
  }
  ASSERT_FALSE(url.empty()) << "attn serve did not start:\n" << log;

  const fs::path shot = kBinary / "viewer-screenshot.png";
  fs::remove(shot);
  out.clear();
  const int code = run("timeout 180 node '" + (kSource / "tests" / "e2e" / "viewer_browser.js").string() + "' '" + url +
                           "' '" + shot.string() + "' '" + nmt.filename().string() + "'",
                       out);
  EXPECT_EQ(code, 0) << out;
  std::printf("%s", out.c_str());
  EXPECT_TRUE(fs::exists(shot)) << "no screenshot at " << shot;
  EXPECT_GT(fs::exists(shot) ? fs::file_size(shot) : 0, 10000u);

  std::string rest;
  EXPECT_EQ(server.stop(rest), 0) << rest;
  EXPECT_NE(rest.find("attn serve: stopped"), std::string::npos) << rest;
  fs::remove_all(work);
}

}  // namespace
}  // namespace attn
