"""The reviewed film: one node however the review names it.

An archive page names its film three ways: the page line (IMDb's title, often the original
language's: "Karakter (1997)"), the review's own title line ("CHARACTER", "THE KINGDOM
(RIGET)", "FILM TITLE: HIGH HEELS", "ULYSSES' GAZE (director: ...") and the prose. Survey of
the archive (27,872 pages with a page title; ``benchmarks/survey_reviewed.py``): on 2,987 pages
(10.7%) the page title never occurs in the review below its page line, and the film is named
only by another title. Left alone, that title becomes a second film node that takes the
credits the prose gives.

:func:`reviewed_film` reads the review's title line and decides:

* the title line names the page's film in other words ("X (Y)" with X or Y the page title,
  an "&" for an "and", a short form whose words are all in the page title): every form is the
  page's film;
* the page title never occurs below the page line and the title line names a film: the review
  is about the title line's film (original-language page titles, and the archive's mislabelled
  pages alike), which becomes the reviewed film, the page line one of its forms.

:func:`page_title` cleans IMDb's page line ('"Dekalog" (1987) (mini)', 'Nora, The (1993) (TV)').
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from filmkg.core.normalize import fold, title_case, unsuffix_article
from filmkg.core.records import Mention
from filmkg.core.regex import gated
from filmkg.core.spans import SpanIndex
from filmkg.extractors.confidence import confidence

#: IMDb's year and kind after a title: "(1993) (TV)", "(1990/I)", "(????)", "(V)", "(mini)".
_PAGE_SUFFIX = re.compile(
    r"\s*\((?:\d{4}|\?{4})(?:/[IVX]+)?\)(?:\s*\((?:TV|V|VG|mini)\))?\s*$|\s*\((?:TV|V|VG|mini)\)\s*$")
_PAGE_YEAR = re.compile(r"\((\d{4})(?:/[IVX]+)?\)")


def page_title(title: str | None) -> tuple[str | None, int | None]:
    """IMDb's page line without its year and kind, quotes of a series, or index-form article."""
    if not title:
        return title, None
    year_m = _PAGE_YEAR.search(title)
    year = int(year_m[1]) if year_m and _PAGE_SUFFIX.search(title) else None
    t = _PAGE_SUFFIX.sub("", title).strip()
    if len(t) > 2 and t[0] == t[-1] == '"':
        t = t[1:-1].strip()
    return (unsuffix_article(t) or title), year


@dataclass(frozen=True, slots=True)
class Reviewed:
    """The reviewed film's name and the other titles the review gives it."""

    title: str
    aliases: tuple[str, ...] = ()


#: Lines at the top passed over: bylines, copyright, ratings, dates, addresses, rules.
_SKIP_LINE = re.compile(
    r"(?i)\b(?:review(?:ed)?\s+(?:by|on)|a\s+(?:\w+\s+)?(?:film|movie)\s+review|copyright|\(c\)|rating|grade|"
    r"http|www\.|e-?mail|posted|capsule|stars?\s+out\s+of|out\s+of\s+(?:\d|\*|four|five))\b|@|\u00a9|^\W*$|"
    r"\breviews?\W*$|"
    r"^\s*(?:by\s|\d+\s*[/\-.]\s*\d|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})|^\s*[\w\-]+:\s*(?:https?:|$)"
    r"|^\s*\(?[A-Z][\w ]+\)?\s*$(?<=\))")
#: Lines that end the title lines: credits labels, dashes, prose.
_STOP_LINE = re.compile(r"(?i)^\s*[a-z][\w /\-]{1,30}:\s|\b(?:starring|directed|written|cast|produced)\b")
#: "Cranky Critic movie reviews: TITLE": a site's banner before the title.
_BANNER = re.compile(r"(?i)^.*\b(?:reviews?\s*:|review\s+of)\s*")
#: A bracket after the title naming its distributor, not a second title.
_COMPANY = re.compile(r"(?i)\b(?:pictures|films?|studios?|releasing|classics|entertainment|distribution|miramax|"
                      r"paramount|universal|columbia|warner|fox|disney|dreamworks|tristar|m\.?g\.?m\.?|new\s+line|features|"
                      r"artists|artisan|gramercy|lions\s+gate|fine\s+line|touchstone|orion|sony|polygram|october|booking|"
                      r"international|"
                      r"video|dvd|vhs|tv|television)\b")
