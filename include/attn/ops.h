// attn: every op family in one include.
#pragma once

#include "attn/ops/attention.h"
#include "attn/ops/dropout.h"
#include "attn/ops/elementwise.h"
#include "attn/ops/embedding.h"
#include "attn/ops/loss.h"
#include "attn/ops/mask.h"
#include "attn/ops/matmul.h"
#include "attn/ops/norm.h"
#include "attn/ops/reduce.h"
#include "attn/ops/shape.h"
#include "attn/ops/softmax.h"
