#include "explain.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "commands.h"

namespace attn::cli {

ExplainExample textbook_example() {
  return {{"Your", "journey", "starts", "with", "one", "step"},
          from_vector({0.43, 0.15, 0.89, 0.55, 0.87, 0.66, 0.57, 0.85, 0.64, 0.22, 0.58, 0.33, 0.77, 0.25, 0.10, 0.05,
                       0.80, 0.55},
                      {6, 3})};
}

void print_matrix(const std::string& title, const Tensor& m, const std::vector<std::string>& row_labels,
                  const std::vector<std::string>& col_labels) {
  const Tensor m2 = m.dim() == 1 ? m.reshape({1, m.size(0)}) : m;
  const std::int64_t rows = m2.size(0), cols = m2.size(1);
  const std::vector<double> v = m2.to_vector();
  std::size_t label_width = 0;
  for (const auto& l : row_labels) label_width = std::max(label_width, l.size());
  std::size_t cell = 8;
  for (const auto& l : col_labels) cell = std::max(cell, l.size() + 1);
  std::printf("%s  %s\n", title.c_str(), m.describe().c_str());
  std::printf("  %*s", static_cast<int>(label_width), "");
  for (std::int64_t j = 0; j < cols; ++j) {
    const std::string head = j < static_cast<std::int64_t>(col_labels.size()) ? col_labels[j] : std::to_string(j);
    std::printf("%*s", static_cast<int>(cell), head.c_str());
  }
  std::printf("\n");
  for (std::int64_t i = 0; i < rows; ++i) {
    const std::string label = i < static_cast<std::int64_t>(row_labels.size()) ? row_labels[i] : std::to_string(i);
    std::printf("  %-*s", static_cast<int>(label_width), label.c_str());
    for (std::int64_t j = 0; j < cols; ++j) {
      const double x = v[i * cols + j];
      if (std::isinf(x))
        std::printf("%*s", static_cast<int>(cell), x < 0 ? "-inf" : "inf");
      else
        std::printf("%*.4f", static_cast<int>(cell), x);
    }
    std::printf("\n");
  }
  std::printf("\n");
}

void register_explain(CLI::App& app) {
  CLI::App* explain = app.add_subcommand(
      "explain", "walk through an attention mechanism on the textbook example, printing every intermediate");
  explain->require_subcommand(1);
  register_explain_self_attention(*explain);
  register_explain_recurrent(*explain);
}

}  // namespace attn::cli
