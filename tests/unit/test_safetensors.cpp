#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <bit>
#include <cmath>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>

#include "attn/error.h"
#include "attn/io/half.h"
#include "attn/io/safetensors.h"
#include "attn/ops.h"
#include "attn/random.h"

using namespace attn;
namespace fs = std::filesystem;

namespace {

// A fresh directory per test, removed afterwards.
class Safetensors : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() / ("attn_safetensors_" + std::to_string(::getpid()) + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  // Names of the files left in the directory.
  std::vector<std::string> listing() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir_)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }
  fs::path dir_;
};

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// A hand-made file: the header length as written (by default the header's size),
// the header text, then buffer_bytes bytes of data.
std::string crafted(const std::string& header, std::size_t buffer_bytes,
                    std::uint64_t header_length = std::numeric_limits<std::uint64_t>::max()) {
  if (header_length == std::numeric_limits<std::uint64_t>::max()) header_length = header.size();
  std::string bytes(8, '\0');
  std::memcpy(bytes.data(), &header_length, 8);
  return bytes + header + std::string(buffer_bytes, '\x01');
}

// The message of the attn::Error that f throws ("" and a test failure if none).
template <class F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  ADD_FAILURE() << "expected an attn::Error";
  return "";
}

// Expects the message to contain every one of the given parts.
#define EXPECT_MENTIONS(message, ...)                                            \
  do {                                                                           \
    const std::string message_ = (message);                                      \
    for (const char* part : {__VA_ARGS__}) {                                     \
      EXPECT_NE(message_.find(part), std::string::npos)                          \
          << "the message does not mention \"" << part << "\":\n  " << message_; \
    }                                                                            \
  } while (0)

}  // namespace

// --- 16-bit floats ------------------------------------------------------------------

TEST(Half, KnownBitPatterns) {
  EXPECT_EQ(float_to_half_bits(1.0f), 0x3C00);
  EXPECT_EQ(float_to_half_bits(-2.0f), 0xC000);
  EXPECT_EQ(float_to_half_bits(0.0f), 0x0000);
  EXPECT_EQ(float_to_half_bits(-0.0f), 0x8000);
  EXPECT_EQ(float_to_half_bits(1.0f / 3.0f), 0x3555);
  EXPECT_EQ(float_to_half_bits(65504.0f), 0x7BFF);  // largest finite
  EXPECT_EQ(float_to_half_bits(65519.0f), 0x7BFF);  // below the halfway point
  EXPECT_EQ(float_to_half_bits(65520.0f), 0x7C00);  // halfway to 2^16: ties to inf
  EXPECT_EQ(float_to_half_bits(1e10f), 0x7C00);
  EXPECT_EQ(float_to_half_bits(std::ldexp(1.0f, -14)), 0x0400);  // smallest normal
  EXPECT_EQ(float_to_half_bits(std::ldexp(1.0f, -24)), 0x0001);  // smallest subnormal
  EXPECT_EQ(float_to_half_bits(std::ldexp(1.0f, -25)), 0x0000);  // tie: to even (zero)
  EXPECT_EQ(float_to_half_bits(std::ldexp(1.5f, -25)), 0x0001);
  EXPECT_EQ(float_to_half_bits(std::ldexp(3.0f, -25)), 0x0002);             // tie 1.5 ulp: to even
  EXPECT_EQ(float_to_half_bits(std::ldexp(1023.5f, -24)), 0x0400);          // subnormal carries to normal
  EXPECT_EQ(float_to_half_bits(1.0f + std::ldexp(1.0f, -11)), 0x3C00);      // tie, even below
  EXPECT_EQ(float_to_half_bits(1.0f + 3 * std::ldexp(1.0f, -11)), 0x3C02);  // tie, even above
  EXPECT_EQ(float_to_half_bits(std::numeric_limits<float>::infinity()), 0x7C00);
  EXPECT_EQ(float_to_half_bits(-std::numeric_limits<float>::infinity()), 0xFC00);
  const std::uint16_t nan = float_to_half_bits(std::numeric_limits<float>::quiet_NaN());
  EXPECT_EQ(nan & 0x7C00, 0x7C00);
  EXPECT_NE(nan & 0x03FF, 0);

  EXPECT_EQ(half_bits_to_float(0x3555), 0.333251953125f);
  EXPECT_EQ(half_bits_to_float(0x0001), std::ldexp(1.0f, -24));
  EXPECT_EQ(half_bits_to_float(0x03FF), std::ldexp(1023.0f, -24));
  EXPECT_EQ(half_bits_to_float(0x7BFF), 65504.0f);
  EXPECT_EQ(half_bits_to_float(0xC000), -2.0f);
  EXPECT_EQ(half_bits_to_float(0xFC00), -std::numeric_limits<float>::infinity());
  EXPECT_TRUE(std::isnan(half_bits_to_float(0x7E00)));
  EXPECT_TRUE(std::signbit(half_bits_to_float(0x8000)));
}

