"""Titles the archive's critics mark, for finding them where another critic marks nothing.

A title of two words or more that many of the archive's critics mark (quotes, _underscores_, CAPS: the regular
expressions of ``extractors/titles.py``) is a title wherever another critic writes it in Title Case, even when no
critic ever puts a film word beside it (the archive lexicon keeps only titles written beside one). Per title key
(``name_key(title, film=True)``, two words or more), over every archive review not left out, this counts distinct
critics:

- ``marked``: critics who mark it (any of the three marks);
- ``quoted``: critics who mark it with quotes or underscores (capitals alone also mark actors' names and headings);
- ``caps``: critics who mark it in capitals (critics who write films in capitals put songs, episodes and books in
  quotes: a title only ever quoted is as often a song as a film);
- ``film`` / ``tv`` / ``work``: critics who write it beside a film word, a TV word, a book, play or song word
  (``archive_lexicon.count_titles``, the lexicon's own context cues);
- ``phrase``: critics who, in a review where they mark two titles or more, write it in Title Case with no mark
  ("on Wall Street", "the Bottom Line"): a name or a phrase, as ``title_usage.py`` reads such a use;
- ``lower``: critics who write its words in lower case, the first one aside ("a perfect world", "Good morning").

Kept (``extractors/models/marked_titles.json.gz``, ``{key: [marked, quoted, caps, film, tv, work, phrase, lower]}``):
keys that ``MIN_MARKED`` critics or more mark, that the bundled KB does not know (the gazetteer finds those
already), whose first and last words are no given name and surname of the archive's credits headers (actors' names
in capitals) and that end on no TV show's word ("Show", "Live", "Tonight"). ``extractors/titles.py``
(``MARKED_TITLE_MIN``) decides from the counts. A run takes about 2 minutes (no pipeline: regular expressions only).

The silver measure of films without marks (``unmarked_films.py``) takes its labels from each sampled review's own
marks, so those reviews must not count here: ``--leave-out`` names files of review ids left out (the 1,200 reviews
of its develop and test samples, seed 7, ``unmarked_films_ids.txt``; the precision audits' ``ids.txt``), and
``--sample`` saved samples whose reviews are left out too. Dev, every gold set and the blind sets are never read.

    .venv/bin/python training/marked_titles.py --leave-out training/unmarked_films_ids.txt \\
        training/precision_audit/ids.txt training/precision_audit/second/ids.txt
"""

from __future__ import annotations

import argparse
import bisect
import csv
import gzip
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from archive_lexicon import count_titles  # training/ is the scripts' folder
from gold_sets import never_read
from title_usage import archive_reviews

if TYPE_CHECKING:
    from filmkg.linking.lexicon import FilmTitles

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OUT = ROOT / "extractors" / "models" / "marked_titles.json.gz"
#: Critics who must mark a title for the file to keep it.
MIN_MARKED = 3
#: Words in a title key, at least and at most.
MIN_WORDS, MAX_WORDS = 2, 7
_WORD = re.compile(r"[A-Za-z0-9][\w'\u2019\-]*")
#: "The Muppet Show", "Saturday Night Live": a TV show's name by its last word
_TV_SHAPE = re.compile(r"\b(?:Show|Live|Tonight)$")
_MARK_BEFORE = re.compile(r"[\"'_*\u201c\u2018`]\s*$")


def marks_of(text: str, films: FilmTitles) -> list[tuple[str, str, int, int]]:
    """(kind, surface, start, end) of every title-like span the critic marks: "q" quotes or underscores, "c" capitals.
    A run of capitals with a comma is cut at it unless the KB knows the whole, as the caps rule cuts it ("GOOD MORNING,
    VIETNAM" whole, "KINGPIN, DUMB AND DUMBER" two titles): a piece of a longer title is no title of its own."""
    from filmkg.core.normalize import title_case
    from filmkg.extractors.titles import (
        _CAPS_RUN,
        _MARKED,
        _QUOTED,
        _caps_surface,
        _sentence_cut,
        _split_caps_run,
        _title_like,
    )

    out = []
    for rx in (_QUOTED, _MARKED):
        for m in rx.finditer(text):
            s = m["t"].rstrip(",.!? :")
            if _title_like(s):
                out.append(("q", s, m.start("t"), m.end("t")))
    for m in _CAPS_RUN.finditer(text):
        end = _sentence_cut(text, m)
        whole = text[m.start() : end].rstrip(".,:;!?-'\u2019 ")
        pieces = [whole] if "," in whole and title_case(" ".join(whole.split())) in films else \
            [_caps_surface(text[a:b]) for a, b in _split_caps_run(text, m.start(), end)]
        for piece in pieces:
            s = " ".join(piece.split()).rstrip(",.!? :")
            if len(re.sub(r"[^A-Z]", "", s)) >= 4:
                out.append(("c", title_case(s), m.start(), end))
    return out


