// attn nn: Embedding, a table of V learned vectors of width C.
#pragma once

#include <cstdint>

#include "attn/nn/module.h"
#include "attn/random.h"

namespace attn::nn {

class Embedding : public Module {
 public:
  // weight (V, C) drawn from N(0, 1), as torch.nn.Embedding.
  Embedding(std::int64_t num_embeddings, std::int64_t embedding_dim, Generator& gen, DType dtype = DType::F32);

  // ids (...) I64 -> (..., C)
  Tensor forward(const Tensor& ids) const;

  const Tensor& weight() const { return weight_; }  // (V, C)

 private:
  Tensor weight_;  // (V, C)
};

}  // namespace attn::nn
