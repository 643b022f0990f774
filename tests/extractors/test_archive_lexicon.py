"""The archive lexicon (training/archive_lexicon.py) and the rules that ask it (sixth pass, films3)."""

from __future__ import annotations

import pytest

from filmkg.core.records import Mention
from filmkg.extractors import people, titles
from filmkg.extractors.models import ArchiveLexicon, archive_lexicon
from filmkg.extractors.reviewed import film_key
from filmkg.linking.lexicon import FilmTitles

LEX = ArchiveLexicon({
    "titles": {"harbour lights over town": [4, 0, 0], "quiet orchard": [0, 6, 0], "tin kettle": [0, 2, 1],
               "silver road": [1, 3, 0], "tall grass": [0, 4, 0], "robin": [40, 1, 0]},
    "characters": {"Ziggy Stardrop": [5, 0], "Ann Marlow": [4, 2], "Tomas Grell": [2, 0]},
    "companies": ["Blue Anchor"],
    "surnames": ["Quennell"],
    "common_words": ["wealthy", "silly", "other", "boy", "nice"],
})


def test_the_packaged_lexicon_loads_and_answers():
    lex = archive_lexicon()
    assert lex.titles and lex.characters and lex.companies and lex.common_words and lex.surnames
    assert all(len(v) == 4 and v[3] >= max(v[:3]) for v in list(lex.titles.values())[:50])
    # other titles by IMDb id: "tt" ids, each with a title or more
    assert lex.reviewed_titles and all(k.startswith("tt") and v for k, v in lex.reviewed_titles.items())


def test_archive_counts_decide_films_other_works_and_parts():
    assert LEX.is_film("Harbour Lights Over Town")
    assert not LEX.is_film("Robin")  # one word beside a film word is as often a label or a part
    assert LEX.is_other_work("Quiet Orchard") and LEX.is_other_work("The Tin Kettle")
    assert not LEX.is_other_work("Silver Road")  # three to one is not enough against a film
    assert LEX.is_part("Ziggy Stardrop")
    assert not LEX.is_part("Ann Marlow")  # a header credits the name as a person too
    assert not LEX.is_part("Tomas Grell")  # two critics are not enough


def test_a_quoted_title_the_archive_calls_a_film_needs_no_cue():
    text = 'We saw "Harbour Lights Over Town" twice.'
    assert titles.find_titles(text, None, [], FilmTitles()) == []
    found = titles.find_titles(text, None, [], FilmTitles(), archive=LEX)
    assert [m.name for m in found] == ["Harbour Lights Over Town"]
    # one critic's film word is enough for a title five critics mark, where the text marks it too
    lex = ArchiveLexicon({"titles": {"long cold winter": [1, 0, 0, 6], "short warm day": [1, 0, 0, 2]}})
    assert lex.is_film("Long Cold Winter", 2, marked_ok=True) and not lex.is_film("Long Cold Winter", 2)
    assert not lex.is_film("Short Warm Day", 2, marked_ok=True)


def test_a_tv_show_of_the_archive_is_no_film():
    text = 'He watched "Quiet Orchard," then went to bed.'
    assert [m.name for m in titles.find_titles(text, None, [], FilmTitles({"Quiet Orchard"}))] == ["Quiet Orchard"]
    # not a KB film: the archive's count decides; a year after it keeps it
    assert titles.find_titles(text, None, [], FilmTitles(), archive=LEX) == []
    assert titles.find_titles('"Quiet Orchard" (1994) is fine.', None, [], FilmTitles(), archive=LEX) != []


def test_a_kb_title_is_dropped_only_for_a_show_no_critic_calls_a_film():
    kb = FilmTitles({"Quiet Orchard", "Tall Grass", "Silver Road"})
    assert titles.find_titles('He watched "Quiet Orchard," then slept.', None, [], kb, archive=LEX) == []
    assert titles.find_titles('He watched "Tall Grass," then slept.', None, [], kb, archive=LEX) != []  # 4 < 5
    assert titles.find_titles('He watched "Silver Road," then slept.', None, [], kb, archive=LEX) != []  # a film too


def test_a_title_after_its_makers_possessive():
    text = "It recalls Jones's Harbour Lights Over Town more than once."
    found = titles.find_titles(text, None, [], FilmTitles({"Harbour Lights Over Town"}))
    assert [(m.name, text[m.start:m.end]) for m in found] == [("Harbour Lights Over Town", "Harbour Lights Over Town")]


