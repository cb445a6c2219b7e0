#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/nn/dropout.h"
#include "attn/nn/embedding.h"
#include "attn/nn/init.h"
#include "attn/nn/layer_norm.h"
#include "attn/nn/linear.h"
#include "attn/nn/module.h"
#include "attn/nn/rnn.h"
#include "attn/ops.h"

using namespace attn;
using namespace attn::nn;

namespace {

std::vector<std::string> names_of(const Module& m) {
  std::vector<std::string> names;
  for (const auto& [name, tensor] : m.named_parameters()) names.push_back(name);
  return names;
}

std::vector<Shape> shapes_of(const Module& m) {
  std::vector<Shape> shapes;
  for (const auto& [name, tensor] : m.named_parameters()) shapes.push_back(tensor.shape());
  return shapes;
}

void expect_near_vectors(const std::vector<double>& a, const std::vector<double>& b, double tol) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_NEAR(a[i], b[i], tol) << "at " << i;
}

// A model shaped like GPT-2's naming: wte, h.<i>.attn.c_proj, ln_f.
class Attn : public Module {
 public:
  explicit Attn(Generator& gen) { c_proj = register_module("c_proj", std::make_shared<Linear>(4, 4, gen)); }
  std::shared_ptr<Linear> c_proj;
};
class Block : public Module {
 public:
  explicit Block(Generator& gen) {
    ln_1 = register_module("ln_1", std::make_shared<LayerNorm>(4));
    attn = register_module("attn", std::make_shared<Attn>(gen));
    drop = register_module("drop", std::make_shared<Dropout>(0.5, gen));
  }
  std::shared_ptr<LayerNorm> ln_1;
  std::shared_ptr<Attn> attn;
  std::shared_ptr<Dropout> drop;
};
class TinyModel : public Module {
 public:
  explicit TinyModel(Generator& gen) {
    wte = register_module("wte", std::make_shared<Embedding>(10, 4, gen));
    h = register_module("h", std::make_shared<ModuleList<Block>>());
    for (int i = 0; i < 2; ++i) h->push_back(std::make_shared<Block>(gen));
    scale = register_parameter("scale", ones({1}));
  }
  std::shared_ptr<Embedding> wte;
  std::shared_ptr<ModuleList<Block>> h;
  Tensor scale;
};

}  // namespace

// --- Module ---------------------------------------------------------------------

TEST(Module, HierarchicalNamesInRegistrationOrder) {
  Generator gen(1);
  TinyModel model(gen);
  EXPECT_EQ(names_of(model),
            (std::vector<std::string>{"scale", "wte.weight", "h.0.ln_1.weight", "h.0.ln_1.bias",
                                      "h.0.attn.c_proj.weight", "h.0.attn.c_proj.bias", "h.1.ln_1.weight",
                                      "h.1.ln_1.bias", "h.1.attn.c_proj.weight", "h.1.attn.c_proj.bias"}));
  EXPECT_EQ(model.num_parameters(), 1 + 40 + 2 * (4 + 4 + 16 + 4));
  EXPECT_EQ(model.parameters().size(), 10u);
  for (const Tensor& p : model.parameters()) EXPECT_TRUE(p.requires_grad());
  // The registered tensor and the field are the same tensor.
  EXPECT_TRUE(model.named_parameters()[4].second.same((*model.h)[0].attn->c_proj->weight()));
  EXPECT_EQ(model.h->size(), 2u);
}

TEST(Module, TrainEvalPropagatesToDescendants) {
  Generator gen(2);
  TinyModel model(gen);
  EXPECT_TRUE(model.is_training());
  model.eval();
  EXPECT_FALSE(model.is_training());
  EXPECT_FALSE((*model.h)[1].drop->is_training());
  EXPECT_FALSE((*model.h)[1].attn->c_proj->is_training());
  model.train();
  EXPECT_TRUE((*model.h)[0].drop->is_training());
}

TEST(Module, ZeroGradForgetsEveryGradient) {
  Generator gen(3);
  TinyModel model(gen);
  Tensor x = model.wte->forward(from_ids({1, 2, 3}, {3}));
  Tensor y = (*model.h)[0].attn->c_proj->forward((*model.h)[0].ln_1->forward(x));
  sum(mul(y, model.scale)).backward();
  EXPECT_TRUE(model.wte->weight().grad().defined());
  EXPECT_TRUE(model.scale.grad().defined());
  model.zero_grad();
  for (const Tensor& p : model.parameters()) EXPECT_FALSE(p.grad().defined());
}

