// attn viz: images, fonts, token labels and the heatmap renderer: the PNG decodes
// (libpng) to the laid-out size with the right colours in the cells; text boxes never
// overlap one another, a plot or the colour bar, at any length; the SVG is well-formed
// XML (checked by Python's parser); and the errors.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "attn/error.h"
#include "attn/viz/font.h"
#include "attn/viz/heatmap.h"
#include "attn/viz/image.h"
#include "attn/viz/token_label.h"
#include "support/errors.h"

namespace attn::viz {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> labels(std::int64_t n, const std::string& prefix) {
  std::vector<std::string> out;
  for (std::int64_t i = 0; i < n; ++i) out.push_back(prefix + std::to_string(i));
  return out;
}

// A (rows, cols) panel with values i*cols + j scaled into [0, 1].
HeatmapPanel ramp_panel(std::int64_t rows, std::int64_t cols, std::vector<std::string> row_labels = {},
                        std::vector<std::string> col_labels = {}) {
  HeatmapPanel p;
  p.rows = rows;
  p.cols = cols;
  for (std::int64_t k = 0; k < rows * cols; ++k) p.values.push_back(static_cast<float>(k) / (rows * cols));
  p.row_labels = std::move(row_labels);
  p.col_labels = std::move(col_labels);
  return p;
}

// Every text box of a figure, with where it came from.
std::vector<std::pair<std::string, Box>> text_boxes(const FigureLayout& fig) {
  std::vector<std::pair<std::string, Box>> out;
  for (std::size_t k = 0; k < fig.panels.size(); ++k)
    for (const auto& t : fig.panels[k].texts)
      out.emplace_back("panel " + std::to_string(k) + " '" + t.text + "'", t.box);
  for (const auto& t : fig.texts) out.emplace_back("figure '" + t.text + "'", t.box);
  return out;
}

void expect_no_overlaps(const FigureLayout& fig) {
  const auto texts = text_boxes(fig);
  const Box image{0, 0, fig.width, fig.height};
  std::vector<Box> solids = {fig.colour_bar};
  for (const auto& p : fig.panels) solids.push_back(Box{p.plot.x - 1, p.plot.y - 1, p.plot.w + 2, p.plot.h + 2});
  for (std::size_t a = 0; a < texts.size(); ++a) {
    EXPECT_TRUE(texts[a].second.inside(image)) << texts[a].first << " leaves the image";
    for (std::size_t b = a + 1; b < texts.size(); ++b)
      EXPECT_FALSE(texts[a].second.overlaps(texts[b].second)) << texts[a].first << " overlaps " << texts[b].first;
    for (const Box& s : solids)
      EXPECT_FALSE(texts[a].second.overlaps(s)) << texts[a].first << " overlaps a plot or the bar";
  }
  for (std::size_t a = 0; a < solids.size(); ++a)
    for (std::size_t b = a + 1; b < solids.size(); ++b) EXPECT_FALSE(solids[a].overlaps(solids[b]));
}

TEST(Image, PngRoundTripsThroughLibpng) {
  Image image(7, 5, {10, 20, 30});
  image.set(3, 2, {250, 0, 128});
  image.fill_rect(-2, 4, 4, 9, {1, 2, 3});  // clipped to (0..1, 4)
  const Image back = decode_png(encode_png(image));
  ASSERT_EQ(back.width(), 7);
  ASSERT_EQ(back.height(), 5);
  EXPECT_EQ(back.bytes(), image.bytes());
  EXPECT_EQ(back.pixel(3, 2), (Rgb{250, 0, 128}));
  EXPECT_EQ(back.pixel(1, 4), (Rgb{1, 2, 3}));
  EXPECT_EQ(back.pixel(2, 4), (Rgb{10, 20, 30}));
}

TEST(Image, Errors) {
  testing::expect_error([] { decode_png("not a png at all", "x.png"); }, {"x.png", "not a PNG"});
  const std::string png = encode_png(Image(40, 30));
  testing::expect_error([&] { decode_png(png.substr(0, png.size() / 2), "cut.png"); }, {"cut.png"});
  testing::expect_error([] { Image(0, 3); }, {"0 x 3"});
  testing::expect_error([] { Image(4, 4).pixel(4, 0); }, {"outside"});
}

TEST(Font, BoxesHoldTheInkInBothDirections) {
  const Font font(default_font_file(), 14);
  EXPECT_EQ(font.text_width(""), 0);
  EXPECT_GT(font.text_width("journey"), font.text_width("one"));
  EXPECT_GT(font.line_height(), 10);
  for (TextDirection d : {TextDirection::Horizontal, TextDirection::Upward}) {
    Image image(200, 200);
    const std::string text = "Ågjy(␣)↵";
    const int x = 80, y = 120, w = font.text_width(text);
    font.draw(image, text, x, y, {0, 0, 0}, d);
    const Box box = d == TextDirection::Horizontal ? Box{x, y - font.ascent(), w, font.line_height()}
                                                   : Box{x - font.ascent(), y - w, font.line_height(), w};
    int inked = 0, outside = 0;
    for (int py = 0; py < 200; ++py)
      for (int px = 0; px < 200; ++px)
        if (image.pixel(px, py) != Rgb{255, 255, 255}) {
          ++inked;
          if (!Box{px, py, 1, 1}.inside(box)) ++outside;
        }
    EXPECT_GT(inked, 50);
    EXPECT_EQ(outside, 0) << "ink outside the text's box, direction " << static_cast<int>(d);
  }
  testing::expect_error([] { Font("/nonexistent/font.ttf", 12); }, {"/nonexistent/font.ttf"});
  testing::expect_error([&] { font.text_width("\xff"); }, {"UTF-8"});
}

TEST(TokenLabel, ShowsWhitespaceAndBrokenBytes) {
  EXPECT_EQ(token_label("the"), "the");
  EXPECT_EQ(token_label(" the"), "␣the");
  EXPECT_EQ(token_label("\n"), "↵");
  EXPECT_EQ(token_label("a\tb"), "a⇥b");
  EXPECT_EQ(token_label("é"), "é");
  EXPECT_EQ(token_label("\xc3"), "\\xC3");               // half of "é"
  EXPECT_EQ(token_label("x\xe2\x80y"), "x\\xE2\\x80y");  // a cut 3-byte character
  EXPECT_EQ(token_label(std::string("\x01", 1)), "\\x01");
}

TEST(Heatmap, ColourScaleRunsFromWhiteToDark) {
  EXPECT_EQ(heatmap_colour(0.0, 1.0), (Rgb{255, 255, 255}));
  EXPECT_EQ(heatmap_colour(2.0, 1.0), heatmap_colour(1.0, 1.0));  // clamped
  EXPECT_EQ(heatmap_colour(0.5, 0.5), heatmap_colour(1.0, 1.0));
  int previous = 3 * 255 + 1;
  for (int i = 0; i <= 20; ++i) {
    const Rgb c = heatmap_colour(i / 20.0, 1.0);
    const int brightness = c.r + c.g + c.b;
    EXPECT_LT(brightness, previous) << "at " << i / 20.0;
    previous = brightness;
  }
  const Rgb missing = heatmap_colour(std::nan(""), 1.0);
  EXPECT_EQ(missing.r, missing.g);
  EXPECT_EQ(missing.g, missing.b);
}

TEST(Heatmap, PngHasTheLayoutsSizeAndTheCellsColours) {
  const std::vector<HeatmapPanel> panels = {ramp_panel(5, 7, labels(5, "q"), labels(7, "k"))};
  FigureOptions o;
  o.title = "a 5 x 7 ramp";
  o.x_caption = "key";
  o.y_caption = "query";
  const FigureLayout fig = layout_figure(panels, o);
  const Image image = decode_png(encode_png(render_png(panels, o)));
  ASSERT_EQ(image.width(), fig.width);
  ASSERT_EQ(image.height(), fig.height);
  const PanelLayout& p = fig.panels[0];
  EXPECT_EQ(p.plot.w, 7 * p.cell);
  EXPECT_EQ(p.plot.h, 5 * p.cell);
  EXPECT_NEAR(fig.vmax, 34.0 / 35.0, 1e-6);  // the largest value
  for (int i = 0; i < 5; ++i)
    for (int j = 0; j < 7; ++j) {
      const Rgb expected = heatmap_colour(panels[0].values[i * 7 + j], fig.vmax);
      EXPECT_EQ(image.pixel(p.plot.x + j * p.cell + p.cell / 2, p.plot.y + i * p.cell + p.cell / 2), expected)
          << "cell " << i << ", " << j;
    }
  // The labels are drawn: text pixels left of the first row and under the first column.
  int ink = 0;
  for (const auto& t : p.texts)
    for (int y = t.box.y; y < t.box.y + t.box.h; ++y)
      for (int x = t.box.x; x < t.box.x + t.box.w; ++x) ink += image.pixel(x, y) != Rgb{255, 255, 255};
  EXPECT_GT(ink, 100);
}

TEST(Heatmap, CellsAdaptToTheLength) {
  FigureOptions o;
  int previous = 1 << 20;
  for (std::int64_t n : {2, 6, 20, 60, 128, 300}) {
    const FigureLayout fig = layout_figure({ramp_panel(n, n)}, o);
    const int cell = fig.panels[0].cell;
    EXPECT_LE(cell, previous) << n;
    EXPECT_GE(cell, o.min_cell);
    EXPECT_LE(cell, o.max_cell);
    if (cell > o.min_cell && cell < o.max_cell) {
      EXPECT_NEAR(cell * n, o.panel_size, n) << n;
    }
    previous = cell;
  }
  EXPECT_EQ(layout_figure({ramp_panel(2, 2)}, o).panels[0].cell, o.max_cell);
  EXPECT_EQ(layout_figure({ramp_panel(300, 300)}, o).panels[0].cell, o.min_cell);
}

TEST(Heatmap, LabelsNeverOverlapAtAnyLength) {
  const std::vector<std::string> words = {"Your", "journey", "starts", "with", "one", "step"};
  for (std::int64_t n : {1, 3, 6, 17, 40, 97, 128, 257}) {
    SCOPED_TRACE("n = " + std::to_string(n));
    std::vector<std::string> rows, cols;
    for (std::int64_t i = 0; i < n; ++i) {
      rows.push_back(words[i % words.size()]);
      cols.push_back(i % 7 == 3 ? "an extraordinarily long token label that must be cut" : words[i % words.size()]);
    }
    FigureOptions o;
    o.title = "n tokens";
    o.x_caption = "key: the token attended to";
    o.y_caption = "query: the token attending";
    const FigureLayout fig = layout_figure({ramp_panel(n, n, rows, cols)}, o);
    expect_no_overlaps(fig);
    const PanelLayout& p = fig.panels[0];
    // Every label is drawn when a line fits in a cell; else every k-th.
    const Font font(default_font_file(), o.label_px);
    if (p.cell >= font.line_height() + 2) {
      EXPECT_EQ(p.row_label_step, 1);
    }
    EXPECT_GE(p.row_label_step * p.cell, font.line_height() + 2);
    for (const auto& t : p.texts) {
      const int length = t.direction == TextDirection::Horizontal ? t.box.w : t.box.h;
      EXPECT_LE(length, o.max_label_px) << t.text;
      if (t.text.starts_with("an extraordinarily")) {
        EXPECT_TRUE(t.text.ends_with("…")) << t.text;
      }
    }
  }
}

TEST(Heatmap, ColumnLabelsTurnWhenTheyDoNotFit) {
  const FigureLayout short_labels = layout_figure({ramp_panel(4, 4, labels(4, "a"), {"a", "b", "c", "d"})});
  EXPECT_FALSE(short_labels.panels[0].col_labels_upward);
  const FigureLayout long_labels = layout_figure({ramp_panel(4, 4, labels(4, "a"), labels(4, "beginning"))});
  EXPECT_TRUE(long_labels.panels[0].col_labels_upward);
  for (const auto& t : long_labels.panels[0].texts)
    if (t.text.starts_with("beginning")) {
      EXPECT_EQ(t.direction, TextDirection::Upward);
    }
  expect_no_overlaps(short_labels);
  expect_no_overlaps(long_labels);
}

TEST(Heatmap, GridsOfPanelsDoNotOverlap) {
  for (std::int64_t n : {5, 30, 90}) {
    std::vector<HeatmapPanel> heads;
    for (int h = 0; h < 12; ++h) {
      heads.push_back(ramp_panel(n, n, labels(n, "tok"), labels(n, "tok")));
      heads.back().title = "head " + std::to_string(h);
    }
    FigureOptions o;
    o.title = "layer 3, every head";
    o.panel_size = 320;
    o.x_caption = "key";
    o.y_caption = "query";
    const FigureLayout fig = layout_figure(heads, o);
    expect_no_overlaps(fig);
    // 12 panels: 4 a row, 3 rows.
    EXPECT_EQ(fig.panels[3].plot.y, fig.panels[0].plot.y);
    EXPECT_GT(fig.panels[4].plot.y, fig.panels[0].plot.y);
    EXPECT_EQ(fig.panels[4].plot.x, fig.panels[0].plot.x);
  }
}

// Python's XML parser reads the SVG; prints the number of rect elements and the texts.
std::string parse_svg_with_python(const fs::path& file) {
  const std::string command =
      "/usr/bin/python3 -c \"import sys, xml.etree.ElementTree as ET; r = ET.parse(sys.argv[1]).getroot(); "
      "ns = '{http://www.w3.org/2000/svg}'; print(r.tag == ns + 'svg', r.get('width'), r.get('height'), "
      "len(list(r.iter(ns + 'rect')))); [print(t.text) for t in r.iter(ns + 'text')]\" '" +
      file.string() + "' 2>&1";
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return "popen failed";
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  const int status = pclose(pipe);
  return status == 0 ? out : "python3 failed: " + out;
}

TEST(Heatmap, SvgIsWellFormedXml) {
  const fs::path dir = fs::temp_directory_path() / ("attn-heatmap-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::vector<HeatmapPanel> panels = {ramp_panel(3, 4, {"<s>", "a & b", "\"quoted\""}, {"x<y", "'", "␣", "\x01"}),
                                      ramp_panel(3, 4)};
  panels[0].title = "head <0>";
  FigureOptions o;
  o.title = "tags & ampersands";
  save_figure(dir / "f.svg", panels, o);
  const FigureLayout fig = layout_figure(panels, o);
  const std::string parsed = parse_svg_with_python(dir / "f.svg");
  // The background, 12 cells and a frame a panel, the colour bar and its 3 ticks.
  const std::string head = "True " + std::to_string(fig.width) + " " + std::to_string(fig.height) + " " +
                           std::to_string(1 + 2 * (12 + 1) + 1 + 3) + "\n";
  EXPECT_EQ(parsed.substr(0, head.size()), head) << parsed;
  for (const char* text : {"<s>", "a & b", "\"quoted\"", "x<y", "head <0>", "tags & ampersands"})
    EXPECT_NE(parsed.find(std::string("\n") + text + "\n"), std::string::npos) << text << " in\n" << parsed;
  fs::remove_all(dir);
}

