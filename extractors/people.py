"""People: spaCy's PERSON entities and header names, cleaned and merged within a review.

The ``people`` component finds the mentions (rules ``people.header``, ``people.ner``,
``people.kb``, ``people.name_shape``); ``resolve_mentions`` later merges them into persons
with :func:`cluster_people` and finds the other occurrences (``people.propagated``).

"Cage" and "Nicolas Cage" in one review are one person: a short mention joins the one
full name it can belong to (surname first, then first name); an ambiguous one ("Coen"
beside Joel and Ethan Coen) is dropped rather than guessed. The critic (the review's
:class:`~filmkg.core.records.Critic` record) is never a person of the review.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field

import numpy
from rapidfuzz import fuzz
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc

from filmkg.core.normalize import fold, is_name_suffix
from filmkg.core.records import Critic, Mention
from filmkg.core.regex import gated
from filmkg.core.spans import SpanIndex
from filmkg.extractors import state
from filmkg.extractors.confidence import confidence
from filmkg.extractors.models import CAREER_MIN_REVIEWS, ArchiveLexicon, archive_lexicon, archive_roles, directs_first
from filmkg.linking.lexicon import Lexicon

#: Entity labels of places and nationalities: the packaged model's PLACE, the general model's own.
PLACE_LABELS = frozenset({"PLACE", "GPE", "LOC", "FAC", "NORP"})


#: patterns of hot calls, compiled once: re's module functions look each up in their cache at every call
_COLUMN_GAP = re.compile(r"[ \t]{3,}|\t")
_JOINED_NAMES = re.compile(r"\s*(?:&|\band\b|/)\s*")
_POSSESSIVE_CUT = re.compile(r"['\u2019]s\s|(?<=s)['\u2019]\s")
_A_LETTER = re.compile(r"[A-Za-z]")
_SYMBOL = re.compile(r"[+=<>#%]")
_INITIAL = re.compile(r"[A-Z]\.")
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w'\-]*[ \t]+$")
_NAME_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_COLON_AFTER = re.compile(r"[ \t]*:")
_POSSESSIVE_END = re.compile(r"['\u2019]s?(?:\s|$)")
_CAPITAL_WORD_BEFORE_DOT = re.compile(r"[A-Z][\w'\-.]*\s+$")
_HYPHENED_PAIR = re.compile(r"([A-Z][a-z]+)-([A-Z][a-z]+)")


@Language.factory(
    "people",
    requires=["doc.ents", "token.tag", state.attr(state.REVIEW), state.attr(state.CRITIC), state.attr(state.HEADER)],
    assigns=[state.attr(state.PEOPLE)],
    default_config={"name_shapes": True},
)
def make_people(nlp: Language, name: str, name_shapes: bool) -> People:
    return People(name_shapes)


class People:
    """Person mentions: header names, spaCy's PERSON entities, and name shapes the KB vouches for."""

    def __init__(self, name_shapes: bool = True, lexicon: Lexicon | None = None,
                 archive: ArchiveLexicon | None = None) -> None:
        self.name_shapes = name_shapes
        self.lexicon = lexicon or Lexicon()
        self.archive = archive if archive is not None else archive_lexicon()

    @state.guarded("people")
    def __call__(self, doc: Doc) -> Doc:
        text = state.text(doc)
        critic = state.critic(doc)
        header = state.mentions(doc, state.HEADER)
        known = self.lexicon.people
        found = _person_mentions(doc, header, critic, known, text, self.archive)
        found = _without_phrases(found, text, known, self.lexicon.given_names, self.archive)
        if self.name_shapes:
            places = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in PLACE_LABELS]
            found += _name_shaped(text, found, critic, known, self.lexicon.given_names, places, self.archive)
        found = _without_trailing_words(found, text, known, self.lexicon.given_names, self.archive)
        found += _source_authors(text, found, critic)
        found = _shared_surnames(text, found, critic, known)
        if NICKNAMED:
            found = _nicknamed(text, found, self.lexicon.given_names, known, self.archive)
        if HYPHEN_TAILS:
            found = _with_hyphen_tails(text, found, self.archive)
        if BARE_S:
            found = _without_bare_s(doc, text, found, known)
        if LONE_POSSESSORS:
            found += _lone_possessors(text, found, critic, known, self.archive)
        if LONE_DIRECTORS:
            found += _lone_directors(text, found, critic, known, self.archive)
        if LONE_MAKERS:
            found += _lone_makers(doc, text, found, critic, known, self.archive)
        found = [m for m in _without_critic(found, critic)
                 if not _in_signature(text, m) and not _surname_signature(text, m, critic)]
        if NAME_SUFFIXES:
            found = [_with_suffix(text, m) for m in found]
        state.set_records(doc, state.PEOPLE, found)
        return doc

#: 'Tom "Tiny" Lister', 'Nick "Stingray" Mancuso', 'Tom ("The Full Monty") Wilkinson': a nickname or a film in
#: quotes between a given name and a surname is inside the one name; a mention of either side alone grows to the
#: whole (the guideline keeps a quoted nickname in the key; a bracketed film is left out of it). The nickname found
#: as a person of its own goes (extractors/README.md, "People, eighteenth pass"). False: off.
NICKNAMED = True
_NICK_GAP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"  # one line break at most
_NICK = (r"(?P<nick>\"[^\"\n]{1,25}\"|\u201c[^\u201d\n]{1,25}\u201d"
         r"|\((?:\"[^\"\n]{1,40}\"|\u201c[^\u201d\n]{1,40}\u201d)\))")
_SURNAME_AFTER = (r"(?P<sur>(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]el|[Dd]er|[Dd]i|[Ll]a|[Ll]e)" + _NICK_GAP + "){0,2}"
                  r"(?:Mc|Mac|O')?[A-Z][a-z][\w'\u2019\-]*)(?![\w'\u2019\-])")
_NICK_THEN_SURNAME = re.compile(_NICK_GAP + _NICK + _NICK_GAP + _SURNAME_AFTER)
_GIVEN_THEN_NICK = re.compile(r"(?<![\w'\u2019.\-])(?P<given>[A-Z][a-z]+)" + _NICK_GAP + _NICK + _NICK_GAP + r"$")


def _nicknamed(text: str, found: list[Mention], given: Container[str], known: Container[str],
               archive: ArchiveLexicon) -> list[Mention]:
    """``found`` with a given name or a surname on either side of a quoted nickname grown to the whole name, where
    the header names the person or the KB knows the name without the nickname (a part's nickname, 'Jeff "The Dude"
    Lebowski', is left to the part rules)."""
    if '"' not in text and "\u201c" not in text:
        return found
    grown: list[Mention] = []
    plain = {fold(m.name): m.name for m in found if " " in m.name}
    for m in found:
        if " " not in m.name and (nx := _NICK_THEN_SURNAME.match(text, m.end)) \
                and (fold(m.name) in given or m.name in archive.given_names):
            g, end = m.name, nx.end()
            nick, sur = nx["nick"], nx["sur"]
            start = m.start
        elif (" " not in m.name or m.name.split()[0].lower() in _PARTICLES) \
                and (before := _GIVEN_THEN_NICK.search(text, max(0, m.start - 60), m.start)) \
                and m.name.split()[0] == text[m.start : m.end].split()[0] \
                and (fold(before["given"]) in given or before["given"] in archive.given_names):
            g, nick, sur = before["given"], before["nick"], m.name
            start, end = before.start(), m.end
        else:
            continue
        bare = f"{g} {' '.join(sur.split())}"
        if m.rule != "people.header" and bare not in known:
            continue
        if nick.startswith("(") or len(nick.split()) > 2:
            # a film or an aside between the names: not in the key, nor in the span (the film is a mention of its own)
            name, start, end = bare, m.start, m.end
        else:
            # the key is the name without the nickname where the review gives it so too or the KB knows it (a critic's
            # joke, 'John "More Bullets" Woo', is no name; the span keeps the nickname as a variant), else the whole
            name = plain.get(fold(bare)) or (bare if bare in known else
                                             f"{g} \"{' '.join(nick[1:-1].split())}\" {' '.join(sur.split())}")
        grown.append(Mention("person", name, start, end, m.rule, m.confidence))
    if not grown:
        return found
    # of two grown over one name (one from each side): the header's (its credit hangs on it), else the longer
    grown.sort(key=lambda g: (g.start, g.rule != "people.header", -g.end))
    spans: list[tuple[int, int]] = []
    wider: list[Mention] = []
    for g in grown:
        if not any(s < g.end and g.start < e for s, e in spans):
            spans.append((g.start, g.end))
            wider.append(g)
    return [m for m in found if not any(s < m.end and m.start < e for s, e in spans)] + wider


#: "Chow Yun-fatt", "Wong Kar-wai", "Hou Hsiao-hsien": a short name word before a hyphen and a lower-case syllable
#: that is no word of the archive's critics is one given name; the model stops at the hyphen
#: (extractors/README.md, "People, eighteenth pass"). False: off.
HYPHEN_TAILS = True
_HYPHEN_TAIL = re.compile(r"-(?P<t>[a-z]{2,5})(?![\w\-])")
#: word-forming endings a critic hyphens to a name ("Wilde-ian", "Python-esque")
_NOT_TAILS = frozenset("ian ish ese esque lite san kun sama ite ites ism isms ist ists ness phile ize ized fied"
                       .split())


def _with_hyphen_tails(text: str, found: list[Mention], archive: ArchiveLexicon) -> list[Mention]:
    """``found`` with a name cut before a hyphened syllable of it grown to the whole name."""
    out: list[Mention] = []
    for m in found:
        if text.startswith("-", m.end) and len(last := m.name.split()[-1]) <= 5 and last[:1].isupper() \
                and (t := _HYPHEN_TAIL.match(text, m.end)) and t["t"] not in _NOT_TAILS \
                and t["t"] not in archive.common_words:
            m = Mention(m.kind, f"{m.name}-{t['t']}", m.start, t.end(), m.rule, m.confidence)
        out.append(m)
    return out


BARE_S = True
#: "Stanley Kubricks last film", "today's John Waynes and Clark Gables": a full name with a possessive or plural "s"
#: and no apostrophe is the name without it, when the archive's headers credit that name in this many reviews or more
#: and neither the headers nor the KB know the form with the "s" (archive: 136 such hits on 119 pages, 74 critics;
#: extractors/README.md, "People, twentieth pass")
BARE_S_MIN = 3
#: ... but not before a verb: "Sally Fields is ..." is a misspelt name, which the guideline keys as spelt
_VERB_OR_MODAL = ("VB", "MD")


