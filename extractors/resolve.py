"""Where the findings of the extractors meet: the one place that weighs one against another.

Three components, at the three points of the pipeline where findings must be settled
before the next extractor can use them:

* ``resolve_mentions`` (after ``titles``): a weakly found title that the KB knows as a
  person is the person; a name inside a title is part of the title; the mentions of one
  person are merged (:func:`~filmkg.extractors.people.cluster_people`) and their other
  occurrences found; the credits headers become credits of the reviewed film.
* ``resolve_credits`` (after ``credits``): "from the director of FILM" gives FILM the
  reviewed film's directors; a filmography ("Name (Film, Film)") is acting for an actor and
  an unstated contribution for anyone else; weak acting cues yield to a crew role stated in
  a header or by a title before the name (a writer-director's "characters" are not a part).
* ``resolve_cast`` (after ``characters``): people named only as characters are not people
  of the review; an actor of the reviewed film may be found only through acting words
  around a name the KB knows (``credits.acting_context``); every character is an acting
  credit.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Container

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc

from filmkg.core.normalize import fold, is_name_suffix, name_key
from filmkg.core.records import Critic, Fact, Mention
from filmkg.core.regex import gated
from filmkg.core.spans import SpanIndex
from filmkg.extractors import people as people_rules
from filmkg.extractors import state
from filmkg.extractors.characters import RELATIONS, kb_cast
from filmkg.extractors.confidence import confidence
from filmkg.extractors.context import PersonSpan, ReviewContext, from_header, header_rules
from filmkg.extractors.credits import FILMOGRAPHY_RULES, HEDGE, acting_director, crew_career, directing_career
from filmkg.extractors.models import (
    CAREER_MIN_REVIEWS,
    CAREER_ROLES,
    ArchiveLexicon,
    archive_lexicon,
    archive_roles,
    film_parts,
    surname_names,
)
from filmkg.extractors.people import (
    KB_DIRECTOR_SURNAMES,
    NAME_BEFORE,
    PLACE_LABELS,
    PersonCluster,
    careers_by_surname,
    cluster_people,
    kb_director_surnames,
    propagate_mentions,
)
from filmkg.extractors.reviewed import film_key
from filmkg.extractors.titles import title_like_quotes
from filmkg.linking.imdb_kb import person_key
from filmkg.linking.lexicon import Lexicon
from filmkg.linking.principals import ACTING_CATEGORIES, PrincipalRoles, PrincipalSurnames, lone_performer

#: Titles found with less confidence than this yield to a KB-known person spaCy finds there.
WEAK_TITLE = 0.8
_ACTING = re.compile(
    r"\b(?:plays?|playing|played|performances?|roles?|cast|character|characters|acting|actors?|actress(?:es)?|"
    r"co-?stars?|stars?|starring|cameos?|portray\w*|supporting|lead|turn|screen|on-screen)\b",
    re.IGNORECASE,
)
_WEAK_ACTING = {"credits.possessive", "credits.cue_after", "credits.acting_context"}


# ------------------------------------------------------------------ people and titles
@Language.factory(
    "resolve_mentions",
    requires=[state.attr(a) for a in (state.CRITIC, state.HEADER, state.PEOPLE, state.TITLES, state.REVIEWED)],
    assigns=[state.attr(a) for a in (state.PEOPLE, state.TEAMS, state.TITLES, state.REVIEWED, state.CREDITS,
                                     state.CHARACTERS)],
    default_config={},
)
def make_resolve_mentions(nlp: Language, name: str) -> ResolveMentions:
    return ResolveMentions()


class ResolveMentions:
    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or Lexicon()

    @state.guarded("resolve_mentions")
    def __call__(self, doc: Doc) -> Doc:
        text = state.text(doc)
        known = self.lexicon.people
        people = state.mentions(doc, state.PEOPLE)
        header = state.mentions(doc, state.HEADER)
        # A weakly found title that spaCy reads as a name the KB knows is the person.
        people_ix = SpanIndex()  # overlap tests in linear time on long reviews
        for m in people:
            people_ix.add(m.start, m.end, m)
        # (not a one-word name strictly inside a longer title: "Robin" of "Batman & Robin", "Nancy" of "Sid and Nancy")
        titles = [t for t in state.mentions(doc, state.TITLES) if t.confidence >= WEAK_TITLE or not any(
            m.name in known and not (" " not in m.name and t.start <= m.start and m.end <= t.end
                                     and m.end - m.start < t.end - t.start and " " in t.name)
            for _, _, m in people_ix.overlapping(t.start, t.end))]
        reviewed = getattr(doc._, state.REVIEWED)
        if not reviewed and titles:
            reviewed = titles[0].name
        title_ix = SpanIndex()
        for t in titles:
            title_ix.add(t.start, t.end, t)
        # "the real story of Daniel Rudy" in a review of RUDY: a full name around an unmarked title is the person
        given, common = self.lexicon.given_names, archive_lexicon().common_words
        inner = {id(t) for m in people if m.rule != "people.header" and fold(m.name.split()[0]) in given
                 and m.name.split()[0].lower() not in common
                 for t in _titles_inside_name(m, title_ix.overlapping(m.start, m.end))}
        if inner:
            titles = [t for t in titles if id(t) not in inner]
            title_ix = SpanIndex((t.start, t.end) for t in titles)
        title_spans = [(t.start, t.end) for t in titles]
        people = [m for m in people if m.rule == "people.header" or not title_ix.overlaps(m.start, m.end)]
        # "Hidden Dragon" of "Crouching Tiger, Hidden Dragon", "Dona Flor" of a quoted title: a name strictly
        # inside quoted Title Case is a piece of the title, unless the KB knows it or it is the maker's
        # possessive ("John Carpenter's Vampires"). Archive: 31 in 800 reviews, 23 critics; 24/27 of the dropped
        # right (README)
        quotes = [q for q in title_like_quotes(text) if not title_ix.overlaps(*q)]
        quote_ix = SpanIndex(quotes)
        people = [m for m in people if m.rule == "people.header" or m.name in known
                  or not _strictly_inside(m, quote_ix) or text.startswith(("'s", "\u2019s"), m.end)]
        if KB_DIRECTOR_SURNAMES and reviewed and self.lexicon.principal_surnames is not None:
            # the reviewed film's principals as the cast rule below reads them (one cached lookup a title)
            principals = [who for group in self.lexicon.principal_surnames(reviewed, state.review(doc).get("year"))
                          .values() for who in group]
            directors = [name for name, category in principals if category == "director"]
            if directors:
                others = [name for name, category in principals if category != "director"]
                people += kb_director_surnames(text, people, directors, others, state.critic(doc), archive_lexicon())
        if CAST_SURNAMES and reviewed and self.lexicon.principal_surnames is not None:
            people += _cast_surnames(text, people, title_ix, self.lexicon.principal_surnames, reviewed,
                                     state.review(doc).get("year"), state.critic(doc).spans)
        if PRINCIPAL_SURNAMES and reviewed:
            people += principal_surnames(text, people, title_ix, reviewed, state.review(doc).get("year"),
                                         self.lexicon, state.critic(doc), header, doc)
        clusters = cluster_people(people, known)
        propagate_mentions(text, clusters, title_spans + quotes + list(state.critic(doc).spans))
        reviewed_key = name_key(reviewed, film=True) if reviewed else None

        state.set_records(doc, state.TITLES, titles)
        setattr(doc._, state.REVIEWED, reviewed)
        # one mention per occurrence, named by its person, persons in the order first found
        state.set_records(doc, state.PEOPLE, [Mention("person", c.name, m.start, m.end, m.rule, m.confidence)
                                              for c in clusters for m in c.mentions])
        setattr(doc._, state.TEAMS, [[p.start, p.end, p.person] for p in _team_mentions(text, clusters)])
        state.set_records(doc, state.CREDITS, _header_credits(header, clusters, reviewed_key))
        state.set_records(doc, state.CHARACTERS, _header_characters(header, clusters, reviewed_key))
        return doc


#: Titles found without typography: a full name around one of them is a person ("Daniel Rudy" of RUDY).
_UNMARKED_TITLE_RULES = frozenset({"titles.reviewed", "titles.ner", "titles.gazetteer"})


#: "Jack (Norton)", "the detective (Freeman)", "Melanie and Louis (Fonda and Lindo)": a lone capitalised word at the
#: head of a bracket right after a part's name or description; "Pitt's Tyler", "Norton plays", "played by Norton":
#: a lone word before "'s" and a name or before a verb of playing, or after "played by". That no rule found as a
#: person, it is the performer when it is the surname of exactly one of the reviewed film's principals in the KB
#: and that principal performs (issue 10, actor16: with the full name in no line of the review, the person keeps
#: the surname the review gives, as the guideline keys it; extractors/README.md, "Actors by surname alone").
#: False: off.
CAST_SURNAMES = True
_LONE_WORD = r"[A-Z][a-z][\w\u2019'\-]*"
#: the shapes around an occurrence of a performer's surname (``_cast_surnames`` finds the occurrences with
#: ``str.find``: a whole-text regex over every capitalised word cost 0.7 ms a review): the head of a part's bracket,
#: "(W)", "(W, ...", "(W -- ...", "(W and V)", "(V and W)"
_BRACKET_BEFORE = re.compile(rf"[\w.,'\"\u201d]\s*\(\s*(?:{_LONE_WORD}\s+and\s+)?$")
_BRACKET_AFTER = re.compile(rf"\s*\)|\s*,|\s+-{{1,2}}\s|\s*\u2014|\s+and\s+{_LONE_WORD}\s*[),]")
_PAIR_AFTER = re.compile(r"\s*[),]")
#: "W's Name", "W plays / portrays / stars as ..."
_PLACE_AFTER = re.compile(r"['\u2019]s?\s+(?=[A-Z][a-z])|\s+(?:plays|played|portrays|portrayed|stars\s+as|"
                          r"co-stars\s+as|is\s+cast\s+as|appears\s+as|returns\s+as)\b")
#: "played (well) by W", not "played by W Name"
_PLAYED_BY_BEFORE_W = re.compile(r"(?:played|portrayed|voiced|essayed)\s+(?:[a-z]+\s+){0,2}?by\s+$")
_NO_NAME_AFTER = re.compile(r"[\w'\u2019\-]|\s+[A-Z]")
_WORD_BEFORE = re.compile(r"[\w'\u2019.\-]")


def _surname_forms(table: dict[str, tuple[tuple[str, str], ...]]) -> list[str]:
    """The ways a review may write the surnames of the film's lone performers: as the KB writes the name's last word
    ("DeVito", "Björk") and as its key capitalised ("Bjork")."""
    forms: set[str] = set()
    for key, who in table.items():
        if lone_performer(table, key) is None:
            continue
        words = [w for w in who[0][0].split() if not is_name_suffix(w)]
        if words:
            forms.add(words[-1])
        forms.add(key[:1].upper() + key[1:])
    return sorted(f for f in forms if len(f) > 1 and f[0].isupper() and f[1].islower())


def _cast_place(text: str, s: int, e: int) -> bool:
    """Does the surname at ``s:e`` stand where a part's performer does?"""
    if _BRACKET_BEFORE.search(text, max(0, s - 40), s):
        pair = not text[max(0, s - 40) : s].rstrip().endswith("(")
        return (_PAIR_AFTER if pair else _BRACKET_AFTER).match(text, e) is not None
    if _WORD_BEFORE.match(text, s - 1) if s else False:
        return False
    if _PLACE_AFTER.match(text, e):
        return True
    return _PLAYED_BY_BEFORE_W.search(text, max(0, s - 60), s) is not None and not _NO_NAME_AFTER.match(text, e)


