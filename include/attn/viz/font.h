// attn viz: text in images, drawn with FreeType from a TrueType font file.
//
// The default font is DejaVu Sans from Debian's fonts-dejavu-core
// (/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf); $ATTN_FONT names another file.
// Text is UTF-8; a character the font lacks draws as the font's missing-glyph box.
// Metrics are whole pixels: a text's box runs from ascent() above its baseline to
// descent() below it, and text_width() along it.
#pragma once

#include <filesystem>
#include <memory>
#include <string_view>

#include "attn/viz/image.h"

namespace attn::viz {

// $ATTN_FONT when set, else DejaVu Sans; an error with the package to install when the
// file is missing.
std::filesystem::path default_font_file();

enum class TextDirection {
  Horizontal,  // left to right from (x, y), the baseline's start
  Upward,      // rotated 90° counter-clockwise: bottom to top from (x, y), the baseline
               // running up the column x; the glyphs' tops point left
};

class Font {
 public:
  // Throws attn::Error naming the file when FreeType cannot read it. pixel_size >= 4.
  Font(const std::filesystem::path& file, int pixel_size);
  ~Font();
  Font(Font&&) noexcept;
  Font& operator=(Font&&) noexcept;

  int pixel_size() const;
  int ascent() const;   // pixels above the baseline
  int descent() const;  // pixels below it
  int line_height() const { return ascent() + descent(); }
  // The advance of the whole text, in pixels. Throws on invalid UTF-8.
  int text_width(std::string_view utf8) const;
  // Draws `utf8` into `image` (anti-aliased, clipped) starting at the baseline point (x, y).
  void draw(Image& image, std::string_view utf8, int x, int y, Rgb colour,
            TextDirection direction = TextDirection::Horizontal) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace attn::viz
