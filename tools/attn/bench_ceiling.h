// `attn bench`: this machine's two ceilings, measured in the run that reports
// against them (DESIGN.md, "Measuring performance"). Every benchmark figure is
// quoted as a fraction of one of them. Each ceiling is an object owning its
// buffers, so that a benchmark can time it side by side with what it judges
// (bench_timing.h).
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace attn::cli {

// A square single-precision product (n, n) · (n, n) called straight through the
// BLAS that attn links, on all of attn's threads: 2 n^3 FLOPs.
class SgemmCeiling {
 public:
  explicit SgemmCeiling(int n);
  void run();
  double gflops(double seconds) const;
  int n() const { return n_; }

 private:
  int n_;
  std::vector<float> a_, b_, c_;
};

// A parallel copy between two pre-touched buffers of `bytes` each, each thread
// copying the slice it touched first; GB/s count the bytes read plus written. Two
// ways to copy, the ceiling being the faster: memcpy, and a loop of streaming
// (non-temporal) stores, which skip reading the destination into the cache first
// (memcpy does so only above a size threshold of its own).
class CopyCeiling {
 public:
  explicit CopyCeiling(std::size_t bytes);
  void run_memcpy();
  void run_streaming();  // memcpy where the CPU has no streaming stores
  double gbs(double seconds) const { return 2.0 * double(bytes_) / seconds * 1e-9; }

 private:
  struct FreeDeleter {
    void operator()(void* p) const;
  };
  template <class Body>
  void for_slices(Body&& body);

  std::size_t bytes_;
  std::unique_ptr<char, FreeDeleter> src_, dst_;
};

}  // namespace attn::cli
