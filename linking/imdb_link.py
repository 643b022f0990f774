"""Link the films and people of one review to IMDb ids, each link with its method and confidence.

:func:`link_extraction` fills ``Entity.links["imdb"]`` with a :class:`~filmkg.core.records.Link`
(``tt…`` for films, ``nm…`` for people). The evidence used, strongest first:

* the archive page's own ``/Title?`` link for the reviewed film (``archive-page-link``);
* the title, alias-normalised (:func:`~filmkg.linking.imdb_kb.title_key`), and the year when
  the text gives one (``title+year``, ``title+year~1`` for a year off by one);
* the other people of the same review appearing in ``title.principals`` of a candidate
  (``…+principals``): this is what keeps remakes, homonyms and same-title films apart;
* for people, the name (exact, then with middle initials dropped, then rapidfuzz spelling
  variants with a high cutoff), confirmed by the principals of the review's linked films;
* a surname alone is linked only when the review's linked films or a full name in the same
  review make it unambiguous;
* when nothing else decides, the titleType (``movie`` first) and a popularity proxy, always
  with a confidence below the default threshold.

:data:`CONFIDENCE` lists every method and its confidence; :data:`PENALTY` the reductions
(a candidate released after the review was written, a match on the main title only...).
Links under ``min_confidence`` are not stored. A linked film whose year the text does not
give (or gives one off) takes IMDb's year, so its IRI (slug + year) is the same in every review.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from filmkg.core.records import Entity, Extraction, Link
from filmkg.linking.imdb_kb import (
    ImdbKB,
    Person,
    TitleMatch,
    person_key,
    surname_key,
    title_key,
)

#: Confidence of each linking method (before :data:`PENALTY`).
CONFIDENCE: dict[str, float] = {
    "archive-page-link": 1.0,      # the page links the reviewed film to IMDb itself
    "title+year+principals": 0.98,  # same title and year, and people of the review in its principals
    "title+year": 0.95,            # same title and year, one candidate
    "title+principals": 0.9,       # same title; people of the review in its principals, unlike the others
    "title+year~1": 0.8,           # same title, year off by one (festival vs release year)
    "title-unique": 0.8,           # the only title of that name in the KB
    "title+movie-type": 0.7,       # several, only one is a feature film
    "title+year-plausible": 0.6,   # several, only one known to be out by the review's time
    "title+popularity": 0.4,       # several: the best-known one, 0.2 + 0.4 x its share of popularity
    "name+principals": 0.97,       # name matches, and the person is in principals of the review's films
    "name-unique": 0.85,           # the only person of that name in the KB
    "surname+same-review": 0.9,    # "Cage" where the review also names Nicolas Cage (linked)
    "surname+principals": 0.85,    # "Fonda" and exactly one Fonda in the principals of the review's films
    "fuzzy-name+principals": 0.85,  # a spelling variant of a principal of the review's films
    "mononym-unique": 0.6,         # a one-word name that is one KB person's whole name
    "fuzzy-name": 0.6,             # a close spelling variant (ratio >= 92) of exactly one KB name
    "name-subset": 0.55,           # the name's words are a subset of exactly one KB name with that surname
    "name+popularity": 0.4,        # homonyms, none in the review's films: as title+popularity
}
#: Factors applied to a method's confidence.
PENALTY: dict[str, float] = {
    "prefix": 0.85,         # matched the main title before a subtitle only
    "reduced-name": 0.9,    # matched with middle initials / Jr. dropped
    "kb-year-unknown": 0.9,  # no year in the text nor in the KB to confirm
    "after-review": 0.3,    # released after the review's date (or a person's whole KB career, 10 years after)
    "much-later": 0.4,      # released > 12 years after every year the review shows (date unknown)
    "later": 0.5,           # released 6..12 years after every year the review shows (date unknown)
}
#: A person whose earliest KB title is this many years after the review is probably a namesake.
CAREER_SLACK = 10
#: A film's year (hence its IRI) is taken from IMDb only for links at least this confident.
YEAR_MIN_CONFIDENCE = 0.7
#: A one-word name that is the first name of this many KB people is not linked as a mononym.
GIVEN_NAME_LIMIT = 3
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass
class _Candidate:
    target: str
    method: str
    confidence: float


@dataclass
class _State:
    ex: Extraction
    kb: ImdbKB
    #: the review's own year (a ceiling: nothing later can be named), when known
    date_year: int | None
    #: the latest year the review shows (its date, the reviewed film's year, years in the text)
    ref_year: int | None
    critic_keys: set[str]
    #: entity key -> candidate nconsts from its exact name (support for films)
    name_cands: dict[str, set[str]] = field(default_factory=dict)
    links: dict[str, _Candidate] = field(default_factory=dict)
    #: entities whose link is decided (archive page, or linked before we were called)
    fixed: set[str] = field(default_factory=set)
    preset: set[str] = field(default_factory=set)


def link_extraction(ex: Extraction, kb: ImdbKB, min_confidence: float = 0.5, set_year: bool = True) -> None:
    """Fill ``links["imdb"]`` of the review's films and people (in place).

    Entities that already carry an ``imdb`` link keep it (and serve as context). Links with a
    confidence under ``min_confidence`` are dropped. With ``set_year``, a film linked with a
    confidence of at least :data:`YEAR_MIN_CONFIDENCE` and without a year (or with one off by
    one) takes IMDb's startYear, so that its IRI is the same in every review.
    """
    st = _State(ex, kb, _date_year(ex), reference_year(ex), _critic_keys(ex))
    for key, ent in ex.entities.items():
        link = ent.links.get("imdb")
        if link is not None:
            st.links[key] = _Candidate(link.target, link.method, link.confidence)
            st.fixed.add(key)
            st.preset.add(key)
    for key, ent in ex.entities.items():
        if ent.kind == "person" and key not in st.critic_keys and len(person_key(ent.name).split()) >= 2:
            st.name_cands[key] = {p.nconst for p in kb.find_people(ent.name)}

    _link_reviewed_film(st)
    _link_films(st, min_confidence)
    _link_people(st, min_confidence)
    _link_films(st, min_confidence)  # again, with the people now linked as context
    _link_people(st, min_confidence)

    for key, cand in st.links.items():
        if key in st.preset:
            continue
        ent = ex.entities[key]
        if cand.confidence < min_confidence:
            ent.links.pop("imdb", None)
            continue
        ent.links["imdb"] = Link(cand.target, cand.method, round(cand.confidence, 3))
        if set_year and ent.kind == "film" and cand.confidence >= YEAR_MIN_CONFIDENCE:
            title = kb.title(cand.target)
            if title and title.year and (ent.year is None or abs(ent.year - title.year) <= 1):
                ent.year = title.year


def _date_year(ex: Extraction) -> int | None:
    m = re.match(r"\d{4}", ex.review.date or "")
    return int(m[0]) if m else None


def reference_year(ex: Extraction) -> int | None:
    """The latest year the review shows: its date, the reviewed film's year, years in its text.

    Without a date this is a lower bound of when the review was written (a review of a 1977
    film may be from 2000), so films later than it are only made less likely, not ruled out.
    """
    years: list[int] = []
    if (y := _date_year(ex)) is not None:
        years.append(y)
    if ex.review.year:
        years.append(ex.review.year)
    reviewed = ex.entities.get(ex.reviewed_film or "")
    if reviewed and reviewed.year:
        years.append(reviewed.year)
    this_year = date.today().year
    years += [y for y in map(int, _YEAR.findall(ex.review.text or "")) if y <= this_year]
    return max(years) if years else None


# ------------------------------------------------------------------------------------ films
def _link_reviewed_film(st: _State) -> None:
    ex = st.ex
    tconst = _norm_tconst(ex.review.imdb_id)
    reviewed = ex.entities.get(ex.reviewed_film or "")
    if not tconst or reviewed is None:
        return
    # the reviewed film, and any other entity with its title and a compatible year
    rkey = title_key(reviewed.name)
    kb_year = (t.year if (t := st.kb.title(tconst)) else None) or reviewed.year
    for key, ent in ex.entities.items():
        if key in st.fixed or ent.kind != "film":
            continue
        same_year = ent.year is None or kb_year is None or abs(ent.year - kb_year) <= 1
        if key == ex.reviewed_film or (title_key(ent.name) == rkey and same_year):
            st.links[key] = _Candidate(tconst, "archive-page-link", CONFIDENCE["archive-page-link"])
            st.fixed.add(key)


def _norm_tconst(imdb_id: str | None) -> str | None:
    if not imdb_id:
        return None
    m = re.search(r"(?:tt)?(\d{7,})", imdb_id)
    return f"tt{m[1]}" if m else None


def _forms(ent: Entity, min_words: int = 1) -> list[str]:
    forms = [ent.name, *sorted(a for a in ent.alternate_names if a != ent.name)]
    return [f for f in dict.fromkeys(forms) if f.strip() and len(f.split()) >= min_words]


def _film_matches(kb: ImdbKB, ent: Entity) -> list[TitleMatch]:
    """Titles for the entity's name, else for its other forms in order; main titles last."""
    for prefix in (False, True):
        for form in _forms(ent):
            found = kb.find_titles(form, prefix=prefix)
            if found:
                return found
    return []


