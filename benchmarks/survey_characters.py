"""Count the character phrasings of extractors/README.md "sixth pass (chars3)" over the archive.

    .venv/bin/python benchmarks/survey_characters.py [TARBALL] [--sample FAMILY --n 20 --seed 5]

Prints, per family, the regex hits and distinct critics over every readable page (each page's text
as the readers give it); ``--sample`` prints random hits of one family to read by hand. The regexes
are deliberately looser than the rules (they find the phrasing, the rules then judge each hit).
"""

from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict
from pathlib import Path

from filmkg.core.errors import ReviewFormatError
from filmkg.readers.sources import iter_tarball, parse

N = r"[A-Z][a-z][\w'\-]*"
FAMILIES = {
    "description before the name": rf"\b(?:plays|played|as)\s+(?:the\s+|his\s+|her\s+)?(?:[a-z][\w\-]+,?\s+){{1,3}}"
                                   rf"{N}(?:\s+{N})?(?=[,.;:!?)])",
    "bracket tail": rf"{N} \({N}(?: {N}){{0,2}}(?:\s*-{{1,2}}\s*|\s+(?:in|at|from|looking|doing|pre-)\b)"
                    rf"[^()]{{1,120}}\)",
    "played by + words": rf"\b(?:played|portrayed) (?:[a-z]+ly |to perfection |quite well )?by (?:the |a |an )?"
                         rf"(?:[a-z][\w\-]+ ){{1,3}}{N} {N}",
    "the role/part of": r"\bthe (?:[\w\-]+ ){0,2}(?:role|part) of (?:[A-Z]|a |an |the )",
    "himself / herself": r"\b(?:plays?|playing|played|as|by)\s+(?:him|her)self\b",
    "the title role": r"\bthe title (?:role|character|part)\b",
    "two parts, two actors in brackets": rf"{N} (?:and|&) {N}(?: {N})? \({N}(?: {N})?(?: and |, |/ ?| & )"
                                         rf"{N}(?: {N})?\)",
    "X is NAME.": rf"\b{N} {N} is (?:the )?{N}(?: {N})?(?=[.;!?]| who)",
    "a part in another film": rf"\b{N}(?:'s)? (?:as|plays|played|turn as|performance as) (?:the |a |an )?"
                              rf"(?:[\w'\-]+ ){{1,3}}?in (?:the )?(?:\d{{4}}'s )?(?:\"|_|[A-Z]{{3,}})",
    "voices": rf"\b{N} (?:voices|provides the voice of|lends (?:his|her) voice to|stars as the voice of) [A-Z]",
    "possessive part before brackets": rf"{N}'s (?:[a-z]+ ){{0,2}}[a-z]+ \({N}",
    "name, description (actor)": rf"{N}, (?:the|a|an) (?:[a-z][\w\-]* ){{0,3}}[a-z]+ \({N}",
    "sentence word before a part": rf"(?:But|Then|When|Enter|Meanwhile|Later|And) {N}(?: {N})? \({N}",
    "quoted name (actor)": rf"[\"\u201d] \({N} {N}",
    "owned part with adjectives": rf"{N}'s (?:[a-z]+ ){{1,2}}{N}(?=[,;:)(]| is| was)",
    "more turn verbs": r"\b(?:contributes|offers|provides|gets|puts in)\s+(?:a|an|his|her)\s+(?:[\w\-]+\s+){0,3}?"
                       r"(?:turn|performance|role|job|work)\s+as\b",
    "possessive nouns as": r"'s (?:[\w\-]+ ){0,3}?(?:appearance|work|interpretation|characterization|take) as\b",
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("tarball", nargs="?", default="../shared/corpus/rec-arts-movies-reviews-html.tar.gz")
    ap.add_argument("--sample")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=5)
    a = ap.parse_args()
    compiled = {k: re.compile(v) for k, v in FAMILIES.items()}
    hits: dict[str, int] = defaultdict(int)
    critics: dict[str, set[str]] = defaultdict(set)
    shown: list[str] = []
    for raw in iter_tarball(Path(a.tarball)):
        try:
            r = parse(raw)
        except ReviewFormatError:
            continue
        for k, rx in compiled.items():
            for m in rx.finditer(r.text):
                hits[k] += 1
                critics[k].add(r.critic or "?")
                if k == a.sample:
                    shown.append(f"{r.identifier}: " + " ".join(r.text[max(0, m.start() - 60) : m.end() + 40].split()))
    for k in FAMILIES:
        print(f"{hits[k]:6d} hits {len(critics[k]):4d} critics  {k}")
    if a.sample:
        for s in random.Random(a.seed).sample(shown, min(a.n, len(shown))):
            print(" ", s)


if __name__ == "__main__":
    main()
