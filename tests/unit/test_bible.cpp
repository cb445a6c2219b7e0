// The Bible corpus (attn/data/bible.h) and corpus files (attn/data/corpus_file.h):
// cleaning, mending, pairing, splitting, hashing, and reading verses from Debian's
// SWORD modules (sword-text-kjv, sword-text-sparv; scripts/install-deps.sh).
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>

#include "attn/data/bible.h"
#include "attn/data/corpus_file.h"
#include "support/errors.h"

using namespace attn::data;
using attn::testing::expect_error;
namespace fs = std::filesystem;

namespace {

// A fresh directory per test, removed afterwards.
class CorpusFile : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() / ("attn_bible_" + std::to_string(::getpid()) + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path write(const std::string& name, const std::string& bytes) const {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return dir_ / name;
  }
  fs::path dir_;
};

// References of a made-up Bible: `sizes[b]` verses in book "B<b>", chapter 1.
std::vector<std::string> made_up_references(const std::vector<int>& sizes) {
  std::vector<std::string> refs;
  for (std::size_t b = 0; b < sizes.size(); ++b) {
    for (int v = 1; v <= sizes[b]; ++v)
      refs.push_back(std::string("B").append(std::to_string(b)).append(".1.").append(std::to_string(v)));
  }
  return refs;
}

std::map<std::string, int> per_book(const std::vector<std::string>& refs, const std::vector<std::size_t>& picked) {
  std::map<std::string, int> counts;
  for (std::size_t i : picked) ++counts[std::string(book_of(refs[i]))];
  return counts;
}

}  // namespace

// ---- cleaning and mending -------------------------------------------------------------

TEST(BibleText, CleanRemovesPilcrowsStrongsNumbersAndUsfmMarkers) {
  EXPECT_EQ(clean_verse_text("¶ And God said, Let there be light:"), "And God said, Let there be light:");
  EXPECT_EQ(clean_verse_text("and ¶ he went"), "and he went");
  // A Strong's number takes the space before it along, so no space lands before a comma.
  EXPECT_EQ(clean_verse_text("en que hay vida <H2416>, toda hierba"), "en que hay vida, toda hierba");
  EXPECT_EQ(clean_verse_text("comerás <H0398>;"), "comerás;");
  EXPECT_EQ(clean_verse_text("verte <G4571> en breve"), "verte en breve");
  EXPECT_EQ(clean_verse_text("but by my name \\nd JEHOVAH was I"), "but by my name JEHOVAH was I");
  EXPECT_EQ(clean_verse_text("a\\nd* b"), "a b");
}

TEST(BibleText, CleanNormalisesWhiteSpaceAndKeepsOtherText) {
  EXPECT_EQ(clean_verse_text("  the scornful\n  nor   standeth\t \xC2\xA0here  "), "the scornful nor standeth here");
  EXPECT_EQ(clean_verse_text("a\xE2\x80\x89thin\xE3\x80\x80wide"), "a thin wide");
  EXPECT_EQ(clean_verse_text(""), "");
  EXPECT_EQ(clean_verse_text(" ¶ \n "), "");
  // Only the shapes of Strong's numbers and USFM markers go: other brackets stay.
  EXPECT_EQ(clean_verse_text("a <b> c <H12 d <X123> [but] 5 < 6"), "a <b> c <H12 d <X123> [but] 5 < 6");
  EXPECT_EQ(clean_verse_text("C:\\ 1\\2"), "C:\\ 1\\2");
}

TEST(BibleText, DecapitalizesTheChapterOpening) {
  EXPECT_EQ(decapitalize_chapter_opening("EN el principio crió Dios"), "En el principio crió Dios");
  EXPECT_EQ(decapitalize_chapter_opening("ACAECIÓ que"), "Acaeció que");
  EXPECT_EQ(decapitalize_chapter_opening("¡OH Jehová, cuánto"), "¡Oh Jehová, cuánto");
  // A title before the verse: the first all-capital word after it, a sentence start.
  EXPECT_EQ(decapitalize_chapter_opening("Salmo de David. RESPÓNDEME cuando clamo"),
            "Salmo de David. Respóndeme cuando clamo");
  // Nothing in capitals: nothing changes; one-letter words are passed over.
  EXPECT_EQ(decapitalize_chapter_opening("Y El ángel de Jehová"), "Y El ángel de Jehová");
  EXPECT_EQ(decapitalize_chapter_opening("Y A"), "Y A");
  // Inside a sentence without counts: a capital first letter stays.
  EXPECT_EQ(decapitalize_chapter_opening("Y FUERON acabados"), "Y Fueron acabados");

  WordCase usual;
  usual.add_text("y fueron hechos; fueron todos. Fueron");
  usual.add_text("dijo Jehová á Noé. Jehová es, JEHOVÁ");
  EXPECT_TRUE(usual.usually_lower("FUERON"));
  EXPECT_FALSE(usual.usually_lower("jehová"));
  EXPECT_FALSE(usual.usually_lower("nunca"));  // never seen
  EXPECT_EQ(decapitalize_chapter_opening("Y FUERON acabados", &usual), "Y fueron acabados");
  EXPECT_EQ(decapitalize_chapter_opening("Y JEHOVÁ dijo", &usual), "Y Jehová dijo");
  EXPECT_EQ(decapitalize_chapter_opening("FUERON acabados", &usual), "Fueron acabados");
}

