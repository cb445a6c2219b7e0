#include "attn/viz/font.h"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <cmath>
#include <cstdlib>
#include <unordered_map>
#include <vector>

#include "attn/data/utf8.h"
#include "attn/error.h"

namespace attn::viz {

std::filesystem::path default_font_file() {
  if (const char* env = std::getenv("ATTN_FONT"); env != nullptr && *env != '\0') {
    ATTN_CHECK(std::filesystem::is_regular_file(env), "$ATTN_FONT names ", env, ", which is not a file");
    return env;
  }
  const std::filesystem::path dejavu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  ATTN_CHECK(std::filesystem::is_regular_file(dejavu), "the heatmaps' font ", dejavu.string(),
             " is missing: install Debian's fonts-dejavu-core (scripts/install-deps.sh), or set $ATTN_FONT to a "
             "TrueType file");
  return dejavu;
}

namespace {

// One rendered glyph: its coverage bitmap and where it sits relative to the pen.
struct Glyph {
  int advance = 0;  // pixels
  int left = 0;     // bitmap's left edge right of the pen
  int top = 0;      // bitmap's top row above the baseline
  int width = 0, rows = 0;
  std::vector<std::uint8_t> coverage;  // rows × width
};

}  // namespace

struct Font::State {
  FT_Library library = nullptr;
  FT_Face face = nullptr;
  int pixel_size = 0;
  int ascent = 0, descent = 0;
  std::unordered_map<char32_t, Glyph> glyphs;

  ~State() {
    if (face != nullptr) FT_Done_Face(face);
    if (library != nullptr) FT_Done_FreeType(library);
  }

  const Glyph& glyph(char32_t code_point) {
    if (auto it = glyphs.find(code_point); it != glyphs.end()) return it->second;
    Glyph g;
    // Index 0, the missing glyph, when the font lacks the character.
    const FT_UInt index = FT_Get_Char_Index(face, code_point);
    if (FT_Load_Glyph(face, index, FT_LOAD_RENDER) == 0) {
      const FT_GlyphSlot slot = face->glyph;
      g.advance = static_cast<int>(std::lround(slot->advance.x / 64.0));
      g.left = slot->bitmap_left;
      g.top = slot->bitmap_top;
      g.width = static_cast<int>(slot->bitmap.width);
      g.rows = static_cast<int>(slot->bitmap.rows);
      g.coverage.resize(static_cast<std::size_t>(g.width) * g.rows);
      for (int r = 0; r < g.rows; ++r)
        for (int c = 0; c < g.width; ++c)
          g.coverage[static_cast<std::size_t>(r) * g.width + c] = slot->bitmap.buffer[r * slot->bitmap.pitch + c];
    }
    return glyphs.emplace(code_point, std::move(g)).first->second;
  }
};

Font::Font(const std::filesystem::path& file, int pixel_size) : state_(std::make_unique<State>()) {
  ATTN_CHECK(pixel_size >= 4, "viz::Font: pixel size ", pixel_size, " (expected at least 4)");
  ATTN_CHECK(FT_Init_FreeType(&state_->library) == 0, "viz::Font: FreeType did not start");
  ATTN_CHECK(FT_New_Face(state_->library, file.c_str(), 0, &state_->face) == 0, "viz::Font: FreeType cannot read ",
             file.string(), " as a font");
  ATTN_CHECK(FT_Set_Pixel_Sizes(state_->face, 0, static_cast<FT_UInt>(pixel_size)) == 0, "viz::Font: ", file.string(),
             " has no size ", pixel_size, " px");
  state_->pixel_size = pixel_size;
  const FT_Size_Metrics& m = state_->face->size->metrics;
  state_->ascent = static_cast<int>(std::ceil(m.ascender / 64.0));
  state_->descent = static_cast<int>(std::ceil(-m.descender / 64.0));
}

Font::~Font() = default;
Font::Font(Font&&) noexcept = default;
Font& Font::operator=(Font&&) noexcept = default;

int Font::pixel_size() const {
  return state_->pixel_size;
}
int Font::ascent() const {
  return state_->ascent;
}
int Font::descent() const {
  return state_->descent;
}

int Font::text_width(std::string_view utf8) const {
  data::check_utf8(utf8, "viz::Font::text_width");
  int width = 0;
  for (std::size_t offset = 0; offset < utf8.size();)
    width += state_->glyph(data::next_code_point(utf8, offset)).advance;
  return width;
}

void Font::draw(Image& image, std::string_view utf8, int x, int y, Rgb colour, TextDirection direction) const {
  data::check_utf8(utf8, "viz::Font::draw");
  int pen = 0;  // along the baseline
  for (std::size_t offset = 0; offset < utf8.size();) {
    const Glyph& g = state_->glyph(data::next_code_point(utf8, offset));
    for (int r = 0; r < g.rows; ++r)
      for (int c = 0; c < g.width; ++c) {
        const std::uint8_t cover = g.coverage[static_cast<std::size_t>(r) * g.width + c];
        if (cover == 0) continue;
        // (u, v): along the baseline and below it, in the text's own frame.
        const int u = pen + g.left + c, v = r - g.top;
        if (direction == TextDirection::Horizontal)
          image.blend(x + u, y + v, colour, cover);
        else
          image.blend(x + v, y - u - 1, colour, cover);
      }
    pen += g.advance;
  }
}

}  // namespace attn::viz