TEST(Heatmap, SaveFigurePicksTheFormatAndLeavesNoPartialFile) {
  const fs::path dir = fs::temp_directory_path() / ("attn-heatmap-save-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  save_figure(dir / "a.png", {ramp_panel(2, 3)});
  std::ifstream in(dir / "a.png", std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(decode_png(bytes).width(), layout_figure({ramp_panel(2, 3)}).width);
  testing::expect_error([&] { save_figure(dir / "a.jpg", {ramp_panel(2, 3)}); }, {"a.jpg", ".png or .svg"});
  EXPECT_FALSE(fs::exists(dir / "a.jpg"));
  HeatmapPanel bad = ramp_panel(2, 3);
  bad.values.pop_back();
  testing::expect_error([&] { save_figure(dir / "b.png", {bad}); }, {"5 values", "2 x 3"});
  EXPECT_FALSE(fs::exists(dir / "b.png"));
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
  EXPECT_EQ(files, 1u);  // a.png alone: no temporaries left
  fs::remove_all(dir);
}

TEST(Heatmap, Errors) {
  testing::expect_error([] { layout_figure({}); }, {"no panels"});
  HeatmapPanel p = ramp_panel(2, 2);
  p.row_labels = {"only one"};
  testing::expect_error([&] { layout_figure({p}); }, {"1 row labels", "2 rows"});
  p = ramp_panel(2, 2);
  p.col_labels = {"a", "b", "c"};
  testing::expect_error([&] { layout_figure({p}); }, {"3 column labels", "2 columns"});
  testing::expect_error([] { layout_figure({HeatmapPanel{}}); }, {"0 x 0"});
  FigureOptions o;
  o.vmax = -1;
  testing::expect_error([&] { layout_figure({ramp_panel(2, 2)}, o); }, {"vmax"});
  testing::expect_error([] { panel_from_matrix("m", zeros({2, 2, 2}), {}, {}); }, {"(R, K)"});
}

}  // namespace
}  // namespace attn::viz
