#include "attn/io/safetensors.h"

#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

#include "attn/autograd.h"
#include "attn/error.h"
#include "attn/io/half.h"

namespace attn {

static_assert(std::endian::native == std::endian::little,
              "safetensors stores little-endian data; attn writes and reads it in place");

namespace {

using Json = nlohmann::ordered_json;

// The largest header accepted: real headers are at most a few MB; a corrupt length
// must not make us allocate gigabytes.
constexpr std::uint64_t kMaxHeaderBytes = 100ull << 20;
constexpr const char* kMetadataKey = "__metadata__";

template <class... Args>
[[noreturn]] void fail(const std::string& path, Args&&... args) {
  throw Error(detail::concat("safetensors file ", path, ": ", std::forward<Args>(args)...));
}

std::string errno_text() {
  return std::strerror(errno);
}

const StoredDType kAllStoredDTypes[] = {StoredDType::F16, StoredDType::BF16, StoredDType::F32, StoredDType::F64,
                                        StoredDType::I64, StoredDType::U8,   StoredDType::BOOL};

bool parse_stored_dtype(const std::string& text, StoredDType& out) {
  for (StoredDType d : kAllStoredDTypes) {
    if (text == stored_dtype_name(d)) {
      out = d;
      return true;
    }
  }
  return false;
}

bool is_float_stored(StoredDType d) {
  return d == StoredDType::F16 || d == StoredDType::BF16 || d == StoredDType::F32 || d == StoredDType::F64;
}

// The attn dtype a stored dtype is read into before any float conversion.
DType native_dtype(StoredDType d) {
  switch (d) {
    case StoredDType::F64:
      return DType::F64;
    case StoredDType::I64:
      return DType::I64;
    case StoredDType::U8:
    case StoredDType::BOOL:
      return DType::U8;
    default:
      return DType::F32;
  }
}

// --- Writing --------------------------------------------------------------------

StoredDType stored_dtype_for(DType dtype, FloatStorage float_storage) {
  if (is_floating(dtype) && float_storage == FloatStorage::Float16) return StoredDType::F16;
  if (is_floating(dtype) && float_storage == FloatStorage::BFloat16) return StoredDType::BF16;
  switch (dtype) {
    case DType::F32:
      return StoredDType::F32;
    case DType::F64:
      return StoredDType::F64;
    case DType::I64:
      return StoredDType::I64;
    case DType::U8:
      return StoredDType::U8;
  }
  return StoredDType::F32;
}

// The bytes of tensor x as stored: contiguous, little-endian, converted to 16 bits
// when asked for.
std::vector<char> stored_bytes(const Tensor& x, StoredDType stored) {
  NoGradGuard no_grad;
  Tensor c = x.detach().contiguous();
  std::vector<char> bytes;
  if (stored == StoredDType::F16 || stored == StoredDType::BF16) {
    // f64 goes through f32 first; that double rounding is harmless because f32 keeps
    // more than 2p + 2 bits of a p-bit half or bfloat16 significand (Figueroa, 1995).
    Tensor f = c.to(DType::F32);
    const float* p = f.data<float>();
    bytes.resize(static_cast<std::size_t>(f.numel()) * 2);
    for (std::int64_t i = 0; i < f.numel(); ++i) {
      const std::uint16_t h = stored == StoredDType::F16 ? float_to_half_bits(p[i]) : float_to_bfloat16_bits(p[i]);
      std::memcpy(bytes.data() + 2 * i, &h, 2);
    }
    return bytes;
  }
  const char* p = static_cast<const char*>(c.raw_data());
  bytes.assign(p, p + c.numel() * static_cast<std::int64_t>(dtype_size(c.dtype())));
  return bytes;
}

// Removes the temporary file unless released (after the rename succeeded).
class TemporaryFile {
 public:
  explicit TemporaryFile(std::string path) : path_(std::move(path)) {}
  ~TemporaryFile() {
    if (file_) std::fclose(file_);
    if (!released_) std::remove(path_.c_str());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::string& path() const { return path_; }
  std::FILE*& file() { return file_; }
  void release() { released_ = true; }

 private:
  std::string path_;
  std::FILE* file_ = nullptr;
  bool released_ = false;
};

void check_tensors_to_save(const std::string& path, const NamedTensors& tensors) {
  std::set<std::string> seen;
  for (const auto& [name, tensor] : tensors) {
    ATTN_CHECK(!name.empty(), "save_safetensors: a tensor for file ", path, " has an empty name");
    ATTN_CHECK(name != kMetadataKey, "save_safetensors: the name \"", kMetadataKey,
               "\" is reserved for the metadata of file ", path);
    ATTN_CHECK(seen.insert(name).second, "save_safetensors: tensor ", name, " appears twice in the tensors for file ",
               path);
    ATTN_CHECK(tensor.defined(), "save_safetensors: tensor ", name, " for file ", path, " is undefined");
  }
}

}  // namespace

const char* stored_dtype_name(StoredDType dtype) {
  switch (dtype) {
    case StoredDType::F16:
      return "F16";
    case StoredDType::BF16:
      return "BF16";
    case StoredDType::F32:
      return "F32";
    case StoredDType::F64:
      return "F64";
    case StoredDType::I64:
      return "I64";
    case StoredDType::U8:
      return "U8";
    case StoredDType::BOOL:
      return "BOOL";
  }
  return "?";
}

std::size_t stored_dtype_size(StoredDType dtype) {
  switch (dtype) {
    case StoredDType::F16:
    case StoredDType::BF16:
      return 2;
    case StoredDType::F32:
      return 4;
    case StoredDType::F64:
    case StoredDType::I64:
      return 8;
    case StoredDType::U8:
    case StoredDType::BOOL:
      return 1;
  }
  return 0;
}

void save_safetensors(const std::string& path, const NamedTensors& tensors,
                      const std::map<std::string, std::string>& metadata, FloatStorage float_storage) {
  check_tensors_to_save(path, tensors);

  Json header = Json::object();
  if (!metadata.empty()) header[kMetadataKey] = metadata;
  std::vector<StoredDType> stored(tensors.size());
  std::uint64_t offset = 0;
  for (std::size_t i = 0; i < tensors.size(); ++i) {
    const Tensor& t = tensors[i].second;
    stored[i] = stored_dtype_for(t.dtype(), float_storage);
    const std::uint64_t nbytes = static_cast<std::uint64_t>(t.numel()) * stored_dtype_size(stored[i]);
    header[tensors[i].first] = {
        {"dtype", stored_dtype_name(stored[i])}, {"shape", t.shape()}, {"data_offsets", {offset, offset + nbytes}}};
    offset += nbytes;
  }
  std::string header_text = header.dump();
  // Pad with spaces so that the data buffer starts 8-byte aligned (8 + N ≡ 0 mod 8).
  header_text.append((8 - header_text.size() % 8) % 8, ' ');
  const std::uint64_t header_length = header_text.size();

  TemporaryFile tmp(path + ".tmp." + std::to_string(::getpid()));
  tmp.file() = std::fopen(tmp.path().c_str(), "wb");
  if (!tmp.file()) fail(path, "cannot create the temporary file ", tmp.path(), ": ", errno_text());
  std::uint64_t written = 0;
  auto write = [&](const void* data, std::size_t n) {
    if (n > 0 && std::fwrite(data, 1, n, tmp.file()) != n) {
      fail(path, "writing ", tmp.path(), " failed after ", written, " bytes: ", errno_text());
    }
    written += n;
  };
  write(&header_length, 8);
  write(header_text.data(), header_text.size());
  for (std::size_t i = 0; i < tensors.size(); ++i) {
    const std::vector<char> bytes = stored_bytes(tensors[i].second, stored[i]);
    write(bytes.data(), bytes.size());
  }
  if (std::fflush(tmp.file()) != 0 || ::fsync(::fileno(tmp.file())) != 0) {
    fail(path, "writing ", tmp.path(), " failed after ", written, " bytes: ", errno_text());
  }
  const int closed = std::fclose(tmp.file());
  tmp.file() = nullptr;
  if (closed != 0) fail(path, "closing ", tmp.path(), " failed: ", errno_text());
  if (std::rename(tmp.path().c_str(), path.c_str()) != 0) {
    fail(path, "cannot rename ", tmp.path(), " onto it: ", errno_text());
  }
  tmp.release();
}

// --- Reading --------------------------------------------------------------------

namespace {

// A non-negative integer of the header (a shape entry, an offset), or an error that
// says which field of which tensor holds what.
std::uint64_t header_uint(const std::string& path, const std::string& tensor, const char* field, const Json& value) {
  if (!value.is_number_unsigned() && !(value.is_number_integer() && value.get<std::int64_t>() >= 0)) {
    fail(path, "tensor ", tensor, ": ", field, " must hold non-negative integers, found ", value.dump());
  }
  return value.get<std::uint64_t>();
}

SafetensorsEntry parse_entry(const std::string& path, const std::string& name, const Json& value,
                             std::uint64_t buffer_bytes) {
  if (!value.is_object()) fail(path, "tensor ", name, ": expected an object, found ", value.dump());
  for (const char* field : {"dtype", "shape", "data_offsets"}) {
    if (!value.contains(field)) fail(path, "tensor ", name, " has no \"", field, "\" field");
  }
  SafetensorsEntry e;
  e.name = name;

  const Json& dtype = value["dtype"];
  if (!dtype.is_string() || !parse_stored_dtype(dtype.get<std::string>(), e.dtype)) {
    fail(path, "tensor ", name, " has dtype ", dtype.dump(), "; attn reads F16, BF16, F32, F64, I64, U8 and BOOL");
  }

  const Json& shape = value["shape"];
  if (!shape.is_array()) fail(path, "tensor ", name, ": shape must be an array, found ", shape.dump());
  // numel * element size, refusing overflow: a hostile shape must not wrap around to
  // a small byte count that then passes the offset check.
  std::uint64_t nbytes = stored_dtype_size(e.dtype);
  for (const Json& d : shape) {
    const std::uint64_t size = header_uint(path, name, "shape", d);
    if (size > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) ||
        __builtin_mul_overflow(nbytes, size, &nbytes)) {
      fail(path, "tensor ", name, ": shape ", shape.dump(), " of ", stored_dtype_name(e.dtype),
           " overflows 64-bit byte counts");
    }
    e.shape.push_back(static_cast<std::int64_t>(size));
  }

