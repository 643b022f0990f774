"""people: who is named, one person per name within a review."""

from __future__ import annotations

import pytest

from filmkg.core.records import Mention
from filmkg.extractors import state
from filmkg.extractors.people import _company_name, clean_person, cluster_people
from tests.extractors.conftest import people_of


def found(doc) -> set[tuple[str, str]]:
    return {(m.name, m.rule) for m in state.mentions(doc, state.PEOPLE)}


@pytest.mark.parametrize("text,expected", [
    ("Director: Sofia Marsh\n\nThe best scenes belong to Meryl Streep.",
     {("Sofia Marsh", "people.header"), ("Meryl Streep", "people.ner")}),
    ("Producer Jerry Bruckheimer spent a fortune on it.", {("Jerry Bruckheimer", "people.ner")}),
    ("It was a good year for Hollywood and for Oscar voters.", set()),
])
def test_mentions(run, text, expected):
    assert found(run(text, until="people")) == expected


@pytest.mark.parametrize("text,expected", [
    # a short form joins the one full name it can belong to
    ("Nicolas Cage is a wreck here. Cage never lets up.", {"Nicolas Cage"}),
    # an honorific and a role word are not part of the name
    ("Mr. Samuel L. Jackson and actress Julia Roberts both shine.", {"Samuel L. Jackson", "Julia Roberts"}),
    # a surname with its particle or apostrophe, an initial before a surname: the full name's short forms
    ("Robert De Niro is tense here, and De Niro never blinks.", {"Robert De Niro"}),
    ("Maureen O'Hara sings in the film. O'Hara is wonderful.", {"Maureen O'Hara"}),
    ("Director: Ferdinand Vos\n\nThe critics say F. Vos found his voice here.", {"Ferdinand Vos"}),
    # a short syllable after a hyphen is part of the name, a word joined to it is not
    ("It recalls Wong Kar-wai's early work.", {"Wong Kar-wai"}),
    ("A Hitchcock-esque thriller with Tom Hanks.", {"Tom Hanks"}),
    # a name without its middle name joins the full one
    ("Director: Walter Henry Brisbane\n\nThe director Walter Brisbane likes long takes.", {"Walter Henry Brisbane"}),
    # places, prizes and contractions are no names
    ("Tom Hanks won the Harlan Award and moved to Long Island.", {"Tom Hanks"}),
    # a name the text also writes before a company word is the company
    ("The disc comes from Harbor Point Entertainment. Harbor Point did well by Tom Hanks.", {"Tom Hanks"}),
    # "Reynold's": the possessive of a name the KB knows ending in s
    ("The hair is worse than Burt Reynold's toupee.", {"Burt Reynolds"}),
    # a name on a signature line is the critic's
    ("A strong film.\n\nSend mail to Jack Holloway at jack@example.com", set()),
])
def test_people_of_the_review(extract, text, expected):
    assert people_of(extract(text, "Whatever Film")) == expected


def test_every_mention_of_a_person_is_found(extract):
    ex = extract("Nicolas Cage plays a drunk, and later Cage sings.", "Whatever Film")
    cage = next(e for e in ex.entities.values() if e.name == "Nicolas Cage")
    assert [(m.start, m.end) for m in cage.mentions] == [(0, 12), (38, 42)]
    assert "Cage" in cage.alternate_names


def test_a_lone_first_name_is_no_person(extract, extractor):
    known = extractor.nlp.get_pipe("people").lexicon.people
    assert known.mostly_given_name("Sam") and known.mostly_given_name("Vincent")
    assert not known.mostly_given_name("Spielberg") and not known.mostly_given_name("Madonna")
    ex = extract("Halfway through, Vincent confesses. Spielberg would have cut the scene.", "Whatever Film")
    assert people_of(ex) == {"Spielberg"}


def test_the_critic_with_middle_names_or_run_on_is_the_critic(extract):
    text = "A fine film with Tom Hanks.\n\n-- Mark Edward Fulton\n\nMark Fulton Stanford Office"
    # the critic's own node (the review's author) and no other person for the signature
    assert people_of(extract(text, "Whatever Film", critic="Mark Fulton")) == {"Tom Hanks", "Mark Fulton"}


def test_clean_person_refuses_contractions_and_place_words():
    from filmkg.extractors.people import clean_person

    assert clean_person("Kids'll Go-Go-Crazy", 0) is None
    assert clean_person("United States", 0) is None
    assert clean_person("Michael Bay", 0) == ("Michael Bay", 0, 11)


