#include "attn/viz/server.h"

#include <httplib.h>

#include <cstdio>
#include <map>

#include "attn/error.h"

namespace attn::viz {

namespace {
constexpr const char* kJson = "application/json";
}

struct ViewerServer::State {
  const ViewerModels& models;
  std::map<std::string, ViewerAsset, std::less<>> assets;
  ServerOptions options;
  httplib::Server http;
  bool bound = false;

  State(const ViewerModels& m, ServerOptions o) : models(m), options(std::move(o)) {}
};

ViewerServer::ViewerServer(const ViewerModels& models, std::vector<ViewerAsset> assets, ServerOptions options)
    : state_(std::make_unique<State>(models, std::move(options))) {
  for (auto& a : assets) {
    ATTN_CHECK(!a.path.empty() && a.path[0] == '/', "ViewerServer: asset path '", a.path, "' (expected /name)");
    state_->assets.emplace(a.path, std::move(a));
  }
  State& s = *state_;
  httplib::Server& http = s.http;
  http.set_payload_max_length(s.options.max_body_bytes);
  http.set_keep_alive_max_count(1000);
  http.set_default_headers({{"X-Content-Type-Options", "nosniff"}, {"Cache-Control", "no-store"}});

  // Assets by exact path only: nothing is looked up on disk.
  http.Get(R"(/[^/]*)", [&s](const httplib::Request& req, httplib::Response& res) {
    const std::string path = req.path == "/" ? "/index.html" : req.path;
    const auto found = s.assets.find(path);
    if (found == s.assets.end()) {
      res.status = 404;
      res.set_content(json_error("no such page: " + req.path), kJson);
      return;
    }
    res.set_content(std::string(found->second.body), found->second.content_type.c_str());
  });
  http.Get("/api/models", [&s](const httplib::Request&, httplib::Response& res) {
    const ApiReply r = s.models.list();
    res.status = r.status;
    res.set_content(r.body, kJson);
  });
  http.Post("/api/attention", [&s](const httplib::Request& req, httplib::Response& res) {
    const ApiReply r = s.models.attention(req.body);
    res.status = r.status;
    res.set_content(r.body, kJson);
  });
  // Whatever ends in an error without a body of its own (unknown paths, methods, a
  // body over the limit) still answers JSON.
  http.set_error_handler([&s](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string message;
    if (res.status == 413)
      message = "the request body is over " + std::to_string(s.options.max_body_bytes) + " bytes";
    else if (res.status == 404)
      message = "no such page: " + req.method + " " + req.path;
    else
      message = "HTTP status " + std::to_string(res.status);
    res.set_content(json_error(message), kJson);
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    res.status = 500;
    res.set_content(json_error("internal error: " + what), kJson);
  });
  if (s.options.log_requests)
    http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      std::fprintf(stderr, "%s %s -> %d (%zu bytes)\n", req.method.c_str(), req.path.c_str(), res.status,
                   res.body.size());
    });
}

ViewerServer::~ViewerServer() {
  stop();
}

int ViewerServer::bind() {
  State& s = *state_;
  int port = s.options.port;
  bool ok;
  if (port == 0) {
    port = s.http.bind_to_any_port(s.options.host);
    ok = port > 0;
  } else {
    ok = s.http.bind_to_port(s.options.host, port);
  }
  ATTN_CHECK(ok, "attn serve: cannot listen on ", s.options.host, ":", s.options.port,
             " (address in use, or not an address of this machine)");
  s.bound = true;
  return port;
}

void ViewerServer::serve() {
  ATTN_CHECK(state_->bound, "ViewerServer::serve: bind() first");
  state_->http.listen_after_bind();
}

void ViewerServer::stop() {
  if (state_ && state_->http.is_running()) state_->http.stop();
}

}  // namespace attn::viz