def _link_films(st: _State, min_confidence: float) -> None:
    for key, ent in st.ex.entities.items():
        if ent.kind != "film" or key in st.fixed:
            continue
        cand = _film_candidate(st, ent)
        if cand and (key not in st.links or cand.confidence > st.links[key].confidence):
            st.links[key] = cand


def _support(st: _State, tconst: str) -> int:
    """How many people of the review are principals of ``tconst``."""
    principals = {p.nconst for p in st.kb.principals(tconst)}
    if not principals:
        return 0
    n = 0
    for key, ent in st.ex.entities.items():
        if ent.kind != "person" or key in st.critic_keys:
            continue
        link = st.links.get(key)
        if link is not None and link.confidence >= 0.5:
            ids = {link.target}
        else:
            ids = st.name_cands.get(key, set())
        if ids & principals:
            n += 1
    return n


def _film_candidate(st: _State, ent: Entity) -> _Candidate | None:
    kb = st.kb
    pool = _film_matches(kb, ent)
    if not pool:
        return None
    factor = PENALTY["prefix"] if all(m.how == "prefix" for m in pool) else 1.0
    prefix = "title-prefix" if factor < 1 else "title"
    year_method = None
    if ent.year:
        exact = [m for m in pool if m.title.year == ent.year]
        near = [m for m in pool if m.title.year and abs(m.title.year - ent.year) == 1]
        unknown = [m for m in pool if m.title.year is None]
        if exact:
            pool, year_method = exact, "title+year"
        elif near:
            pool, year_method = near, "title+year~1"
        elif unknown:
            pool, factor = unknown, factor * PENALTY["kb-year-unknown"]
        else:
            return None
    support = {m.title.tconst: _support(st, m.title.tconst) for m in pool}
    when = {m.title.tconst: _when(st, m.title.year, m.title.tconst) for m in pool}
    if not year_method and any(w[0] == 2 for w in when.values()) and any(w[0] < 2 for w in when.values()):
        # a film named in a review is (almost always) not later than the review
        pool = [m for m in pool if when[m.title.tconst][0] < 2 or support[m.title.tconst]]
    pool.sort(key=lambda m: (-support[m.title.tconst], m.title.type != "movie", when[m.title.tconst][0],
                             m.how != "title", -kb.title_popularity(m.title.tconst), m.title.tconst))
    best = pool[0]
    tconst = best.title.tconst
    top = support[tconst]
    if top and (len(pool) == 1 or top > support[pool[1].title.tconst]):
        method = "title+year+principals" if year_method == "title+year" else "title+principals"
        conf = CONFIDENCE[method]
        if year_method == "title+year~1":
            method, conf = "title+year~1+principals", CONFIDENCE["title+principals"]
    elif len(pool) == 1:
        method = year_method or "title-unique"
        conf = CONFIDENCE[method]
        if not year_method and best.title.year is None:
            factor *= PENALTY["kb-year-unknown"]
    elif sum(m.title.type == "movie" for m in pool) == 1 and best.title.type == "movie":
        method = f"{year_method}+movie-type" if year_method else "title+movie-type"
        conf = CONFIDENCE["title+movie-type"]
    elif not year_method and [when[m.title.tconst][0] for m in pool].count(0) == 1 and when[tconst][0] == 0:
        method, conf = "title+year-plausible", CONFIDENCE["title+year-plausible"]
    else:
        pops = [kb.title_popularity(m.title.tconst) for m in pool]
        share = pops[0] / sum(pops) if sum(pops) else 1 / len(pool)
        method = f"{year_method}+popularity" if year_method else "title+popularity"
        conf = min(0.6, 0.2 + 0.4 * share)
    if not year_method:
        factor *= when[tconst][1]
    if prefix != "title":
        method = method.replace("title", prefix, 1)
    return _Candidate(tconst, method, conf * factor)


