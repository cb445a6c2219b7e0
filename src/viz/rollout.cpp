#include "attn/viz/rollout.h"

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/ops.h"

namespace attn::viz {

namespace {

void check_weights(const char* where, const Tensor& weights) {
  ATTN_CHECK(weights.defined() && weights.dim() == 4 && weights.size(2) == weights.size(3) && weights.numel() > 0,
             where, ": weights (L, H, T, T) expected, got ",
             weights.defined() ? weights.describe() : std::string("an undefined tensor"));
}

}  // namespace

Tensor head_mean(const Tensor& weights) {
  check_weights("head_mean", weights);
  NoGradGuard no_grad;
  return mean(weights.to(DType::F32), {1});
}

Tensor attention_rollout(const Tensor& weights) {
  check_weights("attention_rollout", weights);
  NoGradGuard no_grad;
  const Tensor means = head_mean(weights);  // (L, T, T)
  const std::int64_t layers = means.size(0), t = means.size(1);
  Tensor identity = zeros({t, t});
  float* eye = identity.data<float>();
  for (std::int64_t i = 0; i < t; ++i) eye[i * t + i] = 1.0f;

  Tensor out = empty({layers, t, t});
  Tensor rollout;
  for (std::int64_t l = 0; l < layers; ++l) {
    Tensor a = add(scale(reshape(narrow(means, 0, l, 1), {t, t}), 0.5), scale(identity, 0.5));
    a = div(a, sum(a, {1}, /*keepdim=*/true));  // (T, T), rows sum to 1
    rollout = l == 0 ? a : matmul(a, rollout);
    copy_into(narrow(out, 0, l, 1), reshape(rollout, {1, t, t}));
  }
  return out;
}

}  // namespace attn::viz