TEST(Half, EveryHalfSurvivesARoundTrip) {
  for (std::uint32_t bits = 0; bits <= 0xFFFF; ++bits) {
    const auto h = static_cast<std::uint16_t>(bits);
    const float f = half_bits_to_float(h);
    if (std::isnan(f)) continue;
    ASSERT_EQ(float_to_half_bits(f), h) << "half 0x" << std::hex << bits;
  }
}

TEST(BFloat16, KnownBitPatterns) {
  EXPECT_EQ(float_to_bfloat16_bits(1.0f), 0x3F80);
  EXPECT_EQ(float_to_bfloat16_bits(-2.0f), 0xC000);
  EXPECT_EQ(float_to_bfloat16_bits(std::bit_cast<float>(0x40490FDBu)), 0x4049);  // pi rounds down
  EXPECT_EQ(float_to_bfloat16_bits(std::bit_cast<float>(0x3F808000u)), 0x3F80);  // tie, even below
  EXPECT_EQ(float_to_bfloat16_bits(std::bit_cast<float>(0x3F818000u)), 0x3F82);  // tie, even above
  EXPECT_EQ(float_to_bfloat16_bits(std::bit_cast<float>(0x3F808001u)), 0x3F81);  // above the tie
  EXPECT_EQ(float_to_bfloat16_bits(std::numeric_limits<float>::max()), 0x7F80);  // rounds to inf
  EXPECT_EQ(float_to_bfloat16_bits(-std::numeric_limits<float>::infinity()), 0xFF80);
  const std::uint16_t nan = float_to_bfloat16_bits(std::bit_cast<float>(0x7F800001u));  // low-bit NaN
  EXPECT_TRUE(std::isnan(bfloat16_bits_to_float(nan)));
  EXPECT_EQ(bfloat16_bits_to_float(0x4049), 3.140625f);
  EXPECT_EQ(bfloat16_bits_to_float(0x0001), std::bit_cast<float>(0x00010000u));  // subnormal
}

TEST(BFloat16, EveryBFloat16SurvivesARoundTrip) {
  for (std::uint32_t bits = 0; bits <= 0xFFFF; ++bits) {
    const auto h = static_cast<std::uint16_t>(bits);
    const float f = bfloat16_bits_to_float(h);
    if (std::isnan(f)) continue;
    ASSERT_EQ(float_to_bfloat16_bits(f), h) << "bfloat16 0x" << std::hex << bits;
  }
}

// --- Round trips ------------------------------------------------------------------------