TEST(Module, TiedParameterListedOnce) {
  class Tied : public Module {
   public:
    explicit Tied(Generator& gen) {
      wte = register_module("wte", std::make_shared<Embedding>(5, 3, gen));
      lm_head_weight = register_parameter("lm_head_weight", wte->weight());  // (V, C), shared
    }
    std::shared_ptr<Embedding> wte;
    Tensor lm_head_weight;
  };
  Generator gen(20);
  Tied m(gen);
  EXPECT_EQ(names_of(m), (std::vector<std::string>{"lm_head_weight"}));
  EXPECT_EQ(m.num_parameters(), 15);
}

TEST(Module, RejectsBadNames) {
  class Bad : public Module {
   public:
    void add(const std::string& name) { register_parameter(name, zeros({2})); }
    void add_module_named(const std::string& name) { register_module(name, std::make_shared<LayerNorm>(2)); }
    void add_int() { register_parameter("ids", zeros({2}, DType::I64)); }
  };
  Bad m;
  m.add("w");
  EXPECT_THROW(m.add("w"), Error);
  EXPECT_THROW(m.add_module_named("w"), Error);
  EXPECT_THROW(m.add("a.b"), Error);
  EXPECT_THROW(m.add(""), Error);
  EXPECT_THROW(m.add_int(), Error);
}

// --- Initialisers ---------------------------------------------------------------

TEST(Init, BoundsAndConstants) {
  Generator gen(4);
  Tensor w = empty({30, 20});
  nn::init::xavier_uniform_(w, gen);
  const double xavier = std::sqrt(6.0 / 50.0);
  double max_abs = 0;
  for (double v : w.to_vector()) max_abs = std::max(max_abs, std::abs(v));
  EXPECT_LE(max_abs, xavier);
  EXPECT_GT(max_abs, 0.9 * xavier);

  nn::init::kaiming_uniform_(w, gen, std::sqrt(5.0));  // PyTorch's Linear default: 1/sqrt(fan_in)
  max_abs = 0;
  for (double v : w.to_vector()) max_abs = std::max(max_abs, std::abs(v));
  EXPECT_LE(max_abs, 1.0 / std::sqrt(20.0) + 1e-7);
  EXPECT_GT(max_abs, 0.9 / std::sqrt(20.0));

  nn::init::kaiming_uniform_(w, gen);  // a = 0: sqrt(6 / fan_in)
  max_abs = 0;
  for (double v : w.to_vector()) max_abs = std::max(max_abs, std::abs(v));
  EXPECT_LE(max_abs, std::sqrt(6.0 / 20.0) + 1e-7);

  nn::init::normal_(w, 2.0, 0.5, gen);
  const Tensor mu = mean(w);
  EXPECT_NEAR(mu.item(), 2.0, 0.1);

  nn::init::zeros_(w);
  EXPECT_EQ(sum(w).item(), 0.0);
  nn::init::ones_(w);
  EXPECT_EQ(sum(w).item(), 600.0);
  EXPECT_THROW(nn::init::xavier_uniform_(empty({5}), gen), Error);
}

// --- Layers ---------------------------------------------------------------------

TEST(Linear, ShapesInitAndForward) {
  Generator gen(5);
  Linear lin(8, 3, gen);
  EXPECT_EQ(names_of(lin), (std::vector<std::string>{"weight", "bias"}));
  EXPECT_EQ(shapes_of(lin), (std::vector<Shape>{{3, 8}, {3}}));
  const double bound = 1.0 / std::sqrt(8.0);
  for (const Tensor& p : lin.parameters())
    for (double v : p.to_vector()) EXPECT_LE(std::abs(v), bound);

  Tensor x = randn({2, 5, 8}, gen);
  Tensor y = lin.forward(x);
  EXPECT_EQ(y.shape(), (Shape{2, 5, 3}));
  // y[0, 0, j] = sum_k x[0, 0, k] w[j, k] + b[j]
  const auto xv = x.to_vector(), wv = lin.weight().to_vector(), bv = lin.bias().to_vector(), yv = y.to_vector();
  for (int j = 0; j < 3; ++j) {
    double expected = bv[j];
    for (int k = 0; k < 8; ++k) expected += xv[k] * wv[j * 8 + k];
    EXPECT_NEAR(yv[j], expected, 1e-5);
  }

  Linear no_bias(8, 3, gen, /*bias=*/false, DType::F64);
  EXPECT_EQ(names_of(no_bias), (std::vector<std::string>{"weight"}));
  EXPECT_EQ(no_bias.weight().dtype(), DType::F64);
  EXPECT_FALSE(no_bias.bias().defined());
}

