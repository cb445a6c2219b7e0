// attn models: GPT checkpoints on disk (see docs/gpt.md, "Checkpoints").
//
// A model directory in the Hugging Face GPT-2 layout:
//   config.json          GPT2Config's keys (n_layer, n_head, n_embd, n_positions,
//                        vocab_size, layer_norm_epsilon, *_pdrop, tie_word_embeddings,
//                        activation_function "gelu_new") plus attn's own
//                        "attn_qkv_bias" when c_attn has no bias
//   model.safetensors    GPT-2's tensor names, Conv1D layout (in × out) for c_attn,
//                        c_proj, c_fc and mlp.c_proj: the transpose of attn's Linear
//                        (out × in); F32, F16 or BF16; names with or without the
//                        "transformer." prefix; the causal-mask buffers attn.bias and
//                        attn.masked_bias that older files carry are ignored, as is
//                        lm_head.weight when it is tied to wte.
//   tokenizer files      whatever data::Tokenizer::save writes (vocab.json + merges.txt
//                        for GPT-2's BPE), read by data::load_tokenizer
// attn writes the same layout, each file atomically (a temporary, then a rename), so
// a directory it saved loads in transformers' GPT2LMHeadModel and the other way round.
//
// llm.c's checkpoint (gpt2_124M.bin from its train_gpt2.py) imports too: a header of
// 256 int32 (magic 20240326, version 3 = f32 or 5 = bf16, T_max, V, L, H, C, the
// padded vocabulary Vp), then the 16 parameter tensors back to back: wte (Vp, C),
// wpe (T_max, C), ln1w, ln1b (L, C), qkvw (L, 3C, C), qkvb (L, 3C), attprojw (L, C, C),
// attprojb (L, C), ln2w, ln2b (L, C), fcw (L, 4C, C), fcb (L, 4C), fcprojw (L, C, 4C),
// fcprojb (L, C), lnfw, lnfb (C). Its matrices are already out × in; the padding rows
// [V, Vp) of wte are dropped.
#pragma once

#include <filesystem>
#include <memory>

#include "attn/io/safetensors.h"
#include "attn/models/gpt.h"

namespace attn::models {

// Reads config.json of a model directory. Errors name the file and the key: a
// missing required key, a value of the wrong type, an architecture attn does not run
// (activation other than gelu_new / gelu_pytorch_tanh, n_inner other than 4C).
GPTConfig read_gpt_config(const std::filesystem::path& dir);
// Writes config.json into `dir` (created if missing).
void write_gpt_config(const GPTConfig& config, const std::filesystem::path& dir);

// Writes config.json and model.safetensors of `model` into `dir`; `storage` picks
// F32 (as is), F16 or BF16 for the weights (a bundled model halves its size in F16).
void save_gpt(const GPT& model, const std::filesystem::path& dir, FloatStorage storage = FloatStorage::AsIs);
// A model built from `dir`'s config.json with its weights from model.safetensors.
// Every parameter must be in the file with its shape; a tensor the model does not
// have (beyond the ignored buffers) is an error naming it. The model is in eval mode.
std::shared_ptr<GPT> load_gpt(const std::filesystem::path& dir);

// The parameters of `model` under their Hugging Face names and layout (Conv1D
// weights transposed, tied lm_head omitted), as save_gpt writes them.
nn::NamedTensors gpt_hf_tensors(const GPT& model);

// A model from an llm.c checkpoint file (in eval mode), dropout 0.
std::shared_ptr<GPT> import_llmc(const std::filesystem::path& path);

}  // namespace attn::models