#: A title line: the title, then a bracketed second title or year, a rating or stars.
_TITLE_LINE = re.compile(
    r"^\s*(?P<label>(?i:film\s+title|title)\s*:\s*)?[\"_*]?(?P<x>[A-Z0-9\"'][^\n()]{0,70}?)[\"_*]?\s*"
    r"(?:\(\s*[\"'_]*(?P<y>(?!\d{4}\s*\))[^()\n]{1,60}?)[\"'_]*\s*\)\s*)?"
    r"(?:\(\s*(?:\d{4})\s*\)\s*)?(?:(?:(?<=\))\s*|\s{2,}|\s*(?=\*))[*\u00bd+/\d. ]*(?:stars?(?:\s+out\s+of\s+\w+)?)?)?"
    r"[\s.]*$")
#: "X (director: ...": a run-in credits header after the title; "X (Y) (director: ...": the same with the film's
#: other title in brackets first (archive: 136 pages, one critic's layout; 14 of 15 read the film's two titles).
_RUN_IN_TITLE = re.compile(r"^\s*(?P<x>[A-Z0-9\"'][^\n()]{0,70}?)\s*(?:\(\s*(?P<y>[^()\n]{1,80}?)\s*\)\s*)?"
                           r"\(\s*(?i:directors?|dir\.?)\b")
#: "(Y)" or "[Y]" alone on the line under the title line: the film's other title ("ZUSJE" over "[LITTLE SISTER]").
_BRACKET_LINE = re.compile(r"^\s*[\[(]\s*(?P<y>[^()\[\]\n]{2,70}?)\s*[\])]\s*$")
#: What such a line also holds: a spoiler warning, a distributor's acronym ("(IRS)", "(UIP)"), a title's run-on.
_NOT_BRACKET_TITLE = re.compile(r"(?i)spoiler|^\W|^[A-Z]{1,4}$|\btri-?star\b")
#: An index-form article after a title, in any language the archive's title lines use ("CUP, THE", "MESSIA, IL").
_LINE_ARTICLE = re.compile(r"(?i)^(?P<rest>.+?),\s*(?P<art>the|an?|les?|la|l'|il|der|die|das|el|los|las|o)$")
#: Places in brackets after a title: its country, not a second title.
_PLACE = re.compile(r"(?i)^(?:united\s+(?:states|kingdom)|usa|u\.s\.a?\.?|uk|u\.k\.|great\s+britain|england|"
                    r"france|italy|"
                    r"germany|spain|japan|china|hong\s+kong|taiwan|india|canada|australia|russia|mexico|"
                    r"sweden|denmark|ireland|korea|iran|brazil|belgium|holland|the\s+netherlands|poland|"
                    r"american|australian|british|canadian|chinese|danish|dutch|english|french|german|greek|hungarian|"
                    r"indian|irish|italian|japanese|korean|mexican|polish|russian|spanish|swedish|taiwanese|iranian|"
                    r"brazilian|belgian|cuban|czech|norwegian|finnish|scottish|israeli|turkish)\b")
_AKA = re.compile(r"(?i)^\s*(?:a\.?k\.?a\.?|also\s+known\s+as|original(?:ly)?\s+(?:title|titled)\s*:?)\s*")
_SMALL = {"a", "an", "the", "of", "in", "on", "and", "to", "for", "with", "at", "by", "from", "or", "as", "vs",
          "de", "la", "le", "les", "du", "des", "el", "il", "di", "da", "der", "die", "das", "von", "van"}


@dataclass(frozen=True, slots=True)
class TitleLine:
    """The review's own title line: its title, a second title in brackets, and whether it is
    marked as a title (a "Title:" label, a run-in credits header, a byline under it)."""

    title: str
    second: str | None
    marked: bool
    #: a title on the line right under it ("TAGLINE" then "TITLE", "ENGLISH TITLE" then "ORIGINAL TITLE")
    below: str | None = None


