#include "attn/data/bible.h"

#include <openssl/evp.h>
#include <swmgr.h>
#include <swmodule.h>
#include <swversion.h>
#include <versekey.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <utility>

#include "attn/data/corpus_file.h"
#include "attn/error.h"
#include "attn/io/atomic_file.h"

namespace attn::data {

namespace {

// ---- libsword ---------------------------------------------------------------------

// The OSIS markup without its <title canonical="true">...</title> elements.
std::string without_canonical_titles(std::string_view raw) {
  std::string out;
  std::size_t copied = 0;
  for (std::size_t at = raw.find("<title"); at != std::string_view::npos; at = raw.find("<title", at + 1)) {
    const std::size_t open_end = raw.find('>', at);
    const std::size_t close = raw.find("</title>", at);
    if (open_end == std::string_view::npos || close == std::string_view::npos) break;
    if (raw.substr(at, open_end - at).find("canonical=\"true\"") == std::string_view::npos) continue;
    out.append(raw.substr(copied, at - copied));
    copied = close + 8;
    at = copied - 1;
  }
  out.append(raw.substr(copied));
  return out;
}

// A SWORD library with one Bible module opened, its render options set for plain
// text: no Strong's numbers, morphology, footnotes, cross-references or section
// headings in the text.
class SwordBible {
 public:
  SwordBible(const std::string& module_name, const SwordReadOptions& options) : options_(options) {
    manager_ = options.sword_path.empty()
                   ? std::make_unique<sword::SWMgr>()
                   : std::make_unique<sword::SWMgr>(options.sword_path.c_str(), /*autoload=*/true,
                                                    /*filterMgr=*/nullptr, /*multiMod=*/false,
                                                    /*augmentHome=*/false);
    for (const char* option : {"Strong's Numbers", "Morphological Tags", "Footnotes", "Cross-references", "Headings",
                               "Lemmas", "Words of Christ in Red", "Transliteration"}) {
      manager_->setGlobalOption(option, "Off");
    }
    module_ = manager_->getModule(module_name.c_str());
    ATTN_CHECK(module_ != nullptr, "SWORD module ", module_name, " is not installed",
               options.sword_path.empty() ? std::string(" (searched libsword's default paths)")
                                          : " under " + options.sword_path,
               "; on Debian: apt-get install sword-text-kjv sword-text-sparv");
    key_ = dynamic_cast<sword::VerseKey*>(module_->getKey());
    ATTN_CHECK(key_ != nullptr, "SWORD module ", module_name, " is not a Bible text (it has no verse keys)");
    const char* versification = module_->getConfigEntry("Versification");
    const std::string system = versification ? versification : "KJV";  // SWORD's default
    ATTN_CHECK(system == "KJV", "SWORD module ", module_name, " uses the ", system,
               " versification; attn pairs verses by KJV references");
    key_->setIntros(false);
    key_->setAutoNormalize(true);
  }

  sword::SWModule& module() { return *module_; }
  sword::VerseKey& key() { return *key_; }

  // The verse the key is on, as clean text.
  Verse current_verse() {
    Verse verse{key_->getOSISRef(), {}};
    // The raw OSIS, mended, through the module's option filters (Strong's numbers,
    // notes and headings off) and its strip filter to plain text. Stripping a buffer
    // keeps a verse's canonical titles in place (the preverse <title canonical="true">
    // of the Psalms) and drops the other headings.
    std::string raw = separate_glued_words(module_->getRawEntry());
    if (!options_.canonical_titles) raw = without_canonical_titles(raw);
    verse.text = clean_verse_text(module_->stripText(raw.c_str(), static_cast<int>(raw.size())));
    return verse;
  }

