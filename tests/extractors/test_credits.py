"""credits: who did what on which film, from the words around a name in the prose."""

from __future__ import annotations

import pytest

from tests.extractors.conftest import credits_of

FILM = "Night Train"


@pytest.mark.parametrize("text,expected", [
    # credits.cue_before
    ("The film was directed by Sidney Lumet with little fuss.", {("Sidney Lumet", "director", FILM)}),
    ("Screenwriter Robert Towne gives everyone a sharp line.", {("Robert Towne", "screenwriter", FILM)}),
    ("Cinematographer Gordon Willis keeps the rooms dark.", {("Gordon Willis", "cinematographer", FILM)}),
    ("It is a showcase for writer-director John Sayles.",
     {("John Sayles", "director", FILM), ("John Sayles", "screenwriter", FILM)}),
    # credits.cue_list: the cue carries down a list of names
    ("There are cameos by Steve Buscemi, John Turturro and Holly Hunter.",
     {("Steve Buscemi", "actor", FILM), ("John Turturro", "actor", FILM), ("Holly Hunter", "actor", FILM)}),
    # credits.cue_after
    ("Gene Hackman plays a tired detective.", {("Gene Hackman", "actor", FILM)}),
    # credits.possessive
    ("Ennio Morricone's score does half the work.", {("Ennio Morricone", "composer", FILM)}),
    ("Martin Scorsese's direction is brisk.", {("Martin Scorsese", "director", FILM)}),
    # credits.verb_after
    ("Brian De Palma directs with his usual flourish.", {("Brian De Palma", "director", FILM)}),
    # credits.source
    ("It is based on the novel by Elmore Leonard.", {("Elmore Leonard", "source_author", FILM)}),
])
def test_cues_around_a_name(extract, text, expected):
    assert credits_of(extract(text, FILM)) == expected