def test_name_shapes_do_not_run_across_columns():
    from filmkg.extractors.people import _name_shape_matches

    assert [m["n"] for m in _name_shape_matches("Pamela Quint        Michael Grove")] == [
        "Pamela Quint", "Michael Grove"]
    assert [m["n"] for m in _name_shape_matches("with Pamela\n   Quint")] == ["Pamela\n   Quint"]


@pytest.mark.parametrize("names,expected", [
    # one person, the first name spelt two ways
    (["Jacquelyn Varga", "Jacqueline Varga", "Jacqueline Varga"], {"Jacqueline Varga"}),
    (["Lesley Brandt", "Leslie Brandt", "Leslie Brandt"], {"Leslie Brandt"}),
    # a name and its feminine form are two people; so are different first names
    (["Daniel Varga", "Danielle Varga"], {"Daniel Varga", "Danielle Varga"}),
    (["Louis Brandt", "Louise Brandt"], {"Louis Brandt", "Louise Brandt"}),
    (["Joel Brandt", "Ethan Brandt"], {"Joel Brandt", "Ethan Brandt"}),
])
def test_first_names_spelt_two_ways_are_one_person(names, expected):
    mentions = [Mention("person", n, 10 * i, 10 * i + 5, "people.ner", 0.9) for i, n in enumerate(names)]
    assert {c.name for c in cluster_people(mentions)} == expected


@pytest.mark.parametrize("names,known,expected", [
    # a given name spelt a little further apart (ratio 70 to 83) is one person where one form is vouched for
    # (people.SPELLING_BY_CAREER; here by the KB)
    (["Willem Varga", "William Varga"], {"Willem Varga"}, {"Willem Varga"}),
    (["Josef Brandt", "Joseph Brandt"], {"Joseph Brandt"}, {"Joseph Brandt"}),
    (["Georges Brandt", "George Brandt"], {"George Brandt"}, {"George Brandt"}),
    # ... and stays two where neither or both are
    (["Willem Varga", "William Varga"], set(), {"Willem Varga", "William Varga"}),
    (["Willem Varga", "William Varga"], {"Willem Varga", "William Varga"}, {"Willem Varga", "William Varga"}),
])
def test_given_names_a_little_apart_merge_when_one_is_vouched(names, known, expected):
    mentions = [Mention("person", n, 10 * i, 10 * i + 5, "people.ner", 0.9) for i, n in enumerate(names)]
    assert {c.name for c in cluster_people(mentions, known)} == expected


def test_a_lone_name_without_a_work_stays_out(extract):
    assert "Zoltowski" not in people_of(extract("Zoltowski walks home, and Meryl Streep is fine.", "Night Train"))


@pytest.mark.parametrize("surface", ["Dulles Airport", "Drew Carey Show", "Regal Cinemas"])
def test_places_and_shows_are_no_names(surface):
    assert clean_person(surface, 0) is None


@pytest.mark.parametrize("surface", ["Aunt Nora", "Uncle Owen", "Grandpa Lou"])
def test_a_kinship_word_makes_a_part(surface):
    assert clean_person(surface, 0) is None
    assert clean_person(surface.split()[1] + " Varga", 0) is not None


def test_a_state_code_after_a_name_makes_it_a_place():
    text = "Seen at the Rialto, Pemberton, NC (3 May). Later, Hudson NY and Cary Grant."
    assert _company_name(text, "Pemberton") and _company_name(text, "Hudson")
    assert not _company_name(text, "Cary Grant") and not _company_name(text, "Rialto")


@pytest.mark.parametrize("surface,name", [
    ("Documentarian Marc Levin", "Marc Levin"),
    ("Playwright Christopher Durang", "Christopher Durang"),
    ("Critic Roger Ebert", "Roger Ebert"),
    # a nationality goes with the job after it; a name that starts with one keeps it
    ("Soviet Ambassador Valerian Zorin", "Valerian Zorin"),
    ("Chinese actress Joan Chen", "Joan Chen"),
    ("French Stewart", "French Stewart"),
    # a stop and two blanks end a sentence, not an initial
    ("F.D.R.  James King", "James King"),
    ("Kevin J.\nO'Connor", "Kevin J. O'Connor"),
    # a stage direction opening the sentence (archive: "Enter" before a full name on 93 pages, 20/20 not part of it)
    ("Enter Vera Lindqvist", "Vera Lindqvist"),
])
def test_a_job_before_a_name_is_cut(surface, name):
    assert clean_person(surface, 0)[0] == name