TEST(BibleText, SeparatesWordsTheMarkupGlued) {
  EXPECT_EQ(separate_glued_words(R"(<w lemma="strong:H1961">Y FUÉ</w><transChange type="added">que</transChange>)"),
            R"(<w lemma="strong:H1961">Y FUÉ</w> <transChange type="added">que</transChange>)");
  EXPECT_EQ(separate_glued_words(R"(el <transChange type="added">mes</transChange><w lemma="x">cuarto</w>)"),
            R"(el <transChange type="added">mes</transChange> <w lemma="x">cuarto</w>)");
  // Enclitic pronouns stay on their verb, except after words that never take one.
  EXPECT_EQ(separate_glued_words(R"(<w lemma="x">Dad</w><transChange type="added">me</transChange>)"),
            R"(<w lemma="x">Dad</w><transChange type="added">me</transChange>)");
  EXPECT_EQ(separate_glued_words(R"(<w lemma="x">no</w><transChange type="added">lo</transChange>)"),
            R"(<w lemma="x">no</w> <transChange type="added">lo</transChange>)");
  // Punctuation on either side, or a space already: nothing to mend.
  for (const char* raw : {R"(<w>vida</w><transChange type="added">, toda</transChange>)",
                          R"(<w>vida,</w><transChange type="added">toda</transChange>)",
                          R"(<w>vida</w> <transChange type="added">toda</transChange>)", "plain text"}) {
    EXPECT_EQ(separate_glued_words(raw), raw);
  }
}

// ---- pairing --------------------------------------------------------------------------

TEST(BiblePairing, PairsByReferenceAndCountsWhatItDrops) {
  const std::vector<Verse> es = {{"Gen.1.1", "En el principio"}, {"Gen.1.2", ""}, {"Gen.1.3", "Sea la luz"},
                                 {"Gen.1.4", "Y vió Dios"},      {"Gen.1.5", ""},  // empty on both sides
                                 {"Gen.1.9", "sólo aquí"}};
  const std::vector<Verse> en = {{"Gen.1.1", "In the beginning"},
                                 {"Gen.1.2", "And the earth"},
                                 {"Gen.1.3", ""},
                                 {"Gen.1.4", "And God saw"},
                                 {"Gen.1.5", ""},
                                 {"Gen.1.8", "only here"}};
  const PairedVerses paired = pair_verses(es, en);
  ASSERT_EQ(paired.pairs.size(), 2u);
  EXPECT_EQ(paired.pairs[0].reference, "Gen.1.1");
  EXPECT_EQ(paired.pairs[0].source, "En el principio");
  EXPECT_EQ(paired.pairs[0].target, "In the beginning");
  EXPECT_EQ(paired.pairs[1].reference, "Gen.1.4");
  const PairingCounts& c = paired.counts;
  EXPECT_EQ(c.source_verses, 6u);
  EXPECT_EQ(c.target_verses, 6u);
  EXPECT_EQ(c.pairs, 2u);
  EXPECT_EQ(c.source_empty, 2u);    // Gen.1.2, Gen.1.5
  EXPECT_EQ(c.target_empty, 2u);    // Gen.1.3, Gen.1.5
  EXPECT_EQ(c.target_missing, 1u);  // Gen.1.9
  EXPECT_EQ(c.source_missing, 1u);  // Gen.1.8
}

TEST(BiblePairing, RepeatedReferenceIsAnError) {
  const std::vector<Verse> twice = {{"Gen.1.1", "a"}, {"Gen.1.1", "b"}};
  const std::vector<Verse> once = {{"Gen.1.1", "c"}};
  expect_error([&] { pair_verses(twice, once); }, {"source", "Gen.1.1", "twice"});
  expect_error([&] { pair_verses(once, twice); }, {"target", "Gen.1.1", "twice"});
}

// ---- hashing and splitting ------------------------------------------------------------