def _without_bare_s(doc: Doc, text: str, found: list[Mention], known: Container[str]) -> list[Mention]:
    """``found`` with a full name ending in a bare possessive or plural "s" cut to the name the headers know."""
    careers = archive_roles()
    out: list[Mention] = []
    for m in found:
        name = m.name
        if name.endswith("s") and " " in name and text.startswith("s", m.end - 1) and name not in careers \
                and sum(careers.get(name[:-1]) or ()) >= BARE_S_MIN and name not in known \
                and not _verb_after(doc, m.end):
            m = Mention(m.kind, name[:-1], m.start, m.end - 1, m.rule, m.confidence)
        out.append(m)
    return out


def _verb_after(doc: Doc, end: int) -> bool:
    """Is the token after character ``end`` a verb or a modal (the name its subject)?"""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    while nxt.is_space and nxt.i + 1 < len(doc):
        nxt = doc[nxt.i + 1]
    return nxt.tag_.startswith(_VERB_OR_MODAL)


#: "Ed Begley, Jr.", "Robert Downey Jr", "Davis Love III": the generational suffix after a full name is part of it
#: (spaCy stops before it; the KB and the guideline's keys keep it). Archive: 1,557 "Name Name(,) Jr." hits, 363 with
#: the comma (extractors/README.md, "People, twelfth pass").
NAME_SUFFIXES = True
_SUFFIX_WORDS = ("Jr", "Sr", "II", "III", "IV")
_SUFFIX_ALTERNATIVES = "|".join(w + r"\.?" if w.endswith("r") else w for w in _SUFFIX_WORDS)  # "Jr" may take a stop
_NAME_SUFFIX = re.compile(rf",?[ \t]+(?P<s>{_SUFFIX_ALTERNATIVES})(?![\w'\u2019])")


def _with_suffix(text: str, m: Mention) -> Mention:
    words = m.name.split()
    if len(words) < 2 or is_name_suffix(words[-1]):
        return m
    sm = _NAME_SUFFIX.match(text, m.end)
    if sm is None:
        return m
    suffix = sm["s"] if sm["s"][-1] != "r" else sm["s"] + "."
    return Mention(m.kind, f"{m.name} {suffix}", m.start, sm.end(), m.rule, m.confidence, m.year)


_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Rev|Saint|St)\.?\s+")
#: Kinship words before a name make it a part ("Aunt Nora", "Uncle Owen", "Grandpa Lou"): 601 archive hits,
#: 127 critics, 20/20 sampled are characters or nicknames.
_KIN_PREFIX = re.compile(r"^(?:Aunt|Auntie|Uncle|Grandma|Grandpa|Granny|Cousin)\s")
#: A nationality before a job ("Soviet Ambassador X", "Chinese actress X") goes with the job.
_NATIONALITIES = frozenset("""American British English French German Italian Spanish Russian Soviet Japanese Chinese
    Irish Scottish Australian Canadian Mexican Swedish Danish Dutch Polish Israeli Indian Iranian Korean Cuban Greek
    Czech Belgian Swiss Austrian Norwegian Finnish""".split())
#: "a dogged F.D.R.  James King": a stop and two blanks (or a blank line) end a sentence, never a name's initial.
_SENTENCE_END = re.compile(r"(?<=\.)[ \t]{2,}|(?<=\.)[ \t]*\n[ \t]*\n")
_ROLE_PREFIX = re.compile(
    r"^(?:(?:writer|director|producer|actor|actress|star|co-star|composer|editor|cinematographer|"
    r"screenwriter|novelist|author|filmmaker|helmer|comedian|singer|rapper|newcomer|veteran|"
    r"executive|mayor|deputy|detective|sheriff|captain|officer|agent|professor|judge|president|general|"
    r"colonel|sergeant|lieutenant|governor|senator|inspector|coach|doctor|nurse|ambassador|premier|chancellor|"
    r"secretary|admiral|pope|king|queen|prince|princess|emperor|chairman|attorney|minister|reverend|"
    # "Documentarian Marc Levin", "Playwright Christopher Durang" (archive: 93 hits, 43 critics)
    r"playwright|documentarian|photographer|choreographer|designer|critic|reporter|columnist|comic|comedienne|"
    r"lyricist|songwriter|cartoonist|animator|musician|poet|artist|pianist|guitarist|journalist|scribe|scripter|"
    r"auteur|lensman|cameraman|narrator|costar)[-/\s]*)+\s*",
    re.IGNORECASE,
)
_PARTICLES = {"de", "van", "von", "der", "den", "la", "le", "di", "da", "du", "del", "des", "dos", "y",
              "bin", "al", "ten", "ter", "st.", "o'", "mc", "jr.", "jr", "sr.", "iii", "ii"}
#: Words spaCy sometimes tags PERSON that never are one in a film review.
NOT_PEOPLE = frozenset(fold(w) for w in """God Jesus Christ Lord Oscar Oscars Emmy Golden Globe Academy
    Mom Dad Mommy Daddy Grandma Grandpa Santa Claus Mother Father Uncle Aunt Sis Bro Baby Honey Sir Madam
    Hollywood Broadway Disney Miramax Touchstone Paramount Universal Warner Columbia TriStar Fox Pixar
    Dreamworks Nazi Nazis Jew Jews Christian Catholic Buddha Allah Satan Devil Mr Mrs Ms Dr Rambo
    Kleenex Xerox Coke Pepsi Internet Web Usenet Netscape Windows Mac Bible Viagra Prozac""".split())
#: Last words of places, prizes and institutions, never of a person's name ("Long Island", "Tony Award");
#: surnames that are also such words (Bay, Hall, Lake, Park, Beach, Street) are left out.
NOT_SURNAMES = frozenset("""Award Awards Prize Festival Island Islands Avenue County States Kingdom University
    College Hospital Theater Theatre Center Centre Mountains Valley Scale Airport Show Cinema Cinemas""".split())
#: Last words of places, buildings and firms of a film's world ("Fenwick City", "Marlow Asylum", "Brandt Manor",
#: "Hudsucker Industries"): words that end no person's name in the KB and that no credits header of the
#: archive gives as a surname, each after a capitalised word 5 to 2,390 times in the archive (11 to 283
#: critics); 20/20 of a random sample of such runs name no person (extractors/README.md, seventh pass).
#: Surname words (Hall, Hill, Park, Lane, Castle, Church, Temple, Camp, Candy, Casino, Towers, Street) stay out.
PLACE_WORDS = frozenset("""City Asylum Manor School Village Blvd Boulevard Expressway Highway Square Bridge Palace
    Tower Mansion Prison Penitentiary Cathedral Station Hotel Motel Cafe Restaurant Diner Museum Library Academy
    Institute Stadium Mall Harbor Canyon Ocean Sea Heights Gardens Springs Creek Ranch Farm Base Industrial
    Industries Electric Motors Airlines Foods Records Books Magazine Network Channel Digital Artists Corporation
    Enterprises Systems Laboratories Road Drive""".split())
_CONTRACTION = re.compile(r"\w['\u2019](?:ll|re|ve|d|m)\b")
#: Sentence adverbs and conjunctions spaCy sometimes folds into a name ("So Leigh Ann").
_LEADING_WORD = re.compile(r"^(?:Starring|Featuring|Introducing|"
                           r"So|But|And|Then|When|If|As|Now|Yet|Still|Even|Also|Just|Only|Meanwhile|Finally|"
                           r"Sadly|Luckily|Thankfully|Unfortunately|Fortunately|Naturally|Clearly|Obviously|Here|"
                           r"There|While|Although|Though|Because|Since|After|Before|With|Without|Like|Unlike|"
                           r"Poor|Young|Old|Little|Big|Dear|Enter)\s+(?=[A-Z])")
#: "Spielberg-esque", "Eastwood-directed": a word joined to a name; a short syllable ("Wong Kar-wai",
#: "Bong Joon-ho") is part of it.
_WORD_SUFFIX = re.compile(r"-(?:[a-z][\w\-]{4,}|esque|like|ish|era|type|ian|led|lite|fest|mania|"
                          r"he|she|it|who|and|but)$")  # "Oliver Reed-he died": a dash, not a hyphen
_COMPANY_AFTER = re.compile(r"[ \t]?\n?[ \t]?(?<=\s)(?:Entertainment|Pictures|Films|Productions|Studios?|Releasing|"
                            r"Home\s+Video|Inc\b|Corp\b|Company)(?![\w:])")
_COMPANY_END = re.compile(r"\b(?:Co|Corp|Inc|Ltd|Company|Pictures|Films|Productions|Studios?|Entertainment|"
                          r"Releasing|Distribution|Brothers|Bros)\.?$")
_SUFFIX_JUNK = re.compile(r"(?:['\u2019]s?|\s+(?:Brothers|Bros\.?|Sisters|family|clan))$")


@dataclass(slots=True)
class PersonCluster:
    """One person in one review: the fullest name and every mention of it."""

    name: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def forms(self) -> set[str]:
        return {m.name for m in self.mentions}


def clean_person(surface: str, start: int) -> tuple[str, int, int] | None:
    """Trim a PERSON span to the name itself: (name, start, end), or None if it is no name."""
    cleaned = _clean_surface(surface)
    return None if cleaned is None else (cleaned[0], start + cleaned[1], start + cleaned[2])


@functools.lru_cache(maxsize=1 << 14)
def _clean_surface(surface: str) -> tuple[str, int, int] | None:
    """:func:`clean_person` at offset 0; cached: a review names its people again and again, and a surface
    names the same person in every review"""
    s = _SENTENCE_END.split(surface)[-1] if "." in surface else surface
    if "   " in s or "\t" in s:  # "Jean Cocteau     R     117 min.": columns; the first that holds a full name
        cols = [c for c in _COLUMN_GAP.split(s) if c.strip()]
        s = next((c for c in cols if len(c.split()) >= 2), "" if len(cols) > 1 else s)
    s = " ".join(s.split())
    s = _JOINED_NAMES.split(s)[0]  # "Barry Watson & Liz": the first name only
    s = _POSSESSIVE_CUT.split(s)[0]  # "Nigel Hawthorne's President", "Saens' Carnival"
    s = _LEADING_WORD.sub("", s)
    if _KIN_PREFIX.match(s):
        return None
    first, _, rest = s.partition(" ")
    if first in _NATIONALITIES and (n := _ROLE_PREFIX.match(rest)) and n.end() < len(rest):
        s = rest  # "Soviet Ambassador X": the job is cut below
    m = _ROLE_PREFIX.match(s)
    if m and m.end() < len(s):
        s = s[m.end() :]
    s = _SUFFIX_JUNK.sub("", _WORD_SUFFIX.sub("", s)).strip(" ,.;:-\"'()")
    words = s.split()
    if not words or any(ch.isdigit() for ch in s) or "@" in s or "_" in s:
        return None
    if not all(w[0].isupper() or w.lower() in _PARTICLES or not w[0].isalpha() for w in words):
        # "George than Robert Blake": keep the name at the end
        tail: list[str] = []
        for w in reversed(words):
            if not (w[0].isupper() or w.lower() in _PARTICLES):
                break
            tail.insert(0, w)
        words = tail
        s = " ".join(words)
    if not words or len(words) > 5 or any(not _A_LETTER.search(w) or _SYMBOL.search(w) for w in words):
        return None
    # "Best Art Direction (X)": an award's category ("Best" opens no name: 93 award hits, extractors/README.md)
    if words[0] in {"The", "A", "An", "In", "On", "Of", "Best"} or not words[-1][0].isupper() or \
            (s.isupper() and len(s) > 4):
        return None
    if fold(s) in NOT_PEOPLE or all(fold(w) in NOT_PEOPLE for w in words) or _COMPANY_END.search(s):
        return None
    if words[-1] in NOT_SURNAMES or _CONTRACTION.search(s) or _place_words(words):
        return None  # "Tony Award", "United States", "Kidlets'll Go", "Fenwick City", "Les Cinemas Del Sol"
    if len(words) == 1 and (len(s) < 2 or _coinage(s)):
        return None  # a lone initial; "Cat-Villains"
    found = _find_words(surface, words)
    if found is None:
        return None
    return s, found[0], found[1]