def title_line(text: str, start: int, page: str | None = None) -> TitleLine | None:
    """The review's own title line among the first lines after ``start`` (after the page line and
    the byline), bylines, ratings and addresses passed over; None when credits or prose come first.
    A bracket holding ``page`` (the page's title) is a second title whatever its case ("FAT GIRL (A ma
    soeur!)"), as a bracketed line under the title line is."""
    lines = [ln for ln in text[start : start + 600].split("\n") if ln.strip()][:6]
    for i, line in enumerate(lines):
        m = _RUN_IN_TITLE.match(line)
        if m:
            y = _AKA.sub("", m["y"] or "").strip(" \"'")
            return _line(m["x"], y if y and (_names(y, page) or _second_title(y)) else None, True)
        label = re.match(r"(?i)\s*(?:film\s+)?title\s*:", line)
        if not label and _SKIP_LINE.search(line):
            continue
        if not label and _STOP_LINE.search(line):
            return None
        m = _TITLE_LINE.match(_BANNER.sub("", line))
        if not m or not _title_words(m["x"]):
            return None
        y = _AKA.sub("", m["y"] or "")
        y = y if y and (_second_title(y) or _names(y, page)) else None
        if y is None and i + 1 < len(lines):
            y = _bracket_line(m["x"], lines[i + 1], page)
        byline = any(re.search(r"(?i)\b(?:film|movie)\s+review\s+by\b|^\s*review(?:ed)?\s+by\b", ln)
                     for ln in lines[i + 1 : i + 3])
        found = _line(m["x"], y, bool(m["label"]) or byline)
        nxt = _TITLE_LINE.match(lines[i + 1]) if found and i + 1 < len(lines) else None
        if nxt and not (_SKIP_LINE.search(lines[i + 1]) or _STOP_LINE.search(lines[i + 1])) \
                and _title_words(nxt["x"]) and _titleish(nxt["x"]):
            found = TitleLine(found.title, found.second, found.marked, _line(nxt["x"], None, False).title)
        return found
    return None


def _names(y: str, page: str | None) -> bool:
    """Is ``y`` the page's title, in any case, accents or article aside ("DECADE PRODIGIEUSE, LA")?"""
    return page is not None and film_key(_unsuffix(y)) == film_key(page)


def _unsuffix(t: str) -> str:
    """"CUP, THE" -> "THE CUP": a title line's index-form article put back in front."""
    m = _LINE_ARTICLE.match(t.strip())
    return f"{m['art']}{'' if m['art'].endswith(chr(39)) else ' '}{m['rest']}" if m else t


def _bracket_line(x: str, below: str, page: str | None) -> str | None:
    """The other title on the line under a title line, "(Y)" or "[Y]": the page's title, or a title in capitals
    under a title in capitals (archive: 143 pages, 37 critics; 47 of the 62 not the page's title are the film's
    translated or original title, the rest spoiler warnings, distributors' acronyms and a run-on, which
    :data:`_NOT_BRACKET_TITLE` leaves out)."""
    m = _BRACKET_LINE.match(below)
    if not m:
        return None
    y = _AKA.sub("", m["y"]).strip()
    if _names(y, page):
        return y
    caps = not re.search(r"[a-z]", x + y)
    return y if caps and _second_title(y) and not _NOT_BRACKET_TITLE.search(y) else None


def _line(x: str, y: str | None, marked: bool) -> TitleLine | None:
    def clean(t: str) -> str:
        return _unsuffix(" ".join(t.strip(" ,.:;-\"'_*").split()))
    if not _titleish(x):
        return None
    return TitleLine(clean(x), clean(y) if y and _titleish(y) else None, marked)


def _second_title(y: str) -> bool:
    """A bracket after the title holding another title, not a country, company, year or rating."""
    if _COMPANY.search(y) or _PLACE.match(y.strip()) or "," in y or re.search(r"\d{4}|\d/\d|(?i:subtitle|dubbed)", y):
        return False
    return not re.match(r"(?i)\W*(?:out\s+of|rated|unrated|nr|nc-17|pg(?:-13)?|r|g|x|tbs|hbo|usa|us/)\b", y) \
        and _title_words(y)


def _title_words(s: str) -> bool:
    """Capitals or title case: at most one lower-case word that is not a title's small word."""
    words = re.findall(r"[^\W\d_][\w'\u2019\-]*", s)
    return bool(words) and sum(w[0].islower() and w.lower() not in _SMALL for w in words) <= 1


def _titleish(s: str) -> bool:
    s = s.strip(" ,.:;-\"'_*")
    return len(re.sub(r"[^A-Za-z0-9]", "", s)) >= 2 and len(s.split()) <= 12


#: A sequel's number written either way: "Mission: Impossible II" is "MISSION: IMPOSSIBLE 2".
_ROMAN = {"ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9"}
_ARABIC = {v: k for k, v in _ROMAN.items()}


