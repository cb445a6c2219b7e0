// attn io: safetensors files (Hugging Face's tensor container).
//
// Layout: 8 bytes, a little-endian u64 N; N bytes of UTF-8 JSON (the header,
// space-padded); then the data buffer. The header maps each tensor name to
//   {"dtype": "F32", "shape": [2, 3], "data_offsets": [begin, end]}
// with byte offsets relative to the start of the buffer, elements row-major and
// little-endian; an optional "__metadata__" entry maps strings to strings. The
// tensors tile the buffer exactly: no holes, no overlaps, nothing after the last.
//
// Reading treats the file as untrusted: every length, offset and shape is checked
// against the file before anything is read, and each failure is an attn::Error naming
// the file, the tensor and the expected and found values.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "attn/tensor.h"

namespace attn {

// Element types attn reads from safetensors files; the spelling in the header is
// the enumerator's name.
enum class StoredDType : std::uint8_t { F16, BF16, F32, F64, I64, U8, BOOL };
const char* stored_dtype_name(StoredDType dtype);  // "F16", "BF16", ...
std::size_t stored_dtype_size(StoredDType dtype);  // bytes per element

using NamedTensors = std::vector<std::pair<std::string, Tensor>>;

// How save_safetensors stores float tensors (integer tensors are always stored as
// they are: I64 as I64, U8 as U8).
enum class FloatStorage : std::uint8_t {
  AsIs,      // f32 as F32, f64 as F64
  Float16,   // F16, rounded to nearest even (overflow to inf)
  BFloat16,  // BF16, rounded to nearest even
};

// Writes `tensors` (any strides; each is stored contiguous) with `metadata` in the
// order given. The file is written to `path + ".tmp.<pid>"` and renamed onto `path`
// once complete, so `path` is never half-written: on any error the temporary file is
// removed, `path` is left as it was, and an attn::Error names the file. Names must be
// unique, non-empty and not "__metadata__".
void save_safetensors(const std::string& path, const NamedTensors& tensors,
                      const std::map<std::string, std::string>& metadata = {},
                      FloatStorage float_storage = FloatStorage::AsIs);

// What the header says about one tensor.
struct SafetensorsEntry {
  std::string name;
  StoredDType dtype = StoredDType::F32;
  Shape shape;
  std::uint64_t begin = 0;  // byte offsets in the data buffer: [begin, end)
  std::uint64_t end = 0;
};

// A validated safetensors header; tensor data is read from the file on demand.
class SafetensorsFile {
 public:
  const std::string& path() const { return path_; }
  // Every tensor, in the order of the header.
  const std::vector<SafetensorsEntry>& entries() const { return entries_; }
  std::vector<std::string> names() const;
  const std::map<std::string, std::string>& metadata() const { return metadata_; }
  bool contains(const std::string& name) const;
  // Throws naming the file (and a few of the names it holds) when name is absent.
  const SafetensorsEntry& entry(const std::string& name) const;

  // Reads one tensor into fresh contiguous storage. Float tensors (F16, BF16, F32,
  // F64) come back converted to float_dtype (F32 or F64); integer tensors come back
  // as they are stored, I64 as I64 and U8 or BOOL as U8, whatever float_dtype says.
  Tensor get(const std::string& name, DType float_dtype = DType::F32) const;

 private:
  friend SafetensorsFile load_safetensors(const std::string& path);
  std::string path_;
  std::uint64_t data_start_ = 0;  // file offset of the data buffer: 8 + N
  std::vector<SafetensorsEntry> entries_;
  std::map<std::string, std::size_t> index_;  // name -> position in entries_
  std::map<std::string, std::string> metadata_;
};

// Opens `path` and validates its header against the file's size.
SafetensorsFile load_safetensors(const std::string& path);

// What load_into does with tensors of the file that no target asks for.
enum class UnusedTensors : std::uint8_t { Reject, Ignore };

// Copies each named tensor of the file into the existing target of the same name
// (a parameter, a buffer), in place: the target keeps its storage, dtype and
// autograd flags. Before anything is copied it checks that every target is in the
// file, with the target's shape, and of a compatible kind (float into a float
// target, I64 into I64, U8/BOOL into U8); the first mismatch throws, e.g.
//   "tensor h.0.attn.c_attn.weight in file gpt2.safetensors has shape (768, 2304)
//    but the model expects (2304, 768)"
// With UnusedTensors::Reject, a file tensor that no target names is an error too.
void load_into(const SafetensorsFile& file, const NamedTensors& targets, UnusedTensors unused = UnusedTensors::Reject);

}  // namespace attn
