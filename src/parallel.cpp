#include "attn/parallel.h"

#include <cblas.h>
#include <omp.h>

#include <cstdlib>

namespace attn {
namespace {

int initial_threads() {
  if (const char* env = std::getenv("ATTN_NUM_THREADS")) {
    int n = std::atoi(env);
    if (n > 0) return n;
  }
  return omp_get_num_procs();
}

int& current_threads() {
  static int n = [] {
    int t = initial_threads();
    omp_set_num_threads(t);
    openblas_set_num_threads(t);
    return t;
  }();
  return n;
}

// Applies the thread count before main() so that every first parallel region of
// attn and of the BLAS sees it.
[[maybe_unused]] const int kApplied = current_threads();

}  // namespace

int num_threads() {
  return current_threads();
}

void set_num_threads(int n) {
  if (n < 1) n = 1;
  current_threads() = n;
  omp_set_num_threads(n);
  openblas_set_num_threads(n);
}

const char* blas_threading() {
  switch (openblas_get_parallel()) {
    case 0:
      return "sequential";
    case 1:
      return "pthreads";
    case 2:
      return "openmp";
  }
  return "unknown";
}

const char* blas_core() {
  return openblas_get_corename();
}

}  // namespace attn