 private:
  SwordReadOptions options_;
  std::unique_ptr<sword::SWMgr> manager_;
  sword::SWModule* module_ = nullptr;
  sword::VerseKey* key_ = nullptr;  // owned by the module
};

// The number of verses in the KJV versification (intros left out): 31102.
std::size_t kjv_verse_count() {
  sword::VerseKey key;
  key.setVersificationSystem("KJV");
  key.setIntros(false);
  std::size_t count = 0;
  for (key.setPosition(sword::TOP); !key.popError(); key.increment()) ++count;
  return count;
}

// ---- text -------------------------------------------------------------------------

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_lower_ascii(char c) {
  return c >= 'a' && c <= 'z';
}

// The length of a Unicode space character's UTF-8 encoding at text[i], or 0: no-break
// space U+00A0, U+2000..U+200A, narrow no-break U+202F, ideographic U+3000.
std::size_t unicode_space_length(std::string_view text, std::size_t i) {
  const auto at = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0; };
  if (at(i) == 0xC2 && at(i + 1) == 0xA0) return 2;
  if (at(i) == 0xE2 && at(i + 1) == 0x80 && ((at(i + 2) >= 0x80 && at(i + 2) <= 0x8A) || at(i + 2) == 0xAF)) return 3;
  if (at(i) == 0xE3 && at(i + 1) == 0x80 && at(i + 2) == 0x80) return 3;
  return 0;
}

// The length of a Strong's number left in text at text[i] ("<H2416>", "<G4571>",
// "<H0398a>"), or 0.
std::size_t strongs_tag_length(std::string_view text, std::size_t i) {
  if (i + 3 > text.size() || text[i] != '<' || (text[i + 1] != 'H' && text[i + 1] != 'G')) return 0;
  std::size_t k = i + 2;
  while (k < text.size() && is_digit(text[k])) ++k;
  if (k == i + 2) return 0;
  if (k < text.size() && is_lower_ascii(text[k])) ++k;
  return k < text.size() && text[k] == '>' ? k + 1 - i : 0;
}

// The length of a USFM character marker at text[i] ("\nd", "\nd*", "\add"), or 0.
std::size_t usfm_marker_length(std::string_view text, std::size_t i) {
  if (text[i] != '\\') return 0;
  std::size_t k = i + 1;
  while (k < text.size() && is_lower_ascii(text[k])) ++k;
  if (k == i + 1) return 0;
  while (k < text.size() && is_digit(text[k])) ++k;
  if (k < text.size() && text[k] == '*') ++k;
  return k - i;
}

// An ASCII or Latin-1 letter at text[i]: its length in bytes (0: not such a letter),
// whether it is a capital, and its lower case.
struct Letter {
  std::size_t length = 0;
  bool capital = false;
  std::string lower;
};

Letter latin_letter_at(std::string_view text, std::size_t i) {
  if (i >= text.size()) return {};
  const auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 >= 'A' && b0 <= 'Z') return {1, true, std::string(1, static_cast<char>(b0 - 'A' + 'a'))};
  if (b0 >= 'a' && b0 <= 'z') return {1, false, std::string(1, static_cast<char>(b0))};
  if (b0 == 0xC3 && i + 1 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    // U+00C0..U+00DE are capitals, U+00DF..U+00FF small letters, 0x20 apart; U+00D7
    // and U+00F7 are the multiplication and division signs.
    if (b1 >= 0x80 && b1 <= 0x9E && b1 != 0x97)
      return {2, true, {static_cast<char>(0xC3), static_cast<char>(b1 + 0x20)}};
    if (b1 >= 0x9F && b1 <= 0xBF && b1 != 0xB7) return {2, false, std::string(text.substr(i, 2))};
  }
  return {};
}

// The leading letters of `s` in lower case ("Dad</w>" -> "dad").
std::string lowered_word(std::string_view s) {
  std::string word;
  for (std::size_t i = 0; i < s.size();) {
    const Letter letter = latin_letter_at(s, i);
    if (letter.length == 0) break;
    word += letter.lower;
    i += letter.length;
  }
  return word;
}

// Verse 1 of a chapter: "Gen.2.1".
bool is_chapter_opening(std::string_view reference) {
  return reference.size() > 2 && reference.substr(reference.size() - 2) == ".1";
}

// ---- hashing, files, packages -------------------------------------------------------

