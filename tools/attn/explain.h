// attn explain: walk-throughs of the attention mechanisms on the textbook example,
// the six tokens "Your journey starts with one step" embedded in 3 dimensions.
// Each mechanism's walk-through registers itself as a subcommand of `attn explain`.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "attn/tensor.h"

namespace attn::cli {

// The example: tokens and inputs (T, C) = (6, 3), f32.
struct ExplainExample {
  std::vector<std::string> tokens;
  Tensor inputs;
};
ExplainExample textbook_example();

// Prints `m` (R, K) under `title` with row and column labels, 4 decimals (as the
// textbook prints them). Empty column labels print column numbers.
void print_matrix(const std::string& title, const Tensor& m, const std::vector<std::string>& row_labels,
                  const std::vector<std::string>& col_labels = {});

// Seed of every walk-through with weights, printed in its output.
constexpr std::uint64_t kExplainSeed = 123;

// explain_self.cpp: simplified, self, causal, multihead.
void register_explain_self_attention(CLI::App& explain);
// explain_recurrent.cpp: additive (Bahdanau), luong.
void register_explain_recurrent(CLI::App& explain);

}  // namespace attn::cli
