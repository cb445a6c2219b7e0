// attn io: 16-bit floats as stored in checkpoint files.
//
// binary16 (IEEE 754 half: 1 sign, 5 exponent, 10 mantissa bits) and bfloat16 (the
// top 16 bits of a binary32: 1 sign, 8 exponent, 7 mantissa bits). attn computes in
// f32/f64 only; these convert at the file boundary.
#pragma once

#include <cstdint>

namespace attn {

// Rounds to nearest, ties to even. Values beyond the largest finite half (65504)
// round to infinity; values below the smallest subnormal (2^-24) round to zero,
// through the subnormals; NaN stays NaN (quiet), with its sign.
std::uint16_t float_to_half_bits(float value);
float half_bits_to_float(std::uint16_t bits);  // exact

// Rounds to nearest, ties to even; NaN stays NaN (quiet), with its sign.
std::uint16_t float_to_bfloat16_bits(float value);
float bfloat16_bits_to_float(std::uint16_t bits);  // exact

}  // namespace attn