def _cast_surnames(text: str, people: list[Mention], titles: SpanIndex, surnames: PrincipalSurnames, reviewed: str,
                   year: int | None, blocked: list[tuple[int, int]]) -> list[Mention]:
    """The lone surnames of the reviewed film's performers where a part's performer stands (:data:`CAST_SURNAMES`)."""
    table = surnames(reviewed, year)
    forms = _surname_forms(table) if table else []
    if not forms:
        return []
    out: list[Mention] = []
    taken = SpanIndex([(m.start, m.end) for m in people] + list(blocked))
    ends = {m.end: m.name for m in people}
    # a word some person of the review already holds: the full name's own propagation finds it (or two people
    # share it)
    named = {w for m in people for w in m.name.split()}
    for w in forms:
        if w in named:
            continue
        s = text.find(w)
        while s >= 0:
            e = s + len(w)
            at, s = s, text.find(w, e)
            if re.match(r"[\w\-]", text[e : e + 1]) or taken.overlaps(at, e) or titles.overlaps(at, e) \
                    or NAME_BEFORE.search(text, max(0, at - 12), at) or not _cast_place(text, at, e):
                continue
            # "Brad Pitt (Tyler)": a performer's full name before the bracket, the bracket is the part
            bracket = text.rfind("(", max(0, at - 40), at)
            before = ends.get(len(text[:bracket].rstrip())) if bracket >= 0 and \
                not text[bracket + 1 : at].strip(" \t\n") else None
            if before and " " in before and any(c in ACTING_CATEGORIES for _, c in table.get(
                    person_key(before.split()[-1]), ())):
                continue
            out.append(Mention("person", w, at, e, "people.cast_surname", confidence("people.cast_surname")))
            taken.add(at, e)
    return sorted(out, key=lambda m: m.start)


#: "Curtis and Kline, both normally dramatic actors", "Only the usually reliable Malkovich falters", "Towne and Woo
#: take some chances": a lone capitalised word that is the surname of exactly one principal of the reviewed film, the
#: archive's credits headers' (2 critics or more) or the KB's, is that person where the review gives the full name
#: nowhere (the full name's own propagation finds the rest). The cast and director rules above read the KB alone,
#: which has principals for a seventh of the archive's films, and only in a part's or a maker's place (issue 10,
#: people21; extractors/README.md, "People, twenty-first pass"). The person keeps the surname, as the guideline keys
#: it. False: off.
PRINCIPAL_SURNAMES = True
_CAPITAL_AFTER = re.compile(r"[ \t]+(?:[A-Z][a-z]|[A-Z]\.)|[\w\-]|['\u2019][a-rt-z]")
#: ... a capitalised word before it is a fuller name, except a sentence's opening word or a job ("But Jeunet manages",
#: "Director Elliott seems"); not a title ("Dr. Burton" is a part as often as not)
_OPENER_BEFORE = re.compile(r"(?<![\w.'\u2019\-])(?:And|But|So|Yet|Or|Even|Only|Still|Then|While|When|Though|"
                            r"Although|As|If|Because|Both|With|Without|For|By|From|Of|In|On|At|To|Here|There|Now|"
                            r"Director|Writer|Producer|Screenwriter|Composer|Cinematographer|"
                            r"Editor|Actor|Actress|Star|Co-star|Novelist|Author)[ \t]+$")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|to|from|of|at|near|across|around)[ \t\n]+$")
_CAPITAL_RUN_BEFORE = re.compile(r"(?<![\w'\u2019])([A-Z][a-z][\w'\u2019\-]*)[ \t]+(?:[A-Z]\.[ \t]*)?$")


def _part_words(reviewed: str, year: int | None) -> set[str]:
    """The folded words of the parts the archive's reviews of the reviewed film name (its year give or take one)."""
    return {fold(w) for y, parts in film_parts().get(film_key(reviewed), {}).items()
            if year is None or abs(int(y) - year) <= 1 for p in parts for w in p.split()}


def _principals_by_surname(archive: ArchiveLexicon, surnames: PrincipalSurnames | None, reviewed: str,
                     year: int | None) -> dict[str, set[str]]:
    """{surname word: the full names of the reviewed film's principals (archive headers and KB) that end on it}."""
    names: set[str] = set()
    for y, credited in archive.principals.get(film_key(reviewed), {}).items():
        if year is None or abs(int(y) - year) <= 1:
            names.update(credited)
    if surnames is not None:
        names.update(n for who in surnames(reviewed, year).values() for n, _ in who)
    out: dict[str, set[str]] = defaultdict(set)
    for name in names:
        words = [w for w in name.split() if not is_name_suffix(w)]
        if len(words) >= 2:
            out[words[-1]].add(name)
    return out


def principal_surnames(text: str, people: list[Mention], titles: SpanIndex, reviewed: str, year: int | None,
                       lexicon: Lexicon, critic: Critic, header: list[Mention], doc: Doc) -> list[Mention]:
    """The lone surnames of the reviewed film's principals where no rule found a person (:data:`PRINCIPAL_SURNAMES`):
    not where the model reads a place after a preposition ("the pressures of Washington"), nor a word of the critic's
    names (a byline "by Burton and Rachel")."""
    archive = archive_lexicon()
    by_surname = _principals_by_surname(archive, lexicon.principal_surnames, reviewed, year)
    if not by_surname:
        return []
    named = {w for m in people for w in m.name.split()}
    critic_words = {fold(w) for n in critic.names for w in n.split()}
    # one principal of that surname; a word, a given name or the critic's is no lone surname (cheap tests first: most
    # reviews end here)
    candidates = [(sur, next(iter(fulls))) for sur, fulls in by_surname.items()
                  if len(fulls) == 1 and len(sur) >= 3 and sur[0].isupper() and sur[1:].islower() and sur not in named
                  and sur in text and sur.lower() not in archive.common_words and (key := fold(sur)) not in
                  lexicon.given_names and key not in people_rules.NOT_PEOPLE and key not in critic_words]
    if not candidates:
        return []
    # ... nor a word of a part the archive's reviews of the film or the header name
    parts = _part_words(reviewed, year) | {fold(w) for m in header if m.kind == "character" for w in m.name.split()}
    taken = SpanIndex([(m.start, m.end) for m in people] + list(critic.spans))
    places: SpanIndex | None = None
    out: list[Mention] = []
    for sur, full in candidates:
        if fold(sur) in parts:
            continue
        given = fold(full.split()[0])
        found: list[Mention] = []
        other = False
        at = text.find(sur)
        while at >= 0:
            s, e = at, at + len(sur)
            at = text.find(sur, e)
            if s and (text[s - 1].isalnum() or text[s - 1] in "'\u2019-"):
                continue
            before = _CAPITAL_RUN_BEFORE.search(text, max(0, s - 30), s)
            if before and fold(before[1]) != given and fold(before[1]) in lexicon.given_names:
                other = True  # "William Wallace" beside the writer Randall Wallace: another person bears it
                break
            if _CAPITAL_AFTER.match(text, e) or (NAME_BEFORE.search(text, max(0, s - 30), s)
                                                 and not _OPENER_BEFORE.search(text, max(0, s - 20), s)) \
                    or people_rules._TEAM_AFTER.match(text, e) or taken.overlaps(s, e) or titles.overlaps(s, e):
                continue
            if places is None:
                # the model reads many lone surnames as places ("Pacino's", "Scorsese seems"): a place only after a
                # preposition
                places = SpanIndex((x.start_char, x.end_char) for x in doc.ents if x.label_ in PLACE_LABELS
                                   and _PLACE_PREPOSITION.search(text, max(0, x.start_char - 8), x.start_char))
            if places.overlaps(s, e):
                continue
            found.append(Mention("person", sur, s, e, "people.principal_surname",
                                 confidence("people.principal_surname")))
        if not other:
            out += found
    return sorted(out, key=lambda m: m.start)


def _titles_inside_name(m: Mention, overlapping: list) -> list[Mention]:
    """The unmarked titles strictly inside the full name ``m``, when every title it overlaps is one."""
    if not overlapping or " " not in m.name:
        return []
    inside = [t for _, _, t in overlapping
              if m.start <= t.start and t.end <= m.end and t.end - t.start < m.end - m.start
              and t.rule in _UNMARKED_TITLE_RULES and not t.name[:1].isdigit() and not t.name.isupper()]
    return inside if len(inside) == len(overlapping) else []


def _strictly_inside(m: Mention, quotes: SpanIndex) -> bool:
    return any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end)
               for s, e, _ in quotes.overlapping(m.start, m.end))


def _cluster_of(name: str, clusters: list[PersonCluster]) -> str | None:
    return _cluster_index(clusters).get(name)


def _cluster_index(clusters: list[PersonCluster]) -> dict[str, str]:
    """Every form of every cluster -> its cluster's name (the first cluster wins, as a scan would);
    built once per review: a set of forms per header line was quadratic on long cast lists."""
    index: dict[str, str] = {}
    for c in reversed(clusters):
        index.update({m.name: c.name for m in c.mentions})
        index[c.name] = c.name
    return index


def _header_credits(header: list[Mention], clusters: list[PersonCluster], reviewed: str | None) -> list[Fact]:
    if reviewed is None:
        return []
    out = []
    index = _cluster_index(clusters)
    for h in header:
        person = index.get(h.name) if h.kind == "person" else None
        if person is None:
            continue
        out.extend(Fact(reviewed, role, person, h.start, h.end, h.rule, h.confidence) for role in h.roles)
    return out


def _header_characters(header: list[Mention], clusters: list[PersonCluster], reviewed: str | None) -> list[Fact]:
    """"Cast: Bruce Willis (Harry Stamper)": the character mention follows its actor's."""
    if reviewed is None:
        return []
    out = []
    index = _cluster_index(clusters)
    for actor, char in zip(header, header[1:], strict=False):
        if actor.kind != "person" or char.kind != "character" or "actor" not in actor.roles:
            continue
        person = index.get(actor.name)
        if person:
            out.append(Fact(reviewed, "character", person, actor.start, char.end, char.rule, char.confidence,
                            char.name))
    return out


#: What every match of :func:`_team_mentions`' per-surname regex holds: without it, no regex is compiled
_TEAM_WORD = re.compile(r"\s(?:[Bb]rothers|[Bb]ros|[Ss]isters|family)\b")


def _team_mentions(text: str, clusters: list[PersonCluster]) -> list[PersonSpan]:
    """"the Coen Brothers" stands for every person of the review with that surname."""
    if not _TEAM_WORD.search(text):
        return []
    by_surname: dict[str, list[str]] = defaultdict(list)
    for c in clusters:
        words = c.name.split()
        if len(words) >= 2:
            by_surname[words[-1]].append(c.name)
    out = []
    for surname, names in by_surname.items():
        if len(names) < 2:
            continue
        for m in re.finditer(rf"\b{re.escape(surname)}\s+(?:[Bb]rothers|[Bb]ros\.?|[Ss]isters|family)\b", text):
            out.extend(PersonSpan(m.start(), m.end(), n) for n in names)
    return out


# ------------------------------------------------------------------ credits
@Language.component(
    "resolve_credits",
    requires=[state.attr(a) for a in (state.HEADER, state.REVIEWED, state.CREDITS, state.SAME_DIRECTOR)],
    assigns=[state.attr(state.CREDITS)],
)
@state.guarded("resolve_credits")
def resolve_credits(doc: Doc) -> Doc:
    reviewed = getattr(doc._, state.REVIEWED)
    reviewed_key = name_key(reviewed, film=True) if reviewed else None
    found = state.facts(doc, state.CREDITS)
    found = _same_director(found, state.mentions(doc, state.SAME_DIRECTOR), reviewed_key)
    found = _filmographies(found, state.text(doc))
    found = _crew_not_cast(found, reviewed_key, header_rules(state.mentions(doc, state.HEADER)))
    state.set_records(doc, state.CREDITS, found)
    return doc


