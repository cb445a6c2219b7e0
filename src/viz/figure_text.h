// attn viz (internal): what heatmaps and line charts share, so that the two kinds of
// figure look alike: spacing, colours, the two fonts, and texts placed with the box
// they cover (PlacedText, heatmap.h).
#pragma once

#include <filesystem>
#include <string>
#include <utility>

#include "attn/viz/font.h"
#include "attn/viz/heatmap.h"

namespace attn::viz::figure {

constexpr int kMargin = 12;     // around the image
constexpr int kGap = 6;         // between a label and what it names
constexpr int kPanelGap = 20;   // between panels, and before a colour bar or legend
constexpr int kTickLength = 4;  // axis and colour-bar marks
inline const Rgb kTextColour{34, 34, 34};
inline const Rgb kFrameColour{120, 120, 120};

struct Fonts {
  Font label;  // labels, captions, values
  Font title;
};

// The font file (empty: default_font_file()) at the two sizes.
inline Fonts load_fonts(const std::filesystem::path& font_file, int label_px, int title_px) {
  const std::filesystem::path file = font_file.empty() ? default_font_file() : font_file;
  return {Font(file, label_px), Font(file, title_px)};
}

// Left to right from the baseline point (x, baseline).
inline PlacedText horizontal_text(const Font& font, std::string text, int x, int baseline) {
  const int w = font.text_width(text);
  return {std::move(text),
          x,
          baseline,
          font.pixel_size(),
          TextDirection::Horizontal,
          Box{x, baseline - font.ascent(), w, font.line_height()}};
}

// Reading upward from (x, y_start): covers [x - ascent, x + descent) × [y_start - width, y_start).
inline PlacedText upward_text(const Font& font, std::string text, int x, int y_start) {
  const int w = font.text_width(text);
  return {std::move(text),
          x,
          y_start,
          font.pixel_size(),
          TextDirection::Upward,
          Box{x - font.ascent(), y_start - w, font.line_height(), w}};
}

}  // namespace attn::viz::figure
