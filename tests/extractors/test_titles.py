"""titles: the films a review names, by the marks reviewers give titles."""

from __future__ import annotations

import pytest

from filmkg.extractors import state


def titles_of(doc) -> set[tuple[str, str]]:
    return {(m.name, m.rule) for m in state.mentions(doc, state.TITLES)}


@pytest.mark.parametrize("text,title,expected", [
    ("_Vertigo_ is still the better film.", "Body Double",
     {("Vertigo", "titles.marked")}),
    ('Like "Chinatown," it ends badly.', "Body Double",
     {("Chinatown", "titles.quoted")}),
    ("BODY DOUBLE borrows from REAR WINDOW and VERTIGO, but BODY DOUBLE is sleazy.", "Body Double",
     {("Body Double", "titles.reviewed"), ("Rear Window", "titles.caps"), ("Vertigo", "titles.caps")}),
    ("She is best known for her roles in Tootsie, Working Girl and Big.", "Body Double",
     {("Tootsie", "titles.cued_list"), ("Working Girl", "titles.cued_list"), ("Big", "titles.cued_list")}),
    ("Body Double is no classic, and the song \"Relax\" is everywhere.", "Body Double",
     {("Body Double", "titles.reviewed")}),
    # a caps title before "'s", a caps word before "piece", titles on a line with an address
    ("BODY DOUBLE is no REAR WINDOW, and REAR WINDOW's director knew it.", "Body Double",
     {("Body Double", "titles.reviewed"), ("Rear Window", "titles.caps")}),
    ("BODY DOUBLE is sleazy. BODY DOUBLE reads like a GLASS HOUSE piece.", "Body Double",
     {("Body Double", "titles.reviewed")}),
    ("BODY DOUBLE is sleazy. BODY DOUBLE is cheap.\n\nMy SILENT RIVER notes are at http://example.com/rv",
     "Body Double", {("Body Double", "titles.reviewed")}),
    # a name before "in" marks a quoted title the KB lacks; a lower-case word before "in" does not
    ('He is as sly as Marta Brill in "The Glass Orchard Affair."', "Body Double",
     {("The Glass Orchard Affair", "titles.quoted")}),
    ('She sat in "The Glass Orchard Affair" for hours.', "Body Double", set()),
    # one word of the reviewed title, written as a title and no KB film of its own, is the reviewed film
    ("_Waiting for Gustavson_ is a mock documentary. Like _Fargo_, _Gustavson_ never drags.", "Waiting for Gustavson",
     {("Waiting for Gustavson", "titles.marked"), ("Fargo", "titles.marked"),
      ("Waiting for Gustavson", "titles.reviewed_alias")}),
    # a site or a zine named in caps is no film
    ("BODY DOUBLE is sleazy. Visit the Film Fan at LARGE homepage for more.", "Body Double",
     {("Body Double", "titles.reviewed")}),
    ("BODY DOUBLE is sleazy. This was written for THE SILVER SPOON, the zine of the club.", "Body Double",
     {("Body Double", "titles.reviewed")}),
    # the capital "I" or "A" that opens the next sentence is no word of a caps title
    ("BODY DOUBLE is sleazy. It steals from REAR WINDOW.  I did not mind.", "Body Double",
     {("Body Double", "titles.reviewed"), ("Rear Window", "titles.caps")}),
    # the last words of a title the review names are that title, unless the two are dated apart
    ("BODY DOUBLE is sleazy. It is THE RETURN OF GLASS HARBOR again, and GLASS HARBOR was dull.", "Body Double",
     {("Body Double", "titles.reviewed"), ("The Return of Glass Harbor", "titles.caps")}),
    ("BODY DOUBLE is sleazy, like GLASS HARBOR (1963) and THE RETURN OF GLASS HARBOR (1964).", "Body Double",
     {("Body Double", "titles.reviewed"), ("Glass Harbor", "titles.caps"),
      ("The Return of Glass Harbor", "titles.caps")}),
])
def test_title_marks(run, text, title, expected):
    assert titles_of(run(text, title, until="titles")) == expected


