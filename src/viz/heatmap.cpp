#include "attn/viz/heatmap.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>

#include "attn/data/utf8.h"
#include "attn/error.h"
#include "attn/io/atomic_file.h"
#include "viz/figure_text.h"

namespace attn::viz {

namespace {

using namespace figure;

constexpr int kBarWidth = 14;  // the colour bar
const Rgb kMissingColour{200, 200, 200};

Fonts load_fonts(const FigureOptions& o) {
  return figure::load_fonts(o.font_file, o.label_px, o.title_px);
}

int ceil_div(int a, int b) {
  return (a + b - 1) / b;
}

// `text` cut (at a character boundary) so that it fits in max_px, with "…" at the end.
std::string cut_to_width(const Font& font, const std::string& text, int max_px) {
  if (font.text_width(text) <= max_px) return text;
  std::vector<std::size_t> ends;  // byte offset after each character
  for (std::size_t offset = 0; offset < text.size();) {
    data::next_code_point(text, offset);
    ends.push_back(offset);
  }
  for (std::size_t n = ends.size(); n-- > 0;) {
    std::string candidate = text.substr(0, ends[n]) + "…";
    if (font.text_width(candidate) <= max_px) return candidate;
  }
  return "…";
}

void shift(PlacedText& t, int dx, int dy) {
  t.x += dx;
  t.y += dy;
  t.box.x += dx;
  t.box.y += dy;
}

std::string label_of(const std::vector<std::string>& labels, std::int64_t i) {
  return labels.empty() ? std::to_string(i) : labels[static_cast<std::size_t>(i)];
}

void check_panel(const HeatmapPanel& p, std::size_t index) {
  ATTN_CHECK(p.rows >= 1 && p.cols >= 1, "heatmap panel ", index, " ('", p.title, "'): ", p.rows, " x ", p.cols,
             " (expected at least one row and one column)");
  ATTN_CHECK(p.values.size() == static_cast<std::size_t>(p.rows * p.cols), "heatmap panel ", index, " ('", p.title,
             "'): ", p.values.size(), " values for a ", p.rows, " x ", p.cols, " matrix");
  ATTN_CHECK(p.row_labels.empty() || p.row_labels.size() == static_cast<std::size_t>(p.rows), "heatmap panel ", index,
             " ('", p.title, "'): ", p.row_labels.size(), " row labels for ", p.rows, " rows");
  ATTN_CHECK(p.col_labels.empty() || p.col_labels.size() == static_cast<std::size_t>(p.cols), "heatmap panel ", index,
             " ('", p.title, "'): ", p.col_labels.size(), " column labels for ", p.cols, " columns");
}

// A panel laid out with its top-left corner at (0, 0); returns it and its size.
PanelLayout layout_panel(const HeatmapPanel& p, const FigureOptions& o, const Font& font, int& width, int& height) {
  PanelLayout out;
  const int n = static_cast<int>(std::max(p.rows, p.cols));
  out.cell = std::clamp(o.panel_size / n, o.min_cell, o.max_cell);
  const int cell = out.cell, lh = font.line_height(), asc = font.ascent(), desc = font.descent();
  // Labels closer than a line (plus 2 pixels of air) are thinned to every k-th.
  const int thin_step = std::max(1, ceil_div(lh + 2, cell));
  out.row_label_step = thin_step;

  std::vector<std::string> rows_drawn(static_cast<std::size_t>(p.rows)), cols_drawn(static_cast<std::size_t>(p.cols));
  int row_w = 0;
  for (std::int64_t i = 0; i < p.rows; i += out.row_label_step) {
    rows_drawn[i] = cut_to_width(font, label_of(p.row_labels, i), o.max_label_px);
    row_w = std::max(row_w, font.text_width(rows_drawn[i]));
  }
  int col_w = 0;
  for (std::int64_t j = 0; j < p.cols; ++j) {
    cols_drawn[j] = cut_to_width(font, label_of(p.col_labels, j), o.max_label_px);
    col_w = std::max(col_w, font.text_width(cols_drawn[j]));
  }
  out.col_labels_upward = col_w + 4 > cell;
  out.col_label_step = out.col_labels_upward ? thin_step : 1;
  if (out.col_labels_upward) {  // the widest of the labels actually drawn
    col_w = 0;
    for (std::int64_t j = 0; j < p.cols; j += out.col_label_step)
      col_w = std::max(col_w, font.text_width(cols_drawn[j]));
  }
  const int col_area = out.col_labels_upward ? col_w : lh;

  // A label centred on a cell smaller than a line reaches up to half a line past the
  // plot's edge: the spill keeps that clear of the title and the column labels.
  const int spill = lh / 2 + 2;
  const int title_h = p.title.empty() ? 0 : lh + 4;
  out.plot = Box{std::max(row_w + kGap, spill), title_h + spill, static_cast<int>(p.cols) * cell,
                 static_cast<int>(p.rows) * cell};
  const Box& plot = out.plot;

  width = plot.x + plot.w + (out.col_labels_upward ? spill : 0);
  if (!p.title.empty()) {
    const int tw = font.text_width(p.title);
    out.texts.push_back(horizontal_text(font, p.title, std::max(0, plot.x + (plot.w - tw) / 2), asc));
    width = std::max(width, out.texts.back().box.x + tw);
  }
  for (std::int64_t i = 0; i < p.rows; i += out.row_label_step) {
    const int w = font.text_width(rows_drawn[i]);
    const int baseline = plot.y + static_cast<int>(i) * cell + cell / 2 + (asc - desc) / 2;
    out.texts.push_back(horizontal_text(font, rows_drawn[i], plot.x - kGap - w, baseline));
  }
  const int col_top = plot.y + plot.h + spill + 2;
  for (std::int64_t j = 0; j < p.cols; j += out.col_label_step) {
    const int w = font.text_width(cols_drawn[j]);
    const int centre = plot.x + static_cast<int>(j) * cell + cell / 2;
    if (out.col_labels_upward)
      out.texts.push_back(upward_text(font, cols_drawn[j], centre + (asc - desc) / 2, col_top + w));
    else
      out.texts.push_back(horizontal_text(font, cols_drawn[j], centre - w / 2, col_top + asc));
  }
  height = col_top + col_area;
  return out;
}

std::string format_value(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3g", v);
  return buffer;
}

FigureLayout layout_with(const std::vector<HeatmapPanel>& panels, const FigureOptions& o, const Fonts& fonts) {
  ATTN_CHECK(!panels.empty(), "heatmap: no panels to draw");
  ATTN_CHECK(o.min_cell >= 1 && o.max_cell >= o.min_cell && o.panel_size >= 1, "heatmap: cell sizes min ", o.min_cell,
             ", max ", o.max_cell, ", panel ", o.panel_size, " (expected 1 <= min <= max, panel >= 1)");
  ATTN_CHECK(o.max_label_px >= 8, "heatmap: max_label_px ", o.max_label_px, " (expected at least 8)");
  ATTN_CHECK(o.vmax >= 0.0 && std::isfinite(o.vmax), "heatmap: vmax ", o.vmax, " (expected 0 for automatic, or > 0)");
  for (std::size_t k = 0; k < panels.size(); ++k) check_panel(panels[k], k);
  const Font& font = fonts.label;
  const int lh = font.line_height(), asc = font.ascent();

  FigureLayout fig;
  if (o.vmax > 0.0) {
    fig.vmax = o.vmax;
  } else {
    double top = 0.0;
    for (const auto& p : panels)
      for (float v : p.values)
        if (std::isfinite(v)) top = std::max(top, static_cast<double>(v));
    fig.vmax = top > 0.0 ? top : 1.0;
  }

  const std::int64_t n = static_cast<std::int64_t>(panels.size());
  const std::int64_t columns =
      o.columns > 0 ? std::min(o.columns, n) : static_cast<std::int64_t>(std::ceil(std::sqrt(static_cast<double>(n))));
  const std::int64_t grid_rows = (n + columns - 1) / columns;
  std::vector<int> widths(panels.size()), heights(panels.size());
  int slot_w = 0, slot_h = 0;
  for (std::size_t k = 0; k < panels.size(); ++k) {
    fig.panels.push_back(layout_panel(panels[k], o, font, widths[k], heights[k]));
    slot_w = std::max(slot_w, widths[k]);
    slot_h = std::max(slot_h, heights[k]);
  }

  const int title_h = o.title.empty() ? 0 : fonts.title.line_height() + 8;
  const int ycap_w = o.y_caption.empty() ? 0 : lh + 8;
  const int gx = kMargin + ycap_w, gy = kMargin + title_h;
  for (std::size_t k = 0; k < fig.panels.size(); ++k) {
    PanelLayout& pl = fig.panels[k];
    const int dx = gx + static_cast<int>(static_cast<std::int64_t>(k) % columns) * (slot_w + kPanelGap);
    const int dy = gy + static_cast<int>(static_cast<std::int64_t>(k) / columns) * (slot_h + kPanelGap);
    pl.plot.x += dx;
    pl.plot.y += dy;
    for (auto& t : pl.texts) shift(t, dx, dy);
  }
  const int grid_w = static_cast<int>(columns) * slot_w + static_cast<int>(columns - 1) * kPanelGap;
  const int grid_h = static_cast<int>(grid_rows) * slot_h + static_cast<int>(grid_rows - 1) * kPanelGap;
  int right = gx + grid_w, bottom = gy + grid_h;

  if (!o.x_caption.empty()) {
    const int w = font.text_width(o.x_caption);
    fig.texts.push_back(horizontal_text(font, o.x_caption, gx + std::max(0, (grid_w - w) / 2), bottom + 8 + asc));
    right = std::max(right, fig.texts.back().box.x + w);
    bottom += lh + 8;
  }
  if (!o.y_caption.empty()) {
    const int w = font.text_width(o.y_caption);
    const int y_start = std::max(gy + grid_h / 2 + w / 2, gy + w);
    fig.texts.push_back(upward_text(font, o.y_caption, kMargin + asc, y_start));
    bottom = std::max(bottom, y_start);
  }

  // The colour bar beside the first panel's plot, its values on the right.
  const Box& first = fig.panels.front().plot;
  fig.colour_bar = Box{right + kPanelGap, first.y, kBarWidth, std::clamp(first.h, 100, 240)};
  const Box& bar = fig.colour_bar;
  for (double t : {0.0, 0.5, 1.0}) {
    const int y = bar.y + bar.h - 1 - static_cast<int>(std::lround(t * (bar.h - 1)));
    const int baseline = y + (asc - font.descent()) / 2;
    fig.texts.push_back(horizontal_text(font, format_value(t * fig.vmax), bar.x + bar.w + kTickLength + 3, baseline));
    right = std::max(right, fig.texts.back().box.x + fig.texts.back().box.w);
    bottom = std::max(bottom, fig.texts.back().box.y + fig.texts.back().box.h);
  }
  bottom = std::max(bottom, bar.y + bar.h);

  fig.width = right + kMargin;
  if (!o.title.empty()) {
    const int w = fonts.title.text_width(o.title);
    fig.width = std::max(fig.width, w + 2 * kMargin);
    fig.texts.insert(fig.texts.begin(),
                     horizontal_text(fonts.title, o.title, (fig.width - w) / 2, kMargin + fonts.title.ascent()));
  }
  fig.height = bottom + kMargin;
  return fig;
}

std::string hex_colour(Rgb c) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", c.r, c.g, c.b);
  return buffer;
}

// Text for XML: the five special characters escaped, characters XML 1.0 forbids
// (control characters other than tab, newline, return) replaced by U+FFFD.
std::string xml_escape(const std::string& text) {
  std::string out;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          out += "\xEF\xBF\xBD";
        else
          out += ch;
    }
  }
  return out;
}