def _same_director(found: list[Fact], films: list[Mention], reviewed: str | None) -> list[Fact]:
    directors = sorted({c.object for c in found if c.predicate == "director" and c.subject == reviewed})
    return found + [Fact(name_key(f.name, film=True), "director", d, f.start, f.end, f.rule, f.confidence)
                    for f in films for d in directors]


#: A filmography's contribution is acting when the archive's headers credit the name as a performer and hardly
#: anything else, though the review gives the person no acting credit of its own ("Scott Caan (Ready to Rumble),
#: James Duval (Go)" in a list of a heist's crew, "Jean Reno (_The Professional_) is the Frenchman"): the gold sets
#: give an actor's bracketed films acting credits (crew15s: 600 random reviews, 32 such contributions, none a
#: contribution by the guideline; extractors/README.md)
ACTING_CAREERS = True
#: how many times more reviews must credit the name with acting than with all other work together
ACTING_SHARE = 4
#: a craft or role word just before the name states other work ("writer/director Tim Robbins (BOB ROBERTS)")
_CREW_BEFORE = re.compile(
    r"\b(?:direct\w*|writ\w*|screenwrit\w*|script\w*|scribe|penned|filmmaker|film-maker|helm\w*|produc\w*|"
    r"cinematograph\w*|photograph\w*|compos\w*|scor\w*|music\w*|edit\w*|design\w*|choreograph\w*|creat\w*|"
    r"author|novelist|playwright|makers?|auteur|animat\w*|effects)\b[^.;:!?]{0,40}$", re.IGNORECASE)


def acting_career(counts: list[int] | None) -> bool:
    """Header counts (:data:`CAREER_ROLES` order) of a performer: acting in 3+ reviews and :data:`ACTING_SHARE`
    times as often as everything else."""
    return counts is not None and counts[1] >= CAREER_MIN_REVIEWS and \
        counts[1] >= ACTING_SHARE * (counts[0] + counts[2] + counts[3] + counts[4])


#: "actress Joan Chen (The Last Emperor)", "Aussie actor John Polson (The Boys)", "star X (FILM)": the word before
#: the name says the bracket's films are acting, whatever the person's career in the archive's headers or other credits
#: of the review ("writer/director/actor X (FILM)", a slashed or hyphened title, stays a contribution) (issue 10,
#: src18; extractors/README.md, "Source author and contributor, eighteenth pass"). False: off.
ACTOR_WORD_BEFORE = True
_ACTOR_BEFORE = re.compile(r"(?<![/\-])\b(?:actor|actress|(?:co-?)?star)\s+"
                           r"(?:(?!(?:and|or|director|writer|filmmaker|producer|turned)\b)[\w\-']+\s+){0,2}?$",
                           re.IGNORECASE)


def _filmographies(found: list[Fact], text: str = "") -> list[Fact]:
    """"Name (Film, Film)": an actor's earlier films are acting credits, anyone else's are
    contributions of an unstated kind ("director-screenwriter Mike Figgis (Internal Affairs)").
    An actor is a person the review has acting or, with :data:`ACTING_CAREERS`, a performer's career in the
    archive's headers with no craft word just before the name."""
    acting = {c.object for c in found if c.predicate == "actor"}
    other = {c.object for c in found if c.predicate != "actor" and c.rule not in FILMOGRAPHY_RULES}
    careers = archive_roles() if ACTING_CAREERS else {}

    def actor(c: Fact) -> bool:
        if c.predicate == "contributor" and ACTOR_WORD_BEFORE and text and \
                _ACTOR_BEFORE.search(text, max(0, c.start - 40), c.start):
            return True  # "the actress X (FILM)", though she directed the reviewed film
        if c.object in other:
            return False
        if c.object in acting:
            return True
        return c.predicate == "contributor" and acting_career(careers.get(c.object)) and \
            not _CREW_BEFORE.search(text, max(0, c.start - 60), c.start)

    return [Fact(c.subject, "actor", c.object, c.start, c.end, c.rule, c.confidence)
            if c.rule in FILMOGRAPHY_RULES and actor(c) else c for c in found]


def _crew_not_cast(found: list[Fact], reviewed: str | None, header: set[str]) -> list[Fact]:
    """A writer-director's "characters" or "gives us" are not an acting credit: weak acting cues
    yield to a crew role stated in the header or by a title before the name."""
    crew = {c.object for c in found if c.subject == reviewed and c.predicate != "actor"
            and c.rule not in FILMOGRAPHY_RULES and (from_header(c, header) or c.rule == "credits.cue_before")}
    return [c for c in found if not (c.predicate == "actor" and c.object in crew and c.rule in _WEAK_ACTING)]


# ------------------------------------------------------------------ cast
@Language.factory(
    "resolve_cast",
    requires=["token.is_sent_start"] + [state.attr(a) for a in (state.PEOPLE, state.TEAMS, state.TITLES, state.CREDITS,
                                                      state.CHARACTERS)],
    assigns=[state.attr(a) for a in (state.PEOPLE, state.CREDITS, state.CHARACTERS)],
    default_config={"fallback_actors": True},
)
def make_resolve_cast(nlp: Language, name: str, fallback_actors: bool) -> ResolveCast:
    return ResolveCast(fallback_actors)


class ResolveCast:
    def __init__(self, fallback_actors: bool = True, lexicon: Lexicon | None = None,
                 archive: ArchiveLexicon | None = None) -> None:
        self.fallback_actors = fallback_actors
        self.lexicon = lexicon or Lexicon()
        self.archive = archive if archive is not None else archive_lexicon()

    @state.guarded("resolve_cast")
    def __call__(self, doc: Doc) -> Doc:
        ctx = ReviewContext.from_doc(doc)
        known = self.lexicon.people
        people = state.mentions(doc, state.PEOPLE)
        found = state.facts(doc, state.CREDITS)
        characters = state.facts(doc, state.CHARACTERS)
        names = list(dict.fromkeys(m.name for m in people))

        # Fictional characters are not people: drop persons named only as characters.
        char_words = {w for c in characters if c.character for w in fold(c.character).split()}
        # capitalised words of descriptions too ("plays the famed reporter Kevin Hollander")
        char_words |= {fold(w) for c in characters if c.description for w in _CAPITALISED.findall(c.description)}
        char_names = {fold(c.character) for c in characters if c.character}

        roles_of = self.lexicon.principal_roles
        titles = {f.film: (f.title, None) for f in ctx.films}
        reviewed = getattr(doc._, state.REVIEWED)
        if ctx.reviewed is not None and reviewed:
            titles[ctx.reviewed] = (reviewed, state.review(doc).get("year"))

        actorish_of: dict[str, bool] = {}

        def actorish(name: str) -> bool:
            if name not in actorish_of:  # asked three times a name: the KB's principals once
                actorish_of[name] = name in ctx.header_roles or name in known or _kb_tied(name)
            return actorish_of[name]

        def _kb_tied(name: str) -> bool:
            # "Buscemi" in a review of FARGO: a principal of a film of the review is no part, though
            # the KB knows no one of that one name (a lone surname matches only that very title's principals)
            return roles_of is not None and (any(roles_of(name, *t) for t in titles.values()) or
                                             _misspelt_principal(name))

        misspelt_of: dict[str, bool] = {}

        def _misspelt_principal(name: str) -> bool:
            # "Francis McDormand" in a review of FARGO: the surname of a principal of a film of the review,
            # after a misspelling of that principal's first name (asked twice a name: the KB once)
            if name not in misspelt_of:
                misspelt_of[name] = _misspelt_principal_of(name)
            return misspelt_of[name]

        def _misspelt_principal_of(name: str) -> bool:
            words = name.split()
            kb = getattr(known, "kb", None)
            if len(words) != 2 or kb is None or not any(roles_of(words[1], *t) for t in titles.values()):
                return False
            return any(_misspelt_of(name, p) for t in titles.values() for p in _principal_names(kb, *t))

        crew = {c.object for c in found if c.predicate != "actor"}
        fictional = {n for n in names if n not in ctx.header_roles and (
            fold(n) in char_names and not (n not in known and _misspelt_principal(n))
            or not actorish(n) and set(fold(n).split()) <= char_words)}
        if PERFORMERS_AS_PARTS:
            fictional -= _performers_read_as_parts(fictional, people, characters, archive_roles())
        unknown = {n for n in names if not actorish(n) and n not in crew}
        actors = {n for n in names if actorish(n)}
        actor_surnames = {n.split()[-1] for n in actors}

        places: list[set[str]] = []  # the model's places, read only when a lone bracket asks (seldom)

        def place(word: str) -> bool:
            if not places:
                places.append({e.text for e in doc.ents if e.label_ in PLACE_LABELS})
            return word in places[0]

        def surname(word: str) -> bool:
            # a performer's surname: a named performer's, or the KB's surname that is mostly no given name (not a
            # place the model tags: "Grzegorz Vale (Poland)" is a crew member's country)
            # nor a part's title or trade, nor an ordinary word the archive's critics write in lower case: "Ann Vale
            # (Nurse)" of a cast line
            return word in actor_surnames or word not in _COUNTRIES and word not in _TITLE_WORDS \
                and (low := word.lower()) not in _PLOT_NOUNS and low not in self.archive.common_words \
                and known.has_surname(word) and not known.mostly_given_name(word) and not place(word)

        # chars21: a performer a "Part (Actor)" bracket states is no part for going by the first name later
        bracketed_actors = {c.object for c in characters if c.rule in _BRACKET_ACTING} if BRACKET_PERFORMERS \
            else set()
        fictional |= _named_as_characters(ctx.text, people, unknown, actors, surname, bracketed_actors)
        # "Luke Skywalker", "Jar Jar Binks": a name the archive's critics give as a part, never as a person
        fictional |= {n for n in unknown if self.archive.is_part(n)}
        # "Tommy" in a review of TOMMY BOY, "Private Ryan", "Blair Witch": a name made of the reviewed title's
        # words is its title part or a phrase of it, unless the film tells a true story
        fictional |= _title_parts(getattr(doc._, state.REVIEWED), ctx.text, unknown)
        # names nothing vouches for: no KB, header, career or credit, only the model's span (a lone word, or words
        # that are neither a given name nor a surname anywhere), or a name shape alone
        # (not a performer the review states: "Part (Name)", "Name plays Part")
        stated = {c.object for c in characters} | {c.object for c in found
                                                    if c.predicate == "actor" and c.rule in _STATED_ACTING}
        fictional |= _unvouched(people, unknown - stated, self.lexicon.given_names, known, self.archive, ctx.text)
        # "Wichita Falls", "Palm Beach", "Fort Smith": a place's name nothing vouches for (not a person the review
        # states either)
        if PLACE_NAMES:
            fictional |= _place_names(unknown - stated, self.lexicon.given_names, self.archive, archive_roles())
        # "Lucy", "Rachel", "Robin" alone: a first name the KB also holds as some mononym's whole name is a part
        # (or a friend), unless a film of the review has a principal of that name
        if LONE_GIVEN_NAMES:
            fictional |= _lone_given_names(people, {n for n in names if " " not in n and n not in crew
                                                    and n not in ctx.header_roles and n not in stated},
                                           known, ctx.text, _kb_tied)
        # "Mark Vale is a young lawyer sent to ...": a name other archive reviews of the film give as its part
        if FILM_PARTS_DROP:
            year = state.review(doc).get("year")
            others = [f.title for f in ctx.films] if FILM_PARTS_OTHER_FILMS else []
            fictional |= _parts_told_true(ctx.text, _parts_of_films(unknown - stated, reviewed, year, others,
                                                                     film_parts()))
            if CONTRIBUTING_PARTS:
                # "Silent Bob (Dogma)", "Harry Pendel (Rush)": a part named before a film in brackets (or its
                # actor's surname read as one) is vouched for by that contribution alone; the table says it is a part
                crew_rows = [(c.object, c.predicate == "contributor" and c.rule in FILMOGRAPHY_RULES) for c in found]
                bracketed = {n for n, b in crew_rows if b} - {n for n, b in crew_rows if not b}
                bracketed = {n for n in bracketed - stated if not actorish(n) and not archive_roles().get(n)}
                if bracketed:
                    fictional |= _parts_told_true(ctx.text, _parts_of_films(
                        bracketed, reviewed, year, [f.title for f in ctx.films], film_parts()))
        # "A B (Dr C D), E F (G H), ...": a list of performers and their parts
        outside, inside = _cast_list_pairs(ctx.text, people, known, self.archive, ctx.header_roles)
        fictional = (fictional - (outside - inside)) | {n for n in inside - outside if n not in ctx.header_roles}
        # a biopic's subject the review calls real stays a person (still no actor or crew)
        real = _real_figures(ctx.text, people, fictional)
        # ... and so does the author of the book it is based on ("Based on X's memoir", X the hero), when the
        # archive's headers credit the name as a source's author: the memoirist is real (a writer among the
        # parts, "Kilgore Trout", is not; crew11, extractors/README.md)
        careers = archive_roles()
        memoirists = {c.object for c in found if c.predicate == "source_author" and c.object in fictional
                      and sum(counts := careers.get(c.object) or [0] * 5) >= CAREER_MIN_REVIEWS and counts[3] > 0}
        if LIFE_WRITERS_REAL:
            # ... and the author of one's own life written down, careers or not: "based on Hickam's
            # autobiography", "based on the diaries of Anna Leonowens" (the hero who wrote it; src19)
            memoirists |= {c.object for c in found if c.predicate == "source_author" and c.object in fictional
                           and c.rule == "credits.source" and _life_writing_near(ctx.text, c)}
        real |= memoirists
        people = [m for m in people if m.name not in fictional or m.name in real]
        ctx.people = [p for p in ctx.people if p.person not in fictional or p.person in memoirists]
        found = [c for c in found if c.object not in fictional or
                 (c.object in memoirists and c.predicate == "source_author")]
        characters = [c for c in characters if c.object not in fictional]

        # "Travis Bickle in TAXI DRIVER": a part, not an actor; "X in FILM" holds for names the KB or the
        # header knows (a surname alone: one the KB has as a surname)
        has_surname = getattr(known, "has_surname", None)
        found = [c for c in found if c.rule != "credits.name_in_film" or c.object in known
                 or c.object in ctx.header_roles
                 or (" " not in c.object and has_surname is not None and has_surname(c.object)
                     and not known.mostly_given_name(c.object))]
        if self.fallback_actors:
            cast = roles_of("", *titles[ctx.reviewed]) if roles_of is not None and ctx.reviewed in titles else ()

            def listed(person: str) -> bool:
                # a film whose cast the KB or the archive's headers list: a name not on it is compared, not cast
                return "actor" not in cast or bool(roles_of(person, *titles[ctx.reviewed]))

            found += [c for c in _fallback_actors(ctx, found, characters, known, titles, roles_of)
                      if listed(c.object)]
        # "Peckinpah portrays the west", "DePalma gives one a movie experience": a name the archive's headers
        # credit only behind the camera is acting in prose only where the review says so outright
        # ... unless the KB files the one principal of the reviewed film with that surname as a performer ("Jack
        # and Tyler (Norton and Pitt)": not the director Norton whom the archive's headers credit)
        cast = kb_cast(self.lexicon, names, *titles[ctx.reviewed]) if ctx.reviewed in titles else set()
        characters = [c for c in characters if c.object in cast or not _crew_in_prose(c, ctx.text)]
        found = [c for c in found if not (c.predicate == "actor" and c.object not in cast
                                          and _crew_in_prose(c, ctx.text))]
        found += [Fact(c.subject, "actor", c.object, c.start, c.end, c.rule, c.confidence) for c in characters]
        found = _filmographies(found)  # an actor known only by a part: "X (FILM)" is an acting credit too
        found = _actors_possessives(found, ctx.reviewed)
        # "Jim Carrey's new film": a star's film, not one he directed, when the review has him acting
        acting = {c.object for c in found if c.predicate == "actor" and c.subject == ctx.reviewed}
        found = [c for c in found if not (c.rule == "credits.new_film" and c.object in acting
                                          and not acting_director(c.object))]
        if roles_of is not None:
            found = _kb_roles_for_possessives(found, titles, roles_of, ctx.reviewed)
            # ... or where the KB files the reviewed film with the person as a performer, not its director
            found = [c for c in found if not (
                c.rule == "credits.new_film" and c.subject in titles
                and "director" not in (kb := roles_of(c.object, *titles[c.subject])) and "actor" in kb)]
        # "Steve Martin's ROXANNE", "Stephen King's CARRIE": a possessor the archive's headers seldom credit as a
        # director is the film's star or writer (role unstated) or its source's author
        found = _career_possessives(found, ctx.reviewed, archive_roles(), ctx.text)
        found = _stated_over_unstated(found)
        if roles_of is not None:
            found += _kb_principal_credits(ctx, found, titles, roles_of)
        found += _cast_lists(ctx, found)
        found += _director_pronoun_films(ctx, found)
        state.set_records(doc, state.PEOPLE, people)
        state.set_records(doc, state.CREDITS, found)
        state.set_records(doc, state.CHARACTERS, characters)
        return doc


