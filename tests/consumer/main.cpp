// Trains nothing, proves linkage: a matmul and its gradient through an installed attn.
#include <attn/autograd.h>
#include <attn/ops.h>

#include <cstdio>

int main() {
  attn::Tensor a = attn::from_vector({1, 2, 3, 4}, {2, 2});
  attn::Tensor b = attn::from_vector({5, 6, 7, 8}, {2, 2});
  a.set_requires_grad(true);
  attn::Tensor y = attn::sum(attn::matmul(a, b));
  y.backward();
  // y = sum(a·b) = 134; dy/da = b summed over columns: [[11, 15], [11, 15]].
  const auto g = a.grad().to_vector();
  const bool ok = y.item() == 134.0 && g[0] == 11.0 && g[1] == 15.0 && g[2] == 11.0 && g[3] == 15.0;
  std::printf("consumer: y = %g, grad = [%g %g %g %g]: %s\n", y.item(), g[0], g[1], g[2], g[3], ok ? "ok" : "WRONG");
  return ok ? 0 : 1;
}