@pytest.mark.parametrize("text,names", [
    ("Script by Mark Dowd from the novel by Beryl Quenby\nStarring Joan Whitley", ["Beryl Quenby"]),
    ("It is based on the book by Susan J. Kaye.", ["Susan J. Kaye"]),
    ("It is based on the novel by Dickens.", ["Dickens"]),
    # the name must end the phrase: not "by French author X"
    ("It is based on a book by French author Henri Cole.", []),
])
def test_names_after_a_source_cue(text, names):
    from filmkg.core.records import Critic
    from filmkg.extractors.people import _source_authors

    assert [m.name for m in _source_authors(text, [], Critic())] == names


# ---------------------------------------------------------------- seventh pass (branch people4)

@pytest.mark.parametrize("surface", [
    "Fenwick City", "Marlow Asylum", "Brandt Manor", "Harlan Electric Industrial", "Les Cinemas Del Sol",
    "Cat-Villains", "H"])
def test_places_firms_coinages_and_letters_are_no_names(surface):
    assert clean_person(surface, 0) is None


@pytest.mark.parametrize("surface,name", [
    ("Zeta-Jones", "Zeta-Jones"), ("Marcus Hall", "Marcus Hall"), ("Jean Varga     R     117 min.", "Jean Varga")])
def test_surnames_and_columns_stay_names(surface, name):
    assert clean_person(surface, 0)[0] == name


def test_a_bracket_glued_to_a_word_parts_two_names(extract):
    people = people_of(extract("The story of Peter Varga(Tom Hanks), a banker, and his wife(Meg Ryan).",
                               "Whatever Film"))
    assert {"Tom Hanks", "Meg Ryan"} <= people and not any("(" in p for p in people)


@pytest.mark.parametrize("text,absent", [
    ("So Lucinda moves in with Tom Hanks, and nothing is the same.", "So Lucinda"),
    ("Tom Hanks jokes during the Live Emmy broadcast.", "Live Emmy"),
])
def test_phrases_places_and_prizes_stay_out(extract, text, absent):
    people = people_of(extract(text, "Whatever Film"))
    assert "Tom Hanks" in people and absent not in people


def test_the_critic_without_a_middle_initial_or_signed_by_a_relative(extract):
    text = "A fine film with Tom Hanks, says Alan Mercer of the club.\n\nThanks for reading.\n\nRuth Mercer\n"
    assert people_of(extract(text, "Whatever Film", critic="Alan J. Mercer")) == {"Tom Hanks", "Alan J. Mercer"}


def test_names_run_on_into_ordinary_words_are_cut_or_dropped(extract):
    text = ("Tom Hanks hums as Michael Varga Beyond the hills fades in. The Yankee Fans cheer; She Went Away "
            "plays twice. Later the Emmy Winners wave from the stage.")
    people = people_of(extract(text, "Whatever Film"))
    assert "Tom Hanks" in people
    assert not {"Michael Varga Beyond", "Yankee Fans", "She Went Away", "Emmy Winners"} & people


def test_a_lone_possessor_before_a_part_of_the_archive():
    from filmkg.core.records import Critic
    from filmkg.extractors.models import archive_lexicon
    from filmkg.extractors.people import _lone_possessors
    from tests.conftest import lexicon

    known, archive = lexicon().people, archive_lexicon()
    found = _lone_possessors("a nod to Stallone's Rocky and his training", [], Critic(), known, archive)
    assert [m.name for m in found] == ["Stallone"]
    assert _lone_possessors("a nod to Murphy's Law and its jokes", [], Critic(), known, archive) == []


def test_a_directors_lone_possessive_before_any_title():
    from filmkg.core.records import Critic
    from filmkg.extractors.models import archive_lexicon
    from filmkg.extractors.people import _director_surname, _lone_possessors
    from tests.conftest import lexicon

    known, archive = lexicon().people, archive_lexicon()
    # the archive's headers credit the Kubricks with directing above all, the Hackmans with acting
    assert _director_surname("Kubrick") and not _director_surname("Hackman")
    found = _lone_possessors("it owes much to Kubrick's Silent Rivers and more", [], Critic(), known, archive)
    assert [m.name for m in found] == ["Kubrick"]
    assert _lone_possessors("it owes much to Hackman's Silent Rivers and more", [], Critic(), known, archive) == []
    # "the X's": a thing's name, not a director's
    assert _lone_possessors("it owes much to the Kubrick's Silent Rivers", [], Critic(), known, archive) == []


@pytest.mark.parametrize("names,expected", [
    (["Billy Ray Tull", "Ray Tull"], {"Billy Ray Tull"}),
    (["Starring Ray Tull", "Ray Tull"], {"Starring Ray Tull", "Ray Tull"}),
])
def test_a_surname_form_joins_its_one_fuller_name(names, expected):
    mentions = [Mention("person", n, 20 * i, 20 * i + 5, "people.ner", 0.9) for i, n in enumerate(names)]
    assert {c.name for c in cluster_people(mentions)} == expected