def test_a_year_after_a_title_is_its_year(run):
    doc = run('It recalls "The Conversation" (1974) more than anything.', "Blow Out", until="titles")
    assert [(m.name, m.year) for m in state.mentions(doc, state.TITLES)] == [("The Conversation", 1974)]


def test_a_year_after_a_title_in_a_filmography_is_no_film(run):
    doc = run("Veteran Al Pacino (The Devil's Advocate, 1997) is back.", "Blow Out", until="titles")
    assert ("1997", "titles.filmography") not in titles_of(doc)
    assert [(m.name, m.year) for m in state.mentions(doc, state.TITLES) if m.rule == "titles.filmography"] == [
        ("The Devil's Advocate", 1997)]


def test_a_plain_text_review_takes_its_title_from_the_file_name(run):
    doc = run("I liked Fargo Nights a lot. Fargo Nights is odd.", None, until="titles")
    assert getattr(doc._, state.REVIEWED) is None  # the file name "case" names nothing
    from filmkg.extractors.titles import infer_title

    assert infer_title("fargo-nights", "I liked FARGO NIGHTS a lot.") == "Fargo Nights"
    assert infer_title("fargo-nights", "Nothing here names it.") is None


def test_film_entities_of_the_model_become_titles_when_the_kb_knows_them(monkeypatch):
    from filmkg.extractors import titles
    from filmkg.linking.lexicon import FilmTitles

    text = "His earlier film Heat was better than Blue Night Runner, and Moon was loud."
    spans = [(text.index(t), text.index(t) + len(t)) for t in ("Heat", "Blue Night Runner", "Moon")]
    found = titles.find_titles(text, None, [], FilmTitles({"Heat"}), film_spans=spans)
    assert {(m.name, m.rule, m.confidence) for m in found} == {("Heat", "titles.ner", 0.6)}
    # titles the KB does not know can be let in from a length up (off by default: dev precision)
    monkeypatch.setattr(titles, "NER_UNKNOWN_MIN_WORDS", 2)
    found = titles.find_titles(text, None, [], FilmTitles({"Heat"}), film_spans=spans)
    assert {(m.name, m.confidence) for m in found} == {("Heat", 0.6), ("Blue Night Runner", 0.55)}


def test_a_film_entity_after_a_non_film_cue_is_not_a_film():
    from filmkg.extractors.titles import find_titles

    text = "the novel Dark Harbour Lights came first."
    s = text.index("Dark")
    assert find_titles(text, None, [], film_spans=[(s, s + len("Dark Harbour Lights"))]) == []


def test_titles_without_typography_are_bounded_by_the_review_time():
    from filmkg.extractors.titles import find_titles, written_by
    from filmkg.linking.lexicon import FilmTitles

    years = {"Silver Harbour": [2008], "Iron Valley": [1990], "Quiet Meadow": [None]}
    kb = FilmTitles(lookup=lambda t: t in years, years=lambda t: years.get(t, []))
    text = 'The Silver Harbour crowd, Iron Valley, Quiet Meadow, and "Silver Harbour" (a 1994 film) all.'
    assert written_by(text, 1993) == 1995 and written_by(text, None) is None
    found = find_titles(text, None, [], kb, unmarked_gazetteer=kb.until(written_by(text, 1993)))
    # the unmarked "Silver Harbour" the KB knows only from 2008 is a phrase; the quoted one stays
    assert sorted((m.name, m.rule) for m in found) == [
        ("Iron Valley", "titles.gazetteer"), ("Quiet Meadow", "titles.gazetteer"), ("Silver Harbour", "titles.quoted")]
    assert len(find_titles(text, None, [], kb)) == 4


def test_a_known_title_after_a_lower_case_article_is_a_phrase():
    from filmkg.extractors.titles import find_titles
    from filmkg.linking.lexicon import FilmTitles

    kb = FilmTitles({"Iron Valley", "Glass Harbour"})
    text = "Many fans of the Glass Harbour films loved Iron Valley."
    assert [(m.name, m.start) for m in find_titles(text, None, [], kb)] == [
        ("Glass Harbour", 17), ("Iron Valley", text.index("Iron"))]
    assert [m.name for m in find_titles("They fled the Iron Valley riots.", None, [], kb)] == []


