// attn nn: Dropout, active only while the module is training.
#pragma once

#include "attn/nn/module.h"
#include "attn/random.h"

namespace attn::nn {

class Dropout : public Module {
 public:
  // Draws one number from `gen` to seed its own generator: the masks are then a pure
  // function of the caller's generator, and no reference to it is kept. p in [0, 1].
  Dropout(double p, Generator& gen);

  // x (...) -> (...): inverted dropout in training (attn::dropout), x itself in eval.
  Tensor forward(const Tensor& x);

  double p() const { return p_; }
  // The mask generator; its position is the state a checkpoint saves to resume exactly.
  Generator& generator() { return gen_; }

 private:
  double p_;
  Generator gen_;
};

}  // namespace attn::nn