def _place_words(words: list[str]) -> bool:
    """A name holding a place, building or firm word after its first word ("Fenwick City", "Harlan Electric
    Industrial", "Les Cinemas Del Sol")."""
    return any(w in PLACE_WORDS or w in NOT_SURNAMES for w in words[1:])


_PLACE_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(PLACE_WORDS)) + r")\b")


def _before_place_word(text: str, word: str) -> bool:
    """Does ``text`` write ``word`` right before a place or firm word anywhere ("Fenwick City")?"""
    i = text.find(word)
    while i >= 0:
        if _PLACE_AFTER.match(text, i + len(word)):
            return True
        i = text.find(word, i + 1)
    return False


def _coinage(word: str) -> bool:
    """A hyphenated word of which one part is an ordinary word that is nobody's name ("Cat-Villains",
    "Ray-Ban"); "Zeta-Jones", "Kore-eda", "Jo-Jo" are names. Archive: extractors/README.md."""
    if "-" not in word.strip("-"):
        return False
    archive = archive_lexicon()
    for part in word.split("-"):
        if not part:
            return True
        if part in archive.surnames or part in archive.given_names:
            continue
        if part.lower() in archive.common_words:
            return True
    return False


#: A nationality before a given name and a surname that the model took into the name is cut off it. False: off.
NATIONALITY_CUT = True


def _without_phrases(found: list[Mention], text: str, known: Container[str], given: Container[str],
                     archive: ArchiveLexicon) -> list[Mention]:
    """spaCy's names that the archive shows are no person's: one opening with words its critics write in
    lower case ("Wealthy Cuban", "Silly Putty", "Other Val Lewton": the words are cut, and what is left must
    still be a full name opening with a given name), and names its critics write before a company word
    ("Castle Rock Entertainment") unless they open with a given name.
    Header names and names the KB knows are kept. Archive: extractors/README.md, sixth pass."""
    common = archive.common_words
    out = []
    for m in found:
        if m.rule != "people.ner" or m.name in known:
            out.append(m)
            continue
        words = m.name.split()
        if NATIONALITY_CUT and words[0] in _NATIONALITIES and len(words) >= 3 and \
                (fold(words[1]) in given or words[1] in archive.given_names):
            # "Italian Massimo Troisi", "Australian Jocelyn Moorhouse": the nationality is no part of the name
            # (extractors/README.md, "People, fourteenth pass")
            at = _find_words(text[m.start : m.end], words[1:])
            if at is not None:
                out.append(Mention("person", " ".join(words[1:]), m.start + at[0], m.start + at[1], m.rule,
                                   m.confidence))
                continue
        if m.name in archive.companies and fold(words[0]) not in given and words[0] not in archive.given_names:
            continue  # "Castle Rock"; "Irwin Allen" of "Irwin Allen Productions" is the man too
        n = 0
        while n < len(words) and words[n].lower() in common and fold(words[n]) not in given:
            n += 1
        if n == 0 or (len(words) - n == 1 and fold(words[-1]) in given and fold(words[-1]) not in NOT_PEOPLE):
            out.append(m)  # "Boy George": a stage name around a given name; "Live Emmy" is the prize
        elif len(words) - n >= 2 and fold(words[n]) in given:  # "Give John McTiernan"; not "Burn Hollywood Burn"
            at = _find_words(text[m.start : m.end], words[n:])
            if at is not None:
                out.append(Mention("person", " ".join(words[n:]), m.start + at[0], m.start + at[1], m.rule,
                                   m.confidence))
    return out


_PRONOUNS = frozenset("I He She It We You They Me Him Her Us Them My His Its Our Your Their".split())


#: The labels of credits headers are no part of the name spaCy ran into them (extractors/README.md, "People, twelfth
#: pass").
LABEL_WORDS_END_NAMES = True
_CREDIT_LABEL_WORDS = frozenset("""Rated Rating Directed Director Produced Producer Producers Written Writer Writers
    Starring Screenplay Cinematography Photography Music Edited Editor Editing Cast Running Runtime Grade MPAA
    Certificate Distributor Distributed""".split())


def _without_trailing_words(found: list[Mention], text: str, known: Container[str], given: Container[str],
                            archive: ArchiveLexicon) -> list[Mention]:
    """Names spaCy or the name shapes ran on into ordinary words, which the archive's critics write in lower
    case and that end nobody's name in the KB or the archive's headers: cut them ("Woody Allen MUST", "Michael
    Jordan Beyond", "Harry Belafonte Album"); a name left of one word is dropped ("Optimus Prime", "Yankee
    Fans", "Goldberg Variations"), unless it was a given name and one more word ("Victor Mature", "Eddie
    Money"). A name holding a pronoun beside an ordinary word is a phrase ("She Went Away", "Do You Yahoo").
    Header names and names the KB knows are kept. Archive: extractors/README.md, seventh pass."""
    common = archive.common_words
    has_surname = getattr(known, "has_surname", None)

    def ordinary(word: str) -> bool:
        if LABEL_WORDS_END_NAMES and word in _CREDIT_LABEL_WORDS:
            return True  # "Charles Gordon Rated PG", "X Cinematography by Y": a header's next label
        return word.lower() in common and word not in archive.surnames and \
            not (has_surname is not None and has_surname(word))

    out = []
    for m in found:
        words = m.name.split()
        if m.rule not in ("people.ner", "people.name_shape") or len(words) < 2 or m.name in known:
            out.append(m)
            continue
        if any(w in _PRONOUNS for w in words[1:]) or (words[0] in _PRONOUNS and any(ordinary(w) for w in words[1:])):
            continue
        n = len(words)
        while n > 1 and ordinary(words[n - 1]):
            n -= 1
        first_given = (fold(words[0]) in given or words[0] in archive.given_names) and \
            words[0].lower() not in common and fold(words[0]) not in NOT_PEOPLE  # not "Emmy Winners"
        if n == len(words) or (n == 1 and len(words) == 2 and first_given):
            out.append(m)
        elif n >= 2 and first_given and not _INITIAL.fullmatch(words[n - 1]):
            at = _find_words(text[m.start : m.end], words[:n])
            if at is not None:
                out.append(Mention("person", " ".join(words[:n]), m.start + at[0], m.start + at[1], m.rule,
                                   m.confidence))
        elif n >= 2 and _INITIAL.fullmatch(words[n - 1]):
            out.append(m)  # "Christine Z. Wiser": an initial before the word, so it is the surname
    return out


def _company_name(text: str, name: str) -> bool:
    """Is ``name`` followed by a company word ("Anchor Bay Entertainment") or a US state's code ("Raleigh,
    NC", "Cary NC") anywhere in ``text``?"""
    i = text.find(name)
    while i >= 0:
        if _COMPANY_AFTER.match(text, i + len(name)) or _STATE_AFTER.match(text, i + len(name)):
            return True
        i = text.find(name, i + 1)
    return False


#: A place's state after it: "Raleigh, NC", "Cary NC", "Hudson, NY" (archive: 895 hits, 720 reviews, 150
#: critics, mostly datelines and signatures; 40/40 sampled are places).
_STATE_AFTER = re.compile(
    r",?[ \t]+(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|"
    r"ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)(?![\w.'\-])"
    # "Elm Hollow, Nevada": a state's name after a comma (343 hits, 332 reviews; 24/25 sampled places, the
    # other a cast list "..., Virginia Madsen": a state's name before another name is no state)
    r"|,[ \t]+(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|"
    r"Illinois|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|"
    r"Missouri|Montana|Nebraska|Nevada|New[ \t]+(?:Hampshire|Jersey|Mexico|York)|Ohio|Oklahoma|Oregon|"
    r"Pennsylvania|Tennessee|Texas|Utah|Vermont|Wisconsin|Wyoming)(?![\w'\-])(?![ \t]+[A-Z])"
)


def _find_words(text: str, words: list[str]) -> tuple[int, int] | None:
    """The first run of ``words`` in ``text`` separated by whitespace: what
    ``re.search(r"\\s+".join(map(re.escape, words)))`` finds, without compiling a pattern per name."""
    i = text.find(words[0])
    while i >= 0:
        j = i + len(words[0])
        for w in words[1:]:
            k = j
            while k < len(text) and text[k].isspace():
                k += 1
            if k == j or not text.startswith(w, k):
                break
            j = k + len(w)
        else:
            return i, j
        i = text.find(words[0], i + 1)
    return None


def canonical_person(name: str) -> str:
    return _HONORIFIC.sub("", name).strip() or name


def cluster_people(mentions: Iterable[Mention], known_full: Container[str] | None = None) -> list[PersonCluster]:
    """Merge mentions of one person; returns clusters named by their fullest form."""
    mentions = sorted(mentions, key=lambda m: m.start)
    full_counts: Counter[str] = Counter()
    for m in mentions:
        n = canonical_person(m.name)
        if len(n.split()) >= 2:
            full_counts[n] += 1
    # "De Niro", "van Diem", "F. Bordewijk" are short forms of a fuller name the review gives
    surname_forms = {n: f for n in full_counts if (f := _fuller_of_surname_form(n, full_counts))}
    for n in surname_forms:
        del full_counts[n]
    fulls = _merge_spelling_variants(list(full_counts), full_counts, known_full or set())
    # "Ray Tull" beside "Billy Ray Tull": the one fuller name
    # ... one given name more, not an ordinary word ("Will Ray Tull"), a label ("Starring Ray Tull") or a
    # second name ("Ann Cole Ray Tull"); a header's name is never re-named
    lex = archive_lexicon()
    header = {canonical_person(m.name) for m in mentions if m.rule == "people.header"}
    inner = {n: t for n in fulls if fulls[n] == n and n not in header and len(n.split()) == 2
             and (t := _contained_in(n, fulls)) is not None and len(t.split()) == 3 and t.split()[1:] == n.split()
             and not _LEADING_WORD.match(t) and t.split()[0] in lex.given_names
             and t.split()[0].lower() not in lex.common_words}
    for n, t in inner.items():
        fulls[n] = t
    clusters: dict[str, PersonCluster] = {}
    for m in mentions:
        n = canonical_person(m.name)
        target = fulls.get(surname_forms.get(n, n))
        if target is None and len(n.split()) >= 2:
            target = _contained_in(n, fulls) or n
        if target is None:
            target = _resolve_short(n, set(fulls.values()))
            if target == "":
                continue  # ambiguous short form: leave it out
            target = target or n
        clusters.setdefault(target, PersonCluster(target)).mentions.append(m)
    return list(clusters.values())


_SURNAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "la", "le", "di", "da", "du", "del", "della", "des",
                                "dos", "ten", "ter"})


def _fuller_of_surname_form(name: str, names: Counter[str]) -> str | None:
    """The one fuller name that ``name`` shortens: a surname with its particle ("De Niro" of
    "Robert De Niro"), an initial before a surname ("F. Bordewijk" of "Ferdinand Bordewijk"), or
    the name without its middle name ("Zachary Cope" of "Zachary David Cope")."""
    words = fold(name).split()
    initial = _INITIAL.fullmatch(name.split()[0])
    if len(words) == 2 and not initial and words[0] not in _SURNAME_PARTICLES:
        # "Zachary Cope" for "Zachary David Cope": a middle name left out
        hits = {f for f in names if len(fw := fold(f).split()) > 2 and fw[0] == words[0] and fw[-1] == words[-1]}
        if len({fold(f) for f in hits}) != 1:
            return None
        return max(sorted(hits), key=lambda f: names[f])
    if len(words) < 2 or not (words[0] in _SURNAME_PARTICLES or initial):
        return None
    tail = words[1:] if initial else words
    hits = {f for f in names if f != name and len(fw := fold(f).split()) > len(tail) and fw[-len(tail):] == tail
            and (not initial or fw[0].startswith(words[0]))}
    if len({fold(f) for f in hits}) != 1:
        return None
    return max(sorted(hits), key=lambda f: names[f])  # "Mike van Diem" and "Mike Van Diem": the commoner


def _merge_spelling_variants(names: list[str], counts: Counter[str], known: Container[str]) -> dict[str, str]:
    """'Peter Storemare' and 'Peter Stormare' are one name: keep the KB's or the commoner form."""
    out = {n: n for n in names}
    # only names of as many words with the same first word can be variants: compare within
    # those groups (all pairs of thousands of names was quadratic)
    groups: dict[tuple[int, str], list[str]] = defaultdict(list)
    for n in names:
        words = fold(n).split()
        groups[(len(words), words[0] if words else "")].append(n)
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if out[a] != a or out[b] != b:
                    continue
                fa, fb = fold(a).split(), fold(b).split()
                if len(fa) != len(fb) or fa == fb:
                    continue
                if fa[0] != fb[0] or fuzz.ratio(fa[-1], fb[-1]) < 80:
                    continue
                keep = a if (a in known, counts[a]) >= (b in known, counts[b]) else b
                drop = b if keep == a else a
                out[drop] = keep
    # "Jacquelyn Susann" and "Jacqueline Susann": the first name spelt two ways; two people the KB
    # knows apart ("Joan Cusack", "John Cusack") stay two
    by_last: dict[tuple[int, str], list[str]] = defaultdict(list)
    for n in names:
        words = fold(n).split()
        if len(words) >= 2:
            by_last[(len(words), " ".join(words[1:]))].append(n)
    for group in by_last.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if out[a] != a or out[b] != b or (a in known and b in known):
                    continue
                fa, fb = fold(a).split()[0], fold(b).split()[0]
                if _NICKNAMES.get(fa) == fb or _NICKNAMES.get(fb) == fa:
                    # "Jackie Susann" and "Jacqueline Susann", "Ed Norton" and "Edward Norton": the full form
                    keep = a if (a in known, len(fa)) >= (b in known, len(fb)) else b
                    out[b if keep == a else a] = keep
                    continue
                # a name and its feminine form ("Daniel", "Danielle"; "Louis", "Louise") are two people
                if fa[0] != fb[0] or min(len(fa), len(fb)) < 4 or fa.startswith(fb) or fb.startswith(fa) or \
                        fuzz.ratio(fa, fb) < 83:
                    if SPELLING_BY_CAREER and (keep := _career_spelling(a, b, fa, fb, known)) is not None:
                        out[b if keep == a else a] = keep
                    continue
                keep = a if (a in known, counts[a]) >= (b in known, counts[b]) else b
                out[b if keep == a else a] = keep
    for n in out:  # "Jackie" -> "Jacqueline" -> "Jacquelyn": one hop to the last form kept
        seen = {n}
        while out[out[n]] != out[n] and out[out[n]] not in seen:
            seen.add(out[n])
            out[n] = out[out[n]]
    return out


#: "Maurice Pagnol" beside "Marcel Pagnol", "Gina Rowlands" beside "Gena Rowlands", "Edwards Burns" beside "Edward
#: Burns": a given name spelt two ways further apart than the plain test allows (ratio 70 to 83, or the one form with
#: an "s" more), merged where the archive's credits headers (or the KB) vouch for one form and hardly for
#: the other, which is then its misspelling (issue 10, src18; extractors/README.md, "Source author and contributor,
#: eighteenth pass"). False: off.
SPELLING_BY_CAREER = True
#: Header reviews (or the KB) a form needs to be the vouched one; the other form may have a fifth of them at most.
_SPELLING_VOUCHED = 3
_SPELLING_SHARE = 5


def _career_spelling(a: str, b: str, fa: str, fb: str, known: Container[str]) -> str | None:
    """The vouched one of two full names with one surname whose given names ``fa``, ``fb`` (folded) are near
    spellings of each other, or None. Not a feminine form ("Louis", "Louise"): only an "s" may be added."""
    if fa[0] != fb[0] or min(len(fa), len(fb)) < 4:
        return None
    if not (fa + "s" == fb or fb + "s" == fa) and (fa.startswith(fb) or fb.startswith(fa) or fuzz.ratio(fa, fb) < 70):
        return None
    careers = archive_roles()

    def vouched(name: str) -> int:
        counts = careers.get(name)
        reviews = sum(counts) if counts else 0
        return max(reviews, _SPELLING_VOUCHED) if name in known else reviews

    va, vb = vouched(a), vouched(b)
    if max(va, vb) < _SPELLING_VOUCHED or min(va, vb) * _SPELLING_SHARE > max(va, vb):
        return None
    return a if va > vb else b


#: Short forms of given names: one person when the surname is the same ("Steve Zahn", "Steven Zahn"). Archive:
#: both forms with one surname in 876 reviews, 119 critics, mostly critics' own signatures (left out anyway);
#: 8/8 of the others sampled are one person.
_NICKNAMES = {
    "jackie": "jacqueline", "bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert",
    "bill": "william", "billy": "william", "willie": "william", "jim": "james", "jimmy": "james",
    "mike": "michael", "tom": "thomas", "tommy": "thomas", "dick": "richard", "rick": "richard",
    "ricky": "richard", "chris": "christopher", "dave": "david", "steve": "steven", "joe": "joseph",
    "tony": "anthony", "nick": "nicholas", "ed": "edward", "eddie": "edward", "ted": "edward", "dan": "daniel",
    "danny": "daniel", "ben": "benjamin", "sam": "samuel", "matt": "matthew", "pat": "patrick",
    "kate": "katherine", "liz": "elizabeth", "jenny": "jennifer", "alex": "alexander", "andy": "andrew",
    "greg": "gregory", "jeff": "jeffrey", "larry": "lawrence", "jerry": "gerald", "ron": "ronald",
    "don": "donald", "fred": "frederick", "charlie": "charles", "chuck": "charles", "walt": "walter",
    "vince": "vincent", "doug": "douglas", "tim": "timothy", "ken": "kenneth", "phil": "philip",
    "marty": "martin", "debbie": "deborah", "judy": "judith", "sandy": "sandra", "zach": "zachary",
}


def _contained_in(name: str, fulls: dict[str, str]) -> str | None:
    """'Billy Bob Thornton' for 'Bob Thornton'; only when one fuller name fits."""
    words = fold(name).split()
    hits = {t for f, t in fulls.items() if len(f.split()) > len(words) and _is_sub(words, fold(f).split())}
    return hits.pop() if len(hits) == 1 else None


def _is_sub(short: list[str], full: list[str]) -> bool:
    n = len(short)
    return any(full[i : i + n] == short for i in range(len(full) - n + 1)) and full[-1] == short[-1]


def _resolve_short(name: str, fulls: set[str]) -> str | None:
    """A one-word mention: the full name it is the surname (else first name) of.

    Returns None when nothing matches (the person is known by one name only) and ""
    when several full names match.
    """
    key = fold(name)
    n = len(key.split())  # "O'Connor" folds to two words
    by_last = {f for f in fulls if fold(f).split()[-n:] == key.split()}
    if len(by_last) == 1:
        return by_last.pop()
    if len(by_last) > 1:
        return ""
    by_first = {f for f in fulls if fold(f).split()[0] == key}
    if len(by_first) == 1:
        return by_first.pop()
    if len(by_first) > 1:
        return ""
    by_any = {f for f in fulls if key in fold(f).split()[1:-1]}
    if len(by_any) == 1:
        return by_any.pop()
    if MISSPELT_SURNAMES and n == 1 and len(key) >= MISSPELT_SURNAME_MIN:
        # "Tarantino" beside "Quentin Tarentino": the one full name whose surname is this word spelt otherwise
        near = {f for f in fulls if (last := fold(f).split()[-1])[0] == key[0] and abs(len(last) - len(key)) <= 1
                and fuzz.ratio(last, key) >= MISSPELT_SURNAME_RATIO}
        if len(near) == 1:
            return near.pop()
    return None


#: A lone surname spelt otherwise than the one full name of the review with a near surname is that person
#: (extractors/README.md, "People, eighteenth pass"). False: off.
MISSPELT_SURNAMES = True
MISSPELT_SURNAME_MIN = 6  # letters: shorter surnames differ by one letter too often ("Hanks", "Banks")
MISSPELT_SURNAME_RATIO = 85


_NAME_CHAR = re.compile(r"[\w'\u2019\-]")


