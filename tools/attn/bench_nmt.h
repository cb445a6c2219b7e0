// attn bench nmt: the RNN translation model measured whole. A training step of the
// Bahdanau GRU encoder-decoder (models/seq2seq.h) with random weights and ids, against
// the sgemm ceiling and against the same model and Adam in PyTorch
// (torch_nmt_peer.py); and the translation speed, greedy and beam 5, of the bundled
// trained model (models/nmt-es-en-small).
#pragma once

#include <CLI/CLI.hpp>

namespace attn::cli {

// Adds `nmt` under `attn bench`.
void register_bench_nmt(CLI::App* bench);

}  // namespace attn::cli