TEST(Linear, SameSeedSameWeights) {
  Generator a(6), b(6);
  Linear la(4, 4, a), lb(4, 4, b);
  EXPECT_EQ(la.weight().to_vector(), lb.weight().to_vector());
  EXPECT_EQ(la.bias().to_vector(), lb.bias().to_vector());
}

TEST(Embedding, LooksUpRowsOfANormalTable) {
  Generator gen(7);
  Embedding emb(50, 40, gen);
  EXPECT_EQ(shapes_of(emb), (std::vector<Shape>{{50, 40}}));
  const auto w = emb.weight().to_vector();
  double s = 0, s2 = 0;
  for (double v : w) s += v, s2 += v * v;
  EXPECT_NEAR(s / w.size(), 0.0, 0.1);
  EXPECT_NEAR(s2 / w.size(), 1.0, 0.1);

  Tensor y = emb.forward(from_ids({3, 0, 49, 3}, {2, 2}));
  EXPECT_EQ(y.shape(), (Shape{2, 2, 40}));
  const auto yv = y.to_vector();
  for (int c = 0; c < 40; ++c) {
    EXPECT_EQ(yv[c], w[3 * 40 + c]);
    EXPECT_EQ(yv[2 * 40 + c], w[49 * 40 + c]);
  }
}

TEST(LayerNorm, NormalisesTheLastDimension) {
  LayerNorm ln(6, 1e-5);
  EXPECT_EQ(names_of(ln), (std::vector<std::string>{"weight", "bias"}));
  EXPECT_EQ(ln.weight().to_vector(), std::vector<double>(6, 1.0));
  EXPECT_EQ(ln.bias().to_vector(), std::vector<double>(6, 0.0));
  Generator gen(8);
  Tensor y = ln.forward(add_scalar(scale(randn({3, 6}, gen, DType::F32), 4.0), 7.0));
  const auto yv = y.to_vector();
  for (int r = 0; r < 3; ++r) {
    double m = 0, v = 0;
    for (int c = 0; c < 6; ++c) m += yv[r * 6 + c] / 6;
    for (int c = 0; c < 6; ++c) v += (yv[r * 6 + c] - m) * (yv[r * 6 + c] - m) / 6;
    EXPECT_NEAR(m, 0.0, 1e-5);
    EXPECT_NEAR(v, 1.0, 1e-3);
  }
}

TEST(Dropout, ActiveOnlyInTrainingAndReproducible) {
  Generator gen_a(9), gen_b(9);
  Dropout a(0.5, gen_a), b(0.5, gen_b);
  Tensor x = ones({1000});
  Tensor ya = a.forward(x);
  EXPECT_EQ(ya.to_vector(), b.forward(x).to_vector());  // same seed, same mask
  int zeros_count = 0;
  for (double v : ya.to_vector()) {
    EXPECT_TRUE(v == 0.0 || v == 2.0);
    zeros_count += v == 0.0;
  }
  EXPECT_GT(zeros_count, 400);
  EXPECT_LT(zeros_count, 600);
  EXPECT_NE(a.forward(x).to_vector(), ya.to_vector());  // the generator moves on
  a.eval();
  EXPECT_TRUE(a.forward(x).same(x));
  EXPECT_THROW(Dropout(1.5, gen_a), Error);
}

// --- Recurrent layers -------------------------------------------------------------

