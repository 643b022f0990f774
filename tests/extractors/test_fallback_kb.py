"""The acting-words fallback of resolve_cast and the KB's principals of the reviewed film."""

from __future__ import annotations

from filmkg.extractors.resolve import _fallback_actors
from tests.extractors.conftest import review_context

_PRINCIPALS = {("Ann Lee", "Gamma"): {"director"}, ("Bo Kim", "Gamma"): {"actor"}}


def _roles(person: str, title: str, year: int | None = None) -> frozenset[str]:
    if not person:
        return frozenset(r for (_, t), rs in _PRINCIPALS.items() if t == title for r in rs)
    return frozenset(_PRINCIPALS.get((person, title), ()))


def _actors(text: str, people: list[str], titles: dict[str, tuple[str, None]] | None) -> set[str]:
    ctx = review_context(text, [(n, n) for n in people])
    facts = _fallback_actors(ctx, [], [], set(people), titles, _roles if titles is not None else None)
    return {f.object for f in facts}


_TEXT = "Ann Lee made the lead character believable, and Eve Moss is a supporting player."


def test_without_the_kb_acting_words_give_actors():
    assert _actors(_TEXT, ["Ann Lee", "Eve Moss"], None) == {"Ann Lee", "Eve Moss"}


def test_a_crew_principal_of_the_reviewed_film_is_not_cast():
    # the KB files Ann Lee as the film's director (that role comes from credits.kb_principal_reviewed); its
    # silence on Eve Moss says nothing, the principals stop at the top of the cast
    assert _actors(_TEXT, ["Ann Lee", "Eve Moss"], {"gamma": ("Gamma", None)}) == {"Eve Moss"}


def test_a_performer_principal_stays_cast():
    text = "Bo Kim is a supporting player here."
    assert _actors(text, ["Bo Kim"], {"gamma": ("Gamma", None)}) == {"Bo Kim"}


def _lists(text: str, people: list[str], acting: dict[str, str], crew: tuple[str, ...] = ()) -> set[str]:
    from filmkg.core.records import Fact
    from filmkg.extractors.resolve import _cast_lists

    ctx = review_context(text, [(n, n) for n in people])
    found = [Fact("gamma", "actor", n, 0, 1, rule, 0.9) for n, rule in acting.items()]
    found += [Fact("gamma", "director", n, 0, 1, "header.director", 0.9) for n in crew]
    return {f.object for f in _cast_lists(ctx, found)}


def test_the_rest_of_a_cast_list_acts():
    text = "The thrill seekers (including Ann Lee, Bo Kim, and Cy Dunn) head for the desert."
    names = ["Ann Lee", "Bo Kim", "Cy Dunn"]
    assert _lists(text, names, {"Ann Lee": "header.cast", "Bo Kim": "characters.plays"}) == {"Cy Dunn"}
    # one actor, or actors only by the acting-words fallback, are not enough
    assert _lists(text, names, {"Ann Lee": "header.cast"}) == set()
    assert _lists(text, names, {"Ann Lee": "credits.acting_context", "Bo Kim": "credits.acting_context"}) == set()
    # a list with a crew member is of no one kind
    assert _lists(text, names, {"Ann Lee": "header.cast", "Bo Kim": "header.cast"}, crew=("Cy Dunn",)) == set()


def test_a_compared_list_gives_nothing():
    text = "Hong Kong directors such as Ann Lee, Bo Kim and Cy Dunn made it first."
    names = ["Ann Lee", "Bo Kim", "Cy Dunn"]
    assert _lists(text, names, {"Ann Lee": "header.cast", "Bo Kim": "header.cast"}) == set()


def _pronoun_films(text: str, films: list[str], directors: tuple[str, ...] = ("Ann Lee",)) -> set[str]:
    from filmkg.core.records import Fact
    from filmkg.extractors.context import FilmSpan
    from filmkg.extractors.resolve import _director_pronoun_films

    ctx = review_context(text, [("Ann Lee", "Ann Lee")] + ([("Bo Kim", "Bo Kim")] if "Bo Kim" in text else []))
    for title in films:
        i = text.index(title)
        ctx.films.append(FilmSpan(i, i + len(title), title.lower(), title))
    ctx.films.sort(key=lambda f: f.start)
    found = [Fact("gamma", "director", n, 0, 1, "header.director", 0.9) for n in directors]
    return {f.subject for f in _director_pronoun_films(ctx, found)}


def test_a_directors_films_after_a_pronoun():
    text = "Ann Lee has come a long way, and since then he has moved on to direct RIVERS and MOUNTAINS."
    assert _pronoun_films(text, ["RIVERS", "MOUNTAINS"]) == {"rivers", "mountains"}
    assert _pronoun_films("Ann Lee shows the polish of his earlier films (RIVERS, MOUNTAINS).",
                          ["RIVERS", "MOUNTAINS"]) == {"rivers", "mountains"}


def test_no_films_of_someone_else_or_of_a_non_director():
    # the pronoun goes back to Bo Kim, no director of the reviewed film
    assert _pronoun_films("Ann Lee cast Bo Kim, and his earlier films (RIVERS) show it.", ["RIVERS"]) == set()
    # a comparison or another maker's film after the cue
    assert _pronoun_films("Ann Lee made his film far better than RIVERS.", ["RIVERS"]) == set()
    assert _pronoun_films("Ann Lee is good, but his films are no RIVERS.", ["RIVERS"], directors=()) == set()


def test_a_stage_production_is_not_a_directors_film():
    assert _pronoun_films("Ann Lee is no novice: he directed the stage production of RIVERS.", ["RIVERS"]) == set()


