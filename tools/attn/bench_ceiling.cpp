#include "bench_ceiling.h"

#include <cblas.h>
#include <omp.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "bench_read.h"

namespace attn::cli {

SgemmCeiling::SgemmCeiling(int n) : n_(n), a_(std::size_t(n) * n), b_(a_.size()), c_(a_.size()) {
  for (std::size_t i = 0; i < a_.size(); ++i) {
    a_[i] = static_cast<float>(i % 7) * 0.25f - 0.75f;
    b_[i] = static_cast<float>(i % 5) * 0.5f - 1.0f;
  }
}

void SgemmCeiling::run() {
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n_, n_, n_, 1.0f, a_.data(), n_, b_.data(), n_, 0.0f,
              c_.data(), n_);
}

double SgemmCeiling::gflops(double seconds) const {
  return 2.0 * n_ * double(n_) * n_ / seconds * 1e-9;
}

namespace {

constexpr std::size_t kAlign = 64;

// dst[0, bytes) = src[0, bytes) with streaming stores; both 64-byte aligned, bytes a
// multiple of 64.
void streaming_copy(char* dst, const char* src, std::size_t bytes) {
#if defined(__SSE2__)
  for (std::size_t i = 0; i < bytes; i += 64) {
    const __m128i a = _mm_load_si128(reinterpret_cast<const __m128i*>(src + i));
    const __m128i b = _mm_load_si128(reinterpret_cast<const __m128i*>(src + i + 16));
    const __m128i c = _mm_load_si128(reinterpret_cast<const __m128i*>(src + i + 32));
    const __m128i d = _mm_load_si128(reinterpret_cast<const __m128i*>(src + i + 48));
    _mm_stream_si128(reinterpret_cast<__m128i*>(dst + i), a);
    _mm_stream_si128(reinterpret_cast<__m128i*>(dst + i + 16), b);
    _mm_stream_si128(reinterpret_cast<__m128i*>(dst + i + 32), c);
    _mm_stream_si128(reinterpret_cast<__m128i*>(dst + i + 48), d);
  }
  _mm_sfence();
#else
  std::memcpy(dst, src, bytes);
#endif
}

AlignedBuffer aligned_buffer(std::size_t bytes) {
  return AlignedBuffer(static_cast<char*>(std::aligned_alloc(kAlign, bytes)));
}

std::size_t round_up(std::size_t bytes) {
  return (bytes + kAlign - 1) / kAlign * kAlign;
}

// body(begin, length) on every thread, over its slice of [0, bytes): 64-byte aligned
// slices, the same for every call, so each thread reads and writes the pages it
// touched first.
template <class Body>
void for_slices(std::size_t bytes, Body&& body) {
#pragma omp parallel
  {
    const std::size_t threads = omp_get_num_threads(), t = omp_get_thread_num();
    const std::size_t slice = round_up(bytes / threads);
    const std::size_t begin = std::min(bytes, t * slice), end = std::min(bytes, begin + slice);
    body(begin, end - begin);
  }
}

}  // namespace

void FreeDeleter::operator()(void* p) const {
  std::free(p);
}

CopyCeiling::CopyCeiling(std::size_t bytes)
    : bytes_(round_up(bytes)), src_(aligned_buffer(bytes_)), dst_(aligned_buffer(bytes_)) {
  for_slices(bytes_, [&](std::size_t begin, std::size_t len) {
    std::memset(src_.get() + begin, 1, len);
    std::memset(dst_.get() + begin, 0, len);
  });
}

void CopyCeiling::run_memcpy() {
  for_slices(bytes_,
             [&](std::size_t begin, std::size_t len) { std::memcpy(dst_.get() + begin, src_.get() + begin, len); });
}

void CopyCeiling::run_streaming() {
  for_slices(bytes_,
             [&](std::size_t begin, std::size_t len) { streaming_copy(dst_.get() + begin, src_.get() + begin, len); });
}

ReadCeiling::ReadCeiling(std::size_t bytes, int passes)
    : bytes_(round_up(bytes)), passes_(std::max(passes, 1)), data_(aligned_buffer(bytes_)) {
  for_slices(bytes_, [&](std::size_t begin, std::size_t len) {
    for (std::size_t i = 0; i < len; ++i) data_.get()[begin + i] = static_cast<char>((begin + i) * 131);
  });
}

void ReadCeiling::run() {
  // Blocks handed out as threads come for them: when the memory serves one core
  // faster than the other, that core reads more, and no thread idles at the end.
  constexpr std::size_t kBlock = std::size_t(1) << 20;
  const auto blocks = static_cast<std::int64_t>((bytes_ + kBlock - 1) / kBlock);
  std::uint64_t checksum = 0;
#pragma omp parallel for schedule(dynamic, 1) reduction(^ : checksum)
  for (std::int64_t i = 0; i < blocks * passes_; ++i) {
    const std::size_t begin = std::size_t(i % blocks) * kBlock;
    checksum ^= read_checksum(data_.get() + begin, std::min(kBlock, bytes_ - begin));
  }
  checksum_ ^= checksum;
}

}  // namespace attn::cli
