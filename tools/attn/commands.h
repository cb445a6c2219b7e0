// The CLI's subcommands: each register_* adds one to the app (one file each).
#pragma once

#include <CLI/CLI.hpp>

namespace attn::cli {

void register_bench(CLI::App& app);    // bench.cpp: attn bench ceiling|matmul|...
void register_bleu(CLI::App& app);     // bleu.cpp:  attn bleu --ref FILE [--hyp FILE]
void register_data(CLI::App& app);     // data.cpp:  attn data bible|subword
void register_demo(CLI::App& app);     // demo.cpp:  attn demo
void register_explain(CLI::App& app);  // explain.cpp: attn explain <mechanism>
void register_generate(CLI::App& app);  // generate.cpp: attn generate --model DIR
void register_gpt(CLI::App& app);       // gpt.cpp: attn gpt train --config FILE
void register_nmt(CLI::App& app);       // nmt.cpp: attn nmt train --config FILE
void register_serve(CLI::App& app);     // serve.cpp: attn serve --model DIR (the viewer)
void register_show(CLI::App& app);      // show.cpp: attn show gpt|explain|nmt --out FILE
void register_tokenize(CLI::App& app);  // tokenize.cpp: attn tokenize --tokenizer gpt2|char
void register_translate(CLI::App& app);  // translate.cpp: attn translate --model DIR
void register_bench_tokenize(CLI::App* bench);  // bench_tokenize.cpp: attn bench tokenize

inline void register_all(CLI::App& app) {
  register_bench(app);
  register_bleu(app);
  register_data(app);
  register_demo(app);
  register_explain(app);
  register_generate(app);
  register_gpt(app);
  register_nmt(app);
  register_serve(app);
  register_show(app);
  register_tokenize(app);
  register_translate(app);
}

}  // namespace attn::cli
