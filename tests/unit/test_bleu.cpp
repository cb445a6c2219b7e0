// Corpus BLEU and the 13a tokenizer (attn/eval/bleu.h) on cases worked out by hand.
// tests/oracle/test_bleu_oracle.cpp checks both against NLTK and mteval's regular
// expressions on random corpora.
#include <gtest/gtest.h>

#include <cmath>

#include "attn/error.h"
#include "attn/eval/bleu.h"
#include "attn/eval/length_buckets.h"
#include "support/errors.h"

using namespace attn::eval;
using attn::testing::expect_error;

TEST(Tokenize13a, SplitsPunctuationButKeepsNumbersAndWords) {
  EXPECT_EQ(tokenize_13a("Hello, world."), "Hello , world .");
  EXPECT_EQ(tokenize_13a("It costs $3.50, or 1,000 yen."), "It costs $ 3.50 , or 1,000 yen .");
  EXPECT_EQ(tokenize_13a("well-known 1-2 a-1 x--y"), "well-known 1 - 2 a-1 x--y");
  EXPECT_EQ(tokenize_13a("don't (really) stop!"), "don't ( really ) stop !");
  EXPECT_EQ(tokenize_13a("a/b:c;d?e@f[g]h{i}j~k^l_m`n|o\\p=q+r*s#t%u<v>w\"x"),
            "a / b : c ; d ? e @ f [ g ] h { i } j ~ k ^ l _ m ` n | o \\ p = q + r * s # t % u < v > w \" x");
}

TEST(Tokenize13a, PeriodsAndCommasNextToDigits) {
  EXPECT_EQ(tokenize_13a("3.14"), "3.14");
  EXPECT_EQ(tokenize_13a("3."), "3 .");  // the line's padding gives the period a neighbour
  EXPECT_EQ(tokenize_13a(".5"), ". 5");
  EXPECT_EQ(tokenize_13a("a.b"), "a . b");
  EXPECT_EQ(tokenize_13a("end.3"), "end . 3");
  EXPECT_EQ(tokenize_13a("1.,2"), "1 . , 2");  // matches do not overlap: "1." then ".," then ", "
  EXPECT_EQ(tokenize_13a("v1.2.3"), "v1.2.3");
  EXPECT_EQ(tokenize_13a("..."), ". . .");
}

TEST(Tokenize13a, EntitiesSkippedMarkersAndWhiteSpace) {
  EXPECT_EQ(tokenize_13a("&quot;Hi&quot; &amp; &lt;b&gt;"), "\" Hi \" & < b >");
  EXPECT_EQ(tokenize_13a("&amp;lt;"), "<");           // replaced in order: &amp; first makes &lt;
  EXPECT_EQ(tokenize_13a("&amp;quot;"), "& quot ;");  // &quot; was replaced before &amp; made it
  EXPECT_EQ(tokenize_13a("<skipped> word"), "word");
  EXPECT_EQ(tokenize_13a("  a \t b  "), "a b");
  EXPECT_EQ(tokenize_13a("a\xC2\xA0"
                         "b\xE2\x80\x83"
                         "c\xE3\x80\x80"
                         "d"),
            "a b c d");                                                 // NBSP, em space, ideographic
  EXPECT_EQ(tokenize_13a("¿Qué? naïve. «sí»"), "¿Qué ? naïve . «sí»");  // only ASCII punctuation splits
  EXPECT_EQ(tokenize_13a(""), "");
  EXPECT_EQ(split_whitespace(" a\x1f"
                             "b\xC2\x85"
                             "c "),
            (std::vector<std::string>{"a", "b", "c"}));
}

TEST(Bleu, IdenticalCorpusScores100) {
  const std::vector<std::string> lines = {"The cat sat on the mat.", "It rained, then it stopped."};
  const BleuScore s = corpus_bleu(lines, lines);
  EXPECT_DOUBLE_EQ(s.score, 100.0);
  EXPECT_EQ(s.hyp_len, 14);  // 7 + 7 tokens
  EXPECT_EQ(s.ref_len, 14);
  EXPECT_EQ(s.format(), "BLEU = 100.00 100.0/100.0/100.0/100.0 (BP = 1.000 ratio = 1.000 hyp_len = 14 ref_len = 14)");
}

TEST(Bleu, CountsAreSummedOverTheCorpusBeforeTheBrevityPenalty) {
  // c = 6, r = 8; every n-gram of the hypotheses matches: 6/6, 4/4, 2/2, 1/1.
  const BleuScore s = corpus_bleu({"a b c d", "x y"}, {"a b c d e f", "x y"});
  EXPECT_EQ(s.matches, (std::array<std::int64_t, 4>{6, 4, 2, 1}));
  EXPECT_EQ(s.totals, (std::array<std::int64_t, 4>{6, 4, 2, 1}));
  EXPECT_DOUBLE_EQ(s.brevity_penalty, std::exp(1.0 - 8.0 / 6.0));
  EXPECT_NEAR(s.score, 100 * std::exp(1.0 - 8.0 / 6.0), 1e-12);
  EXPECT_NEAR(s.ratio, 0.75, 1e-15);
}