  const Json& offsets = value["data_offsets"];
  if (!offsets.is_array() || offsets.size() != 2) {
    fail(path, "tensor ", name, ": data_offsets must be [begin, end], found ", offsets.dump());
  }
  e.begin = header_uint(path, name, "data_offsets", offsets[0]);
  e.end = header_uint(path, name, "data_offsets", offsets[1]);
  if (e.begin > e.end) {
    fail(path, "tensor ", name, ": data_offsets [", e.begin, ", ", e.end, "] end before they begin");
  }
  if (e.end > buffer_bytes) {
    fail(path, "tensor ", name, ": data_offsets [", e.begin, ", ", e.end,
         "] reach past the end of the data buffer, which holds ", buffer_bytes, " bytes (truncated file?)");
  }
  if (e.end - e.begin != nbytes) {
    fail(path, "tensor ", name, ": data_offsets [", e.begin, ", ", e.end, "] hold ", e.end - e.begin,
         " bytes but dtype ", stored_dtype_name(e.dtype), " and shape ", shape_str(e.shape), " need ", nbytes);
  }
  return e;
}

// The tensors must tile [0, buffer_bytes) exactly, in some order.
void check_tiling(const std::string& path, const std::vector<SafetensorsEntry>& entries, std::uint64_t buffer_bytes) {
  std::vector<const SafetensorsEntry*> by_offset;
  for (const auto& e : entries) by_offset.push_back(&e);
  std::sort(by_offset.begin(), by_offset.end(),
            [](const auto* a, const auto* b) { return a->begin != b->begin ? a->begin < b->begin : a->end < b->end; });
  std::uint64_t covered = 0;
  const SafetensorsEntry* previous = nullptr;
  for (const SafetensorsEntry* e : by_offset) {
    if (e->begin < covered) {
      fail(path, "tensor ", e->name, " [", e->begin, ", ", e->end, ") overlaps tensor ", previous->name, " [",
           previous->begin, ", ", previous->end, ")");
    }
    if (e->begin > covered) {
      fail(path, "bytes [", covered, ", ", e->begin, ") of the data buffer belong to no tensor (",
           previous ? "between tensor " + previous->name + " and" : "before", " tensor ", e->name, ")");
    }
    covered = e->end;
    previous = e;
  }
  if (covered != buffer_bytes) {
    fail(path, "the data buffer holds ", buffer_bytes, " bytes but the tensors cover only ", covered,
         previous ? " (the last is tensor " + previous->name + ")" : std::string(" (no tensors)"));
  }
}

// Parses the header, rejecting a name that appears twice (a JSON object would
// silently keep one of them).
Json parse_header(const std::string& path, const std::string& text) {
  std::string duplicate;
  Json::parser_callback_t reject_duplicates = [&, seen = std::set<std::string>()](int depth, Json::parse_event_t event,
                                                                                  Json& parsed) mutable {
    if (depth == 1 && event == Json::parse_event_t::key && !seen.insert(parsed.get<std::string>()).second &&
        duplicate.empty()) {
      duplicate = parsed.get<std::string>();
    }
    return true;
  };
  Json header;
  try {
    header = Json::parse(text, reject_duplicates);
  } catch (const Json::exception& e) {
    fail(path, "the header is not valid JSON: ", e.what());
  }
  if (!duplicate.empty()) fail(path, "tensor ", duplicate, " appears twice in the header");
  if (!header.is_object()) fail(path, "the header must be a JSON object, found ", header.type_name());
  return header;
}

}  // namespace

SafetensorsFile load_safetensors(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) fail(path, "cannot open it: ", errno_text());
  const std::streamoff end = in.tellg();
  if (end < 0) fail(path, "cannot read it (is it a directory?)");
  const std::uint64_t file_bytes = static_cast<std::uint64_t>(end);
  if (file_bytes < 8) {
    fail(path, "truncated: it has ", file_bytes, " bytes, fewer than the 8 of the header length");
  }
  std::uint64_t header_length = 0;
  in.seekg(0);
  in.read(reinterpret_cast<char*>(&header_length), 8);
  if (header_length > file_bytes - 8) {
    fail(path, "the header length is ", header_length, " bytes but only ", file_bytes - 8,
         " bytes follow it (truncated, or not a safetensors file)");
  }
  if (header_length > kMaxHeaderBytes) {
    fail(path, "the header length is ", header_length, " bytes, more than the limit of ", kMaxHeaderBytes);
  }
  std::string text(header_length, '\0');
  in.read(text.data(), static_cast<std::streamsize>(header_length));
  if (!in) fail(path, "cannot read its ", header_length, "-byte header");