void append_svg_text(std::string& svg, const PlacedText& t) {
  const std::string x = std::to_string(t.x), y = std::to_string(t.y);
  // Appended piece by piece (GCC 12 warns falsely on "literal" + std::string&&).
  svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"");
  svg.append(std::to_string(t.px)).append("px\"");
  if (t.direction == TextDirection::Upward)
    svg.append(" transform=\"rotate(-90 ").append(x).append(" ").append(y).append(")\"");
  svg.append(">").append(xml_escape(t.text)).append("</text>\n");
}

std::string svg_rect(const Box& b, const std::string& fill, const std::string& extra = "") {
  return "<rect x=\"" + std::to_string(b.x) + "\" y=\"" + std::to_string(b.y) + "\" width=\"" + std::to_string(b.w) +
         "\" height=\"" + std::to_string(b.h) + "\" fill=\"" + fill + "\"" + extra + "/>\n";
}

}  // namespace

bool Box::overlaps(const Box& o) const {
  if (w <= 0 || h <= 0 || o.w <= 0 || o.h <= 0) return false;
  return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
}

bool Box::inside(const Box& outer) const {
  return x >= outer.x && y >= outer.y && x + w <= outer.x + outer.w && y + h <= outer.y + outer.h;
}

HeatmapPanel panel_from_matrix(std::string title, const Tensor& m, std::vector<std::string> row_labels,
                               std::vector<std::string> col_labels) {
  ATTN_CHECK(m.dim() == 1 || m.dim() == 2, "heatmap '", title, "': a matrix (R, K) or a row (K), got ", m.describe());
  HeatmapPanel p;
  p.title = std::move(title);
  p.rows = m.dim() == 2 ? m.size(0) : 1;
  p.cols = m.size(-1);
  for (double v : m.to_vector()) p.values.push_back(static_cast<float>(v));
  p.row_labels = std::move(row_labels);
  p.col_labels = std::move(col_labels);
  return p;
}

