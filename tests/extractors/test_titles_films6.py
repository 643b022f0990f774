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