def test_a_title_after_a_makers_possessive_deep_in_a_title_case_run():
    from filmkg.extractors.titles import find_titles
    from filmkg.linking.lexicon import FilmTitles

    kb = FilmTitles({"The Long Orchard", "Salt Road", "Grey Hills", "Nora's Garden"})
    text = "It borrows from Nora Kessel's The Long Orchard and Tom A. Vane's Salt Road."
    assert [(m.name, m.rule) for m in find_titles(text, None, [], kb)] == [
        ("The Long Orchard", "titles.gazetteer"), ("Salt Road", "titles.gazetteer")]
    # a possessive that is part of the title stays whole; a genre word after the title hands it to the next one
    assert [m.name for m in find_titles("We saw Nora's Garden twice.", None, [], kb)] == ["Nora's Garden"]
    assert [m.name for m in find_titles("It is Tom Vane's Salt Road film GREY HILLS again.", None, [], kb)] == [
        "Grey Hills"]


def test_a_known_title_ends_at_its_last_word_not_at_the_token():
    from filmkg.extractors.titles import find_titles
    from filmkg.linking.lexicon import FilmTitles

    kb = FilmTitles({"Salt Road", "Grey Hills"})
    text = "He knows how (Salt Road, Grey Hills).When he tries, it works."
    assert [(m.name, text[m.start : m.end]) for m in find_titles(text, None, [], kb)] == [
        ("Salt Road", "Salt Road"), ("Grey Hills", "Grey Hills")]


def test_a_title_of_a_word_and_a_number_needs_a_dated_kb_title():
    from filmkg.extractors.titles import find_titles
    from filmkg.linking.lexicon import FilmTitles

    years = {"Harbour 7": [1990], "Studio 9": [None], "3": [2010]}
    kb = FilmTitles(lookup=lambda t: t in years, years=lambda t: years.get(t, []))
    assert [m.name for m in find_titles("It feels like Harbour 7 at times.", None, [], kb)] == ["Harbour 7"]
    assert find_titles("They met at Studio 9 that night.", None, [], kb) == []
    assert find_titles("Then The 3 goes to the best film.", None, [], kb) == []


def test_a_one_word_title_after_its_makers_possessive_when_the_kb_files_the_pair():
    from filmkg.extractors.titles import find_titles
    from filmkg.linking.lexicon import FilmTitles

    kb = FilmTitles({"Orchard"})

    def roles_of(person: str, title: str, year: int | None) -> frozenset[str]:
        return frozenset({"director"}) if (person, title) == ("Vane", "Orchard") else frozenset()

    text = "It recalls Vane's Orchard and Kessel's Orchard."
    vane, kessel = (text.index("Vane"), text.index("Vane") + 4), (text.index("Kessel"), text.index("Kessel") + 6)
    found = find_titles(text, None, [vane, kessel], kb, blocked=[], roles_of=roles_of)
    assert [(m.name, m.rule, m.start) for m in found] == [("Orchard", "titles.maker", text.index("Orchard"))]
    assert find_titles(text, None, [vane, kessel], kb, blocked=[]) == []


def test_a_quoted_word_the_kb_knows_joins_a_quoted_film_of_its_list():
    from filmkg.extractors.titles import find_titles
    from filmkg.linking.lexicon import FilmTitles

    kb = FilmTitles({"Orchard", "Salt Road", "1999"})
    text = 'It has shades of "Orchard" and "Salt Road" and "1999".'
    assert [m.name for m in find_titles(text, None, [], kb)] == ["Orchard", "Salt Road", "1999"]
    # alone, one quoted word with no cue stays a word
    assert find_titles('It has shades of "Orchard" here.', None, [], kb) == []


