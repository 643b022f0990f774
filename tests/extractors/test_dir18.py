"""Director credits, eighteenth pass (dir18): the other films of a maker's filmography. A director's "who made /
gave us / brought us FILM", "X's (earlier) films (A, B)", the films of a name's "who" clause ("X, who has explored
... with movies like A and B"), list items that each carry a year, "he's directed" with a year's possessive after.
The names are real directors and actors (the archive's headers give their careers); the titles are made up, so the
KB and the headers know none of them and only the text rules can credit them."""

from __future__ import annotations

import pytest

from filmkg.extractors import credits, resolve
from tests.extractors.conftest import credits_of

FILMS = ("The Glass Harbor", "Night Wire")


def roles(ex, person: str) -> dict[str, set[str]]:
    """{film: roles} of ``person``'s credits on the two made-up films."""
    out: dict[str, set[str]] = {}
    for who, role, film in credits_of(ex):
        if who == person and film in FILMS:
            out.setdefault(film, set()).add(role)
    return out


def test_a_directors_who_made_films_are_directed(extract, monkeypatch):
    text = "GAMMA is a thriller. Brian De Palma, who once made pictures like THE GLASS HARBOR and NIGHT WIRE, is back."
    assert roles(extract(text, "Gamma"), "Brian De Palma") == {f: {"director"} for f in FILMS}
    monkeypatch.setattr(credits, "MAKERS_WHO_MADE", False)
    assert roles(extract(text, "Gamma"), "Brian De Palma") == {f: {"contributor"} for f in FILMS}


def test_the_title_director_before_the_name_states_the_direction(extract):
    text = "GAMMA is a thriller. Director Bob Vashtel, who brought us THE GLASS HARBOR, is back."
    assert roles(extract(text, "Gamma"), "Bob Vashtel") == {"The Glass Harbor": {"director"}}


@pytest.mark.parametrize("text, person", [
    # an actor's career: the films are a star's, the role unstated
    ("GAMMA is a thriller. Kurt Russell, who once made pictures like THE GLASS HARBOR and NIGHT WIRE, is back.",
     "Kurt Russell"),
    # a craft between the verb and the films: the editor's work, not the direction
    ("GAMMA is a thriller. Brian De Palma, who did the editing on films like THE GLASS HARBOR and NIGHT WIRE, is "
     "back.", "Brian De Palma"),
])
def test_no_direction_for_a_star_or_past_a_craft(extract, text, person):
    assert all("director" not in r for r in roles(extract(text, "Gamma"), person).values())


def test_the_films_of_a_directors_who_clause_are_directed(extract, monkeypatch):
    text = ("GAMMA is a thriller. John Carpenter, who has explored paranoia since the seventies with movies like "
            "\"The Glass Harbor\" and \"Night Wire\", returns.")
    assert roles(extract(text, "Gamma"), "John Carpenter") == {f: {"director"} for f in FILMS}
    monkeypatch.setattr(credits, "WHO_OWNS_LIST", False)  # (a classifier's guess may stay: no direction)
    assert all("director" not in r for r in roles(extract(text, "Gamma"), "John Carpenter").values())


def test_a_hypothesis_in_the_who_clause_owns_nothing(extract):
    text = ("GAMMA is a thriller. John Carpenter, who would have liked movies like \"The Glass Harbor\" and "
            "\"Night Wire\", returns.")
    assert roles(extract(text, "Gamma"), "John Carpenter") == {}


def test_a_directors_possessive_films_are_directed_an_actors_acted(extract, monkeypatch):
    text = "GAMMA is a thriller. It has the polish of {}'s earlier films (THE GLASS HARBOR, NIGHT WIRE) and more."
    assert roles(extract(text.format("Bruce Beresford"), "Gamma"), "Bruce Beresford") == \
        {f: {"director"} for f in FILMS}
    assert roles(extract(text.format("Kurt Russell"), "Gamma"), "Kurt Russell") == {f: {"actor"} for f in FILMS}
    monkeypatch.setattr(credits, "MAKERS_WHO_MADE", False)
    assert roles(extract(text.format("Bruce Beresford"), "Gamma"), "Bruce Beresford") == \
        {f: {"contributor"} for f in FILMS}


def test_a_possessive_carries_over_list_items_with_years(extract, monkeypatch):
    text = ("GAMMA is a thriller. It recalls Walter Hill's THE GLASS HARBOR (1984), NIGHT WIRE (1986) and RED SALT "
            "(1989).")
    got = {f for who, role, f in credits_of(extract(text, "Gamma")) if who == "Walter Hill" and role == "director"}
    assert got == {"The Glass Harbor", "Night Wire", "Red Salt"}
    monkeypatch.setattr(credits, "LIST_YEARS", False)
    got = {f for who, role, f in credits_of(extract(text, "Gamma")) if who == "Walter Hill" and role == "director"}
    assert got == {"The Glass Harbor"}


def test_hes_directed_and_a_years_possessive(extract, monkeypatch):
    text = ("GAMMA is a thriller from Robert Zemeckis. Of the movies he's directed so far, his best was 1988's THE "
            "GLASS HARBOR.")
    assert roles(extract(text, "Gamma"), "Robert Zemeckis") == {"The Glass Harbor": {"director"}}
    monkeypatch.setattr(resolve, "CONTRACTED_CUE", False)
    assert roles(extract(text, "Gamma"), "Robert Zemeckis") == {}


def test_a_list_with_years_carries_no_unstated_contribution_and_needs_each_year(extract):
    text = ("GAMMA is a thriller. It has the polish of Bram Stoker's THE GLASS HARBOR (1984), NIGHT WIRE and "
            "RED SALT.")
    got = {f for who, role, f in credits_of(extract(text, "Gamma")) if who == "Bram Stoker"}
    assert "Night Wire" not in got and "Red Salt" not in got


def test_a_comparison_after_hes_made_is_no_film_of_his(extract):
    text = ("GAMMA is a thriller from Robert Zemeckis. Sadly, he's made something just as dull as THE GLASS "
            "HARBOR.")
    assert roles(extract(text, "Gamma"), "Robert Zemeckis") == {}


def test_a_teams_who_made_films_stay_contributions(extract):
    text = ("GAMMA is a thriller. Brian De Palma and Bob Vashtel, who went on to give us THE GLASS HARBOR, are "
            "back.")
    assert roles(extract(text, "Gamma"), "Brian De Palma") == {"The Glass Harbor": {"contributor"}}