TEST_F(Safetensors, RoundTripOfEveryDTypeWithMetadata) {
  Generator gen(11);
  Tensor f32 = randn({3, 4}, gen);
  Tensor f64 = randn({2, 5}, gen, DType::F64).transpose(0, 1);  // a strided view, stored contiguous
  Tensor i64 = from_ids({0, -7, 1LL << 40, 3}, {2, 2});
  Tensor u8 = from_vector({0, 1, 255, 7, 1, 0}, {6}, DType::U8);
  Tensor scalar_f32 = scalar(2.5);
  Tensor empty_f32 = zeros({0, 3});
  const std::map<std::string, std::string> metadata{{"format", "pt"}, {"step", "120"}};
  save_safetensors(
      path("all.safetensors"),
      {{"w.f32", f32}, {"w.f64", f64}, {"ids", i64}, {"mask", u8}, {"s", scalar_f32}, {"nothing", empty_f32}},
      metadata);

  std::uint64_t header_length = 0;
  std::memcpy(&header_length, read_bytes(path("all.safetensors")).data(), 8);
  EXPECT_EQ((8 + header_length) % 8, 0u) << "the data buffer should start 8-byte aligned";
  SafetensorsFile file = load_safetensors(path("all.safetensors"));
  EXPECT_EQ(file.names(), (std::vector<std::string>{"w.f32", "w.f64", "ids", "mask", "s", "nothing"}));
  EXPECT_EQ(file.metadata(), metadata);
  EXPECT_EQ(file.entry("w.f32").dtype, StoredDType::F32);
  EXPECT_EQ(file.entry("w.f64").dtype, StoredDType::F64);
  EXPECT_EQ(file.entry("w.f64").shape, (Shape{5, 2}));
  EXPECT_EQ(file.entry("ids").dtype, StoredDType::I64);
  EXPECT_EQ(file.entry("mask").dtype, StoredDType::U8);

  EXPECT_EQ(file.get("w.f32").dtype(), DType::F32);
  EXPECT_EQ(file.get("w.f32").to_vector(), f32.to_vector());
  EXPECT_EQ(file.get("w.f32", DType::F64).dtype(), DType::F64);
  EXPECT_EQ(file.get("w.f32", DType::F64).to_vector(), f32.to_vector());
  EXPECT_EQ(file.get("w.f64", DType::F64).to_vector(), f64.to_vector());
  EXPECT_EQ(file.get("w.f64", DType::F64).shape(), (Shape{5, 2}));
  EXPECT_EQ(file.get("w.f64").to_vector(), f64.to(DType::F32).to_vector());
  EXPECT_EQ(file.get("ids").dtype(), DType::I64);  // integers keep their type
  EXPECT_EQ(file.get("ids").to_vector(), i64.to_vector());
  EXPECT_EQ(file.get("mask", DType::F64).dtype(), DType::U8);
  EXPECT_EQ(file.get("mask").to_vector(), u8.to_vector());
  EXPECT_EQ(file.get("s").shape(), Shape{});
  EXPECT_EQ(file.get("s").item(), 2.5);
  EXPECT_EQ(file.get("nothing").shape(), (Shape{0, 3}));
}

TEST_F(Safetensors, FloatsStoredAsHalfOrBFloat16) {
  Generator gen(12);
  Tensor x = randn({4, 7}, gen, DType::F64);
  Tensor ids = from_ids({5, 6}, {2});
  for (FloatStorage storage : {FloatStorage::Float16, FloatStorage::BFloat16}) {
    const bool half = storage == FloatStorage::Float16;
    save_safetensors(path("h.safetensors"), {{"x", x}, {"ids", ids}}, {}, storage);
    SafetensorsFile file = load_safetensors(path("h.safetensors"));
    EXPECT_EQ(file.entry("x").dtype, half ? StoredDType::F16 : StoredDType::BF16);
    EXPECT_EQ(file.entry("x").end - file.entry("x").begin, 4u * 7u * 2u);
    EXPECT_EQ(file.entry("ids").dtype, StoredDType::I64);
    const std::vector<double> back = file.get("x", DType::F64).to_vector();
    const std::vector<double> original = x.to_vector();
    for (std::size_t i = 0; i < back.size(); ++i) {
      const float f = static_cast<float>(original[i]);
      const float expected =
          half ? half_bits_to_float(float_to_half_bits(f)) : bfloat16_bits_to_float(float_to_bfloat16_bits(f));
      ASSERT_EQ(back[i], expected) << "element " << i;
    }
    EXPECT_EQ(file.get("ids").to_vector(), ids.to_vector());
  }
}

TEST_F(Safetensors, ReadsBoolAsU8) {
  const std::string header = R"({"m":{"dtype":"BOOL","shape":[3],"data_offsets":[0,3]}})";
  std::string bytes = crafted(header, 0) + std::string("\x01\x00\x01", 3);
  write_bytes(path("b.safetensors"), bytes);
  Tensor m = load_safetensors(path("b.safetensors")).get("m");
  EXPECT_EQ(m.dtype(), DType::U8);
  EXPECT_EQ(m.to_vector(), (std::vector<double>{1, 0, 1}));
}

// --- Atomic writes ----------------------------------------------------------------------

