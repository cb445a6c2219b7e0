#include "attn/viz/image.h"

#include <png.h>

#include <algorithm>
#include <cstring>

#include "attn/error.h"
#include "attn/io/atomic_file.h"

namespace attn::viz {

namespace {
constexpr int kMaxSide = 32768;
}

Image::Image(int width, int height, Rgb background) : width_(width), height_(height) {
  ATTN_CHECK(width >= 1 && height >= 1 && width <= kMaxSide && height <= kMaxSide, "viz::Image: size ", width, " x ",
             height, " (expected 1 to ", kMaxSide, " pixels a side)");
  rgb_.resize(static_cast<std::size_t>(width) * height * 3);
  for (std::size_t i = 0; i < rgb_.size(); i += 3) {
    rgb_[i] = background.r;
    rgb_[i + 1] = background.g;
    rgb_[i + 2] = background.b;
  }
}

Rgb Image::pixel(int x, int y) const {
  ATTN_CHECK(x >= 0 && y >= 0 && x < width_ && y < height_, "viz::Image::pixel: (", x, ", ", y, ") outside ", width_,
             " x ", height_);
  const std::size_t i = (static_cast<std::size_t>(y) * width_ + x) * 3;
  return {rgb_[i], rgb_[i + 1], rgb_[i + 2]};
}

void Image::set(int x, int y, Rgb colour) {
  if (x < 0 || y < 0 || x >= width_ || y >= height_) return;
  const std::size_t i = (static_cast<std::size_t>(y) * width_ + x) * 3;
  rgb_[i] = colour.r;
  rgb_[i + 1] = colour.g;
  rgb_[i + 2] = colour.b;
}

void Image::fill_rect(int x, int y, int w, int h, Rgb colour) {
  const int x0 = std::max(x, 0), y0 = std::max(y, 0);
  const int x1 = std::min(x + w, width_), y1 = std::min(y + h, height_);
  for (int yy = y0; yy < y1; ++yy)
    for (int xx = x0; xx < x1; ++xx) set(xx, yy, colour);
}

void Image::blend(int x, int y, Rgb colour, std::uint8_t coverage) {
  if (x < 0 || y < 0 || x >= width_ || y >= height_ || coverage == 0) return;
  const std::size_t i = (static_cast<std::size_t>(y) * width_ + x) * 3;
  const auto mix = [coverage](std::uint8_t under, std::uint8_t over) {
    return static_cast<std::uint8_t>((under * (255 - coverage) + over * coverage + 127) / 255);
  };
  rgb_[i] = mix(rgb_[i], colour.r);
  rgb_[i + 1] = mix(rgb_[i + 1], colour.g);
  rgb_[i + 2] = mix(rgb_[i + 2], colour.b);
}

std::string encode_png(const Image& image) {
  png_image png;
  std::memset(&png, 0, sizeof png);
  png.version = PNG_IMAGE_VERSION;
  png.width = static_cast<png_uint_32>(image.width());
  png.height = static_cast<png_uint_32>(image.height());
  png.format = PNG_FORMAT_RGB;
  png_alloc_size_t size = 0;
  // The first call measures the file, the second writes it.
  ATTN_CHECK(png_image_write_to_memory(&png, nullptr, &size, 0, image.bytes().data(), 0, nullptr),
             "encode_png: libpng: ", png.message);
  std::string out(size, '\0');
  ATTN_CHECK(png_image_write_to_memory(&png, out.data(), &size, 0, image.bytes().data(), 0, nullptr),
             "encode_png: libpng: ", png.message);
  out.resize(size);
  return out;
}

Image decode_png(std::string_view bytes, std::string_view what) {
  png_image png;
  std::memset(&png, 0, sizeof png);
  png.version = PNG_IMAGE_VERSION;
  ATTN_CHECK(png_image_begin_read_from_memory(&png, bytes.data(), bytes.size()), what,
             ": not a PNG (libpng: ", png.message, ")");
  png.format = PNG_FORMAT_RGB;
  const int width = static_cast<int>(png.width), height = static_cast<int>(png.height);
  if (width < 1 || height < 1 || width > kMaxSide || height > kMaxSide) {
    png_image_free(&png);
    ATTN_CHECK(false, what, ": a ", width, " x ", height, " PNG (at most ", kMaxSide, " pixels a side)");
  }
  std::vector<std::uint8_t> rgb(PNG_IMAGE_SIZE(png));
  ATTN_CHECK(png_image_finish_read(&png, nullptr, rgb.data(), 0, nullptr), what,
             ": unreadable PNG (libpng: ", png.message, ")");
  Image image(width, height);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      const std::size_t i = (static_cast<std::size_t>(y) * width + x) * 3;
      image.set(x, y, {rgb[i], rgb[i + 1], rgb[i + 2]});
    }
  return image;
}

void write_png(const std::filesystem::path& path, const Image& image) {
  write_file_atomically(path, encode_png(image));
}

}  // namespace attn::viz
