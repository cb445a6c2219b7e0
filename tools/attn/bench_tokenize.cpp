// attn bench tokenize: GPT-2 BPE and character tokenization speed on one core, in MB/s
// of UTF-8 input, on the whole King James Bible (Debian's bible-kjv) unless --input is
// given. The GPT-2 encoder is timed cold (its per-piece cache emptied before every
// run, so each run does the BPE work of a fresh process) and warm (cache full). The
// peer is the reference encoder, the npm package gpt-3-encoder under node, run once
// on the same text (cold, as a fresh process is) and timed inside node.
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "attn/data/char_tokenizer.h"
#include "attn/data/gpt2_bpe.h"
#include "attn/error.h"
#include "attn/parallel.h"
#include "commands.h"

namespace attn::cli {
namespace {

using Json = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

struct BenchTokenizeOptions {
  std::string input;  // default: the whole KJV from `bible`
  int repeat = 5;
  bool peer = true;
};

std::string command_output(const std::string& command) {
  FILE* pipe = popen(command.c_str(), "r");
  ATTN_CHECK(pipe != nullptr, "cannot run ", command);
  std::string out;
  std::array<char, 1 << 16> buffer;
  std::size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
  const int status = pclose(pipe);
  ATTN_CHECK(status == 0, "`", command, "` failed (status ", status, ")");
  return out;
}

std::string load_input(const std::string& path) {
  if (path.empty()) {
    try {
      return command_output("bible -l100000 'Gen1:1-Rev22:21' 2>/dev/null");
    } catch (const Error& e) {
      throw Error(detail::concat("attn bench tokenize: ", e.what(),
                                 "; install Debian's bible-kjv (scripts/install-deps.sh) or pass --input FILE"));
    }
  }
  std::ifstream in(path, std::ios::binary);
  ATTN_CHECK(in, "attn bench tokenize: cannot open --input ", path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Median seconds of `repeat` runs of fn, each after an untimed prepare().
template <class Prepare, class Fn>
double median_run_seconds(int repeat, Prepare prepare, Fn fn) {
  std::vector<double> s;
  for (int r = 0; r < repeat; ++r) {
    prepare();
    const auto t0 = Clock::now();
    fn();
    s.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
  }
  std::sort(s.begin(), s.end());
  return s[s.size() / 2];
}

// The reference encoder's seconds on the text, or a reason it could not run.
Json run_peer(const std::string& text) {
  const std::string script = std::string(ATTN_SOURCE_DIR) + "/tests/e2e/gpt2_reference_encode.js";
  if (!std::ifstream(script)) return Json{{"skipped", "no " + script + " (a source tree's)"}};
  const std::string file =
      (std::filesystem::temp_directory_path() / ("attn-bench-tokenize-" + std::to_string(::getpid()) + ".txt"))
          .string();
  {
    std::ofstream out(file, std::ios::binary);
    out << text;
  }
  Json result;
  try {
    result = Json::parse(command_output("node '" + script + "' bench '" + file + "' 2>&1"));
  } catch (const std::exception& e) {
    result = Json{{"skipped", std::string("node gpt-3-encoder did not run: ") + e.what()}};
  }
  std::filesystem::remove(file);
  return result;
}

void run_bench_tokenize(const BenchTokenizeOptions& o) {
  const std::string text = load_input(o.input);
  const double mb = double(text.size()) * 1e-6;
  const std::unique_ptr<data::Tokenizer> loaded = data::load_gpt2_tokenizer(data::default_gpt2_vocab_dir());
  const auto* gpt2 = dynamic_cast<const data::Gpt2Tokenizer*>(loaded.get());
  std::vector<std::int32_t> ids;
  const double cold = median_run_seconds(
      o.repeat, [&] { gpt2->clear_cache(); }, [&] { ids = gpt2->encode(text); });
  const std::size_t cached = gpt2->cache_size();
  const double warm = median_run_seconds(
      o.repeat, [] {}, [&] { ids = gpt2->encode(text); });
  std::string decoded;
  const double decode = median_run_seconds(
      o.repeat, [] {}, [&] { decoded = gpt2->decode(ids); });
  ATTN_CHECK(decoded == text, "attn bench tokenize: gpt2 decode(encode(text)) differs from the text");

  const auto chars = data::CharTokenizer::from_corpus(text);
  std::vector<std::int32_t> char_ids;
  const double char_encode = median_run_seconds(
      o.repeat, [] {}, [&] { char_ids = chars->encode(text); });

  std::printf("input: %.2f MB (%s); median of %d runs, one thread\n", mb,
              o.input.empty() ? "the whole KJV from `bible`" : o.input.c_str(), o.repeat);
  std::printf("gpt2 encode, cold cache: %8.1f MB/s  (%zu ids, %zu distinct pieces)\n", mb / cold, ids.size(), cached);
  std::printf("gpt2 encode, warm cache: %8.1f MB/s\n", mb / warm);
  std::printf("gpt2 decode:             %8.1f MB/s\n", mb / decode);
  std::printf("char encode:             %8.1f MB/s  (V = %lld)\n", mb / char_encode,
              static_cast<long long>(chars->vocab_size()));
  Json result{{"input_bytes", text.size()},
              {"gpt2_ids", ids.size()},
              {"gpt2_encode_mbs", mb / cold},
              {"gpt2_encode_warm_mbs", mb / warm},
              {"gpt2_decode_mbs", mb / decode},
              {"char_encode_mbs", mb / char_encode},
              {"threads", 1},
              {"repeat", o.repeat}};
  if (o.peer) {
    const Json peer = run_peer(text);
    if (peer.contains("seconds")) {
      const double peer_mbs = mb / peer["seconds"].get<double>();
      const bool same = peer["ids"].get<std::size_t>() == ids.size();
      std::printf("peer: npm gpt-3-encoder under node, cold: %.2f MB/s -> attn is %.1fx as fast (%s)\n", peer_mbs,
                  (mb / cold) / peer_mbs, same ? "same number of ids" : "DIFFERENT number of ids");
      result["peer_node_gpt3_encoder_mbs"] = peer_mbs;
      result["speedup_vs_peer"] = (mb / cold) / peer_mbs;
      result["peer_ids"] = peer["ids"];
    } else {
      std::printf("peer: %s\n", peer.value("skipped", peer.dump()).c_str());
      result["peer_skipped"] = peer.value("skipped", peer.dump());
    }
  }
  std::printf("%s\n", result.dump().c_str());
}

}  // namespace

void register_bench_tokenize(CLI::App* bench) {
  static BenchTokenizeOptions o;
  CLI::App* cmd = bench->add_subcommand("tokenize", "GPT-2 BPE and char tokenization MB/s on one core (default: KJV)");
  cmd->add_option("--input", o.input, "text file to tokenize (default: the whole KJV from Debian's bible-kjv)");
  cmd->add_option("--repeat", o.repeat, "timed runs (the median is reported)")->check(CLI::PositiveNumber);
  cmd->add_flag("--peer,!--no-peer", o.peer, "also time the npm reference encoder under node (default: on)");
  cmd->callback([] { run_bench_tokenize(o); });
}

}  // namespace attn::cli