std::uint64_t splitmix64_finalize(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

std::string shell_quote(const std::string& s) {
  std::string quoted = "'";
  for (char c : s) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// The standard output of a shell command, or "" when it fails.
std::string command_output(const std::string& command) {
  std::FILE* pipe = ::popen((command + " 2>/dev/null").c_str(), "r");
  if (pipe == nullptr) return {};
  std::string output;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
  return ::pclose(pipe) == 0 ? output : std::string();
}

// The file libsword was loaded from, found in this process's memory map, or "".
std::string loaded_libsword_path() {
  std::ifstream maps("/proc/self/maps");
  for (std::string line; std::getline(maps, line);) {
    const std::size_t slash = line.find('/');
    if (slash == std::string::npos) continue;
    const std::string path = line.substr(slash);
    if (path.find("/libsword") != std::string::npos) return path;
  }
  return {};
}

nlohmann::json side_manifest(const std::string& module_name, const std::string& lang, std::size_t verses,
                             std::size_t empty, const std::string& sword_path) {
  SwordBible bible(module_name, SwordReadOptions{.sword_path = sword_path});
  const auto entry = [&](const char* key) {
    const char* value = bible.module().getConfigEntry(key);
    return std::string(value ? value : "");
  };
  const PackageVersion package = debian_package_of(entry("AbsoluteDataPath"));
  return {{"lang", lang},
          {"module", module_name},
          {"description", bible.module().getDescription() ? bible.module().getDescription() : ""},
          {"module_version", entry("Version")},
          {"package", package.package},
          {"package_version", package.version},
          {"verses", verses},
          {"empty_verses", empty}};
}

std::size_t count_empty(const std::vector<Verse>& verses) {
  return static_cast<std::size_t>(
      std::count_if(verses.begin(), verses.end(), [](const Verse& v) { return v.text.empty(); }));
}

std::vector<std::size_t> select(const std::vector<std::size_t>& indices, const std::vector<std::size_t>& positions) {
  std::vector<std::size_t> out;
  out.reserve(positions.size());
  for (std::size_t p : positions) out.push_back(indices[p]);
  return out;
}

// Keeps at most `max` of `indices` (0: all), spread over the books.
std::vector<std::size_t> sample_indices(const std::vector<std::size_t>& indices, const std::vector<VersePair>& pairs,
                                        std::size_t max) {
  if (max == 0 || max >= indices.size()) return indices;
  std::vector<std::string> references;
  references.reserve(indices.size());
  for (std::size_t i : indices) references.push_back(pairs[i].reference);
  return select(indices, pick_across_books(references, max, "sample"));
}

}  // namespace

// ---- text -------------------------------------------------------------------------

std::string clean_verse_text(std::string_view rendered) {
  std::string out;
  out.reserve(rendered.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < rendered.size();) {
    std::size_t skip = 0;
    if (is_ascii_space(rendered[i])) {
      skip = 1;
    } else if ((skip = unicode_space_length(rendered, i)) > 0) {
    } else if (static_cast<unsigned char>(rendered[i]) == 0xC2 && i + 1 < rendered.size() &&
               static_cast<unsigned char>(rendered[i + 1]) == 0xB6) {
      skip = 2;  // pilcrow
    } else if ((skip = strongs_tag_length(rendered, i)) > 0 || (skip = usfm_marker_length(rendered, i)) > 0) {
      // A removed tag takes the space before it along: "vida <H2416>, toda" -> "vida, toda".
      i += skip;
      pending_space = false;
      continue;
    }
    if (skip > 0) {
      pending_space = true;
      i += skip;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += rendered[i++];
  }
  return out;
}

void WordCase::add_text(std::string_view text) {
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t end = std::min(text.find(' ', begin), text.size());
    // The word's letters from its first letter on ("¡Oh," -> "Oh").
    std::size_t first = begin;
    while (first < end && latin_letter_at(text, first).length == 0) ++first;
    const std::string_view word = text.substr(first, end - first);
    const Letter initial = latin_letter_at(word, 0);
    const Letter second = latin_letter_at(word, initial.length);
    if (initial.length > 0 && second.length > 0 && !second.capital) {  // "LORD" is not a case of "lord"
      auto& [small, capital] = counts_[lowered_word(word)];
      ++(initial.capital ? capital : small);
    }
    begin = end + 1;
  }
}

bool WordCase::usually_lower(std::string_view word) const {
  const auto found = counts_.find(lowered_word(word));
  return found != counts_.end() && found->second.first > found->second.second;
}

std::string decapitalize_chapter_opening(std::string_view text, const WordCase* usual_case) {
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t end = std::min(text.find(' ', begin), text.size());
    std::size_t capitals = 0, lowers = 0, first_letter = std::string_view::npos;
    for (std::size_t i = begin; i < end;) {
      const Letter letter = latin_letter_at(text, i);
      if (letter.length > 0 && first_letter == std::string_view::npos) first_letter = i;
      (letter.capital ? capitals : lowers) += letter.length > 0 ? 1 : 0;
      i += std::max<std::size_t>(letter.length, 1);
    }
    if (lowers == 0 && capitals >= 2) {
      // A sentence starts here when nothing but punctuation comes before, or the text
      // before ends a sentence ("...de David. RESPÓNDEME").
      std::size_t last = begin;
      while (last > 0 && text[last - 1] == ' ') --last;
      const bool sentence_start = last == 0 || text[last - 1] == '.' || text[last - 1] == '!' ||
                                  text[last - 1] == '?' || text[last - 1] == ':' || text[last - 1] == ';';
      const std::string_view word = text.substr(first_letter, end - first_letter);
      const bool keep_capital = sentence_start || usual_case == nullptr || !usual_case->usually_lower(word);
      std::string out(text.substr(0, begin));
      for (std::size_t i = begin; i < end;) {
        const Letter letter = latin_letter_at(text, i);
        if (letter.length == 0) {
          out += text[i++];
          continue;
        }
        out += i == first_letter && keep_capital ? std::string(text.substr(i, letter.length)) : letter.lower;
        i += letter.length;
      }
      out.append(text.substr(end));
      return out;
    }
    begin = end + 1;
  }
  return std::string(text);
}

