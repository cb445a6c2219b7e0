// attn viz: the line chart renderer: each series' markers and lines lie where the layout
// puts them, in the series' colour, higher values higher; NaN draws no point and breaks
// the line; the y axis rounds up to nice ticks; text stays clear of the plot, the legend
// and other text; the PNG round-trips; and the errors.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "attn/viz/image.h"
#include "attn/viz/line_chart.h"
#include "support/errors.h"

namespace attn::viz {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kBuckets = {"1-10", "11-20", "21-30", "31-40", "41-50", "51+"};

// BLEU by source length, shaped like Bahdanau et al.'s Figure 2: the attention models
// hold up on long sentences, the encoder-decoders fall away. No two lines cross.
std::vector<LineSeries> bleu_series() {
  return {{"RNNsearch-50", {28.0, 27.0, 26.5, 26.0, 25.5, 25.0}},
          {"RNNsearch-30", {26.0, 24.5, 23.0, 21.5, 20.0, 18.0}},
          {"RNNenc-50", {22.0, 20.0, 17.0, 14.0, 11.0, 8.0}}};
}

LineChartOptions bleu_options() {
  LineChartOptions o;
  o.title = "BLEU by source length";
  o.x_caption = "source length (words)";
  o.y_caption = "BLEU";
  return o;
}

Rgb pixel_at(const Image& image, double x, double y) {
  return image.pixel(static_cast<int>(std::floor(x)), static_cast<int>(std::floor(y)));
}

TEST(LineChart, MarkersAndLinesInSeriesColoursWhereTheLayoutPutsThem) {
  const auto series = bleu_series();
  const LineChartOptions o = bleu_options();
  const Image image = render_line_chart(kBuckets, series, o);
  ASSERT_EQ(image.width(), 800);
  ASSERT_EQ(image.height(), 500);
  const LineChartLayout layout = line_chart_layout(kBuckets, series, o);
  EXPECT_DOUBLE_EQ(layout.y.max, 30.0);
  for (std::size_t s = 0; s < series.size(); ++s) {
    const Rgb colour = line_chart_colour(s);
    for (std::size_t c = 0; c < kBuckets.size(); ++c) {
      const double x = layout.x_of(c), y = layout.y_of(series[s].values[c]);
      EXPECT_EQ(pixel_at(image, x, y), colour) << series[s].name << " at " << kBuckets[c];
      EXPECT_EQ(pixel_at(image, x + 2, y + 2), colour) << "the marker is a filled disc";
      if (c + 1 < kBuckets.size()) {
        const double mx = (x + layout.x_of(c + 1)) / 2, my = (y + layout.y_of(series[s].values[c + 1])) / 2;
        EXPECT_EQ(pixel_at(image, mx, my), colour) << series[s].name << " line after " << kBuckets[c];
      }
    }
  }
  for (std::size_t s = 0; s + 1 < series.size(); ++s) EXPECT_NE(line_chart_colour(s), line_chart_colour(s + 1));
  // Higher values sit higher (smaller y), evenly spaced categories left to right.
  EXPECT_LT(layout.y_of(28.0), layout.y_of(22.0));
  EXPECT_NEAR(layout.y_of(30.0), layout.plot.y + 0.5, 1e-9);
  EXPECT_NEAR(layout.y_of(0.0), layout.plot.y + layout.plot.h - 0.5, 1e-9);
  EXPECT_NEAR(layout.x_of(1) - layout.x_of(0), layout.x_of(5) - layout.x_of(4), 1e-9);
  EXPECT_GT(layout.x_of(0), layout.plot.x);
  EXPECT_LT(layout.x_of(5), layout.plot.x + layout.plot.w);
  // A marker's own pixel in the image is higher for the higher value.
  EXPECT_LT(std::floor(layout.y_of(series[0].values[5])), std::floor(layout.y_of(series[2].values[5])));
  // Away from the lines the plot is white or grid grey.
  const Rgb empty = pixel_at(image, layout.x_of(5), layout.y_of(3.0));
  EXPECT_TRUE(empty == (Rgb{255, 255, 255}) || empty == (Rgb{226, 226, 226}));
}

TEST(LineChart, NanDrawsNoPointAndBreaksTheLine) {
  const std::vector<LineSeries> series = {{"with a gap", {10.0, 12.0, NAN, 16.0, 18.0, 20.0}}};
  const Image image = render_line_chart(kBuckets, series);
  const LineChartLayout layout = line_chart_layout(kBuckets, series);
  const Rgb colour = line_chart_colour(0);
  EXPECT_EQ(pixel_at(image, layout.x_of(1), layout.y_of(12.0)), colour);
  EXPECT_EQ(pixel_at(image, layout.x_of(3), layout.y_of(16.0)), colour);
  // Neither a marker nor a line crosses the gap's column.
  const int x = static_cast<int>(std::floor(layout.x_of(2)));
  for (int y = layout.plot.y; y < layout.plot.y + layout.plot.h; ++y)
    EXPECT_NE(image.pixel(x, y), colour) << "row " << y;

  // All NaN: an empty plot on the default axis.
  const std::vector<LineSeries> none = {{"nothing", std::vector<double>(kBuckets.size(), NAN)}};
  const Image blank = render_line_chart(kBuckets, none);
  const LineChartLayout blank_layout = line_chart_layout(kBuckets, none);
  EXPECT_DOUBLE_EQ(blank_layout.y.max, 1.0);
  const Box& p = blank_layout.plot;
  for (int y = p.y; y < p.y + p.h; ++y)
    for (int xx = p.x; xx < p.x + p.w; ++xx) ASSERT_NE(blank.pixel(xx, y), colour) << xx << ", " << y;
}

TEST(LineChart, NiceAxis) {
  const AxisScale bleu = y_axis_scale(0.0, NAN, 27.3);
  EXPECT_DOUBLE_EQ(bleu.min, 0.0);
  EXPECT_DOUBLE_EQ(bleu.max, 30.0);
  EXPECT_DOUBLE_EQ(bleu.step, 5.0);
  EXPECT_EQ(bleu.ticks().size(), 7u);

  const AxisScale unit = y_axis_scale(0.0, NAN, 0.8);
  EXPECT_NEAR(unit.max, 1.0, 1e-12);
  EXPECT_NEAR(unit.step, 0.2, 1e-12);
  ASSERT_EQ(unit.ticks().size(), 6u);
  EXPECT_NEAR(unit.ticks().back(), 1.0, 1e-12);

  // A largest value right on a tick still gets a step of headroom.
  EXPECT_DOUBLE_EQ(y_axis_scale(0.0, NAN, 30.0).max, 35.0);
  // From y_min, not from 0.
  const AxisScale shifted = y_axis_scale(10.0, NAN, 27.3);
  EXPECT_DOUBLE_EQ(shifted.max, 30.0);
  EXPECT_DOUBLE_EQ(shifted.step, 5.0);
  EXPECT_DOUBLE_EQ(shifted.ticks().front(), 10.0);
  // A fixed top is kept; y_max at or below y_min is ignored.
  const AxisScale fixed = y_axis_scale(0.0, 40.0, 27.3);
  EXPECT_DOUBLE_EQ(fixed.max, 40.0);
  EXPECT_DOUBLE_EQ(fixed.step, 10.0);
  EXPECT_DOUBLE_EQ(y_axis_scale(0.0, -5.0, 27.3).max, 30.0);
  // No values: y_min to y_min + 1.
  EXPECT_DOUBLE_EQ(y_axis_scale(2.0, NAN, NAN).max, 3.0);
  // Every automatic axis has 4 to 8 ticks.
  for (double largest : {0.013, 0.8, 1.0, 3.7, 9.99, 27.3, 64.0, 123.0, 4567.0}) {
    const std::size_t n = y_axis_scale(0.0, NAN, largest).ticks().size();
    EXPECT_GE(n, 4u) << largest;
    EXPECT_LE(n, 8u) << largest;
  }
}

TEST(LineChart, TextStaysClearOfThePlotTheLegendAndOtherText) {
  for (const auto& [w, h] : {std::pair{800, 500}, std::pair{520, 300}}) {
    LineChartOptions o = bleu_options();
    o.width = w;
    o.height = h;
    const LineChartLayout layout = line_chart_layout(kBuckets, bleu_series(), o);
    const Box image{0, 0, w, h};
    const Box framed_plot{layout.plot.x - 1, layout.plot.y - 1, layout.plot.w + 2, layout.plot.h + 2};
    const Box framed_legend{layout.legend.x - 1, layout.legend.y - 1, layout.legend.w + 2, layout.legend.h + 2};
    EXPECT_TRUE(framed_legend.inside(image));
    EXPECT_FALSE(framed_plot.overlaps(framed_legend));
    // title + 7 ticks + 6 categories + 2 captions + 3 names
    ASSERT_EQ(layout.texts.size(), 19u);
    for (std::size_t a = 0; a < layout.texts.size(); ++a) {
      const PlacedText& t = layout.texts[a];
      EXPECT_TRUE(t.box.inside(image)) << "'" << t.text << "' leaves the " << w << " x " << h << " image";
      EXPECT_FALSE(t.box.overlaps(framed_plot)) << "'" << t.text << "' overlaps the plot";
      const bool legend_name = a + 3 >= layout.texts.size();
      EXPECT_EQ(t.box.inside(layout.legend), legend_name) << "'" << t.text << "'";
      for (std::size_t b = a + 1; b < layout.texts.size(); ++b)
        EXPECT_FALSE(t.box.overlaps(layout.texts[b].box))
            << "'" << t.text << "' overlaps '" << layout.texts[b].text << "'";
    }
  }
}

TEST(LineChart, PngRoundTrip) {
  const Image image = render_line_chart(kBuckets, bleu_series(), bleu_options());
  const Image back = decode_png(encode_png(image));
  ASSERT_EQ(back.width(), image.width());
  ASSERT_EQ(back.height(), image.height());
  EXPECT_EQ(back.bytes(), image.bytes());

  const fs::path dir = fs::temp_directory_path() / ("attn-line-chart-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  save_line_chart(dir / "bleu.png", kBuckets, bleu_series(), bleu_options());
  std::ifstream in(dir / "bleu.png", std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  EXPECT_EQ(decode_png(bytes.str(), "bleu.png").bytes(), image.bytes());
  fs::remove_all(dir);
}

TEST(LineChart, Errors) {
  auto series = bleu_series();
  series[1].values.pop_back();
  testing::expect_error([&] { render_line_chart(kBuckets, series); },
                        {"series 1", "RNNsearch-30", "5 values", "6 categories"});
  testing::expect_error([] { render_line_chart({}, bleu_series()); }, {"no categories"});
  testing::expect_error([] { render_line_chart(kBuckets, {}); }, {"no series"});
  auto infinite = bleu_series();
  infinite[2].values[3] = INFINITY;
  testing::expect_error([&] { line_chart_layout(kBuckets, infinite); }, {"RNNenc-50", "'31-40'", "inf"});

  LineChartOptions tiny;
  tiny.width = 150;
  tiny.height = 500;
  testing::expect_error([&] { render_line_chart(kBuckets, bleu_series(), tiny); }, {"150 x 500", "larger"});
  tiny.width = 800;
  tiny.height = 60;
  testing::expect_error([&] { render_line_chart(kBuckets, bleu_series(), tiny); }, {"800 x 60", "larger"});
  LineChartOptions narrow;
  narrow.width = 320;
  const std::vector<std::string> long_labels = {
      "a rather long bucket name", "and another long one", "x", "y", "z", "w"};
  testing::expect_error([&] { render_line_chart(long_labels, bleu_series(), narrow); },
                        {"'a rather long bucket name'", "wider than 320"});
}

}  // namespace
}  // namespace attn::viz