TEST_F(Safetensors, WriteLeavesNoTemporaryFile) {
  save_safetensors(path("a.safetensors"), {{"x", ones({2})}});
  save_safetensors(path("a.safetensors"), {{"y", zeros({3})}});  // overwrites
  EXPECT_EQ(listing(), (std::vector<std::string>{"a.safetensors"}));
  EXPECT_EQ(load_safetensors(path("a.safetensors")).names(), (std::vector<std::string>{"y"}));
}

TEST_F(Safetensors, BadArgumentsLeaveTheTargetUnchanged) {
  save_safetensors(path("a.safetensors"), {{"x", ones({2})}});
  const std::string before = read_bytes(path("a.safetensors"));
  const std::string file = path("a.safetensors");
  EXPECT_MENTIONS(error_of([&] {
                    save_safetensors(file, {{"x", ones({1})}, {"x", ones({1})}});
                  }),
                  file.c_str(), "x", "twice");
  EXPECT_MENTIONS(error_of([&] { save_safetensors(file, {{"u", Tensor()}}); }), file.c_str(), "u", "undefined");
  EXPECT_MENTIONS(error_of([&] { save_safetensors(file, {{"__metadata__", ones({1})}}); }), file.c_str(), "reserved");
  EXPECT_MENTIONS(error_of([&] { save_safetensors(file, {{"", ones({1})}}); }), file.c_str(), "empty name");
  EXPECT_EQ(read_bytes(file), before);
  EXPECT_EQ(listing(), (std::vector<std::string>{"a.safetensors"}));
}

TEST_F(Safetensors, FailedWriteRemovesTheTemporaryAndKeepsTheTarget) {
  const std::string file = path("a.safetensors");
  save_safetensors(file, {{"x", ones({2})}});
  const std::string before = read_bytes(file);

  // The file-size limit makes the write itself fail half-way (EFBIG instead of the
  // SIGXFSZ signal, which we ignore for the duration).
  rlimit saved{};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
  auto previous_handler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit small = saved;
  small.rlim_cur = 4096;
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  const std::string message = error_of([&] { save_safetensors(file, {{"big", zeros({100000})}}); });
  ::setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, previous_handler);

  EXPECT_MENTIONS(message, file.c_str(), "failed");
  EXPECT_EQ(read_bytes(file), before);
  EXPECT_EQ(listing(), (std::vector<std::string>{"a.safetensors"}));
}

TEST_F(Safetensors, FailedRenameRemovesTheTemporary) {
  fs::create_directories(dir_ / "occupied" / "child");  // rename onto a non-empty directory fails
  const std::string target = path("occupied");
  EXPECT_MENTIONS(error_of([&] { save_safetensors(target, {{"x", ones({2})}}); }), target.c_str(), "rename");
  EXPECT_EQ(listing(), (std::vector<std::string>{"occupied"}));
}

// --- Malformed files: each error names the file, the tensor and the values -----------

TEST_F(Safetensors, TruncatedFile) {
  const std::string file = path("t.safetensors");
  write_bytes(file, std::string("\x10\x00\x00", 3));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "truncated", "3 bytes");
}

TEST_F(Safetensors, MissingFile) {
  const std::string file = path("absent.safetensors");
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "cannot open");
}

TEST_F(Safetensors, HeaderLongerThanTheFile) {
  const std::string file = path("h.safetensors");
  write_bytes(file, crafted("{}", 0, /*header_length=*/1000));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "header length is 1000",
                  "only 2 bytes follow");
  write_bytes(file, crafted("{}", 0, /*header_length=*/0xFFFFFFFFFFFFFFF0ull));  // no wrap-around
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "header length is");
}

TEST_F(Safetensors, MalformedJson) {
  const std::string file = path("j.safetensors");
  write_bytes(file, crafted(R"({"w":{"dtype":"F32",)", 0));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "not valid JSON");
  write_bytes(file, crafted("[1, 2]", 0));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "JSON object", "array");
  write_bytes(file, crafted(R"({"w": [0, 4]})", 4));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "tensor w", "[0,4]");
  write_bytes(file, crafted(R"({"w":{"dtype":"F32","shape":[1]}})", 4));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "tensor w", "data_offsets");
}

TEST_F(Safetensors, DuplicateName) {
  const std::string file = path("d.safetensors");
  write_bytes(file, crafted(R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                            R"("w":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
                            8));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "tensor w", "twice");
}