def _when(st: _State, year: int | None, tconst: str = "") -> tuple[int, float]:
    """(rank, factor) of a candidate's year against the review's years.

    Rank 0: plausible (not after the review), 1: the KB has no year, 2: later than the review.
    A title without a year is judged by when IMDb created its id (:func:`tconst_era`): an
    entry created long after the review is most likely a later film of the same name.
    """
    if year is None:
        era = tconst_era(tconst)
        if era is not None and (rank := _when(st, era)[0]) == 2:
            return rank, _when(st, era)[1]
        return 1, 1.0
    if st.date_year is not None:
        return (2, PENALTY["after-review"]) if year > st.date_year + 1 else (0, 1.0)
    if st.ref_year is None:
        return 0, 1.0
    gap = year - st.ref_year
    if gap > 12:
        return 2, PENALTY["much-later"]
    if gap > 5:
        return 2, PENALTY["later"]
    return 0, 1.0


# ------------------------------------------------------------------------------------ people
#: (first tconst number, year IMDb was creating ids around it): approximate, from IMDb's
#: sequential numbering; ids below tt0300000 were given to the existing catalogue by release year.
_ERA = ((300_000, 2002), (500_000, 2005), (1_000_000, 2007), (2_000_000, 2011), (3_000_000, 2013),
        (5_000_000, 2015), (7_000_000, 2017), (10_000_000, 2019), (15_000_000, 2021), (20_000_000, 2022),
        (30_000_000, 2024))


