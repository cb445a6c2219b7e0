#include "attn/ops/loss.h"

#include <limits>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/ops/shape.h"
#include "dispatch.h"
#include "kernels/cpu/loss.h"

namespace attn {

namespace {

// Number of targets (N) that are not ignore_index; throws naming the first row whose
// target is outside [0, V).
std::int64_t count_kept_targets(const Tensor& targets, const Tensor& logits, std::int64_t ignore_index) {
  const std::int64_t N = logits.size(0), V = logits.size(1);
  const std::int64_t* pt = targets.data<std::int64_t>();
  std::int64_t kept = 0;
  for (std::int64_t n = 0; n < N; ++n) {
    if (pt[n] == ignore_index) continue;
    ATTN_CHECK(pt[n] >= 0 && pt[n] < V, "cross_entropy: target ", pt[n], " at row ", n, " is outside [0, V = ", V,
               ") of logits ", logits.describe(), " (ignore_index = ", ignore_index, ")");
    ++kept;
  }
  return kept;
}

}  // namespace

Tensor cross_entropy(const Tensor& logits_in, const Tensor& targets_in, const CrossEntropyOptions& options) {
  check_float(logits_in, "cross_entropy", "logits");
  ATTN_CHECK(logits_in.dim() == 2 && logits_in.size(1) > 0, "cross_entropy: logits must be (N, V) with V >= 1, got ",
             logits_in.describe());
  const std::int64_t N = logits_in.size(0);
  ATTN_CHECK(
      targets_in.defined() && targets_in.dtype() == DType::I64 && targets_in.dim() == 1 && targets_in.size(0) == N,
      "cross_entropy: targets must be i64(N) with N = ", N, " (the rows of logits ", logits_in.describe(), "), got ",
      targets_in.describe());
  const double eps = options.label_smoothing;
  ATTN_CHECK(eps >= 0.0 && eps <= 1.0, "cross_entropy: label_smoothing must be in [0, 1], got ", eps);

  Tensor logits = contiguous(logits_in);
  Tensor targets = targets_in.contiguous();
  const std::int64_t kept = count_kept_targets(targets, logits, options.ignore_index);

  Tensor row_loss = empty({N}, DType::F64);   // (N)
  Tensor logsumexp = empty({N}, DType::F64);  // (N)
  kernels::cross_entropy_forward(row_loss, logsumexp, logits, targets, options.ignore_index, eps);

  Tensor loss;  // () for Mean and Sum, (N) for None
  if (options.reduction == Reduction::None) {
    loss = row_loss.to(logits.dtype());
  } else {
    // One thread, in row order: the total does not depend on the thread count.
    const double* p = row_loss.data<double>();
    double total = 0.0;
    for (std::int64_t n = 0; n < N; ++n) total += p[n];
    // As PyTorch: a mean over zero kept targets is 0 / 0 = NaN.
    if (options.reduction == Reduction::Mean)
      total = kept > 0 ? total / static_cast<double>(kept) : std::numeric_limits<double>::quiet_NaN();
    loss = scalar(total, logits.dtype());
  }

  if (needs_grad({logits})) {
    const double scale = options.reduction == Reduction::Mean && kept > 0 ? 1.0 / static_cast<double>(kept) : 1.0;
    record(loss, "cross_entropy", {logits}, [logits, targets, logsumexp, scale, options](const Tensor& dloss) {
      Tensor dlogits = empty_like(logits);
      kernels::cross_entropy_backward(dlogits, contiguous(dloss), scale, logits, targets, logsumexp,
                                      options.ignore_index, options.label_smoothing);
      return std::vector<Tensor>{dlogits};
    });
  }
  return loss;
}

}  // namespace attn