#: Acting stated outright: a credits header, "Character (Actor)", "Actor (as Character)", "Character, played by
#: Actor", parts paired "respectively", the KB's principals, a filmography.
_STATED_ACTING = FILMOGRAPHY_RULES | {"characters.paren_actor", "characters.paren_as", "characters.paren_character",
                                      "characters.played_by", "characters.respectively",
                                      "credits.kb_principal_sentence", "credits.kb_principal_reviewed"}
_CAMEO = re.compile(r"\b(?:cameos?|appear\w*|walk-ons?|bit\s+parts?|himself|herself)\b", re.I)


#: "X plays Jeff Bridges' wife" read as the part "Jeff Bridges": a name the archive's headers credit in many reviews,
#: that the review also writes outside every span that makes it a part, stays a person (extractors/README.md,
#: "People, nineteenth pass"). False: off.
PERFORMERS_AS_PARTS = True
PERFORMER_MIN_REVIEWS = 10


def _performers_read_as_parts(fictional: set[str], people: list[Mention], characters: list[Fact],
                              careers: dict[str, list[int]]) -> set[str]:
    """The names of ``fictional`` that the archive's headers credit in PERFORMER_MIN_REVIEWS reviews or more and that
    the review names at least once outside every character fact's span (a part's name and its own mentions only
    inside the parts' lines stay parts: "Carolyn Jones (Linda Hamilton)")."""
    famous = {n for n in fictional if " " in n and sum(careers.get(n) or ()) >= PERFORMER_MIN_REVIEWS}
    if not famous:
        return set()
    spans = SpanIndex((c.start, c.end) for c in characters)
    return {m.name for m in people if m.name in famous and not spans.overlaps(m.start, m.end)}


def _crew_in_prose(c: Fact, text: str) -> bool:
    """An acting credit or part found in the prose alone for someone whose career in the archive's headers
    has no acting ("Peckinpah portrays the west", "Loach's keen eye", "filmmaker X agreed to document").
    1,197-page sample: 23 such credits of directors, a cinematographer, a novelist and a festival founder, 22
    wrong, the doubtful one a documentary maker on screen; "cameos by the real Thompson" is kept by the words
    around (gold sets: 4 of 4 wrong)."""
    return not c.rule.startswith(("header", "run_in_header")) and c.rule not in _STATED_ACTING and \
        crew_career(c.object) and not _CAMEO.search(text, max(0, c.start - 40), c.end + 60)


_CREW = {"director", "screenwriter", "producer", "composer", "cinematographer", "editor", "source_author"}
_CAPITALISED = re.compile(r"\b[A-Z][\w'\-]+")
#: "as (the famed reporter) NAME", "plays NAME", "her character, NAME": a part, not a person; "such as",
#: "as well as", "as directed by" are not such cues.
_PART_CUE = gated(r"(?:(?:(?<!such )(?<!well )\bas|\bplays|\bplaying|\bnamed|\bcalled)"
                       r"(?:\s+(?:the|a|an|his|her|their))?(?:\s+(?!by\b|after\b)[a-z][\w-]*){0,3}"
                       r"|\bcharacters?,?"
                       # "the character of NAME", "the role of NAME" (archive: 1,862 hits with "part of", whose
                       # names are mostly places, 1,676 pages; 20 read without it, all parts)
                       r"|\b(?:character|role)\s+of(?:\s+the)?"
                       # "did a better Bruce Wayne": a part one actor plays better than another
                       r"|\b(?:does|did|do|makes?|made)\s+an?\s+(?:much\s+)?(?:better|worse|fine|good|great|decent|"
                       r"convincing|credible|passable))\s+[\"'`]?$")

#: A name the review calls a real person: "the true story of NAME", "a biopic of (pianist) NAME", "based on the
#: life of NAME", "the real-life NAME", "NAME's true story", "NAME, a real-life doctor". Archive: 183 hits,
#: 169 reviews, 81 critics; 19/25 sampled name a real person (README). A review's cue alone ("based on a
#: true story") was tried and left out: its films' invented parts came back as people.
_REAL_FIGURE_BEFORE = re.compile(
    r"(?:\b(?:the\s+(?:true|real|real-life|life)\s+story\s+of|bio-?pic\s+(?:of|about|on)|biography\s+of|"
    r"based\s+on\s+the\s+(?:real\s+)?life\s+of|the\s+real[- ]life|the\s+life\s+and\s+times\s+of)"
    r"(?:\s+(?:one|the|a|an|[a-z][\w'-]*)){0,3}\s+)$",
    re.IGNORECASE,
)
_REAL_FIGURE_AFTER = re.compile(r"(?:['\u2019]s?\s+(?:true|real-life|real\s+life|life)\s+story|"
                                r",\s+(?:a|the)\s+real[- ]life)\b", re.IGNORECASE)


def _principal_names(kb, title: str, year: int | None) -> list[str]:
    """The names of the KB's principals of ``title`` (of ``year`` give or take one, when given)."""
    out = []
    for m in kb.find_titles(title, prefix=False):
        if year is not None and m.title.year is not None and abs(m.title.year - year) > 1:
            continue
        out += [p.name for pr in kb.principals(m.title.tconst) if (p := kb.person(pr.nconst)) is not None]
    return out


def _misspelt_of(name: str, known_name: str) -> bool:
    """"Francis McDormand" of "Frances McDormand": the same surname after a first name spelt a little apart."""
    a, b = fold(name).split(), fold(known_name).split()
    return len(b) == 2 and a[1] == b[1] and a[0] != b[0] and fuzz.ratio(a[0], b[0]) >= 75


