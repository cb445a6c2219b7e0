// attn viz: attention weights drawn as heatmaps, in PNG (libpng) and SVG (see docs/show.md).
//
// A figure is one or more panels in a grid (one panel: a single matrix; several: the
// heads of a layer, or the layers), an optional title and axis captions, and one colour
// scale shared by every panel, drawn as a bar with its values. A panel is a matrix
// (rows, cols) of weights: cell (i, j) is how much row i (a query, a target token)
// attends to column j (a key, a source token); row labels run down the left side,
// column labels along the bottom.
//
// Readable at any length:
//   - cells are square, sized so the panel's longer side is about panel_size pixels,
//     within [min_cell, max_cell];
//   - a column label is written across when it fits in its cell, otherwise rotated to
//     read upward; labels longer than max_label_px are cut with "…";
//   - when cells are shorter than a line of text, only every k-th label is drawn (k the
//     smallest step at which they no longer touch).
// The layout is computed once (layout_figure) and drawn by both writers, so PNG and SVG
// agree; its text boxes never overlap each other, a plot or the colour bar (tested).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "attn/tensor.h"
#include "attn/viz/font.h"
#include "attn/viz/image.h"

namespace attn::viz {

struct HeatmapPanel {
  std::string title;  // drawn above the panel; "" for none
  std::int64_t rows = 0, cols = 0;
  std::vector<float> values;            // (rows, cols), row-major; NaN draws as grey
  std::vector<std::string> row_labels;  // `rows` labels (UTF-8), or empty for 0, 1, 2, ...
  std::vector<std::string> col_labels;  // `cols` labels, or empty
};

// m (R, K) (or (K) as one row) -> a panel with its values (converted to f32).
HeatmapPanel panel_from_matrix(std::string title, const Tensor& m, std::vector<std::string> row_labels,
                               std::vector<std::string> col_labels);

struct FigureOptions {
  std::string title;
  std::string x_caption;     // under the panels, e.g. "key (attended to)"
  std::string y_caption;     // left of them, reading upward, e.g. "query"
  std::int64_t columns = 0;  // panels a row; 0: ceil(sqrt(panels))
  double vmax = 0.0;         // value at the top of the colour scale; 0: the largest value drawn
  int panel_size = 560;      // target pixels of a panel's longer side
  int min_cell = 3;          // cell side limits, pixels
  int max_cell = 48;
  int label_px = 12;                     // labels, panel titles, captions, colour-bar values
  int title_px = 16;                     // the figure's title
  int max_label_px = 140;                // longer labels are cut
  std::filesystem::path font_file = {};  // empty: default_font_file()
};

// A rectangle of pixels [x, x + w) × [y, y + h).
struct Box {
  int x = 0, y = 0, w = 0, h = 0;
  bool overlaps(const Box& other) const;
  bool inside(const Box& outer) const;
};

struct PlacedText {
  std::string text;  // as drawn (cut to fit when too long)
  int x = 0, y = 0;  // start of the baseline
  int px = 12;       // font size
  TextDirection direction = TextDirection::Horizontal;
  Box box;  // the pixels the text may cover
};

struct PanelLayout {
  Box plot;                                             // the cells, cols*cell × rows*cell
  int cell = 0;                                         // side of a cell, pixels
  std::int64_t row_label_step = 1, col_label_step = 1;  // every k-th label is drawn
  bool col_labels_upward = false;
  std::vector<PlacedText> texts;  // title, then the drawn row and column labels
};

struct FigureLayout {
  int width = 0, height = 0;
  double vmax = 1.0;
  std::vector<PanelLayout> panels;
  Box colour_bar;
  std::vector<PlacedText> texts;  // title, captions, colour-bar values
};

// Checks the panels (values sized rows*cols, label counts) and lays the figure out.
// Throws attn::Error naming the panel and what was expected.
FigureLayout layout_figure(const std::vector<HeatmapPanel>& panels, const FigureOptions& options = {});

// The colour of `value` on the scale [0, vmax]: white at 0 to dark blue at vmax
// (clamped), grey for NaN.
Rgb heatmap_colour(double value, double vmax);

Image render_png(const std::vector<HeatmapPanel>& panels, const FigureOptions& options = {});
std::string render_svg(const std::vector<HeatmapPanel>& panels, const FigureOptions& options = {});
// PNG or SVG by the extension of `path` (.png, .svg; anything else is an error),
// written atomically.
void save_figure(const std::filesystem::path& path, const std::vector<HeatmapPanel>& panels,
                 const FigureOptions& options = {});

}  // namespace attn::viz