  const Json header = parse_header(path, text);
  SafetensorsFile file;
  file.path_ = path;
  file.data_start_ = 8 + header_length;
  const std::uint64_t buffer_bytes = file_bytes - file.data_start_;
  for (const auto& [name, value] : header.items()) {
    if (name == kMetadataKey) {
      if (!value.is_object()) fail(path, "\"", kMetadataKey, "\" must be an object, found ", value.dump());
      for (const auto& [key, text_value] : value.items()) {
        if (!text_value.is_string()) {
          fail(path, "metadata entry ", key, " must be a string, found ", text_value.dump());
        }
        file.metadata_[key] = text_value.get<std::string>();
      }
      continue;
    }
    file.index_[name] = file.entries_.size();
    file.entries_.push_back(parse_entry(path, name, value, buffer_bytes));
  }
  check_tiling(path, file.entries_, buffer_bytes);
  return file;
}

std::vector<std::string> SafetensorsFile::names() const {
  std::vector<std::string> out;
  for (const auto& e : entries_) out.push_back(e.name);
  return out;
}

bool SafetensorsFile::contains(const std::string& name) const {
  return index_.count(name) != 0;
}

const SafetensorsEntry& SafetensorsFile::entry(const std::string& name) const {
  auto it = index_.find(name);
  if (it == index_.end()) {
    constexpr std::size_t kNamesShown = 8;
    std::string shown;
    for (std::size_t i = 0; i < entries_.size() && i < kNamesShown; ++i) {
      shown += (i ? ", " : "") + entries_[i].name;
    }
    if (entries_.size() > kNamesShown) shown += ", ...";
    fail(path_, "has no tensor ", name, " (it holds ", entries_.size(), " tensors: ", shown, ")");
  }
  return entries_[it->second];
}

