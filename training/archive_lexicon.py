"""The archive's own lexicon: what its critics call films, TV shows, books, characters and companies.

27,886 reviews by some 400 critics mark titles (quotes, _underscores_, CAPS, "Title (1971)") and say
what they are ("the TV series", "the 1971 film", "the novel"); their credits headers name real people
and the parts they play ("Bruce Willis (Harry Stamper)"); their prose names companies ("Castle Rock
Entertainment"). Counted by distinct critics over the whole archive, that is a lexicon the bundled
IMDb subset lacks (it has no TV series, no characters, and only ~16,000 films):

* ``titles``: title key (``name_key(title, film=True)``) -> [critics who write it as a film (a year in
  brackets after it, or a film word next to it), critics who call it a TV show, critics who call it a
  book, play, song or other work, critics who mark it at all]; kept when one of the first three counts
  reaches 2, or one critic writes it as a film and 5 mark it;
* ``characters``: name -> [critics who give it as a part (header "Actor (Part)", prose "Part (Actor)",
  "Actor as/plays Part" for an actor of the review's header), critics whose header credits it as a
  person]; kept when the first count reaches 2;
* ``companies``: names written right before a company word (Entertainment, Pictures, Productions ...)
  by 2 critics or more, and that no credits header gives as a person ("Jerry Bruckheimer Films");
* ``surnames``: last words of the names credits headers give (a single name too: "Cher", "Vangelis"), by
  2 critics or more and more than give the word as a part;
* ``given_names``: first words of the names credits headers give, by 2 critics or more ("Irwin");
* ``labels``: critic -> {capitalised run: per cent of the critic's reviews holding it}, for runs (as
  ``extractors/titles.py`` cuts them) in 4 of the critic's reviews or more and in 10 per cent of them at least:
  the labels of the critic's own layout ("FINAL AWARD FOR", "USELESS TRIVIA", "AT ALL COSTS"), no titles;
* ``common_words``: words written in lower case at least 50 times and at least three times as often as
  capitalised ("wealthy", "silly", "nice"): a name opening with one is a phrase ("Wealthy Cuban");
* ``reviewed_titles``: IMDb id -> the other titles critics give the film their page is about, where
  their review's own title line names it otherwise than IMDb's page line ("LIFE IS BEAUTIFUL" over "Vita
  è bella, La (1997)"), by 2 critics or more: a review of the film that names it only so, with no title
  line of its own, names the reviewed film (in `extractors/titles.py`);
* ``principals``: title key -> year -> name -> the roles credits headers of reviews of that film (page
  title and year) give the name, by 2 critics or more: the archive's own cast and crew lists, which
  extend the bundled KB's principals (it has them for 890 of the archive's 6,280 films);
* ``acronyms``: a word of 2 to 6 capitals -> critics who write it so in running prose (lower case within 30
  characters on both sides) in reviews that write their own film's title in Title Case and nothing in capitals
  of two words, by 3 critics or more: such a critic's capitals are acronyms and stresses ("MSNBC", "IMHO",
  "SWAT", "TIME"), not titles;
* ``posted``: block of 500 page ids -> the year 90 per cent of that block's pages are about or before: the
  archive numbers its pages as they were posted, so a page's block says when it was written at the latest
  (a 1977 film's page among pages of 2000 films is a review written in 2000: extractors/titles.py).

Dev and every gold set of tests/data are left out (by review id), so no scored review teaches the
lexicon its own marks. The result is ``extractors/models/archive_lexicon.json.gz`` (extractors read it
through :mod:`filmkg.extractors.models`), written with ``archive_roles.json.gz`` by the one archive pass
(archive_counts.py; ``make archive-counts``), which feeds :class:`LexiconCounts` each review and its
header credits (archive_headers.py).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from archive_headers import ReviewHeaders  # training/ is the script's folder

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "extractors" / "models" / "archive_lexicon.json.gz"
MIN_CRITICS = 2

_QUOTED = re.compile(r"(?:\"|\u201c)(?P<t>[A-Z0-9](?:[^\"\u201d\n]|\n(?!\s*\n)){0,70}?)(?:\"|\u201d)")
_MARKED = re.compile(r"(?<![\w*])([_*])(?P<t>[A-Z0-9](?:[^_*\n]|_(?=\w)){0,80}?)\1(?![\w*])")
_CAPS = re.compile(r"(?<![\w'])(?P<t>[A-Z0-9][A-Z0-9'&\-.!?:]*(?:[ \t]+[A-Z0-9][A-Z0-9'&\-.!?:]*){0,7})(?![\w'])")
_SMALL = r"of|the|a|an|in|on|to|for|and|with|at|from|by"
_TITLE_YEAR = re.compile(rf"(?<![\w'])(?P<t>[A-Z0-9][\w'\-:,&.!?]*(?:[ \t]+(?:[A-Z0-9][\w'\-:,&.!?]*|{_SMALL})){{0,8}})"
                         r"[ \t]*\((?:19|20)\d\d\)")
_YEAR_AFTER = re.compile(r"\s*\((?:19|20)\d\d\)")
_TV_BEFORE = re.compile(r"\b(?:tv|television|series|sitcom|show|shows|episodes?|mini-?series|cartoon|soap|"
                        r"(?:tv|television|network)['\u2019]s)\W*$", re.I)  # "TV's THE SIMPSONS"
_TV_AFTER = re.compile(r"\W{0,3}(?:(?:tv|television)\s+)?"
                       r"(?:series|sitcom|show|episodes?|mini-?series|cartoons?|soap)\b", re.I)
_WORK_BEFORE = re.compile(r"\b(?:novel|book|play|song|album|single|poem|story|opera|magazine|article|game|comic|"
                          r"strip|novella|memoir)\W*$", re.I)
_WORK_AFTER = re.compile(r"\W{0,3}(?:novel|book|play|song|album|single|poem|magazine|article|game|comic)\b", re.I)
_FILM_BEFORE = re.compile(r"\b(?:film|films|movie|movies|picture|flick|remake|sequel|directed|starred|starring|"
                          r"roles?)\W*$", re.I)
_FILM_AFTER = re.compile(r"\W{0,3}(?:film|movie|picture|flick|remake|sequel)\b", re.I)

_WORD = re.compile(r"(?<![\w'\-])([A-Za-z][a-z]+)(?![\w'\-])")
_CAPS_TOKEN = re.compile(r"(?<![\w'\-])([A-Z][A-Z0-9]{1,5})(?![\w'\-])")
ACRONYM_MIN = 3
_CAPS_PAIR = re.compile(r"(?<![\w'\-])[A-Z][A-Z'\-]+[ \t]+[A-Z][A-Z'\-]+(?![\w'\-])")
COMMON_MIN = 50
#: Critics who mark a title (any typography) for it to be kept with a single critic's film context.
MARKED_MIN = 5
_NAME = r"[A-Z][\w'\-]+(?:[ \t]+(?:[A-Z][\w'\-]+|[A-Z]\.|de|van|von|der|la|le|di|da|del|du))*"
_NAME_ONLY = re.compile(rf"{_NAME}")
_COMPANY = re.compile(rf"(?<![\w'])(?P<n>{_NAME})[ \t]+(?:Entertainment|Pictures|Films|Productions|Studios?|"
                      r"Releasing|Distribution|Home[ \t]+Video|Inc\b|Corp\b|Company)(?![\w:])")


def _title_like(s: str) -> bool:
    words = s.split()
    if not 1 <= len(words) <= 9:
        return False
    return words[0][0].isupper() and all(w[0].isupper() or not w[0].isalpha() for w in words if len(w) > 3)


def count_titles(text: str, critic: str, stats: dict) -> None:
    from filmkg.core.normalize import name_key

    for rx, kind in ((_QUOTED, "q"), (_MARKED, "m"), (_CAPS, "c"), (_TITLE_YEAR, "y")):
        for m in rx.finditer(text):
            s = m["t"].rstrip(",.!? :")
            if kind == "c" and len(re.sub(r"[^A-Z]", "", s)) < 4:
                continue
            if kind in "qm" and not _title_like(s):
                continue
            key = name_key(s, film=True)
            if len(key) < 3:
                continue
            start = m.start("t")
            end = start + len(s)
            before = text[max(0, start - 30) : start].rstrip(" \"'\u201c_*")
            after = text[end : end + 25].lstrip("\"'\u201d_*")
            ctx = stats[key]
            ctx[3].add(critic)
            if kind == "y" or _YEAR_AFTER.match(after) or _FILM_BEFORE.search(before) or _FILM_AFTER.match(after):
                ctx[0].add(critic)
            if _TV_BEFORE.search(before) or _TV_AFTER.match(after):
                ctx[1].add(critic)
            if _WORK_BEFORE.search(before) or _WORK_AFTER.match(after):
                ctx[2].add(critic)


def count_names(found: list, text: str, critic: str, parts: dict, persons: dict, companies: dict,
                credited: dict | None = None) -> None:
    """Names the review's header credits (``found``, archive_headers.headers_of) give as people and as
    parts, parts its prose gives those actors, and names before a company word."""
    actors = set()
    for c in found:
        persons[c.name].add(critic)
        if credited is not None:
            for role in c.roles:
                credited[c.name][role].add(critic)
        if "actor" in c.roles and " " in c.name:
            actors.add(c.name)
        if c.character:
            part = " ".join(c.character.split())
            if _NAME_ONLY.fullmatch(part) and len(part.split()) <= 3:
                parts[part].add(critic)
    if actors:
        alt = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(actors, key=len, reverse=True))
        for m in re.finditer(rf"(?<![\w.])({_NAME})\s*\((?:played\s+by\s+)?(?:{alt})[,)]", text):
            part = " ".join(m[1].split())
            if len(part.split()) <= 3:
                parts[part].add(critic)
        for m in re.finditer(rf"(?:{alt})\s+(?:as|plays)\s+({_NAME})", text):
            part = " ".join(m[1].split())
            if len(part.split()) <= 3:
                parts[part].add(critic)
    for m in _COMPANY.finditer(text):
        companies[" ".join(m["n"].split())].add(critic)


def _first_words(persons: dict) -> dict[str, int]:
    """First words of the names headers credit (two words or more, capitalised, letters only): critics each."""
    critics: dict = defaultdict(set)
    for name, who in persons.items():
        words = name.split()
        if len(words) >= 2 and words[0].isalpha() and words[0][:1].isupper() and words[0][1:].islower():
            critics[words[0]] |= who
    return {w: len(who) for w, who in critics.items()}


def _surnames(persons: dict, parts: dict) -> list[str]:
    from filmkg.extractors.header import LABEL_ROLES

    # a header's own words ("Cast", "Directed", "Music") and articles end a badly cut name at times
    labels = {w for k in LABEL_ROLES for w in k.split()} | {"a", "an", "the", "by", "and", "with", "principal"}
    critics: dict = defaultdict(set)
    for name, who in persons.items():
        critics[name.split()[-1]] |= who
    return sorted(w for w, who in critics.items() if len(who) >= MIN_CRITICS and len(who) > len(parts.get(w, ()))
                  and w[:1].isupper() and w[1:].islower() and w.isalpha() and w.lower() not in labels)


#: Reviews of one critic, and share of them (per cent), a capitalised run must be in to be a label of their layout.
LABEL_REVIEWS = 4
LABEL_SHARE = 10


def count_acronyms(text: str, page: str | None, critic: str, acronyms: dict[str, set[str]]) -> None:
    """Words in capitals inside lower-case prose of a review that does not write its own title in capitals."""
    from filmkg.extractors.titles import uses_caps_titles

    # ... a critic who writes titles in Title Case: the page's film so, never in capitals, and no run of two words
    # in capitals anywhere (a page whose film is written otherwise may still cap other films)
    if not page or uses_caps_titles(text, page) or page not in text or _CAPS_PAIR.search(text):
        return
    for m in _CAPS_TOKEN.finditer(text):
        before, after = text[max(0, m.start() - 30) : m.start()], text[m.end() : m.end() + 30]
        if re.search(r"[a-z]", before) and re.search(r"[a-z]", after):
            acronyms[m[1]].add(critic)


def count_labels(text: str, runs: set[str]) -> None:
    """The capitalised runs of one review, cut as the caps rule of ``extractors/titles.py`` cuts them."""
    from filmkg.extractors.titles import caps_runs

    for surface in caps_runs(text):
        runs.add(" ".join(surface.split()).upper())


def labels_of(per_critic: dict[str, list[set[str]]]) -> dict[str, dict[str, int]]:
    out = {}
    for critic, reviews in per_critic.items():
        counts = Counter(r for runs in reviews for r in runs)
        labels = {r: max(1, 100 * c // len(reviews)) for r, c in counts.items()
                  if c >= LABEL_REVIEWS and 100 * c >= LABEL_SHARE * len(reviews)}
        if labels:
            out[critic] = dict(sorted(labels.items()))
    return out


class LexiconCounts:
    """The lexicon's counts, fed one review at a time (:meth:`add`) by the one archive pass (archive_counts.py)."""

    def __init__(self) -> None:
        self.titles: dict = defaultdict(lambda: (set(), set(), set(), set()))
        self.parts: dict = defaultdict(set)
        self.persons: dict = defaultdict(set)
        self.companies: dict = defaultdict(set)
        self.caps: dict = defaultdict(list)
        self.lower: Counter = Counter()
        self.upper: Counter = Counter()
        self.reviewed: dict = defaultdict(lambda: defaultdict(set))  # imdb id -> title key -> critics
        # title key -> year -> name -> role -> critics
        self.principals: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(lambda: defaultdict(set))))
        self.forms: dict[str, Counter] = defaultdict(Counter)  # title key -> its spellings
        self.page_years: dict[int, list[int]] = defaultdict(list)  # block of page ids -> its films' years
        self.acronyms: dict[str, set[str]] = defaultdict(set)
        self.n = 0

    def add(self, h: ReviewHeaders) -> None:
        from filmkg.extractors.reviewed import film_key, page_title

        review, critic = h.review, h.critic
        count_titles(review.text, critic, self.titles)
        page, page_year = page_title(review.title)
        year = review.year or page_year
        credited = self.principals[film_key(page)][str(year)] if page and year else None
        count_names(h.credits, review.text, critic, self.parts, self.persons, self.companies, credited)
        count_labels(review.text, runs := set())
        self.caps[critic].append(runs)
        for m in _WORD.finditer(review.text):
            w = m[1]
            (self.lower if w[0].islower() else self.upper)[w.lower()] += 1
        count_reviewed_titles(review, page, critic, self.reviewed, self.forms)
        count_acronyms(review.text, page, critic, self.acronyms)
        if year and review.identifier.isdigit():
            self.page_years[int(review.identifier) // POSTED_BLOCK].append(year)
        self.n += 1

    def result(self) -> dict:
        titles, parts, persons, reviewed, forms = self.titles, self.parts, self.persons, self.reviewed, self.forms
        return {
            "reviews": self.n,
            "titles": {k: [len(a), len(b), len(c), len(d)] for k, (a, b, c, d) in sorted(titles.items())
                       if max(len(a), len(b), len(c)) >= MIN_CRITICS or (a and len(d) >= MARKED_MIN)},
            "characters": {k: [len(v), len(persons.get(k, ()))] for k, v in sorted(parts.items())
                           if len(v) >= MIN_CRITICS},
            "companies": sorted(k for k, v in self.companies.items() if len(v) >= MIN_CRITICS and not persons.get(k)),
            "surnames": _surnames(persons, parts),
            "given_names": sorted(w for w, c in _first_words(persons).items() if c >= MIN_CRITICS),
            "labels": labels_of(self.caps),
            "common_words": sorted(w for w, c in self.lower.items() if c >= COMMON_MIN and c >= 3 * self.upper[w]),
            "principals": _principals(self.principals),
            "reviewed_titles": {imdb: sorted(forms[k].most_common(1)[0][0] for k, who in keys.items()
                                             if len(who) >= MIN_CRITICS)
                                for imdb, keys in sorted(reviewed.items())
                                if any(len(who) >= MIN_CRITICS for who in keys.values())},
            "posted": posted_years(self.page_years),
            "acronyms": {w: len(who) for w, who in sorted(self.acronyms.items()) if len(who) >= ACRONYM_MIN},
        }


def summary(lex: dict) -> str:
    return (f"{lex['reviews']} reviews, {len(lex['titles'])} titles, {len(lex['characters'])} characters, "
            f"{len(lex['companies'])} companies, {len(lex['surnames'])} surnames, "
            f"{len(lex['common_words'])} common words, {len(lex.get('acronyms', ()))} acronyms, "
            f"{len(lex['reviewed_titles'])} films' other titles, "
            f"{sum(len(n) for y in lex['principals'].values() for n in y.values())} principals")


#: Page ids per block of :func:`posted_years`.
POSTED_BLOCK = 500


def posted_years(page_years: dict[int, list[int]]) -> dict[str, int]:
    """Block -> the 90th percentile of its pages' film years (blocks of 50 pages or more): the year the block's
    reviews were posted, give or take one (a block's newest films are its posting year's)."""
    out = {}
    for block, years in sorted(page_years.items()):
        if len(years) >= 50:
            years = sorted(years)
            out[str(block)] = years[int(len(years) * 0.9)]
    return out


def _principals(principals: dict) -> dict:
    out: dict = {}
    for key, years in sorted(principals.items()):
        for year, names in sorted(years.items()):
            kept = {name: sorted(r for r, who in roles.items() if len(who) >= MIN_CRITICS)
                    for name, roles in sorted(names.items())}
            kept = {name: roles for name, roles in kept.items() if roles}
            if kept:
                out.setdefault(key, {})[year] = kept
    return out


def count_reviewed_titles(review, title: str | None, critic: str, reviewed: dict, forms: dict) -> None:
    """The titles this review's own lines give its film, other than IMDb's page line (``title``, cleaned)."""
    from filmkg.core.normalize import title_case
    from filmkg.extractors.reviewed import film_key, reviewed_film

    if not (title and review.imdb_id):
        return
    start = review.critic_span[1] if review.critic_span else (review.title_span[1] if review.title_span else 0)
    named = reviewed_film(review.text, title, start)
    if named is None:
        return
    page = film_key(title)
    for form in (named.title, *named.aliases):
        key = film_key(form)
        if key and key != page and re.search(r"[A-Za-z]{2}", form):
            reviewed[review.imdb_id][key].add(critic)
            forms[key][title_case(form)] += 1