_PAIR_NAME = r"[A-Z][\w.'\-]+(?:(?:[ \t]+|(?<!\.)[ \t]*\n[ \t]*)[A-Z][\w.'\-]+){1,3}"
_CAST_PAIR = re.compile(rf"({_PAIR_NAME})\s*\(({_PAIR_NAME})\)")
_CAST_LIST = re.compile(rf"{_CAST_PAIR.pattern}(?:,\s*(?:and\s+)?{_CAST_PAIR.pattern}){{2,}}")
#: Ranks and titles that open a part's name ("Dr Ray Holt", "Sheriff Bo Lane"), not a performer's.
_PART_TITLE = re.compile(r"(?:Dr|Doctor|Mayor|Sheriff|Deputy|Captain|Capt|Agent|Inspector|Officer|Detective|"
                         r"Professor|Prof|Sergeant|Sgt|Lieutenant|Lt|Colonel|Col|General|Major|Judge|Father|Sister|"
                         r"Brother|Chief|Commander|Admiral|Private|Nurse|Reverend|Rev|King|Queen|Prince|Princess|"
                         r"Lord|Lady|Count|Baron|Uncle|Aunt)\b\.?")


def _cast_list_pairs(text: str, people: list[Mention], known: Container[str], archive: ArchiveLexicon,
                     header: Container[str] = ()) -> tuple[set[str], set[str]]:
    """People named in lists of three or more "Name (Name)" pairs, as (performers, parts). Such lists write
    the performer first ("Tom Hanks (Paul Edgecomb), David Morse (Brutus Howell), ..."): 163 of the 179 lists
    in 6,000 archive reviews (29 critics) whose pairs the KB tells apart. The whole list is read one way,
    by the KB's votes, ranks opening a name ("Dr X", "Sheriff Y") and the archive's parts; a tie reads the
    performer first. Names the KB knows on the wrong side (a part named like an actor) then no longer turn
    the performer into a part. A name on both sides of two lists is left to the other rules."""
    if text.count("), ") < 2:
        return set(), set()
    starts = SpanIndex()
    for m in people:
        starts.add(m.start, m.end, m.name)
    outside: set[str] = set()
    inside: set[str] = set()
    for lst in _CAST_LIST.finditer(text):
        pairs = list(_CAST_PAIR.finditer(text, lst.start(), lst.end()))
        vote = 0
        for p in pairs:
            a, b = " ".join(p[1].split()), " ".join(p[2].split())
            vote += (a in known or a in header) - (b in known or b in header)
            vote += bool(_PART_TITLE.match(b)) - bool(_PART_TITLE.match(a))
            vote += archive.is_part(b) - archive.is_part(a)
        if vote < 0:
            continue  # "Charlie Chan (Warner Oland), ...": parts first; the other rules read these
        for p in pairs:
            outside |= {n for _, _, n in starts.overlapping(*p.span(1))}
            inside |= {n for _, _, n in starts.overlapping(*p.span(2))}
    return outside, inside


#: The model's one-word names (people.ner alone) that no KB, header, credit or career vouches for: mostly parts,
#: places and groups; a lone surname stays when the one full name of the archive's credits it stands for has a
#: career (3+ reviews: "Spielberg", "Welles"). False: off.
LONE_UNVOUCHED = True
#: The model's full names whose first word is no given name and whose last word is no surname of the KB or the
#: archive's headers ("Iwo Jima", "Popul Vuh", "Santa Cruz Sentinel"). False: off.
UNVOUCHED_FULL_NAMES = True
#: Name shapes alone (people.name_shape: a given name and a surname word) that the KB and the archive's credits do
#: not know ("German Army", "Rebel Alliance"). False: off.
UNVOUCHED_NAME_SHAPES = True
_MODEL_ONLY = frozenset({"people.ner", "people.propagated"})
_PERFORMER_BEFORE = re.compile(r"(?:\b(?:played|portrayed|voiced)\s+by|\bstarring|\bactor|\bactress)[ \t]+\n?[ \t]*$",
                               re.IGNORECASE)


_LOWER_TAIL = re.compile(r"-[a-z]+$")


def _before_tail(word: str) -> str:
    """"Ren-ying" -> "Ren": the surname test reads a name grown over a hyphened syllable (people.HYPHEN_TAILS) as
    the model's cut name was read; "Sun-Times" stays whole."""
    return _LOWER_TAIL.sub("", word) if people_rules.HYPHEN_TAILS and "-" in word else word


def _unvouched(people: list[Mention], unknown: set[str], given: Container[str], known,
               archive: ArchiveLexicon, text: str = "") -> set[str]:
    """Persons of ``unknown`` (no KB, header or crew credit) found by the model or a name shape alone, whose name
    nothing else vouches for, nor a performer's cue before it ("played by X", "actor X"; extractors/README.md,
    "People, fourteenth pass")."""
    if not unknown or not (LONE_UNVOUCHED or UNVOUCHED_FULL_NAMES or UNVOUCHED_NAME_SHAPES):
        return set()
    rules: dict[str, set[str]] = defaultdict(set)
    for m in people:
        if m.name in unknown:
            rules[m.name].add(m.rule)
    careers = archive_roles()
    out: set[str] = set()
    for name, found_by in rules.items():
        words = name.split()
        shape = not found_by <= _MODEL_ONLY
        if shape and (len(words) == 1 or not found_by <= _MODEL_ONLY | {"people.name_shape"}):
            continue  # the KB's, a career's, a shared surname's, a source's author: vouched for
        if sum(careers.get(name) or ()) > 0:
            continue
        if len(words) == 1:
            if LONE_UNVOUCHED and sum(careers_by_surname(careers).get(name) or ()) < CAREER_MIN_REVIEWS:
                out.add(name)
        elif not (UNVOUCHED_NAME_SHAPES if shape else UNVOUCHED_FULL_NAMES) or \
                (last := _before_tail(words[-1])) in archive.surnames or known.has_surname(last):
            continue  # "Basil Rathbone", "Bill Clinton": a surname of the KB or the archive's headers vouches
        elif shape or fold(words[0]) not in given and words[0] not in archive.given_names:
            out.add(name)
    if out:  # the performer's cue, read only for the few names dropped
        out -= {m.name for m in people
                if m.name in out and _PERFORMER_BEFORE.search(text, max(0, m.start - 24), m.start)}
    return out


#: Names of places the model reads as people: a last word that ends places' names ("Wichita Falls", "Montego Bay",
#: "Palm Beach") after a first word that is no given name of the KB or the archive's headers, or a first word that
#: opens them ("Fort Smith", "Santa Barbara", "Cape Breton"), in a name that no KB entry, header, crew credit,
#: archive career or stated part vouches for (extractors/README.md, "People, nineteenth pass"). False: off.
PLACE_NAMES = True
_PLACE_LAST = frozenset("Falls Hills Beach Bay Park Desert Mountain Marsh Lake Harbour Cove Heights Peninsula "
                        "Bayou Plains Swamp Rapids Glen Grove Forest".split())
_PLACE_FIRST = frozenset("Fort Santa San Mount Port Cape Lake Palm Long".split())


def _place_names(unknown: set[str], given: Container[str], archive: ArchiveLexicon,
                 careers: dict[str, list[int]]) -> set[str]:
    """The names of ``unknown`` (no KB, header or crew credit; no stated part) shaped as places' names that no
    archive career (``careers``: the headers' credits by name) vouches for."""
    out = set()
    for name in unknown:
        words = name.split()
        if len(words) < 2 or sum(careers.get(name) or ()) > 0:
            continue
        if words[0] in _PLACE_FIRST or words[-1] in _PLACE_LAST and fold(words[0]) not in given \
                and words[0] not in archive.given_names:
            out.add(name)
    return out


#: The model's one-word names that the KB holds as a whole name but mostly as a first name ("Lucy", "Rachel",
#: "Robin": an IMDb mononym each): with no header, crew credit, stated part or principal of a film of the review
#: behind them, they are parts (extractors/README.md, "People, eighteenth pass"). False: off.
LONE_GIVEN_NAMES = True
#: ... as a first name at least this many times in the KB, and more than twice as often as a surname.
LONE_GIVEN_MIN = 5


def _lone_given_names(people: list[Mention], candidates: set[str], known, text: str,
                      tied: Callable[[str], bool] = lambda name: False) -> set[str]:
    """The ``candidates`` (one word, no header, crew credit or stated part) found by the model alone that the KB
    holds as a whole name but mostly as a first name, and that no principal of a film of the review bears
    (``tied``); not right after a performer's cue ("played by Lucy")."""
    kb = getattr(known, "kb", None)
    if not LONE_GIVEN_NAMES or not candidates or kb is None:
        return set()
    rules: dict[str, set[str]] = defaultdict(set)
    for m in people:
        if m.name in candidates:
            rules[m.name].add(m.rule)
    out = {n for n, found_by in rules.items() if found_by <= _MODEL_ONLY
           and (g := kb.count_given_name(n)) >= LONE_GIVEN_MIN and g > 2 * len(kb.people_with_surname(n))
           and n in known and not tied(n)}
    if out:
        out -= {m.name for m in people
                if m.name in out and _PERFORMER_BEFORE.search(text, max(0, m.start - 24), m.start)}
    return out


#: Drop a name the archive's other reviews of the reviewed film give as one of its parts (training/film_parts.py).
FILM_PARTS_DROP = True
#: ... and of the other films the review names (any year of the title).
FILM_PARTS_OTHER_FILMS = True
#: ... and a name whose only credits are filmography contributions ("Silent Bob (Dogma)", "Doug Remer (Parker)" of a
#: cast list's "Part (Actor)" with the surname read as a film), which no header credits (issue 10, src18;
#: extractors/README.md, "Source author and contributor, eighteenth pass"). False: off.
CONTRIBUTING_PARTS = True


def _parts_of_films(candidates: set[str], reviewed: str | None, year: int | None, others: list[str],
                    table: dict[str, dict[str, list[str]]]) -> set[str]:
    """The candidates (names no KB, header, career or stated part vouches for) that the archive's reviews of the
    reviewed film, or of another film the review names, give as a part: a plot summary's "Mark Vale" where no
    "Part (Actor)" says so here. The reviewed film's parts of its own year where the table has that year (a remake's
    cast differs), else of every year; another film's of every year."""
    if not table or not (two_words := {n for n in candidates if " " in n}):
        return set()
    parts: set[str] = set()
    for title, yr in [(reviewed, year)] + [(t, None) for t in others]:
        if not title or not (years := table.get(film_key(title))):
            continue
        if yr is not None and str(yr) in years:
            parts.update(years[str(yr)])
        else:
            parts.update(p for ps in years.values() for p in ps)
    if not parts:
        return set()
    folded = {fold(p) for p in parts}
    return {n for n in two_words if fold(n) in folded}


def _parts_told_true(text: str, names: set[str]) -> set[str]:
    """No part is dropped from a review that calls its film a true story or a biopic: its parts are real people."""
    return set() if not names or _TRUE_STORY.search(text) else names


def _real_figures(text: str, people: list[Mention], fictional: set[str]) -> set[str]:
    """Names the part rules would drop that the review itself calls real: a biopic's subject is a
    person of the review, though no actor or crew of it."""
    out: set[str] = set()
    for m in people:
        if m.name not in fictional or m.name in out:
            continue
        # the cue words first: a regex anchored at the window's end is tried from every position in it
        s = max(0, m.start - 80)
        before = any(k in text[s : m.start].lower() for k in _REAL_FIGURE_WORDS) and \
            _REAL_FIGURE_BEFORE.search(text, s, m.start)
        if before or _REAL_FIGURE_AFTER.match(text, m.end):
            out.add(m.name)
    return out


_REAL_FIGURE_WORDS = ("story", "pic", "biograph", "life", "times")


_BEFORE_PERFORMER = re.compile(r"(?:,?\s+(?:aka|a\.k\.a\.)\s+[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*)?)?"
                               r"\s*\((?:played by\s+)?")
