// attn data: a verse-aligned parallel corpus from two Bible translations.
//
// The texts come from SWORD modules (the CrossWire Bible Society's format), read
// through libsword: Debian ships the King James Version (sword-text-kjv, module
// engKJV2006eb) and the Spanish Reina-Valera 1909 (sword-text-sparv, module
// spaRV1909eb), both public domain and both in the KJV versification, so a verse
// reference ("Gen.1.1", OSIS style) names the same verse in each.
//
// The pipeline, each step a function below:
//   read_sword_bible     every verse of a module as plain text (markup, Strong's
//                        numbers, notes and pilcrows removed; clean_verse_text)
//                        with the module's own slips mended (separate_glued_words)
//   pair_verses          source and target verses joined by reference; a verse
//                        empty or missing on either side is dropped and counted
//   split_across_books   a deterministic train / valid / test split by reference
//   write_bible_corpus   all of it into a directory, with a manifest
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace attn::data {

// One verse: its OSIS reference ("Gen.1.1", "Ps.119.176", "3John.1.14") and text.
struct Verse {
  std::string reference;
  std::string text;
};

// Called now and then during long steps: `done` of `total` items of `what`.
using ProgressFn = std::function<void(std::string_view what, std::size_t done, std::size_t total)>;

struct SwordReadOptions {
  // A SWORD library root (the folder holding mods.d/); empty: libsword's own search
  // (SWORD_PATH, ~/.sword, /usr/share/sword, ...).
  std::string sword_path = {};
  // Keep the canonical titles that a module marks before a verse (the Psalms'
  // superscriptions, "A Psalm of David.") at the start of its text. The KJV module
  // marks them as titles; the Reina-Valera has them as verse text, so pairing needs
  // them. Other headings (section titles, the KJV's Hebrew letters of Psalm 119) go.
  bool canonical_titles = true;
  // Write a chapter's opening word, set in capitals as a drop capital ("EN el
  // principio"), in ordinary case ("En el principio"; decapitalize_chapter_opening).
  // Only for modules that set it so: the KJV's capitals ("LORD") are words, not
  // typography. read_sword_bible counts the module's usual case of each word first
  // (WordCase); read_sword_verses, reading a few verses, goes without.
  bool decapitalize_chapter_openings = false;
  ProgressFn progress = {};
};

// Every verse of the KJV versification, Gen.1.1 .. Rev.22.21 in canonical order,
// with the module's text run through clean_verse_text (empty where the module has
// none). Throws attn::Error when the module is not installed, is not a Bible text or
// uses another versification.
std::vector<Verse> read_sword_bible(const std::string& module_name, const SwordReadOptions& options = {});

// The same for some verses only, by OSIS reference (tests, spot checks).
std::vector<Verse> read_sword_verses(const std::string& module_name, const std::vector<std::string>& references,
                                     const SwordReadOptions& options = {});

// libsword's plain rendering, finished: pilcrows (U+00B6) removed, Strong's
// numbers that the rendering leaves in text ("<H2416>", "<G4571>") removed, stray
// USFM character markers ("\nd") removed, every run of white space (including
// line breaks and no-break spaces) made one ' ', none at either end.
std::string clean_verse_text(std::string_view rendered);

// How a text usually writes each word: with a small or a capital first letter.
// Counted over a whole translation, it tells a drop capital's common word ("Y
// FUERON" -> "Y fueron") from a name ("Y JEHOVÁ" -> "Y Jehová").
class WordCase {
 public:
  void add_text(std::string_view text);
  // True when `word` (any case) appears more often with a small first letter than
  // with a capital one; false for words never seen.
  bool usually_lower(std::string_view word) const;

 private:
  std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> counts_;  // lower case -> (small, capital)
};

// A chapter's opening word from capitals to ordinary case: the first word of at
// least two letters, all of them capitals (ASCII and Latin-1 letters; words with a
// small letter or one letter are passed over), keeps a capital first letter where a
// sentence starts ("EN el" -> "En el", "...de David. RESPÓNDEME" -> "...de David.
// Respóndeme", "¡OH" -> "¡Oh"), and inside a sentence takes the case `usual_case`
// says ("Y FUERON" -> "Y fueron", "Y JEHOVÁ" -> "Y Jehová"; without it, a capital).
std::string decapitalize_chapter_opening(std::string_view text, const WordCase* usual_case = nullptr);

// Inserts the spaces that a module's markup lost between a word and an added word
// (<transChange type="added">), as the Reina-Valera module has in 376 verses:
// "<w>Y FUÉ</w><transChange>que</transChange>" would read "Y FUÉque". No space goes
// before an enclitic pronoun ("Dad" + "me" is "Dadme"). Markup in, markup out.
std::string separate_glued_words(std::string_view raw_osis);

struct VersePair {
  std::string reference;
  std::string source;
  std::string target;
};

// What pairing kept and dropped.
struct PairingCounts {
  std::size_t source_verses = 0;  // verses read, empty or not
  std::size_t target_verses = 0;
  std::size_t pairs = 0;           // both sides non-empty
  std::size_t source_empty = 0;    // dropped: empty in the source (whatever the target)
  std::size_t target_empty = 0;    // dropped: empty in the target (whatever the source)
  std::size_t source_missing = 0;  // dropped: the reference is in the target only
  std::size_t target_missing = 0;  // dropped: the reference is in the source only
};

struct PairedVerses {
  std::vector<VersePair> pairs;  // in the source's order
  PairingCounts counts;
};

// Joins two translations by reference. Throws on a reference repeated within one side.
PairedVerses pair_verses(const std::vector<Verse>& source, const std::vector<Verse>& target);

// The book of a reference: "1John" for "1John.2.3".
std::string_view book_of(std::string_view reference);

// A fixed 64-bit hash of a reference, the same on every machine and compiler:
// FNV-1a over the bytes of `salt` + ':' + `reference`, then the splitmix64 finaliser
// (FNV-1a alone leaves the low bits of short, similar strings poorly mixed).
std::uint64_t reference_hash(std::string_view reference, std::string_view salt);

// Picks `count` of the references, spread over all their books: every book gives
// one, the rest is shared among the books in proportion to their sizes (largest
// remainders), and within a book the references with the smallest
// reference_hash(., salt) are taken. Deterministic: it depends only on the
// references, the count and the salt. Returns indices into `references`, ascending.
// Throws when count exceeds the references or is below the number of books.
std::vector<std::size_t> pick_across_books(const std::vector<std::string>& references, std::size_t count,
                                           std::string_view salt);

struct SplitSizes {
  std::size_t valid = 1000;
  std::size_t test = 1000;
};

struct SplitIndices {
  std::vector<std::size_t> train, valid, test;  // indices into the references, ascending
};

// valid = pick_across_books(all, sizes.valid, "valid"); test = pick_across_books(
// the rest, sizes.test, "test"); train = what remains.
SplitIndices split_across_books(const std::vector<std::string>& references, const SplitSizes& sizes = {});

struct BibleCorpusOptions {
  std::string source_module = "spaRV1909eb";   // Reina-Valera 1909 (sword-text-sparv)
  std::string target_module = "engKJV2006eb";  // King James Version (sword-text-kjv)
  std::string source_lang = "es";              // file suffixes: train.es, train.en, ...
  std::string target_lang = "en";
  SplitSizes split = {};
  // Keep at most this many pairs of each split, picked with pick_across_books (salt
  // "sample"); 0 keeps all. For a small bundled sample of the corpus.
  std::size_t max_train = 0, max_valid = 0, max_test = 0;
  std::string sword_path = {};
  ProgressFn progress = {};
};

// What write_bible_corpus wrote: the manifest's content.
struct BibleCorpusReport {
  PairingCounts counts;
  std::size_t train = 0, valid = 0, test = 0;  // pairs written per split
  std::string manifest_json;                   // as written to manifest.json
};

// Writes into `dir` (created if needed), each file atomically:
//   {train,valid,test}.{source_lang,target_lang}  one sentence a line, aligned
//   {train,valid,test}.ref                         the verse reference of each line
//   manifest.json  counts, dropped counts, the split, sha256 and line count of every
//                  file, the modules' versions and the Debian packages' versions
//                  (dpkg-query at run time; "unknown" without dpkg)
BibleCorpusReport write_bible_corpus(const std::filesystem::path& dir, const BibleCorpusOptions& options = {});

// Writes one module's non-empty verses, one a line, to `file` (atomically). Returns
// the number of lines written. The KJV this way is the GPT training corpus.
std::size_t write_bible_text(const std::filesystem::path& file, const std::string& module_name,
                             const SwordReadOptions& options = {});

// The Debian package that installs `path` and its version (dpkg-query -S, -W), or
// {"unknown", "unknown"} when dpkg does not know it.
struct PackageVersion {
  std::string package = "unknown";
  std::string version = "unknown";
};
PackageVersion debian_package_of(const std::filesystem::path& path);

// Lower-case hex SHA-256 of the bytes (OpenSSL's EVP interface).
std::string sha256_hex(std::string_view bytes);

}  // namespace attn::data
