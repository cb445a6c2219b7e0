// Internal: float32 math over contiguous arrays, vectorised with Google Highway and
// dispatched at run time to the widest instruction set the CPU has (AVX-512, AVX2,
// SSE4, ... down to portable scalar code), so one portable binary runs everywhere.
//
// Every function is single-threaded: callers split long arrays across OpenMP
// threads. Outputs come first, then inputs, then the length n. Pointers may be
// unaligned; y may equal x (in place) but must not otherwise overlap it.
//
// Accuracy against the exact function (measured in tests/unit/test_kernels.cpp):
// exp 1 ulp, tanh 4 ulp (Highway's documented bounds); sigmoid and gelu_tanh a few
// ulp more from their extra division. NaN in gives NaN out.
#pragma once

#include <cstdint>

namespace attn::kernels::vec {

// How y is written. Cached: ordinary stores. Streaming: non-temporal stores that
// bypass the caches and skip reading y's lines in before writing them (a third of
// a unary op's memory traffic); for outputs far larger than the last-level cache,
// which would be evicted before anything reads them again.
enum class Store { Cached, Streaming };

// Arithmetic: add/sub/mul/div give exactly the values of the plain loops; affine is
// fused (one rounding instead of two) where the CPU has FMA.
void add(float* y, const float* a, const float* b, std::int64_t n, Store store = Store::Cached);       // a + b
void sub(float* y, const float* a, const float* b, std::int64_t n, Store store = Store::Cached);       // a - b
void mul(float* y, const float* a, const float* b, std::int64_t n, Store store = Store::Cached);       // a * b
void div(float* y, const float* a, const float* b, std::int64_t n, Store store = Store::Cached);       // a / b
void affine(float* y, const float* x, float s, float c, std::int64_t n, Store store = Store::Cached);  // s x + c
void relu(float* y, const float* x, std::int64_t n, Store store = Store::Cached);                      // x > 0 ? x : 0

void exp(float* y, const float* x, std::int64_t n, Store store = Store::Cached);      // y = e^x
void tanh(float* y, const float* x, std::int64_t n, Store store = Store::Cached);     // y = tanh x
void sigmoid(float* y, const float* x, std::int64_t n, Store store = Store::Cached);  // 1 / (1 + e^-x)

// GELU, tanh approximation (Hendrycks & Gimpel, 2016):
//   y = 0.5 x (1 + tanh u),  u = sqrt(2/pi) (x + 0.044715 x^3),
// computed as y = x * sigmoid(2u), the same function without the cancellation of
// 1 + tanh u for negative x.
void gelu_tanh(float* y, const float* x, std::int64_t n, Store store = Store::Cached);
// dx = dy * dy/dx of gelu_tanh = dy * (s + 2 x s (1 - s) du/dx),  s = sigmoid(2u).
void gelu_tanh_backward(float* dx, const float* dy, const float* x, std::int64_t n);

// y = e^(x - shift); returns the sum of y, accumulated in double. Softmax's inner
// loop (shift = the row maximum).
double exp_shifted_sum(float* y, const float* x, float shift, std::int64_t n);

// Sum of x, accumulated in double.
double sum(const float* x, std::int64_t n);
// Sum of x^2, squared and accumulated in double (gradient norms).
double sum_of_squares(const float* x, std::int64_t n);

// The largest x (-inf for n = 0; NaNs are skipped on some instruction sets and not
// others: callers must not rely on either).
float max(const float* x, std::int64_t n);

// Name of the instruction set the calls above dispatch to on this CPU ("AVX3",
// "AVX2", ...).
const char* dispatched_target();

}  // namespace attn::kernels::vec