std::string separate_glued_words(std::string_view raw) {
  // Spanish object pronouns that attach to a verb ("dadme", "pagarla", "díselo") and
  // the short words that never take them, before which a pronoun is a word of its own.
  static const std::vector<std::string_view> kEnclitics = {
      "me",    "te",    "se",    "lo",     "la",     "le",   "los",   "las",   "les",  "nos",  "os",
      "melo",  "mela",  "melos", "melas",  "telo",   "tela", "telos", "telas", "selo", "sela", "selos",
      "selas", "noslo", "nosla", "noslos", "noslas", "oslo", "osla",  "oslos", "oslas"};
  static const std::vector<std::string_view> kNoEnclitic = {
      "no", "y",   "e",   "o",   "u",  "que", "de", "á",  "a",  "en",  "el", "la", "los", "las", "lo", "le", "les",
      "se", "por", "con", "sin", "su", "sus", "mi", "tu", "ni", "mas", "si", "me", "te",  "nos", "os", "al", "del"};
  const auto is_letter_byte = [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
  };
  std::string out;
  out.reserve(raw.size() + 16);
  std::size_t copied = 0;
  for (std::size_t at = 0; at < raw.size(); ++at) {
    const bool word_then_added = raw.compare(at, 17, "</w><transChange ") == 0;
    const bool added_then_word =
        raw.compare(at, 17, "</transChange><w ") == 0 || raw.compare(at, 17, "</transChange><w>") == 0;
    if (!word_then_added && !added_then_word) continue;
    const std::size_t boundary = at + (word_then_added ? 4 : 14);
    const std::size_t open_end = raw.find('>', boundary);
    if (open_end == std::string_view::npos || at == 0 || !is_letter_byte(raw[at - 1]) || open_end + 1 >= raw.size() ||
        !is_letter_byte(raw[open_end + 1])) {
      continue;
    }
    // The word before the boundary: back to the element's start or a space.
    std::size_t word_begin = at;
    while (word_begin > 0 && raw[word_begin - 1] != '>' && raw[word_begin - 1] != ' ') --word_begin;
    const std::string before = lowered_word(raw.substr(word_begin, at - word_begin));
    const std::string after = lowered_word(raw.substr(open_end + 1));
    const bool enclitic = std::find(kEnclitics.begin(), kEnclitics.end(), after) != kEnclitics.end() &&
                          std::find(kNoEnclitic.begin(), kNoEnclitic.end(), before) == kNoEnclitic.end();
    if (enclitic) continue;
    out.append(raw.substr(copied, boundary - copied));
    out += ' ';
    copied = boundary;
  }
  out.append(raw.substr(copied));
  return out;
}

// ---- reading ----------------------------------------------------------------------

