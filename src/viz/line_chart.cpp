#include "attn/viz/line_chart.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include "attn/error.h"
#include "attn/viz/font.h"
#include "viz/figure_text.h"

namespace attn::viz {

namespace {

// The heatmap's spacing and colours, so that the two kinds of figure look alike.
using namespace figure;

constexpr int kMinPlot = 40;           // the smallest plot, pixels a side
constexpr int kLegendPad = 6;          // inside the legend's frame
constexpr int kSwatch = 22;            // a legend's line sample
constexpr double kLineRadius = 1.25;   // half the line width
constexpr double kMarkerRadius = 4.0;  // round markers
const Rgb kGridColour{226, 226, 226};

Fonts load_fonts(const LineChartOptions& o) {
  return figure::load_fonts(o.font_file, o.label_px, o.title_px);
}

// Tick values with as many decimals as the step needs (step 0.2 -> "0.4", 5 -> "15").
std::string format_tick(double value, double step) {
  const int decimals = std::max(0, -static_cast<int>(std::floor(std::log10(step) + 1e-9)));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

// Coverage of a pixel whose centre lies `distance` from a shape's centre line, for a
// shape `radius` wide on each side: full inside, none outside, a one-pixel ramp between.
std::uint8_t coverage(double distance, double radius) {
  return static_cast<std::uint8_t>(std::lround(255.0 * std::clamp(radius + 0.5 - distance, 0.0, 1.0)));
}

// The anti-aliased segment a-b, `radius` thick on each side, with round ends (a disc
// when a == b), drawn only inside `clip`.
void draw_capsule(Image& image, double ax, double ay, double bx, double by, double radius, Rgb colour,
                  const Box& clip) {
  const int x0 = std::max(clip.x, static_cast<int>(std::floor(std::min(ax, bx) - radius - 1)));
  const int x1 = std::min(clip.x + clip.w - 1, static_cast<int>(std::ceil(std::max(ax, bx) + radius + 1)));
  const int y0 = std::max(clip.y, static_cast<int>(std::floor(std::min(ay, by) - radius - 1)));
  const int y1 = std::min(clip.y + clip.h - 1, static_cast<int>(std::ceil(std::max(ay, by) + radius + 1)));
  const double dx = bx - ax, dy = by - ay, length2 = dx * dx + dy * dy;
  for (int y = y0; y <= y1; ++y)
    for (int x = x0; x <= x1; ++x) {
      const double px = x + 0.5 - ax, py = y + 0.5 - ay;
      const double t = length2 > 0.0 ? std::clamp((px * dx + py * dy) / length2, 0.0, 1.0) : 0.0;
      image.blend(x, y, colour, coverage(std::hypot(px - t * dx, py - t * dy), radius));
    }
}

void check_arguments(const std::vector<std::string>& categories, const std::vector<LineSeries>& series) {
  ATTN_CHECK(!categories.empty(), "line chart: no categories (expected at least one x-axis label)");
  ATTN_CHECK(!series.empty(), "line chart: no series to draw");
  for (std::size_t s = 0; s < series.size(); ++s) {
    const LineSeries& line = series[s];
    ATTN_CHECK(line.values.size() == categories.size(), "line chart: series ", s, " ('", line.name, "') has ",
               line.values.size(), " values for ", categories.size(), " categories");
    for (std::size_t c = 0; c < line.values.size(); ++c)
      ATTN_CHECK(!std::isinf(line.values[c]), "line chart: series ", s, " ('", line.name, "'), category ", c, " ('",
                 categories[c], "'): ", line.values[c], " (expected a finite number, or NaN for no point)");
  }
}

LineChartLayout layout_with(const std::vector<std::string>& categories, const std::vector<LineSeries>& series,
                            const LineChartOptions& o, const Fonts& fonts) {
  check_arguments(categories, series);
  const Font& font = fonts.label;
  const int asc = font.ascent(), desc = font.descent(), lh = font.line_height();
  const int centre_shift = (asc - desc) / 2;  // baseline offset that centres a line on a row

  double largest = NAN;
  for (const auto& line : series)
    for (double v : line.values)
      if (!std::isnan(v)) largest = std::isnan(largest) ? v : std::max(largest, v);

  LineChartLayout out;
  out.y = y_axis_scale(o.y_min, o.y_max, largest);
  const std::vector<double> ticks = out.y.ticks();
  std::vector<std::string> tick_labels;
  int tick_w = 0;
  for (double t : ticks) {
    tick_labels.push_back(format_tick(t, out.y.step));
    tick_w = std::max(tick_w, font.text_width(tick_labels.back()));
  }
  int name_w = 0;
  for (const auto& line : series) name_w = std::max(name_w, font.text_width(line.name));
  const int row_h = lh + 4;
  const int legend_w = 2 * kLegendPad + kSwatch + kGap + name_w;
  const int legend_h = 2 * kLegendPad + static_cast<int>(series.size()) * row_h;

  // Around the plot: title above; y caption and tick labels left; the legend right;
  // category labels and x caption below. The top tick label reaches half a line above.
  const int title_h = o.title.empty() ? 0 : fonts.title.line_height() + 8;
  const int ycap_w = o.y_caption.empty() ? 0 : lh + 8;
  const int xcap_h = o.x_caption.empty() ? 0 : lh + 8;
  Box& plot = out.plot;
  plot.x = kMargin + ycap_w + tick_w + kGap + kTickLength + 1;
  plot.y = kMargin + title_h + lh / 2 + 1;
  plot.w = o.width - kMargin - legend_w - kPanelGap - 1 - plot.x;
  plot.h = o.height - kMargin - xcap_h - lh - kGap - kTickLength - 1 - plot.y;
  ATTN_CHECK(plot.w >= kMinPlot && plot.h >= kMinPlot, "line chart: ", o.width, " x ", o.height,
             " pixels leave a plot of ", plot.w, " x ", plot.h, " (expected at least ", kMinPlot, " x ", kMinPlot,
             "; make the chart larger)");
  out.legend = Box{plot.x + plot.w + 1 + kPanelGap, plot.y, legend_w, legend_h};
  ATTN_CHECK(out.legend.y + legend_h <= o.height - kMargin, "line chart: height ", o.height,
             " leaves no room for the legend of ", series.size(), " series (", legend_h, " pixels)");
  out.column = static_cast<double>(plot.w) / static_cast<double>(categories.size());

  if (!o.title.empty()) {
    const int w = fonts.title.text_width(o.title);
    out.texts.push_back(horizontal_text(fonts.title, o.title, std::max(kMargin, plot.x + (plot.w - w) / 2),
                                        kMargin + fonts.title.ascent()));
  }
  for (std::size_t k = 0; k < ticks.size(); ++k) {
    const int w = font.text_width(tick_labels[k]);
    const int row = static_cast<int>(std::floor(out.y_of(ticks[k])));
    out.texts.push_back(horizontal_text(font, tick_labels[k], plot.x - 1 - kTickLength - kGap - w, row + centre_shift));
  }
  const int category_baseline = plot.y + plot.h + 1 + kTickLength + kGap + asc;
  for (std::size_t c = 0; c < categories.size(); ++c) {
    const int w = font.text_width(categories[c]);
    ATTN_CHECK(w + 4 <= out.column, "line chart: category label '", categories[c], "' is ", w,
               " pixels wide, its column ", static_cast<int>(out.column), " (make the chart wider than ", o.width, ")");
    const int x = static_cast<int>(std::floor(out.x_of(c))) - w / 2;
    out.texts.push_back(horizontal_text(font, categories[c], x, category_baseline));
  }
  if (!o.x_caption.empty()) {
    const int w = font.text_width(o.x_caption);
    out.texts.push_back(
        horizontal_text(font, o.x_caption, plot.x + std::max(0, (plot.w - w) / 2), category_baseline + desc + 8 + asc));
  }
  if (!o.y_caption.empty()) {
    const int w = font.text_width(o.y_caption);
    const int y_start = std::max(plot.y + plot.h / 2 + w / 2, plot.y + w);
    out.texts.push_back(upward_text(font, o.y_caption, kMargin + asc, y_start));
  }
  for (std::size_t s = 0; s < series.size(); ++s) {
    const int row_centre = out.legend.y + kLegendPad + static_cast<int>(s) * row_h + row_h / 2;
    out.texts.push_back(
        horizontal_text(font, series[s].name, out.legend.x + kLegendPad + kSwatch + kGap, row_centre + centre_shift));
  }
  return out;
}

}  // namespace

std::vector<double> AxisScale::ticks() const {
  std::vector<double> out;
  for (int k = 0; min + k * step <= max + step * 1e-6; ++k) out.push_back(min + k * step);
  return out;
}

AxisScale y_axis_scale(double y_min, double y_max, double largest) {
  ATTN_CHECK(std::isfinite(y_min), "line chart: y_min ", y_min, " (expected a finite number)");
  const bool fixed_top = std::isfinite(y_max) && y_max > y_min;
  const bool from_data = !fixed_top && largest > y_min;
  const double span = fixed_top ? y_max - y_min : from_data ? largest - y_min : 1.0;
  // Steps taken from y_min: to reach a fixed top, or to pass the largest value.
  const auto steps = [&](double step) {
    return from_data ? std::floor(span / step + 1e-9) + 1 : std::ceil(span / step - 1e-9);
  };
  for (double base = std::pow(10.0, std::floor(std::log10(span)) - 2);; base *= 10)
    for (double mantissa : {1.0, 2.0, 5.0}) {
      const double step = mantissa * base, n = steps(step);
      if (n <= 7) return {y_min, from_data ? y_min + n * step : y_min + span, step};
    }
}

Rgb line_chart_colour(std::size_t index) {
  // Okabe & Ito (2008): blue, vermillion, bluish green, orange, reddish purple, sky blue,
  // black, yellow (last: faint on white).
  static constexpr std::array<Rgb, 8> kPalette = {Rgb{0, 114, 178}, Rgb{213, 94, 0},    Rgb{0, 158, 115},
                                                  Rgb{230, 159, 0}, Rgb{204, 121, 167}, Rgb{86, 180, 233},
                                                  Rgb{0, 0, 0},     Rgb{240, 228, 66}};
  return kPalette[index % kPalette.size()];
}

LineChartLayout line_chart_layout(const std::vector<std::string>& categories, const std::vector<LineSeries>& series,
                                  const LineChartOptions& options) {
  const Fonts fonts = load_fonts(options);
  return layout_with(categories, series, options, fonts);
}

Image render_line_chart(const std::vector<std::string>& categories, const std::vector<LineSeries>& series,
                        const LineChartOptions& options) {
  const Fonts fonts = load_fonts(options);
  const LineChartLayout layout = layout_with(categories, series, options, fonts);
  const Box& plot = layout.plot;
  Image image(options.width, options.height);

  for (double t : layout.y.ticks()) {
    const int row = static_cast<int>(std::floor(layout.y_of(t)));
    image.fill_rect(plot.x, row, plot.w, 1, kGridColour);
    image.fill_rect(plot.x - 1 - kTickLength, row, kTickLength, 1, kFrameColour);
  }
  for (std::size_t c = 0; c < categories.size(); ++c)
    image.fill_rect(static_cast<int>(std::floor(layout.x_of(c))), plot.y + plot.h + 1, 1, kTickLength, kFrameColour);
  const auto frame = [&image](const Box& b) {
    image.fill_rect(b.x - 1, b.y - 1, b.w + 2, 1, kFrameColour);
    image.fill_rect(b.x - 1, b.y + b.h, b.w + 2, 1, kFrameColour);
    image.fill_rect(b.x - 1, b.y, 1, b.h, kFrameColour);
    image.fill_rect(b.x + b.w, b.y, 1, b.h, kFrameColour);
  };
  frame(plot);
  frame(layout.legend);

  // Lines first, then every marker over them. A marker on the axis's ends may cover the
  // frame; a value outside the axis is cut a marker's width beyond it.
  const int reach = static_cast<int>(kMarkerRadius) + 1;
  const Box clip{plot.x - reach, plot.y - reach, plot.w + 2 * reach, plot.h + 2 * reach};
  for (std::size_t s = 0; s < series.size(); ++s) {
    const std::vector<double>& v = series[s].values;
    for (std::size_t c = 0; c + 1 < v.size(); ++c)
      if (!std::isnan(v[c]) && !std::isnan(v[c + 1]))
        draw_capsule(image, layout.x_of(c), layout.y_of(v[c]), layout.x_of(c + 1), layout.y_of(v[c + 1]), kLineRadius,
                     line_chart_colour(s), clip);
  }
  for (std::size_t s = 0; s < series.size(); ++s)
    for (std::size_t c = 0; c < series[s].values.size(); ++c)
      if (!std::isnan(series[s].values[c])) {
        const double x = layout.x_of(c), y = layout.y_of(series[s].values[c]);
        draw_capsule(image, x, y, x, y, kMarkerRadius, line_chart_colour(s), clip);
      }

  const Box whole{0, 0, image.width(), image.height()};
  const int row_h = fonts.label.line_height() + 4;
  for (std::size_t s = 0; s < series.size(); ++s) {
    const double x = layout.legend.x + kLegendPad,
                 y = layout.legend.y + kLegendPad + static_cast<int>(s) * row_h + row_h / 2 + 0.5;
    draw_capsule(image, x, y, x + kSwatch, y, kLineRadius, line_chart_colour(s), whole);
    draw_capsule(image, x + kSwatch / 2.0, y, x + kSwatch / 2.0, y, kMarkerRadius, line_chart_colour(s), whole);
  }
  for (const PlacedText& t : layout.texts)
    (t.px == fonts.title.pixel_size() ? fonts.title : fonts.label)
        .draw(image, t.text, t.x, t.y, kTextColour, t.direction);
  return image;
}

void save_line_chart(const std::filesystem::path& png, const std::vector<std::string>& categories,
                     const std::vector<LineSeries>& series, const LineChartOptions& options) {
  write_png(png, render_line_chart(categories, series, options));
}

}  // namespace attn::viz
