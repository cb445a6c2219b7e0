#include "attn/train/run_dir.h"

#include <cstdint>
#include <cstdio>

#include "attn/nn/dropout.h"

namespace attn::train {

namespace fs = std::filesystem;

void replace_directory(const fs::path& dir, const std::function<void(const fs::path&)>& write) {
  const fs::path tmp = dir.string() + ".tmp", old = dir.string() + ".old";
  fs::remove_all(tmp);
  fs::create_directories(tmp);
  write(tmp);
  fs::remove_all(old);
  if (fs::exists(dir)) fs::rename(dir, old);
  fs::rename(tmp, dir);
  fs::remove_all(old);
}

void recover_directory(const fs::path& dir) {
  const fs::path old = dir.string() + ".old";
  if (!fs::exists(dir) && fs::exists(old)) fs::rename(old, dir);
}

namespace {
void collect(nn::Module& m, std::vector<Generator*>& out) {
  if (auto* d = dynamic_cast<nn::Dropout*>(&m)) out.push_back(&d->generator());
  for (const auto& [name, child] : m.named_children()) collect(*child, out);
}
}  // namespace

std::vector<Generator*> dropout_generators(nn::Module& module) {
  std::vector<Generator*> out;
  collect(module, out);
  return out;
}

std::string format_duration(double seconds) {
  const auto s = static_cast<std::int64_t>(seconds + 0.5);
  char text[48];
  if (s >= 3600) {
    std::snprintf(text, sizeof text, "%lldh%02lldm%02llds", static_cast<long long>(s / 3600),
                  static_cast<long long>(s / 60 % 60), static_cast<long long>(s % 60));
  } else if (s >= 60) {
    std::snprintf(text, sizeof text, "%lldm%02llds", static_cast<long long>(s / 60), static_cast<long long>(s % 60));
  } else {
    std::snprintf(text, sizeof text, "%llds", static_cast<long long>(s));
  }
  return text;
}

}  // namespace attn::train
