"""Films, ninth pass (branch films6): the review's time, quotes after a maker, lists, KB titles with "and"."""

from __future__ import annotations

from filmkg.core.normalize import name_key
from filmkg.extractors.models import ArchiveLexicon
from filmkg.extractors.titles import find_titles, written_by
from filmkg.linking.lexicon import FilmTitles


def _archive(titles: dict[str, list[int]] | None = None, **data) -> ArchiveLexicon:
    return ArchiveLexicon({"titles": {name_key(t, film=True): c for t, c in (titles or {}).items()}, **data})


def test_an_archive_page_is_as_late_as_its_block_of_pages():
    lex = _archive(posted={"50": 2000, "3": 1993})
    assert lex.posted_by("25271") == 2000 and lex.posted_by("1700") == 1993
    assert lex.posted_by("9999") is None and lex.posted_by("review-7") is None and lex.posted_by(None) is None
    text = "A 1977 film, and a better one than Iron Valley."
    # the page's film and its years say 1977; the page sits among pages posted in 2000
    assert written_by(text, 1977) == 1978 and written_by(text, 1977, 2000) == 2001
    years = {"Iron Valley": [1986]}
    kb = FilmTitles(lookup=lambda t: t in years, years=lambda t: years.get(t, []))
    assert find_titles(text, None, [], kb, unmarked_gazetteer=kb.until(written_by(text, 1977))) == []
    found = find_titles(text, None, [], kb, unmarked_gazetteer=kb.until(written_by(text, 1977, 2000)))
    assert [m.name for m in found] == ["Iron Valley"]


def test_an_undated_title_entered_late_is_no_title_for_an_old_review():
    from filmkg.linking.lexicon import entered_after

    assert entered_after("tt2625030") == 2002 and entered_after("tt0099652") is None and entered_after("x") is None
    ids = {"Glass Road": "tt2625030", "Tin Road": "tt0099652"}
    kb = FilmTitles(lookup=lambda t: t in ids, years=lambda t: [None] if t in ids else [],
                    earliest=lambda t: [entered_after(ids[t])] if t in ids else [])
    text = "We saw Glass Road and Tin Road again."
    found = find_titles(text, None, [], kb, unmarked_gazetteer=kb.until(1996))
    # the title IMDb entered after 2002 is a phrase in a 1995 review; the one numbered earlier may be a film
    assert [m.name for m in found] == ["Tin Road"]
    later = find_titles(text, None, [], kb, unmarked_gazetteer=kb.until(2005))
    assert {m.name for m in later} == {"Glass Road", "Tin Road"}


def _with_roles(monkeypatch, roles: dict[str, list[int]]) -> None:
    from filmkg.extractors import titles

    monkeypatch.setattr(titles, "archive_roles", lambda: roles)
    titles._surname_roles.cache_clear()


def test_a_quoted_title_after_a_directors_possessive_or_in_a_persons_bracket(monkeypatch):
    _with_roles(monkeypatch, {"Ann Vale": [12, 1, 3, 0, 0], "Bo Reed": [0, 0, 0, 9, 0], "Cy Mott": [0, 14, 0, 0, 0]})
    text = ('Vale\'s "Glass Harbour" and Reed\'s "Tin Harbour" and Mott\'s "Paper Harbour" came out, '
            'like Dee Lang ("Stone Harbour") before them.')
    people = [(text.index(n), text.index(n) + len(n)) for n in ("Vale", "Reed", "Mott", "Dee Lang")]
    found = {m.name for m in find_titles(text, None, people)}
    # a director's (by surname) and a bracket after a person; an author's and an actor's quotes are no cue
    assert found == {"Glass Harbour", "Stone Harbour"}
    _with_roles(monkeypatch, {})
    assert {m.name for m in find_titles(text, None, people)} == {"Stone Harbour"}


def test_single_quoted_titles_across_a_line_break_and_one_word_in_the_critics_style():
    kb = FilmTitles(["Robin of the Wood: Prince of Thieves", "Clerkdom", "Hamster", "Mallwalk"])
    text = "an accent in 'Robin of the Wood: Prince\nof Thieves' and I care."
    assert [m.name for m in find_titles(text, None, [], kb)] == ["Robin of the Wood: Prince of Thieves"]
    archive = _archive({"Clerkdom": [5, 0, 0], "Hamster": [3, 0, 0], "Mallwalk": [4, 0, 0]})
    # the critic single-quotes the reviewed film: one quoted word the KB and the critics know is a film too
    styled = "'Dogma Days' is good. 'Dogma Days' beats 'Clerkdom' and 'Hamster' too."
    assert {m.name for m in find_titles(styled, "Dogma Days", [], kb, archive=archive)} == {
        "Dogma Days", "Clerkdom", "Hamster"}
    plain = "He liked 'Clerkdom' and the movie 'Mallwalk' both."
    assert [m.name for m in find_titles(plain, None, [], kb, archive=archive)] == ["Mallwalk"]


def test_a_kb_title_the_archive_credits_as_a_person_is_that_person(monkeypatch):
    _with_roles(monkeypatch, {"Otto Welk": [11, 18, 7, 1, 2], "Michael": [2, 2, 7, 0, 7]})
    kb = FilmTitles(["Otto Welk", "Iron Valley", "Michael"])
    archive = _archive({"Michael": [11, 0, 0], "Iron Valley": [3, 0, 0]})
    text = "Someone who looks like Otto Welk walks out of Iron Valley."
    assert [m.name for m in find_titles(text, None, [], kb, archive=archive)] == ["Iron Valley"]


def test_an_unmarked_kb_title_over_an_and():
    kb = FilmTitles(["Salt and Sorrow", "Noon in the Yard of Wind and Rain", "The Fifth Hour"])
    text = "Two films come to mind: The Fifth Hour and Noon in the Yard of Wind and Rain. We liked Salt and Sorrow."
    assert [m.name for m in find_titles(text, None, [], kb)] == [
        "The Fifth Hour", "Noon in the Yard of Wind and Rain", "Salt and Sorrow"]
    # no title over the "and": the words before it alone
    assert [m.name for m in find_titles("The Fifth Hour and Robin went home.", None, [], kb)] == ["The Fifth Hour"]


def test_a_quoted_title_with_a_lower_case_with_or_from():
    kb = FilmTitles(["Tea with Marigolds"])
    text = 'his youth in Italy in "Tea with Marigolds" and the line "Stop that now".'
    assert [m.name for m in find_titles(text, None, [], kb)] == ["Tea with Marigolds"]


def test_a_marked_spoiler_warning_and_a_caps_cue_word_that_ends_a_title():
    kb = FilmTitles(["Spoilers", "Quiz Night Show", "Donna Brasca"])
    assert find_titles("[*SPOILERS*] and *MAJOR SPOILER AHEAD* here.", None, [], kb) == []
    text = "writers such as Al Smith (QUIZ NIGHT SHOW, DONNA BRASCA and more)"
    assert [m.name for m in find_titles(text, None, [], kb)] == ["Quiz Night Show", "Donna Brasca"]
    # a cue word in prose still says what follows is no film
    assert find_titles("the TV show DONNA BRASCA again", None, [], kb) == []


def test_a_segment_after_its_directors_possessive_is_no_film(monkeypatch):
    _with_roles(monkeypatch, {"Ann Vale": [12, 1, 3, 0, 0]})
    text = 'The first segment is Vale\'s "Glass Harbour," about witches.'
    s = text.index("Vale")
    assert find_titles(text, None, [(s, s + 4)]) == []
