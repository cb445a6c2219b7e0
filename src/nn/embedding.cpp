#include "attn/nn/embedding.h"

#include "attn/error.h"
#include "attn/nn/init.h"
#include "attn/ops/embedding.h"

namespace attn::nn {

Embedding::Embedding(std::int64_t num_embeddings, std::int64_t embedding_dim, Generator& gen, DType dtype) {
  ATTN_CHECK(num_embeddings > 0 && embedding_dim > 0, "Embedding: sizes must be positive, got V = ", num_embeddings,
             ", C = ", embedding_dim);
  weight_ = register_parameter("weight", empty({num_embeddings, embedding_dim}, dtype));
  init::normal_(weight_, 0.0, 1.0, gen);
}

Tensor Embedding::forward(const Tensor& ids) const {
  return embedding(weight_, ids);
}

}  // namespace attn::nn
