// The viewer's HTTP server and JSON API (viz/server.h, viz/viewer_api.h), started in
// this process on a free port of 127.0.0.1 and spoken to over raw sockets, so every
// request is exactly as written: answers for the bundled GPT and a random translation
// model, every error case with its status and JSON error, the body size limit, no
// path outside the assets, concurrent clients, and the server still answering after
// all of it.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <thread>

#include "attn/data/tokenizer.h"
#include "attn/models/gpt_checkpoint.h"
#include "attn/viz/server.h"
#include "attn/viz/viewer_api.h"
#include "e2e/viz_test_models.h"
#include "support/errors.h"

namespace attn {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kGpt = fs::path(ATTN_SOURCE_DIR) / "models" / "gpt-kjv-small";

struct HttpReply {
  int status = 0;
  std::string headers;
  std::string body;
};

// Sends `request` as is to 127.0.0.1:port and reads the answer until the server closes.
HttpReply raw_http(int port, const std::string& request, bool half_close = false) {
  HttpReply reply;
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    if (fd >= 0) ::close(fd);
    return reply;
  }
  for (std::size_t sent = 0; sent < request.size();) {
    const ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;  // the server may stop reading a body it refuses
    sent += static_cast<std::size_t>(n);
  }
  // A request the server cannot parse leaves it waiting for the rest: closing our side
  // tells it there is none. (Not for good requests: the server then takes the closed
  // half for a dead connection and drops the request.)
  if (half_close) ::shutdown(fd, SHUT_WR);
  std::string raw;
  char buffer[65536];
  for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;) raw.append(buffer, static_cast<std::size_t>(n));
  ::close(fd);
  const std::size_t end = raw.find("\r\n\r\n");
  if (raw.rfind("HTTP/1.1 ", 0) != 0 || end == std::string::npos) return reply;
  reply.status = std::stoi(raw.substr(9, 3));
  reply.headers = raw.substr(0, end);
  reply.body = raw.substr(end + 4);
  return reply;
}

HttpReply http(int port, const std::string& method, const std::string& path, const std::string& body = "") {
  std::string request = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
  if (method == "POST" || method == "PUT" || !body.empty())
    request += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
  return raw_http(port, request + "\r\n" + body);
}

class ViewerApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("attn-viewer-api-" + std::to_string(::getpid()));
    testing::make_random_nmt_model(dir_ / "nmt-random");
    testing::make_random_nmt_model(dir_ / "nmt-none", models::Seq2SeqAttention::None);
    models_ = new viz::ViewerModels({kGpt, dir_ / "nmt-random", dir_ / "nmt-none"},
                                    {.max_new_tokens = 8, .max_source_tokens = 20, .max_beam = 4});
    server_ = new viz::ViewerServer(*models_,
                                    {{"/index.html", "text/html; charset=utf-8", "<p>the page</p>"},
                                     {"/viewer.js", "text/javascript; charset=utf-8", "let x = 1;"}},
                                    {.host = "127.0.0.1", .port = 0, .max_body_bytes = 4096});
    port_ = server_->bind();
    thread_ = new std::thread([] { server_->serve(); });
  }
  static void TearDownTestSuite() {
    server_->stop();
    thread_->join();
    delete thread_;
    delete server_;
    delete models_;
    fs::remove_all(dir_);
  }

  // POSTs a request to /api/attention; checks that an error answer is JSON {"error": ...}.
  static json attention(const std::string& body, int expected_status) {
    const HttpReply r = http(port_, "POST", "/api/attention", body);
    EXPECT_EQ(r.status, expected_status) << body << "\n-> " << r.body;
    EXPECT_NE(r.headers.find("Content-Type: application/json"), std::string::npos) << r.headers;
    json j = json::parse(r.body, nullptr, /*allow_exceptions=*/false);
    EXPECT_TRUE(j.is_object()) << r.body;
    if (expected_status != 200) {
      EXPECT_TRUE(j.contains("error") && j["error"].is_string()) << r.body;
    }
    return j;
  }

  static fs::path dir_;
  static viz::ViewerModels* models_;
  static viz::ViewerServer* server_;
  static std::thread* thread_;
  static int port_;
};
fs::path ViewerApi::dir_;
viz::ViewerModels* ViewerApi::models_ = nullptr;
viz::ViewerServer* ViewerApi::server_ = nullptr;
std::thread* ViewerApi::thread_ = nullptr;
int ViewerApi::port_ = 0;