@pytest.mark.parametrize("text,expected", [
    # credits.director_of
    ("It is the best film yet from Jonathan Demme, the director of SOMETHING WILD.",
     {("Jonathan Demme", "director", "Something Wild")}),
    # credits.film_role
    ("Here BLOOD SIMPLE director Joel Coen is back on form.",
     {("Joel Coen", "director", "Blood Simple"), ("Joel Coen", "director", FILM)}),
    # credits.possessive_film
    ("It owes a lot to Howard Hawks's 1959 western RIO BRAVO.", {("Howard Hawks", "director", "Rio Bravo")}),
    # credits.filmography: an actor's earlier films are acting credits (resolve_credits)
    ("Gene Hackman plays the conductor. Gene Hackman (THE CONVERSATION, UNFORGIVEN) is superb.",
     {("Gene Hackman", "actor", FILM), ("Gene Hackman", "actor", "The Conversation"),
      ("Gene Hackman", "actor", "Unforgiven")}),
    # credits.filmography_list: the sentence's subject acted in each film of the list
    ("Holly Hunter stars. Hunter shone in such films as Broadcast News and Raising Arizona.",
     {("Holly Hunter", "actor", FILM), ("Holly Hunter", "actor", "Broadcast News"),
      ("Holly Hunter", "actor", "Raising Arizona")}),
    # credits.who_made
    ("Joel Coen and Ethan Coen, who later directed FARGO, grew up near the set.",
     {("Joel Coen", "director", "Fargo"), ("Ethan Coen", "director", "Fargo")}),
    # credits.character_actor_film: "Character (Actor, Film)" introduces the actor with a film of theirs
    ("Frank (Gene Hackman, UNFORGIVEN) runs the depot.",
     {("Gene Hackman", "actor", FILM), ("Gene Hackman", "actor", "Unforgiven")}),
    ("Frank (Gene Hackman, \"Unforgiven\") runs the depot.",
     {("Gene Hackman", "actor", FILM), ("Gene Hackman", "actor", "Unforgiven")}),
    # ... a craft's verb in the clause gives its role, "worked on" / "did" a contribution; "did not" nothing
    ("The score by David Arnold, who also worked on INDEPENDENCE DAY, is loud.",
     {("David Arnold", "composer", FILM), ("David Arnold", "contributor", "Independence Day")}),
    ("It was lit by Freddie Francis, who shot CAPE FEAR.", {("Freddie Francis", "cinematographer", "Cape Fear")}),
    ("Jo Smith, who did not like CAPE FEAR, is here.", set()),
    # ... anyone else's are contributions of an unstated kind
    ("Producer Dawn Steel (FLASHDANCE) backed it.",
     {("Dawn Steel", "producer", FILM), ("Dawn Steel", "contributor", "Flashdance")}),
    # credits.known_for in apposition: "of FILM fame", "whose credits include FILM"; the cue stays with this film
    ("It was directed by Barry Sonnenfeld, of GET SHORTY and ADDAMS FAMILY fame.",
     {("Barry Sonnenfeld", "director", FILM), ("Barry Sonnenfeld", "contributor", "Get Shorty"),
      ("Barry Sonnenfeld", "contributor", "Addams Family")}),
    # ... a performer's credits are acting (crew15s: the archive's headers credit Ron Perlman as an actor)
    ("Ron Perlman, a busy actor whose credits include THE NAME OF THE ROSE, is fine.",
     {("Ron Perlman", "actor", "The Name of the Rose")}),
    # ... an actor of this film so named acted there
    ("Kurt Russell plays Robin. Kurt Russell, of ESCAPE FROM NEW YORK fame, is good.",
     {("Kurt Russell", "actor", FILM), ("Kurt Russell", "actor", "Escape from New York")}),
    # credits.filmography after a possessive, and the craft after the bracket is this film's
    ("And Roger Deakins' (THIRTEEN DAYS) lush photography is spellbinding.",
     {("Roger Deakins", "cinematographer", FILM), ("Roger Deakins", "contributor", "Thirteen Days")}),
    # ... a part's actor in the bracket is no filmography
    ("Michael rejects Tom Hagen's (Robert Duvall) offer.", {("Robert Duvall", "actor", FILM)}),
    # credits.possessive_film: a craft named after the possessive gives its role
    ("It makes Akiva Goldsman's screenplay of BATMAN FOREVER look good.",
     {("Akiva Goldsman", "screenwriter", "Batman Forever")}),
    # credits.possessive_film_actor: a star of this film with no crew role acted in "her" other film
    ("Ashley Judd plays the wife. It is no match for Judd's DOUBLE JEOPARDY.",
     {("Ashley Judd", "actor", FILM), ("Ashley Judd", "actor", "Double Jeopardy")}),
])
def test_a_person_beside_another_film(extract, text, expected):
    assert credits_of(extract(text, FILM)) == expected


@pytest.mark.parametrize("text", [
    "Bill Murray was originally going to play the conductor.",
    "I wish Stanley Kubrick had directed it instead.",
    "It lacks the style that writer Kevin Williamson would have brought.",
])
def test_hedged_statements_give_no_credit(extract, text):
    assert credits_of(extract(text, FILM)) == set()


def test_a_hedge_stays_in_its_clause(extract):
    # "but," ends the hedged clause as "but " does
    assert credits_of(extract("It could have been a fine premise, but, director Raja Gosnell aims low.", FILM)) == {
        ("Raja Gosnell", "director", FILM)}


def test_criticism_after_a_role_word_is_no_hedge(extract):
    # "should / could have" after the name criticises the work; the role before the name stands
    assert credits_of(extract("The director, Joel Schumacher, should have given him more guidance.", FILM)) == {
        ("Joel Schumacher", "director", FILM)}


@pytest.mark.parametrize("index", range(22))
def test_a_left_cue_is_searched_whenever_it_can_match(index):
    """The word prefilter of the left cues (``_left_cues``) never drops a cue that matches the window: any text a
    cue's regex matches holds one of its words (hypothesis draws texts from the regex itself)."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from filmkg.extractors.credits import _LEFT_CUES, _left_cues

    assert len(_LEFT_CUES) == 22  # a new cue: give its words in its _CUE_ROWS row and raise the range above
    rx = _LEFT_CUES[index][0]

    @settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(rx, alphabet=st.characters(min_codepoint=32, max_codepoint=126)))
    def check(window: str) -> None:
        if rx.search(window):
            assert any(cue[0] is rx for cue in _left_cues(window)), window

    check()
