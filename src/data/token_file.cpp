#include "attn/data/token_file.h"

#include <cstring>
#include <fstream>

#include "attn/error.h"
#include "attn/io/atomic_file.h"

namespace attn::data {
namespace {

constexpr char kMagic[8] = {'A', 'T', 'T', 'N', 'T', 'O', 'K', '1'};
constexpr std::size_t kHeaderBytes = 64;
constexpr std::size_t kNameBytes = 24;

template <class T>
void put(std::string& out, std::size_t offset, T value) {
  std::memcpy(out.data() + offset, &value, sizeof(T));
}
template <class T>
T get(const char* in, std::size_t offset) {
  T value;
  std::memcpy(&value, in + offset, sizeof(T));
  return value;
}

}  // namespace

std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t hash) {
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

void write_token_file(const std::filesystem::path& path, const TokenFile& tokens) {
  ATTN_CHECK(tokens.vocab_size > 0 && tokens.vocab_size <= (std::int64_t{1} << 31), "token file ", path.string(),
             ": vocabulary size ", tokens.vocab_size, " outside [1, 2^31]");
  ATTN_CHECK(tokens.tokenizer.size() < kNameBytes, "token file ", path.string(), ": tokenizer name '", tokens.tokenizer,
             "' longer than ", kNameBytes - 1, " bytes");
  const std::uint32_t width = tokens.vocab_size <= 65536 ? 2 : 4;
  std::string out(kHeaderBytes + tokens.ids.size() * width, '\0');
  std::memcpy(out.data(), kMagic, sizeof(kMagic));
  put<std::uint32_t>(out, 8, width);
  put<std::uint64_t>(out, 16, tokens.ids.size());
  put<std::uint64_t>(out, 24, static_cast<std::uint64_t>(tokens.vocab_size));
  put<std::uint64_t>(out, 32, tokens.source_key);
  std::memcpy(out.data() + 40, tokens.tokenizer.data(), tokens.tokenizer.size());
  char* data = out.data() + kHeaderBytes;
  for (std::size_t i = 0; i < tokens.ids.size(); ++i) {
    const std::int32_t id = tokens.ids[i];
    ATTN_CHECK(id >= 0 && id < tokens.vocab_size, "token file ", path.string(), ": id ", id, " at index ", i,
               " outside [0, ", tokens.vocab_size, ")");
    if (width == 2) {
      put<std::uint16_t>(out, kHeaderBytes + i * 2, static_cast<std::uint16_t>(id));
    } else {
      std::memcpy(data + i * 4, &id, 4);
    }
  }
  write_file_atomically(path, out);
}

TokenFile read_token_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  ATTN_CHECK(in.good(), "cannot read token file ", path.string());
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string& p = path.string();
  ATTN_CHECK(bytes.size() >= kHeaderBytes, "token file ", p, ": ", bytes.size(), " bytes, shorter than its ",
             kHeaderBytes, "-byte header");
  ATTN_CHECK(std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) == 0, "token file ", p,
             ": bytes 0..7 are not the magic ATTNTOK1 (not an attn token file, or corrupt)");
  const auto width = get<std::uint32_t>(bytes.data(), 8);
  ATTN_CHECK(width == 2 || width == 4, "token file ", p, ": byte 8 says ", width, " bytes per id; expected 2 or 4");
  const auto count = get<std::uint64_t>(bytes.data(), 16);
  TokenFile t;
  t.vocab_size = static_cast<std::int64_t>(get<std::uint64_t>(bytes.data(), 24));
  t.source_key = get<std::uint64_t>(bytes.data(), 32);
  t.tokenizer = std::string(bytes.data() + 40, strnlen(bytes.data() + 40, kNameBytes));
  ATTN_CHECK(t.vocab_size > 0 && (width == 4 || t.vocab_size <= 65536), "token file ", p, ": byte 24: vocabulary ",
             t.vocab_size, " does not fit ", width, "-byte ids");
  const std::uint64_t expected = kHeaderBytes + count * width;
  ATTN_CHECK(count <= (bytes.size() - kHeaderBytes) / width && bytes.size() == expected, "token file ", p, ": ",
             bytes.size(), " bytes, but its header says ", count, " ids of ", width, " bytes (", expected,
             " bytes): truncated or corrupt");
  t.ids.resize(count);
  for (std::uint64_t i = 0; i < count; ++i) {
    const std::int64_t id = width == 2 ? get<std::uint16_t>(bytes.data(), kHeaderBytes + i * 2)
                                       : get<std::int32_t>(bytes.data(), kHeaderBytes + i * 4);
    ATTN_CHECK(id >= 0 && id < t.vocab_size, "token file ", p, ": id ", id, " at byte ", kHeaderBytes + i * width,
               " (index ", i, ") outside the vocabulary [0, ", t.vocab_size, ")");
    t.ids[i] = static_cast<std::int32_t>(id);
  }
  return t;
}

}  // namespace attn::data