def test_a_known_title_inside_a_longer_quoted_title_is_no_film():
    text = 'It is like Varga\'s "My Summer in Lisbon Town" here.'
    found = titles.find_titles(text, None, [], FilmTitles({"My Summer"}))
    assert "My Summer" not in {m.name for m in found}


def test_a_title_before_a_bracketed_person_is_a_part():
    text = "Then Glass Harp (Ann Marlow) steals the gold."
    s = text.index("Ann Marlow")
    found = titles.find_titles(text, None, [(s, s + len("Ann Marlow"))], FilmTitles({"Glass Harp"}))
    assert found == []


def test_a_filmography_bracket_may_wrap_to_the_next_line():
    text = "The cinematographer Ann Marlow (Moon Over\nHarbour Town) shot it."
    s = text.index("Ann Marlow")
    found = titles.find_titles(text, None, [(s, s + len("Ann Marlow"))], FilmTitles({"Moon Over Harbour Town"}))
    assert [m.name for m in found] == ["Moon Over Harbour Town"]


@pytest.mark.parametrize("text,run", [
    ("We loved SALT & PEPPER DAYS.", "SALT & PEPPER DAYS"),
    ("They hated MY COUSIN ANSELM.", "MY COUSIN ANSELM"),
])
def test_caps_runs_hold_an_ampersand_and_my(text, run):
    assert run in [m[0].rstrip(".") for m in titles._CAPS_RUN.finditer(text)]


def test_a_capitalised_run_with_the_critics_name_is_a_signature():
    from filmkg.core.records import Critic

    critic = Critic(names=("Dana Quill",))
    text = "(C) ALL RIGHTS RESERVED DANA QUILL\n\nDANA: I liked it."
    run = Mention("film", "x", 4, text.index("\n"), "titles.caps", 0.7)
    label = Mention("film", "Dana", text.index("DANA:"), text.index("DANA:") + 4, "titles.caps", 0.7)
    assert titles._signs(run, text, critic) and titles._signs(label, text, critic)
    other = Mention("film", "x", 0, 3, "titles.caps", 0.7)
    assert not titles._signs(other, "THE LONG DANA WALK", critic)


def test_the_short_form_before_the_reviewed_titles_comma_is_the_reviewed_film(run):
    from filmkg.extractors import state

    doc = run('"Lanterns Aloft" is charming. "Lanterns Aloft, Quiet Harbour" opens today.',
              "Lanterns Aloft, Quiet Harbour", until="titles")
    names = {m.name for m in state.mentions(doc, state.TITLES)}
    assert names == {"Lanterns Aloft, Quiet Harbour"}


def test_names_opening_with_ordinary_words_and_companies_are_no_people():
    text = "A Wealthy Cuban met Other Val Lewton, Boy George and Blue Anchor."
    def ner(name: str) -> Mention:
        s = text.index(name)
        return Mention("person", name, s, s + len(name), "people.ner", 0.8)
    found = [ner("Wealthy Cuban"), ner("Other Val Lewton"), ner("Boy George"), ner("Blue Anchor")]
    out = people._without_phrases(found, text, set(), {"george", "val"}, LEX)
    assert [(m.name, text[m.start:m.end]) for m in out] == [("Val Lewton", "Val Lewton"),
                                                            ("Boy George", "Boy George")]
    # names a KB knows and header names stay
    kept = people._without_phrases([ner("Wealthy Cuban")], text, {"Wealthy Cuban"}, set(), LEX)
    assert [m.name for m in kept] == ["Wealthy Cuban"]


def test_a_surname_of_the_archives_headers_is_a_person():
    import spacy

    from filmkg.linking.lexicon import KnownPeople

    doc = spacy.blank("en")("They quote Quennell often.")
    tok = doc[2]
    tok.pos_ = "PROPN"
    known = KnownPeople()  # a KB that knows nobody: no surname of its own
    known.has_surname = lambda word: False
    assert not people._plausible_single_name(tok, doc.text, set(), known)
    assert people._plausible_single_name(tok, doc.text, set(), known, LEX)