def test_a_word_the_kb_knows_joins_an_unmarked_film_of_its_list():
    from filmkg.core.normalize import name_key
    from filmkg.extractors.models import ArchiveLexicon
    from filmkg.extractors.titles import find_titles
    from filmkg.linking.lexicon import FilmTitles

    kb = FilmTitles({"Orchard", "Salt Road", "Kids", "Harbour"})
    # the archive's critics write "Orchard" and "Kids" as films, "Harbour" as a TV show
    counts = {"Orchard": [2, 0, 0], "Kids": [2, 0, 0], "Harbour": [0, 3, 0]}
    archive = ArchiveLexicon({"titles": {name_key(t, film=True): c for t, c in counts.items()}})

    def found(text: str) -> list[str]:
        return [m.name for m in find_titles(text, None, [], kb, archive=archive)]

    assert found("She was fine in Orchard and Salt Road.") == ["Orchard", "Salt Road"]
    assert found("She was fine in Harbour and Salt Road.") == ["Salt Road"]
    # a word of a longer title, or one word alone, is no film
    assert found("She was in Shrunk the Kids, Salt Road.") == ["Salt Road"]
    assert found("She was fine in Orchard.") == []


def test_a_critic_who_quotes_the_reviewed_title_quotes_one_word_titles_too():
    from filmkg.core.normalize import name_key
    from filmkg.extractors.models import ArchiveLexicon
    from filmkg.extractors.titles import find_titles
    from filmkg.linking.lexicon import FilmTitles

    kb = FilmTitles(["Tidewater", "Neighbours"])
    # (two critics write "Tidewater" as a film: one marked word nobody writes so needs a cue, MARKED_WORD_CUED)
    archive = ArchiveLexicon({"titles": {name_key("Neighbours", film=True): [1, 9, 0],
                                         name_key("Tidewater", film=True): [2, 0, 0]}})
    text = '"Glass River" is slow. Its star carried "Tidewater" alone; she was on "Neighbours" for years.'
    found = {(m.name, m.rule) for m in find_titles(text, "Glass River", [], kb, archive=archive)}
    # the one-word "Tidewater" is taken without a cue word, the TV show "Neighbours" is not
    assert found == {("Glass River", "titles.reviewed"), ("Tidewater", "titles.quoted")}
    # a critic who does not quote the reviewed title gets the cue-word rule only
    plain = text.replace('"Glass River"', "Glass River")
    assert ("Tidewater", "titles.quoted") not in {(m.name, m.rule) for m in find_titles(plain, "Glass River", [], kb,
                                                                                          archive=archive)}


def test_the_archives_other_titles_of_the_reviewed_film_are_its_forms():
    from filmkg.extractors.reviewed import Reviewed
    from filmkg.extractors.titles import _with_archive_titles

    text = "Vida Larga, La (1997)\nreviewed by A. Critic\n\nI finally saw \"Long Life\" last night."
    named = Reviewed("La Vida Larga")
    got = _with_archive_titles(named, text, 23, ["Long Life", "Short Night"])
    assert got.aliases == ("Long Life",)  # a title of the archive's that this review does not use is left out
    assert _with_archive_titles(named, text, 23, None) is named


@pytest.mark.parametrize("text,expected", [
    # an abbreviation opens the title; a subtitle follows a colon and a space
    ("We liked Mrs. Pennant and Dr. Vale more.", ["Dr. Vale", "Mrs. Pennant"]),
    ("It is no Iron Valley 2: The Return, sadly.", ["Iron Valley 2: The Return"]),
    ("Unlike Iron Valley 2, it works.", ["Iron Valley 2"]),
    # a suffix of likeness, even after an article; a year's possessive
    ("It has a Glass Harbour-esque chase and Salt Road-style talk.", ["Glass Harbour", "Salt Road"]),
    ("She was good in 1994's Salt Road too.", ["Salt Road"]),
    # a title further into a Title Case run: after a sentence's first word, after a connector ...
    ("Remember Glass Harbour? It was better.", ["Glass Harbour"]),
    ("Even The Long Orchard had more plot.", ["The Long Orchard"]),
    ("The part recalls Nora from Sense and Nonsense, a bit.", ["Sense and Nonsense"]),
    # ... but not after a name's word, nor after a determiner
    ("He settled in the Wild Salt Road country.", []),
    ("Her Salt Road vamps around.", []),
])
def test_title_shapes_of_unmarked_known_titles(text, expected):
    from filmkg.extractors.titles import find_titles
    from filmkg.linking.lexicon import FilmTitles

    kb = FilmTitles({"Mrs. Pennant", "Dr. Vale", "Iron Valley 2: The Return", "Iron Valley 2", "Glass Harbour",
                     "Salt Road", "The Long Orchard", "Sense and Nonsense"})
    assert sorted(m.name for m in find_titles(text, None, [], kb)) == expected