TEST_F(ViewerApi, ListsTheModels) {
  const HttpReply r = http(port_, "GET", "/api/models");
  ASSERT_EQ(r.status, 200) << r.body;
  const json j = json::parse(r.body);
  ASSERT_EQ(j["models"].size(), 3u);
  EXPECT_EQ(j["models"][0]["name"], "gpt-kjv-small");
  EXPECT_EQ(j["models"][0]["kind"], "gpt");
  EXPECT_EQ(j["models"][0]["context_length"], 128);
  EXPECT_EQ(j["models"][0]["max_tokens"], 128);  // the context, under the viewer's 256
  EXPECT_EQ(j["models"][0]["max_new_tokens"], 8);
  EXPECT_EQ(j["models"][1]["name"], "nmt-random");
  EXPECT_EQ(j["models"][1]["kind"], "nmt");
  EXPECT_EQ(j["models"][1]["attention"], "bahdanau");
  EXPECT_EQ(j["models"][2]["attention"], "none");
}

TEST_F(ViewerApi, GptAnswersTokensContinuationAndEveryHead) {
  const json j = attention(R"({"model": "gpt-kjv-small", "text": "In the beginning", "max_new_tokens": 6})", 200);
  ASSERT_TRUE(j.contains("attention")) << j.dump().substr(0, 300);
  EXPECT_EQ(j["kind"], "gpt");
  EXPECT_EQ(j["prompt_length"], 16);
  const std::size_t t = j["tokens"].size();
  EXPECT_EQ(t, 22u);
  EXPECT_EQ(j["token_ids"].size(), t);
  EXPECT_EQ(j["tokens"][2], "␣");
  EXPECT_FALSE(j["output"].get<std::string>().empty());
  ASSERT_EQ(j["attention"].size(), 4u);  // L
  ASSERT_EQ(j["rollout"].size(), 4u);
  for (const auto& layer : j["attention"]) {
    ASSERT_EQ(layer.size(), 4u);  // H
    for (const auto& head : layer) {
      ASSERT_EQ(head.size(), t);
      for (std::size_t i = 0; i < t; ++i) {
        ASSERT_EQ(head[i].size(), t);
        double sum = 0;
        for (std::size_t k = 0; k < t; ++k) {
          sum += head[i][k].get<double>();
          if (k > i) {
            EXPECT_EQ(head[i][k].get<double>(), 0.0);
          }
        }
        EXPECT_NEAR(sum, 1.0, 5e-4);  // four decimals a weight
      }
    }
  }
  for (const auto& layer : j["rollout"]) {
    ASSERT_EQ(layer.size(), t);
    for (const auto& row : layer) {
      double sum = 0;
      for (const auto& w : row) sum += w.get<double>();
      EXPECT_NEAR(sum, 1.0, 5e-4);
    }
  }
  // The default continuation is the viewer's limit; 0 gives none.
  EXPECT_EQ(attention(R"({"model": "gpt-kjv-small", "text": "In"})", 200)["tokens"].size(), 2u + 8u);
  EXPECT_EQ(attention(R"({"model": "gpt-kjv-small", "text": "In", "max_new_tokens": 0})", 200)["output"], "");
}

TEST_F(ViewerApi, NmtAnswersTheAlignmentWithEndOfSentence) {
  const json j = attention(R"({"model": "nmt-random", "text": "Y dijo Dios: Sea la luz.", "beam": 2})", 200);
  ASSERT_TRUE(j.contains("alignment")) << j.dump().substr(0, 300);
  EXPECT_EQ(j["kind"], "nmt");
  EXPECT_EQ(j["beam"], 2);
  EXPECT_EQ(j["source_tokens"].back(), "</s>");
  EXPECT_EQ(j["words"]["source"].back(), "</s>");
  const std::size_t s = j["source_tokens"].size(), t = j["target_tokens"].size();
  ASSERT_EQ(j["alignment"].size(), t);
  for (const auto& row : j["alignment"]) EXPECT_EQ(row.size(), s);
  ASSERT_EQ(j["word_alignment"].size(), j["words"]["target"].size());
  for (const auto& row : j["word_alignment"]) EXPECT_EQ(row.size(), j["words"]["source"].size());
}