def test_a_name_the_archive_gives_only_as_a_part_is_no_person(extractor, monkeypatch):
    from filmkg.core.records import Review
    from filmkg.extractors import resolve

    # (a name no KB or header knows whose words are no given name or surname is dropped anyway: the part lexicon
    # is the rule under test here)
    monkeypatch.setattr(resolve, "UNVOUCHED_FULL_NAMES", False)
    pipe = extractor.nlp.get_pipe("resolve_cast")
    text = "Ziggy Stardrop shows up late. The film drags."
    before = {e.name for e in extractor.extract(Review("c", text, "t", title="Fargo")).entities.values()}
    monkeypatch.setattr(pipe, "archive", LEX)
    after = {e.name for e in extractor.extract(Review("c", text, "t", title="Fargo")).entities.values()}
    assert "Ziggy Stardrop" in before and "Ziggy Stardrop" not in after


def test_a_filmography_bracket_after_a_possessive():
    text = "Ann Marlow's (Moon Over Harbour Town) latest is a mess."
    found = titles.find_titles(text, None, [(0, len("Ann Marlow"))], FilmTitles({"Moon Over Harbour Town"}))
    assert [m.name for m in found] == ["Moon Over Harbour Town"]


def test_a_one_word_model_title_needs_the_archives_critics(monkeypatch):
    text = "Then Hope walked in, and later Fargo."
    spans = [(text.index("Hope"), text.index("Hope") + 4), (text.index("Fargo"), text.index("Fargo") + 5)]
    lex = ArchiveLexicon({"titles": {"fargo": [30, 0, 0]}})
    found = titles.find_titles(text, None, [], FilmTitles({"Hope", "Fargo"}), film_spans=spans, archive=lex)
    assert [m.name for m in found] == ["Fargo"]


def test_a_short_given_name_and_its_full_form_are_one_person():
    ms = [Mention("person", n, i * 20, i * 20 + len(n), "people.ner", 0.8)
          for i, n in enumerate(["Steve Quarrel", "Steven Quarrel", "Jackie Moss", "Jacqueline Moss", "Jacquelyn Moss",
                                 "Jim Tarn", "John Tarn"])]
    clusters = {c.name: sorted(c.forms) for c in people.cluster_people(ms)}
    assert clusters["Steven Quarrel"] == ["Steve Quarrel", "Steven Quarrel"]
    assert len([n for n in clusters if n.endswith("Moss")]) == 1  # three spellings, one person
    assert "Jim Tarn" in clusters and "John Tarn" in clusters  # "Jim" is no short form of "John"


def test_a_title_after_tvs_is_a_show():
    text = 'She was on TV\'s "Harbour Lights Over Town" for years.'
    assert titles.find_titles(text, None, [], FilmTitles({"Harbour Lights Over Town"})) == []


def test_a_lone_surname_before_a_film_word_or_title_is_a_person():
    from filmkg.core.records import Critic
    from filmkg.linking.lexicon import KnownPeople

    text = "It owes much to Quennell's last film and to Ottorino Quennell's opera."
    known = KnownPeople()
    found = people._lone_possessors(text, [], Critic(), known, LEX)
    assert [(m.name, m.start) for m in found] == [("Quennell", text.index("Quennell"))]
    # an ordinary word, a given name or a part is not taken
    assert people._lone_possessors("It owes much to Silly's last film.", [], Critic(), known, LEX) == []


def test_a_list_item_after_a_persons_possessive_is_the_title():
    text = "It recalls films like Ann Marlow's SALT AND HONEY and Bo Quist's TIN DRUMS OF MAY."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Ann Marlow", "Bo Quist")]
    found = titles.find_titles(text, None, spans, FilmTitles())
    assert {m.name for m in found} == {"Salt and Honey", "Tin Drums of May"}
    # no person before the possessive: the title keeps it
    found = titles.find_titles("It recalls films like Sophie's Choice and Charlotte's Web.", None, [], FilmTitles())
    assert {m.name for m in found} == {"Sophie's Choice", "Charlotte's Web"}


def test_the_reviewed_title_inside_a_longer_known_title_is_that_film():
    text = "BLUE HARBOUR is fun. BLUE HARBOUR RETURNS, its sequel, was not."
    found = titles.find_titles(text, "Blue Harbour", [], FilmTitles({"Blue Harbour Returns"}))
    assert [(m.name, m.rule) for m in found] == [("Blue Harbour", "titles.reviewed"),
                                                 ("Blue Harbour Returns", "titles.caps")]