def test_name_shapes_refuse_contractions_and_sentence_words():
    from filmkg.core.records import Critic
    from filmkg.extractors.people import _name_shaped
    from tests.conftest import lexicon

    lex = lexicon()
    for text in ("if I were Lucinda I'd leave the town", "So Lucinda ends up alone", "as An Austrian said"):
        assert _name_shaped(text, [], Critic(), lex.people, lex.given_names) == []


def test_a_word_before_a_place_word_or_a_state_is_a_place():
    from filmkg.extractors.people import _before_place_word

    assert _before_place_word("The streets of Fenwick City are dark. Fenwick sleeps.", "Fenwick")
    assert not _before_place_word("Fenwick sleeps.", "Fenwick")
    assert _company_name("a clerk from Elm Hollow, Nevada, who dreams", "Elm Hollow")
    assert not _company_name("with Mary Dunn, Nevada Smith and others", "Mary Dunn")


@pytest.mark.parametrize("text,expected", [
    # a last word critics write in lower case, that nobody has as a surname: no person
    ("he would retrieve the Jade Seal at last", []),
    # ... a noun run on after a full name is cut off it
    ("pirated Dana Quillfeather Tapes were sold", ["Dana Quillfeather"]),
    # ... a surname no critic writes in lower case stays, known or not
    ("a little Franz Quellbrunner mixed in", ["Franz Quellbrunner"]),
])
def test_name_shapes_end_on_a_surname(text, expected):
    from filmkg.core.records import Critic
    from filmkg.extractors.models import archive_lexicon
    from filmkg.extractors.people import _name_shaped
    from tests.conftest import lexicon

    lex = lexicon()
    got = _name_shaped(text, [], Critic(), lex.people, lex.given_names, archive=archive_lexicon())
    assert [m.name for m in got] == expected


def test_name_shapes_without_the_surname_check_keep_the_old_reading(monkeypatch):
    from filmkg.core.records import Critic
    from filmkg.extractors import people
    from filmkg.extractors.models import archive_lexicon
    from tests.conftest import lexicon

    lex = lexicon()
    monkeypatch.setattr(people, "NAME_SHAPE_SURNAMES", False)
    assert [m.name for m in people._name_shaped("he would retrieve the Jade Seal at last", [], Critic(), lex.people,
                                                lex.given_names, archive=archive_lexicon())] == ["Jade Seal"]


@pytest.mark.parametrize("text,expected", [
    ("the film stars Dana Quillfeather, Jr. as the host", "Dana Quillfeather Jr."),
    ("the film stars Dana Quillfeather Jr as the host", "Dana Quillfeather Jr."),
    ("with Dana Quillfeather III in the lead", "Dana Quillfeather III"),
])
def test_a_generational_suffix_belongs_to_the_name(text, expected):
    from filmkg.core.records import Mention
    from filmkg.extractors.people import _with_suffix

    start = text.index("Dana")
    m = Mention("person", "Dana Quillfeather", start, start + len("Dana Quillfeather"), "people.ner", 0.9)
    got = _with_suffix(text, m)
    assert got.name == expected and text[got.start : got.end].startswith("Dana Quillfeather")
    assert _with_suffix("a Dana Quillfeather Jazz album", m).name == "Dana Quillfeather"  # no suffix there


def test_a_credits_label_spacy_ran_into_is_cut_off_the_name(extract, monkeypatch):
    from filmkg.extractors import people as people_module

    text = "Producer Larry Franco at Universal/Charles Gordon Rated PG. Grade: B"
    assert "Charles Gordon" in people_of(extract(text))
    monkeypatch.setattr(people_module, "LABEL_WORDS_END_NAMES", False)
    assert "Charles Gordon Rated" in people_of(extract(text))


def test_a_signature_after_by_or_a_dash_carrying_the_critics_surname_is_the_critic(monkeypatch):
    from filmkg.core.records import Critic
    from filmkg.extractors import people as people_module

    text = "A fine film, all told.\n\nBy Dana Quillfeather, film buff"
    m = Mention("person", "Dana Quillfeather", text.index("Dana"), text.index(", film buff"), "people.ner", 0.9)
    critic = Critic(names=("Dan Quillfeather",))
    assert people_module._surname_signature(text, m, critic)
    monkeypatch.setattr(people_module, "SIGNED_SURNAMES", False)
    assert not people_module._surname_signature(text, m, critic)