TEST(RNN, ParameterNamesAndShapesMatchPyTorch) {
  Generator gen(10);
  RNNOptions o;
  o.input_size = 5;
  o.hidden_size = 3;
  o.num_layers = 2;
  o.bidirectional = true;
  GRU gru(o, gen);
  // As list(torch.nn.GRU(5, 3, num_layers=2, bidirectional=True).state_dict()).
  EXPECT_EQ(names_of(gru), (std::vector<std::string>{
                               "weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0", "weight_ih_l0_reverse",
                               "weight_hh_l0_reverse", "bias_ih_l0_reverse", "bias_hh_l0_reverse", "weight_ih_l1",
                               "weight_hh_l1", "bias_ih_l1", "bias_hh_l1", "weight_ih_l1_reverse",
                               "weight_hh_l1_reverse", "bias_ih_l1_reverse", "bias_hh_l1_reverse"}));
  EXPECT_EQ(
      shapes_of(gru),
      (std::vector<Shape>{
          {9, 5}, {9, 3}, {9}, {9}, {9, 5}, {9, 3}, {9}, {9}, {9, 6}, {9, 3}, {9}, {9}, {9, 6}, {9, 3}, {9}, {9}}));
  o.bidirectional = false;
  o.bias = false;
  LSTM lstm(o, gen);
  EXPECT_EQ(names_of(lstm), (std::vector<std::string>{"weight_ih_l0", "weight_hh_l0", "weight_ih_l1", "weight_hh_l1"}));
  EXPECT_EQ(shapes_of(lstm), (std::vector<Shape>{{12, 5}, {12, 3}, {12, 3}, {12, 3}}));
  for (const Tensor& p : lstm.parameters())
    for (double v : p.to_vector()) EXPECT_LE(std::abs(v), 1.0 / std::sqrt(3.0));

  GRUCell cell(5, 3, gen);
  EXPECT_EQ(names_of(cell), (std::vector<std::string>{"weight_ih", "weight_hh", "bias_ih", "bias_hh"}));
  LSTMCell lcell(5, 3, gen);
  EXPECT_EQ(shapes_of(lcell), (std::vector<Shape>{{12, 5}, {12, 3}, {12}, {12}}));
}

namespace {
double sigmoid_ref(double v) {
  return 1.0 / (1.0 + std::exp(-v));
}

// row j of (W v) + b, W (R, K) row-major
double affine_row(const std::vector<double>& w, const std::vector<double>& b, const std::vector<double>& v,
                  std::size_t j) {
  double s = b[j];
  for (std::size_t k = 0; k < v.size(); ++k) s += w[j * v.size() + k] * v[k];
  return s;
}
}  // namespace

TEST(RNN, GRUCellMatchesTheGateEquations) {
  Generator gen(11);
  const int C = 4, H = 3;
  GRUCell cell(C, H, gen, true, DType::F64);
  Tensor x = randn({1, C}, gen, DType::F64), h = randn({1, H}, gen, DType::F64);
  const auto y = cell.forward(x, h).to_vector();
  const auto& w = cell.weights();
  const auto wi = w.weight_ih.to_vector(), wh = w.weight_hh.to_vector(), bi = w.bias_ih.to_vector(),
             bh = w.bias_hh.to_vector(), xv = x.to_vector(), hv = h.to_vector();
  for (int j = 0; j < H; ++j) {
    const double r = sigmoid_ref(affine_row(wi, bi, xv, j) + affine_row(wh, bh, hv, j));
    const double z = sigmoid_ref(affine_row(wi, bi, xv, H + j) + affine_row(wh, bh, hv, H + j));
    const double n = std::tanh(affine_row(wi, bi, xv, 2 * H + j) + r * affine_row(wh, bh, hv, 2 * H + j));
    EXPECT_NEAR(y[j], (1 - z) * n + z * hv[j], 1e-12);
  }
}