def main(argv: list[str] | None = None) -> int:
    from filmkg.core.normalize import fold, name_key
    from filmkg.linking.imdb_kb import load_kb
    from filmkg.linking.lexicon import Lexicon
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sample", type=Path, nargs="*", default=[],
                    help="saved unmarked_films.py samples (JSON) whose reviews are left out")
    ap.add_argument("--leave-out", type=Path, nargs="*", default=[], help="files of review ids not to count")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    skip = never_read()
    for path in args.sample:
        skip |= set(json.loads(path.read_text()))
    for path in args.leave_out:
        skip |= set(path.read_text().split())
    with open(SHARED / "corpus" / "index.csv", newline="") as fh:
        critic_of = {r["id"]: r["critic"] for r in csv.DictReader(fh)}

    films = Lexicon.from_kb(load_kb(None)).films
    # pass 1: marks and their contexts
    context: dict = defaultdict(lambda: (set(), set(), set(), set()))
    marked: dict[str, set[str]] = defaultdict(set)
    quoted: dict[str, set[str]] = defaultdict(set)
    caps: dict[str, set[str]] = defaultdict(set)
    forms: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    texts: list[tuple[str, str, frozenset[str]]] = []
    for review in archive_reviews(skip):
        critic = critic_of.get(review.identifier, review.identifier)
        count_titles(review.text, critic, context)
        keys = set()
        quotes = []
        for kind, surface, start, end in marks_of(review.text, films):
            if kind == "q":
                quotes.append((start, end))
            key = name_key(surface, film=True)
            if not MIN_WORDS <= len(key.split()) <= MAX_WORDS:
                continue
            keys.add(key)
            marked[key].add(critic)
            (quoted if kind == "q" else caps)[key].add(critic)
            forms[key][surface] += 1
        texts.append((critic, review.text, frozenset(keys), sorted(quotes)))
    print(f"{len(texts)} reviews counted, {len(skip)} ids left out", file=sys.stderr)

    persons = _person_words()
    cands: dict[str, str] = {}
    for key, who in marked.items():
        if len(who) < MIN_MARKED:
            continue
        form = max(forms[key].items(), key=lambda kv: (kv[1], kv[0]))[0]
        words = form.split()
        if form in films or (words[0] in persons[0] and words[-1] in persons[1]) or _TV_SHAPE.search(form):
            continue
        cands[key] = form

    # pass 2: the same words with no mark, in Title Case in a marking review, or all in lower case
    first: dict[str, set[int]] = defaultdict(set)
    for key in cands:
        first[key.split()[0]].add(len(key.split()))
    phrase: dict[str, set[str]] = defaultdict(set)
    lower: dict[str, set[str]] = defaultdict(set)
    for critic, text, keys, quotes in texts:
        starts = [a for a, _ in quotes]
        words = list(_WORD.finditer(text))
        folded = [fold(m[0]) for m in words]
        for i, f in enumerate(folded):
            for n in first.get(f, ()):
                key = " ".join(folded[i : i + n])
                if key not in cands or i + n > len(words):
                    continue
                span = words[i : i + n]
                # an article before it belongs to the title ("The Big Sleep"): look before it too
                j = i - 1 if i and folded[i - 1] in ("the", "a", "an") else i
                before = text[max(0, words[j].start() - 3) : words[j].start()]
                if _MARK_BEFORE.search(before) or text[span[0].start() : span[-1].end()].isupper():
                    continue
                q = bisect.bisect_right(starts, span[0].start()) - 1
                if q >= 0 and quotes[q][1] >= span[-1].end():
                    continue  # "Temple of Doom" inside a quoted "Indiana Jones and the Temple of Doom": marked
                if _inside_run(text, words, folded, j):
                    continue  # ... or inside a longer name written with no mark: no use of this title of its own
                if all(m[0][0].islower() for m in span[1:]):
                    lower[key].add(critic)  # "good morning", "Good morning, ...": the phrase (a sentence opens it)
                elif span[0][0][0].isupper() and span[-1][0][0].isupper() and key not in keys and len(keys) >= 2:
                    phrase[key].add(critic)
    out = {k: [len(marked[k]), len(quoted.get(k, ())), len(caps.get(k, ())), len(context[k][0]), len(context[k][1]),
               len(context[k][2]), len(phrase.get(k, ())), len(lower.get(k, ()))] for k in sorted(cands)}
    args.out.write_bytes(gzip.compress(json.dumps({"titles": out}, sort_keys=True, separators=(",", ":")).encode(),
                                       mtime=0))
    print(f"{len(out)} titles marked by {MIN_MARKED} critics or more -> {args.out}")
    return 0


def _inside_run(text: str, words: list[re.Match[str]], folded: list[str], j: int) -> bool:
    """The word before ``j`` (over "and", "of") is a capitalised word of the same run."""
    k = j - 1
    if k >= 1 and folded[k] in ("and", "of") and not text[words[k].end() : words[j].start()].strip():
        k -= 1
    return k >= 0 and words[k][0][0].isupper() and not text[words[k].end() : words[k + 1].start()].strip()


def _person_words() -> tuple[frozenset[str], frozenset[str]]:
    from filmkg.extractors.models import archive_lexicon

    lex = archive_lexicon()
    return frozenset(lex.given_names), frozenset(lex.surnames)


if __name__ == "__main__":
    sys.exit(main())