FigureLayout layout_figure(const std::vector<HeatmapPanel>& panels, const FigureOptions& options) {
  const Fonts fonts = load_fonts(options);
  return layout_with(panels, options, fonts);
}

Rgb heatmap_colour(double value, double vmax) {
  if (std::isnan(value)) return kMissingColour;
  // White through light and mid blues to a dark navy, evenly spaced.
  static constexpr std::array<Rgb, 5> kStops = {Rgb{255, 255, 255}, Rgb{202, 222, 240}, Rgb{116, 169, 212},
                                                Rgb{40, 110, 178}, Rgb{10, 45, 105}};
  const double t = std::clamp(vmax > 0.0 ? value / vmax : 0.0, 0.0, 1.0) * (kStops.size() - 1);
  const std::size_t i = std::min(static_cast<std::size_t>(t), kStops.size() - 2);
  const double f = t - static_cast<double>(i);
  const auto mix = [f](std::uint8_t a, std::uint8_t b) {
    return static_cast<std::uint8_t>(std::lround(a + (b - a) * f));
  };
  return {mix(kStops[i].r, kStops[i + 1].r), mix(kStops[i].g, kStops[i + 1].g), mix(kStops[i].b, kStops[i + 1].b)};
}

Image render_png(const std::vector<HeatmapPanel>& panels, const FigureOptions& options) {
  const Fonts fonts = load_fonts(options);
  const FigureLayout fig = layout_with(panels, options, fonts);
  Image image(fig.width, fig.height);
  const auto frame = [&image](const Box& b) {
    image.fill_rect(b.x - 1, b.y - 1, b.w + 2, 1, kFrameColour);
    image.fill_rect(b.x - 1, b.y + b.h, b.w + 2, 1, kFrameColour);
    image.fill_rect(b.x - 1, b.y, 1, b.h, kFrameColour);
    image.fill_rect(b.x + b.w, b.y, 1, b.h, kFrameColour);
  };
  const auto draw = [&](const PlacedText& t) {
    (t.px == fonts.title.pixel_size() ? fonts.title : fonts.label)
        .draw(image, t.text, t.x, t.y, kTextColour, t.direction);
  };
  for (std::size_t k = 0; k < panels.size(); ++k) {
    const HeatmapPanel& p = panels[k];
    const PanelLayout& pl = fig.panels[k];
    for (std::int64_t i = 0; i < p.rows; ++i)
      for (std::int64_t j = 0; j < p.cols; ++j)
        image.fill_rect(pl.plot.x + static_cast<int>(j) * pl.cell, pl.plot.y + static_cast<int>(i) * pl.cell, pl.cell,
                        pl.cell, heatmap_colour(p.values[i * p.cols + j], fig.vmax));
    frame(pl.plot);
    for (const auto& t : pl.texts) draw(t);
  }
  const Box& bar = fig.colour_bar;
  for (int y = 0; y < bar.h; ++y) {
    const double value = fig.vmax * (bar.h - 1 - y) / std::max(1, bar.h - 1);
    image.fill_rect(bar.x, bar.y + y, bar.w, 1, heatmap_colour(value, fig.vmax));
  }
  frame(bar);
  for (double t : {0.0, 0.5, 1.0}) {
    const int y = bar.y + bar.h - 1 - static_cast<int>(std::lround(t * (bar.h - 1)));
    image.fill_rect(bar.x + bar.w + 1, y, kTickLength, 1, kFrameColour);
  }
  for (const auto& t : fig.texts) draw(t);
  return image;
}