def film_key(title: str) -> str:
    """The form titles are compared in: folded, no article, "and" for "&", numerals as digits,
    spaces and punctuation aside."""
    words = re.sub(r"^(?:the|a|an) |, (?:the|a|an)$", "", fold(title)).split()
    return "".join(_ROMAN.get(w, w) for w in words if w != "and")


def reviewed_film(text: str, title: str | None, body_start: int) -> Reviewed | None:
    """The reviewed film and its other titles, from the page title and the review's title line."""
    if not title:
        return None
    named = reviewed_film_from_lines(text, title, body_start)
    more = [t for t in other_titles(text[body_start:]) if film_key(t) not in
            {film_key(x) for x in (named.title, *named.aliases)}]
    return Reviewed(named.title, tuple(dict.fromkeys([*named.aliases, *more]))) if more else named


def reviewed_film_from_lines(text: str, title: str, body_start: int) -> Reviewed:
    """The reviewed film and its other titles, from the page title and the title line."""
    line = title_line(text, body_start, title)
    if line is None:
        return Reviewed(title)
    page = film_key(title)
    titles = [t for t in (line.title, line.second) if t]
    aliases = [t for t in titles if film_key(t) != page]
    if len(aliases) < len(titles):  # "X (Y)", one of them the page title
        return Reviewed(title, tuple(aliases))
    body = text[body_start:]
    if line.below and film_key(line.below) == page:
        # "X" over the page title's line: X is its other title when the prose uses it (a tagline is not)
        return Reviewed(title, tuple(a for a in aliases if len(find_title(body, a)) >= 3))
    short = tuple(a for a in aliases if _short_form(a, title))
    if short:
        return Reviewed(title, short)
    if occurs(body, title):
        # The page title is used below as well. A title line marked as the review's own (a byline under it, a
        # "Title:" label, a run-in credits header) names the same film in other words: its English, original or
        # misspelt title (archive: 881 such pages, 129 critics; of 40 read, 37 the same film and 3 several films in one
        # line, which _several_films leaves out); an unmarked line may be a tagline or a heading, and is dropped.
        return Reviewed(title, tuple(a for a in aliases if not _several_films(a, title))) if line.marked \
            else Reviewed(title)
    if line.below:
        aliases.append(line.below)
    # The page title is never used: the review is about its own title line's film (its original
    # or English title, or another film on a mislabelled page), named as the prose names it.
    used = {a: len(find_title(body, a)) for a in aliases}
    main = max(aliases, key=lambda a: used[a])
    if used[main] < 2 and not line.marked:
        return Reviewed(title)
    others = [a for a in aliases if a != main]
    return Reviewed(title_case(main), tuple(dict.fromkeys([title, *others])))


#: "This film was originally titled X", "the movie was retitled X", "its working title was X": another
#: title of the reviewed film (archive: 150 hits on 148 pages, 49 critics; the subject must be the film).
_OTHER_TITLE = gated(
    r"(?i:\b(?:this|the)\s+(?:film|movie|picture)\s+(?:was|is|had\s+been)\s+(?:(?:originally|first|once|previously|"
    r"also|later)\s+)?(?:(?:titled|called|entitled|known\s+as|released\s+as)|re-?titled)|\b(?:its|the\s+(?:film|movie)"
    r"['\u2019]s)\s+(?:working|original)\s+title\s+(?:was|is|had\s+been)"
    r"|\b(?:its|the\s+(?:film|movie)['\u2019]s)\s+(?:working|original)\s+title\s*[:,])\s*(?:the\s+more\s+\w+\s+)?"
    r"(?:\"(?P<q>[A-Z][^\"\n]{0,60})\"|_(?P<u>[A-Z](?:[^_\n]|_(?=\w)){0,60})_(?!\w)"
    r"|(?P<c>[A-Z0-9][A-Z0-9'$&!?\-]*(?:[ \t\n]+[A-Z0-9'$&!?\-]+)*\b))")


#: one of these words is in every match of :data:`_OTHER_TITLE` ("titled", "entitled", "title:"; "called", "known as",
#: "released as"), written in any case
_OTHER_TITLE_WORDS = ("title", "called", "known", "released")


