// `attn bench`: wall-clock timing. The machines are shared and noisy, so every
// figure is the median of several runs after a warm-up run, and what is compared
// is timed side by side.
#pragma once

#include <functional>
#include <vector>

namespace attn::cli {

// Median wall-clock seconds of each function over `repeat` rounds (at least 1); a
// round calls every function once, in turn, after one untimed warm-up round.
// Functions timed in the same rounds see the same moments of the machine, so the
// ratios of their medians are steadier than those of separate runs.
std::vector<double> median_seconds_interleaved(int repeat, const std::vector<std::function<void()>>& fns);

// The same for one function.
double median_seconds(int repeat, const std::function<void()>& fn);

}  // namespace attn::cli