TEST_F(ViewerApi, BadRequestsGetAStatusAndAJsonError) {
  const auto error_of = [](const std::string& body, int status) {
    return attention(body, status).value("error", std::string());
  };
  EXPECT_NE(error_of("{\"model\": ", 400).find("malformed JSON"), std::string::npos);
  EXPECT_NE(error_of("not json", 400).find("malformed JSON"), std::string::npos);
  EXPECT_NE(error_of("", 400).find("malformed JSON"), std::string::npos);
  EXPECT_NE(error_of("[\"gpt-kjv-small\", \"In\"]", 400).find("JSON object"), std::string::npos);
  EXPECT_NE(error_of(R"({"text": "In"})", 400).find("missing field \"model\""), std::string::npos);
  EXPECT_NE(error_of(R"({"model": "gpt-kjv-small"})", 400).find("missing field \"text\""), std::string::npos);
  EXPECT_NE(error_of(R"({"model": 7, "text": "In"})", 400).find("\"model\" must be a string"), std::string::npos);
  EXPECT_NE(error_of(R"({"model": "gpt-kjv-small", "text": ["In"]})", 400).find("\"text\" must be a string"),
            std::string::npos);
  EXPECT_NE(error_of("{\"model\": \"gpt-kjv-small\", \"text\": \"\xff\"}", 400).find("malformed JSON"),
            std::string::npos);  // not UTF-8
  EXPECT_NE(error_of(R"({"model": "gpt-kjv-small", "text": "In", "max_new_tokens": 9})", 400).find("0 to 8"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"model": "gpt-kjv-small", "text": "In", "max_new_tokens": "3"})", 400).find("integer"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"model": "nmt-random", "text": "la luz", "beam": 5})", 400).find("1 to 4"), std::string::npos);
  EXPECT_NE(error_of(R"({"model": "nmt-random", "text": "  "})", 400).find("empty"), std::string::npos);

  const std::string unknown = error_of(R"({"model": "gpt-4", "text": "In"})", 404);
  EXPECT_NE(unknown.find("unknown model \"gpt-4\""), std::string::npos) << unknown;
  EXPECT_NE(unknown.find("gpt-kjv-small, nmt-random, nmt-none"), std::string::npos) << unknown;

  const std::string long_text = json{{"model", "gpt-kjv-small"}, {"text", std::string(129, 'a')}}.dump();
  EXPECT_NE(error_of(long_text, 422).find("129 tokens"), std::string::npos);
  EXPECT_NE(error_of(R"({"model": "gpt-kjv-small", "text": "日本"})", 422).find("not in the vocabulary"),
            std::string::npos);
  std::string sentence;
  for (int i = 0; i < 30; ++i) sentence += "luz ";
  EXPECT_NE(error_of(json{{"model", "nmt-random"}, {"text", sentence}}.dump(), 422).find("at most 20"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"model": "nmt-none", "text": "la luz"})", 422).find("no attention"), std::string::npos);
}

TEST_F(ViewerApi, BodiesOverTheLimitAreRefused) {
  const std::string big = json{{"model", "gpt-kjv-small"}, {"text", std::string(5000, 'a')}}.dump();
  const HttpReply r = http(port_, "POST", "/api/attention", big);
  EXPECT_EQ(r.status, 413) << r.body;
  const json j = json::parse(r.body, nullptr, false);
  ASSERT_TRUE(j.is_object()) << r.body;
  EXPECT_NE(j.value("error", "").find("over 4096 bytes"), std::string::npos) << r.body;
}

TEST_F(ViewerApi, ServesItsAssetsAndNothingElse) {
  HttpReply r = http(port_, "GET", "/");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "<p>the page</p>");
  EXPECT_NE(r.headers.find("text/html"), std::string::npos);
  r = http(port_, "GET", "/viewer.js");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "let x = 1;");
  for (const std::string path :
       {"/missing.css", "/../../../../etc/passwd", "/..%2f..%2f..%2f..%2fetc%2fpasswd", "/%2e%2e/%2e%2e/etc/passwd",
        "//etc/passwd", "/etc/passwd", "/index.html/..", "/api/../../etc/passwd", "/api", "/api/models/x"}) {
    r = http(port_, "GET", path);
    EXPECT_EQ(r.status, 404) << path << " -> " << r.body;
    EXPECT_EQ(r.body.find("root:"), std::string::npos) << path;
    EXPECT_TRUE(json::parse(r.body, nullptr, false).contains("error")) << path << " -> " << r.body;
  }
  for (const auto& [method, path] : std::vector<std::pair<std::string, std::string>>{
           {"GET", "/api/attention"}, {"POST", "/"}, {"DELETE", "/api/models"}, {"PUT", "/index.html"}}) {
    r = http(port_, method, path, "{}");
    EXPECT_GE(r.status, 400) << method << " " << path;
    EXPECT_LT(r.status, 500) << method << " " << path;
    EXPECT_TRUE(json::parse(r.body, nullptr, false).contains("error")) << method << " " << path << " -> " << r.body;
  }
  // Not HTTP at all: the server answers 400 or hangs up, and goes on.
  r = raw_http(port_, "this is not a request\r\n\r\n", /*half_close=*/true);
  EXPECT_TRUE(r.status == 0 || r.status == 400) << r.status;
  EXPECT_EQ(http(port_, "GET", "/api/models").status, 200);
}

