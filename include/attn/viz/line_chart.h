// attn viz: line charts in PNG, e.g. BLEU by source-length bucket for several models
// (the analogue of Bahdanau et al. 2014, Figure 2).
//
// The x axis is a row of categories, evenly spaced, each point at the centre of its
// column. Every series has one value per category and is drawn in its own colour (the
// Okabe–Ito palette, told apart by colour-blind readers) as an anti-aliased line through
// its points with a round marker on each; NaN is no point, and the line breaks there.
// The y axis runs from y_min to y_max, or, when y_max is not above y_min, up to the
// first tick strictly above the largest value, so that no marker sits on the frame.
// Ticks step by 1, 2 or 5 × 10^k, at most 7 steps. The legend (swatch and name per
// series) stands right of the plot, where it never hides a point.
#pragma once

#include <cmath>
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "attn/viz/heatmap.h"
#include "attn/viz/image.h"

namespace attn::viz {

struct LineSeries {
  std::string name;            // in the legend
  std::vector<double> values;  // one per category; NaN: no point
};

struct LineChartOptions {
  std::string title;
  std::string x_caption;          // under the category labels, e.g. "source length"
  std::string y_caption;          // left of the tick labels, reading upward, e.g. "BLEU"
  int width = 800, height = 500;  // pixels of the whole image
  double y_min = 0.0;
  double y_max = NAN;  // the top of the axis when > y_min; otherwise rounded up from the data
  int label_px = 12;   // tick labels, legend, captions
  int title_px = 16;
  std::filesystem::path font_file = {};  // empty: default_font_file()
};

// A y axis from `min` to `max` with ticks at min, min + step, ... up to max.
struct AxisScale {
  double min = 0.0, max = 1.0, step = 0.2;
  std::vector<double> ticks() const;
};

// The axis for values up to `largest` (NaN when there are none): from y_min to y_max
// when y_max > y_min, else to the first tick strictly above `largest` (y_min + 1 when
// there are no values above y_min). E.g. largest 27.3 -> 0..30 by 5; 0.8 -> 0..1 by 0.2.
AxisScale y_axis_scale(double y_min, double y_max, double largest);

struct LineChartLayout {
  Box plot;    // the plotting area; its frame is drawn just outside
  Box legend;  // framed, right of the plot
  AxisScale y;
  double column = 0.0;            // width of a category's column, pixels
  std::vector<PlacedText> texts;  // title, tick labels, category labels, captions, legend names
  // Pixel coordinates of category `c`'s points and of a value; the pixel holding
  // (x_of(c), y_of(v)) is (floor(x), floor(y)).
  double x_of(std::size_t c) const { return plot.x + (static_cast<double>(c) + 0.5) * column; }
  double y_of(double value) const { return plot.y + plot.h - 0.5 - (value - y.min) / (y.max - y.min) * (plot.h - 1); }
};

// The colour of series `index` (the palette repeats after 8).
Rgb line_chart_colour(std::size_t index);

// Checks the arguments and lays the chart out. Throws attn::Error when there are no
// categories or no series, when a series' value count differs from the categories, when
// a value is infinite, or when options.width × options.height leaves no room for the plot
// or a category label wider than its column.
LineChartLayout line_chart_layout(const std::vector<std::string>& categories, const std::vector<LineSeries>& series,
                                  const LineChartOptions& options = {});

Image render_line_chart(const std::vector<std::string>& categories, const std::vector<LineSeries>& series,
                        const LineChartOptions& options = {});
// render_line_chart written atomically as PNG.
void save_line_chart(const std::filesystem::path& png, const std::vector<std::string>& categories,
                     const std::vector<LineSeries>& series, const LineChartOptions& options = {});

}  // namespace attn::viz
