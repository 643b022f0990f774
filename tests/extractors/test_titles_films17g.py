"""Films, seventeenth pass (branch films17g): the model's FILM spans the KB lacks, taken after a film noun or cue or
before a year in brackets (``titles.NER_UNKNOWN_CUED``), and left where the context is a name's, a clause's or a
noun's."""

from __future__ import annotations

from filmkg.extractors import titles
from filmkg.extractors.models import ArchiveLexicon
from filmkg.extractors.titles import find_titles
from filmkg.linking.lexicon import FilmTitles

ARCHIVE = ArchiveLexicon({"titles": {}})
KB = FilmTitles(["Glass Road"])


def _ner(text: str, span: str, **switches: object) -> set[str]:
    """The films found when the model tags ``span`` (its first occurrence) as a FILM entity."""
    at = text.index(span)
    saved = {k: getattr(titles, k) for k in switches}
    try:
        for k, v in switches.items():
            setattr(titles, k, v)
        return {m.name for m in find_titles(text, None, [], KB, blocked=[], archive=ARCHIVE,
                                            film_spans=[(at, at + len(span))])}
    finally:
        for k, v in saved.items():
            setattr(titles, k, v)


def test_the_models_unknown_title_after_a_film_cue():
    text = "Her roles in The Paper Kite Road were small."
    assert _ner(text, "The Paper Kite Road", NER_UNKNOWN_CUED=True) == {"The Paper Kite Road"}
    assert _ner(text, "The Paper Kite Road", NER_UNKNOWN_CUED=False) == set()
    # a comparison, one capitalised word besides the article, a piece of the run: no film
    for text, span in (("It is better than Paper Kite Road.", "Paper Kite Road"),
                       ("Her roles in The Kite were small.", "The Kite"),
                       ("Her roles in Paper Kite Road Runner were small.", "Paper Kite Road")):
        assert _ner(text, span, NER_UNKNOWN_CUED=True) == set(), text


def test_a_year_in_brackets_after_the_span_makes_it_a_film():
    text = "She first danced with him in Tin Harbour Blues (1934), a hit."
    assert _ner(text, "Tin Harbour Blues") == {"Tin Harbour Blues"}
    assert _ner(text, "Tin Harbour Blues", NER_UNKNOWN_CUED=False) == set()
    # after a closing quote too; a bracket that holds no year is no cue
    assert _ner('Then came "Tin Harbour Blues" (1934).', "Tin Harbour Blues") == {"Tin Harbour Blues"}
    assert _ner("She first danced with him in Tin Harbour Blues (twice).", "Tin Harbour Blues") == set()


def test_a_film_noun_before_the_span_makes_it_a_film():
    assert _ner("It borrows a scene from the 1963 film The Copper Orchard and little else.",
                "The Copper Orchard") == {"The Copper Orchard"}
    assert _ner("Her early films, such as Night Over Dunmore, were dark.", "Night Over Dunmore") == \
        {"Night Over Dunmore"}


def test_a_name_before_in_is_no_film_cue():
    # a critic in a paper, a part in a film: the same shape
    assert _ner("As Paul Brand in The Weekly Ledger wrote, it drags.", "The Weekly Ledger") == set()


def test_a_film_nouns_comma_opening_a_clause_is_no_cue():
    assert _ner("The payoff comes at the end of the film, Doctor Blackwood could have waited.",
                "Doctor Blackwood") == set()
    # ... but an apposition the span closes is
    assert _ner("She made a short film, The Copper Orchard, in 1990.", "The Copper Orchard") == \
        {"The Copper Orchard"}


def test_a_span_that_qualifies_a_noun_is_no_film():
    assert _ner("He is the classic Man From Nowhere character of the westerns.", "Man From Nowhere") == set()
    assert _ner("The credits roll as the classic Sing Along Sally theme swells.", "Sing Along Sally") == set()
    assert _ner("He is the classic Man From Nowhere character of the westerns.", "Man From Nowhere",
                _QUALIFIES_NOUN=titles.re.compile(r"$^")) == {"Man From Nowhere"}
    assert _ner("He is as good as in the classic Man From Nowhere, made in Spain.", "Man From Nowhere") == \
        {"Man From Nowhere"}


def test_an_example_cue_needs_a_film_noun_before_it():
    assert _ner("He is mean to his staff, including Kermit Van Frog, his clerk.", "Kermit Van Frog") == set()
    assert _ner("He made a few small films, including Dead River Club, before this one.", "Dead River Club") == \
        {"Dead River Club"}


def _cued(text: str, span: str, kb: FilmTitles = KB) -> bool:
    """The gate alone, on the model's span (other rules may take the same words in ``find_titles``)."""
    at = text.index(span)
    return titles._ner_cued(text, at, at + len(span), kb)


def test_pieces_and_glued_names_are_no_film():
    kb = FilmTitles(["Glass Road", "Nine Days, Ten Nights", "Distant Bells, Still Rooms"])
    assert not _cued("It is a remake of Nine Days, Ten Nights and no better.", "Nine Days", kb)
    assert not _cued("It is a remake of Nine Days,\nTen Nights and no better.", "Nine Days", kb)
    assert not _cued("It is a remake of Distant Bells, Still Rooms and no better.", "Still Rooms", kb)
    assert _cued("It is a remake of Nine Days, Ten Nights and no better.", "Nine Days")  # the KB lacks the whole
    assert _cued("It is a remake of Dead Alive, Meet the Feeblers and no better.", "Dead Alive", kb)
    assert not _cued("He was in the dull film Touch with Brigit Vane last year.", "Touch with Brigit Vane")
    assert not _cued("It recalls the classic Western SHANDY and more.", "Western SHANDY")
    assert not _cued("Then came the thriller So Evil My Darling (1948).", "Evil My Darling")
    assert _cued("Then came the thriller Evil My Darling (1948).", "Evil My Darling")


def test_version_of_and_verbs_and_papers_are_no_cue():
    assert not _cued("It is a British version of Pete Wee Lane, with more mumbling.", "Pete Wee Lane")
    assert _cued("It is a remake of Pete Wee Lane, with more mumbling.", "Pete Wee Lane")
    assert not _cued("The crew comes to town to film The Old Sawmill there.", "The Old Sawmill")
    assert _cued("The crew of the film The Old Sawmill came to town.", "The Old Sawmill")
    assert not _cued("[This review appeared in The Cedar Valley Voice, May 1996.]", "The Cedar Valley Voice")
    assert _cued("He appeared in The Cedar Valley Voice, a thriller.", "The Cedar Valley Voice")
    assert not _cued("It won a movie Hall of Glory award.", "Hall of Glory")