TEST(Bleu, MatchesAreClippedByTheReferenceCounts) {
  // hyp "a a a b" against "a b a": unigrams a:3 clipped to 2, b:1 -> 3/4; bigrams
  // "a a" x2 (none in the reference), "a b" x1 -> 1/3; trigrams 0/2.
  const BleuScore s = corpus_bleu({"a a a b"}, {"a b a"});
  EXPECT_EQ(s.matches, (std::array<std::int64_t, 4>{3, 1, 0, 0}));
  EXPECT_EQ(s.totals, (std::array<std::int64_t, 4>{4, 3, 2, 1}));
  EXPECT_EQ(s.score, 0.0);  // no smoothing: an order without a match gives 0
  EXPECT_DOUBLE_EQ(s.precisions[0], 75.0);
  EXPECT_EQ(s.brevity_penalty, 1.0);  // c = 4 > r = 3
}

TEST(Bleu, ExpSmoothingHalvesEachEmptyOrderInTurn) {
  // hyp "the the the the" against "the cat": p1 = 1/4, then no matches of order 2, 3,
  // 4 (totals 3, 2, 1): 1/(2*3), 1/(4*2), 1/(8*1).
  const BleuScore s = corpus_bleu({"the the the the"}, {"the cat"}, {.smoothing = BleuSmoothing::Exp});
  const double expected = 100 * std::pow(0.25 * (1.0 / 6) * (1.0 / 8) * (1.0 / 8), 0.25);
  EXPECT_NEAR(s.score, expected, 1e-12);
  EXPECT_NEAR(s.precisions[1], 100.0 / 6, 1e-12);
  EXPECT_EQ(corpus_bleu({"the the the the"}, {"the cat"}).score, 0.0);
}

TEST(Bleu, EdgeCases) {
  // An empty hypothesis: no n-grams, BP 0.
  const BleuScore empty = corpus_bleu({""}, {"a b c d"});
  EXPECT_EQ(empty.score, 0.0);
  EXPECT_EQ(empty.brevity_penalty, 0.0);
  EXPECT_EQ(empty.hyp_len, 0);
  // Hypotheses too short for 4-grams: order 4 has no n-grams, BLEU is 0 unsmoothed.
  EXPECT_EQ(corpus_bleu({"a b c"}, {"a b c"}).score, 0.0);
  // Tokens given: no 13a splitting ("a," stays one token).
  EXPECT_EQ(corpus_bleu({"a, b c d"}, {"a , b c d"}, {.tokenize = false}).matches[0], 3);
  EXPECT_EQ(corpus_bleu({"a, b c d"}, {"a , b c d"}).score, 100.0);
  expect_error([] { corpus_bleu({"a", "b"}, {"a"}); }, {"2 hypotheses", "1 references"});
  expect_error([] { corpus_bleu({}, {}); }, {"no sentences"});
}

TEST(BleuByLength, BucketsBySourceWords) {
  EXPECT_EQ(length_bucket(0), 0);
  EXPECT_EQ(length_bucket(1), 0);
  EXPECT_EQ(length_bucket(10), 0);
  EXPECT_EQ(length_bucket(11), 1);
  EXPECT_EQ(length_bucket(50), 4);
  EXPECT_EQ(length_bucket(51), 5);
  EXPECT_EQ(length_bucket(500), 5);
  EXPECT_EQ(length_bucket(7, {.width = 3, .count = 2}), 1);
  EXPECT_THROW(length_bucket(3, {.width = 0, .count = 2}), attn::Error);
}

TEST(BleuByLength, EachBucketIsTheCorpusBleuOfItsSentences) {
  // Sources of 3, 12, 2 and 60 words: buckets 1-10 (sentences 0 and 2), 11-20 (1), 51+ (3).
  auto words = [](int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += (i ? " w" : "w") + std::to_string(i);
    return s;
  };
  const std::vector<std::string> sources = {words(3), words(12), words(2), words(60)};
  const std::vector<std::string> refs = {"the cat sat on the mat .", "and god said , let there be light",
                                         "in the beginning was the word", "a b c d e f g"};
  const std::vector<std::string> hyps = {"the cat sat on a mat .", "and god said let there be light",
                                         "in the beginning was the word", "x y z"};
  const auto buckets = bleu_by_source_length(sources, hyps, refs);
  ASSERT_EQ(buckets.size(), 6u);
  EXPECT_EQ(buckets[0].label, "1-10");
  EXPECT_EQ(buckets[4].label, "41-50");
  EXPECT_EQ(buckets[5].label, "51+");
  EXPECT_EQ(buckets[5].max_words, -1);
  EXPECT_EQ(buckets[0].sentences, 2);
  EXPECT_EQ(buckets[1].sentences, 1);
  EXPECT_EQ(buckets[2].sentences, 0);
  EXPECT_FALSE(buckets[2].bleu.has_value());
  EXPECT_EQ(buckets[5].sentences, 1);
  ASSERT_TRUE(buckets[0].bleu.has_value());
  const BleuScore first = corpus_bleu({hyps[0], hyps[2]}, {refs[0], refs[2]});
  EXPECT_DOUBLE_EQ(buckets[0].bleu->score, first.score);
  EXPECT_EQ(buckets[0].bleu->hyp_len, first.hyp_len);
  EXPECT_DOUBLE_EQ(buckets[1].bleu->score, corpus_bleu({hyps[1]}, {refs[1]}).score);
  EXPECT_EQ(buckets[5].bleu->score, 0.0);  // no 4-gram in common
  EXPECT_THROW(bleu_by_source_length(sources, hyps, {refs[0]}), attn::Error);
  EXPECT_THROW(bleu_by_source_length({}, {}, {}), attn::Error);
}
