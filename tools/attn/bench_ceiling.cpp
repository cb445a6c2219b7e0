#include "bench_ceiling.h"

#include <cblas.h>
#include <omp.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstdlib>
#include <cstring>

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

char* aligned_buffer(std::size_t bytes) {
  return static_cast<char*>(std::aligned_alloc(kAlign, bytes));
}

}  // namespace

void CopyCeiling::FreeDeleter::operator()(void* p) const {
  std::free(p);
}

template <class Body>
void CopyCeiling::for_slices(Body&& body) {
#pragma omp parallel
  {
    const std::size_t threads = omp_get_num_threads(), t = omp_get_thread_num();
    const std::size_t slice = (bytes_ / threads + kAlign - 1) / kAlign * kAlign;
    const std::size_t begin = std::min(bytes_, t * slice), end = std::min(bytes_, begin + slice);
    body(begin, end - begin);
  }
}

CopyCeiling::CopyCeiling(std::size_t bytes)
    : bytes_((bytes + kAlign - 1) / kAlign * kAlign), src_(aligned_buffer(bytes_)), dst_(aligned_buffer(bytes_)) {
  for_slices([&](std::size_t begin, std::size_t len) {
    std::memset(src_.get() + begin, 1, len);
    std::memset(dst_.get() + begin, 0, len);
  });
}

void CopyCeiling::run_memcpy() {
  for_slices([&](std::size_t begin, std::size_t len) { std::memcpy(dst_.get() + begin, src_.get() + begin, len); });
}

void CopyCeiling::run_streaming() {
  for_slices([&](std::size_t begin, std::size_t len) { streaming_copy(dst_.get() + begin, src_.get() + begin, len); });
}

}  // namespace attn::cli