TEST(BibleSplit, ReferenceHashIsFixed) {
  // FNV-1a 64 of "valid:Gen.1.1" then splitmix64's finaliser, computed independently.
  EXPECT_EQ(reference_hash("Gen.1.1", "valid"), 0xdb289219d3c01b7eULL);
  EXPECT_EQ(reference_hash("Rev.22.21", "test"), 0xcc9390deab2ed609ULL);
  EXPECT_EQ(reference_hash("Gen.1.1", "test"), 0x38a7a0d008246f09ULL);
  EXPECT_EQ(book_of("1John.2.3"), "1John");
  EXPECT_EQ(book_of("Gen"), "Gen");
}

TEST(BibleSplit, PicksAcrossAllBooksInProportion) {
  const std::vector<int> sizes = {1, 2, 50, 400, 13, 1000, 25};
  const std::vector<std::string> refs = made_up_references(sizes);
  const std::vector<std::size_t> picked = pick_across_books(refs, 100, "valid");
  ASSERT_EQ(picked.size(), 100u);
  EXPECT_TRUE(std::is_sorted(picked.begin(), picked.end()));
  EXPECT_EQ(std::set<std::size_t>(picked.begin(), picked.end()).size(), 100u);
  const auto counts = per_book(refs, picked);
  ASSERT_EQ(counts.size(), sizes.size());  // every book gives at least one
  // One each, then the 93 others by what each book has left (1491 verses, 1484
  // beyond each book's first): B5 has 999 of them, 93 * 999 / 1484 = 62.6.
  EXPECT_EQ(counts.at("B0"), 1);
  EXPECT_EQ(counts.at("B1"), 1);
  EXPECT_NEAR(counts.at("B5"), 1 + 62.6, 1.0);
  EXPECT_NEAR(counts.at("B3"), 1 + 93.0 * 399 / 1484, 1.0);
}

TEST(BibleSplit, PickDependsOnTheReferencesNotTheirOrder) {
  const std::vector<std::string> refs = made_up_references({30, 70, 200});
  std::vector<std::string> shuffled = refs;
  std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(7));
  const auto names = [](const std::vector<std::string>& r, const std::vector<std::size_t>& idx) {
    std::set<std::string> out;
    for (std::size_t i : idx) out.insert(r[i]);
    return out;
  };
  const auto a = names(refs, pick_across_books(refs, 40, "valid"));
  EXPECT_EQ(a, names(shuffled, pick_across_books(shuffled, 40, "valid")));
  EXPECT_EQ(a, names(refs, pick_across_books(refs, 40, "valid")));
  EXPECT_NE(a, names(refs, pick_across_books(refs, 40, "test")));  // the salt matters
}

TEST(BibleSplit, SplitIsAPartitionWithExactSizes) {
  const std::vector<std::string> refs = made_up_references({3, 40, 500, 900, 12});
  const SplitIndices split = split_across_books(refs, {.valid = 60, .test = 50});
  EXPECT_EQ(split.valid.size(), 60u);
  EXPECT_EQ(split.test.size(), 50u);
  EXPECT_EQ(split.train.size(), refs.size() - 110);
  std::vector<std::size_t> all;
  for (const auto* part : {&split.train, &split.valid, &split.test}) all.insert(all.end(), part->begin(), part->end());
  std::sort(all.begin(), all.end());
  for (std::size_t i = 0; i < all.size(); ++i) ASSERT_EQ(all[i], i);  // disjoint, and nothing left out
  EXPECT_EQ(per_book(refs, split.valid).size(), 5u);
  EXPECT_EQ(per_book(refs, split.test).size(), 5u);
  EXPECT_EQ(per_book(refs, split.train).size(), 5u);  // the 3-verse book keeps one for training
}

TEST(BibleSplit, ImpossibleCountsAreErrors) {
  const std::vector<std::string> refs = made_up_references({5, 5, 5});
  expect_error([&] { pick_across_books(refs, 16, "x"); }, {"16", "only 15"});
  expect_error([&] { pick_across_books(refs, 2, "x"); }, {"2", "3 books"});
  expect_error([&] { split_across_books(refs, {.valid = 8, .test = 8}); }, {"valid (8)", "test (8)"});
  EXPECT_TRUE(pick_across_books(refs, 0, "x").empty());
}

// ---- files ----------------------------------------------------------------------------