def other_titles(text: str) -> list[str]:
    """Working, original and later titles the review gives the film itself."""
    out = []
    low = text.lower() if text.isascii() else None  # (beyond ASCII, case folding is not ``str.lower``)
    if low is not None and not any(w in low for w in _OTHER_TITLE_WORDS):
        return out  # every match holds one of the words; most pages hold none
    for m in _OTHER_TITLE.finditer(text):
        t = m["q"] or m["u"] or m["c"]
        t = " ".join(t.replace("_", " ").strip(" ,.;:").split())
        if t and (m["c"] is None or len(re.sub(r"[^A-Z]", "", t)) >= 3):
            out.append(t)
    return out


#: What joins two films' titles in one title line ("X and Y", "X / Y", "X vs. Y").
_JOINER = re.compile(r"(?i)\s+(?:and|&|vs\.?)\s+|\s*/\s*")
#: A title line naming several films: "the X series", "trilogy", "double bill".
_SEVERAL = re.compile(r"(?i)\b(?:series|trilogy|double\s+(?:bill|feature))\b")


def _several_films(line: str, page: str) -> bool:
    """A title line naming more than the page's film: a series ("The "Psycho" Series"), or the page title
    joined to another ("VAN GOGH and THE BAD LIEUTENANT"; "NELLY & MONSIEUR ARNAUD" is one title)."""
    if _SEVERAL.search(line):
        return True
    parts = _JOINER.split(line)
    return len(parts) > 1 and any(film_key(p) == film_key(page) for p in parts)


def _short_form(alias: str, title: str) -> bool:
    """"Waking Ned" for "Waking Ned Devine": two or more words, all of them the title's first words,
    and the rest not a sequel's number ("Lethal Weapon" is not "Lethal Weapon 4")."""
    a, t = fold(alias).split(), fold(title).split()
    rest = " ".join(t[len(a) :])
    return len(a) >= 2 and a == t[: len(a)] and a[-1] not in _SMALL \
        and not re.fullmatch(r"(?:part\s+)?(?:\d+|[ivx]+)(?:\s.*)?", rest)


def occurs(text: str, title: str) -> bool:
    """Does ``title`` occur in ``text``, in any case, with or without accents, article, "&"/"and"?"""
    return bool(find_title(text, title))


def find_title(text: str, title: str) -> list[tuple[int, int]]:
    """Where ``title`` occurs in ``text`` (case, accents, punctuation and a leading article aside)."""
    words = fold(title).split()
    if words and words[0] in {"the", "a", "an"} and len(words) > 1:
        words = words[1:]
    if not words:
        return []
    plain = _plain(text)
    if _leading_letters(_word_pattern(words[0])) not in plain:
        return []  # every match opens with them: no regex to compile for a title the text never names
    if "_" in "".join(words) or words[0] == "and" or words[-1] == "and":
        return [m.span() for m in _title_regex(tuple(words)).finditer(plain)]
    return _scan_title(plain, tuple(words))


def _scan_title(plain: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans :func:`_title_regex` finds, found without compiling it: a review's own title is a new regex for
    every review, and compiling it cost more than the search (about 0.2 ms a review). Each word matches whole
    (never inside a longer word); between two words, any run of characters that are no letter or digit; "and"
    may be a "&" inside such a run. Titles holding an underscore, or opening or ending on "and", keep the regex."""
    variants = [_variants(w) for w in words]
    n = len(plain)
    starts = sorted({i for v in variants[0] for i in _occurrences(plain, v[: len(v) - 2] if v.endswith("'s") else v)})
    out: list[tuple[int, int]] = []
    for start in starts:
        if (out and start < out[-1][1]) or (start and plain[start - 1].isalnum()):
            continue
        end = _words_at(plain, start, variants, 0, n)
        if end is not None:
            out.append((start, end))
    return out


def _variants(word: str) -> tuple[str, ...]:
    """The literal forms of one word of :func:`_word_pattern` ("schindler's" and "schindlers" for "schindlers")."""
    if word in _ROMAN or word in _ARABIC:
        return (word, _ROMAN.get(word) or _ARABIC[word])
    if len(word) > 2 and word.endswith("s"):
        return (word, word[:-1] + "'s", word[:-1] + "\u2019s")
    return (word,)


def _occurrences(text: str, literal: str) -> list[int]:
    out, i = [], text.find(literal)
    while i >= 0:
        out.append(i)
        i = text.find(literal, i + 1)
    return out


def _words_at(plain: str, pos: int, variants: list[tuple[str, ...]], k: int, n: int) -> int | None:
    """Where words ``k`` on end when word ``k`` opens at ``pos``, or None."""
    for v in variants[k]:
        end = pos + len(v)
        if not plain.startswith(v, pos) or (end < n and plain[end].isalnum()):
            continue
        if k == len(variants) - 1:
            return end
        gap = end
        while gap < n and not plain[gap].isalnum():
            gap += 1
        if gap == end or gap == n:
            continue
        if variants[k + 1] == ("and",) and k + 2 < len(variants):
            # "Tom & Jerry": the "&" inside the run, a character either side of it
            amp = plain.find("&", end + 1, gap - 1)
            while amp >= 0:
                found = _words_at(plain, gap, variants, k + 2, n)
                if found is not None:
                    return found
                amp = plain.find("&", amp + 1, gap - 1)
        found = _words_at(plain, gap, variants, k + 1, n)
        if found is not None:
            return found
    return None


def _leading_letters(pattern: str) -> str:
    """The literal letters and digits a word's pattern opens with ("schindler" of "schindler['’]?s")."""
    lead = 0
    while lead < len(pattern) and pattern[lead].isalnum():
        lead += 1
    return pattern[:lead]