def tconst_era(tconst: str) -> int | None:
    """Roughly when IMDb created a title id (None for the old catalogue, tt0000001..tt0299999)."""
    m = re.fullmatch(r"tt(\d+)", tconst or "")
    if not m:
        return None
    n, era = int(m[1]), None
    for start, year in _ERA:
        if n >= start:
            era = year
    return era


def _critic_keys(ex: Extraction) -> set[str]:
    """The review's author, and any person named as the critic (the extraction's Critic record)."""
    keys = {f.object for f in ex.facts if f.subject == "review" and f.predicate == "author"}
    keys |= {k for k, e in ex.entities.items() if e.kind == "person" and ex.critic.is_critic(e.name)}
    return keys


def _context_people(st: _State, min_confidence: float) -> set[str]:
    """Principals of the films of this review linked so far."""
    out: set[str] = set()
    for key, cand in st.links.items():
        if st.ex.entities[key].kind == "film" and cand.confidence >= min_confidence:
            out |= {p.nconst for p in st.kb.principals(cand.target)}
    return out


def _link_people(st: _State, min_confidence: float) -> None:
    ctx = _context_people(st, min_confidence)
    people = [(k, e) for k, e in st.ex.entities.items() if e.kind == "person" and k not in st.fixed]
    # full names first, so that a surname alone can lean on them
    people.sort(key=lambda ke: len(person_key(ke[1].name).split()) < 2)
    for key, ent in people:
        cand = _person_candidate(st, key, ent, ctx, min_confidence)
        if cand and (key not in st.links or cand.confidence > st.links[key].confidence):
            st.links[key] = cand


def _person_candidate(
    st: _State, key: str, ent: Entity, ctx: set[str], min_confidence: float
) -> _Candidate | None:
    kb = st.kb
    critic = key in st.critic_keys
    words = person_key(ent.name).split()
    if len(words) < 2:
        return None if critic else _single_word(st, key, ent, ctx, min_confidence)
    for form in _forms(ent, min_words=2):
        found = kb.find_people(form)
        if not found:
            continue
        exact = any(person_key(p.name) == person_key(form) for p in found)
        factor = 1.0 if exact else PENALTY["reduced-name"]
        in_ctx = [p for p in found if p.nconst in ctx]
        if len(in_ctx) == 1:
            return _Candidate(in_ctx[0].nconst, "name+principals", CONFIDENCE["name+principals"] * factor)
        if critic:
            return None  # a critic is linked only when the review's films confirm it
        if len(found) == 1:
            p = found[0]
            return _Candidate(p.nconst, "name-unique", CONFIDENCE["name-unique"] * factor * _career(st, p))
        pool = in_ctx or found
        return _by_popularity(st, pool, "name+principals+popularity" if in_ctx else "name+popularity")
    if critic:
        return None
    return _fuzzy(st, ent, ctx)