TEST_F(Safetensors, BadMetadata) {
  const std::string file = path("m.safetensors");
  write_bytes(file, crafted(R"({"__metadata__":{"epoch":3}})", 0));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "epoch", "string", "3");
}

TEST_F(Safetensors, UnknownDType) {
  const std::string file = path("u.safetensors");
  write_bytes(file, crafted(R"({"q.weight":{"dtype":"Q4_K","shape":[2],"data_offsets":[0,2]}})", 2));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "tensor q.weight", "Q4_K", "F16, BF16, F32");
}

TEST_F(Safetensors, OffsetsOutOfRange) {
  const std::string file = path("o.safetensors");
  write_bytes(file, crafted(R"({"w":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})", 12));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "tensor w", "[0, 16]", "holds 12 bytes");
  write_bytes(file, crafted(R"({"w":{"dtype":"F32","shape":[0],"data_offsets":[8,4]}})", 8));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "tensor w", "[8, 4]");
  write_bytes(file, crafted(R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[-4,0]}})", 4));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "tensor w", "-4");
  write_bytes(file, crafted(R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[0]}})", 4));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "tensor w", "[begin, end]");
}

TEST_F(Safetensors, OffsetsThatDoNotMatchDTypeAndShape) {
  const std::string file = path("s.safetensors");
  write_bytes(file, crafted(R"({"h.0.w":{"dtype":"F32","shape":[2,3],"data_offsets":[0,12]}})", 12));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "tensor h.0.w", "hold 12 bytes", "F32",
                  "(2, 3)", "need 24");
}

TEST_F(Safetensors, OverlappingTensors) {
  const std::string file = path("v.safetensors");
  write_bytes(file, crafted(R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]},)"
                            R"("b":{"dtype":"F32","shape":[4],"data_offsets":[8,24]}})",
                            24));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "tensor b [8, 24)",
                  "overlaps tensor a [0, 16)");
}

TEST_F(Safetensors, HolesAndTrailingBytes) {
  const std::string file = path("g.safetensors");
  write_bytes(file, crafted(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                            R"("b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}})",
                            12));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "bytes [4, 8)",
                  "between tensor a and tensor b");
  write_bytes(file, crafted(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})", 8));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "bytes [0, 4)", "before tensor a");
  write_bytes(file, crafted(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", 9));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "holds 9 bytes", "cover only 4", "tensor a");
}

TEST_F(Safetensors, BadShapes) {
  const std::string file = path("n.safetensors");
  write_bytes(file, crafted(R"({"w":{"dtype":"F32","shape":[2,-2],"data_offsets":[0,16]}})", 16));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "tensor w", "shape", "non-negative", "-2");
  write_bytes(file, crafted(R"({"w":{"dtype":"F32","shape":[2.5],"data_offsets":[0,8]}})", 8));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "tensor w", "2.5");
  // 2^32 * 2^32 * 4 bytes wraps to 0 in 64 bits: it must not pass as an empty tensor.
  write_bytes(file, crafted(R"({"w":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,0]}})", 0));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "tensor w", "overflow",
                  "[4294967296,4294967296]");
  write_bytes(file, crafted(R"({"w":{"dtype":"U8","shape":[18446744073709551615],"data_offsets":[0,0]}})", 0));
  EXPECT_MENTIONS(error_of([&] { load_safetensors(file); }), file.c_str(), "tensor w", "overflow");
}

TEST_F(Safetensors, AbsentTensorAndFileTruncatedAfterOpening) {
  const std::string file = path("a.safetensors");
  save_safetensors(file, {{"x", ones({2})}, {"y", ones({1000})}});
  SafetensorsFile opened = load_safetensors(file);
  EXPECT_MENTIONS(error_of([&] { opened.get("z"); }), file.c_str(), "no tensor z", "x, y");
  EXPECT_MENTIONS(error_of([&] { opened.get("x", DType::I64); }), "x", "f32 or f64");
  fs::resize_file(file, fs::file_size(file) - 100);
  EXPECT_MENTIONS(error_of([&] { opened.get("y"); }), file.c_str(), "tensor y", "4000 bytes");
}