std::string render_svg(const std::vector<HeatmapPanel>& panels, const FigureOptions& options) {
  const Fonts fonts = load_fonts(options);
  const FigureLayout fig = layout_with(panels, options, fonts);
  const std::string w = std::to_string(fig.width), h = std::to_string(fig.height);
  std::string svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " +
         h + "\" font-family=\"DejaVu Sans, Verdana, sans-serif\" fill=\"" + hex_colour(kTextColour) +
         "\" style=\"white-space:pre\">\n";
  if (!options.title.empty()) svg += "<title>" + xml_escape(options.title) + "</title>\n";
  svg += "<defs><linearGradient id=\"colour-scale\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">\n";
  for (int s = 0; s <= 10; ++s)
    svg += "<stop offset=\"" + format_value(s / 10.0) + "\" stop-color=\"" +
           hex_colour(heatmap_colour(fig.vmax * s / 10.0, fig.vmax)) + "\"/>\n";
  svg += "</linearGradient></defs>\n";
  svg += svg_rect(Box{0, 0, fig.width, fig.height}, "#ffffff");
  const std::string frame = " stroke=\"" + hex_colour(kFrameColour) + "\" stroke-width=\"1\"";
  for (std::size_t k = 0; k < panels.size(); ++k) {
    const HeatmapPanel& p = panels[k];
    const PanelLayout& pl = fig.panels[k];
    svg += "<g class=\"panel\" shape-rendering=\"crispEdges\">\n";
    for (std::int64_t i = 0; i < p.rows; ++i)
      for (std::int64_t j = 0; j < p.cols; ++j)
        svg += svg_rect(
            Box{pl.plot.x + static_cast<int>(j) * pl.cell, pl.plot.y + static_cast<int>(i) * pl.cell, pl.cell, pl.cell},
            hex_colour(heatmap_colour(p.values[i * p.cols + j], fig.vmax)));
    svg += svg_rect(Box{pl.plot.x - 1, pl.plot.y - 1, pl.plot.w + 1, pl.plot.h + 1}, "none", frame);
    svg += "</g>\n";
    for (const auto& t : pl.texts) append_svg_text(svg, t);
  }
  const Box& bar = fig.colour_bar;
  svg += svg_rect(bar, "url(#colour-scale)", frame);
  for (double t : {0.0, 0.5, 1.0}) {
    const int y = bar.y + bar.h - 1 - static_cast<int>(std::lround(t * (bar.h - 1)));
    svg += svg_rect(Box{bar.x + bar.w + 1, y, kTickLength, 1}, hex_colour(kFrameColour));
  }
  for (const auto& t : fig.texts) append_svg_text(svg, t);
  svg += "</svg>\n";
  return svg;
}

void save_figure(const std::filesystem::path& path, const std::vector<HeatmapPanel>& panels,
                 const FigureOptions& options) {
  const std::string ext = path.extension().string();
  ATTN_CHECK(ext == ".png" || ext == ".svg", "save_figure: ", path.string(),
             " (expected a file name ending in .png or .svg)");
  if (ext == ".png")
    write_png(path, render_png(panels, options));
  else
    write_file_atomically(path, render_svg(panels, options));
}

}  // namespace attn::viz
