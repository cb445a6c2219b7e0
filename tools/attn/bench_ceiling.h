// `attn bench`: this machine's ceilings, measured in the run that reports
// against them (DESIGN.md, "Measuring performance"). Every benchmark figure is
// quoted as a fraction of one of them. Each ceiling is an object owning its
// buffers, so that a benchmark can time it side by side with what it judges
// (bench_timing.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace attn::cli {

// A square single-precision product (n, n) · (n, n) called straight through the
// BLAS that attn links, on all of attn's threads: 2 n^3 FLOPs.
struct FreeDeleter {
  void operator()(void* p) const;
};
// Bytes from std::aligned_alloc, 64-byte aligned.
using AlignedBuffer = std::unique_ptr<char, FreeDeleter>;

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
  std::size_t bytes_;
  AlignedBuffer src_, dst_;
};

// A parallel read of one pre-touched buffer of `bytes`, front to back in blocks of
// 1 MiB that the threads take as they come, in whole vectors (bench_read.h); GB/s
// count the bytes read. The ceiling of work that reads and hardly writes, such as
// generation's matrix-vector products and decoding's pass over the cache.
class ReadCeiling {
 public:
  // `passes` reads of the buffer a run, so that a run can last about as long as the
  // work it is timed beside and see the same moments of a shared machine.
  explicit ReadCeiling(std::size_t bytes, int passes = 1);
  void run();
  double gbs(double seconds) const { return double(bytes_) * passes_ / seconds * 1e-9; }

 private:
  std::size_t bytes_;
  int passes_;
  AlignedBuffer data_;
  std::uint64_t checksum_ = 0;  // what the reads computed, kept so they are not optimised away
};

}  // namespace attn::cli