std::vector<Verse> read_sword_bible(const std::string& module_name, const SwordReadOptions& options) {
  SwordBible bible(module_name, options);
  const std::size_t total = kjv_verse_count();
  std::vector<Verse> verses;
  verses.reserve(total);
  const std::string what = "reading " + module_name;
  sword::SWModule& module = bible.module();
  for (module.setPosition(sword::TOP); !module.popError(); module.increment()) {
    verses.push_back(bible.current_verse());
    if (options.progress && (verses.size() % 2000 == 0)) options.progress(what, verses.size(), total);
  }
  ATTN_CHECK(verses.size() == total, "SWORD module ", module_name, ": read ", verses.size(),
             " verses, expected the KJV versification's ", total);
  if (options.decapitalize_chapter_openings) {
    WordCase usual_case;
    for (const Verse& verse : verses) usual_case.add_text(verse.text);
    for (Verse& verse : verses) {
      if (is_chapter_opening(verse.reference)) verse.text = decapitalize_chapter_opening(verse.text, &usual_case);
    }
  }
  if (options.progress) options.progress(what, verses.size(), total);
  return verses;
}

std::vector<Verse> read_sword_verses(const std::string& module_name, const std::vector<std::string>& references,
                                     const SwordReadOptions& options) {
  SwordBible bible(module_name, options);
  std::vector<Verse> verses;
  for (const std::string& reference : references) {
    bible.key().setText(reference.c_str());
    const bool known = !bible.key().popError() && std::string_view(bible.key().getOSISRef()) == reference;
    ATTN_CHECK(known, "SWORD module ", module_name, ": ", reference,
               " is not a verse of the KJV versification (expected an OSIS reference like Gen.1.1)");
    verses.push_back(bible.current_verse());
    if (options.decapitalize_chapter_openings && is_chapter_opening(reference)) {
      verses.back().text = decapitalize_chapter_opening(verses.back().text);
    }
  }
  return verses;
}

// ---- pairing and splitting --------------------------------------------------------

PairedVerses pair_verses(const std::vector<Verse>& source, const std::vector<Verse>& target) {
  PairedVerses result;
  PairingCounts& counts = result.counts;
  counts.source_verses = source.size();
  counts.target_verses = target.size();
  std::unordered_map<std::string_view, std::size_t> target_index;
  for (std::size_t i = 0; i < target.size(); ++i) {
    ATTN_CHECK(target_index.emplace(target[i].reference, i).second, "pairing verses: the target has ",
               target[i].reference, " twice");
  }
  std::unordered_map<std::string_view, bool> in_source;
  for (const Verse& verse : source) {
    ATTN_CHECK(in_source.emplace(verse.reference, true).second, "pairing verses: the source has ", verse.reference,
               " twice");
    const auto found = target_index.find(verse.reference);
    if (found == target_index.end()) {
      ++counts.target_missing;
      continue;
    }
    const Verse& other = target[found->second];
    if (verse.text.empty()) ++counts.source_empty;
    if (other.text.empty()) ++counts.target_empty;
    if (!verse.text.empty() && !other.text.empty()) result.pairs.push_back({verse.reference, verse.text, other.text});
  }
  for (const Verse& verse : target) {
    if (!in_source.contains(verse.reference)) ++counts.source_missing;
  }
  counts.pairs = result.pairs.size();
  return result;
}

std::string_view book_of(std::string_view reference) {
  return reference.substr(0, reference.find('.'));
}

std::uint64_t reference_hash(std::string_view reference, std::string_view salt) {
  std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a 64 offset basis
  const auto add = [&](unsigned char byte) {
    h ^= byte;
    h *= 0x100000001b3ULL;  // FNV 64 prime
  };
  for (char c : salt) add(static_cast<unsigned char>(c));
  add(':');
  for (char c : reference) add(static_cast<unsigned char>(c));
  return splitmix64_finalize(h);
}