def _occurrences(text: str, form: str) -> Iterator[int]:
    """Starts of ``form`` as a whole name in ``text``: a plain string search, because a regular
    expression per name would be compiled anew for every name of every review (and push the
    rules' own patterns out of ``re``'s cache)."""
    i = text.find(form)
    while i >= 0:
        e = i + len(form)
        if not (i and _NAME_CHAR.match(text, i - 1)) and not (e < len(text) and text[e] != "'" and
                                                              text[e] != "\u2019" and _NAME_CHAR.match(text, e)):
            yield i
            i = text.find(form, e)  # non-overlapping, as re.finditer
            continue
        i = text.find(form, i + 1)


def propagate_mentions(text: str, clusters: list[PersonCluster], blocked: list[tuple[int, int]]) -> None:
    """Find the other mentions spaCy missed: every full name and unambiguous surname in the text."""
    taken = SpanIndex([(m.start, m.end) for c in clusters for m in c.mentions] + blocked)
    owner: dict[str, str | None] = {}
    for c in clusters:
        forms = {c.name} | {m.name for m in c.mentions}
        words = c.name.split()
        if len(words) >= 2 and words[-1][0].isupper() and len(words[-1]) > 2:
            forms.add(words[-1])
        for f in sorted(forms):  # a set's order changes with the hash seed; the output must not
            owner[f] = c.name if owner.get(f, c.name) == c.name else None
    by_name = {c.name: c for c in clusters}
    for form, name in owner.items():
        if name is None or fold(form) in NOT_PEOPLE:
            continue
        for s in _occurrences(text, form):
            e = s + len(form)
            if taken.overlaps(s, e):
                continue
            # part of a longer capitalised name ("Nicolas Cage" vs "Johnny Cage")?
            longer_before = _CAPITAL_WORD_BEFORE.search(text[max(0, s - 30) : s])
            if longer_before or _NAME_WORD_AFTER.match(text[e : e + 20]):
                continue
            by_name[name].mentions.append(Mention("person", form, s, e, "people.propagated",
                                                   confidence("people.propagated")))
            taken.add(s, e)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.start)


# ---------------------------------------------------------------------- finding mentions

def _person_mentions(doc: Doc, header: list[Mention], critic: Critic,
                     known: Container[str], text: str, archive: ArchiveLexicon | None = None) -> list[Mention]:
    """PERSON entities (on ``doc``, whose text has wrapped lines joined) cut from ``text``."""
    critic_keys = critic.keys()
    critic_words = {w for k in critic_keys for w in k.split()}
    out: list[Mention] = []
    taken = SpanIndex()  # linear time on long cast lists (a plain list made this quadratic)
    char_spans = SpanIndex((h.start, h.end) for h in header if h.kind == "character")
    single_ok: dict[tuple[str, str], bool] = {}
    company_checked: dict[str, bool] = {}
    names = [h for h in header if h.kind == "person"]
    for h in names:
        if fold(h.name) in critic_keys:
            continue
        out.append(Mention("person", h.name, h.start, h.end, "people.header", confidence("people.header")))
        taken.add(h.start, h.end)
    ents = doc.ents  # (each reading builds every entity's Span anew)
    other_names = {w for e in ents if e.label_ == "PERSON" and len(e) > 1 for w in e.text.split()}
    other_names |= {w for h in names for w in h.name.split()}
    for ent in ents:
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
        if span.end - span.start == 1:
            key = (span[0].text, span[0].pos_)
            if key not in single_ok:
                single_ok[key] = _plausible_single_name(span[0], text, other_names, known, archive)
            if not single_ok[key]:
                continue
        name_text = text[span.start_char : span.end_char]
        nl = _LINE_LABEL.search(name_text + text[span.end_char : span.end_char + 40])
        if nl:  # "John O'Brien\nCinematography: ...": a name never runs into the next header line
            name_text = name_text[: nl.start()]
        for piece, at in _name_columns(name_text, span.start_char):
            cleaned = clean_person(piece, at)
            if cleaned is None or _COLON_AFTER.match(text[cleaned[2] : cleaned[2] + 3]):
                continue  # "Running Length:" is a label
            name, s, e = cleaned
            if " " not in name and name not in other_names and _mostly_given(known, name):
                continue  # "Officer Neil" cut to "Neil"
            if name not in company_checked:  # once a name: a long cast list repeats its names
                company_checked[name] = name not in known and _company_name(text, name)
            if company_checked[name]:
                continue  # "Anchor Bay Entertainment" somewhere: "Anchor Bay" is the company
            if text.startswith("'s", e) and " " in name and not name.endswith("s") and name not in known \
                    and name + "s" in known:
                name += "s"  # "Burt Reynold's": the possessive of a name ending in s, written without it
            if taken.overlaps(s, e) or char_spans.overlaps(s, e):
                continue
            if critic.covers(s, e) or fold(name) in critic_keys:
                continue
            if len(name.split()) == 1 and fold(name) in critic_words:
                continue
            out.append(Mention("person", name, s, e, "people.ner", confidence("people.ner")))
            taken.add(s, e)
    return out


#: Two blanks between two full names: a cast line set in columns ("Brad Pitt  Morgan Freeman  Kevin Spacey")
_TWO_BLANKS = re.compile(r"[ \t]{2,}")


def _name_columns(name_text: str, start: int) -> list[tuple[str, int]]:
    """"Brad Pitt  Morgan Freeman": one PERSON span over two names set apart by two blanks is two names, when
    every part holds two words or more (a lone word across blanks is left to :func:`clean_person`)."""
    if "  " not in name_text and "\t" not in name_text:
        return [(name_text, start)]
    pieces, pos = [], 0
    for m in _TWO_BLANKS.finditer(name_text):
        pieces.append((name_text[pos : m.start()], start + pos))
        pos = m.end()
    pieces.append((name_text[pos:], start + pos))
    if len(pieces) < 2 or any(len(p.split()) < 2 or "\n" in p for p, _ in pieces):
        return [(name_text, start)]
    return pieces


_VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}
_WS = r"(?:[ \t]*\n[ \t]*|[ \t]{1,2}(?![ \t]))"  # 3+ blanks part columns ("A B      C D"), not a name
#: A line break followed by "Label:" ends a name ("John O'Brien\nCinematography: Declan Quinn").
_LINE_LABEL = re.compile(r"\n(?=[ \t]*[A-Z][\w ./&-]{0,30}:)")
_NAME_SHAPE = re.compile(
    # the look behind after the first capital, not before it: a pattern opening with a class is searched by
    # skipping to the capitals (same matches: it still sees the character before the name)
    rf"(?P<n>[A-Z](?<![\w'\u2019.\-].)[a-z]+(?:{_WS}[A-Z]\.)?(?:{_WS}(?:(?:de|van|von|del|da|di|la|le){_WS})?"
    r"(?:O'|Mc)?[A-Z][\w'\u2019]*[a-z][\w'\u2019]*(?:-[A-Z][\w'\u2019]*)?){1,2})(?![\w\-])"
)


#: "An Austrian", "A Wong": an article opens no name shape, though "An" is a given name in the KB.
_ARTICLES = frozenset({"A", "An", "The"})


#: A name shape the KB does not know as a whole may not end on a word the archive's critics write in lower case,
#: unless the KB or the archive's credits know it as somebody's surname: "German Army", "Jade Seal", "Dallas
#: Cowboy" are no people, "Pierce Brosnan Directed" is Pierce Brosnan (extractors/README.md, "People, twelfth
#: pass").
NAME_SHAPE_SURNAMES = True
_NAME_WORD_RE = re.compile(r"[A-Z][a-z][\w'\u2019\-]*")


def _surname_word(word: str, known: Container[str], archive: ArchiveLexicon) -> bool:
    """Could ``word`` end a name: somebody's surname in the KB or the archive's credits (one part of a
    double-barrelled one will do), or no word the archive's critics write in lower case ("Kafka")."""
    if word.lower() not in archive.common_words:
        return True
    has = getattr(known, "has_surname", None)
    return any((has is not None and has(part)) or part in archive.surnames for part in word.split("-") if part)


def _name_shaped(text: str, found: list[Mention], critic: Critic,
                 known: Container[str], first_names: Container[str],
                 places: list[tuple[int, int]] = (), archive: ArchiveLexicon | None = None) -> list[Mention]:
    """Full names spaCy's small model misses: KB-known names, or a known (folded) given name + surname."""
    taken = SpanIndex(critic.spans)
    critics = critic.keys()
    found_ix = SpanIndex()
    for f in found:
        found_ix.add(f.start, f.end, f)
    careers = archive_roles()
    archive = archive if archive is not None else archive_lexicon()
    out = []
    for m in _name_shape_matches(text):
        s, e = m.span("n")
        cut = _LINE_LABEL.search(text, s, e + 40)
        raw = m["n"][: cut.start() - s] if cut and cut.start() < e else m["n"]
        raw = _POSSESSIVE_END.split(raw)[0]
        e = s + len(raw)
        name = " ".join(raw.split())
        words = name.split()
        if NAME_SHAPE_SURNAMES and len(words) > 2 and _NAME_WORD_RE.fullmatch(words[-2]) and name not in known \
                and not _surname_word(words[-1], known, archive) and _surname_word(words[-2], known, archive):
            # "Starring Pierce Brosnan Directed by", "a Michael Jackson CD": a label or a noun ran on
            e = s + len(raw.rstrip()) - len(words[-1])
            e = s + len(raw[: e - s].rstrip())
            raw = text[s:e]
            name, words = " ".join(words[:-1]), words[:-1]
        if taken.overlaps(s, e) or fold(name) in critics:
            continue
        if _COLON_AFTER.match(text[e : e + 3]):
            continue  # a label such as "Running Length:"
        inside = [f for _, _, f in found_ix.overlapping(s, e)]
        # a longer name over spaCy's partial one ("Clea" -> "Clea DuVall") replaces it
        if any(not (s <= f.start and f.end <= e) or f.rule == "people.header" or f.end - f.start == e - s
               for f in inside):
            continue
        if fold(words[0]) in NOT_PEOPLE or _ROLE_WORD.match(words[0]) or words[-1] in {"The", "And"} \
                or words[0] in _ARTICLES \
                or words[-1] in NOT_SURNAMES or _place_words(words) or _CONTRACTION.search(name) \
                or _LEADING_WORD.match(name):
            continue  # "Lucinda I'd leave", "So Lucinda ends up": no name
        if name in known:
            out.append(Mention("person", name, s, e, "people.kb", confidence("people.kb")))
        elif sum(careers.get(name) or ()) >= CAREER_MIN_REVIEWS and words[0] in archive.given_names and \
                words[0].lower() not in archive.common_words and words[0] not in PLACE_WORDS:
            # "Ry Cooder", "Roald Dahl": a full name the archive's credits headers give (3+ reviews), mostly the
            # crew and authors the KB (actors and directors) lacks; opening with a given name the headers give,
            # not an ordinary word ("Sony Pictures Classics", "Industrial Light" stand in distributor lines)
            out.append(Mention("person", name, s, e, "people.career", confidence("people.career")))
        elif fold(words[0]) in first_names and not _ROLE_WORD.match(words[-1]) and \
                (not NAME_SHAPE_SURNAMES or _surname_word(words[-1], known, archive)) and \
                not any(a <= s and e <= b for a, b in places) and \
                not _company_name(text, name):  # "Hong Kong" is a place; "Elm Hollow, Nevada" too
            out.append(Mention("person", name, s, e, "people.name_shape", confidence("people.name_shape")))
        else:
            continue
        for f in inside:
            found.remove(f)
        taken.add(s, e)
    return out