TEST(RNN, LSTMCellMatchesTheGateEquations) {
  Generator gen(12);
  const int C = 4, H = 3;
  LSTMCell cell(C, H, gen, true, DType::F64);
  Tensor x = randn({1, C}, gen, DType::F64), h = randn({1, H}, gen, DType::F64), c = randn({1, H}, gen, DType::F64);
  const LSTMState next = cell.forward(x, {h, c});
  const auto hn = next.h.to_vector(), cn = next.c.to_vector();
  const auto& w = cell.weights();
  const auto wi = w.weight_ih.to_vector(), wh = w.weight_hh.to_vector(), bi = w.bias_ih.to_vector(),
             bh = w.bias_hh.to_vector(), xv = x.to_vector(), hv = h.to_vector(), cv = c.to_vector();
  auto gate = [&](int g, int j) { return affine_row(wi, bi, xv, g * H + j) + affine_row(wh, bh, hv, g * H + j); };
  for (int j = 0; j < H; ++j) {
    const double i = sigmoid_ref(gate(0, j)), f = sigmoid_ref(gate(1, j)), g = std::tanh(gate(2, j)),
                 o = sigmoid_ref(gate(3, j));
    const double c_next = f * cv[j] + i * g;
    EXPECT_NEAR(cn[j], c_next, 1e-12);
    EXPECT_NEAR(hn[j], o * std::tanh(c_next), 1e-12);
  }
}

namespace {
// Copies the parameters of `from` into `to` (same names and shapes).
void copy_parameters(const Module& from, const Module& to) {
  const auto a = from.named_parameters(), b = to.named_parameters();
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) copy_into(b[i].second, a[i].second);
}
}  // namespace

TEST(RNN, GRULayerRunsTheCellOverTime) {
  Generator gen(13);
  const int T = 5, B = 2, C = 3, H = 4;
  RNNOptions o{.input_size = C, .hidden_size = H, .dtype = DType::F64};
  GRU gru(o, gen);
  GRUCell cell(C, H, gen, true, DType::F64);
  copy_parameters(gru, cell);
  Tensor x = randn({T, B, C}, gen, DType::F64), h0 = randn({1, B, H}, gen, DType::F64);
  GRUOutput out = gru.forward(x, h0);
  EXPECT_EQ(out.output.shape(), (Shape{T, B, H}));
  EXPECT_EQ(out.h_n.shape(), (Shape{1, B, H}));
  Tensor h = squeeze(h0, 0);
  for (int t = 0; t < T; ++t) {
    h = cell.forward(squeeze(narrow(x, 0, t, 1), 0), h);
    expect_near_vectors(narrow(out.output, 0, t, 1).to_vector(), h.to_vector(), 1e-12);
  }
  expect_near_vectors(out.h_n.to_vector(), h.to_vector(), 1e-12);
}

TEST(RNN, LSTMReverseDirectionRunsBackwardInTime) {
  Generator gen(14);
  const int T = 4, B = 3, C = 2, H = 3;
  RNNOptions o{.input_size = C, .hidden_size = H, .bidirectional = true, .dtype = DType::F64};
  LSTM lstm(o, gen);
  LSTMCell fwd(C, H, gen, true, DType::F64), rev(C, H, gen, true, DType::F64);
  const auto p = lstm.named_parameters();
  const auto pf = fwd.named_parameters(), pr = rev.named_parameters();
  for (int i = 0; i < 4; ++i) {
    copy_into(pf[i].second, p[i].second);
    copy_into(pr[i].second, p[4 + i].second);
  }
  Tensor x = randn({T, B, C}, gen, DType::F64);
  LSTMOutput out = lstm.forward(x);
  EXPECT_EQ(out.output.shape(), (Shape{T, B, 2 * H}));
  EXPECT_EQ(out.h_n.shape(), (Shape{2, B, H}));
  EXPECT_EQ(out.c_n.shape(), (Shape{2, B, H}));
  LSTMState sf, sr;
  for (int i = 0; i < T; ++i) {
    sf = fwd.forward(squeeze(narrow(x, 0, i, 1), 0), sf);
    expect_near_vectors(narrow(narrow(out.output, 0, i, 1), -1, 0, H).to_vector(), sf.h.to_vector(), 1e-12);
    const int t = T - 1 - i;
    sr = rev.forward(squeeze(narrow(x, 0, t, 1), 0), sr);
    expect_near_vectors(narrow(narrow(out.output, 0, t, 1), -1, H, H).to_vector(), sr.h.to_vector(), 1e-12);
  }
  expect_near_vectors(concat({sf.h, sr.h}, 0).to_vector(), out.h_n.to_vector(), 1e-12);
  expect_near_vectors(concat({sf.c, sr.c}, 0).to_vector(), out.c_n.to_vector(), 1e-12);
}

