"""One pass over the archive's reviews and their credits headers, for every file counted from them.

``extractors/models/archive_lexicon.json.gz`` (archive_lexicon.py: critics per title, part, surname, the films'
own cast lists ...) and ``archive_roles.json.gz`` (archive_roles.py: reviews per name and role) both count what
the credits headers give. They used to read the tarball and run the header rules each in a loop of its own,
and the packaged files drifted from what the rules give today. :func:`walk` reads the tarball once and yields,
per review, the credits its header gives; ``archive_counts.py`` feeds both counters from it and writes both
files with :func:`parser_fingerprint` in them, which ``tests/training/test_archive_counts.py`` compares with
today's header rules.
"""

from __future__ import annotations

import hashlib
import io
import tokenize
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from filmkg.core.records import Review
    from filmkg.extractors.header import HeaderCredit

ROOT = Path(__file__).resolve().parent.parent
TARBALL = ROOT.parent / "shared" / "corpus" / "rec-arts-movies-reviews-html.tar.gz"
#: The header rules whose output the counts hold: a change to their code asks for a recount.
PARSER_SOURCES = ("extractors/header.py", "extractors/run_in_header.py")
#: The counting code itself (training/): a change to it asks for a recount too.
COUNTING_SOURCES = ("training/archive_headers.py", "training/archive_lexicon.py", "training/archive_roles.py")
#: archive_roles' window: labelled lines in the first 3,000 characters.
TOP_LIMIT = 3000


@dataclass
class ReviewHeaders:
    """One review and what its credits headers give."""

    review: Review
    #: the review's critic (their name as the page gives it; the review id when the page names nobody)
    critic: str
    #: the credits a build's ``header`` and ``run_in_header`` components give: labelled lines anywhere, an
    #: unlabelled cast line when no label gives actors, run-in parentheses (header credits inside them dropped)
    credits: list[HeaderCredit]
    #: labelled lines in the first 3,000 characters and every run-in credit (archive_roles' careers). Not
    #: ``credits``: resolve.career_role's director share (0.2) was set on these counts; counted from ``credits``
    #: (cast lines add acting) 959 more names, and on the 1,197-page sample two films Kenneth Branagh directed
    #: became his contributions (23 of 110 credits directing, 24 of 124)
    top: list[HeaderCredit]

    @property
    def identifier(self) -> str:
        return self.review.identifier


def headers_of(review: Review) -> ReviewHeaders:
    """``review``'s header credits as a build's ``header`` and ``run_in_header`` components leave them, and as the
    careers count them (:attr:`ReviewHeaders.top`)."""
    from filmkg.extractors.header import find_header_credits, page_credits
    from filmkg.extractors.run_in_header import outside, run_in_credits

    text = review.text
    run_in, inside = run_in_credits(text)
    found = page_credits(text)
    credits = outside(found, inside) + run_in if inside else found
    top = list(find_header_credits(text, TOP_LIMIT)) + run_in
    return ReviewHeaders(review, review.critic or review.identifier, credits, top)


def walk(tarball: Path, skip: set[str]) -> Iterator[ReviewHeaders]:
    """Every review of the tarball but ``skip`` (ids), in the tarball's order, with its header credits; a page
    the reader rejects counts for nothing."""
    from filmkg.readers.sources import iter_tarball, parse

    for raw in iter_tarball(tarball):
        if raw.identifier in skip:
            continue
        try:
            review = parse(raw)
        except Exception:  # noqa: BLE001 - an unreadable page counts for nothing
            continue
        yield headers_of(review)


def parser_fingerprint(root: Path = ROOT, sources: tuple[str, ...] = PARSER_SOURCES) -> str:
    """A hash of the code of ``sources`` (the header rules, by default): their tokens without comments, blank
    lines or docstrings, so that only a change to what they do asks for a recount."""
    digest = hashlib.sha256()
    for rel in sources:
        digest.update(rel.encode() + b"\0")
        for tok in _code_tokens((root / rel).read_text(encoding="utf-8")):
            digest.update(tok.encode() + b"\0")
    return digest.hexdigest()[:16]


def fingerprints(skip: set[str]) -> dict[str, str]:
    """What each counted file records of how it was counted: the header rules' code, the counting code's, and
    the reviews left out (a gold set added to tests/data asks for a recount, so its pages leave the counts)."""
    left_out = hashlib.sha256("\n".join(sorted(skip)).encode()).hexdigest()[:16]
    return {"header_parser": parser_fingerprint(), "counting_code": parser_fingerprint(sources=COUNTING_SOURCES),
            "left_out": f"{len(skip)}:{left_out}"}


def _code_tokens(source: str) -> Iterator[str]:
    """The tokens of ``source`` that do something: no comments, no line breaks inside brackets, no docstrings
    (a string standing alone as a statement)."""
    skip = {tokenize.COMMENT, tokenize.NL, tokenize.ENCODING, tokenize.ENDMARKER}
    toks = [t for t in tokenize.generate_tokens(io.StringIO(source).readline) if t.type not in skip]
    starts = {tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT}
    for i, t in enumerate(toks):
        if (t.type == tokenize.STRING and (i == 0 or toks[i - 1].type in starts)
                and (i + 1 == len(toks) or toks[i + 1].type == tokenize.NEWLINE)):
            continue  # a docstring: the NEWLINE after it is kept, a harmless marker
        yield t.string if t.type not in (tokenize.INDENT, tokenize.DEDENT) else tokenize.tok_name[t.type]