TEST(BibleFiles, Sha256MatchesKnownDigests) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_F(CorpusFile, LinesAreReadAndChecked) {
  EXPECT_EQ(read_corpus_lines(write("a.txt", "one\r\ntwo\n\nthree")),
            (std::vector<std::string>{"one", "two", "", "three"}));
  expect_error([&] { read_corpus_lines(write("empty.txt", "")); }, {"empty.txt", "empty file"});
  expect_error([&] { read_corpus_lines(dir_ / "missing.txt"); }, {"missing.txt", "cannot open"});
  // Line 3 holds a lone continuation byte at offset 4.
  expect_error([&] { read_corpus_lines(write("bad.txt", "ok\nfine\nabcd\x80z\n")); },
               {"bad.txt:3:", "invalid UTF-8", "byte offset 4"});
  expect_error([&] { read_corpus_lines(write("gap.txt", "a\n\nb\n"), {.allow_empty_lines = false}); },
               {"gap.txt:2:", "empty line"});
  write_corpus_lines(dir_ / "out.txt", {"uno", "dos"});
  EXPECT_EQ(read_corpus_lines(dir_ / "out.txt"), (std::vector<std::string>{"uno", "dos"}));
  expect_error([&] { write_corpus_lines(dir_ / "broken.txt", {"a", "b\nc"}); }, {"broken.txt", "line 2"});
  EXPECT_FALSE(fs::exists(dir_ / "broken.txt"));
}

TEST(BibleFiles, DebianPackagesAreFoundByPath) {
  const PackageVersion kjv = debian_package_of("/usr/share/sword/mods.d/engKJV2006eb.conf");
  EXPECT_EQ(kjv.package, "sword-text-kjv");
  EXPECT_NE(kjv.version, "unknown");
  EXPECT_EQ(debian_package_of("/nonexistent/file").package, "unknown");
}

// ---- reading the SWORD modules --------------------------------------------------------

TEST(BibleSword, ReadsCleanVersesFromBothModules) {
  const std::vector<std::string> refs = {"Gen.1.1", "Gen.1.6", "Gen.1.30", "Exod.6.3", "Ps.3.1", "3John.1.14"};
  const std::vector<Verse> en = read_sword_verses("engKJV2006eb", refs);
  const std::vector<Verse> es = read_sword_verses("spaRV1909eb", refs, {.decapitalize_chapter_openings = true});
  ASSERT_EQ(en.size(), refs.size());
  ASSERT_EQ(es.size(), refs.size());
  for (std::size_t i = 0; i < refs.size(); ++i) {
    EXPECT_EQ(en[i].reference, refs[i]);
    EXPECT_EQ(es[i].reference, refs[i]);
    for (const std::string& text : {en[i].text, es[i].text}) {
      EXPECT_FALSE(text.empty()) << refs[i];
      EXPECT_EQ(text.find_first_of("<>\\\n"), std::string::npos) << refs[i] << ": " << text;
      EXPECT_EQ(text.find("¶"), std::string::npos) << refs[i] << ": " << text;
      EXPECT_EQ(text.find("  "), std::string::npos) << refs[i] << ": " << text;
    }
  }
  EXPECT_EQ(en[0].text, "In the beginning God created the heaven and the earth.");
  EXPECT_EQ(es[0].text, "En el principio crió Dios los cielos y la tierra.");                  // "EN" in the module
  EXPECT_EQ(en[1].text.rfind("And God said, Let there be a firmament", 0), 0u) << en[1].text;  // "¶ And ..."
  EXPECT_NE(es[2].text.find("hay vida, toda hierba verde"), std::string::npos) << es[2].text;  // "<H2416>"
  EXPECT_NE(en[3].text.find("by my name JEHOVAH was I not known"), std::string::npos) << en[3].text;  // "\nd"
  // The KJV keeps the psalm's title apart; it is put in front, as the Reina-Valera has it.
  EXPECT_EQ(en[4].text.rfind("A Psalm of David, when he fled from Absalom his son. LORD, how", 0), 0u) << en[4].text;
  EXPECT_EQ(es[4].text.rfind("Salmo de David, cuando huía de delante de Absalom su hijo. ¡Oh Jehová", 0), 0u)
      << es[4].text;
  const std::vector<Verse> untitled = read_sword_verses("engKJV2006eb", {"Ps.3.1"}, {.canonical_titles = false});
  EXPECT_EQ(untitled[0].text.rfind("LORD, how are they increased", 0), 0u) << untitled[0].text;
}

TEST(BibleSword, UnknownModulesAndReferencesAreErrors) {
  expect_error([] { read_sword_verses("noSuchModule", {"Gen.1.1"}); }, {"noSuchModule", "not installed"});
  expect_error([] { read_sword_verses("engKJV2006eb", {"Gen.99.1"}); }, {"Gen.99.1", "not a verse"});
  expect_error([] { read_sword_verses("engKJV2006eb", {"Nonsense"}); }, {"Nonsense", "not a verse"});
}
