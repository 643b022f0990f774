"""Films, nineteenth pass: a one-word bracket after a part that names an actor of the review is the performer."""

from __future__ import annotations

import pytest

import filmkg.extractors.titles as titles
from filmkg.core.normalize import name_key
from filmkg.extractors.models import ArchiveLexicon
from filmkg.extractors.titles import find_titles
from filmkg.linking.lexicon import FilmTitles

KB = FilmTitles(["Marsh", "Gravel", "Tin Lake", "Quarry"])
#: archive header credits: director, actor, screenwriter, source author, other crew
ROLES = {"Dora Marsh": [0, 12, 0, 0, 0], "Gravel": [0, 5, 0, 0, 0], "Hal Quarry": [9, 0, 0, 0, 0],
         "Ned Quarry": [0, 1, 0, 0, 0]}
#: the one-word titles are films several archive critics write (else ``FILMOGRAPHY_UNKNOWN_WORD`` drops them first)
ARCHIVE = ArchiveLexicon({"titles": {name_key(t, film=True): [4, 0, 0, 4] for t in ("Marsh", "Gravel", "Quarry")}})


def _names(text: str, people: list[str], reviewed: str | None = None) -> set[str]:
    spans = []
    for p in people:
        at = text.index(p)
        spans.append((at, at + len(p)))
    return {m.name for m in find_titles(text, reviewed, spans, KB, blocked=[], archive=ARCHIVE)}


@pytest.fixture(autouse=True)
def _roles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(titles, "archive_roles", lambda: ROLES)


@pytest.mark.parametrize("text,people,word", [
    # the surname of an actor the review names in full
    ("Dora Marsh is fine. Her part, Lily Vance (Marsh), runs the diner.", ["Dora Marsh", "Lily Vance"], "Marsh"),
    # an actor's one-word stage name
    ("A mailman, Bo Pike (Gravel), wants the toy as well.", ["Bo Pike"], "Gravel"),
])
def test_a_bracketed_performer_is_no_film(text: str, people: list[str], word: str,
                                         monkeypatch: pytest.MonkeyPatch):
    assert word not in _names(text, people)
    monkeypatch.setattr(titles, "FILMOGRAPHY_PERFORMER", False)
    assert word in _names(text, people)


@pytest.mark.parametrize("text,people,word", [
    # a credited person's bracket holds that person's film, even one named like another person here
    ("Hal Quarry (Marsh) made it; Dora Marsh stars.", ["Hal Quarry", "Dora Marsh"], "Marsh"),
    # the surname's owner is no actor of the archive's headers
    ("Ned Quarry is her uncle. The boy, Tom Reed (Quarry), hides.", ["Ned Quarry", "Tom Reed"], "Quarry"),
    # no person of the review ends on the word
    ("Her part, Lily Vance (Marsh), runs the diner.", ["Lily Vance"], "Marsh"),
    # more than the word in the bracket
    ("Dora Marsh is fine. Her part, Lily Vance (Marsh, Tin Lake), runs the diner.", ["Dora Marsh", "Lily Vance"],
     "Marsh"),
])
def test_other_brackets_keep_their_film(text: str, people: list[str], word: str):
    assert word in _names(text, people)


# a critic who writes the reviewed film's title in capitals (the caps rule takes a line alone only there)
BLOCK = ("DUST ORCHARD\n\nDirected by: Ann Vale\nRunning Time : 96 minutes\n{field}\n\n{line}\n\n"
         "DUST ORCHARD opens on a farm, and it is slow going.\n")


@pytest.mark.parametrize("field", ["Rating : ** out of *****", "Theatres: Lido, Jurong.", "Run Time: 113 Minutes"])
def test_a_caps_line_under_the_credits_block_is_a_headline(field: str, monkeypatch: pytest.MonkeyPatch):
    text = BLOCK.format(field=field, line="GRAVY TRAIN DERAILS")
    assert "Gravy Train Derails" not in _names(text, [], "Dust Orchard")
    monkeypatch.setattr(titles, "CAPS_HEADLINE", False)
    assert "Gravy Train Derails" in _names(text, [], "Dust Orchard")


@pytest.mark.parametrize("field,line,name", [
    # a headline the KB knows as a title names that film
    ("Rating : ** out of *****", "TIN LAKE", "Tin Lake"),
    # a "Grade:" line: the next short review's title follows it
    ("Grade: B+", "GRAVY TRAIN DERAILS", "Gravy Train Derails"),
])
def test_other_caps_lines_stay_films(field: str, line: str, name: str):
    assert name in _names(BLOCK.format(field=field, line=line), [], "Dust Orchard")


def test_a_caps_line_inside_prose_is_no_headline():
    text = "DUST ORCHARD\n\nRating : ** out of *****\n\nGRAVY TRAIN DERAILS is what DUST ORCHARD's poster says.\n"
    assert "Gravy Train Derails" in _names(text, [], "Dust Orchard")
