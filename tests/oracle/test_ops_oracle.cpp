// Every op of include/attn/ops/*.h against PyTorch: forward values and gradients of
// every input on fresh random inputs (see tests/support/oracle.h for the harness and
// for adding a case). One batch, one Python process.
#include <gtest/gtest.h>

#include <cmath>
#include <iostream>

#include "attn/ops.h"
#include "attn/random.h"
#include "support/compare.h"
#include "support/oracle.h"

using namespace attn;
using attn::testing::OracleBatch;
using attn::testing::OracleCase;
using attn::testing::OracleForward;
using attn::testing::TensorsByName;
using attn::testing::Upstream;
using Json = nlohmann::json;

namespace {

// Inputs are drawn in f64; the harness rounds them to each run's dtype.
Tensor normal(const Shape& shape, Generator& gen, double stddev = 1.0) {
  return scale(randn(shape, gen, DType::F64), stddev);
}
Tensor positive(const Shape& shape, Generator& gen) {
  return rand_uniform(shape, 0.5, 2.0, gen, DType::F64);
}

// Ids in [0, n), drawn from gen.
Tensor random_ids(const Shape& shape, std::int64_t n, Generator& gen) {
  std::vector<std::int64_t> ids(static_cast<std::size_t>(shape_numel(shape)));
  for (auto& id : ids) id = static_cast<std::int64_t>(gen.below(static_cast<std::uint64_t>(n)));
  return from_ids(ids, shape);
}

// U8 (T, S) mask, set above the diagonal: position t sees s <= t only.
Tensor causal_mask(std::int64_t t_len, std::int64_t s_len) {
  std::vector<double> mask;
  for (std::int64_t t = 0; t < t_len; ++t)
    for (std::int64_t s = 0; s < s_len; ++s) mask.push_back(s > t ? 1 : 0);
  return from_vector(mask, {t_len, s_len}, DType::U8);
}

OracleForward binary(Tensor (*op)(const Tensor&, const Tensor&)) {
  return [op](const TensorsByName& in) -> NamedTensors { return {{"y", op(in.at("a"), in.at("b"))}}; };
}
OracleForward unary(Tensor (*op)(const Tensor&)) {
  return [op](const TensorsByName& in) -> NamedTensors { return {{"y", op(in.at("x"))}}; };
}

void add_elementwise_cases(OracleBatch& batch, Generator& gen) {
  struct Shapes {
    const char* what;
    Shape a, b;
  };
  const Shapes shapes[] = {{"same", {3, 5}, {3, 5}},
                           {"broadcast_both", {2, 1, 4}, {3, 1}},
                           {"row_vector", {4, 6}, {6}},
                           {"scalar", {2, 3}, {}}};
  const std::pair<const char*, Tensor (*)(const Tensor&, const Tensor&)> ops[] = {
      {"add", &attn::add}, {"sub", &attn::sub}, {"mul", &attn::mul}, {"div", &attn::div}};
  for (const auto& [op, fn] : ops) {
    for (const Shapes& s : shapes) {
      const bool divides = std::string(op) == "div";
      // The gradient of a scalar b is one sum over a's shape: positive a and dy keep
      // its terms from cancelling (see Upstream::Positive).
      const bool one_sum = s.b.empty();
      batch.add({.name = std::string(op) + "." + s.what,
                 .op = op,
                 .inputs = {{"a", one_sum ? positive(s.a, gen) : normal(s.a, gen)},
                            {"b", divides ? positive(s.b, gen) : normal(s.b, gen)}},
                 .forward = binary(fn),
                 .upstream = one_sum ? Upstream::Positive : Upstream::Normal});
    }
  }
  batch.add({.name = "scale.negative",
             .op = "scale",
             .attrs = {{"s", -1.75}},
             .inputs = {{"x", normal({3, 4}, gen)}},
             .forward = [](const TensorsByName& in) -> NamedTensors {
               return {{"y", scale(in.at("x"), -1.75)}};
             }});
  batch.add({.name = "add_scalar.positive",
             .op = "add_scalar",
             .attrs = {{"s", 0.3}},
             .inputs = {{"x", normal({3, 4}, gen)}},
             .forward = [](const TensorsByName& in) -> NamedTensors {
               return {{"y", add_scalar(in.at("x"), 0.3)}};
             }});
  batch.add({.name = "neg.matrix", .op = "neg", .inputs = {{"x", normal({3, 4}, gen)}}, .forward = unary(&attn::neg)});

  const std::pair<const char*, Tensor (*)(const Tensor&)> activations[] = {
      {"tanh", &attn::tanh}, {"sigmoid", &attn::sigmoid}, {"relu", &attn::relu}, {"exp", &attn::exp}};
  for (const auto& [op, fn] : activations) {
    // Wide inputs (std 3) reach the saturated tails of tanh and sigmoid.
    batch.add({.name = std::string(op) + ".wide",
               .op = op,
               .inputs = {{"x", normal({4, 33}, gen, 3.0)}},
               .forward = unary(fn)});
  }
  batch.add(
      {.name = "log.positive", .op = "log", .inputs = {{"x", positive({4, 33}, gen)}}, .forward = unary(&attn::log)});
  for (const auto& [approximate, approx] : {std::pair{"tanh", GeluApprox::Tanh}, std::pair{"none", GeluApprox::None}}) {
    batch.add({.name = std::string("gelu.") + approximate,
               .op = "gelu",
               .attrs = {{"approximate", approximate}},
               .inputs = {{"x", normal({4, 33}, gen, 3.0)}},
               .forward = [approx](const TensorsByName& in) -> NamedTensors {
                 return {{"y", gelu(in.at("x"), approx)}};
               }});
  }
}

void add_reduce_cases(OracleBatch& batch, Generator& gen) {
  struct Reduction {
    const char* what;
    Shape dims;  // empty: every element
    bool keepdim;
  };
  const Reduction reductions[] = {{"dim1", {1}, false},
                                  {"dim1_keepdim", {1}, true},
                                  {"dims02_keepdim", {0, 2}, true},
                                  {"last", {-1}, false},
                                  {"all", {}, false}};
  for (const char* op : {"sum", "mean"}) {
    const bool is_sum = std::string(op) == "sum";
    for (const Reduction& r : reductions) {
      const Shape dims = r.dims;
      const bool keepdim = r.keepdim;
      batch.add({.name = std::string(op) + "." + r.what,
                 .op = op,
                 .attrs = {{"dims", dims.empty() ? Json(nullptr) : Json(dims)}, {"keepdim", keepdim}},
                 // Summing every element gives one number: positive terms, or it may
                 // cancel to near 0 where no relative bound holds (Upstream::Positive).
                 .inputs = {{"x", dims.empty() ? positive({3, 4, 5}, gen) : normal({3, 4, 5}, gen)}},
                 .forward = [is_sum, dims, keepdim](const TensorsByName& in) -> NamedTensors {
                   const Tensor& x = in.at("x");
                   if (dims.empty()) return {{"y", is_sum ? sum(x) : mean(x)}};
                   return {{"y", is_sum ? sum(x, dims, keepdim) : mean(x, dims, keepdim)}};
                 }});
    }
  }
}

void add_shape_cases(OracleBatch& batch, Generator& gen) {
  batch.add({.name = "reshape.split_heads",
             .op = "reshape",
             .attrs = {{"shape", Json::array({2, 3, 4, -1})}},
             .inputs = {{"x", normal({2, 3, 8}, gen)}},
             .forward = [](const TensorsByName& in) -> NamedTensors {
               return {{"y", reshape(in.at("x"), {2, 3, 4, -1})}};
             }});
  // A reshape of a transposed view cannot be a view: it copies.
  batch.add({.name = "reshape.of_transposed_copies",
             .op = "transpose_reshape",
             .attrs = {{"dim0", 0}, {"dim1", 2}, {"shape", Json::array({4, 6})}},
             .inputs = {{"x", normal({2, 3, 4}, gen)}},
             .forward = [](const TensorsByName& in) -> NamedTensors {
               return {{"y", reshape(transpose(in.at("x"), 0, 2), {4, 6})}};
             }});
  batch.add({.name = "permute.heads_first",
             .op = "permute",
             .attrs = {{"dims", Json::array({0, 2, 1, 3})}},
             .inputs = {{"x", normal({2, 3, 4, 5}, gen)}},
             .forward = [](const TensorsByName& in) -> NamedTensors {
               return {{"y", permute(in.at("x"), {0, 2, 1, 3})}};
             }});
  batch.add({.name = "transpose.negative_dims",
             .op = "transpose",
             .attrs = {{"dim0", -1}, {"dim1", -3}},
             .inputs = {{"x", normal({2, 3, 4}, gen)}},
             .forward = [](const TensorsByName& in) -> NamedTensors {
               return {{"y", transpose(in.at("x"), -1, -3)}};
             }});
  batch.add({.name = "narrow.middle",
             .op = "narrow",
             .attrs = {{"dim", 1}, {"start", 1}, {"length", 3}},
             .inputs = {{"x", normal({2, 5, 3}, gen)}},
             .forward = [](const TensorsByName& in) -> NamedTensors {
               return {{"y", narrow(in.at("x"), 1, 1, 3)}};
             }});
  batch.add({.name = "expand.new_and_unit_dims",
             .op = "expand",
             .attrs = {{"shape", Json::array({2, 3, 4})}},
             .inputs = {{"x", normal({3, 1}, gen)}},
             .forward = [](const TensorsByName& in) -> NamedTensors {
               return {{"y", expand(in.at("x"), {2, 3, 4})}};
             }});
  batch.add({.name = "unsqueeze.middle",
             .op = "unsqueeze",
             .attrs = {{"dim", 1}},
             .inputs = {{"x", normal({3, 4}, gen)}},
             .forward = [](const TensorsByName& in) -> NamedTensors {
               return {{"y", unsqueeze(in.at("x"), 1)}};
             }});
  batch.add({.name = "squeeze.last",
             .op = "squeeze",
             .attrs = {{"dim", -1}},
             .inputs = {{"x", normal({3, 4, 1}, gen)}},
             .forward = [](const TensorsByName& in) -> NamedTensors {
               return {{"y", squeeze(in.at("x"), -1)}};
             }});
  batch.add({.name = "concat.three_along_last",
             .op = "concat",
             .attrs = {{"order", Json::array({"a", "b", "c"})}, {"dim", -1}},
             .inputs = {{"a", normal({2, 3, 1}, gen)}, {"b", normal({2, 3, 4}, gen)}, {"c", normal({2, 3, 2}, gen)}},
             .forward = [](const TensorsByName& in) -> NamedTensors {
               return {{"y", concat({in.at("a"), in.at("b"), in.at("c")}, -1)}};
             }});
  batch.add({.name = "split.uneven",
             .op = "split",
             .attrs = {{"sizes", Json::array({1, 3, 2})}, {"dim", 1}},
             .inputs = {{"x", normal({2, 6, 3}, gen)}},
             .forward = [](const TensorsByName& in) -> NamedTensors {
               auto pieces = split(in.at("x"), {1, 3, 2}, 1);
               return {{"y0", pieces[0]}, {"y1", pieces[1]}, {"y2", pieces[2]}};
             }});
  batch.add({.name = "chunk.qkv",
             .op = "chunk",
             .attrs = {{"chunks", 3}, {"dim", -1}},
             .inputs = {{"x", normal({2, 4, 9}, gen)}},
             .forward = [](const TensorsByName& in) -> NamedTensors {
               auto pieces = chunk(in.at("x"), 3, -1);
               return {{"y0", pieces[0]}, {"y1", pieces[1]}, {"y2", pieces[2]}};
             }});
}

void add_matmul_cases(OracleBatch& batch, Generator& gen) {
  struct Product {
    const char* what;
    Shape a, b;
    bool transpose_a = false, transpose_b = false;
  };
  const Product products[] = {
      {"2d", {5, 7}, {7, 3}},
      {"batched_broadcast", {2, 3, 4, 5}, {3, 5, 2}},
      {"batch_folds_into_m", {2, 3, 4}, {4, 6}},
      {"transposed_views", {4, 3}, {5, 4}, true, true},
      {"scores_q_kt", {2, 3, 4, 8}, {2, 3, 5, 8}, false, true},
      {"large_blas", {48, 96}, {96, 40}},
  };
  for (const Product& p : products) {
    const bool ta = p.transpose_a, tb = p.transpose_b;
    batch.add({.name = std::string("matmul.") + p.what,
               .op = "matmul",
               .attrs = {{"transpose_a", ta}, {"transpose_b", tb}},
               .inputs = {{"a", normal(p.a, gen)}, {"b", normal(p.b, gen)}},
               .forward = [ta, tb](const TensorsByName& in) -> NamedTensors {
                 const Tensor a = ta ? transpose(in.at("a"), -1, -2) : in.at("a");
                 const Tensor b = tb ? transpose(in.at("b"), -1, -2) : in.at("b");
                 return {{"y", matmul(a, b)}};
               }});
  }
  for (const bool with_bias : {true, false}) {
    NamedTensors inputs{{"x", normal({2, 3, 6}, gen)}, {"param.weight", normal({5, 6}, gen)}};
    if (with_bias) inputs.emplace_back("param.bias", normal({5}, gen));
    batch.add({.name = with_bias ? "linear.bias" : "linear.no_bias",
               .op = "linear",
               .attrs = {{"in_features", 6}, {"out_features", 5}, {"bias", with_bias}},
               .inputs = inputs,
               .forward = [with_bias](const TensorsByName& in) -> NamedTensors {
                 return {{"y", linear(in.at("x"), in.at("param.weight"), with_bias ? in.at("param.bias") : Tensor())}};
               }});
  }
}

void add_softmax_and_norm_cases(OracleBatch& batch, Generator& gen) {
  for (const char* op : {"softmax", "log_softmax"}) {
    const bool log = std::string(op) == "log_softmax";
    auto forward = [log](const TensorsByName& in) -> NamedTensors {
      return {{"y", log ? log_softmax(in.at("x")) : softmax(in.at("x"))}};
    };
    batch.add({.name = std::string(op) + ".rows",
               .op = op,
               .inputs = {{"x", normal({6, 10}, gen, 3.0)}},
               .forward = forward});
    batch.add(
        {.name = std::string(op) + ".4d", .op = op, .inputs = {{"x", normal({2, 3, 4, 7}, gen)}}, .forward = forward});
    // Logits near 100 overflow exp() in f32 unless the row max is subtracted first.
    // Their spread stays moderate: a near one-hot row makes the gradient
    // y * (dy - sum(y * dy)) cancel, and then no f32 code (torch's neither) gets
    // within 1e-5 of it.
    batch.add({.name = std::string(op) + ".large_logits",
               .op = op,
               .inputs = {{"x", add_scalar(normal({3, 8}, gen, 3.0), 100.0)}},
               .forward = forward});
  }
  for (const bool affine : {true, false}) {
    NamedTensors inputs{{"x", add_scalar(normal({2, 5, 16}, gen, 2.0), 3.0)}};
    if (affine) {
      inputs.emplace_back("param.weight", add_scalar(normal({16}, gen, 0.5), 1.0));
      inputs.emplace_back("param.bias", normal({16}, gen));
    }
    batch.add({.name = affine ? "layer_norm.affine" : "layer_norm.plain",
               .op = "layer_norm",
               .attrs = {{"width", 16}, {"eps", 1e-5}, {"affine", affine}},
               .inputs = inputs,
               .forward = [affine](const TensorsByName& in) -> NamedTensors {
                 return {{"y", affine ? layer_norm(in.at("x"), in.at("param.weight"), in.at("param.bias"), 1e-5)
                                      : layer_norm(in.at("x"), Tensor(), Tensor(), 1e-5)}};
               }});
  }
}

void add_loss_cases(OracleBatch& batch, Generator& gen) {
  struct Loss {
    const char* what;
    Reduction reduction;
    double label_smoothing;
    std::int64_t ignore_index;
  };
  const Loss losses[] = {
      {"mean", Reduction::Mean, 0.0, -100},          {"sum", Reduction::Sum, 0.0, -100},
      {"none", Reduction::None, 0.0, -100},          {"mean_smoothed", Reduction::Mean, 0.1, -100},
      {"none_smoothed", Reduction::None, 0.2, -100}, {"ignore_class_3", Reduction::Mean, 0.0, 3},
  };
  const char* reduction_names[] = {"mean", "sum", "none"};
  constexpr std::int64_t kRows = 12, kClasses = 7;
  for (const Loss& l : losses) {
    // Random targets; every fourth row carries the ignore index (-100 or a real class).
    Tensor targets = random_ids({kRows}, kClasses, gen);
    for (std::int64_t n = 0; n < kRows; n += 4) targets.data<std::int64_t>()[n] = l.ignore_index;
    const CrossEntropyOptions options{
        .ignore_index = l.ignore_index, .label_smoothing = l.label_smoothing, .reduction = l.reduction};
    batch.add({.name = std::string("cross_entropy.") + l.what,
               .op = "cross_entropy",
               .attrs = {{"ignore_index", l.ignore_index},
                         {"label_smoothing", l.label_smoothing},
                         {"reduction", reduction_names[static_cast<int>(l.reduction)]}},
               .inputs = {{"logits", normal({kRows, kClasses}, gen, 2.0)}, {"targets", targets}},
               .forward = [options](const TensorsByName& in) -> NamedTensors {
                 return {{"loss", cross_entropy(in.at("logits"), in.at("targets"), options)}};
               }});
  }
}

void add_embedding_mask_dropout_cases(OracleBatch& batch, Generator& gen) {
  // 3 x 5 ids out of 4 rows: rows repeat, and their gradients must add up.
  batch.add({.name = "embedding.repeated_ids",
             .op = "embedding",
             .inputs = {{"weight", normal({4, 6}, gen)}, {"ids", random_ids({3, 5}, 4, gen)}},
             .forward = [](const TensorsByName& in) -> NamedTensors {
               return {{"y", embedding(in.at("weight"), in.at("ids"))}};
             }});
  batch.add({.name = "masked_fill.causal_broadcast",
             .op = "masked_fill",
             .attrs = {{"value", 0.5}},
             .inputs = {{"x", normal({2, 3, 5, 5}, gen)}, {"mask", causal_mask(5, 5)}},
             .forward = [](const TensorsByName& in) -> NamedTensors {
               return {{"y", masked_fill(in.at("x"), in.at("mask"), 0.5)}};
             }});
  batch.add({.name = "masked_fill.minus_inf",
             .op = "masked_fill",
             .attrs = {{"value", "-inf"}},  // JSON has no infinity: the oracle parses the string
             .inputs = {{"x", normal({3, 4, 4}, gen)}, {"mask", causal_mask(4, 4)}},
             .forward = [](const TensorsByName& in) -> NamedTensors {
               return {{"y", masked_fill(in.at("x"), in.at("mask"), -INFINITY)}};
             }});
  batch.add({.name = "masked_softmax.causal",
             .op = "masked_softmax",
             .inputs = {{"x", normal({2, 2, 6, 6}, gen, 2.0)}, {"mask", causal_mask(6, 6)}},
             .forward = [](const TensorsByName& in) -> NamedTensors {
               return {{"y", softmax(masked_fill(in.at("x"), in.at("mask"), -INFINITY))}};
             }});
  constexpr std::int64_t kHeadWidth = 8;
  batch.add({.name = "attention.causal_composition",
             .op = "attention",
             .attrs = {{"head_width", kHeadWidth}},
             .inputs = {{"q", normal({2, 2, 5, kHeadWidth}, gen)},
                        {"k", normal({2, 2, 7, kHeadWidth}, gen)},
                        {"v", normal({2, 2, 7, kHeadWidth}, gen)},
                        {"mask", causal_mask(5, 7)}},
             .forward = [](const TensorsByName& in) -> NamedTensors {
               Tensor scores = scale(matmul(in.at("q"), transpose(in.at("k"), -1, -2)), 1.0 / std::sqrt(kHeadWidth));
               Tensor weights = softmax(masked_fill(scores, in.at("mask"), -INFINITY));
               return {{"y", matmul(weights, in.at("v"))}, {"weights", weights}};
             }});
  for (const double p : {0.1, 0.5}) {
    auto dropout_gen = std::make_shared<Generator>(gen.bits(gen.advance(1)));
    batch.add({.name = "dropout.p" + std::to_string(static_cast<int>(p * 10)),
               .op = "dropout",
               .attrs = {{"p", p}},
               .inputs = {{"x", normal({64, 64}, gen)}},
               .forward = [p, dropout_gen](const TensorsByName& in) -> NamedTensors {
                 Tensor y = dropout(in.at("x"), p, *dropout_gen, /*training=*/true);
                 // x is N(0, 1), never exactly 0: y is zero exactly where attn dropped.
                 const std::vector<double> values = y.to_vector();
                 std::vector<double> keep(values.size());
                 double kept = 0;
                 for (std::size_t i = 0; i < values.size(); ++i) kept += keep[i] = values[i] != 0 ? 1 : 0;
                 // The keep rate of n Bernoulli(1 - p) draws: within 5 standard deviations.
                 const double n = static_cast<double>(values.size());
                 EXPECT_NEAR(kept / n, 1 - p, 5 * std::sqrt(p * (1 - p) / n)) << "dropout keep rate, p = " << p;
                 return {{"y", y}, {"mask", from_vector(keep, y.shape(), y.dtype())}};
               },
               .aux_outputs = {"mask"}});
  }
}

}  // namespace

