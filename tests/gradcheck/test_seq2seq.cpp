// Finite-difference checks of the encoder-decoder's training loss in float64, on a
// tiny model, for every attention kind (and LSTM cells, two layers, no input feeding,
// tied embeddings): the gradient of every parameter, through a padded batch with label
// smoothing. Each parameter must also receive a nonzero gradient, so none is checked
// trivially.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "attn/models/seq2seq.h"
#include "attn/ops.h"
#include "support/gradcheck.h"

using namespace attn;
using namespace attn::models;
using attn::testing::with_parameters;

namespace {

constexpr double kTol = 1e-6;

struct TinyBatch {
  Tensor source, lengths, target_in, target_out;
};

// B = 3 sentences of S <= 5 source ids and T <= 4 target ids, the last two padded.
TinyBatch tiny_batch() {
  return {from_ids({4, 5, 6, 7, 3, 8, 4, 3, 0, 0, 9, 3, 0, 0, 0}, {3, 5}), from_ids({5, 3, 2}, {3}),
          from_ids({2, 4, 5, 6, 2, 7, 0, 0, 2, 8, 9, 0}, {3, 4}),
          from_ids({4, 5, 6, 3, 7, 3, 0, 0, 8, 9, 3, 0}, {3, 4})};
}

Seq2SeqConfig tiny_config(Seq2SeqAttention attention) {
  Seq2SeqConfig c;
  c.source_vocab_size = 10;
  c.target_vocab_size = 10;
  c.embed_size = 3;
  c.hidden_size = 3;
  c.attention = attention;
  c.attention_size = 2;
  c.local_window = 1;
  c.dtype = DType::F64;
  return c;
}

void check_loss_gradients(const Seq2SeqConfig& config, std::uint64_t seed) {
  Generator gen(seed);
  Seq2Seq model(config, gen);
  const TinyBatch b = tiny_batch();
  const auto f = [&](const std::vector<Tensor>&) {
    return model.loss(b.source, b.lengths, b.target_in, b.target_out, /*label_smoothing=*/0.1);
  };
  EXPECT_GRADCHECK(f, with_parameters({}, model), gen, kTol);
  model.zero_grad();
  f({}).backward();
  for (const auto& [name, p] : model.named_parameters()) {
    ASSERT_TRUE(p.grad().defined()) << name;
    EXPECT_GT(sum(mul(p.grad(), p.grad())).item(), 0.0) << name;
  }
}

}  // namespace

TEST(GradcheckSeq2Seq, EveryAttentionKind) {
  std::uint64_t seed = 1;
  for (const Seq2SeqAttention a :
       {Seq2SeqAttention::None, Seq2SeqAttention::Bahdanau, Seq2SeqAttention::LuongDot, Seq2SeqAttention::LuongGeneral,
        Seq2SeqAttention::LuongConcat, Seq2SeqAttention::LuongLocalP}) {
    SCOPED_TRACE(seq2seq_attention_name(a));
    check_loss_gradients(tiny_config(a), seed++);
  }
}

TEST(GradcheckSeq2Seq, LstmTwoLayers) {
  for (const Seq2SeqAttention a : {Seq2SeqAttention::Bahdanau, Seq2SeqAttention::LuongGeneral}) {
    SCOPED_TRACE(seq2seq_attention_name(a));
    Seq2SeqConfig c = tiny_config(a);
    c.cell = RecurrentCell::LSTM;
    c.layers = 2;
    check_loss_gradients(c, 20);
  }
}

TEST(GradcheckSeq2Seq, UnidirectionalNoInputFeedingTied) {
  Seq2SeqConfig c = tiny_config(Seq2SeqAttention::LuongDot);
  c.bidirectional = false;  // Ch == H: the dot score needs no memory projection
  c.input_feeding = false;
  c.tie_embeddings = true;
  check_loss_gradients(c, 30);
  Seq2SeqConfig b = tiny_config(Seq2SeqAttention::Bahdanau);
  b.tie_embeddings = true;
  b.embed_size = 4;  // O = E differs from H
  check_loss_gradients(b, 31);
}
