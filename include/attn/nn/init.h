// attn nn: parameter initialisers, in place, from a generator the caller owns.
//
// Each writes into a contiguous float tensor (a parameter) and is not recorded by
// autograd. Fans follow PyTorch for a weight (Cout, Cin, ...): fan_in = Cin * k,
// fan_out = Cout * k, with k the product of the trailing dimensions (1 for a matrix).
#pragma once

#include "attn/random.h"
#include "attn/tensor.h"

namespace attn::nn::init {

void uniform_(const Tensor& w, double low, double high, Generator& gen);  // U(low, high)
void normal_(const Tensor& w, double mean, double std, Generator& gen);   // N(mean, std^2)
void zeros_(const Tensor& w);
void ones_(const Tensor& w);

// U(-a, a) with a = gain * sqrt(6 / (fan_in + fan_out))  (Glorot & Bengio, 2010).
void xavier_uniform_(const Tensor& w, Generator& gen, double gain = 1.0);

// U(-b, b) with b = sqrt(2 / (1 + a^2)) * sqrt(3 / fan_in)  (He et al., 2015), the
// leaky-ReLU gain of negative slope `a` and fan_in mode. a = sqrt(5) gives
// b = 1 / sqrt(fan_in), PyTorch's default for Linear weights.
void kaiming_uniform_(const Tensor& w, Generator& gen, double a = 0.0);

}  // namespace attn::nn::init
