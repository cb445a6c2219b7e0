#include "bench_timing.h"

#include <algorithm>
#include <chrono>

namespace attn::cli {

std::vector<double> median_seconds_interleaved(int repeat, const std::vector<std::function<void()>>& fns) {
  using Clock = std::chrono::steady_clock;
  repeat = std::max(repeat, 1);
  for (const auto& fn : fns) fn();
  std::vector<std::vector<double>> seconds(fns.size(), std::vector<double>(repeat));
  for (int r = 0; r < repeat; ++r) {
    for (std::size_t f = 0; f < fns.size(); ++f) {
      const auto start = Clock::now();
      fns[f]();
      seconds[f][r] = std::chrono::duration<double>(Clock::now() - start).count();
    }
  }
  std::vector<double> medians;
  for (auto& s : seconds) {
    std::sort(s.begin(), s.end());
    medians.push_back(repeat % 2 ? s[repeat / 2] : 0.5 * (s[repeat / 2 - 1] + s[repeat / 2]));
  }
  return medians;
}

double median_seconds(int repeat, const std::function<void()>& fn) {
  return median_seconds_interleaved(repeat, {fn})[0];
}

}  // namespace attn::cli