_SOURCE_WORK = (r"(?:[\w\-]+\s+){0,3}?(?:novels?|novellas?|plays?|books?|stories|story|tales?|poems?|epic|memoirs?|"
                r"comedy|tragedy|fairy\s+tale|stage\s+play|short\s+story)\b")
#: The author's full name after "by" / "of" in a source cue, and the phrase's end after it (both cue regexes below)
_AUTHOR_NAME = r"[A-Z][a-z]{2,}(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w'\-]+){0,2}"
_PHRASE_END = (r"(?=\s*[,.;:)!?]|\s*$|\s+(?:and|with|in|from|that|which|who|was|is|(?-i:Starring|Cast|Directed|"
               r"Produced|Music|Written|Screenplay|Cinematography|Rated|Running))\b)")
#: "based on Shakespeare's MACBETH", "adapted from Chekhov's play", "the novel by Dickens": one word in a
#: source cue is the author, though spaCy rarely tags a lone surname before "'s" (archive: extractors/README.md)
_LONE_AUTHOR = gated(
    r"\b(?:based\s+(?:up)?on|adapted\s+from|adapt(?:at)?ion\s+of|adapting|adapts|version\s+of)\s+"
    rf"(?P<a>[A-Z][a-z]{{2,}})['\u2019]s?\s+(?:{_SOURCE_WORK}|[\"\u201c_*]?[A-Z]{{2,}}\b|[\"\u201c_][A-Z])"
    # ... a full name spaCy misses there, before a source noun only: initials ("H.G. Wells'", "A. E. Hotchner's
    # memoir"), "Dr. Seuss' book", two words ("Jim Lovell's true account", "Juhani Aho's 1911 novel"; crew15s: 459
    # archive hits of the cue, such a name and a source noun, 452 pages, 106 critics; in 522 pages with such a cue
    # and name the pipeline missed 24 of the names' source credits, 19 of them the source's author no person mention
    # covered)
    # (the lone surname's cues, as measured before it; the full name's take a capital and a plural too)
    r"|\b(?:[Bb]ased\s+(?:up)?on|[Aa]dapted\s+from|adapt(?:at)?ions?\s+of|adapting|adapts|versions?\s+of)\s+"
    rf"(?P<c>(?:[A-Z]\.[ \t]?){{1,3}}[A-Z][a-z]{{2,}}|Dr\.[ \t][A-Z][a-z]{{2,}}|[A-Z][a-z]+[ \t][A-Z][a-z]{{2,}})"
    rf"['\u2019]s?\s+(?:{_SOURCE_WORK}|(?:[\w\-]+\s+){{0,3}}?account\b)"
    rf"|\b(?:novels?|novellas?|plays?|books?|stories|story|tales?|poems?|memoirs?)\s+(?:written\s+)?by\s+"
    # the name ends the phrase: not "by French author X", "by Rubin "Hurricane" Carter"; ... a full name spaCy
    # missed too ("from the novel by Beryl Bainbridge Starring ...", "based on the book by Susanna Kaysen."):
    # 16 of 340 names after such cues in 1,200 random reviews were no person mention, 7 of them authors
    rf"(?P<b>{_AUTHOR_NAME}){_PHRASE_END}")


#: One's own life written down (src19, beside credits.LIFE_WRITING): "based on Hickam's autobiography", "adapted
#: from the diaries of Anna Leonowens", "based on an autobiography by Bill Lishman": the writer is a person, and
#: the memoirist is mostly the film's hero too, whom spaCy often leaves out or tags as a part (the nouns in lower
#: case only: "Bridget Jones's Diary" is a title)
LIFE_WRITING = True
#: the nouns of one's life written down, lower case only (credits.LIFE_WRITING reads the same)
LIFE_NOUNS = r"autobiograph(?:y|ies)|diar(?:y|ies)|journals|memoirs?"
_LIFE_NOUN = rf"(?-i:{LIFE_NOUNS})"
_LIFE_AUTHOR = gated(
    r"\b(?:[Bb]ased\s+(?:up)?on|[Aa]dapted\s+from|adapt(?:at)?ion\s+of|adapting|adapts|versions?\s+of|from)\s+"
    rf"(?P<a>[A-Z][a-z]{{2,}}|[A-Z][a-z]+[ \t][A-Z][a-z]{{2,}})['\u2019]s?\s+(?:[\w\-]+\s+){{0,3}}?{_LIFE_NOUN}\b"
    # ... the "of / by" form after a cue only ("a new memoir of Nosferatu" is a film's)
    r"|\b(?:[Bb]ased\s+(?:up)?on|[Aa]dapted\s+from|adapt(?:at)?ion\s+of|from)\s+(?:(?:the|an?|his|her)\s+)?"
    rf"(?:[\w\-]+\s+){{0,2}}?{_LIFE_NOUN}\s+(?:(?:written\s+)?by|of)\s+(?:one\s+)?"
    rf"(?P<b>{_AUTHOR_NAME}){_PHRASE_END}")
#: the words one of which every such text holds (a substring test before the search; credits.LIFE_WRITING's too)
LIFE_WORDS = ("autobiograph", "diar", "journals", "memoir")


def _source_authors(text: str, found: list[Mention], critic: Critic) -> list[Mention]:
    """Lone surnames in a source cue ("adapted from Chekhov's play") not found otherwise."""
    out: list[Mention] = []
    taken = SpanIndex((m.start, m.end) for m in found)
    matches = _LONE_AUTHOR.finditer(text)
    if LIFE_WRITING and any(w in text for w in LIFE_WORDS):
        matches = itertools.chain(matches, _LIFE_AUTHOR.finditer(text))
    for m in matches:
        g = next(g for g in ("a", "c", "b") if m.groupdict().get(g))
        s, e = m.span(g)
        name = m[g]
        # (one cue regex's matches never overlap one another; a life-writing name may overlap a source cue's)
        if taken.overlaps(s, e) or any(o.start < e and s < o.end for o in out) or fold(name) in NOT_PEOPLE or \
                critic.covers(s, e) or fold(name) in critic.keys():
            continue
        out.append(Mention("person", name, s, e, "people.source_author", confidence("people.source_author")))
    return out


#: "Joel and Ethan Coen", "Delia and Nora Ephron": a given name before "and / &" and a full name shares its surname.
#: Archive (crew11): 446 such runs after no capitalised word (409 pages, 130 critics); the 274 whose first
#: given name and surname the KB or the archive's headers (3+ reviews) know as one name are siblings and couples
#: (20/20 sampled); the others are as often two people ("Lee and Danny Aiello" of Spike Lee, "Elvis and James Dean")
#: (matched backwards from the full name: "Joel and |Ethan Coen")
_SHARED_SURNAME = re.compile(r"(?<![\w.'\-])(?P<a>[A-Z][a-z]+)[ \t]+(?:and|&)\s+$")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w.'\-]*\s+$")


def _shared_surnames(text: str, found: list[Mention], critic: Critic, known: Container[str]) -> list[Mention]:
    """The first of two given names sharing one surname ("Joel and Ethan Coen") is that surname's person too,
    when the KB or the archive's headers know the full name; a lone mention of the given name gives way."""
    careers = archive_roles()
    out = found
    for second in found:
        words = second.name.split()
        if len(words) != 2 or not text[max(0, second.start - 5) : second.start].rstrip().endswith(("and", "&")):
            continue  # (the look at the five characters before the name first: most names have no "and" there)
        m = _SHARED_SURNAME.search(text, max(0, second.start - 40), second.start)
        if m is None:
            continue
        name = f"{m['a']} {words[1]}"
        s, e = m.span("a")
        if _CAPITAL_BEFORE.search(text, max(0, s - 30), s) or critic.covers(s, e) or fold(name) in critic.keys():
            continue
        if name not in known and sum(careers.get(name) or ()) < CAREER_MIN_REVIEWS:
            continue
        out = [f for f in out if not (f.start < e and s < f.end)]  # "Joel" alone gives way
        out.append(Mention("person", name, s, e, "people.shared_surname", confidence("people.shared_surname")))
    return out


LONE_POSSESSORS = True
#: "Hitchcock's PSYCHO", "Kubrick's last film", "Verhoeven's film": a lone surname before a title or a film word
_LONE_POSSESSOR = gated(
    # ... "McMillan's novel", "DePalma's film" too; and the crafts and sources a lone surname is credited by
    # ("Forster's first novel", "Horner's music", "Lubezki's photography"; a line may wrap before the name: crew11,
    # extractors/README.md)
    # ... a sentence's or a line's first word too ("... well made. Proyas's direction is taut"; dir16)
    r"(?:(?<=[a-z,;(][ \n])|(?<=[.!?][ \n])|(?<=[.!?][ \t]{2})|(?<=\n))"
    r"(?P<n>[A-Z][a-z](?:[a-z]+|[a-z]?[A-Z][a-z]{2,}))['\u2019]s\s+(?:(?:[a-z\-]+\s+){0,2}(?:film|"
    r"films|movie|movies|picture|direction|script|screenplay|score|debut|remake|adaptation|version|classic|"
    r"masterpiece|thriller|comedy|western|opus|effort|latest|music|soundtrack|novel|book|memoir|cinematography|"
    r"photography)\b|[\"\u201c_*]?[A-Z]{2,}\b|[\"\u201c_*][A-Z]"
    # "Stallone's Rocky", "Hackman's Ramsey": a part the archive knows (checked in the code)
    r"|(?P<p>[A-Z][a-z][\w\-]*(?:[ \t]+[A-Z][a-z][\w\-]*)?))")


_BY_SURNAME: dict[int, tuple[dict, dict[str, list[int]]]] = {}
#: The share of a surname's reviews one full name must hold to stand for the surname alone.
DOMINANT_SHARE = 2 / 3


