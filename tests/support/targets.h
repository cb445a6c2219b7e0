// Running a test body on every SIMD instruction set that Highway compiled in.
#pragma once

#include <gtest/gtest.h>

#include "../../src/kernels/cpu/vec_math.h"
#include "hwy/targets.h"

namespace attn::testing {

// Runs body once per instruction set compiled in and supported here, with every
// Highway dispatch of attn forced to it.
template <class Body>
void for_each_target(Body body) {
  for (std::int64_t target : hwy::SupportedAndGeneratedTargets()) {
    hwy::SetSupportedTargetsForTest(target);
    SCOPED_TRACE(hwy::TargetName(target));
    ASSERT_STREQ(kernels::vec::dispatched_target(), hwy::TargetName(target));
    body();
  }
  hwy::SetSupportedTargetsForTest(0);
}

}  // namespace attn::testing