std::vector<std::size_t> pick_across_books(const std::vector<std::string>& references, std::size_t count,
                                           std::string_view salt) {
  ATTN_CHECK(count <= references.size(), "picking ", count, " references: there are only ", references.size());
  if (count == 0) return {};
  // Books in order of first appearance, with their references' indices.
  std::vector<std::string_view> books;
  std::map<std::string_view, std::size_t> book_number;
  std::vector<std::vector<std::size_t>> members;
  for (std::size_t i = 0; i < references.size(); ++i) {
    const std::string_view book = book_of(references[i]);
    const auto [it, added] = book_number.emplace(book, books.size());
    if (added) {
      books.push_back(book);
      members.emplace_back();
    }
    members[it->second].push_back(i);
  }
  const std::size_t n_books = books.size();
  ATTN_CHECK(count >= n_books, "picking ", count, " references across ", n_books,
             " books: at least one a book is needed, so at least ", n_books);
  // One a book; the rest in proportion to what each book has left (largest remainders).
  const std::uint64_t rest = count - n_books;
  const std::uint64_t capacity = references.size() - n_books;
  std::vector<std::size_t> quota(n_books, 1);
  std::vector<std::pair<std::uint64_t, std::size_t>> remainders;  // (remainder, book)
  std::uint64_t given = 0;
  for (std::size_t b = 0; b < n_books && capacity > 0; ++b) {
    const std::uint64_t left = members[b].size() - 1;
    quota[b] += rest * left / capacity;
    given += rest * left / capacity;
    remainders.emplace_back(rest * left % capacity, b);
  }
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t k = 0; given < rest; ++k, ++given) ++quota[remainders[k].second];

  std::vector<std::size_t> picked;
  picked.reserve(count);
  for (std::size_t b = 0; b < n_books; ++b) {
    std::vector<std::pair<std::uint64_t, std::size_t>> ranked;  // (hash, index)
    ranked.reserve(members[b].size());
    for (std::size_t i : members[b]) ranked.emplace_back(reference_hash(references[i], salt), i);
    std::sort(ranked.begin(), ranked.end(), [&](const auto& x, const auto& y) {
      return x.first != y.first ? x.first < y.first : references[x.second] < references[y.second];
    });
    for (std::size_t k = 0; k < quota[b]; ++k) picked.push_back(ranked[k].second);
  }
  std::sort(picked.begin(), picked.end());
  return picked;
}

SplitIndices split_across_books(const std::vector<std::string>& references, const SplitSizes& sizes) {
  ATTN_CHECK(sizes.valid + sizes.test <= references.size(), "splitting ", references.size(), " references: valid (",
             sizes.valid, ") and test (", sizes.test, ") together exceed them");
  SplitIndices split;
  split.valid = pick_across_books(references, sizes.valid, "valid");
  std::vector<std::size_t> rest;
  std::vector<std::string> rest_references;
  std::size_t v = 0;
  for (std::size_t i = 0; i < references.size(); ++i) {
    if (v < split.valid.size() && split.valid[v] == i) {
      ++v;
      continue;
    }
    rest.push_back(i);
    rest_references.push_back(references[i]);
  }
  split.test = select(rest, pick_across_books(rest_references, sizes.test, "test"));
  std::size_t t = 0;
  for (std::size_t i : rest) {
    if (t < split.test.size() && split.test[t] == i) {
      ++t;
      continue;
    }
    split.train.push_back(i);
  }
  return split;
}

// ---- files --------------------------------------------------------------------------

std::string sha256_hex(std::string_view bytes) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  ATTN_CHECK(EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha256(), nullptr) == 1,
             "sha256: OpenSSL's EVP_Digest failed");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 15];
  }
  return hex;
}

PackageVersion debian_package_of(const std::filesystem::path& path) {
  PackageVersion result;
  if (path.empty()) return result;
  std::string query = path.string();
  while (query.size() > 1 && query.back() == '/') query.pop_back();
  // "sword-text-kjv: /usr/share/sword/modules/texts/ztext/engKJV2006eb"
  const std::string owner = command_output("dpkg-query -S " + shell_quote(query));
  const std::size_t colon = owner.find(": ");
  if (colon == std::string::npos) return result;
  std::string package = owner.substr(0, colon);
  if (package.find(',') != std::string::npos) return result;  // several packages share a folder
  std::string version = command_output("dpkg-query -W -f='${Version}' " + shell_quote(package));
  if (version.empty()) return result;
  result.package = package.substr(0, package.find(':'));  // without the architecture
  result.version = version;
  return result;
}