TEST_F(ViewerApi, ConcurrentClientsAllGetAnswers) {
  std::vector<std::thread> clients;
  std::atomic<int> ok{0};
  for (int c = 0; c < 6; ++c)
    clients.emplace_back([c, &ok] {
      for (int k = 0; k < 3; ++k) {
        const std::string body = c % 2 == 0 ? R"({"model": "gpt-kjv-small", "text": "And God", "max_new_tokens": 2})"
                                            : R"({"model": "nmt-random", "text": "la luz", "beam": 1})";
        if (http(port_, "POST", "/api/attention", body).status == 200) ++ok;
      }
    });
  for (auto& c : clients) c.join();
  EXPECT_EQ(ok.load(), 18);
}

// The viewer's own token limit, under the context: the text alone must fit, and the
// continuation stops at it.
TEST(ViewerModelsLimits, TextAndContinuationStayUnderMaxTokens) {
  const viz::ViewerModels models({kGpt}, {.max_new_tokens = 8, .max_tokens = 10});
  EXPECT_EQ(json::parse(models.list().body)["models"][0]["max_tokens"], 10);
  viz::ApiReply r = models.attention(R"({"model": "gpt-kjv-small", "text": "In the beginning"})");
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(json::parse(r.body)["error"], "the text is 16 tokens; model \"gpt-kjv-small\" reads at most 10 here");
  r = models.attention(R"({"model": "gpt-kjv-small", "text": "And God"})");  // 7 tokens, room for 3
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["tokens"].size(), 10u);
}

// A GPT with GPT-2's byte-level BPE (random weights, the "tiny" config): tokens that
// hold part of a character are shown as \xNN, and a continuation that stops inside a
// character still makes valid JSON (U+FFFD in its place).
TEST(ViewerModelsBytes, ByteLevelTokensGiveValidJson) {
  const fs::path dir = fs::temp_directory_path() / ("attn-viewer-bpe-" + std::to_string(::getpid())) / "gpt-bpe";
  fs::create_directories(dir);
  Generator gen(3);
  models::GPT model(models::GPTConfig::named("tiny"), gen);
  models::save_gpt(model, dir);
  data::load_gpt2_tokenizer(data::default_gpt2_vocab_dir())->save(dir);
  const viz::ViewerModels models({dir});
  const viz::ApiReply r = models.attention(R"({"model": "gpt-bpe", "text": "Dios creó 日本", "max_new_tokens": 20})");
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 300);
  const json j = json::parse(r.body);  // throws on invalid UTF-8
  bool split_character = false;
  for (const auto& t : j["tokens"]) split_character |= t.get<std::string>().find("\\x") != std::string::npos;
  EXPECT_TRUE(split_character) << "日本 takes byte-level tokens that split its characters: " << j["tokens"].dump();
  EXPECT_EQ(j["tokens"][0], "D");
  EXPECT_EQ(j["tokens"].size(), j["token_ids"].size());
  fs::remove_all(dir.parent_path());
}

TEST(ViewerModelsLoading, Errors) {
  const fs::path dir = fs::temp_directory_path() / ("attn-viewer-models-" + std::to_string(::getpid()));
  fs::create_directories(dir / "empty");
  fs::create_directories(dir / "odd");
  std::ofstream(dir / "odd" / "config.json") << R"({"model_type": "bert"})";
  testing::expect_error([] { viz::ViewerModels({}); }, {"no model directories"});
  testing::expect_error([] { viz::ViewerModels({kGpt}, {.max_tokens = 0}); }, {"max_tokens 0"});
  testing::expect_error([&] { viz::ViewerModels({dir / "empty"}); }, {"empty", "config.json"});
  testing::expect_error([&] { viz::ViewerModels({dir / "odd"}); }, {"bert", "gpt2", "attn-seq2seq"});
  testing::expect_error(
      [&] {
        viz::ViewerModels({kGpt, kGpt.string() + "/"});
      },
      {"two models named \"gpt-kjv-small\""});
  fs::remove_all(dir);
}

}  // namespace
}  // namespace attn