@lru_cache(maxsize=1024)
def _title_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """The title's words as a regex over :func:`_plain` text, not inside a longer word."""
    pattern = r"[\W_]+".join(_word_pattern(w) for w in words)
    # "_Liberty_Heights_": an underscore marks a title, it does not join it to a word. The look behind follows
    # the first word's leading letters, not precedes them, so the regex opens with a literal the engine
    # searches for fast (the same matches: the look behind still sees the character before the title)
    lead = len(_leading_letters(pattern))
    return re.compile(rf"{pattern[:lead]}(?<![^\W_]{'.' * lead}){pattern[lead:]}(?![^\W_])")


def _word_pattern(word: str) -> str:
    if word == "and":
        return "(?:and|&)"
    if word in _ROMAN or word in _ARABIC:
        return f"(?:{word}|{_ROMAN.get(word) or _ARABIC[word]})"
    if len(word) > 2 and word.endswith("s"):  # fold() drops the apostrophe of "Schindler's"
        return re.escape(word[:-1]) + "['\u2019]?s"
    return re.escape(word)


@lru_cache(maxsize=4)
def _plain(text: str) -> str:
    """``text`` lower-cased with accents dropped, the same length (so offsets hold)."""
    if text.isascii():
        return text.lower()
    return _NON_ASCII.sub(lambda m: _plain_char(m[0]), text).lower()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def _plain_char(c: str) -> str:
    base = unicodedata.normalize("NFKD", c)[:1].lower()
    if len(base) == 1 and base.isascii():
        return base
    return c.lower() if len(c.lower()) == 1 else "_"



def merge_aliases(found: list[Mention], text: str, reviewed: Reviewed,
                  blocked: list[tuple[int, int]] = (), page_line: tuple[int, int] | None = None) -> list[Mention]:
    """Film mentions with every form of the reviewed film named as the reviewed film: mentions found
    under another of its titles, or inside the ``page_line`` (IMDb's title of the page's film), are
    renamed, and the titles' other occurrences added (never inside the ``blocked`` spans: names of
    credits headers, the byline)."""
    keys = {film_key(t) for t in (reviewed.title, *reviewed.aliases)}

    def is_reviewed(m: Mention) -> bool:
        # a title the gazetteer knows without the page line's article ("Colonel Chabert" in
        # "Colonel Chabert, Le (1994)") would otherwise be a second node on a renamed page
        return film_key(m.name) in keys or bool(page_line and page_line[0] <= m.start and m.end <= page_line[1])

    out = [m if m.name == reviewed.title or not is_reviewed(m) else
           Mention(m.kind, reviewed.title, m.start, m.end, m.rule, m.confidence, m.year) for m in found]
    taken = SpanIndex([(m.start, m.end) for m in out] + list(blocked))
    for alias in (reviewed.title, *reviewed.aliases):
        for s, e in find_title(text, alias):
            # a title in prose starts with a capital; one word must be all of a capitalised word
            if not text[s].isupper() or taken.overlaps(s, e):
                continue
            out.append(Mention("film", reviewed.title, s, e, "titles.reviewed_alias",
                               confidence("titles.reviewed", "alias")))
            taken.add(s, e)
    return sorted(out, key=lambda m: m.start)
