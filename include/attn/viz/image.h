// attn viz: RGB images in memory and their PNG encoding (libpng's simplified API).
//
// An Image is width × height pixels, rows top to bottom, 3 bytes (R, G, B) a pixel.
// Drawing is clipped: a rectangle or pixel outside the image is cut, never an error.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace attn::viz {

struct Rgb {
  std::uint8_t r = 0, g = 0, b = 0;
  bool operator==(const Rgb&) const = default;
};

class Image {
 public:
  // width, height >= 1 (and at most 32768 each), filled with `background`.
  Image(int width, int height, Rgb background = {255, 255, 255});

  int width() const { return width_; }
  int height() const { return height_; }
  Rgb pixel(int x, int y) const;  // (x, y) inside the image
  void set(int x, int y, Rgb colour);
  // [x, x + w) × [y, y + h), clipped.
  void fill_rect(int x, int y, int w, int h, Rgb colour);
  // Mixes `colour` into the pixel with weight coverage / 255 (text anti-aliasing).
  void blend(int x, int y, Rgb colour, std::uint8_t coverage);
  // (height, width, 3) bytes, row-major.
  const std::vector<std::uint8_t>& bytes() const { return rgb_; }

 private:
  int width_, height_;
  std::vector<std::uint8_t> rgb_;
};

// The PNG file of `image` (8-bit RGB).
std::string encode_png(const Image& image);
// A PNG file's pixels, converted to 8-bit RGB. Throws attn::Error naming `what` and
// libpng's reason when the bytes are not a PNG or are cut short.
Image decode_png(std::string_view png, std::string_view what = "PNG data");
// encode_png written atomically (tmp + rename).
void write_png(const std::filesystem::path& path, const Image& image);

}  // namespace attn::viz