Tensor SafetensorsFile::get(const std::string& name, DType float_dtype) const {
  ATTN_CHECK(is_floating(float_dtype), "SafetensorsFile::get(", name, "): float_dtype must be f32 or f64, got ",
             dtype_name(float_dtype));
  const SafetensorsEntry& e = entry(name);
  const std::uint64_t nbytes = e.end - e.begin;
  std::ifstream in(path_, std::ios::binary);
  if (!in) fail(path_, "cannot open it to read tensor ", name, ": ", errno_text());
  in.seekg(static_cast<std::streamoff>(data_start_ + e.begin));
  auto read_into = [&](void* dst) {
    in.read(static_cast<char*>(dst), static_cast<std::streamsize>(nbytes));
    if (nbytes > 0 && (!in || static_cast<std::uint64_t>(in.gcount()) != nbytes)) {
      fail(path_, "cannot read the ", nbytes, " bytes of tensor ", name,
           " (has the file been truncated since it was opened?)");
    }
  };

  if (e.dtype == StoredDType::F16 || e.dtype == StoredDType::BF16) {
    std::vector<std::uint16_t> halves(static_cast<std::size_t>(nbytes / 2));
    read_into(halves.data());
    Tensor out = empty(e.shape, DType::F32);
    float* p = out.data<float>();
    for (std::size_t i = 0; i < halves.size(); ++i) {
      p[i] = e.dtype == StoredDType::F16 ? half_bits_to_float(halves[i]) : bfloat16_bits_to_float(halves[i]);
    }
    return out.to(float_dtype);
  }
  Tensor out = empty(e.shape, native_dtype(e.dtype));
  read_into(out.raw_data());
  return is_float_stored(e.dtype) ? out.to(float_dtype) : out;
}

