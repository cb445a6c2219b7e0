"""The oracle of tests/oracle/test_bleu_oracle.cpp: mteval-v13a's tokenization as
regular expressions, and NLTK's corpus_bleu on the tokens attn produced.

Usage: nltk_bleu_oracle.py IN.json OUT.json
  IN:  {"lines": [str, ...],
        "corpora": [{"hyp": [[token, ...], ...], "ref": [[token, ...], ...]}, ...]}
  OUT: {"tokens": [[token, ...] for each line],
        "bleu": [{"none": float, "exp": float} for each corpus]}   (0..1, NLTK's scale)
Run by Debian's /usr/bin/python3 with python3-nltk.
"""
import json
import re
import sys
import warnings

from nltk.translate.bleu_score import SmoothingFunction, corpus_bleu

# mteval-v13a's rules, applied in order to the line padded with a space each side.
RULES_13A = [
    # ASCII punctuation but ' , - . gets spaces around it
    (re.compile(r"([\{-\~\[-\` -\&\(-\+\:-\@\/])"), r" \1 "),
    # period or comma after a non-digit
    (re.compile(r"([^0-9])([\.,])"), r"\1 \2 "),
    # period or comma before a non-digit
    (re.compile(r"([\.,])([^0-9])"), r" \1 \2"),
    # hyphen after a digit
    (re.compile(r"([0-9])(-)"), r"\1 \2 "),
]


def tokenize_13a(line):
    line = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ")
    if "&" in line:
        for entity, char in (("&quot;", '"'), ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">")):
            line = line.replace(entity, char)
    line = f" {line} "
    for pattern, replacement in RULES_13A:
        line = pattern.sub(replacement, line)
    return line.split()


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        request = json.load(f)
    warnings.simplefilter("ignore")  # NLTK warns when an order has no match
    tokens = [tokenize_13a(line) for line in request["lines"]]
    scores = []
    for corpus in request["corpora"]:
        references = [[ref] for ref in corpus["ref"]]
        hypotheses = corpus["hyp"]
        scores.append({
            "none": corpus_bleu(references, hypotheses),
            "exp": corpus_bleu(references, hypotheses, smoothing_function=SmoothingFunction().method3),
        })
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump({"tokens": tokens, "bleu": scores}, f)


if __name__ == "__main__":
    main()
