#include "attn/nn/init.h"

#include <cmath>

#include "attn/error.h"

namespace attn::nn::init {
namespace {

struct Fans {
  double in;
  double out;
};

Fans fans(const Tensor& w, const char* op) {
  ATTN_CHECK(w.dim() >= 2, op, ": fans need a weight of at least 2 dimensions (Cout, Cin, ...), got ", w.describe());
  double receptive = 1;
  for (std::int64_t d = 2; d < w.dim(); ++d) receptive *= static_cast<double>(w.size(d));
  return {static_cast<double>(w.size(1)) * receptive, static_cast<double>(w.size(0)) * receptive};
}

}  // namespace

void uniform_(const Tensor& w, double low, double high, Generator& gen) {
  attn::uniform_(w, low, high, gen);
}

void normal_(const Tensor& w, double mean, double std, Generator& gen) {
  attn::normal_(w, mean, std, gen);
}

void zeros_(const Tensor& w) {
  fill_(w, 0.0);
}

void ones_(const Tensor& w) {
  fill_(w, 1.0);
}

void xavier_uniform_(const Tensor& w, Generator& gen, double gain) {
  const Fans f = fans(w, "xavier_uniform_");
  const double a = gain * std::sqrt(6.0 / (f.in + f.out));
  attn::uniform_(w, -a, a, gen);
}

void kaiming_uniform_(const Tensor& w, Generator& gen, double a) {
  const Fans f = fans(w, "kaiming_uniform_");
  const double bound = std::sqrt(2.0 / (1.0 + a * a)) * std::sqrt(3.0 / f.in);
  attn::uniform_(w, -bound, bound, gen);
}

}  // namespace attn::nn::init
