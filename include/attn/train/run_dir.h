// attn train: the files of a training run, shared by `attn gpt train` and
// `attn nmt train`: checkpoint directories replaced whole, the generators an exact
// resume restores, and the ETA of a progress line.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "attn/nn/module.h"
#include "attn/random.h"

namespace attn::train {

// Replaces `dir` by a directory that `write` fills in a temporary sibling (dir.tmp),
// renamed into place: a reader, or a resumed run, finds the old directory or the new
// one, never a mix.
void replace_directory(const std::filesystem::path& dir,
                       const std::function<void(const std::filesystem::path&)>& write);
// A run killed between replace_directory's two renames leaves the previous directory
// at dir.old and none at dir: this puts it back.
void recover_directory(const std::filesystem::path& dir);

// Every Dropout's mask generator under `module`, in module order: their positions are
// part of what an exact resume restores.
std::vector<Generator*> dropout_generators(nn::Module& module);

// Seconds as "1h02m05s", "3m20s", "7s".
std::string format_duration(double seconds);

}  // namespace attn::train
