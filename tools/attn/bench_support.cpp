#include "bench_support.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "attn/autograd.h"
#include "attn/train/clip.h"

namespace attn::cli {

std::string peer_script_path(const std::string& name, const std::string& override) {
  if (!override.empty()) return override;
  const std::filesystem::path installed = std::filesystem::path(ATTN_DATA_DIR) / name;
  if (std::filesystem::exists(installed)) return installed.string();
  return (std::filesystem::path(ATTN_SOURCE_DIR) / "tools/attn" / name).string();
}

BenchJson run_python_peer(const std::string& script, const std::string& arguments, const char* required_key) {
  if (!std::filesystem::exists(script)) return BenchJson{{"error", "no peer script at " + script}};
  const std::string command = "/usr/bin/python3 '" + script + "' " + arguments + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return BenchJson{{"error", "could not start " + command}};
  std::string output;
  std::array<char, 4096> buffer{};
  std::size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
  const int status = pclose(pipe);
  std::string last;
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);)
    if (!line.empty()) last = line;
  if (status != 0) return BenchJson{{"error", "peer exited with status " + std::to_string(status) + ": " + last}};
  BenchJson result = BenchJson::parse(last, nullptr, /*allow_exceptions=*/false);
  if (!result.is_object() || !result.contains(required_key))
    return BenchJson{{"error", "peer printed no JSON last line: " + last}};
  return result;
}

std::int64_t proc_status_kib(const std::string& field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind(field + ":", 0) != 0) continue;
    std::istringstream words(line.substr(field.size() + 1));
    std::int64_t kib = -1;
    words >> kib;
    return kib;
  }
  return -1;
}

bool reset_resident_peak() {
  std::ofstream clear_refs("/proc/self/clear_refs");
  clear_refs << "5" << std::flush;
  return clear_refs.good();
}

double load_average() {
  std::ifstream in("/proc/loadavg");
  double one = -1;
  in >> one;
  return in ? one : -1;
}

double seconds_between(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

double median_of(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

double median_phase_ms(const std::vector<StepPhases>& steps, double StepPhases::*phase) {
  std::vector<double> ms;
  for (const StepPhases& p : steps) ms.push_back(p.*phase * 1e3);
  return median_of(ms);
}

void print_json(const BenchJson& j) {
  std::printf("%s\n", j.dump().c_str());
}

void TrainingStepTimes::run(const std::vector<Tensor>& params, const std::function<Tensor()>& loss,
                            const std::function<void(double clip_coefficient)>& update) {
  using Clock = std::chrono::steady_clock;
  const Clock::time_point t1 = Clock::now();
  Clock::time_point t2;
  double loss_value = 0;
  {
    const Tensor value = loss();
    t2 = Clock::now();
    value.backward();
    loss_value = value.item();
  }  // the graph's last tensors are freed here, a cost of the backward's
  const Clock::time_point t3 = Clock::now();
  update(train::clip_coefficient(train::grad_norm(params), 1.0));
  const Clock::time_point t4 = Clock::now();
  if (!warm_) {
    first_loss = loss_value;
    warm_ = true;
    return;
  }
  phases.push_back({seconds_between(t1, t2), seconds_between(t2, t3), seconds_between(t3, t4)});
}

}  // namespace attn::cli
