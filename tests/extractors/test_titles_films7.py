"""Films, tenth pass (branch films7): an actor's "role as", places after a film word, two-letter KB titles in
capitals, a possessive inside the quotes."""

from __future__ import annotations

from filmkg.extractors.titles import find_titles
from filmkg.linking.lexicon import FilmTitles


def _kb(*titles: str) -> FilmTitles:
    return FilmTitles(titles)


def _names(text: str, kb: FilmTitles, **kw) -> set[str]:
    return {m.name for m in find_titles(text, None, [], kb, **kw)}


def test_an_actors_role_as_names_characters_a_film_words_as_names_films():
    # a list of two after the cue needs no KB
    kb = _kb()
    assert _names("She reprised her role as Marsh Hill, and Tin Lake was fun.", kb) == set()
    assert _names("I like such films as Marsh Hill and Tin Lake.", kb) == {"Marsh Hill", "Tin Lake"}
    # the cue for films itself stays: "her roles in ..."
    assert _names("Her roles in Marsh Hill and Tin Lake were small.", kb) == {"Marsh Hill", "Tin Lake"}


def test_where_a_film_is_set_or_released_in_is_no_title():
    kb = _kb("Cardiff")
    assert _names("The film is set in Cardiff, mostly.", kb) == set()
    assert _names("The movie was finally released in Cardiff last spring.", kb) == set()
    assert _names("His best roles were in Cardiff.", kb) == {"Cardiff"}


def test_a_lone_title_the_ner_calls_a_place_is_one_after_a_film_word_not_after_a_role():
    kb = _kb("Cardiff")
    text = "It is the best film in Cardiff. She had a role in Cardiff."
    first, second = text.index("Cardiff"), text.rindex("Cardiff")
    places = [(first, first + 7), (second, second + 7)]
    found = find_titles(text, None, [], kb, not_film_spans=places)
    assert [(m.name, m.start) for m in found] == [("Cardiff", second)]


def test_a_kb_title_of_two_letter_words_in_capitals():
    kb = _kb("Dr. No")
    assert _names("It goes back to DR. NO, the first one.", kb) == {"Dr. No"}
    # words of two letters the KB does not know are no title, nor letters spaced out
    assert _names("It goes back to DR. OZ, the first one.", kb) == set()
    assert _names("It goes back to IN ON IT all the same.", _kb("In on It")) == set()


def test_a_possessive_inside_the_quotes():
    kb = _kb("Marsh Hill", "Lake")
    assert _names('We met "Marsh Hill\'s" Ann Vale there.', kb) == {"Marsh Hill"}
    # a letter's plural stays no title
    assert _names('He says "W\'s" as "V\'s" all day.', _kb("W", "V")) == set()


def test_a_lone_capitalised_word_many_critics_write_as_a_film():
    from filmkg.core.normalize import name_key
    from filmkg.extractors.models import ArchiveLexicon

    counts = {"Harbourmaster": [12, 0, 0], "Quarry": [12, 0, 0], "Tuesday": [12, 0, 0], "Gallows": [12, 0, 9],
              "Lantern": [2, 0, 0]}
    archive = ArchiveLexicon({"titles": {name_key(t, film=True): c for t, c in counts.items()},
                              "common_words": ["quarry"]})
    kb = _kb(*counts)

    def names(text: str) -> set[str]:
        return {m.name for m in find_titles(text, None, [], kb, archive=archive)}

    assert names("It is darker than Harbourmaster, and longer.") == {"Harbourmaster"}
    # a common word, a day, a title critics call a book as often, one few critics write as a film
    # (no film cue before them: after "than" a common word many critics write as a film is one, titles.cued_word)
    assert names("It is darker with Quarry, Tuesday, Gallows or Lantern.") == set()
    # sentence-initial, after an article or a possessive, beside another capital, before a bracketed name
    for text in ("Harbourmaster is dark.", "It sails past the Harbourmaster again.", "Ann's Harbourmaster wins.",
                 "Old Harbourmaster Jones waves.", "He loves Harbourmaster (Ann Vale) most."):
        assert names(text) == set(), text


def test_a_quoted_title_the_kb_lacks_in_a_list_of_quoted_films():
    kb = _kb("Glass Harbour", "Tin Lake")
    text = 'The film mixes "Glass Harbour", "Paper Kite Road" and "Tin Lake". She sang "Moon Over Us" well.'
    assert _names(text, kb) == {"Glass Harbour", "Paper Kite Road", "Tin Lake"}
    # no film spoken of before the list, or an award, is no cue
    assert _names('Names like "Glass Harbour" and "Paper Kite Road" abound.', kb) == {"Glass Harbour"}
    assert _names('The film won "Glass Harbour" and "Best Actor Prize" there.', kb) == {"Glass Harbour"}


def test_capitals_that_critics_writing_no_caps_titles_use_in_prose_are_acronyms(monkeypatch):
    from filmkg.core.normalize import name_key
    from filmkg.extractors.models import ArchiveLexicon

    archive = ArchiveLexicon({"acronyms": {"KNBC": 7, "HARBOUR": 4},
                              "titles": {name_key("Harbour", film=True): [9, 0, 0, 9]}})
    kb = _kb("Knbc", "Harbour")
    # a critic who writes titles in capitals (the reviewed film's twice)
    text = "GLASS ROAD is fine. Then the KNBC reporter likes GLASS ROAD more than HARBOUR, oddly."
    found = {m.name for m in find_titles(text, "Glass Road", [], kb, archive=archive)}
    # more of the archive's critics write HARBOUR as a film than as a stress: it stays a title
    assert found == {"Glass Road", "Harbour"}
    # ... and without the count, it is one (where one marked word needs no cue either)
    import filmkg.extractors.titles as titles

    monkeypatch.setattr(titles, "MARKED_WORD_CUED", False)
    assert "KNBC" in {m.name for m in find_titles(text, "Glass Road", [], kb, archive=ArchiveLexicon())}



def test_a_bare_year_opening_a_list_is_judged_by_the_mark_before_it():
    from filmkg.extractors.titles import _list_items

    kb = _kb("1984", "Tin Lake")
    # the list ends in a quote: the year at its head has no mark of its own and is a year
    text = 'In 1999, Tin Lake and "Tin Lake"'
    start = text.index("1999")
    assert [m.name for m in _list_items(text, start, len(text), "titles.cued_list", 0.7, kb)] == ["Tin Lake",
                                                                                                     "Tin Lake"]
    # a quote before it marks the year as a title
    text = 'like "1984", Tin Lake'
    start = text.index("1984")
    assert [m.name for m in _list_items(text, start, len(text), "titles.cued_list", 0.7, kb)] == ["1984",
                                                                                                     "Tin Lake"]