_CLAUSE_AFTER = re.compile(r"\s+(?!(?:in|and|with|who|whose|from|for|is|was|opposite|to|at|on|of)\b)[a-z]")


#: The review says its film tells a true story (then a name in the title is its real subject).
_TRUE_STORY = re.compile(
    r"\b(?:based\s+(?:up)?on\s+(?:a|the)\s+(?:true|real|real-life)\s+(?:story|events)|based\s+on\s+(?:a\s+|the\s+)?true\s+"
    r"stor(?:y|ies)|(?:is|was|'s)\s+a\s+true\s+story|true-life\s+story|the\s+true\s+story\s+of|biopic|bio-pic|"
    r"biograph(?:y|ical)|documentary|based\s+on\s+the\s+(?:life|lives)\s+of)\b",
    re.IGNORECASE,
)


def _title_parts(title: str | None, text: str, candidates: set[str]) -> set[str]:
    """Names (unknown to the KB and the header, no crew credit) whose every word is a word of the
    reviewed film's title: its title character ("Tommy", "Austin", "Michael Myers") or a piece of it
    ("Private Ryan", "Blair Witch"). Archive: 20 in 1,000 reviews, 17 of them no person of the review;
    the three real ones are the subjects of biopics and documentaries, which the review says."""
    if not title or not candidates:
        return set()
    words = set(re.findall(r"[\w'\-]+", title))
    hits = {n for n in candidates if set(n.split()) <= words}
    return hits if hits and not _TRUE_STORY.search(text) else set()


#: "Joe Vale (McGuire)": a lone word in brackets right after a name, a surname and mostly no given name in the KB, is
#: the performer's surname, so the name before it is a part (extractors/README.md, "People, thirteenth pass").
#: False: off.
BRACKETED_SURNAMES = True
#: Countries a crew list puts in brackets after a name ("Ann Vale (Poland)"): no performer's surname.
_COUNTRIES = frozenset("""Afghanistan Albania Algeria Argentina Armenia Australia Austria Belgium Bolivia Bosnia Brazil
Britain Bulgaria Cambodia Canada Chile China Colombia Croatia Cuba Czechoslovakia Denmark Egypt England Estonia Ethiopia
Finland France Georgia Germany Ghana Greece Holland Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy
Jamaica Japan Jordan Kazakhstan Kenya Korea Latvia Lebanon Lithuania Macedonia Malaysia Mali Mexico Mongolia Morocco
Nepal Netherlands Nigeria Norway Pakistan Palestine Peru Philippines Poland Portugal Romania Russia Scotland Senegal
Serbia Slovakia Slovenia Spain Sweden Switzerland Syria Taiwan Thailand Tibet Tunisia Turkey Ukraine Uruguay Venezuela
Vietnam Wales Yugoslavia Zimbabwe""".split())
_LONE_BRACKET = re.compile(r"[ \t]*\((?P<w>[A-Z][\w'\u2019\-]+)\)")
#: "Detective McBain", "Dr. Grace Vale", "Sgt. Zim", "Uncle Danny": a rank or title before a name neither the KB nor
#: the header knows makes it a part (not "General", "King", "Senator", "Sir", "Father", "Reverend": real figures' too;
#: not "Mr", "Ms": some critics' way with actors and real people; "Mrs" is mostly a part's). False: off.
#: (extractors/README.md, "People, thirteenth pass")
TITLED_PARTS = True
_TITLE_WORDS = frozenset("""Dr Doctor Mayor Sheriff Deputy Captain Capt Agent Inspector Officer Detective Det Professor
Prof Sergeant Sgt Lieutenant Lt Colonel Col Major Judge Chief Commander Corporal Cpl Private Pvt Nurse
Uncle Aunt Frau Herr Lord Lady Count Countess Baron Baroness Miss Mister Mrs""".split())
_TITLED_PART = re.compile(r"(?<![\w.])(?:" + "|".join(sorted(_TITLE_WORDS)) + r")\.?[ \t]+(?:\n[ \t]*)?$")


#: "his wife Connie", "killer Carl Vale", "Ed's brother Ray": a relation or a plot's trade (not a film trade, a writer,
#: a singer, a model: real people's too) right before a name neither the KB nor the header knows makes it a part,
#: unless a known performer owns the relation ("Gerard Depardieu's son Guillaume"). False: off.
RELATED_PARTS = True
_PLOT_NOUNS = (RELATIONS - {"twin", "sons", "daughters", "brothers", "sisters", "friends", "parents", "children",
                             "partner", "assistant", "boss", "mentor", "protege", "rival", "teacher", "tutor"}) | {
    "scientist", "detective", "cop", "policeman", "policewoman", "attorney", "nurse", "bartender", "waitress",
    "waiter", "hooker", "prostitute", "killer", "assassin", "gangster", "mobster", "thief", "hitman", "villain", "hero",
    "heroine", "protagonist", "warlord", "cowboy", "priest", "nun", "soldier", "pilot", "spy", "promoter",
    "psychiatrist", "housekeeper", "geologist", "archaeologist", "astronaut", "cabbie", "mercenary", "gunslinger",
    "convict", "inmate", "hitchhiker", "stripper", "landlady", "landlord", "schoolteacher", "heiress", "tycoon",
    "kingpin", "henchman", "thug", "farmer", "rancher", "outlaw", "orphan", "teenager", "gunfighter", "physicist",
    "surgeon", "psychologist", "physician"}
_CRITICS_OWN = re.compile(r"\b(?:[Mm]y|[Oo]ur)[ \t]+(?:[a-z][\w\-]*[ \t]+)?[a-z][\w\-]*[ \t]+(?:\n[ \t]*)?$")
_PLOT_NOUN_BEFORE = re.compile(r"(?:(?P<o>[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,2})['\u2019]s?[ \t]+"
                               r"(?:[a-z][\w\-]*[ \t]+){0,2})?(?<![\w\-])(?:" +
                               "|".join(sorted(_PLOT_NOUNS, key=len, reverse=True)) + r")[ \t]+(?:\n[ \t]*)?$")


#: chars21: a full name the characters stage reads as the performer of a "Part (Actor)" bracket ("Cora Smith (Lana
#: Turner)") stays a person though the review later calls her by the first name alone ("Lana is sizzling"); before, the
#: first-name test below dropped her and her row (extractors/README.md, "Characters, twenty-first pass"). False: off.
BRACKET_PERFORMERS = True
_BRACKET_ACTING = frozenset({"characters.paren_actor", "characters.paren_as", "characters.played_by"})