def test_the_reviewed_titles_words_before_a_preposition_written_as_a_title_are_its_short_form():
    kb = FilmTitles({"Midwinter"})
    caps = Mention("film", "Midwinter", 0, 9, "titles.caps", 0.7)
    ner = Mention("film", "Midwinter", 20, 29, "titles.ner", 0.6)
    out = titles._short_references([caps, ner], "Midwinter in the Garden of Stone", kb)
    assert [(m.name, m.rule) for m in out] == [("Midwinter in the Garden of Stone", "titles.reviewed_alias"),
                                               ("Midwinter", "titles.ner")]  # unmarked: the KB's own film


def test_the_archives_cast_lists_answer_as_the_kbs_principals_do():
    lex = ArchiveLexicon({"principals": {film_key("The Glass Harbor"): {
        "1994": {"Ann B. Vale": ["actor"], "Tom Brand": ["director", "screenwriter"]}}}})
    assert lex.principal_roles("Tom Brand", "Glass Harbor", 1995) == {"director", "screenwriter"}
    assert lex.principal_roles("Ann Vale", "The Glass Harbor") == {"actor"}  # no middle initial
    assert lex.principal_roles("Brand", "The Glass Harbor", 1994) == {"director", "screenwriter"}  # a surname
    assert lex.principal_roles("", "The Glass Harbor", 1994) == {"actor", "director", "screenwriter"}
    assert not lex.principal_roles("Tom Brand", "The Glass Harbor", 1990)  # another film of that name
    assert not lex.principal_roles("Ann Brand", "The Glass Harbor", 1994)


def test_a_lexicon_joins_another_list_of_principals_only_beside_a_kb():
    from filmkg.linking.lexicon import Lexicon

    def kb(person, title, year=None):
        return frozenset({"actor"}) if person == "Tom Brand" else frozenset()

    def more(person, title, year=None):
        return frozenset({"director"}) if person.endswith("Brand") else frozenset()

    joined = Lexicon(principal_roles=kb).with_principals(more)
    assert joined.principal_roles("Tom Brand", "X", None) == {"actor", "director"}
    assert joined.principal_roles("Ann Brand", "X", None) == {"director"}
    assert Lexicon().with_principals(more).principal_roles is None


def test_joining_the_same_principals_again_changes_nothing():
    from types import SimpleNamespace

    from filmkg.extractors.pipeline import use_lexicon
    from filmkg.linking.lexicon import Lexicon

    asked = []

    def kb(person, title, year=None):
        return frozenset({"actor"}) if person == "Tom Brand" else frozenset()

    def more(person, title, year=None):
        asked.append(person)
        return frozenset({"director"})

    twice = Lexicon(principal_roles=kb).with_principals(more).with_principals(more)
    assert twice.principal_roles("Tom Brand", "X", None) == {"actor", "director"}
    assert asked == ["Tom Brand"]  # one join asks the list once per lookup
    # the archive's list is a bound method, a new object at each access: a component's lexicon handed back
    # to use_lexicon keeps the one join it has
    component = SimpleNamespace(lexicon=None)
    nlp = SimpleNamespace(pipeline=[("people", component)])
    use_lexicon(nlp, Lexicon(principal_roles=kb))
    joined = component.lexicon
    use_lexicon(nlp, joined)
    assert component.lexicon.principal_roles is joined.principal_roles


def test_the_acting_fallback_skips_a_name_the_films_known_cast_lacks(extractor):
    from filmkg.core.records import Review
    from filmkg.extractors.pipeline import use_lexicon
    from filmkg.linking.lexicon import Lexicon

    def kb(person, title, year=None):
        cast = {"Ann Vale": "actor", "Tom Brand": "actor"}
        if title != "Glass Harbor":
            return frozenset()
        return frozenset(cast.values()) if not person else frozenset({cast[person]} if person in cast else ())

    lexicon = Lexicon(people=extractor.nlp.get_pipe("resolve_cast").lexicon.people, principal_roles=kb)
    use_lexicon(extractor.nlp, lexicon)
    try:
        text = "GLASS HARBOR is slow. The lead needed the screen presence of a Harrison Ford."
        ex = extractor.extract(Review("case", text, "test", title="Glass Harbor"))
        name = {k: e.name for k, e in ex.entities.items()}
        actors = {name[f.object] for f in ex.facts if f.predicate == "actor"}
        assert "Harrison Ford" not in actors
    finally:
        use_lexicon(extractor.nlp, Lexicon.from_kb(extractor.nlp.get_pipe("resolve_cast").lexicon.people.kb))