def test_a_list_reads_two_items_the_kb_knows_as_one_title_as_that_title():
    from filmkg.extractors.titles import find_titles
    from filmkg.linking.lexicon import FilmTitles

    kb = FilmTitles({"Sense and Nonsense", "Glass Harbour", "Salt Road"})
    text = "She was in films such as Sense and Nonsense, Glass Harbour and Salt Road."
    assert sorted(m.name for m in find_titles(text, None, [], kb)) == ["Glass Harbour", "Salt Road",
                                                                       "Sense and Nonsense"]


@pytest.mark.parametrize("text,expected", [
    ("It recalls the 1963 film Silver Harbour Nights in its twists.", ["Silver Harbour Nights"]),
    ("She directed the comedy The Long Orchard, which is milder.", ["The Long Orchard"]),
    ("A known one-word title after the thriller Quietus works too.", ["Quietus"]),
    ("It was the best documentary Grey Hills from 1994 ever made.", ["Grey Hills"]),
    # a clause after a comma, a run with "and" after it, a studio, digits, a lower-case noun with a name
    ("Towards the end of the film, Sara Quint begins to sing.", []),
    ("Kubrick made his first film Fear and Desire for little money.", []),
    ("The film Warner Bros. is pushing is long.", []),
    ("It got a 7 on the 0 to 10 scale, like the action film 7 on Ten.", []),
])
def test_a_title_case_run_right_after_a_film_word_is_a_title(text, expected):
    from filmkg.core.spans import SpanIndex
    from filmkg.extractors.titles import _genre_appositions
    from filmkg.linking.lexicon import FilmTitles

    # in a build, common words and studios come from the archive's lexicon, people and places are taken spans
    found = _genre_appositions(text, FilmTitles({"Quietus"}), SpanIndex([]), frozenset(), frozenset({"Warner"}))
    assert [m.name for m in found] == expected


def test_a_persons_bracket_of_titles_one_of_them_known_holds_films():
    from filmkg.extractors.titles import find_titles
    from filmkg.linking.lexicon import FilmTitles

    kb = FilmTitles({"Glass Harbour Nights", "Salt"})
    text = "Ann Mercer (Glass Harbour Nights, The Long Orchard) is fine, Tom Vane (Salt, Grey Hills) less so."
    people = [(0, 10), (text.index("Tom"), text.index("Tom") + 8)]
    # a known title of two words vouches for its neighbour; a known single word does not
    assert sorted(m.name for m in find_titles(text, None, people, kb, blocked=[])) == [
        "Glass Harbour Nights", "The Long Orchard"]


def test_two_spellings_of_one_long_title_take_the_first_one_written_whatever_the_hash_seed():
    from filmkg.core.records import Mention
    from filmkg.extractors.titles import _tail_references
    from filmkg.linking.lexicon import FilmTitles

    a = Mention("film", "The Harbour Files: Fight The Tide", 0, 33, "titles.caps", 0.8)
    b = Mention("film", "The Harbour Files: Fight the Tide", 40, 73, "titles.gazetteer", 0.55)
    moved = lambda m, start: Mention(m.kind, m.name, start, start + 33, m.rule, m.confidence)  # noqa: E731
    # the text's order decides, not the order a set of names happens to have in this process
    assert {m.name for m in _tail_references([a, b], FilmTitles())} == {a.name}
    assert {m.name for m in _tail_references([moved(b, 0), moved(a, 40)], FilmTitles())} == {b.name}