def _named_as_characters(text: str, people: list[Mention], candidates: set[str], actors: set[str],
                         surname: Callable[[str], bool] = lambda word: False,
                         performers: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """Names the text gives as parts: after a part cue ("as NAME", "plays NAME"), before a
    performer in brackets ("NAME (Actor)", the actor a name the KB or the header knows), or
    called by the first name and never by the surname (people go by surname in a review,
    characters by first name; not ``performers``, whom a bracket states as the actor of a part).
    Only ``candidates`` (unknown to KB and header, no crew credit)."""
    out: set[str] = set()
    starts = {m.start: m.name for m in people}
    ends = {m.end: m.name for m in people}
    first_only: dict[str, bool] = {}
    for m in people:
        if m.name not in candidates:
            continue
        cue = _PART_CUE.search(text, max(0, m.start - 60), m.start)
        # "as NAME narrates" is the conjunction, "as NAME, a ..." the part
        if cue and not (cue[0].split()[0] == "as" and len(cue[0].split()) == 1 and _CLAUSE_AFTER.match(text, m.end)):
            out.add(m.name)
        # "NAME (Actor)", "NAME, aka Alias (Actor)"
        bracket = _BEFORE_PERFORMER.match(text, m.end, m.end + 60)
        actor = starts.get(bracket.end()) if bracket else None
        if actor in actors and not set(actor.split()) & set(m.name.split()):  # not "Pamela Lee (Pamela Anderson)"
            out.add(m.name)
        # "Kristy (Schuyler Fisk)": a lone name before a full name in brackets is a part, even where neither
        # KB nor header knows the performer (6 in 600 archive reviews beyond the known performers, 6/6 parts)
        elif actor is not None and " " not in m.name and len(actor.split()) >= 2 and m.name not in actor.split():
            out.add(m.name)
        elif BRACKETED_SURNAMES and actor is None and (lone := _LONE_BRACKET.match(text, m.end)) and \
                lone["w"] not in m.name.split() and surname(lone["w"]):
            out.add(m.name)
        if (RELATED_PARTS or TITLED_PARTS) and m.name not in out:
            # the word before the name (or the name's own first word, "Dr. Vale" as spaCy took it) gates both
            before = text[max(0, m.start - 20) : m.start].split()
            word = before[-1] if before else ""
            # "my friend X", "our nurse X": the critic's own people are real
            if RELATED_PARTS and word in _PLOT_NOUNS and (rel := _PLOT_NOUN_BEFORE.search(
                    text, max(0, m.start - 80), m.start)) and " ".join((rel["o"] or "").split()) not in actors \
                    and not _CRITICS_OWN.search(text, max(0, m.start - 40), m.start):
                out.add(m.name)
            # "Miss Kent", "Mister Vale" of an actress or actor the review names in full: the critic's courtesy,
            # so only the full name (or a lone word) after the title
            elif TITLED_PARTS and (" ".join(text[m.start : m.end].split()) == m.name or " " not in m.name) and (
                    word.rstrip(".") in _TITLE_WORDS and _TITLED_PART.search(text, max(0, m.start - 20),
                                                                                              m.start)
                                   or len(own := text[m.start : m.end].split()) > 1
                                   and own[0].rstrip(".") in _TITLE_WORDS):
                out.add(m.name)
        # "Jeremy Irons' NAME", "the actor's NAME": a name after a known performer's possessive is the part
        # (extractors/README.md, "People, twelfth pass")
        if POSSESSED_PARTS and m.name not in out:
            pm = _POSSESSIVE_BEFORE.search(text, max(0, m.start - 4), m.start)
            owner = ends.get(pm.start()) if pm else None
            if owner in actors and not set(owner.split()) & set(m.name.split()):
                out.add(m.name)
        # "Lady Vera Stroud:  Actor Name": a part's name as the label of its performer's line
        if m.name not in out and _labels_a_performer(text, text[m.start : m.end], starts, actors):
            out.add(m.name)
        words = m.name.split()
        if len(words) >= 2:
            form = " ".join(text[m.start : m.end].split())
            if form == words[-1]:
                first_only[m.name] = False
            elif form == words[0]:
                first_only.setdefault(m.name, True)
    return out | {n for n, v in first_only.items() if v and n not in performers}


_LABEL_COLON = re.compile(r"(?:-[a-z]+)?:[ \t]+")
#: A name right after a performer's possessive names a part ("Jeremy Irons' Charles Smithson"). False: off.
POSSESSED_PARTS = True
_POSSESSIVE_BEFORE = re.compile(r"['\u2019]s?[ \t]+\n?[ \t]*$")


def _labels_a_performer(text: str, form: str, starts: dict[int, str], actors: set[str]) -> bool:
    """Is ``form`` written somewhere as "form:  Performer" (the "Part: Actor" columns of a cast list), the
    performer a name the KB or the header knows? Archive: extractors/README.md, seventh pass."""
    if " " not in form:
        return False
    i = text.find(form + ":")
    if i < 0 and "-" in text:
        i = text.find(form + "-")
    while i >= 0:
        colon = _LABEL_COLON.match(text, i + len(form))
        if colon and starts.get(colon.end()) in actors:
            return True
        i = text.find(form, i + 1)
    return False


#: A memoirist the film-parts table files as the film's hero stays a person where a source credit's cue names
#: one's own life written down (src19: extractors/README.md, nineteenth pass)
LIFE_WRITERS_REAL = True
_LIFE_NOUN = re.compile(rf"\b(?-i:{people_rules.LIFE_NOUNS})\b")


def _life_writing_near(text: str, c: Fact) -> bool:
    """The source credit's evidence (its cue to the name) and the few words after it name an autobiography,
    diaries, journals or a memoir: "based on the autobiography of X", "based on X's tell-all memoir"."""
    return _LIFE_NOUN.search(text, max(0, c.start), min(len(text), c.end + 30)) is not None


#: "X's FILM" and "the X film FILM": a film named beside its person, no craft stated (a director credit until the
#: KB, the review's acting or the archive's careers say otherwise)
#: ... and "a film by X, FILM" (ties13): a maker named with the film, the role left to the KB and the careers
_NAMED_FILM_RULES = frozenset({"credits.possessive_film", "credits.name_film", "credits.film_by"})


def _actors_possessives(found: list[Fact], reviewed: str | None) -> list[Fact]:
    """"Judd's last picture, DOUBLE JEOPARDY" in a review where Judd acts and has no crew credit: a star's film
    is one she acted in (archive: 39 "X's FILM" credits in 300 reviews, 5 of the 10 wrong were actors so named)."""
    actors = {c.object for c in found if c.predicate == "actor" and c.subject == reviewed}
    crew = {c.object for c in found if c.predicate in _CREW and c.rule != "credits.possessive_film"}
    out = []
    for c in found:
        if c.rule == "credits.name_film" and c.subject == reviewed:
            continue  # "a remake of the X classic FILM, REVIEWED is ...": a list run on into the reviewed film
        if c.rule in _NAMED_FILM_RULES and c.predicate == "director" and c.subject != reviewed and \
                c.object in actors and c.object not in crew and not acting_director(c.object):
            # ... not an acting director's ("Woody Allen's ANNIE HALL" in a review with Allen acting: his direction
            # when the archive's headers credit him with directing at least as often as with acting; crew14)
            c = Fact(c.subject, "actor", c.object, c.start, c.end, "credits.possessive_film_actor",
                     confidence("credits.possessive_film_actor"))
        out.append(c)
    return out


def _kb_roles_for_possessives(found: list[Fact], titles: dict[str, tuple[str, int | None]],
                              roles_of: PrincipalRoles, reviewed: str | None = None) -> list[Fact]:
    """"X's FILM" names no craft: where the KB's principals know the pair, their role wins."""
    crew = {c.object for c in found if c.predicate in _CREW}
    sources = {(c.subject, c.object) for c in found if c.predicate == "source_author"}
    out = []
    for c in found:
        if (c.rule in _NAMED_FILM_RULES or c.rule == "credits.name_in_film" or
                c.rule == "credits.who_made" and c.predicate == "contributor") and c.subject in titles:
            kb = roles_of(c.object, *titles[c.subject])
            # a director may be filed as a performer: "actor" counts only beside another director
            role = "director" if "director" in kb else "source_author" if "source_author" in kb else \
                "screenwriter" if "screenwriter" in kb else \
                "actor" if "actor" in kb and "director" in roles_of("", *titles[c.subject]) else None
            if role == "screenwriter" and c.rule in _NAMED_FILM_RULES and c.predicate == "director" and \
                    c.subject != reviewed and (c.subject, c.object) not in sources:
                # "Williamson's FILM" of the film's writer names no craft: the archive's careers decide, as for
                # a possessive the KB does not know (a writer's is a contribution, gold sets 1 of 1; "Spike Lee's
                # FILM" where the KB subset lacks his directing row stays his; ninth pass, extractors/README.md);
                # "Grisham's FILM" of his own story keeps the KB's script
                role = None
            # a novelist who co-wrote the script is the header's writer; the text that names his book keeps him
            # its author
            if role == "screenwriter" and c.predicate == "source_author":
                role = None
            if role and role != c.predicate:
                c = Fact(c.subject, role, c.object, c.start, c.end, "credits.possessive_film_kb",
                         confidence("credits.possessive_film_kb"))
        elif c.rule == "credits.of_film" and c.predicate == "contributor" and c.object not in crew and \
                c.subject in titles and roles_of(c.object, *titles[c.subject]) == {"actor"}:
            # "Robert Carlyle of THE FULL MONTY": a cast member where the KB files the pair as acting alone (ties13)
            c = Fact(c.subject, "actor", c.object, c.start, c.end, c.rule, c.confidence)
        elif c.rule == "credits.film_possessor" and c.predicate == "contributor" and (
                c.object not in crew or c.subject in titles and "actor" in roles_of(c.object, *titles[c.subject])):
            # "FARGO's Frances McDormand": mostly a cast member introduced by an earlier part (15 of the 18 of
            # the archive sample); one the review gives a crew role is a contributor ("directed by X's Y")
            c = Fact(c.subject, "actor", c.object, c.start, c.end, c.rule, c.confidence)
        out.append(c)
    return out


#: A possessor whose share of directing credits in the archive's headers is below this is no director by a
#: possessive alone (Clint Eastwood 0.55, Kenneth Branagh 0.21 stay directors; Kevin Williamson 0.16, Kevin
#: Costner 0.14, Steve Martin 0 do not).
CAREER_DIRECTOR_SHARE = 0.2
_DIRECTING_WORD = re.compile(r"\b(?:direct\w*|helm\w*|filmmak\w*)", re.I)
def career_role(counts: list[int] | None) -> str | None:
    """What "X's FILM" makes X, from the archive's header counts of X's roles: ``director`` for a director's
    career, ``source_author`` for an author's, ``contributor`` for a star's or a writer's (the possessive states
    no role), None when the archive knows too little of X."""
    if not counts or sum(counts) < CAREER_MIN_REVIEWS:
        return None
    by = dict(zip(CAREER_ROLES, counts, strict=True))
    if by["source_author"] > max(by["director"], by["actor"], by["screenwriter"]):
        return "source_author"
    if by["director"] >= CAREER_DIRECTOR_SHARE * sum(counts):
        return "director"
    return "contributor"


def _author_of_surname(careers: dict[str, list[int]], name: str) -> str:
    """"Shakespeare's FILM": the one name of the archive's careers (3+ reviews) with that surname, when its career
    is an author's (archive: 120 such surnames, "Dumas", "Stoker", "Schnitzler"; a surname two careers share, or
    a director's, answers nothing); else ""."""
    full = "" if " " in name else surname_names(careers).get(name, "")
    return full if full and career_role(careers[full]) == "source_author" else ""


def _career_possessives(found: list[Fact], reviewed: str | None, careers: dict[str, list[int]],
                        text: str = "") -> list[Fact]:
    """"X's FILM" for another film, which neither the KB nor the sentence settles: gold sets give a director
    the director credit, an actor or a screenwriter a contribution, and a novelist the source (counts in
    extractors/README.md, eighth pass); the archive's credits headers tell which X is."""
    out = []
    for c in found:
        if c.rule == "credits.name_film" and c.subject == reviewed:
            continue  # "a remake of the X classic FILM, REVIEWED is ...": a list run on into the reviewed film
        if c.rule in _NAMED_FILM_RULES and c.predicate == "director" and c.subject != reviewed and \
                not _DIRECTING_WORD.search(text, max(0, c.start - 25), c.end):
            # "Costner's directorial debut FILM", "director John Milius' FILM" say it
            counts = careers.get(c.object) or careers.get(_author_of_surname(careers, c.object))
            if " " not in c.object and (family := careers_by_surname(careers).get(c.object)):
                # "Kubrick's FILM": the full name that holds most of the surname's reviews ("Kubrick" alone heads 4
                # reviews as a writer, "Stanley Kubrick" 98, 51 as director; dir11)
                counts = family
            role = career_role(counts)
            if role is None and c.rule == "credits.name_film":
                continue  # "the James Bond film FILM": a name no header credits may be no maker at all
            if role is not None and role != "director":
                c = Fact(c.subject, role, c.object, c.start, c.end,
                         "credits.possessive_film_career" if c.rule == "credits.possessive_film" else c.rule,
                         confidence("credits.possessive_film_career"))
        elif c.rule in _NAMED_FILM_RULES and c.predicate == "director" and c.subject == reviewed and \
                not _DIRECTING_WORD.search(text, max(0, c.start - 25), c.end) and \
                career_role(careers.get(c.object)) == "source_author":
            # "John Grisham's The Rainmaker", "Mary Shelley's FRANKENSTEIN": the reviewed film under its author's
            # name is the author's book filmed (crew11: 21 archive hits of an author's career before the reviewed
            # title, 19 pages, 16 critics; 20/20 sampled name the source's author)
            c = Fact(c.subject, "source_author", c.object, c.start, c.end, "credits.possessive_film_career",
                     confidence("credits.possessive_film_career"))
        out.append(c)
    return out


#: Prose rules whose ``contributor`` credit states no role: a stated role for the same pair supersedes it.
_UNSTATED_RULES = FILMOGRAPHY_RULES | {"credits.own_films", "credits.who_made", "credits.possessive_film_career",
                                       "credits.name_film"}


def _stated_over_unstated(found: list[Fact]) -> list[Fact]:
    """"Paul Attanasio (FILM, ...)" beside "Screenplay: Paul Attanasio" for the same FILM: the review states the
    role, so the bracket's contribution is no second credit (gold sets: 1 pair of 2,900 credits has both, a
    header naming one person under two crafts; our output had 4, 2 of them wrong)."""
    stated = {(c.subject, c.object) for c in found if c.predicate != "contributor"}
    return [c for c in found if not (c.predicate == "contributor" and c.rule in _UNSTATED_RULES
                                     and (c.subject, c.object) in stated)]


def _kb_principal_credits(ctx: ReviewContext, found: list[Fact], titles: dict[str, tuple[str, int | None]],
                          roles_of: PrincipalRoles) -> list[Fact]:
    """A person and a film the KB's principals join, named in one sentence (or, for the
    reviewed film, anywhere in the review outside hedged sentences), with no credit between
    them from the text. The KB's own role is used (director, then source author, then cinematographer:
    the archive's credits headers file a novelist under "based on" and a director of photography by name);
    "actor" only for people the review gives no crew role, since a director is filed among a title's
    principals as a performer at times."""
    have = {(c.object, c.subject) for c in found}
    crew = {c.object for c in found if c.predicate in _CREW}
    out: list[Fact] = []

    # "Based on X's TITLE": where the sentence already makes X the author of one film's source, the title right
    # after X's name is the book itself, no second film of X's
    sourced = [(c.object, c.start) for c in found if c.predicate == "source_author"]

    def add(person: str, film: str, start: int, end: int, rule: str, sentence: tuple[int, int] | None = None) -> None:
        if (person, film) in have or film not in titles:
            return
        kb = roles_of(person, *titles[film])
        role = "director" if "director" in kb else "source_author" if "source_author" in kb else \
            "cinematographer" if "cinematographer" in kb else \
            "actor" if "actor" in kb and person not in crew else None
        if role == "source_author" and sentence is not None and any(
                who == person and sentence[0] <= at < sentence[1] for who, at in sourced):
            return
        if role is not None:
            have.add((person, film))
            out.append(Fact(film, role, person, start, end, rule, confidence(rule)))

    hedged_at: dict[tuple[int, int], bool] = {}  # the regex costs 30 us a sentence: once each

    def hedged(s: int, e: int) -> bool:
        if (s, e) not in hedged_at:
            hedged_at[s, e] = bool(HEDGE.search(ctx.text[s:e]))
        return hedged_at[s, e]

    for s, e in ctx.sentences:
        people = ctx.people_in(s, e)
        if not people or hedged(s, e):
            continue
        for f in ctx.films_in(s, e):
            if f.film != ctx.reviewed:
                for p in people:
                    add(p.person, f.film, min(p.start, f.start), max(p.end, f.end), "credits.kb_principal_sentence",
                        (s, e) if 0 <= f.start - p.end <= 4 else None)
    if ctx.reviewed is not None:
        first: dict[str, PersonSpan] = {}
        for p in ctx.people:
            if not hedged(*ctx.sentence_of(p.start)):  # "X was originally cast": a hedged mention gives none
                first.setdefault(p.person, p)
        for person, p in first.items():
            add(person, ctx.reviewed, p.start, p.end, "credits.kb_principal_reviewed")
    return out


#: A director's own films named after a pronoun: "his pictures (A, B, and now C)", "he moved on to direct A and B",
#: "from the man who knows how to make them (A, B)".
_OWN_FILMS_CUE = re.compile(
    r"\b(?:(?:his|her)\s+(?:own\s+)?(?:(?!(?:in|of|for|on|at|from|to|with|and|or|as|by)\s)[a-z][\w\-]*,?\s+){0,2}"
    r"(?:films?|movies?|pictures?|features?|"
    r"efforts?|outings?|credits|hits|debut|filmography|oeuvre|resume)"
    # ("he's directed": the contraction too, dir18)
    r"|(?:he|she)(?:['\u2019]s)?\s+(?:has\s+|had\s+|also\s+|previously\s+|once\s+|later\s+|then\s+|since\s+|"
    r"went\s+on\s+to\s+|moved\s+on\s+to\s+|would\s+go\s+on\s+to\s+)*(?:directed|direct|helmed|made|make|(?:gave|given|brought)\s+us)"
    # "Director X also directed such comedies as A, B": the name itself before the verb (checked where it is used)
    r"|(?P<bare>(?<=\s)(?:(?:has|had|also|previously|once|later|then|since)\s+)*(?:directed|helmed)(?!\s+by))"
    r"|(?:his|her)\s+(?:[a-z]+\s+)?(?:direction|directing)\s+(?:of|on)"
    r"|(?P<the>the\s+(?:man|woman|guy|director|filmmaker)\s+(?:who|behind|responsible)))\b", re.I)
#: Words that make a film after the cue someone else's or a comparison.
_NOT_OWN_WORDS = (r"\b(?:than|unlike|remake\s+of|version\s+of|starred|starring|acted|appeared|based|adapted|"
                  r"wrote|written|produced|scored|shot|stage|Broadway|theat(?:er|re)|opera|musical)\b")
_NOT_OWN = re.compile(_NOT_OWN_WORDS + r"|['\u2019]s\s", re.I)
#: ... with :data:`CONTRACTED_CUE`: a year's "'s" is no maker's ("his best was 1988's FILM"), and "as ADJ as" is a
#: comparison ("he's made something just as disposable as FILM") (dir18)
_NOT_OWN_18 = re.compile(_NOT_OWN_WORDS + r"|(?<!\d\d)['\u2019]s\s|\bas\s+(?!well\b)[\w\-]+\s+as\b", re.I)


#: Switch for "he's directed" and "1988's FILM" after the cue (dir18).
CONTRACTED_CUE = True
_CONTRACTED = re.compile(r"(?:he|she)['\u2019]s", re.I)
_BACK = 3  # sentences back to the pronoun's antecedent
#: Between a name and a bare "directed": "X directed", "X, who directed", "X (FILM) also directed"
_BARE_SUBJECT = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:,\s*who\s+)?")