void load_into(const SafetensorsFile& file, const NamedTensors& targets, UnusedTensors unused) {
  std::set<std::string> wanted;
  for (const auto& [name, target] : targets) {
    ATTN_CHECK(target.defined(), "load_into: the target for tensor ", name, " of file ", file.path(), " is undefined");
    ATTN_CHECK(wanted.insert(name).second, "load_into: tensor ", name, " is named twice in the targets for file ",
               file.path());
    const SafetensorsEntry& e = file.entry(name);
    ATTN_CHECK(e.shape == target.shape(), "tensor ", name, " in file ", file.path(), " has shape ", shape_str(e.shape),
               " but the model expects ", shape_str(target.shape()));
    const bool compatible = is_floating(target.dtype())
                                ? is_float_stored(e.dtype)
                                : native_dtype(e.dtype) == target.dtype() && !is_float_stored(e.dtype);
    ATTN_CHECK(compatible, "tensor ", name, " in file ", file.path(), " is stored as ", stored_dtype_name(e.dtype),
               " but the model expects ", dtype_name(target.dtype()));
  }
  if (unused == UnusedTensors::Reject) {
    for (const auto& e : file.entries()) {
      ATTN_CHECK(wanted.count(e.name), "tensor ", e.name, " in file ", file.path(), " is not used by the model (",
                 targets.size(), " tensors expected; pass ", "UnusedTensors::Ignore to skip such tensors)");
    }
  }
  NoGradGuard no_grad;
  for (const auto& [name, target] : targets) {
    copy_into(target, file.get(name, is_floating(target.dtype()) ? target.dtype() : DType::F32));
  }
}

}  // namespace attn