@pytest.mark.parametrize("text,expected", [
    ("The movie started to move *SLOWLY*. I mean it.", set()),  # stress
    ("*We* never see the house again.", set()),
    ("I liked *Mystery Train* and *Night on Earth* a lot.", {"Mystery Train", "Night on Earth"}),  # Title Case runs
    ("I saw _Fargo_ twice.", {"Fargo"}),  # underscores always mark
])
def test_asterisks_mark_only_titles_they_can_vouch_for(text, expected):
    from filmkg.extractors.titles import find_titles

    assert {t.name for t in find_titles(text, None, []) if t.rule == "titles.marked"} == expected


def test_a_common_word_or_a_place_in_an_unmarked_list_counts_where_critics_write_it_as_a_film(monkeypatch):
    from filmkg.core.records import Mention
    from filmkg.core.spans import SpanIndex
    from filmkg.extractors import titles
    from filmkg.extractors.models import ArchiveLexicon

    text = "the baroque style of Cape Fear and Casino ever since"
    anchor = Mention("film", "Cape Fear", 21, 30, "titles.gazetteer", 0.9)
    place = SpanIndex([(35, 41)])  # the NER calls it a place
    archive = ArchiveLexicon({"titles": {"casino": [4, 0, 0]}})
    gazetteer = {"Casino", "Cape Fear"}
    found = titles._unmarked_list_items(text, [anchor], gazetteer, SpanIndex(), archive, place)
    assert [t.name for t in found] == ["Casino"]
    monkeypatch.setattr(titles, "LIST_WORDS_VOUCHED", None)
    assert titles._unmarked_list_items(text, [anchor], gazetteer, SpanIndex(), archive, place) == []
    monkeypatch.setattr(titles, "LIST_WORDS_VOUCHED", 5)  # too few critics
    assert titles._unmarked_list_items(text, [anchor], gazetteer, SpanIndex(), archive, place) == []


@pytest.mark.parametrize("text,expected", [
    ("He spends his days on Wall Street, making money.", set()),  # the phrase: marking critics leave it unmarked
    ("It is no Wall Street, but the film works.", set()),
    ("a cross of Wall Street and Blue Velvet", {"Wall Street", "Blue Velvet"}),  # a list of titles vouches
    ("like Wall Street, it indicts greed", {"Wall Street"}),  # ... and a film cue
    ("He spends his days on WALL STREET, making money.", {"Wall Street"}),  # ... and a mark
])
def test_a_title_marking_critics_leave_unmarked_is_a_phrase_without_a_cue(monkeypatch, text, expected):
    from filmkg.extractors import titles

    monkeypatch.setattr(titles, "title_usage", lambda: {"wall street": [28, 22]})
    gazetteer = titles.FilmTitles(["Wall Street", "Blue Velvet"])
    assert {t.name for t in titles.find_titles(text, None, [], gazetteer)} == expected


def test_a_performer_before_a_bare_as_opens_no_list_of_films():
    from filmkg.extractors.titles import FilmTitles, find_titles

    gazetteer = FilmTitles(["Fox", "Casablanca", "Vertigo"])
    assert {t.name for t in find_titles("The film stars Dana Quill as Fox and others.", None, [], gazetteer)} == set()
    assert {t.name for t in find_titles("I love films such as Casablanca and Vertigo.", None, [], gazetteer)} == \
        {"Casablanca", "Vertigo"}


def test_one_marked_word_of_one_longer_film_is_its_short_form():
    from filmkg.core.records import Mention
    from filmkg.extractors.titles import _word_references

    long = Mention("film", "The Andromeda Strain", 0, 20, "titles.caps", 0.9)
    short = Mention("film", "Andromeda", 40, 49, "titles.caps", 0.9)
    assert [m.name for m in _word_references([long, short], set())] == ["The Andromeda Strain"] * 2
    assert [m.name for m in _word_references([long, short], {"Andromeda"})][1] == "Andromeda"  # a film of its own
    other = Mention("film", "Andromeda Rising", 60, 76, "titles.caps", 0.9)  # two longer films: whose?
    assert [m.name for m in _word_references([long, short, other], set())][1] == "Andromeda"
