// attn serve: the attention viewer, a local web page over GPT and translation models
// (see docs/viewer.md).
//   attn serve --model models/gpt-kjv-small --model models/nmt-es-en-small --port 8080
// then open http://127.0.0.1:8080/. Bound to 127.0.0.1 unless --host says otherwise;
// Ctrl-C (SIGINT) or SIGTERM stops it.
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "attn/viz/server.h"
#include "attn/viz/viewer_api.h"
#include "commands.h"

namespace attn::cli {

// The page, compiled in from tools/attn/viewer/ by tools/attn/viewer/embed.cmake.
std::vector<viz::ViewerAsset> viewer_assets();

namespace {

struct ServeOptions {
  std::vector<std::string> models;
  std::string host = "127.0.0.1";
  int port = 8080;
  std::int64_t max_new_tokens = 32;
  std::int64_t max_tokens = 256;
  std::size_t max_body_bytes = 64 * 1024;
  bool log = false;
};

void run_serve(const ServeOptions& o) {
  // SIGINT and SIGTERM are blocked in every thread and taken by one thread that stops
  // the server: no work in a signal handler. Blocked first, before any thread starts
  // (OpenMP's while the models load, the server's pool), so that all inherit the mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  std::vector<std::filesystem::path> dirs(o.models.begin(), o.models.end());
  const viz::ViewerModels models(dirs, {.max_new_tokens = o.max_new_tokens, .max_tokens = o.max_tokens});

  viz::ViewerServer server(models, viewer_assets(),
                           {.host = o.host, .port = o.port, .max_body_bytes = o.max_body_bytes, .log_requests = o.log});
  const int port = server.bind();
  for (const auto& name : models.names()) std::printf("attn serve: model %s\n", name.c_str());
  if (o.host != "127.0.0.1" && o.host != "localhost" && o.host != "::1")
    std::printf("attn serve: listening on %s: the viewer has no authentication, anyone who reaches it can use it\n",
                o.host.c_str());
  std::printf("attn serve: viewer at http://%s:%d/ (Ctrl-C stops it)\n", o.host.c_str(), port);
  std::fflush(stdout);

  std::thread waiter([&server, stop_signals] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    server.stop();
  });
  server.serve();
  // Wakes the waiter if the server stopped on its own (then no signal came).
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  std::printf("attn serve: stopped\n");
}

}  // namespace

void register_serve(CLI::App& app) {
  auto o = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "the attention viewer: a web page over GPT and translation models");
  cmd->add_option("--model", o->models, "a model directory (GPT or NMT); repeat for several")->required();
  cmd->add_option("--host", o->host, "address to listen on")->capture_default_str();
  cmd->add_option("--port", o->port, "port to listen on (0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--max-new-tokens", o->max_new_tokens, "GPT continuation: the default and the most a request gets")
      ->check(CLI::Range(0, 1024))
      ->capture_default_str();
  cmd->add_option("--max-tokens", o->max_tokens, "GPT: text and continuation together, at most (and the context)")
      ->check(CLI::Range(1, 4096))
      ->capture_default_str();
  cmd->add_option("--max-body-bytes", o->max_body_bytes, "larger request bodies are refused (413)")
      ->check(CLI::Range(256, 16 * 1024 * 1024))
      ->capture_default_str();
  cmd->add_flag("--log", o->log, "log every request on stderr");
  cmd->callback([o] { run_serve(*o); });
}

}  // namespace attn::cli