def _career(st: _State, p: Person) -> float:
    """Penalty when everything the KB knows the person for is a decade after the review's date."""
    if st.date_year is None:
        return 1.0
    years = [t.year for tc in st.kb.filmography(p.nconst) if (t := st.kb.title(tc)) and t.year]
    if years and min(years) > st.date_year + CAREER_SLACK:
        return PENALTY["after-review"]
    return 1.0


def _by_popularity(st: _State, pool: list[Person], method: str) -> _Candidate:
    pops = sorted(((st.kb.person_popularity(p.nconst), p.nconst) for p in pool), reverse=True)
    total = sum(x for x, _ in pops)
    share = pops[0][0] / total if total else 1 / len(pops)
    return _Candidate(pops[0][1], method, min(0.6, 0.2 + 0.4 * share))


def _fuzzy(st: _State, ent: Entity, ctx: set[str]) -> _Candidate | None:
    from rapidfuzz import fuzz

    kb = st.kb
    key = person_key(ent.name)
    # a spelling variant of someone in the principals of the review's films
    scored = []
    for nc in ctx:
        p = kb.person(nc)
        if p is None:
            continue
        pk = person_key(p.name)
        score = fuzz.ratio(key, pk)
        subset = fuzz.token_set_ratio(key, pk) == 100 and surname_key(p.name) == surname_key(ent.name)
        if score >= 85 or subset:
            scored.append((score, nc))
    scored.sort(reverse=True)
    if scored and (len(scored) == 1 or scored[0][0] - scored[1][0] >= 5):
        return _Candidate(scored[0][1], "fuzzy-name+principals", CONFIDENCE["fuzzy-name+principals"])
    # a close spelling variant of exactly one KB name
    near = kb.people_near(ent.name, cutoff=92)
    if near and (len(near) == 1 or near[0][1] - near[1][1] >= 3):
        p = near[0][0]
        if p.name[:1].casefold() == ent.name[:1].casefold():
            return _Candidate(p.nconst, "fuzzy-name", CONFIDENCE["fuzzy-name"] * _career(st, p))
    # the name's words within exactly one longer KB name of the same surname
    words = set(key.split())
    sub = [p for p in kb.people_with_surname(surname_key(ent.name))
           if words < set(person_key(p.name).split())]
    if len(sub) == 1:
        return _Candidate(sub[0].nconst, "name-subset", CONFIDENCE["name-subset"] * _career(st, sub[0]))
    return None


def _single_word(
    st: _State, key: str, ent: Entity, ctx: set[str], min_confidence: float
) -> _Candidate | None:
    kb = st.kb
    word = person_key(ent.name)
    if not word:
        return None
    # 1. a full name of this review with that surname, linked
    same = set()
    for k, e in st.ex.entities.items():
        full = len(person_key(e.name).split()) >= 2
        if e.kind == "person" and k != key and k not in st.critic_keys and full:
            cand = st.links.get(k)
            if surname_key(e.name) == word and cand and cand.confidence >= min_confidence:
                same.add(cand.target)
    if len(same) == 1:
        return _Candidate(same.pop(), "surname+same-review", CONFIDENCE["surname+same-review"])
    if len(same) > 1:
        return None
    # 2. exactly one principal of the review's films with that surname
    in_ctx = {nc for nc in ctx if (p := kb.person(nc)) and surname_key(p.name) == word}
    if len(in_ctx) == 1:
        return _Candidate(in_ctx.pop(), "surname+principals", CONFIDENCE["surname+principals"])
    if in_ctx:
        return None
    # 3. a one-word KB name ("Teller", "Vangelis"), unless it is a common first name ("Karen")
    found = [p for p in kb.find_people(ent.name) if person_key(p.name) == word]
    if len(found) == 1 and kb.count_given_name(word) < GIVEN_NAME_LIMIT:
        p = found[0]
        return _Candidate(p.nconst, "mononym-unique", CONFIDENCE["mononym-unique"] * _career(st, p))
    return None


def link_all(extractions: Iterable[Extraction], kb: ImdbKB, min_confidence: float = 0.5) -> None:
    """:func:`link_extraction` over many reviews (each review is linked on its own evidence)."""
    for ex in extractions:
        link_extraction(ex, kb, min_confidence)


__all__ = ["CONFIDENCE", "PENALTY", "link_all", "link_extraction", "reference_year", "tconst_era"]