def test_a_bracketed_list_ends_the_directors_films():
    text = "Ann Lee again. You hear of his pictures (RIVERS, MOUNTAINS), that they were not much, but LOOK AT IT."
    assert _pronoun_films(text, ["RIVERS", "MOUNTAINS", "LOOK AT IT"]) == {"rivers", "mountains"}


def test_a_remark_in_brackets_does_not_end_the_directors_films():
    text = "Ann Lee again. His films have included RIVERS (based on the novel by Bo Kim), MOUNTAINS and LAKES."
    assert _pronoun_films(text, ["RIVERS", "MOUNTAINS", "LAKES"]) == {"rivers", "mountains", "lakes"}
    text = "Ann Lee again. He is the man who knows how to make them (RIVERS, MOUNTAINS), as LAKES shows."
    assert _pronoun_films(text, ["RIVERS", "MOUNTAINS", "LAKES"]) == {"rivers", "mountains"}


def _principal_credits(text: str, people: list[str], principals: dict[tuple[str, str], set[str]],
                       films: list[tuple[str, str]] = (), found: tuple = ()) -> set[tuple[str, str, str]]:
    from filmkg.extractors.resolve import _kb_principal_credits

    def roles(person: str, title: str, year: int | None = None) -> frozenset[str]:
        return frozenset(principals.get((person, title), ()))

    ctx = review_context(text, [(n, n) for n in people], list(films))
    titles = {"gamma": ("Gamma", None)} | {key: (surface, None) for surface, key in films}
    return {(f.object, f.predicate, f.subject) for f in _kb_principal_credits(ctx, list(found), titles, roles)}


def test_the_principals_give_the_source_author_and_the_cinematographer():
    # a novelist or a cinematographer the credits headers of other reviews file under a film of the review
    text = "Ann Lee's world and Bo Kim's eye make it."
    principals = {("Ann Lee", "Gamma"): {"source_author", "screenwriter"}, ("Bo Kim", "Gamma"): {"cinematographer"}}
    assert _principal_credits(text, ["Ann Lee", "Bo Kim"], principals) == {
        ("Ann Lee", "source_author", "gamma"), ("Bo Kim", "cinematographer", "gamma")}
    # ... on another film named in the same sentence too
    text = "Ann Lee's winters came to the screen before in DELTA."
    assert _principal_credits(text, ["Ann Lee"], {("Ann Lee", "DELTA"): {"source_author"}},
                              films=[("DELTA", "delta")]) == {("Ann Lee", "source_author", "delta")}


def test_a_stated_credit_keeps_the_principals_out():
    from filmkg.core.records import Fact

    text = "Ann Lee wrote the screenplay."
    stated = (Fact("gamma", "screenwriter", "Ann Lee", 0, 7, "credits.cue_before", 0.9),)
    assert _principal_credits(text, ["Ann Lee"], {("Ann Lee", "Gamma"): {"source_author"}}, found=stated) == set()


def test_the_book_a_source_cue_names_is_no_film_of_the_author():
    from filmkg.core.records import Fact

    principals = {("Ann Lee", "DELTA"): {"source_author"}}
    text = "Based on Ann Lee's DELTA, it is slow."
    cued = (Fact("gamma", "source_author", "Ann Lee", 0, 18, "credits.source", 0.8),)
    assert _principal_credits(text, ["Ann Lee"], principals, films=[("DELTA", "delta")], found=cued) == set()
    # ... but a film named further on is one of the author's
    text = "Based on Ann Lee's book, like her earlier DELTA, it is slow."
    assert _principal_credits(text, ["Ann Lee"], principals, films=[("DELTA", "delta")], found=cued) == {
        ("Ann Lee", "source_author", "delta")}


def _career_pronoun_films(text: str, person: str, films: list[str]) -> set[tuple[str, str]]:
    """The pronoun rule where no director of the reviewed film is known: only the person's career can tie them."""
    from filmkg.extractors.resolve import _director_pronoun_films

    ctx = review_context(text, [(person, person)], [(t, t.lower()) for t in films])
    return {(f.subject, f.object) for f in _director_pronoun_films(ctx, [])}


def test_a_director_first_careers_films_after_a_pronoun():
    # the archive's headers credit Wes Craven with directing above all: "he has given us" names his films
    text = "Wes Craven is a master of the form; he has given us RIVERS and MOUNTAINS."
    assert _career_pronoun_films(text, "Wes Craven", ["RIVERS", "MOUNTAINS"]) == {
        ("rivers", "Wes Craven"), ("mountains", "Wes Craven")}
    # the name itself before "also directed"
    assert _career_pronoun_films("Wes Craven also directed such comedies as RIVERS.", "Wes Craven", ["RIVERS"]) == {
        ("rivers", "Wes Craven")}


def test_no_career_films_for_writers_strangers_or_the_guy_who():
    # a writer first (more script credits than directing ones in the headers), a name the headers do not know
    assert _career_pronoun_films("David Mamet is sharp. His films include RIVERS.", "David Mamet", ["RIVERS"]) == set()
    assert _career_pronoun_films("Ann Lee is sharp. His films include RIVERS.", "Ann Lee", ["RIVERS"]) == set()
    # "the guy who directed FILM" need not be the last name before it
    assert _career_pronoun_films("Hire Wes Craven, and let the guy who directed RIVERS direct.", "Wes Craven",
                                 ["RIVERS"]) == set()
    # "X directed by": the bare verb is no cue
    assert _career_pronoun_films("Wes Craven was directed by RIVERS.", "Wes Craven", ["RIVERS"]) == set()