def _in_brackets(text: str, start: int, pos: int) -> bool:
    """Is ``pos`` inside a bracket opened after ``start``?"""
    depth = 0
    for ch in text[start:pos]:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
    return depth > 0


def _films_as_x(ctx: ReviewContext, start: int, end: int) -> str:
    """``ctx.text[start:end]`` with each film inside it written as "X"."""
    out, pos = [], start
    for f in ctx.films_in(start, end):
        if f.start >= pos and f.end <= end:
            out += [ctx.text[pos : f.start], "X"]
            pos = f.end
    return "".join(out) + ctx.text[pos:end]


def _director_pronoun_films(ctx: ReviewContext, found: list[Fact]) -> list[Fact]:
    """Films named after "his films", "he directed", "the man who made" whose pronoun goes back to the
    reviewed film's director (the last person named before it, in its sentence or the one before): that
    director's films ("Director X has come a long way. Since then, he has moved on to direct A, B and C")."""
    directors = {c.object for c in found if c.predicate == "director" and c.subject == ctx.reviewed}
    have = {(c.object, c.subject) for c in found}
    out: list[Fact] = []
    for i, (s, e) in enumerate(ctx.sentences):
        films = [f for f in ctx.films_in(s, e) if f.film != ctx.reviewed]
        if not films or HEDGE.search(ctx.text, s, e):
            continue
        for m in _OWN_FILMS_CUE.finditer(ctx.text, s, e):
            if not CONTRACTED_CUE and _CONTRACTED.match(m.group(0)):
                continue
            before = ctx.people_in(ctx.sentences[max(0, i - _BACK)][0], m.start())
            if not before or m["bare"] and not _BARE_SUBJECT.fullmatch(ctx.text, before[-1].end, m.start()):
                continue
            person = before[-1].person
            # ... or of a director of other films: a name the archive's headers credit with directing above all
            # ("Sidney Lumet is one of the masters. He has given us A, B"; dir11)
            # (not "the guy who directed FILM": that guy may be someone else than the last name)
            if person not in directors and (m["the"] or not directing_career(person)):
                continue
            # "his films (A, B)": the list ends with the bracket; "his films include A (based on the novel by X),
            # B ...": a remark in brackets after a film is passed over
            bracketed = ctx.text.startswith("(", m.end()) or re.match(r"\s+\(", ctx.text[m.end() : m.end() + 3])
            listed = False
            for f in films:
                if f.start < m.end() or f.start - m.end() > 200:
                    continue
                # the films listed before this one stand as one letter: "LONG DAY'S JOURNEY" holds no possessive
                # of another maker (dir11: the list stopped at the first title with "'s ")
                between = _films_as_x(ctx, m.end(), f.start)
                if not bracketed:
                    stripped = re.sub(r"\([^()]*\)", " ", between)
                    if "(" not in stripped:
                        between = stripped
                    elif not listed:
                        bracketed = True  # "the man who knows how to make them (A, B)": the bracket is the list
                    else:
                        continue  # a film named inside a remark on an earlier one
                not_own = _NOT_OWN_18 if CONTRACTED_CUE else _NOT_OWN
                if not_own.search(between) or re.search(r"[.;:!?]", between) or ")" in between or any(
                        bracketed or not _in_brackets(ctx.text, m.end(), q.start)
                        for q in ctx.people_in(m.end(), f.start)):
                    break
                listed = True
                if (person, f.film) not in have:
                    have.add((person, f.film))
                    out.append(Fact(f.film, "director", person, m.start(), f.end, "credits.director_pronoun",
                                    confidence("credits.director_pronoun")))
            break
    return out


#: Between two names of one list: "A, B and C", "A, B, & C", "A (Part), B" (a short bracket after a name).
_NAME_LIST_SEP = re.compile(r"(?:,?\s*(?:Jr|Sr)\.?|\s+(?:II|III|IV))?\s*(?:\([^()]{0,60}\)\s*)?"
                            r"(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)")


_COMPARED = re.compile(r"\b(?:such\s+as|like|unlike|than|ranks\s+of|compared\s+(?:to|with)|the\s+likes\s+of|"
                       r"as\s+did|(?:films?|movies?|pictures?)\s+of)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$", re.I)


def _cast_lists(ctx: ReviewContext, found: list[Fact]) -> list[Fact]:
    """"A, B and C" where the review has two of them or more acting in the reviewed film (by a rule other
    than the acting-words fallback) and credits none of them with anything else: the rest of the list,
    credited nothing at all, act in it too (a list is of one kind: "including Desmond Askew, Taye Diggs, and
    Breckin Meyer"); not after a comparison ("directors such as A, B and C", "joins the ranks of A and B")."""
    if ctx.reviewed is None:
        return []
    acting = {c.object for c in found if c.predicate == "actor" and c.subject == ctx.reviewed
              and c.rule != "credits.acting_context"}
    if len(acting) < 2:
        return []
    credited = {c.object for c in found}
    other_roles = {c.object for c in found if c.predicate != "actor"}
    out: list[Fact] = []
    for s, e in ctx.sentences:
        people = ctx.people_in(s, e)
        if len(people) < 2 or any(f.film != ctx.reviewed for f in ctx.films_in(s, e)):
            continue
        runs: list[list[PersonSpan]] = [[people[0]]]
        for a, b in zip(people, people[1:], strict=False):
            if _NAME_LIST_SEP.fullmatch(ctx.text, a.end, b.start):
                runs[-1].append(b)
            else:
                runs.append([b])
        for run in runs:
            names = {p.person for p in run}
            if len(names & acting) < 2 or names & other_roles or \
                    _COMPARED.search(ctx.text, max(s, run[0].start - 40), run[0].start):
                continue
            for p in run:
                if p.person not in credited:
                    credited.add(p.person)
                    out.append(Fact(ctx.reviewed, "actor", p.person, p.start, p.end, "credits.cast_list",
                                    confidence("credits.cast_list")))
    return out


def _fallback_actors(ctx: ReviewContext, found: list[Fact], characters: list[Fact],
                     known_people: Container[str], titles: dict[str, tuple[str, int | None]] | None = None,
                     roles_of: PrincipalRoles | None = None) -> list[Fact]:
    """Actors of the reviewed film found only through acting words close to a name the KB knows.

    A name the KB files under the reviewed film with a crew role and not as a performer gets that role later
    instead (``credits.kb_principal_reviewed``: "David Fincher made the hero believable" is its director).
    The KB's silence says nothing: its principals stop at the top of the cast (800 random reviews: of the
    fallback's actors the KB does not list under a film it has, about a third act in it)."""
    if ctx.reviewed is None:
        return []
    kb_film = titles.get(ctx.reviewed) if roles_of is not None and titles else None
    has_role = {c.object for c in found}
    # names inside character descriptions ("Bateman's secretary") are characters' names
    character_words = {w for c in characters for t in (c.character, c.description) if t
                       for w in re.findall(r"[A-Z]\w+", t)}
    character_people = {p.person for p in ctx.people if p.person.split()[-1] in character_words}
    out = []
    hedged: dict[tuple[int, int], bool] = {}  # once per sentence, not once per name in it
    for p in ctx.people:
        if p.person in has_role:
            continue
        s, e = ctx.sentence_of(p.start)
        if (s, e) not in hedged:
            hedged[(s, e)] = bool(HEDGE.search(ctx.text[s:e]))
        if p.person in character_people or hedged[(s, e)] or \
                re.search(r"\bas\s+$", ctx.text[max(s, p.start - 20) : p.start]):
            continue
        # acting words close to the name, in a sentence about no other film
        near = ctx.text[max(s, p.start - 80) : min(e, p.end + 80)]
        # only for names a KB knows as people: character names sit beside acting words too
        if p.person in known_people and _ACTING.search(near) and \
                not any(f.film != ctx.reviewed for f in ctx.films_in(s, e)) and not (
                    kb_film is not None and roles_of is not None and (kb := roles_of(p.person, *kb_film)) and
                    "actor" not in kb):
            out.append(Fact(ctx.reviewed, "actor", p.person, p.start, p.end, "credits.acting_context",
                            confidence("credits.acting_context")))
            has_role.add(p.person)
    return out


__all__ = ["WEAK_TITLE"]