BibleCorpusReport write_bible_corpus(const std::filesystem::path& dir, const BibleCorpusOptions& options) {
  ATTN_CHECK(!options.source_lang.empty() && !options.target_lang.empty() &&
                 options.source_lang != options.target_lang && options.source_lang != "ref" &&
                 options.target_lang != "ref",
             "attn data bible: the language suffixes must be two different names other than 'ref' (got '",
             options.source_lang, "' and '", options.target_lang, "')");
  const bool spanish_source = options.source_module == "spaRV1909eb";
  const std::vector<Verse> source =
      read_sword_bible(options.source_module, SwordReadOptions{.sword_path = options.sword_path,
                                                               .decapitalize_chapter_openings = spanish_source,
                                                               .progress = options.progress});
  const std::vector<Verse> target = read_sword_bible(
      options.target_module, SwordReadOptions{.sword_path = options.sword_path,
                                              .decapitalize_chapter_openings = options.target_module == "spaRV1909eb",
                                              .progress = options.progress});
  const PairedVerses paired = pair_verses(source, target);
  std::vector<std::string> references;
  references.reserve(paired.pairs.size());
  for (const VersePair& pair : paired.pairs) references.push_back(pair.reference);
  const SplitIndices split = split_across_books(references, options.split);

  std::filesystem::create_directories(dir);
  BibleCorpusReport report;
  report.counts = paired.counts;
  nlohmann::json files = nlohmann::json::object();
  nlohmann::json splits = nlohmann::json::object();
  const auto write = [&](const std::string& name, const std::vector<std::string>& lines) {
    write_corpus_lines(dir / name, lines);
    std::string contents;
    for (const std::string& line : lines) contents += line + "\n";
    files[name] = {{"lines", lines.size()}, {"bytes", contents.size()}, {"sha256", sha256_hex(contents)}};
  };
  const std::array<std::pair<const char*, std::vector<std::size_t>>, 3> parts = {{
      {"train", sample_indices(split.train, paired.pairs, options.max_train)},
      {"valid", sample_indices(split.valid, paired.pairs, options.max_valid)},
      {"test", sample_indices(split.test, paired.pairs, options.max_test)},
  }};
  for (const auto& [name, indices] : parts) {
    std::vector<std::string> src, tgt, refs;
    std::map<std::string_view, bool> books;
    for (std::size_t i : indices) {
      src.push_back(paired.pairs[i].source);
      tgt.push_back(paired.pairs[i].target);
      refs.push_back(paired.pairs[i].reference);
      books[book_of(paired.pairs[i].reference)] = true;
    }
    write(std::string(name) + "." + options.source_lang, src);
    write(std::string(name) + "." + options.target_lang, tgt);
    write(std::string(name) + ".ref", refs);
    splits[name] = {{"pairs", indices.size()}, {"books", books.size()}};
  }
  report.train = parts[0].second.size();
  report.valid = parts[1].second.size();
  report.test = parts[2].second.size();

  const std::string libsword_path = loaded_libsword_path();
  const PackageVersion libsword = debian_package_of(libsword_path);
  const PairingCounts& c = paired.counts;
  nlohmann::json manifest = {
      {"corpus", "Bible, verse-aligned, " + options.source_lang + "-" + options.target_lang},
      {"created_by", "attn data bible"},
      {"source", side_manifest(options.source_module, options.source_lang, c.source_verses, count_empty(source),
                               options.sword_path)},
      {"target", side_manifest(options.target_module, options.target_lang, c.target_verses, count_empty(target),
                               options.sword_path)},
      {"libsword",
       {{"compiled_against", SWORD_VERSION_STR}, {"package", libsword.package}, {"package_version", libsword.version}}},
      {"pairs", c.pairs},
      {"dropped",
       {{"source_empty", c.source_empty},
        {"target_empty", c.target_empty},
        {"source_missing", c.source_missing},
        {"target_missing", c.target_missing}}},
      {"split",
       {{"method",
         "pick_across_books: one verse a book, the rest in proportion to book sizes; within a book the smallest "
         "FNV-1a+splitmix64 hashes of 'valid:'/'test:' + reference"},
        {"valid", options.split.valid},
        {"test", options.split.test}}},
      {"splits", splits},
      {"files", files},
  };
  if (options.max_train + options.max_valid + options.max_test > 0) {
    manifest["sample"] = {{"max_train", options.max_train},
                          {"max_valid", options.max_valid},
                          {"max_test", options.max_test},
                          {"method", "pick_across_books within each split, salt 'sample'"}};
  }
  report.manifest_json = manifest.dump(2) + "\n";
  write_file_atomically(dir / "manifest.json", report.manifest_json);
  return report;
}

std::size_t write_bible_text(const std::filesystem::path& file, const std::string& module_name,
                             const SwordReadOptions& options) {
  const std::vector<Verse> verses = read_sword_bible(module_name, options);
  std::vector<std::string> lines;
  lines.reserve(verses.size());
  for (const Verse& verse : verses) {
    if (!verse.text.empty()) lines.push_back(verse.text);
  }
  write_corpus_lines(file, lines);
  return lines.size();
}

}  // namespace attn::data
