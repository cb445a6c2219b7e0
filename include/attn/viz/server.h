// attn viz: the viewer's HTTP server (cpp-httplib), behind `attn serve` (docs/viewer.md).
//
// It serves exactly its own assets (the page, its script and style, compiled into attn)
// and the JSON API of viewer_api.h; any other path is a 404 with a JSON error, so no
// file of the machine is ever read. Request bodies over max_body_bytes are answered
// 413. Every handler catches everything: a bad request gets a 4xx, an unforeseen
// failure a 500, and the server goes on.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "attn/viz/viewer_api.h"

namespace attn::viz {

struct ViewerAsset {
  std::string path;          // "/index.html"; "/" serves "/index.html"
  std::string content_type;  // "text/html; charset=utf-8"
  std::string_view body;     // lives as long as the server (static data)
};

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port
  std::size_t max_body_bytes = 64 * 1024;
  bool log_requests = false;  // one line a request on stderr
};

class ViewerServer {
 public:
  ViewerServer(const ViewerModels& models, std::vector<ViewerAsset> assets, ServerOptions options);
  ~ViewerServer();
  ViewerServer(const ViewerServer&) = delete;
  ViewerServer& operator=(const ViewerServer&) = delete;

  // Binds host:port and returns the port (the one chosen when port is 0); an error
  // naming the address when it cannot be bound.
  int bind();
  // Answers requests until stop() (from another thread or a signal handler's thread).
  void serve();
  void stop();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace attn::viz