TEST_F(Safetensors, EveryTruncationAndCorruptedHeaderByteIsAnErrorNotACrash) {
  const std::string good = path("good.safetensors");
  save_safetensors(good, {{"a", ones({3})}, {"ids", from_ids({4, 5}, {2})}, {"m", zeros({2}, DType::U8)}},
                   {{"k", "v"}});
  const std::string bytes = read_bytes(good);
  const std::string file = path("bad.safetensors");
  auto load_all = [&] {
    SafetensorsFile f = load_safetensors(file);
    for (const auto& name : f.names()) f.get(name);
  };
  for (std::size_t length = 0; length < bytes.size(); ++length) {
    write_bytes(file, bytes.substr(0, length));
    EXPECT_MENTIONS(error_of(load_all), file.c_str());
  }
  // Each byte of the length and the header replaced: an error or a file that still
  // makes sense (a changed name, a space), never a crash or a read out of bounds.
  std::uint64_t header_length = 0;
  std::memcpy(&header_length, bytes.data(), 8);
  for (std::size_t i = 0; i < 8 + header_length; ++i) {
    for (const char replacement : {'\0', '9', '"', ']', '\xff'}) {
      std::string corrupted = bytes;
      corrupted[i] = replacement;
      write_bytes(file, corrupted);
      try {
        load_all();
      } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find(file), std::string::npos) << e.what();
      }
    }
  }
}

// --- Loading into existing tensors ----------------------------------------------------

TEST_F(Safetensors, LoadIntoCopiesInPlace) {
  Generator gen(13);
  const std::string file = path("m.safetensors");
  Tensor w = randn({3, 4}, gen), b = randn({4}, gen), ids = from_ids({1, 2}, {2});
  save_safetensors(file, {{"h.0.w", w}, {"h.0.b", b}, {"ids", ids}}, {}, FloatStorage::AsIs);

  Tensor w64 = zeros({3, 4}, DType::F64);
  w64.set_requires_grad(true);
  Tensor b_target = zeros({4}), ids_target = zeros({2}, DType::I64);
  const auto* storage_before = w64.storage().get();
  load_into(load_safetensors(file), {{"h.0.w", w64}, {"h.0.b", b_target}, {"ids", ids_target}});
  EXPECT_EQ(w64.storage().get(), storage_before);
  EXPECT_TRUE(w64.requires_grad());
  EXPECT_TRUE(w64.is_leaf());
  EXPECT_EQ(w64.to_vector(), w.to_vector());
  EXPECT_EQ(b_target.to_vector(), b.to_vector());
  EXPECT_EQ(ids_target.to_vector(), ids.to_vector());
}

TEST_F(Safetensors, LoadIntoChecksNamesShapesAndKinds) {
  const std::string file = path("gpt.safetensors");
  save_safetensors(file, {{"h.0.attn.c_attn.weight", zeros({4, 6})}, {"ids", from_ids({1}, {1})}});
  SafetensorsFile f = load_safetensors(file);
  Tensor ids = zeros({1}, DType::I64);
  const std::string shape_error =
      "tensor h.0.attn.c_attn.weight in file " + file + " has shape (4, 6) but the model expects (6, 4)";
  EXPECT_MENTIONS(error_of([&] {
                    load_into(f, {{"h.0.attn.c_attn.weight", zeros({6, 4})}, {"ids", ids}});
                  }),
                  shape_error.c_str());
  EXPECT_MENTIONS(error_of([&] {
                    load_into(f, {{"h.0.attn.c_attn.weight", zeros({4, 6})}, {"ids", zeros({1})}});
                  }),
                  "tensor ids in file", file.c_str(), "stored as I64", "expects f32");
  EXPECT_MENTIONS(error_of([&] {
                    load_into(f, {{"h.0.attn.c_attn.weight", zeros({4, 6}, DType::I64)}});
                  }),
                  "h.0.attn.c_attn.weight", "stored as F32", "expects i64");
  EXPECT_MENTIONS(error_of([&] {
                    load_into(f, {{"h.1.mlp.weight", zeros({1})}});
                  }),
                  file.c_str(), "no tensor h.1.mlp.weight");
  EXPECT_MENTIONS(error_of([&] {
                    load_into(f, {{"ids", ids}});
                  }),
                  file.c_str(), "tensor h.0.attn.c_attn.weight", "not used");
  load_into(f, {{"ids", ids}}, UnusedTensors::Ignore);
  EXPECT_EQ(ids.item(), 1);
}