// A padded batch gives, for each sequence, what that sequence alone (cut to its
// length) gives: outputs, final states, both directions, every layer.
TEST(RNN, PaddedBatchEqualsEachSequenceAlone) {
  Generator gen(15);
  const int T = 6, B = 3, C = 3, H = 2;
  const std::vector<std::int64_t> lens{4, 6, 1};
  RNNOptions o{.input_size = C, .hidden_size = H, .num_layers = 2, .bidirectional = true, .dtype = DType::F64};
  LSTM lstm(o, gen);
  GRU gru(o, gen);
  Tensor x = randn({T, B, C}, gen, DType::F64);
  Tensor h0 = randn({4, B, H}, gen, DType::F64), c0 = randn({4, B, H}, gen, DType::F64);
  const Tensor lengths = from_ids(lens, {B});
  LSTMOutput lo = lstm.forward(x, {h0, c0}, lengths);
  GRUOutput go = gru.forward(x, h0, lengths);
  for (int b = 0; b < B; ++b) {
    const std::int64_t len = lens[b];
    Tensor xb = narrow(narrow(x, 1, b, 1), 0, 0, len);
    Tensor hb = narrow(h0, 1, b, 1), cb = narrow(c0, 1, b, 1);
    LSTMOutput lone = lstm.forward(xb, {hb, cb});
    GRUOutput gone = gru.forward(xb, hb);
    expect_near_vectors(narrow(narrow(lo.output, 1, b, 1), 0, 0, len).to_vector(), lone.output.to_vector(), 1e-12);
    expect_near_vectors(narrow(lo.h_n, 1, b, 1).to_vector(), lone.h_n.to_vector(), 1e-12);
    expect_near_vectors(narrow(lo.c_n, 1, b, 1).to_vector(), lone.c_n.to_vector(), 1e-12);
    expect_near_vectors(narrow(narrow(go.output, 1, b, 1), 0, 0, len).to_vector(), gone.output.to_vector(), 1e-12);
    expect_near_vectors(narrow(go.h_n, 1, b, 1).to_vector(), gone.h_n.to_vector(), 1e-12);
    if (len < T) {
      for (double v : narrow(narrow(lo.output, 1, b, 1), 0, len, T - len).to_vector()) EXPECT_EQ(v, 0.0);
      for (double v : narrow(narrow(go.output, 1, b, 1), 0, len, T - len).to_vector()) EXPECT_EQ(v, 0.0);
    }
  }
}

TEST(RNN, DropoutBetweenLayersOnlyInTraining) {
  Generator gen(16);
  RNNOptions o{.input_size = 3, .hidden_size = 4, .num_layers = 2, .dropout = 0.5};
  GRU gru(o, gen);
  EXPECT_EQ(gru.named_parameters().size(), 8u);  // the dropout child has no parameters
  Tensor x = randn({3, 2, 3}, gen);
  const auto train_out = gru.forward(x).output.to_vector();
  gru.eval();
  const auto eval_a = gru.forward(x).output.to_vector();
  EXPECT_EQ(eval_a, gru.forward(x).output.to_vector());
  EXPECT_NE(eval_a, train_out);
}

TEST(RNN, ErrorsNameTheShapes) {
  Generator gen(17);
  RNNOptions o{.input_size = 3, .hidden_size = 4};
  GRU gru(o, gen);
  EXPECT_THROW(gru.forward(randn({2, 3}, gen)), Error);                                      // not (T, B, C)
  EXPECT_THROW(gru.forward(randn({2, 2, 5}, gen)), Error);                                   // C differs
  EXPECT_THROW(gru.forward(randn({2, 2, 3}, gen), randn({2, 2, 4}, gen)), Error);            // h0 (L*dirs, B, H)
  EXPECT_THROW(gru.forward(randn({2, 2, 3}, gen), Tensor(), from_ids({1, 3}, {2})), Error);  // length > T
  EXPECT_THROW(gru.forward(randn({2, 2, 3}, gen, DType::F64)), Error);                       // dtype differs
  try {
    gru.forward(randn({2, 2, 5}, gen));
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("(2, 2, 5)"), std::string::npos) << e.what();
  }
}
