#include "attn/io/half.h"

#include <bit>
#include <cmath>

namespace attn {

namespace {

// Drops the low `shift` bits of `value` (0 < shift < 32), rounding to nearest, ties
// to even. A carry out of the kept bits is left for the caller to absorb: in the
// encodings below it moves the value correctly into the next binade (or infinity).
std::uint32_t shift_right_round_even(std::uint32_t value, int shift) {
  const std::uint32_t kept = value >> shift;
  const std::uint32_t dropped = value & ((std::uint32_t{1} << shift) - 1);
  const std::uint32_t halfway = std::uint32_t{1} << (shift - 1);
  const bool round_up = dropped > halfway || (dropped == halfway && (kept & 1) != 0);
  return kept + (round_up ? 1 : 0);
}

}  // namespace

std::uint16_t float_to_half_bits(float value) {
  const std::uint32_t bits = std::bit_cast<std::uint32_t>(value);
  const std::uint32_t sign = (bits >> 16) & 0x8000u;
  const std::uint32_t biased_exponent = (bits >> 23) & 0xFFu;
  const std::uint32_t mantissa = bits & 0x7FFFFFu;

  if (biased_exponent == 0xFFu) {  // inf, or NaN made quiet (top mantissa bit set)
    if (mantissa == 0) return static_cast<std::uint16_t>(sign | 0x7C00u);
    return static_cast<std::uint16_t>(sign | 0x7E00u | (mantissa >> 13));
  }
  const int exponent = static_cast<int>(biased_exponent) - 127;
  if (exponent > 15) return static_cast<std::uint16_t>(sign | 0x7C00u);
  if (exponent >= -14) {
    // Normal half: exponent bias 15, keep the top 10 of the 23 mantissa bits; a carry
    // out of the mantissa bumps the exponent (up to 0x7C00, infinity, past 65504).
    const std::uint32_t unrounded = (static_cast<std::uint32_t>(exponent + 15) << 23) | mantissa;
    return static_cast<std::uint16_t>(sign | shift_right_round_even(unrounded, 13));
  }
  // Subnormal half: value = m * 2^-24 with m the 10-bit mantissa. The float's full
  // significand (24 bits, value = s * 2^(exponent - 23)) shifted right by -exponent - 1.
  // Below 2^-25 everything rounds to zero (2^-25 itself ties to even, zero).
  if (exponent < -25) return static_cast<std::uint16_t>(sign);
  const std::uint32_t significand = mantissa | 0x800000u;
  return static_cast<std::uint16_t>(sign | shift_right_round_even(significand, -exponent - 1));
}

float half_bits_to_float(std::uint16_t bits) {
  const std::uint32_t sign = static_cast<std::uint32_t>(bits & 0x8000u) << 16;
  const std::uint32_t exponent = (bits >> 10) & 0x1Fu;
  const std::uint32_t mantissa = bits & 0x3FFu;
  if (exponent == 0x1Fu) return std::bit_cast<float>(sign | 0x7F800000u | (mantissa << 13));
  if (exponent == 0) {  // zero or subnormal: mantissa * 2^-24, exact in a float
    const float magnitude = std::ldexp(static_cast<float>(mantissa), -24);
    return sign ? -magnitude : magnitude;
  }
  return std::bit_cast<float>(sign | ((exponent - 15 + 127) << 23) | (mantissa << 13));
}

std::uint16_t float_to_bfloat16_bits(float value) {
  const std::uint32_t bits = std::bit_cast<std::uint32_t>(value);
  if (std::isnan(value)) return static_cast<std::uint16_t>((bits >> 16) | 0x0040u);
  // Round the low 16 bits away, to nearest, ties to even; a carry moves into the
  // exponent (and past the largest finite value, to infinity).
  const std::uint32_t rounding = 0x7FFFu + ((bits >> 16) & 1u);
  return static_cast<std::uint16_t>((bits + rounding) >> 16);
}

float bfloat16_bits_to_float(std::uint16_t bits) {
  return std::bit_cast<float>(static_cast<std::uint32_t>(bits) << 16);
}

}  // namespace attn