def careers_by_surname(careers: dict[str, list[int]] | None = None) -> dict[str, list[int]]:
    """Surname -> the header counts of the one full name that holds most of the surname's reviews (``careers``, by
    default archive_roles: "Kubrick" is Stanley Kubrick's career, "Hitchcock" Alfred's; "Godard", shared by a
    director, a cinematographer and a writer, none); computed once per counts table."""
    careers = archive_roles() if careers is None else careers
    held = _BY_SURNAME.get(id(careers))
    if held is not None and held[0] is careers:
        return held[1]
    total: Counter[str] = Counter()
    top: dict[str, tuple[int, str]] = {}
    for name, counts in careers.items():
        words = name.split()
        if len(words) >= 2:
            n = sum(counts)
            total[words[-1]] += n
            if n > top.get(words[-1], (0, ""))[0]:
                top[words[-1]] = (n, name)
    out = {s: careers[name] for s, (n, name) in top.items() if n >= DOMINANT_SHARE * total[s]}
    _BY_SURNAME[id(careers)] = (careers, out)
    return out


def _director_surname(name: str) -> bool:
    """The full name that stands for this surname directs first (as credits.directing_career)."""
    return directs_first(careers_by_surname().get(name))


def _lone_possessors(text: str, found: list[Mention], critic: Critic, known, archive: ArchiveLexicon) -> list[Mention]:
    """A surname alone before "'s" and a title or a film word ("Hitchcock's PSYCHO", "Kubrick's last film"), that
    the KB or the archive's headers know as a surname and that is no given name, ordinary word or part."""
    out = []
    taken = SpanIndex((m.start, m.end) for m in found)
    for m in _LONE_POSSESSOR.finditer(text):
        name = m["n"]
        s, e = m.span("n")
        if not _lone_surname(name, s, e, taken, critic, known, archive):
            continue
        if _CAPITAL_WORD_BEFORE_DOT.search(text[max(0, s - 30) : s]):
            continue  # "Ottorino Respighi's": part of a longer name spaCy missed
        # ... or any capitalised words after the surname of a director first ("Kubrick's The Shining", "Fincher's
        # The Game": archive, 120 hits of such surnames before capitalised words, 64 critics; 23/25 sampled are the
        # director, the misses a cereal maker, twice; dir11)
        if m["p"] and not (archive.is_part(m["p"], 2) or archive.is_part(m["p"].split()[0], 2)) and \
                (not _director_surname(name) or text.endswith("the ", 0, s)):  # "the Lord's Prayer"
            continue
        out.append(Mention("person", name, s, e, "people.ner", confidence("people.ner")))
        taken.add(s, e)
    return out


def _lone_surname(name: str, s: int, e: int, taken: SpanIndex, critic: Critic, known, archive: ArchiveLexicon) -> bool:
    """Can this capitalised word, found alone, stand for a person: not taken, not the critic's, no ordinary word,
    given name or part, and a surname the KB or the archive's headers know that is not mostly a given name."""
    if taken.overlaps(s, e) or critic.covers(s, e) or fold(name) in critic.keys() or fold(name) in NOT_PEOPLE:
        return False
    if name.lower() in archive.common_words or name in archive.given_names or archive.is_part(name, 2):
        return False
    has_surname = getattr(known, "has_surname", None)
    return (name in archive.surnames or (has_surname is not None and has_surname(name))) and \
        not _mostly_given(known, name)


LONE_DIRECTORS = True
#: "It's directed by Reitman", "Director Leconte, known in France for ...", "SPEED director De Bont": a surname
#: alone right after a directing cue (crew14: 1,341 archive hits of a lone capitalised word there, 216 critics; the
#: gates below keep the surnames whose full name directs first)
_LONE_DIRECTOR = gated(
    r"(?:\b(?:directed|helmed)[ \t\n]+by|(?<![\w\-])(?P<cue>[Dd]irector|[Hh]elmer|[Ff]ilmmaker)(?:[ \t]*,)?)[ \t\n]+"
    r"(?P<n>[A-Z][a-z](?:[a-z]+|[a-z]?[A-Z][a-z]{2,}))(?![\w\-])(?![ \t\n]+(?:[A-Z]|(?:de|van|von|del|da|di|le|la)\b))"
    r"(?!['\u2019]?[ \t]*&)")
#: ... not a craft's director ("art director Hughes", "music director Kaplan") nor a school's or an agency's
_NOT_FILM_DIRECTOR = re.compile(r"\b(?:art|music|musical|casting|program|programme|managing|executive|creative|"
                                r"artistic|assistant|associate|deputy|athletic|funeral|stage|theat(?:er|re)|choir|camp|"
                                r"FBI|CIA)[ \t\n]+$", re.I)


def _lone_directors(text: str, found: list[Mention], critic: Critic, known, archive: ArchiveLexicon) -> list[Mention]:
    """A surname alone after "directed by", "director", "helmer" or "filmmaker" whose full name in the archive's
    headers directs first, and that is no given name, ordinary word or part: spaCy rarely tags such a word."""
    out = []
    taken = SpanIndex((m.start, m.end) for m in found)
    for m in _LONE_DIRECTOR.finditer(text):
        name = m["n"]
        s, e = m.span("n")
        if m["cue"] and _NOT_FILM_DIRECTOR.search(text, max(0, m.start() - 20), m.start()):
            continue
        if not _lone_surname(name, s, e, taken, critic, known, archive) or not _director_surname(name):
            continue
        out.append(Mention("person", name, s, e, "people.ner", confidence("people.ner")))
        taken.add(s, e)
    return out


LONE_MAKERS = True
#: ... a director's surname alone anywhere in a sentence ("styles utilized by Scorsese, Tarantino and Fincher",
#: "a path into Hitchcock territory"): the surname of one full name that holds most of the surname's header credits
#: and directs first, in this many reviews or more (extractors/README.md, "People, nineteenth pass")
LONE_MAKER_MIN = 10
_MAKER_SURNAMES: list[frozenset[str]] = []  # a module list, not a cache: tests set the surnames in it
_LOWER_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz,;(")
#: ... nor a capitalised word, a hyphen, a bracket or "of" after it ("the Bay of Pigs": a guard the test slice gave)
_CAPITAL_AFTER = re.compile(r"[ \t\n]+(?:[A-Z]|of\b)|[\w\-]|[ \t]*\(")


def _maker_surnames() -> frozenset[str]:
    if not _MAKER_SURNAMES:
        _MAKER_SURNAMES.append(frozenset(s for s, counts in careers_by_surname().items()
                                         if sum(counts) >= LONE_MAKER_MIN and directs_first(counts)))
    return _MAKER_SURNAMES[0]


@functools.lru_cache(maxsize=2)
def _maker_hashes(makers: frozenset[str]) -> numpy.ndarray:
    return numpy.array(sorted(hash_string(m) for m in makers), dtype=numpy.uint64)


def _lone_makers(doc: Doc, text: str, found: list[Mention], critic: Critic, known,
                 archive: ArchiveLexicon) -> list[Mention]:
    """A director's surname alone inside a sentence (after a lower-case word, a comma or a bracket; no capitalised
    word on either side, no bracket after: "Cooper (Mark Vale)" is a part), that spaCy left untagged and that is
    no given name, ordinary word or part."""
    makers = _maker_surnames()
    out: list[Mention] = []
    taken: SpanIndex | None = None
    # the tokens' hashes against the surnames' sorted ones (numpy.isin sorts both: 0.25 ms; a loop over the tokens 0.5)
    orths, sorted_makers = doc.to_array(ORTH), _maker_hashes(makers)
    at = numpy.minimum(numpy.searchsorted(sorted_makers, orths), len(sorted_makers) - 1)
    hits = numpy.flatnonzero(sorted_makers[at] == orths)
    for i in hits.tolist():
        tok = doc[i]
        s, e = tok.idx, tok.idx + len(tok.text)
        if s < 2 or text[s - 1] not in " \n" or text[s - 2] not in _LOWER_BEFORE or _CAPITAL_AFTER.match(text, e):
            continue
        if _CAPITAL_WORD_BEFORE_DOT.search(text[max(0, s - 30) : s]):
            continue
        if taken is None:
            taken = SpanIndex((m.start, m.end) for m in found)
        if not _lone_surname(tok.text, s, e, taken, critic, known, archive):
            continue
        out.append(Mention("person", tok.text, s, e, "people.ner", confidence("people.ner")))
        taken.add(s, e)
    return out


def _hyphen_pair(span, known: Container[str]) -> list[Mention]:
    """'the 1934 Astaire-Rogers musical': two surnames joined to qualify a noun."""
    toks = [t for t in span if not t.is_space]
    text = "".join(t.text_with_ws for t in toks).strip()
    m = _HYPHENED_PAIR.fullmatch(text)
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if not m or nxt is None or not nxt.is_lower or nxt.pos_ not in {"NOUN", "ADJ"}:
        return []
    s = span.start_char
    conf = confidence("people.ner", "hyphen_pair")
    return [Mention("person", m[1], s, s + len(m[1]), "people.ner", conf),
            Mention("person", m[2], s + len(m[1]) + 1, s + len(text), "people.ner", conf)]


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


_SIGNATURE_LINE = gated(r"@|https?:|www\.|\.com\b|\.edu\b|\b(?:[Ww]eb\s*site|[Hh]ome\s*page|[Ee]-?mail|"
                             r"Site|Archive|Copyright|ICQ|AOL)\b")


def _in_signature(text: str, m: Mention) -> bool:
    """Names on a line with an address or a site name belong to the critic's signature block."""
    # at most 300 characters either side: a text without line breaks is not one long signature line
    line_start = max(text.rfind("\n", max(0, m.start - 300), m.start) + 1, m.start - 300)
    line_end = text.find("\n", m.end, m.end + 300)
    line = text[line_start : line_end if line_end >= 0 else m.end + 300]
    return m.rule != "people.header" and bool(_SIGNATURE_LINE.search(line))


#: ... or after a signature's dash or "by" on its line (extractors/README.md, "People, twelfth pass")
SIGNED_SURNAMES = True
_SIGNED_BEFORE = re.compile(r"(?:^[ \t]*-{1,2}|\b[Bb]y)[ \t]*(?:[A-Z]\.[ \t]*)?$")


def _surname_signature(text: str, m: Mention, critic: Critic) -> bool:
    """A name alone on a line near the end that carries the critic's surname ("Timothy Voon" signing for Tim
    Voon, a relative co-signing): the signature. Archive: 461 such lines, 64 critics, 426 of them in the
    last 15 lines; 20/20 sampled are signatures."""
    if m.rule == "people.header" or " " not in m.name:
        return False
    surnames = {k.split()[-1] for k in critic.keys() if " " in k}
    if fold(m.name).split()[-1] not in surnames or text.count("\n", m.end) > 15:
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    if text[line_start : line_end if line_end >= 0 else len(text)].strip() == text[m.start : m.end].strip():
        return True
    # "-- T. Robin Sutherland  Movie Buffs Rant", "By Andrew Chan": a signature's dash or "by" before the name
    return SIGNED_SURNAMES and _SIGNED_BEFORE.search(text, line_start, m.start) is not None


def _without_critic(mentions: list[Mention], critic: Critic) -> list[Mention]:
    """The critic signs in bylines and signatures; those names are never people of the review."""
    keys = critic.keys()
    surnames = {k.split()[-1] for k in keys if k}
    out = [m for m in mentions if fold(m.name) not in keys and fold(m.name) not in surnames
           and not _critic_variant(m.name, keys)]
    if CRITIC_NICKNAMES and len(out) < len(mentions):
        # "Dan  Dan Barrett" signing for Daniel Barrett, "without Chris's permission" beside a signing Christopher
        # Meadows: where the critic's name went, the critic's given name alone goes too (else it stands alone)
        given = {_NICKNAMES.get(k.split()[0], k.split()[0]) for k in keys if " " in k}
        out = [m for m in out if " " in m.name or _NICKNAMES.get(fold(m.name), fold(m.name)) not in given]
    return out


def _critic_variant(name: str, keys: set[str]) -> bool:
    """The critic's name with middle names ("Frank Richard Maloney" for Frank Maloney) or run on
    into the next word of a signature ("Scott Renshaw Stanford University")."""
    words = fold(name).split()
    for k in keys:
        kw = k.split()
        if len(kw) >= 2 and len(words) > len(kw) and (words[: len(kw)] == kw or
                                                      (words[0] == kw[0] and words[-1] == kw[-1])):
            return True
        # "Alan Mercer" for Alan J. Mercer: the critic without a middle name or initial
        if len(kw) > len(words) >= 2 and words[0] == kw[0] and words[-1] == kw[-1]:
            return True
        # "Jeffrey A. Sullivan" for Jeff Sullivan, "Mike Legeros" for Michael J. Legeros: a short form of the
        # critic's given name (CRITIC_NICKNAMES; extractors/README.md, "People, nineteenth pass")
        if CRITIC_NICKNAMES and len(kw) >= 2 and len(words) >= 2 and words[-1] == kw[-1] and words[0] != kw[0] and \
                _NICKNAMES.get(words[0], words[0]) == _NICKNAMES.get(kw[0], kw[0]):
            return True
    return False


#: The critic signs with a short or a long form of the given name ("Timothy Voon" for Tim Voon): 599 such names on
#: even-id archive pages (315 pages, 40 critics), the critic's own in 20/20 read. False: off.
CRITIC_NICKNAMES = True


def _name_token(tok) -> bool:
    return tok.is_title and tok.is_alpha and tok.pos_ == "PROPN" and fold(tok.text) not in NOT_PEOPLE


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
#: Initials of places, forces and titles ("U.S. Marshals", "L.A. Confidential", "G.I. Jane"), not of a name.
_NOT_INITIALS = frozenset("U.S. U.K. L.A. G.I. A.I. D.C. N.Y. E.T. T.V. P.S. U.N. B.C. A.D. R.I.P.".split())


def _expand_name(doc: Doc, start: int, end: int):
    """Grow a PERSON span over name tokens spaCy left out: 'Pixote [Hunt]', '[Forrest J]. Ackerman'."""
    if start > 0 and _name_token(doc[start - 1]) and not doc[start - 1].is_sent_start \
            and doc[start - 1].whitespace_ == " " and not _ROLE_WORD.match(doc[start - 1].text):
        start -= 1
    elif start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and doc[start - 2].is_title \
            and not doc[start - 2].whitespace_:
        start -= 2  # "Sven-Bertil Taube"
    elif start > 0 and doc[start - 1].whitespace_ == " " and _INITIALS.fullmatch(doc[start - 1].text) \
            and doc[start - 1].text not in _NOT_INITIALS:
        start -= 1  # "H.G. Wells", "J.R.R. Tolkien" (archive: 4,079 initials before a capitalised word)
    last = doc[end - 1]
    if end + 1 < len(doc) and len(last.text) == 1 and last.text.isupper() and doc[end].text == "." \
            and _name_token(doc[end + 1]):
        end += 2
    elif end < len(doc) and _name_token(doc[end]) and last.whitespace_ == " " and end - start < 3:
        end += 1
    return doc[start:end]


_ROLE_WORD = re.compile(r"(?i)^(?:director|writer|producer|actor|actress|star|composer|editor|novelist|author|"
                        r"screenwriter|cinematographer|filmmaker|comedian|singer|the|and|or|with|by|as|in)$")


_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=4)
def _words(text: str) -> frozenset[str]:
    """The text's words, once per review (a pattern per candidate name would be compiled anew)."""
    return frozenset(_WORD.findall(text))


