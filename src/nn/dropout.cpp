#include "attn/nn/dropout.h"

#include "attn/error.h"
#include "attn/ops/dropout.h"

namespace attn::nn {

Dropout::Dropout(double p, Generator& gen) : p_(p), gen_(gen.bits(gen.advance(1))) {
  ATTN_CHECK(p >= 0.0 && p <= 1.0, "Dropout: p must be in [0, 1], got ", p);
}

Tensor Dropout::forward(const Tensor& x) {
  return dropout(x, p_, gen_, is_training());
}

}  // namespace attn::nn