TEST(Oracle, EveryOpAgainstTorch) {
  Generator gen(attn::testing::oracle_seed());
  OracleBatch batch;
  add_elementwise_cases(batch, gen);
  add_reduce_cases(batch, gen);
  add_shape_cases(batch, gen);
  add_matmul_cases(batch, gen);
  add_softmax_and_norm_cases(batch, gen);
  add_loss_cases(batch, gen);
  add_embedding_mask_dropout_cases(batch, gen);

  const auto results = batch.run(gen);
  std::cout << attn::testing::oracle_table(results);
  for (const auto& r : results) EXPECT_TRUE(r.passed()) << r.describe();
}

TEST(Oracle, RelativeErrorIsNormWiseAndStrictOnNonFinite) {
  using attn::testing::relative_error;
  const double inf = INFINITY;
  EXPECT_NEAR(relative_error(from_vector({3, 4}, {2}), from_vector({3, 4.5}, {2})), 0.5 / std::sqrt(9 + 20.25), 1e-7);
  EXPECT_EQ(relative_error(from_vector({0, 0}, {2}), zeros({2})), 0);
  EXPECT_EQ(relative_error(from_vector({-inf, 1}, {2}), from_vector({-inf, 1}, {2})), 0);
  EXPECT_EQ(relative_error(from_vector({inf, 1}, {2}), from_vector({-inf, 1}, {2})), inf);
  EXPECT_EQ(relative_error(from_vector({NAN, 1}, {2}), from_vector({0, 1}, {2})), inf);
  EXPECT_EQ(relative_error(zeros({2, 1}), zeros({2})), inf);
}