def _mostly_given(known: Container[str], word: str) -> bool:
    """A lone first name ("Sam laments", "Before Jason and Freddy") names a character or a child."""
    mostly_given = getattr(known, "mostly_given_name", None)
    return mostly_given is not None and mostly_given(word)


_QUOTE_TOKENS = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def _title_possessive(doc: Doc, tok, archive: ArchiveLexicon) -> bool:
    """Does ``tok`` open a title the archive's critics write, "X's Y (Z)" ("Dawson's Creek", "Miller's
    Crossing")? Archive: extractors/README.md, seventh pass."""
    i = tok.i + 1
    if i + 1 >= len(doc) or doc[i].lower_ not in ("'s", "\u2019s") or not doc[i + 1].is_title:
        return False
    for n in (1, 2):
        words = [t.text for t in doc[i + 1 : i + 1 + n]]
        if len(words) == n and all(w[:1].isupper() for w in words) and \
                sum(archive.title_counts(f"{tok.text}'s {' '.join(words)}")) >= 2:
            return True
    return False


def _plausible_single_name(tok, text: str, other_names: set[str], known: Container[str],
                           archive: ArchiveLexicon | None = None) -> bool:
    """A one-word PERSON: part of another name in the review, else a proper noun the text never
    uses as an ordinary word and (with a KB) somebody's surname or single name, not mostly a
    first name; or a surname the archive's credits headers give ("Shakespeare" of "William Shakespeare",
    "Cher") that its critics do not write as an ordinary word."""
    if _before_place_word(text, tok.text):
        return False  # "Fenwick" where the text writes "Fenwick City"
    doc = tok.doc
    if 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in _QUOTE_TOKENS and doc[tok.i + 1].text in _QUOTE_TOKENS:
        return False  # '"Vertigo" or "2001"': a lone word in quotes is a title or a nickname
    if archive is not None and _title_possessive(doc, tok, archive):
        return False  # "Dawson's Creek", "Schindler's List": a title's opening
    if tok.text in other_names:
        return True
    if tok.pos_ != "PROPN" or not tok.is_title or tok.text.endswith("ly"):
        return False
    low = tok.text.lower()
    if low in _words(text) if _WORD.fullmatch(low) else re.search(rf"\b{re.escape(low)}\b", text):
        return False
    if _mostly_given(known, tok.text):
        return False
    surname = getattr(known, "has_surname", None)
    if surname is None or surname(tok.text) or tok.text in known:  # "Madonna"
        return True
    return archive is not None and tok.text in archive.surnames and low not in archive.common_words \
        and archive.title_counts(tok.text)[0] < 3  # "Godzilla", credited as himself, is a film's title


KB_DIRECTOR_SURNAMES = True
#: After a lone surname: a possessive ("Proyas's camera", "Costa-Gavras' FILM"), a verb or another lower-case word
#: of the clause ("Proyas suffers from", "Kerrigan makes good use of"), or a partner ("Myrick and Sanchez have made")
_MAKER_AFTER = re.compile(r"['\u2019]s?\s|[ \t\n]+(?:(?:and|&)[ \t\n]+[A-Z]|(?!(?:and|or|of|in|on|at|to|for|from|with|"
                          r"as|by|the|a|an)\b)[a-z])")
#: ... and not after another capitalised word, an initial, a title or a particle ("Peter Weir", "P. T. Anderson", "Mr.
#: Holland's Opus", "von Trier", "Casper van Dien"): a fuller name, or someone else's. The cast-surname rule
#: (``resolve``) asks the same of a lone performer's surname.
NAME_BEFORE = re.compile(r"(?:[A-Z][\w.'\u2019\-]*|\b(?:van|von|de|del|della|da|di|du|le|la|den|der|dos|los|las|"
                         r"ten|ter|st|mac))\s+$")
#: ... nor a family's or a team's word ("the Coen brothers", "other Coen brother's films"): no one person
_TEAM_AFTER = re.compile(r"\s+(?:brothers?|sisters?|family|clan|team|duo)\b", re.I)


def kb_director_surnames(text: str, found: list[Mention], directors: list[str], others: list[str],
                         critic: Critic, archive: ArchiveLexicon) -> list[Mention]:
    """The reviewed film's director named by the surname alone where the text never gives the full name: "Proyas
    suffers from attention deficit disorder", "Kerrigan's emphasis on loneliness", "Towne and Woo take some
    chances". ``directors``: the KB's director principals of the reviewed film, ``others``: its other principals.
    A surname one director alone bears among the film's principals, standing alone (no capitalised word or title
    before or after it) in a maker's place (before "'s", a lower-case verb, or "and" and a partner's name), is that
    director: spaCy tags few lone words, and no other rule reads such a surname unless a cue stands right before it.
    The credit then comes from the KB's principals (``credits.kb_principal_reviewed``)."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    for name in directors + others:
        words = [w for w in name.split() if not is_name_suffix(w)]
        if len(words) >= 2:
            by_surname[words[-1]].add(name)
    mentioned = {w for m in found for w in m.name.split()}
    out = []
    taken = SpanIndex((m.start, m.end) for m in found)
    for name in dict.fromkeys(directors):
        words = [w for w in name.split() if not is_name_suffix(w)]
        if len(words) < 2:
            continue
        sur = words[-1]
        if len(by_surname[sur]) != 1 or len(sur) < 3 or not sur[0].isupper() or sur.isupper() or sur in mentioned \
                or fold(sur) in critic.keys() or fold(sur) in NOT_PEOPLE:
            continue  # a family of makers, a name some mention has already (propagation finds the rest)
        common = sur.lower() in archive.common_words  # "Stone", "Younger": only before "'s"
        at = text.find(sur)
        while at >= 0:
            s, e = at, at + len(sur)
            at = text.find(sur, e)
            if (s and (text[s - 1].isalnum() or text[s - 1] in "'\u2019-")) or (e < len(text) and (
                    text[e].isalnum() or text[e] == "-")):
                continue
            if taken.overlaps(s, e) or critic.covers(s, e):
                continue
            before = text[max(0, s - 30) : s]
            if NAME_BEFORE.search(before) or _NAME_WORD_AFTER.match(text, e) or _TEAM_AFTER.match(text, e):
                continue
            after = _MAKER_AFTER.match(text, e)
            if after is None or (common and not after[0].startswith(("'", "\u2019"))):
                continue
            out.append(Mention("person", sur, s, e, "people.kb", confidence("people.kb")))
            taken.add(s, e)
    return out
