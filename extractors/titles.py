"""Film titles: the reviewed film and every other film the text names.

Reviewers mark titles by typography, so the rules follow it: ALL CAPS runs, _underscores_
or *asterisks*, quotes, "Title (1964)", parenthesised filmographies after a person, lists
after cue words ("roles in A, B and C"). Title-case spans without such marks are taken
only when the title gazetteer (IMDb titles, when a KB is loaded) knows them.
"""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from filmkg.core.normalize import fold, name_key, title_case
from filmkg.core.records import Mention
from filmkg.core.regex import gated, word_run_spans
from filmkg.core.spans import SpanIndex
from filmkg.extractors import state
from filmkg.extractors.confidence import confidence
from filmkg.extractors.models import ArchiveLexicon, archive_lexicon, archive_roles, marked_titles, title_usage
from filmkg.extractors.reviewed import Reviewed, film_key, find_title, merge_aliases, reviewed_film
from filmkg.linking.lexicon import FilmTitles, Lexicon
from filmkg.linking.principals import PrincipalRoles

#: Entity labels of things that are not films: unmarked text there is not taken as a title
#: (the packaged model's PLACE and EVENT; the general model's finer labels).
NOT_FILM_LABELS = frozenset({"PLACE", "GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY",
                             "CARDINAL", "ORDINAL", "LANGUAGE", "EVENT"})


#: patterns of hot calls, compiled once: re's module functions look each up in their cache at every call
_RUN_BREAK = re.compile(r",[ \t]+|[ \t]*\n[ \t]*\n")
_RUN_BREAK_OR_COLON_WRAP = re.compile(r",[ \t]+|[ \t]*\n[ \t]*\n|:[ \t]*\n[ \t]*")
_NOT_LETTER = re.compile(r"[^A-Za-z]")
_NON_WORD = re.compile(r"\W")
_RATED_WORD = re.compile(r"-RATED\b")
_COLON_NEXT = re.compile(r"\s*:")
_ROMAN = re.compile(r"[IVXLC]+")
_NUMBERS_ONLY = re.compile(r"[\d\s\-/.:]+")
_NOT_LOWER = re.compile(r"[^a-z]")
#: White space between two words, at least one blank or a line end: a hard-wrapped line ends on its last word
#: with no blank after it ("Beauty and\nthe Beast"), which "[ \t]+\n?" missed (fifteenth pass)
_GAP = r"(?:[ \t]+\n?|\n)[ \t]*"


@Language.factory(
    "titles",
    requires=["doc.ents", state.attr(state.REVIEW), state.attr(state.CRITIC), state.attr(state.PEOPLE)],
    assigns=[state.attr(state.TITLES), state.attr(state.REVIEWED)],
    default_config={"infer_from_file_name": True},
)
def make_titles(nlp: Language, name: str, infer_from_file_name: bool) -> Titles:
    return Titles(infer_from_file_name)


class Titles:
    """Film mentions, and the reviewed film's title (the page's, else inferred from the file name)."""

    def __init__(self, infer_from_file_name: bool = True, lexicon: Lexicon | None = None,
                 archive: ArchiveLexicon | None = None) -> None:
        self.infer_from_file_name = infer_from_file_name
        self.lexicon = lexicon or Lexicon()
        self.archive = archive if archive is not None else archive_lexicon()

    @state.guarded("titles")
    def __call__(self, doc: Doc) -> Doc:
        text = state.text(doc)
        review = state.review(doc)
        people = state.mentions(doc, state.PEOPLE)
        reviewed = review.get("title")
        if not reviewed and self.infer_from_file_name:
            reviewed = infer_title(review.get("identifier") or "", text)
        person_spans = [(m.start, m.end) for m in people]
        # header names and the critic's byline are never titles
        blocked = [(m.start, m.end) for m in people if m.rule == "people.header"] + list(state.critic(doc).spans)
        not_film = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in NOT_FILM_LABELS]
        films = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "FILM"]
        # an archive page is no older than the other pages of its block (a DVD review of a 1982 film, posted
        # in 2000, names 1986's and 1997's films)
        posted = self.archive.posted_by(review.get("identifier")) if review.get("imdb_id") else None
        films_then = self.lexicon.films.until(written_by(text, review.get("year"), posted))
        found = find_titles(text, reviewed, person_spans, self.lexicon.films, blocked=blocked,
                            not_film_spans=not_film, film_spans=films, unmarked_gazetteer=films_then,
                            archive=self.archive, roles_of=self.lexicon.principal_roles,
                            critic=review.get("critic"))
        # one node for the reviewed film, under the page title or the review's own title line
        page_line = review.get("critic_span") or review.get("title_span")
        named = reviewed_film(text, review.get("title"), page_line[1] if page_line else 0)
        if named is not None:
            named = _with_archive_titles(named, text, page_line[1] if page_line else 0,
                                         self.archive.reviewed_titles.get(review.get("imdb_id") or ""))
            reviewed = named.title
            found = merge_aliases(found, text, named, blocked, review.get("title_span"))
        found = [t for t in found if t.rule.startswith("titles.reviewed") or not _on_address_line(text, t.start, t.end)]
        found = [t for t in found if not _signs(t, text, state.critic(doc))]
        found = _short_references(found, reviewed, self.lexicon.films)
        found = _tail_references(found, self.lexicon.films)
        if WORD_REFERENCES:
            found = _word_references(found, self.lexicon.films)
        state.set_records(doc, state.TITLES, found)
        setattr(doc._, state.REVIEWED, reviewed)
        return doc


_YEAR = gated(r"(?<![\w$#./-])(?:19|20)\d\d(?![\w/-])")


def _with_archive_titles(named: Reviewed, text: str, body_start: int, titles: list[str] | None) -> Reviewed:
    """The reviewed film with the other titles the archive's critics give it in their own title lines ("Life Is
    Beautiful" for the page "Vita è bella, La"), those this review uses below its page line: a review with no
    title line of its own names the film only so (archive: 224 films; 601 pages, 191 critics use one of their
    other titles; 20/20 the same film)."""
    if not titles:
        return named
    known = {film_key(t) for t in (named.title, *named.aliases)}
    body = text[body_start:]
    more = [t for t in titles if film_key(t) not in known and find_title(body, t)]
    return Reviewed(named.title, (*named.aliases, *more)) if more else named


def _signs(t: Mention, text: str, critic) -> bool:
    """A capitalised run holding the critic's whole name is a signature ("ALL RIGHTS RESERVED DENNIS SCHWARTZ":
    1,033 pages of one critic), and the critic's first name alone before a colon opens her turn in a review
    two critics write as a dialogue ("LAURA:", 96 pages)."""
    if t.rule != "titles.caps":
        return False
    run = " ".join(text[t.start : t.end].split()).upper()
    for name in critic.names:
        words = name.upper().split()
        if len(words) >= 2 and (f"{words[0]} {words[-1]}" in run or " ".join(words) in run):
            return True
        if words and run == words[0] and text.startswith(":", t.end):
            return True
    return False


_ADDRESS = re.compile(r"@|https?:|www\.|\.com\b|\.edu\b|\b[Ee]-?mail\b")


def _on_address_line(text: str, start: int, end: int) -> bool:
    """A signature line with an address ("Movie Critic at LARGE homepage at http://...") names no film."""
    line_start = max(text.rfind("\n", max(0, start - 200), start) + 1, start - 200)
    line_end = text.find("\n", end, end + 200)
    line_end = line_end if line_end >= 0 else end + 200
    return bool(_ADDRESS.search(text, line_start, line_end) or _NEWS_FOOTER.match(text, line_start, line_end))


#: "-----== Posted via Deja News, The Leader in Internet Discussion ==-----": a news server's footer (archive: 194
#: lines framed by "==", all of them footers)
_NEWS_FOOTER = re.compile(r"[- \t]*==[^=\n].*[^=\n]==[- \t]*$")


def written_by(text: str, film_year: int | None, posted: int | None = None) -> int | None:
    """The latest year a review can be from, as far as it shows: its film's year, a later year it
    writes ("on video in 1997", "Copyright 1998") or the year its archive page was ``posted``, plus one. None
    without the film's year."""
    if film_year is None:
        return None
    return max([film_year, posted or 0, *(int(y) for y in _YEAR.findall(text))]) + 1


def infer_title(identifier: str, text: str) -> str | None:
    """A plain-text review has no title line: match the file name against the text."""
    stem_words = [w for w in re.split(r"[-_\s.]+", identifier.lower()) if w.isalpha()]
    text_l = text.lower()
    best = None
    for i in range(len(stem_words)):
        for j in range(len(stem_words), i, -1):
            if j - i < 2 and best:
                break
            phrase = " ".join(stem_words[i:j])
            m = re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", text_l)
            if m and (best is None or j - i > len(best.split())):
                best = text[m.start() : m.end()]
    if best and len(best.split()) >= 2:
        return title_case(best) if best.islower() or best.isupper() else best
    return None

#: Upper-case words that are not titles: acronyms, ratings, review furniture.
NOT_TITLE_WORDS = frozenset(
    """MPAA PG PG-13 NC-17 R G X USA US U.S. U.S.A. UK FBI CIA KGB NASA TV DVD VHS CGI IMAX AIDS HIV OK NYC
    LA L.A. SF BC AD AM PM A.M. P.M. MTV HBO ABC NBC CBS PBS CNN BBC DNA IQ FX SFX VCR CD CDS ESPN NFL NBA
    RATING RATINGS REVIEW REVIEWS SPOILER SPOILERS WARNING COPYRIGHT NOTE SYNOPSIS PLOT CAST CREDITS
    DIRECTOR STARRING WRITER PRODUCER SCREENPLAY MUSIC GRADE THE_END OVERALL BOTTOM LINE CAPSULE
    OSCAR OSCARS WWII WWI WW2 NYPD LAPD IRS ID CEO JFK RKO MGM UA USSR UN NATO POW MIA ROTC SAT ASAP
    HTTP WWW COM EDU HTML URL EMAIL E-MAIL INTERNET RAMR IMDB VIDEO FILM MOVIE MOVIES FILMS NONE N/A TBA
    RESERVED""".split()
)
#: Single upper-case words that are emphasis when a reviewer shouts.
EMPHASIS = frozenset(
    """NOT VERY REALLY ALL NO NEVER EVER MUST IS ARE WAS WERE BAD GOOD ONE TWO THREE ONLY MORE MOST LESS
    YES WHAT WHY HOW WHO THIS THAT THESE THOSE AND OR BUT SO TOO BIG HUGE GREAT BEST WORST LOVE HATE
    EVERY ANY NOTHING EVERYTHING ANYTHING SOMETHING AGAIN STILL JUST NOW THEN HERE THERE MUCH MANY
    DO DOES DID DON'T CAN'T WON'T ISN'T WASN'T AREN'T HAVE HAS HAD WILL WOULD SHOULD COULD MAY MIGHT
    HE SHE IT WE THEY YOU ME HIM HER THEM US OUR MY YOUR HIS ITS THEIR END AT IN ON OF TO FOR BY WITH AS
    A AN THE IF OFF UP OUT OVER LOT LOTS""".split()
)
_CAPS_WORD = r"[A-Z0-9][A-Z0-9'\u2019&\-.!?]*(?:\*[A-Z0-9][A-Z0-9'\u2019&\-.!?]*)*"  # "M*A*S*H" too
#: An elided word inside a capitalised title ("BOYZ 'N THE HOOD", "THE 'BURBS", "FROM DUSK 'TIL DAWN"): the archive has
#: 67 capitalised words before an apostrophe-led word of capitals, 56 of them these titles; the quotes that open
#: a quotation ("SAID 'HA") stay out, as the list holds only elisions
_CAPS_ELISION = r"['\u2019\u2018](?:N['\u2019]?|EM|TIL|TILL|BURBS|UN|ROUND|CAUSE|TWAS|BOUT)(?![A-Za-z])"
_CAPS_RUN = re.compile(
    # "SECRETS & LIES", "BATMAN & ROBIN": a lone ampersand joins the run (archive: 653 hits, 109 critics, 19/20
    # one title)
    rf"(?<![\w'])(?:{_CAPS_WORD})(?:(?:[ \t]+&[ \t]+|[ \t]+|[ \t]*\n[ \t]{{0,6}}(?![ \t])|"
    rf":[ \t]*\n[ \t]{{0,6}}(?![ \t])|:[ \t]+|,[ \t]+)"
    rf"(?:{_CAPS_WORD}|{_CAPS_ELISION}))*"
    r"(?:(?![\w'])|(?=['\u2019]s\b))"  # "GROUNDHOG DAY's director"
)
#: Asterisks stress as often as they mark a title (archive: 628 starred runs, 112 critics, half of them KB titles): a
#: starred run counts where the KB knows it, where two starred runs of the review are known titles, or where it is
#: two words or more in Title Case; underscores always mark (extractors/README.md, "Films, twelfth pass").
STARS_VOUCHED = True
_TITLE_CASED_WORDS = re.compile(r"[A-Z0-9][\w'\u2019\-.:&!?]*(?:\s+(?:(?:of|the|a|an|and|in|on|to|for|with|at|from|by)"
                                r"\s+)*[A-Z0-9][\w'\u2019\-.:&!?]*)+")
_MARKED = gated(r"(?<![\w*])([_*])(?P<t>[A-Z0-9](?:[^_*\n]|_(?=\w)){0,80}?)\1(?![\w*])")
_QUOTED = re.compile(
    r"(?:\"|''|\u201c)(?P<t>[A-Z0-9](?:[^\"\u201d\n]|\n(?!\s*\n)){0,70}?)(?:\"|''|\u201d)"
)
_NON_FILM_CUE = re.compile(
    r"\b(?:novel|book|books|song|songs|single|album|tv|television|series|sitcom|show|episode|play|"
    r"musical|poem|story|stories|article|magazine|newspaper|game|video\s+game|comic|strip|painting|"
    r"opera|symphony|concerto|ballet|hymn|tune|track|chapter|column|segment|short\s+story|"
    # "a character called `The Sphinx'", "classic characters (Snow White, ...)", "the superhero Aquaman"
    r"characters?|characters?\s+(?:called|named)|superhero(?:es)?|super-heroes|villains?|comics|"
    # "TV's "NewsRadio"", "of TV's NYPD BLUE fame" (archive: 506 hits, 87 critics; 20/20 TV shows or their parts)
    r"(?:tv|television)['\u2019]s|"
    # "an episode of "The X-Files"", "the cover of "Seventeen"", "one canto from Dante's" (archive: 262 hits, 249
    # pages; A/B over the 297 pages: 62 films fewer, 60 read, 56 a TV show, magazine or book, 4 films: "a page
    # from" and "in a season of" are idioms, left out); a part of a film is a "scene", never one of these
    r"(?:episodes?|sketch(?:es)?|(?<!\ba\s)seasons?|issues?|cover|cantos?|verses?|chapters?)\s+(?:of|from)|pages\s+of)"
    r"\W*$",
    re.IGNORECASE,
)
#: ... and "the Movie Critic at LARGE homepage", "THE FLYING INKPOT, the zine": a site or a zine, no film
#: (archive: caps before website / homepage / zine / newsletter, 248 hits, 13 critics, 19/20 no film)
_NON_FILM_AFTER = re.compile(r"^\W{0,3}(?:song|novel|book|series|show|TV|album|episode|theme|magazine|article|piece|"
                             # "(The X-Files television series)", "the PRIDE AND PREJUDICE mini-series"
                             r"television[ \t-]+(?:series|show|sitcom|program)|mini-?series|sitcom|comic|"

                             r"(?:the\s+|a\s+)?(?:web\s*site|home\s*page|e?-?zine|newsletter))\b", re.I)
_FILM_CUE_BEFORE = re.compile(
    r"\b(?:film|films|movie|movies|picture|pictures|flick|flicks|feature|remake\s+of|sequel\s+to|"
    r"version\s+of|classic|hit|hits|comedy|drama|thriller|western|musical|masterpiece|debut|"
    r"roles?\s+in|starred\s+in|appeared\s+in|directed|helmed|such\s+as|like|including|since|than|"
    # "Steve Martin in "All of Me"", "the Duchess in "...": a name or part in the work (archive, quoted
    # titles the KB lacks: 108 hits, 44 critics, 17/25 films; the rest TV shows, a song, a play)
    r"(?-i:[A-Z][\w'\-]+)\s+in)\W*$",
    re.IGNORECASE,
)
_COMPANY = re.compile(
    r"\b(?:PICTURES|FILMS|STUDIOS?|PRODUCTIONS|ENTERTAINMENT|RELEASING|DISTRIBUTION|TIMES|POST|NEWS|"
    r"MAGAZINE|WEEKLY|JOURNAL|TRIBUNE|GAZETTE|HERALD|CHRONICLE|INC|CORP|CORPORATION|ISBN|CIS|VARIETY)\b", re.I
)
_YEAR_AFTER = re.compile(r"^\s*\(\s*(?P<y>(?:19|20)\d\d)\s*\)")


def clean_surface(surface: str) -> str:
    s = " ".join(surface.replace("_", " ").split())
    return s.strip(" ,;:-()[]")


def canonical_title(surface: str) -> str:
    s = clean_surface(surface)
    s = re.sub(r"(?<=\w)['\u2019]s$", "", s) if s.isupper() and s.endswith(("'S", "\u2019S")) else s
    return title_case(s)


def find_titles(
    text: str,
    reviewed: str | None,
    person_spans: list[tuple[int, int]],
    gazetteer: FilmTitles | None = None,
    blocked: list[tuple[int, int]] | None = None,
    not_film_spans: list[tuple[int, int]] | None = None,
    film_spans: list[tuple[int, int]] | None = None,
    unmarked_gazetteer: FilmTitles | None = None,
    archive: ArchiveLexicon | None = None,
    roles_of: PrincipalRoles | None = None,
    critic: str | None = None,
) -> list[Mention]:
    """All film-title mentions in ``text`` (the reviewed film's included).

    ``person_spans`` anchor filmographies ("Figgis (Internal Affairs)"); ``blocked`` spans
    (names from credits headers) are never titles; ``not_film_spans`` (places, dates,
    organisations found by NER) are not taken from unmarked text; ``film_spans`` are the
    trained model's FILM entities, which find titles without typography from their context;
    ``unmarked_gazetteer`` (default ``gazetteer``) vouches for titles without typography (a
    review's own time bounds it: :meth:`FilmTitles.until`); ``archive`` (what the archive's other critics
    call a title) vouches for films the KB lacks and tells TV shows and books from films; ``roles_of`` (the KB's
    principals) vouches for a title after its maker's possessive ("Godard's Alphaville"); ``critic`` (the page's) names
    the capitalised labels of the critic's own layout the archive knows (:meth:`ArchiveLexicon.critic_label`).
    """
    gazetteer = gazetteer or FilmTitles()
    unmarked_gazetteer = unmarked_gazetteer or gazetteer
    archive = archive or ArchiveLexicon()
    blocked = blocked if blocked is not None else person_spans
    weak_blocked = list(not_film_spans or [])
    out: list[Mention] = []
    caps_style = uses_caps_titles(text, reviewed)
    quote_style = _uses_quoted_titles(text, reviewed)
    person_ends = {e: text[s:e] for s, e in person_spans}

    marks = list(_MARKED.finditer(text))
    star_style = STARS_VOUCHED and sum(1 for m in marks if m[1] == "*" and m["t"] in gazetteer) >= 2
    for m in marks:
        surface = m["t"]
        if _non_film_context(text, m.start(), m.end()) or surface in {"I", "A"}:
            continue  # ... "a movie that *I* think is funny": a pronoun stressed
        if STARS_VOUCHED and m[1] == "*" and not star_style and surface not in gazetteer and \
                not _TITLE_CASED_WORDS.fullmatch(surface):
            continue  # "*SLOWLY*", "*We* see", "*Plot summary*": stress, where stars mark no known titles
        if _spoiler_warning(surface):
            continue  # "*SPOILERS*", "*MAJOR SPOILER AHEAD*": a warning (archive: 17 marked, 13 pages, 17/17); the
            # KB's "The Spoilers" keeps its article
        out.append(_mention(text, surface, m.start("t"), m.end("t"), "titles.marked", confidence("titles.marked")))

    pending: list[tuple[int, int, str]] = []  # one quoted word the KB knows, with no cue of its own
    unknown: list[tuple[int, int, str]] = []  # quoted Title Case words the KB does not know, with no cue
    for m in _QUOTED.finditer(text):
        surface = m["t"].rstrip(",.!? ")
        # ""Shine's" Scott Hicks", ""Rushmore's" Olivia Williams": the possessive inside the quotes (archive: 70
        # before a capitalised name; 20 of 25 read films, the rest TV shows)
        # ... never a letter's plural (""W's" as "V's"")
        surface = re.sub(r"(?<=\w\w\w)['\u2019]s$", "", surface)
        titled = _title_like(surface) or (DIGIT_QUOTED and _digit_led(surface, gazetteer))
        if not (titled or surface.isdigit()) or _non_film_context(text, m.start(), m.end()):
            continue
        if not titled:  # "1984" only beside another quoted film (below)
            if surface in gazetteer:
                pending.append((m.start(), m.end(), surface))
            continue
        if m["t"].rstrip(" .,").endswith(("!", "?")) and not _is_reviewed(surface, reviewed) and \
                _shouted_line(surface, gazetteer, archive):
            continue  # "gems such as "Hang on!"", "screaming "No!"": a line shouted
        before = text[max(0, m.start() - 40) : m.start()]
        known = surface in gazetteer or _is_reviewed(surface, reviewed) or \
            archive.is_film(surface, ARCHIVE_QUOTED_MIN, marked_ok=True)
        cued = bool(_FILM_CUE_BEFORE.search(before)) or bool(_YEAR_AFTER.match(text[m.end() : m.end() + 40])) or \
            (MAKER_QUOTES and _maker_before(text, m.start(), person_ends))
        # One quoted word is a title when the KB knows it and the text marks it as one: a cue
        # word, or the comma or stop that US style puts inside the quotes ("Fargo,").
        inner_stop = m["t"] != surface
        # a critic who quotes the reviewed film's title quotes the others too: there a one-word quoted
        # title the KB or the archive knows is a film without a cue, unless the archive's critics call it
        # a TV show or another work (archive: 3,606 such quotes in 196 critics' quote-style reviews; 20/25
        # films, the rest a play, TV shows, a pun)
        styled = quote_style and not archive.is_other_work(surface)
        if not (known or cued) or (len(surface.split()) == 1 and not (known and (cued or inner_stop or styled))):
            if known and len(surface.split()) == 1:
                pending.append((m.start(), m.end(), surface))
            elif QUOTED_LIST_UNKNOWN and not known and (len(surface.split()) > 1 or QUOTED_LIST_ONE_WORD) and \
                    not archive.is_other_work(surface):
                unknown.append((m.start(), m.end(), surface))
            continue
        start = m.start("t")
        out.append(_mention(text, surface, start, start + len(surface), "titles.quoted",
                            confidence("titles.quoted", "known" if known else None)))
    if QUOTED_LISTS:
        out.extend(_quoted_list_items(text, pending, out))
    if unknown:
        # ... and, next to a quoted film, the titles the KB lacks ("A", "B", "Ticket to Heaven" and "C") where the
        # sentence speaks of films before the list, and no award ("Best Actor")
        unknown = [(a, b, t) for a, b, t in unknown if not t.startswith("Best ") and _films_spoken_of(text, a, b, t)]
        out.extend(_quoted_list_items(text, unknown, out, known=False))
    if SINGLE_QUOTED:
        out.extend(_single_quoted(text, reviewed, gazetteer, archive, person_ends))

    shouted: set[str] = set()
    for m in _CAPS_RUN.finditer(text):
        run_end = _sentence_cut(text, m)
        whole = text[m.start() : run_end].rstrip(".,:;!?-'\u2019 ")
        known_whole = "," in whole and (whole in gazetteer or _is_reviewed(whole, reviewed))
        pieces = [(m.start(), m.start() + len(whole))] if known_whole else _split_caps_run(text, m.start(), run_end)
        for start, end in pieces:
            surface = _caps_surface(text[start:end])
            end = start + len(surface)
            if not _caps_title_ok(text, surface, start, end, reviewed, caps_style, gazetteer):
                continue
            if _shouted(text, surface, end, gazetteer, archive):
                shouted.add(canonical_title(surface))  # ... and the same words elsewhere in the review
                continue
            if _critic_label(critic, surface, gazetteer, archive):
                continue
            if _acronym(surface, reviewed, archive):
                continue
            if " " not in surface and surface.lower() in archive.common_words and surface not in gazetteer and \
                    not archive.marked(surface) and not _is_reviewed(surface, reviewed) and \
                    not _CAPS_LISTED.search(text, max(0, start - 12), start) and \
                    not _CAPS_LISTED_AFTER.match(text, end) and not _YEAR_AFTER.match(text[end : end + 12]):
                continue  # "come a LONG way", "TELEPHONE wire": one common word nobody marks as a title is a stress
            long = len(surface.split()) > 1 or _is_reviewed(surface, reviewed)
            conf = confidence("titles.caps", "long" if long else None)
            out.append(_mention(text, surface, start, end, "titles.caps", conf))

    if shouted:
        out = [t for t in out if not (t.rule == "titles.caps" and t.name in shouted)]
    if CAPS_SLASH_TITLES and "/" in text:
        out = _caps_slash_titles(text, out, gazetteer, archive)
    unmarked = _cued_lists(text, gazetteer, person_spans, set(blocked), weak_blocked)
    with_archive = _WithArchive(unmarked_gazetteer, archive)
    unmarked.extend(_gazetteer_spans(text, with_archive if ARCHIVE_UNMARKED else unmarked_gazetteer, blocked,
                                     out + unmarked))
    if DATED_TITLES:
        unmarked.extend(_dated_titles(text, gazetteer, blocked, out + unmarked))
    out.extend(t for t in unmarked if (t.rule != "titles.gazetteer" and t.name in gazetteer)
               or not _inside_any(t, weak_blocked))
    ner = [t for t in _ner_titles(text, film_spans or [], with_archive if ARCHIVE_NER else unmarked_gazetteer,
                                  reviewed) if not _one_word_unvouched(t, text, reviewed, archive)]
    if any(t.rule == "titles.ner_cued" for t in ner):
        # "first feature The Peacemaker with George Clooney": a title found otherwise, a person or a place in the
        # model's span that the KB lacks leaves it to them
        near = SpanIndex([(t.start, t.end) for t in out] + list(person_spans) + weak_blocked)
        ner = [t for t in ner if t.rule != "titles.ner_cued" or not near.overlaps(t.start, t.end)]
    out.extend(ner)
    # what the appositions and the lone words may not take: the titles found so far, people, places and dates
    taken = SpanIndex([(t.start, t.end) for t in out] + list(blocked) + list(person_spans) + weak_blocked)
    if GENRE_APPOSITIONS:
        appositions = _genre_appositions(text, with_archive if ARCHIVE_UNMARKED else unmarked_gazetteer, taken,
                                         archive.common_words, archive.companies)
        out.extend(appositions)
        for t in appositions:
            taken.add(t.start, t.end)
    if KNOWN_WORD_MIN is not None:
        hard = frozenset([(t.start, t.end) for t in out] + list(blocked) + weak_blocked)
        out.extend(_known_words(text, unmarked_gazetteer, archive, reviewed, taken, hard))
    if roles_of is not None and MAKER_TITLES:
        out.extend(_maker_titles(text, person_spans, roles_of, unmarked_gazetteer))
    if roles_of is not None and CAST_TITLES:
        out.extend(_cast_titles(text, person_spans, roles_of, unmarked_gazetteer,
                                SpanIndex([(t.start, t.end) for t in out] + list(blocked))))
    if UNMARKED_LISTS:
        out.extend(_unmarked_list_items(text, out, with_archive if ARCHIVE_UNMARKED else unmarked_gazetteer,
                                        SpanIndex(list(blocked) + list(person_spans)), archive,
                                        SpanIndex(weak_blocked)))
    out = [t for t in out if not _other_work(t, gazetteer, archive)]
    if MARKED_WORD_CUED:
        spans = SpanIndex([(t.start, t.end) for t in out])
        out = [t for t in out if not (t.rule in _MARK_RULES and t.year is None and " " not in t.name and
                                      text[t.start - 1 : t.start] != "_" and
                                      not _is_reviewed(t.name, reviewed) and
                                      archive.title_counts(t.name)[0] < MARKED_WORD_CRITICS and
                                      not _cued_here(text, t, spans))]
    if AUTHORS_WORKS:
        # (the possessive's regex first: most mentions have none, and the reviewed-title test costs more)
        out = [t for t in out if not (t.year is None and not t.rule.startswith("titles.reviewed") and
                                      _authors_work(text, t, gazetteer) and not _is_reviewed(t.name, reviewed))]
    if TITLE_USAGE_RATIO is not None:
        spans = SpanIndex([(t.start, t.end) for t in out])
        out = [t for t in out if not (t.rule in _UNMARKED_RULES and t.year is None and _left_unmarked(t.name)
                                      and not _is_reviewed(t.name, reviewed) and not _vouched_here(text, t, spans))]
    if CREDITED_PEOPLE:
        out = [t for t in out if not (t.rule in _UNMARKED_RULES and _credited_person(t.name, archive))]
    if CAPS_CREDITED_PEOPLE:
        out = [t for t in out if not _caps_credited_person(text, t, reviewed, archive)]
    out = _called_tv_here(text, out, reviewed)
    if TV_ON:
        out = [t for t in out if not _on_tv_show(text, t, archive, reviewed)]
    if PART_OF_CUE:
        out = [t for t in out if not _after_part_cue(text, t.start)]
    if FILMOGRAPHY_UNKNOWN_WORD:
        out = [t for t in out if not _unknown_filmography_word(text, t, reviewed, archive)]
    if FILMOGRAPHY_PERFORMER:
        out = [t for t in out if not _bracketed_performer(text, t, person_spans, reviewed)]
    if CAPS_HEADLINE and "\n" in text:
        out = [t for t in out if not _headline(text, t, reviewed, gazetteer)]
    if NICKNAME_QUOTES:
        out = [t for t in out if not _nickname(text, t, archive, roles_of)]
    if TV_OPENED:
        out = [t for t in out if not _TV_OPENING.match(t.name)]
    if WORD_CUE:
        out = [t for t in out if not _after_word_cue(text, t)]
    if STAGED_CUE:
        out = [t for t in out if not _after_staged_cue(text, t)]
    out = [t for t in out if not (t.rule in _UNMARKED_RULES and _before_performer(text, t.end, person_spans))]
    out = [t for t in out if not (t.rule in _PART_RULES and _played_part(text, t, archive, gazetteer))]
    if CAST_PARTS:
        out = [t for t in out if not (t.rule in _PART_RULES and _in_cast_parts(text, t, archive, gazetteer))]
    # "My Life" inside "My Life to Live": a known title inside a longer quoted Title Case run is a piece of
    # that run's title, whatever the run names
    quotes = SpanIndex(title_like_quotes(text))
    out = [t for t in out if not (t.rule in _UNMARKED_RULES and _strictly_inside(t.start, t.end, quotes))]
    if reviewed:
        # "KING KONG LIVES" in a review of KING KONG, "THE GODFATHER PART II" in one of THE GODFATHER: the
        # reviewed title inside a longer marked title the KB knows is part of that other film
        longer = SpanIndex([(t.start, t.end) for t in out if t.rule in _MARK_RULES and t.name in gazetteer
                            and not _is_reviewed(t.name, reviewed)])
        out.extend(m for m in _reviewed_mentions(text, reviewed) if not _strictly_inside(m.start, m.end, longer))
    # "Batman" of "Batman & Robin": the model's shorter title strictly inside a longer KB title gives way to it
    longer_kb = SpanIndex([(t.start, t.end) for t in out if t.rule == "titles.gazetteer"])
    out = [t for t in out if t.rule not in ("titles.ner", "titles.ner_cued") or
           not _strictly_inside(t.start, t.end, longer_kb)]
    return _dedupe(out, blocked)


#: "12 Monkeys", "2001: A Space Odyssey", "8MM" in quotes: a title whose first word opens with a digit is no
#: capitalised word, so ``_title_like`` turned it away; one the KB knows is a title like any other (archive: 412 such
#: quotes, 231 pages, 65 critics). Seventeenth pass, extractors/README.md.
DIGIT_QUOTED = True


def _digit_led(surface: str, gazetteer: FilmTitles) -> bool:
    return surface[:1].isdigit() and not surface.isdigit() and _title_like("X" + surface[1:]) and surface in gazetteer


#: "FACE/OFF", "MARAT/SADE", "VICTOR/VICTORIA": a caps word, a slash and a caps word the KB (or three of the archive's
#: critics) know as one title are that title, not two pieces ("Face" and "Off"); "USA/UK", "RATED/YEAR" stay apart.
#: Fifteenth pass, extractors/README.md.
CAPS_SLASH_TITLES = True
_CAPS_SLASH = re.compile(r"(?<![\w/'])[A-Z][A-Z0-9']*/[A-Z][A-Z0-9']*(?![\w/])")


def _caps_slash_titles(text: str, out: list[Mention], gazetteer: FilmTitles, archive: ArchiveLexicon) -> list[Mention]:
    joined: list[Mention] = []
    for m in _CAPS_SLASH.finditer(text):
        surface = _caps_surface(m[0])
        if surface in gazetteer or archive.title_counts(title_case(surface))[0] >= 3:
            joined.append(_mention(text, surface, m.start(), m.start() + len(surface), "titles.caps",
                                   confidence("titles.caps")))
    if not joined:
        return out
    spans = SpanIndex([(t.start, t.end) for t in joined])
    return [t for t in out if not (t.rule == "titles.caps" and spans.overlaps(t.start, t.end))] + joined


#: Titles in single quotes or `quotes' ('Pulp Fiction', `Blue Velvet'), a style of 147 of the archive's critics;
#: see extractors/README.md.
SINGLE_QUOTED = True
#: ... across one line break of the archive's wrapped lines ('Robin Hood: Prince\nof Thieves')
_SQUOTED = gated(r"(?<![\w'\u2019`])['`\u2018](?P<t>[A-Z0-9](?:[^'\u2019\n]|\n(?![ \t]*\n)){1,60}?)['\u2019]"
                      r"(?![\w'\u2019])")
#: A one-word KB title in single quotes is a film in a review that single-quotes its own film's title, or after a
#: film word or a filmmaker's possessive (see extractors/README.md).
SINGLE_QUOTED_ONE_WORD = True


def _single_quoted(text: str, reviewed: str | None, gazetteer: FilmTitles, archive: ArchiveLexicon,
                   person_ends: dict[int, str] | None = None) -> list[Mention]:
    """A single-quoted title of two words or more that the KB (or the archive's critics) knows as a film; one word
    only with a year after it (the words a critic puts in single quotes are as often a phrase or a word)."""
    if "'" not in text and "`" not in text and "\u2018" not in text:
        return []
    out = []
    style: bool | None = None
    for m in _SQUOTED.finditer(text):
        surface = " ".join(m["t"].split()).rstrip(",.!? ")
        if not _title_like(surface) or _is_reviewed(surface, reviewed):
            continue
        long = len(surface.split()) >= 2
        one = not long and surface in gazetteer and SINGLE_QUOTED_ONE_WORD and \
            archive.title_counts(surface)[0] > 0 and not archive.is_other_work(surface)
        if one and style is None:
            style = _uses_single_quoted_titles(text, reviewed)
        one = one and (style or bool(_FILM_CUE_BEFORE.search(text, max(0, m.start() - 40), m.start())) or
                       _maker_before(text, m.start(), person_ends or {}))
        if not ((surface in gazetteer or archive.is_film(surface)) and
                (long or one or _YEAR_AFTER.match(text[m.end() : m.end() + 12]) and surface in gazetteer)):
            continue
        if _non_film_context(text, m.start(), m.end()):
            continue
        start = m.start("t")
        end = start + len(m["t"].rstrip(",.!? "))
        out.append(_mention(text, text[start:end], start, end, "titles.quoted", confidence("titles.quoted", "known")))
    if SINGLE_QUOTED_LISTS and out:
        out.extend(_single_quoted_list_items(text, reviewed, gazetteer, archive, out))
    return out


#: One single-quoted word the KB knows (and the archive's critics mark as a title), joined by a comma, "and", "or" or
#: "to" to a single-quoted film found here, is a film of the same list ("films such as 'Twins', 'Kindergarten Cop'
#: and 'Junior'", "Luc Besson ('Nikita', 'Leon')"), as `QUOTED_LISTS` for double quotes. Eighteenth pass,
#: extractors/README.md.
SINGLE_QUOTED_LISTS = True
_SQUOTE_JOIN = re.compile(r"[,.!?]?['\u2019]?\s{0,3}(?:,|,?\s{1,3}(?:and|or|to|nor))\s{1,3}['\u2018]?")


def _single_quoted_list_items(text: str, reviewed: str | None, gazetteer: FilmTitles, archive: ArchiveLexicon,
                              found: list[Mention]) -> list[Mention]:
    spans = [(t.start, t.end) for t in found]
    out: list[Mention] = []
    for _ in range(2):  # 'A', 'B' and 'C': an item taken vouches for the next
        for m in _SQUOTED.finditer(text):
            surface = m["t"].rstrip(",.!? ")
            start = m.start("t")
            if " " in surface or any(s == start for s, _ in spans) or not _title_like(surface) or \
                    surface not in gazetteer or _is_reviewed(surface, reviewed):
                continue
            # the quote before the next item opens at its start - 1; the item before ends at its closing quote
            if not (any(0 < s - m.end() <= 12 and _SQUOTE_JOIN.fullmatch(text, m.end(), s - 1) for s, _ in spans) or
                    any(0 < m.start() - e <= 12 and _SQUOTE_JOIN.fullmatch(text, e, m.start()) for _, e in spans)):
                continue
            if archive.title_counts(surface)[0] == 0 or archive.is_other_work(surface) or \
                    _non_film_context(text, m.start(), m.end()):
                continue
            out.append(_mention(text, surface, start, start + len(surface), "titles.quoted",
                                confidence("titles.quoted", "known")))
            spans.append((start, start + len(surface)))
    return out


def _uses_single_quoted_titles(text: str, reviewed: str | None) -> bool:
    """Does this reviewer put titles in single quotes? Judged by the reviewed film's title ('Dogma' twice)."""
    if not reviewed:
        return False
    words = r"[\s_]+".join(re.escape(w) for w in reviewed.split())
    return len(re.findall(rf"(?<![\w'\u2019`])['`\u2018]{words}[,.!?]?['\u2019](?![\w'\u2019])", text, re.I)) >= 2


#: A quoted title after a filmmaker's possessive or in brackets after a person ("Godard's "Alphaville"",
#: "Jane Doe ("Iron Valley")") has its cue, as after a film word (see extractors/README.md).
MAKER_QUOTES = True
_POSSESSIVE_BEFORE = re.compile(r"(?:['\u2019]s?|\s*\()\s*$")


def _maker_before(text: str, start: int, person_ends: dict[int, str]) -> bool:
    """A person's possessive right before ``start`` (a quote opening), of someone the archive's credits headers
    credit as a director, at least as often as an actor and more often than as a source author ("Gershwin's",
    "Tennessee Williams's", "Homer's" are no directors; an actor's or a singer's "X" is as often a part or a song),
    or a bracket opening right after a person's name ("Kurt Voss ("Border Radio")")."""
    m = _POSSESSIVE_BEFORE.search(text, max(0, start - 4), start)
    if m is None:
        return False
    name = person_ends.get(m.start())
    if name is None:
        return False
    if "(" in m[0]:
        return True
    ps = m.start() - len(name)
    if _SEGMENT_BEFORE.search(text, max(0, ps - 40), ps):
        return False  # "The first segment is Anders's "X"": a part of an anthology, no film of its own
    return _filmmaker(" ".join(name.split()))


_SEGMENT_BEFORE = re.compile(r"\b(?:segments?|episodes?|tales?|shorts?|stories|story|sketch(?:es)?|vignettes?)\b"
                             r"[^.!?\n]{0,30}$", re.I)


def _filmmaker(name: str) -> bool:
    roles = archive_roles().get(name) or _surname_roles().get(name)
    if not roles:
        return False
    director, actor, _, source, _ = roles[:5]
    return director >= 1 and director >= actor and director > source


@functools.lru_cache(maxsize=1)
def _surname_roles() -> dict[str, list[int]]:
    """The archive's career counts by surname alone ("Godard"), summed over the names that end on it."""
    out: dict[str, list[int]] = {}
    for name, counts in archive_roles().items():
        if " " in name:
            acc = out.setdefault(name.split()[-1], [0] * len(counts))
            for i, c in enumerate(counts):
                acc[i] += c
    return out


#: Titles after their maker's possessive, vouched for by the KB's principals (see extractors/README.md).
MAKER_TITLES = True


def _maker_titles(text: str, person_spans: list[tuple[int, int]], roles_of: PrincipalRoles,
                  gazetteer: FilmTitles) -> list[Mention]:
    """"Godard's Alphaville", "Hitchcock's "Vertigo"", "Kubrick's The Shining": the words after a person's
    possessive are a title when the KB files that person among the principals of a film so named (the
    longest such run of Title Case words, one word too). A person's word for a film is the strongest cue there
    is for a title written without typography, and the KB's principals take it only where the pair is on file."""
    out = []
    for s, e in person_spans:
        m = _MAKER_TITLE.match(text, e)
        if m is None:
            continue
        name = " ".join(text[s:e].split())
        words = m["t"].split()
        for n in range(min(len(words), 8), 0, -1):
            cand = " ".join(words[:n]).rstrip(".,;:!?")
            if n < len(words) and words[n][0].isupper() or cand not in gazetteer:
                continue
            if roles_of(name, cand, None) - {"actor"}:
                start = m.start("t")
                end = start + len(text[start : _words_end(text, start, words[:n])].rstrip(",.;:)]\"'\u201d!?"))
                if not _non_film_context(text, start, end):
                    out.append(_mention(text, text[start:end], start, end, "titles.maker", confidence("titles.maker")))
                break
    return out


#: A title beside one of its own people, by the KB's principals (or the archive's credits headers): "Liza Minnelli in
#: Cabaret", "(The Piano's Anna Paquin)", "Thora Birch (Alaska)". The person's word for a film is as strong a cue as
#: its maker's possessive (``MAKER_TITLES``), and the pair on file keeps a word or a place out. Seventeenth pass,
#: extractors/README.md.
CAST_TITLES = True


def _cast_titles(text: str, person_spans: list[tuple[int, int]], roles_of: PrincipalRoles,
                 gazetteer: FilmTitles, taken: SpanIndex) -> list[Mention]:
    """Titles right after a person ("in X", "from X", "(X", ", X") or before the person's name after a
    possessive ("X's Name") that the KB files the person in (longest run of the Title Case words first)."""
    out: list[Mention] = []
    conf = confidence("titles.cast")
    for s, e in person_spans:
        name = " ".join(text[s:e].split())
        if " " not in name:
            continue  # a surname alone is too often several people
        m = _CAST_AFTER.match(text, e)
        if m is not None:
            words = m["t"].split()
            for n in range(min(len(words), 8), 0, -1):
                cand = " ".join(words[:n]).rstrip(".,;:!?")
                if n < len(words) and words[n][0].isupper() or cand not in gazetteer:
                    continue
                start = m.start("t")
                end = start + len(text[start : _words_end(text, start, words[:n])].rstrip(",.;:)]\"'\u201d!?"))
                if not taken.overlaps(start, end) and roles_of(name, cand, None):
                    out.append(_mention(text, text[start:end], start, end, "titles.cast", conf))
                break
        if s >= 3 and text[s - 1].isspace() and text[s - 3 : s].rstrip()[-1:] in ("s", "'", "\u2019"):
            b = _CAST_BEFORE.search(text, max(0, s - 80), s)
            if b is None:
                continue
            words = b["t"].split()
            for n in range(min(len(words), 8), 0, -1):
                cand = " ".join(words[-n:])
                if cand not in gazetteer:
                    continue
                end = b.end("t")
                start = end - len(cand) if text[end - len(cand) : end] == cand else b.start("t")
                if start == b.start("t") or not text[start - 1 : start].isalpha():
                    if not taken.overlaps(start, end) and roles_of(name, cand, None):
                        out.append(_mention(text, text[start:end], start, end, "titles.cast", conf))
                break
    return out


#: One quoted word the KB knows, joined to a quoted film by "and", "or", "to" or a comma, is a film of the same list
#: ("Recall "Metropolis" and "Brave New World"", "from "Chinatown" to "Short Cuts""); see extractors/README.md.
QUOTED_LISTS = True
_QUOTE_JOIN = re.compile(r"[,.!?]?[\"\u201d']{0,2}\s{0,3}(?:,|,?\s{1,3}(?:and|or|to|nor))\s{1,3}[\"\u201c']{0,2}|"
                         r"[,.!?]?[\"\u201d']{0,2},\s{0,3}[\"\u201c']{0,2}")


#: A quoted Title Case span of two words or more that the KB lacks is a film in a list of quoted films ("X", "Y" and
#: "Z"): archive 349 such spans beside a quoted KB or archive film; 25/30 films (misspelt or missing from the
#: bundled KB: "Ticket to Heaven", "Two of a Kind"), the rest TV shows, a song, a chapter, a nickname.
QUOTED_LIST_UNKNOWN = True
#: ... and one quoted word so listed ("movies like "Scanners", "Videodrome" and "The Fly"": a title the bundled KB
#: lacks or a misspelling of one); eighteenth pass, extractors/README.md.
QUOTED_LIST_ONE_WORD = True
_FILMS_SPOKEN_OF = re.compile(r"\b(?:films?|movies?|pictures?|flicks?|classics?|remakes?|sequels?|directors?|"
                              r"directed|starred|starring|made|filmmakers?|cinema)\b", re.I)

#: (one word only where the sentence speaks of no other kind of work: ""China Beach" and "ER" episodes", "TV shows
#: including "The A-Team", "MacGyver"", "soul classics like "Brick House" and "Celebration"")
_OTHER_WORKS_SPOKEN_OF = re.compile(r"\b(?:tv|television|series|episodes?|shows?|sitcoms?|songs?|albums?|tunes?|"
                                    r"plays?|stage|novels?|books?)\b", re.I)


def _sentence_end(text: str, start: int) -> int:
    end = text.find(".", start)
    return min(end if end >= 0 else len(text), start + 150)


def _films_spoken_of(text: str, a: int, b: int, t: str) -> bool:
    """The sentence before the quoted ``t`` (at ``a``..``b``) speaks of films, and, for one word, of no other work."""
    lo = max(0, text.rfind(".", 0, a) + 1, a - 150)
    return _FILMS_SPOKEN_OF.search(text, lo, a) is not None and (
        " " in t or not _OTHER_WORKS_SPOKEN_OF.search(text, lo, _sentence_end(text, b)))


def _quoted_list_items(text: str, pending: list[tuple[int, int, str]], found: list[Mention],
                       known: bool = True) -> list[Mention]:
    """``pending``: quoted words (quote to quote) the KB knows as films (``known``) that have no cue of their own."""
    quoted = [(t.start, t.end) for t in found if t.rule == "titles.quoted"]
    out: list[Mention] = []
    for _ in range(2):  # "A", "B" and "C": an item taken vouches for the next
        for a, b, surface in pending:
            start = a + text[a:b].index(surface)
            if any(m.start == start for m in out):
                continue
            if any(0 < s - b <= 12 and _QUOTE_JOIN.fullmatch(text, b, s) for s, _ in quoted) or \
                    any(0 < a - e <= 12 and _QUOTE_JOIN.fullmatch(text, e, a) for _, e in quoted):
                out.append(_mention(text, surface, start, start + len(surface), "titles.quoted",
                                    confidence("titles.quoted", "known" if known else None)))
        quoted += [(m.start, m.end) for m in out]
    return out


#: One Title Case word the KB knows, in a comma list with a title found without marks ("Heat, Ronin and Collateral
#: Damage"), is a film of the same list; see extractors/README.md.
UNMARKED_LISTS = True
#: Critics of the archive who write the word as a film, for it to count as one in an unmarked list.
UNMARKED_LIST_MIN = 0
#: ... and for a word the critics mostly write in lower case, or one the NER takes for a place, to count (None: such
#: words never do); extractors/README.md, "Films, twelfth pass".
LIST_WORDS_VOUCHED: int | None = 3
_LONGER_TITLE_BEFORE = re.compile(r"(?:\b(?:the|a|an|of|is)|[A-Z][\w'\u2019\-]*(?:\s+(?:and|&))?|[\"\u201d])\s+$")
_LONGER_TITLE_AFTER = re.compile(r"\s+(?:and|&|of|in|on|for|at)\s+(?:the\s+)?[A-Z]|['\u2019]s\b|\s+[a-z]+\s+[A-Z]")
_JOIN_AFTER = rf"(?:,[ \t]*\n?[ \t]*|,?[ \t]*\n?[ \t]*(?:and|or){_GAP})"
_WORD_AFTER_JOIN = re.compile(rf"{_JOIN_AFTER}(?P<w>[A-Z][a-z\-]{{2,}})(?![\w'\u2019-]|\s+[A-Z])")
_WORD_BEFORE_JOIN = re.compile(r"(?<![\w'\u2019-])(?P<w>[A-Z][a-z\-]{2,})"
                               r"(?:[ \t]*\n?[ \t]*,|[ \t]*\n?[ \t]*(?:and|or))[ \t]*\n?[ \t]*$")


def _unmarked_list_items(text: str, found: list[Mention], gazetteer: FilmTitles | _WithArchive,
                         taken: SpanIndex, archive: ArchiveLexicon, weak: SpanIndex | None = None) -> list[Mention]:
    """The word must stand alone in the list (not "the Kids" of a longer title, nor "Ghost and the Darkness"),
    be no word the archive's critics write in lower case, and be written by them as a film more than as a TV
    show, play or book; a common word or one the NER calls a place ("Shine", "Philadelphia") only where
    :data:`LIST_WORDS_VOUCHED` critics write it as a film."""
    weak = weak if weak is not None else SpanIndex()
    out: list[Mention] = []
    have = SpanIndex([(t.start, t.end) for t in found])
    anchors = sorted((t.start, t.end) for t in found
                     if t.rule in _UNMARKED_RULES or t.rule in ("titles.maker", "titles.cast"))
    conf = confidence("titles.gazetteer")
    for _ in range(2):
        new: list[tuple[int, int]] = []
        for s, e in anchors:
            am = _WORD_AFTER_JOIN.match(text, e)
            bm = _WORD_BEFORE_JOIN.search(text, max(0, s - 30), s)
            for m in (am, bm):
                if m is None:
                    continue
                a, b = m.start("w"), m.end("w")
                if have.overlaps(a, b) or taken.overlaps(a, b) or re.search(r"[.!?:;]\s*$", text[max(0, a - 3) : a]):
                    continue
                if _LONGER_TITLE_BEFORE.search(text, max(0, a - 12), a) if m is bm else \
                        _LONGER_TITLE_AFTER.match(text, b):
                    continue
                film, tv, work = archive.title_counts(m["w"])
                vouched = LIST_WORDS_VOUCHED is not None and film >= LIST_WORDS_VOUCHED and film > 2 * (tv + work)
                if not vouched and (m["w"].lower() in archive.common_words or weak.overlaps(a, b)):
                    continue
                if tv + work > film or film < UNMARKED_LIST_MIN or re.match(rf"\W+{m['w']}\b", text[b:b + 30]):
                    continue  # ... and "a Mad, Mad, Mad World": a word said over is a piece of a title
                if m["w"] in gazetteer and a > 0:
                    out.append(_mention(text, m["w"], a, b, "titles.gazetteer", conf))
                    have.add(a, b)
                    new.append((a, b))
        anchors = new
    return out


#: A title found without typography that the archive's credits headers give as a person's name is that person
#: ("Orson Welles", a KB documentary's title too); see extractors/README.md.
CREDITED_PEOPLE = True


def _credited_person(name: str, archive: ArchiveLexicon) -> bool:
    """Three credits or more in the archive's headers, over three times as many as the critics who write the name as
    a film ("Michael", 18 credits and 11 critics' film, stays a film)."""
    roles = archive_roles().get(name)
    return bool(roles) and sum(roles) >= 3 and 3 * archive.title_counts(name)[0] < sum(roles)


#: A capitalised run of two words or more that the archive's headers credit as a person three times or more (and
#: over three times as often as its critics write it as a film) is that person, no film: caps critics write names
#: in capitals too ("see NICHOLAS CAGE team up with SEAN CONNERY"). See extractors/README.md, fourteenth pass.
CAPS_CREDITED_PEOPLE = True


def _caps_credited_person(text: str, t: Mention, reviewed: str | None, archive: ArchiveLexicon) -> bool:
    return t.rule == "titles.caps" and t.year is None and " " in t.name and _credited_person(t.name, archive) \
        and not _YEAR_AFTER.match(text[t.end : t.end + 12]) and not _is_reviewed(t.name, reviewed)


def _one_word_unvouched(t: Mention, text: str, reviewed: str | None, archive: ArchiveLexicon) -> bool:
    """A one-word title of the model, written without a mark (capitals, quotes, underscores: the mark rules
    judge those), that few critics of the archive write as a film."""
    surface = text[t.start : t.end]
    marked = surface.isupper() or text[max(0, t.start - 1) : t.start] in {'"', "'", "_", "*", "\u201c", "`"}
    return bool(archive.titles) and " " not in t.name and not marked and not _is_reviewed(t.name, reviewed) and \
        archive.title_counts(t.name)[0] < NER_ONE_WORD_MIN


def _inside_any(t: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether the mention lies within one of ``spans`` (the NER's places, dates and the like)."""
    return any(a <= t.start and t.end <= b for a, b in spans)


def _strictly_inside(start: int, end: int, spans: SpanIndex) -> bool:
    """Whether ``start``-``end`` lies inside a longer span of ``spans``."""
    return any(a <= start and end <= b and (a, b) != (start, end) for a, b, _ in spans.overlapping(start, end))


#: A one-word title of the model with no mark ("Hope", "Honey", "Brazil") must be one that this many critics of
#: the archive write as a film.
NER_ONE_WORD_MIN = 3
ARCHIVE_UNMARKED = True
ARCHIVE_NER = True
#: Critics of the archive who write a title as a film for it to count as one where the text marks nothing.
ARCHIVE_UNMARKED_MIN = 3


class _WithArchive:
    """The KB's films and the films of the archive's critics, for titles found without typography."""

    def __init__(self, films: FilmTitles, archive: ArchiveLexicon) -> None:
        self.films, self.archive = films, archive

    def __contains__(self, title: object) -> bool:
        return title in self.films or (isinstance(title, str) and (
            self.archive.is_film(title, ARCHIVE_UNMARKED_MIN) or
            (MARKED_TITLE_MIN is not None and _marked_title(title, MARKED_TITLE_MIN))))

    def __bool__(self) -> bool:
        return True


#: A title of two words or more that this many of the archive's critics mark (quotes, underscores, capitals) is a
#: title where another critic writes it in Title Case with no mark, though no critic writes it beside a film word
#: (training/marked_titles.py; extractors/README.md, "Films, fourteenth pass"). None: off.
MARKED_TITLE_MIN: int | None = 3
#: ... of whom this many mark it with quotes or underscores (capitals alone also mark names and headings)
MARKED_TITLE_QUOTED = 1
#: ... and this share of them in capitals: critics who write films in capitals quote songs, books, plays, TV shows and
#: scenes, so a title quote critics mark far more often than caps critics is mostly no film ("Waiting for Godot",
#: "Frosty the Snowman", "Stab 3")
MARKED_TITLE_CAPS = 0.4
#: ... and that critics who mark titles write unmarked in Title Case, or anybody writes in lower case, this often for
#: each critic who marks it or less (a name or a phrase: "Wall Street", "the Bottom Line")
MARKED_TITLE_PHRASE = 0.5


@functools.lru_cache(maxsize=65_536)
def _marked_title(title: str, least: int) -> bool:
    """Whether the archive's critics mark ``title`` as a title, and as a film (no TV show, book or song), and
    seldom write it as a phrase (asked of every Title Case run the KB lacks: cached)."""
    counts = marked_titles().get(name_key(title, film=True))
    if counts is None:
        return False
    marked, quoted, caps, film, tv, work, phrase, lower = counts
    return marked >= least and quoted >= MARKED_TITLE_QUOTED and caps >= max(1.0, MARKED_TITLE_CAPS * marked) and \
        tv + work <= film and phrase + lower <= MARKED_TITLE_PHRASE * marked


_UNMARKED_RULES = frozenset({"titles.gazetteer", "titles.ner", "titles.known_word", "titles.cued_word",
                             "titles.ner_cued"})
#: A known title found with no mark and no cue is a phrase where the archive's critics who mark titles leave it
#: unmarked (in reviews where they mark others) this often for each critic who marks it: "on Wall Street", "a New
#: Age type", "henchman to Poison Ivy" (training/title_usage.py; extractors/README.md, "Films, twelfth pass").
#: None: off.
TITLE_USAGE_RATIO: float | None = 0.75


#: What vouches for such a title all the same: a mark or a bracket around it, a film word or a film cue before it, a
#: film word, a bracket or a rating after it, or another title beside it in a list.
_USAGE_MARK = re.compile(r"[\"'_*\u201c\u2018`(]\s*$")
_USAGE_AFTER = re.compile(r"\s*(?:\(|\[|[\"'_*\u201d\u2019]|-?\s*\d+(?:\.\d+)?\s*/\s*\d|\s+(?:director|star|sequel|"
                          r"remake|fame)\b)")
_LIST_JOIN = re.compile(r"[ \t]*\n?[ \t]*(?:[,;/&\-]|and|or)[ \t]*\n?[ \t]*(?:(?:the|a|an)[ \t]+)?", re.I)


def _vouched_here(text: str, t: Mention, found: SpanIndex) -> bool:
    surface = text[t.start : t.end]
    before = text[max(0, t.start - 40) : t.start]
    if surface.isupper() or _USAGE_MARK.search(before) or _USAGE_AFTER.match(text, t.end) or \
            _FILM_CUE_BEFORE.search(before) or _FILM_WORD_AFTER.match(text, t.end):
        return True
    # "Reds, Prizzi's Honor, Ironweed, A Few Good Men": another title just before or after, across a list's joint
    return _beside_a_title(text, t, found, _LIST_JOIN)


def _beside_a_title(text: str, t: Mention, found: SpanIndex, joint: re.Pattern[str]) -> bool:
    """Another title of ``found`` just before or after the mention, nothing but ``joint`` between them."""
    near = [(a, b) for a, b, _ in found.overlapping(max(0, t.start - 60), t.end + 60) if (a, b) != (t.start, t.end)]
    return any((b <= t.start and joint.fullmatch(text, b, t.start)) or
               (a >= t.end and joint.fullmatch(text, t.end, a)) for a, b in near)


#: One marked word is a film where the archive's critics write it as one (two critics or more), or where its own
#: sentence says so: a film cue before it, a film word, bracket or rating after it, another title beside it in a
#: list. Else it is a stressed word, a heading, a book, a song or a cut title ("goes WAY over", "POSTSCRIPT",
#: "Dante's INFERNO", "the reason "Dead" disappoints"). Underscores always mark: "_Joe_", "_SPR_" stay.
#: (extractors/README.md, "Films, thirteenth pass".)
MARKED_WORD_CUED = True
MARKED_WORD_CRITICS = 2
_MARK_CHARS = "\"'_*\u201c\u201d\u2018\u2019`"
_MARKED_LIST_JOIN = re.compile(r"(?:[\s\"'_*\u201c\u201d\u2018\u2019`]*(?:[,;/&]|\band\b|\bor\b|\([^()\n]{1,12}\)))*"
                               r"[\s\"'_*\u201c\u201d\u2018\u2019`]*(?:(?:the|a|an)\s+)?", re.I)
_BRACKET_OR_RATING_AFTER = re.compile(r"[\"'_*\u201d\u2019]*\s*(?:\(|\[|-?\s*\d+(?:\.\d+)?\s*/\s*\d|"
                                      r"\s+(?:director|star|sequel|remake|fame)\b)")
#: "Malle's DAMAGE" (a filmmaker's possessive), "the 1981 muckraker PIXOTE" (a year before it in the sentence), "a
#: production called "X"", "her doctor in SYBIL", "traces of CATCH-22 influence"
_MAKER_BEFORE = re.compile(r"([A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+){0,2})['\u2019]s?\s*$")
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d(?:['\u2019]s\s*$|\b(?!['\u2019]s)[^.!?\n]{0,40}$)|\boriginal\s*$")
_CALLED_BEFORE = re.compile(r"\b(?:films?|movies?|pictures?|productions?|features?|flicks?)\s+(?:called|titled|"
                            r"entitled|named)\s*$|\b(?:his|her|their)\s+[a-z]+\s+in\s*$|\bunlike\s*$", re.I)
_INFLUENCE_AFTER = re.compile(r"\s+influences?\b")


def _cued_here(text: str, t: Mention, found: SpanIndex) -> bool:
    """A film cue in the mention's own sentence, its marks aside (:func:`_vouched_here` counts the marks)."""
    before = text[max(0, t.start - 40) : t.start].rstrip(_MARK_CHARS + " ")
    tail = text[t.end : t.end + 3]
    after = t.end + len(tail) - len(tail.lstrip(_MARK_CHARS))
    if _FILM_CUE_BEFORE.search(before) or _FILM_WORD_AFTER.match(text, after) or \
            _BRACKET_OR_RATING_AFTER.match(text, t.end) or _YEAR_BEFORE.search(before) or \
            _CALLED_BEFORE.search(before) or _INFLUENCE_AFTER.match(text, after):
        return True
    maker = _MAKER_BEFORE.search(before)
    if maker and (_filmmaker(" ".join(maker[1].split())) or _filmmaker(maker[1].split()[-1])):
        return True
    return _beside_a_title(text, t, found, _MARKED_LIST_JOIN)


#: A title right after the possessive of somebody the archive's credits headers give as a source's author
#: far more than as anything else is that author's book or play ("Richard Wright's "Native Son"", "Stoker's
#: "Dracula"", "Shakespeare's MACBETH"); another mention of it without the possessive may still be the film.
#: (extractors/README.md, "Films, thirteenth pass".)
AUTHORS_WORKS = True
_POSSESSOR_BEFORE = re.compile(r"([A-Z][\w\-]+(?:\.?\s+[A-Z][\w.\-]+){0,2})['\u2019]s?\s*[\"'_*\u201c\u2018`]?\s*$")


_ADAPTED_BEFORE = re.compile(r"\b(?:adapt\w*|(?:screen|film|movie)\s+versions?)\b[^.!?]{0,60}$", re.I)


def _authors_work(text: str, t: Mention, gazetteer: FilmTitles) -> bool:
    m = _POSSESSOR_BEFORE.search(text, max(0, t.start - 40), t.start)
    if not m:
        return False
    name = " ".join(m[1].split())
    if _ADAPTED_BEFORE.search(text, max(0, m.start() - 80), m.start()):
        return False  # "he directed a screen adaptation of a best-seller - X's "Y"": the film made of the book
    whole = f"{name}'s {t.name}"
    if text[t.start - 1 : t.start] not in _MARK_CHARS and \
            (whole in gazetteer or archive_lexicon().title_counts(whole)[0] >= 1):
        return False  # "films such as Bram Stoker's Dracula": the possessive is the film's own title
    roles = archive_roles().get(name) or (_surname_roles().get(name) if " " not in name else None)
    if not roles:
        return False
    director, actor, writer, source = roles[:4]
    return source >= 2 and source > director + actor + writer


def _left_unmarked(name: str) -> bool:
    marked, unmarked = title_usage().get(name_key(name, film=True), (0, 0))
    return unmarked >= 1 and unmarked >= TITLE_USAGE_RATIO * marked

#: A lone capitalised word in mid-sentence is a film when this many of the archive's critics write it as one (and
#: far more often than as a TV show or a book), the KB knows it, and it is no common word, first name or surname
#: of the archive: "the cast of Scream", "before Twister" (see extractors/README.md). None: off.
KNOWN_WORD_MIN: int | None = 5
_LONE_WORD = gated(r"(?<![\w'\"*_\u201c\u2018`-])[A-Z][a-z]{2,}(?![\w'\u2019\"*_\u201d-])")
_LONE_WORD_DASH = gated(r"(?<![\w'\"*_\u201c\u2018`])(?<!(?<!-)-)[A-Z][a-z]{2,}(?![\w'\u2019\"*_\u201d-])")
#: ... not after an article, a preposition of place or time, a possessive, nor beside another capitalised word
_LONE_BEFORE = re.compile(r"(?:\b(?:the|a|an|this|that|his|her|its|their|our|my|your|on|to|for|from|at|into|onto|"
                          r"planet|old|new|young|every|each|no)\s+|[A-Z][\w'.\u2019]*\s+|['\u2019]s\s+|\d+(?:st|nd|rd|th)\s+|"
                          r"(?:^|[.?!:;]|\n[ \t]*)[\s\"'\u201c(]*)$")
#: ... nor before a name in brackets ("Jaws (Richard Kiel)": a character) or a state ("Philadelphia, PA")
_LONE_AFTER = re.compile(r"\s+(?:[A-Z0-9]|of\b|and\s+[A-Z]|&)|['\u2019]s\b|-\w|\s*\((?!\s*(?:19|20)\d\d)|"
                         r",\s*[A-Z]{2}\b")
#: Days and holidays are days before they are films ("an appropriate Halloween", "a lazy Sunday afternoon")
_HOLIDAYS = frozenset({"Halloween", "Christmas", "Easter", "Thanksgiving", "Monday", "Tuesday", "Wednesday",
                       "Thursday", "Friday", "Saturday", "Sunday"})


#: A word the archive's wrapped lines put at a line's start opens no sentence: "as\nGoodfellas", "finale. Even\n
#: Volcano" (the line-start test of :data:`_LONE_BEFORE` read every such word as an opening). None of the other words
#: before it may hold it back. Off: 11 of 20 archive hits were films (characters, places); see extractors/README.md,
#: "Films, thirteenth pass".
KNOWN_WORD_WRAPS = False
_WRAPPED = re.compile(r"(?<![.?!:;\n\s])[ \t]*\n[ \t]*$")
_LONE_BEFORE_WORD = re.compile(r"(?:\b(?:the|a|an|this|that|his|her|its|their|our|my|your|on|to|for|from|at|into|"
                               r"onto|planet|old|new|young|every|each|no)|[A-Z][\w'.\u2019]*|['\u2019]s|"
                               r"\d+(?:st|nd|rd|th))[ \t]*\n[ \t]*$")


def _wrapped_into(text: str, start: int) -> bool:
    """The word at ``start`` opens a line that goes on a sentence (the line before ends on no stop and is long: a
    line of running prose, not a heading), and the word before the break is none :data:`_LONE_BEFORE` refuses."""
    if not _WRAPPED.search(text, max(0, start - 12), start):
        return False
    line_start = text.rfind("\n", 0, text.rfind("\n", 0, start)) + 1
    return start - line_start >= 50 and not _LONE_BEFORE_WORD.search(text, max(0, start - 30), start)


@functools.lru_cache(maxsize=65_536)
def _archive_film_word(archive: ArchiveLexicon, word: str, min_critics: int) -> bool:
    """What the archive alone says of a lone capitalised word (asked of every such word of every review: cached)."""
    film, tv, work = archive.title_counts(word)
    return (film >= min_critics and film > 2 * (tv + work) and word.lower() not in archive.common_words and
            word not in archive.surnames and word not in archive.given_names and word not in _HOLIDAYS)


#: A film word and then, with nothing between, a Title Case run is the film's title: "John Huston's 1963 film The List
#: of Adrian Messenger", "the comedy The Boys Next Door, which ..." (counts and sampled precision in
#: extractors/README.md, "Films, eleventh pass").
GENRE_APPOSITIONS = True
GENRE_APPOSITION_MIN_WORDS = 2
_GENRE_NOUN = re.compile(
    r"(?<![\w-])(?:film|movie|picture|flick|comedy|drama|thriller|western|musical|documentary|feature|epic|"
    r"classic|sequel|remake|cartoon|satire|melodrama|adaptation|debut|opus|vehicle|romance|fantasy|"
    r"(?:horror|action|war|crime|disaster|spy|road|buddy|cult|teen|slasher|sci-fi|animated|gangster|monster)"
    r"[ \t]+(?:film|movie|picture|flick|comedy|drama|thriller|epic|classic|musical|fest|opus))"
    r"[ \t]+\n?[ \t]*(?=[A-Z0-9])")  # no comma: "in the film, Sara begins" opens a clause
# (a blank before any line end, unlike _GAP: a genre ending its line is mostly a label's, "Genre: horror/comedy\n")


_NAME_IN_BRACKET = re.compile(r"\s*\(?(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\)")
_RUN_YEAR_TAIL = re.compile(r"\s+(?:from|in|of)\s+(?:19|20)\d\d$")
_APPOSITION_STOP = re.compile(rf"{_GAP}(?:(?:and|&){_GAP}[A-Za-z]|(?:production|studios?|company|"
                             r"pictures|films|release|character|house|city|town)\b)")


def _genre_appositions(text: str, gazetteer: FilmTitles | _WithArchive, taken: SpanIndex,
                       common: frozenset[str] = frozenset(), companies: frozenset[str] = frozenset()) -> list[Mention]:
    """The Title Case run right after a film word, of :data:`GENRE_APPOSITION_MIN_WORDS` capitalised words or more,
    or a title the KB or the archive's critics know; no person, place or date, nor a run the sentence opens with."""
    out = []
    conf = confidence("titles.cued_list")
    for m in _GENRE_NOUN.finditer(text):
        run = _TC_RUN.match(text, m.end())
        if run is None:
            continue
        surface = _RUN_YEAR_TAIL.sub("", run[0].rstrip(".!?:"))
        if surface.endswith(("'s", "\u2019s")) or _NAME_IN_BRACKET.match(text, run.end()):
            continue  # "the film Jack's father", "the movie Ransom (Mel Gibson)": a name, or a name and a part
        capitals = sum(1 for w in surface.split() if w[:1].isupper())
        known = surface in gazetteer and (" " in surface or (len(surface) > 3 and surface.lower() not in common))
        if not known and capitals < GENRE_APPOSITION_MIN_WORDS or \
                _APPOSITION_STOP.match(text, run.start() + len(surface)):
            continue  # ... and "the film Fear and Desire", "a Shaw Brothers production": the run is not all of it
        start, end = run.start(), run.start() + len(surface)
        if taken.overlaps(start, end) or _non_film_context(text, start, end) or surface.split()[0] in companies:
            continue  # ... or "the film Warner Bros. is grooming": a studio
        out.append(_mention(text, surface, start, end, "titles.cued_list", conf))
    return out


def _known_words(text: str, gazetteer: FilmTitles, archive: ArchiveLexicon, reviewed: str | None,
                 taken: SpanIndex, hard: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Lone capitalised words the KB and enough of the archive's critics know as films (:data:`KNOWN_WORD_MIN`)."""
    out = []
    verdict: dict[str, bool] = {}
    cued_verdict: dict[str, bool] = {}
    for m in (_LONE_WORD_DASH if DASH_OPENS else _LONE_WORD).finditer(text):
        word = m[0]
        if word not in verdict:
            verdict[word] = _archive_film_word(archive, word, KNOWN_WORD_MIN or 0) and word in gazetteer
        if verdict[word]:
            if _lone_known(text, m, taken) and not _is_reviewed(word, reviewed):
                out.append(_mention(text, word, m.start(), m.end(), "titles.known_word",
                                    confidence("titles.known_word")))
                continue
        if CUED_WORD_MIN is not None and _cued_word(text, m, archive, gazetteer, taken, hard, cued_verdict) and \
                not _is_reviewed(word, reviewed):
            out.append(_mention(text, word, m.start(), m.end(), "titles.cued_word", confidence("titles.cued_word")))
    return out


def _lone_known(text: str, m: re.Match, taken: SpanIndex) -> bool:
    """A known word alone in mid-sentence: nothing found there yet, no article, preposition, possessive or
    capitalised word before it (a wrapped line's break is no sentence opening), no capitalised word after it."""
    if taken.overlaps(m.start(), m.end()) or _LONE_AFTER.match(text, m.end()):
        return False
    if _LONE_BEFORE.search(text, max(0, m.start() - 30), m.start()) and \
            not (KNOWN_WORD_WRAPS and _wrapped_into(text, m.start())):
        return False
    return not _non_film_context(text, m.start(), m.end())


#: A lone capitalised word right after a film cue ("roles in", "Name in", "like", "films such as", "than") is a film
#: when this many of the archive's critics write it as one (twice as often as a TV show or a book) and the KB knows
#: it, though the archive writes it in lower case or as a name, or the NER took it alone for a person: "Jodie Foster
#: in Nell", "films like Bound", "than Godzilla" (extractors/README.md, "Films, thirteenth pass").
#: None: off.
CUED_WORD_MIN: int | None = 5
#: ... and a word the archive's headers give as a given name or a surname ("Nell", "Godzilla" against "Lucas", "Woo")
CUED_NAME_MIN = 10
_CUE_STOP = re.compile(r"[.!?;:][\"'\u201d)]*\s")
_CAPITAL_BEFORE = re.compile(rf"[A-Z][\w'.\u2019]*{_GAP}$")
#: "like Life is Beautiful": the word opens a longer title; "the film, Michael manages": a film noun's clause
_LONGER_AFTER = re.compile(rf"{_GAP}[a-z]+{_GAP}[A-Z]")
_FILM_NOUN_COMMA = re.compile(r"^(?:films?|movies?|pictures?|flicks?|features?)\W*,", re.I)


def _cued_word(text: str, m: re.Match, archive: ArchiveLexicon, gazetteer: FilmTitles, taken: SpanIndex,
               hard: frozenset[tuple[int, int]], verdict: dict[str, bool]) -> bool:
    """A lone word the known-word rule refused, after a film cue; a person span of this word alone gives way (no
    longer name, no header name: ``hard``), a title found already or a place ("a place like Manhattan") does not."""
    word, s, e = m[0], m.start(), m.end()
    if word not in verdict:
        verdict[word] = _cued_film_word(archive, word, CUED_WORD_MIN or 0) and word in gazetteer
    if not verdict[word] or _LONE_AFTER.match(text, e) or _CAPITAL_BEFORE.search(text, max(0, s - 30), s):
        return False  # ... "in Movie Limbo": a capitalised word before, a name's
    cue = _FILM_CUE_BEFORE.search(text, max(0, s - 40), s)
    if _LONGER_AFTER.match(text, e):
        return False
    if cue is None or _CUE_STOP.search(text, cue.start(), s) or _HIT_CUE.search(cue[0]) or \
            _FILM_NOUN_COMMA.match(cue[0]):
        return False  # "... throughout the movie. Always taking": the cue's sentence ended; "will hit Earth": a verb
    spans = [(a, b) for a, b, _ in taken.overlapping(s, e)]
    if any((a, b) != (s, e) or (a, b) in hard for a, b in spans):
        return False
    if _NAME_IN_CUE.search(cue[0]) and _TITLE_CONNECTOR_BEFORE.search(text, max(0, cue.start() - 8), cue.start()):
        return False  # "Crime and Punishment in Suburbia": the "Name in" is a title's own words
    if spans and _NAME_IN_CUE.search(cue[0]):
        return False  # "Ann in Wren": a person span gives way to a film's cue, not to "Name in"
    return not _non_film_context(text, s, e)


@functools.lru_cache(maxsize=65_536)
def _cued_film_word(archive: ArchiveLexicon, word: str, least: int) -> bool:
    """What the archive says of a word for :func:`_cued_word` (asked of every capitalised word: cached)."""
    film, tv, work = archive.title_counts(word)
    # "like Lucas", "like Woo", "a Best Actor Oscar": a name needs many more critics
    least = max(least, CUED_NAME_MIN) if word in archive.surnames or word in archive.given_names else least
    return film >= least and film > 2 * (tv + work) and word not in _HOLIDAYS


_HIT_CUE = re.compile(r"^hits?\W*$", re.I)
_NAME_IN_CUE = re.compile(r"^[A-Z][\w'\-]+\s+in\W*$")
_TITLE_CONNECTOR_BEFORE = re.compile(r"\b(?:and|of|the|&)\s+$", re.I)


_PART_RULES = _UNMARKED_RULES | {"titles.filmography"}
_PAREN_OPEN = re.compile(r"[ \t]*\n?[ \t]*\((?:played\s+by\s+)?")


#: "as Poison Ivy", "as the luscious and vengeful Poison Ivy" (not "such as", "as well as", "as seen in")
_AS_BEFORE = re.compile(r"(?<!such )(?<!known )(?<!well )\bas\s+(?:the\s+)?"
                        r"(?:(?!(?:in|on|of|from|with|to|by|at|for|seen|shown|featured)\b)[a-z][\w\-]*\s+){0,4}$")


def _played_part(text: str, t: Mention, archive: ArchiveLexicon, gazetteer: FilmTitles) -> bool:
    """"X ain't half bad as Poison Ivy", "A (Batman), B (Robin), Uma Thurman (Poison Ivy)": a title found without
    typography after "as", or in a performer's bracket beside another bracket that holds no film (a cast list in
    the prose), that the archive's critics give as a part (2 critics or more, three times as many as credit it as
    a person) is that part, not the film of the name."""
    parts, persons = archive.characters.get(t.name, (0, 0))
    if parts < 2 or parts < 3 * persons:
        return False
    if text[t.start - 1 : t.start] == "(" and text.startswith(")", t.end):
        siblings = [_SIBLING_AFTER.match(text, t.end + 1),
                    _SIBLING_BEFORE.search(text, max(0, t.start - 90), t.start - 1)]
        return any(m is not None and not (m["p"] in gazetteer or archive.is_film(m["p"])) for m in siblings)
    return bool(_AS_BEFORE.search(text, max(0, t.start - 60), t.start))


#: "A (Gracchus), B (Julius Caesar), C (Antoninus)": a title found without typography in a performer's bracket, with
#: two sibling brackets of the same list (two before, two after or one either side) and none of them a film the KB or
#: the archive knows, is a part of a cast list in the prose, whatever the archive's critics call it (`_played_part`
#: asks them for one sibling). Eighteenth pass, extractors/README.md.
CAST_PARTS = True


def _in_cast_parts(text: str, t: Mention, archive: ArchiveLexicon, gazetteer: FilmTitles) -> bool:
    if text[t.start - 1 : t.start] != "(" or not text.startswith(")", t.end):
        return False
    siblings: list[str] = []
    end = t.end + 1
    for _ in range(2):
        m = _SIBLING_AFTER.match(text, end)
        if m is None:
            break
        siblings.append(m["p"])
        end = m.end()
    start = t.start - 1
    for _ in range(2):
        m = _SIBLING_BEFORE.search(text, max(0, start - 90), start)
        if m is None:
            break
        siblings.append(m["p"])
        start = m.start()
    # (a sibling the archive calls a TV show or a book makes it a list of works: "A (OZ), B (Very Bad Things)"; so
    # does a piece of one: "(Bad Boys, The Rock)", "(James Bond: License to Kill)")
    pieces = [q.strip("\"'\u201c\u201d\u2018\u2019 .!?") for p in siblings for q in [p, *_SIBLING_PIECE.split(p)]]
    return len(siblings) >= 2 and not any(q and (q in gazetteer or archive.is_film(q) or archive.is_other_work(q))
                                          for q in pieces)


_SIBLING_PIECE = re.compile(r"\s*(?:[,:;/]|\band\b)\s*")


#: "taking on the role of Batman", "the newest incarnation of Batman", "the character of Austin Powers": a name right
#: after a part's noun and "of" is the part, not the film of that name (a film is a part's "role in"). Fifteenth
#: pass, extractors/README.md.
PART_OF_CUE = True
#: (not "this incarnation of PSYCHO", a remake, nor "the title role of SELENA", the film named; "the newest incarnation
#: of Batman" is the part)
_PART_OF_BEFORE = re.compile(r"\b(?:the\s+role|the\s+(?:[a-z]+\s+){0,2}incarnation|the\s+character|"
                             r"the\s+persona)\s+of\s+(?:the\s+)?[\"'_*\u201c\u2018`]?$", re.I)


def _after_part_cue(text: str, start: int) -> bool:
    if "of" not in text[max(0, start - 7) : start]:
        return False
    return bool(_PART_OF_BEFORE.search(text, max(0, start - 45), start))


#: A title that opens with "TV's" is a TV show whose cue the title took in ("Maria Pitillo (Dear God, TV's House
#: Rules)": a list item, where the cue before a title, `_NON_FILM_CUE`, never sees it). Sixteenth pass,
#: extractors/README.md.
TV_OPENED = True
_TV_OPENING = re.compile(r"(?:TV|Tv|Television)['\u2019]s\s", re.I)


#: What "the word", "the phrase", "the caption" or "the slogan" introduces is words, not a film ("the word "Help"
#: spelled out by a skywriter", "the words IN FAIR VERONA on a solid background", "the word "Greed" printed on the
#: floor"). Not "a word" ("in a word, X is a mess": the film judged), nor "title" ("the title "X"" names a film); the
#: reviewed film keeps its own mentions.
#: Sixteenth pass, extractors/README.md.
WORD_CUE = True
_WORD_CUE_STEMS = ("word", "phrase", "term", "slogan", "motto", "expression", "caption", "tagline", "catch", "epithet",
                   "sign", "banner")
_WORD_CUE_BEFORE = re.compile(r"\b(?:the|that|this|these|those)\s+(?:words?|phrases?|terms?|slogans?|mottos?|"
                              r"expressions?|captions?|taglines?|catch-?phrases?|epithets?|signs?|banners?)"
                              r"\s*,?\s*[\"'\u201c\u2018`_*]*$", re.I)


def _after_word_cue(text: str, t: Mention) -> bool:
    if t.rule.startswith("titles.reviewed"):
        return False
    before = text[max(0, t.start - 32) : t.start]
    low = before.lower()
    # (the stems first: most titles have none before them, and the regex costs more)
    return any(stem in low for stem in _WORD_CUE_STEMS) and bool(_WORD_CUE_BEFORE.search(before))


#: What "a (local / touring / volunteer) production of", "a staging of", "a performance of" introduces is a play or
#: a song on a stage ("an awful community production of "A Streetcar Named Desire"", "a production of King Lear", "a
#: rousing performance of "Great Balls of Fire""); "the production of X" is a film's making, and "a revival of X" a
#: film's re-release, so only an indefinite article opens the cue. Sixteenth pass, extractors/README.md.
STAGED_CUE = True
_STAGED_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[a-z\-]+\s+){0,2}(?:production|staging|performance)\s+of\s*"
                            r"[\"'\u201c\u2018`_*]*$")


def _after_staged_cue(text: str, t: Mention) -> bool:
    if t.rule.startswith("titles.reviewed"):
        return False
    # (" of" first: most titles have none right before them, and the regex costs more)
    return " of" in text[max(0, t.start - 6) : t.start] and \
        bool(_STAGED_BEFORE.search(text, max(0, t.start - 60), t.start))


#: A quoted "title" between a given name and a surname is that person's nickname ("Jimmy "The Tulip" Tudeski",
#: "Timothy "Speed" Levitch", "Cyrus "The Virus" Grissom"), not a film, unless the name is someone the archive's credits
#: headers give twice or more, or the KB credits in that film: then the quotes hold the person's film as an epithet
#: ("Ed "The Abyss" Harris", "Billy Bob "Sling Blade" Thornton"). Sixteenth pass, extractors/README.md.
NICKNAME_QUOTES = True
NICKNAME_CREDITED_MIN = 2
_NICK_OPEN = "\"'`\u201c\u2018"
_NICK_CLOSE = "\"'\u201d\u2019"
_GIVEN_BEFORE = re.compile(r"(?<![\w'\u2019.-])(?P<g>[A-Z][a-z]+)(?:[ \t]*\n?[ \t]*(?<=\s)(?P<g2>[A-Z][a-z]+))?"
                           r"[ \t]*\n?[ \t]*(?<=\s)$")
#: ... words that open a sentence before a quoted film ("In "Pulp Fiction" Tarantino"), some of them given names too
_NOT_GIVEN = frozenset({"In", "With", "Like", "As", "Unlike", "From", "See", "Forget", "And", "But", "Of", "On", "At",
                        "To", "For", "By", "The", "Even", "Since", "After", "Before", "Than", "Then", "So", "Not",
                        "Both", "Also", "While", "When", "Until", "Till", "Say", "Remember", "Watch", "Imagine"})
_SURNAME_AFTER = re.compile(r"[ \t]*\n?[ \t]*(?<=\s)(?P<s>(?:Mc|Mac|De|Di|Le|La|Van|Von|O')?[A-Z][a-z]+)"
                            r"(?![\w'\u2019-])")


def _nickname(text: str, t: Mention, archive: ArchiveLexicon, roles_of: PrincipalRoles | None) -> bool:
    # the two quote characters first: most mentions stand in no quotes, and the regexes cost more
    if text[t.start - 1 : t.start] not in _NICK_OPEN or text[t.end : t.end + 1] not in _NICK_CLOSE or \
            t.rule.startswith("titles.reviewed"):
        return False
    given = _GIVEN_BEFORE.search(text, max(0, t.start - 31), t.start - 1)
    surname = _SURNAME_AFTER.match(text, t.end + 1)
    if not (given and surname):
        return False
    first = given["g2"] if given["g2"] and given["g"] in _NOT_GIVEN else given["g"]
    if first not in archive.given_names or first in _NOT_GIVEN:
        return False
    person = " ".join(w for w in (first, given["g2"] if first == given["g"] else None, surname["s"]) if w)
    if sum(archive_roles().get(person, ())) >= NICKNAME_CREDITED_MIN:
        return False
    return not (roles_of is not None and roles_of(person, t.name, None))


#: "Frank Pierce (Cage)", "Jon Voight (FDR)", "Laura Innes (ER)", "(played by Noah Taylor from age 14 - 20)": one word
#: in a person's bracket that no critic of the archive writes as a film or marks as a title is the performer, the
#: part, a TV show or a number, seldom a film (capitalised words of four letters or more are a caps critic's
#: titles: "Theresa Russell (BLACK WIDOW, INSIGNIFICANCE)"; a word two marking critics mark stays,
#: ``title_usage``). Fifteenth pass, extractors/README.md.
FILMOGRAPHY_UNKNOWN_WORD = True


def _unknown_filmography_word(text: str, t: Mention, reviewed: str | None, archive: ArchiveLexicon) -> bool:
    if t.rule != "titles.filmography" or t.year is not None or " " in t.name:
        return False
    surface = text[t.start : t.end]
    if surface.isupper() and sum(c.isalpha() for c in surface) >= 4:
        return False
    if archive.title_counts(t.name)[0] or archive.marked(t.name):
        return False
    # ... nor two of the archive's marking critics ("Steven Spielberg (Poltergeist)", "James Duval (Go)")
    return title_usage().get(name_key(t.name, film=True), (0, 0))[0] < 2 and not _is_reviewed(t.name, reviewed)


#: "Max California (Phoenix)", "Marty (Fox)", "Myron Larabee (Sinbad)": one word alone in the bracket after a name no
#: credits header of the archive credits (a part), where that word is the surname of a person this review names whom
#: the archive's headers credit as an actor ("Joaquin Phoenix"), or such an actor's whole stage name, is the performer,
#: not the film of that name (archive: 291 hits, 274 pages, 75 critics where the word is a KB title; on those pages
#: the pipeline named 35 such films, 34 pages, 17 critics: 35/35 performers). Nineteenth pass, extractors/README.md.
FILMOGRAPHY_PERFORMER = True
#: archive credits from which a name counts as an actor (the word's person) or as a credited person (the holder)
PERFORMER_CREDITS_MIN = 2


def _bracketed_performer(text: str, t: Mention, person_spans: list[tuple[int, int]], reviewed: str | None) -> bool:
    if t.rule != "titles.filmography" or t.year is not None or " " in t.name:
        return False
    if text[t.start - 1 : t.start] != "(" or text[t.end : t.end + 1] != ")":
        return False  # one word alone in its bracket: "(Phoenix)", not "(Phoenix, Gladiator)"
    holder = next((text[s:e] for s, e in person_spans if e <= t.start - 1 and not text[e : t.start - 1].strip()),
                  None)
    roles = archive_roles()
    if holder is None or sum(roles.get(" ".join(holder.split()), ())) >= PERFORMER_CREDITS_MIN:
        return False  # "Steven Spielberg (Poltergeist)": a credited person's bracket holds the person's films
    if _is_reviewed(t.name, reviewed):
        return False
    word = text[t.start : t.end]

    def actor(name: str) -> bool:
        counts = roles.get(name)
        return counts is not None and counts[1] >= PERFORMER_CREDITS_MIN

    if actor(word):
        return True  # a stage name of one word ("Sinbad", "Sting")
    for s, e in person_spans:
        name = " ".join(text[s:e].split())
        if name.endswith(" " + word) and actor(name):
            return True
    return False


#: "Rating : *** out of *****" then, alone between blank lines, "CHRISTMAS TURKEY" or "A WASTE OF TIME": a line in
#: capitals right under the last field of a credits block (rating, theatres, running time, release date, distributor)
#: is the review's own headline, not a film; a headline the KB knows as a title ("JAWS REVISITED") keeps it
#: (archive: 56 such lines, 56 pages, 20 critics, 20 of them one critic's "RATING: 8/10"; the pipeline named 14 of
#: them films, 14 pages, 10 critics, 14/14 headlines). Not
#: a "Grade:" line: one critic's pages of short reviews put the next film's title there. Nineteenth pass,
#: extractors/README.md.
CAPS_HEADLINE = True
_HEADLINE_FIELD = re.compile(r"(?i)[ \t]*(?:ratt?ing|ratinng|theatres?|theaters?|running[ \t]+time|run[ \t]*time|"
                             r"date[ \t]+of[ \t]+release|release[ \t]+date|(?:u\.s\.[ \t]+)?distributor|"
                             r"produced[ \t]+by|length)[ \t]*:")


def _headline(text: str, t: Mention, reviewed: str | None, gazetteer: FilmTitles) -> bool:
    if t.rule != "titles.caps":
        return False
    line_start = text.rfind("\n", 0, t.start) + 1
    line_end = text.find("\n", t.end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if any(c.islower() for c in line) or not line.strip():
        return False
    # a blank line before and after it
    if line_start < 2 or text[: line_start - 1].rstrip(" \t")[-1:] not in ("\n", ""):
        return False
    if not text[line_end + 1 : line_end + 200].lstrip(" \t").startswith("\n"):
        return False
    before = text[: line_start - 1].rstrip()
    field_line = before[before.rfind("\n") + 1 :]
    if not _HEADLINE_FIELD.match(field_line):
        return False
    return t.name not in gazetteer and not _is_reviewed(t.name, reviewed)


_SIBLING_NAME = r"\s*(?:,|,?\s+and)\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3}\s*"
_SIBLING_AFTER = re.compile(rf"{_SIBLING_NAME}\((?P<p>[^()\n]{{2,40}})\)")
_SIBLING_BEFORE = re.compile(rf"\((?P<p>[^()\n]{{2,40}})\){_SIBLING_NAME}$")


def _before_performer(text: str, end: int, person_spans: list[tuple[int, int]]) -> bool:
    """"Poison Ivy (Uma Thurman)", "Obi-Wan Kenobi (Ewan McGregor)": a title found without typography right
    before a bracketed name is the part that person plays, not the film of that name."""
    m = _PAREN_OPEN.match(text, end)
    if not m:
        return False
    for s, e in person_spans:
        if s != m.end():
            continue
        if text.startswith(")", e):
            return True
        aside = _PERFORMER_ASIDE.match(text, e) if PERFORMER_ASIDE else None
        # (not "THE NEGOTIATOR (Samuel L. Jackson, Kevin Spacey)": a second performer makes it the film's cast)
        if aside is not None and not any(a == aside.start("a") for a, _ in person_spans):
            return True
    return False


#: ... and before "(Performer, an aside)": "a child Bean (Bradley Pierce, Jumanji)", "Larry (John Goodman, The Big
#: Lebowski)", "Helen (Elizabeth Taylor, in a very early role)"; never with a year in the bracket ("CON AIR (Simon
#: West, 1997)": the film and its director). Eighteenth pass, extractors/README.md.
PERFORMER_ASIDE = True
_PERFORMER_ASIDE = re.compile(r",[ \t]*\n?[ \t]*(?P<a>(?:(?!(?:19|20)\d\d)[^()\n]){1,60})\)")


#: Critics of the archive who must write a quoted title as a film (a year after it, a film word beside it)
#: for it to be one without a cue here.
ARCHIVE_QUOTED_MIN = 2


def _other_work(t: Mention, gazetteer: FilmTitles, archive: ArchiveLexicon) -> bool:
    """A title the archive's critics call a TV show, a book or a song far more often than a film
    ("Seinfeld", "Northern Exposure"), with no year after it here. Where the KB matches it (its lookup takes
    prefixes: "Twin Peaks" of "Twin Peaks: Fire Walk with Me"), only a TV show that five critics call one for each
    critic who writes it as a film, plus five ("Twin Peaks" 0 to 14, "Friends" 1 to 17; "South Park" 3 to 11 and
    "Wings" 2 to 8 stay films)."""
    if t.year is not None:
        return False
    if t.name not in gazetteer:
        return archive.is_other_work(t.name)
    film, tv, _ = archive.title_counts(t.name)
    # "Friends", "The Twilight Zone": one critic's film context against ten TV shows is a stray
    return tv >= 5 * (film + 1)


_TV_BEFORE = re.compile(r"\b(?:tv|television|sitcom|cartoon|soap|network)(?:['\u2019]s)?[\s\"'\u201c_*]*$", re.I)
_TV_AFTER = re.compile(r"[\s\"'\u201d_*,)]{0,3}(?:(?:tv|television)[ \t-]+(?:series|show|shows|sitcom|program|"
                       r"episodes?)|sitcom|mini-?series)\b", re.I)


def _called_tv_here(text: str, found: list[Mention], reviewed: str | None) -> list[Mention]:
    """"The girls of "Friends" ... on TV's "Friends"", "(The X-Files television series) ... the X-Files": a title
    the review itself calls a TV show at one of its mentions (TV's, the sitcom, a television series after it) is
    that show at all of them, unless a year follows one (a film of the show)."""
    names = {t.name for t in found if t.year is None and not t.rule.startswith("titles.reviewed")}
    cues = [m.start() for m in _TV_WORD.finditer(text)] if names else []
    if not cues:
        return found
    low = text.lower()
    tv = set()
    for name in names:
        if _is_reviewed(name, reviewed):
            continue
        first = name.split()[0].lower()
        # the name's first word near a TV word, before the name's own pattern is compiled (a regex per name and
        # review cost more than the rest of this rule)
        near = [p for p in cues if low.find(first, max(0, p - 80), p + 80) >= 0]
        if not near:
            continue
        for p in near:
            for start, end in word_run_spans(text[: p + 120], name.split(), pos=max(0, p - 120)):
                if _TV_BEFORE.search(text, max(0, start - 30), start) or _TV_AFTER.match(text, end):
                    tv.add(name)
                    break
            if name in tv:
                break
    if not tv:
        return found
    dated = {t.name for t in found if t.year is not None}
    return [t for t in found if t.name not in tv or t.name in dated]


#: A title the archive's critics write as a TV show three times or more, and at least half as often as a film, is the
#: show after a bare "on" ("playing Willow on Buffy the Vampire Slayer", "done better on The X-Files"): films are
#: "in" a title; "based on", "a take on", "worked on", "editor on" X are left to the film. See extractors/README.md,
#: fourteenth pass.
TV_ON = True
_ON_BEFORE = re.compile(r"(?<!\bbased )(?<!\btake )(?<!\btakes )(?<!\briff )(?<!\bspin )(?<!\btwist )(?<!\bworked )"
                        r"(?<!\bworking )(?<!\bwork )(?<!\bspent )(?<!\bmodeled )(?<!\bmodelled )(?<!\bvariation )"
                        r"(?<!\bimprovement )(?<!\bcomment )(?<!\bsequel )(?<!\bdraws )(?<!\bdrew )(?<!\bbuilt )"
                        r"(?<!\bhopes )"
                        # "editor on X", "grew up on X": a crew's job and what one was raised on are films as well
                        r"(?<!\beditor )(?<!\bwriter )(?<!\bdirector )(?<!\bcinematographer )(?<!\bup )"
                        rf"\bon{_GAP}[\"'_*\u201c\u2018`]?$", re.I)


def _on_tv_show(text: str, t: Mention, archive: ArchiveLexicon, reviewed: str | None) -> bool:
    if t.year is not None or t.rule.startswith("titles.reviewed"):
        return False
    film, tv, _ = archive.title_counts(t.name)  # (a dict lookup: most titles are no TV show, and the regex costs more)
    return tv >= 3 and 2 * tv >= film and bool(_ON_BEFORE.search(text, max(0, t.start - 40), t.start)) and \
        not _is_reviewed(t.name, reviewed)


_TV_WORD = gated(r"\b(?:tv|television|sitcom|cartoon|soap|network|mini-?series)\b", re.I)


NER_UNKNOWN_MIN_WORDS: int | None = None
#: A FILM entity of the model's, of two capitalised words or more, that the KB lacks, is a film after a film noun or
#: cue other than a comparison ("like Yours Truly") or a name ("Kaufmann in The New Republic") within its sentence,
#: or before a year in brackets. The seventeenth pass judged what the open gate (NER_UNKNOWN_MIN_WORDS=2) adds:
#: about one in six of the spans no critic marks is a film (songs, books, pieces of longer titles, names, papers),
#: and "in X", a possessive or a list beside a found film do not tell them apart; these cues do (extractors/README.md,
#: "Films, seventeenth pass").
NER_UNKNOWN_CUED = True


def _ner_cued(text: str, start: int, end: int, gazetteer: FilmTitles | _WithArchive) -> bool:
    """... of two capitalised words or more besides an article, ending on one, and all of the Title Case run there
    ("Batman and", "Taming" of "Taming of the Shrew", "The Dude" are pieces or names)."""
    surface = text[start:end]
    words = surface.split()
    if sum(1 for w in words if w[:1].isupper() and w not in _ARTICLES) < 2 or not words[-1][:1].isupper():
        return False
    run = _GAZETTEER_RUN_DASH.match(text, start)
    if run is None or run.end() != end:
        return False
    # "Western SHANE", "DOING a Scully": a word in capitals among Title Case ones; "Touch with Bridgette Fonda": a
    # performer's name joined by a lower-case "with"; "So Evil My Love", "That Girl from Paris": a capitalised word
    # (past a quote) right before opens the title earlier
    if any(len(w) > 1 and w.isupper() for w in words) or _WITH_NAME.search(surface) or \
            _CAPITAL_BEFORE.search(text, max(0, start - 30), start):
        return False
    if _comma_piece(text, start, end, gazetteer):
        return False
    if _YEAR_AFTER.match(text[end : end + 16].lstrip("_*\"'\u201d")):
        return True  # (the anchored pattern needs the slice: ``match(text, end)`` never matched at ``end``)
    cue = _FILM_CUE_BEFORE.search(text, max(0, start - 40), start)
    # "like Yours Truly", "than Western Union", "Set in Port Adelaide": a comparison or a place, no film's cue
    if cue is None or _CUE_STOP.search(text, cue.start(), start) or _COMPARISON_CUE.match(cue[0]) or \
            _SET_IN.search(text, max(0, start - 40), start):
        return False
    if _NAME_IN_CUE.match(cue[0]) or _NOT_A_FILMS_CUE.match(cue[0]):
        return False  # "Kaufmann in The New Republic", "Prince John in Robin Hood": a paper, a part, a film alike
    # "to film The Old Mill": a verb; "[This review appeared in The Bloomington Voice": a paper
    if (_FILM_VERB.match(cue[0]) and _TO_BEFORE.search(text, max(0, cue.start() - 4), cue.start())) or \
            (_APPEARED.match(cue[0]) and _WRITING_BEFORE.search(text, max(0, cue.start() - 30), cue.start())):
        return False
    if _EXAMPLE_CUE.match(cue[0]) and not _FILMS_BEFORE.search(text, max(0, cue.start() - 50), cue.start()):
        return False  # "his employees, including Kermit the Frog": an example of films only after a film noun
    # "the end of the film, Mr Diablo could": a film noun's comma opens a clause unless the span closes an apposition
    # ("the short film, The Gutter Song, written by")
    if _FILM_NOUN_COMMA.match(cue[0]) and not _APPOSITION_END.match(text, end):
        return False
    # "the classic Man With No Name character", "a movie Hall of Shame award": the span qualifies a noun
    return not _QUALIFIES_NOUN.match(text, end)


def _comma_piece(text: str, start: int, end: int, gazetteer: FilmTitles | _WithArchive) -> bool:
    """"Six Days" of "Six Days, Seven Nights", "Still Lives" of "Distant Voices, Still Lives": the span and the
    Title Case run across a comma beside it make a title the KB or the archive knows."""
    after = _COMMA_RUN_AFTER.match(text, end)
    if after is not None and clean_surface(text[start : after.end()]) in gazetteer:
        return True
    before = _COMMA_RUN_BEFORE.search(text, max(0, start - 60), start)
    return before is not None and clean_surface(text[before.start() : end]) in gazetteer


# (over a wrapped line's end too: "Six Days,\nSeven Nights")
_RUN_WORDS = rf"[A-Z][\w'\-]*(?:{_GAP}(?:[A-Z][\w'\-]*|(?:of|the|a|an|in|on|to|at)\b)){{0,5}}"
_COMMA_RUN_AFTER = re.compile(rf",{_GAP}{_RUN_WORDS}[?!]?")
_COMMA_RUN_BEFORE = re.compile(rf"(?<![\w']){_RUN_WORDS},{_GAP}$")
_WITH_NAME = re.compile(r"\swith\s+[A-Z][\w'\-]+\s+[A-Z][\w'\-]+$")
#: "version of" introduces a show, a song, a play or a game as often as a film ("an animated version of The Dating
#: Game", "a British version of Pee Wee Herman", "an instrumental version of ...")
_NOT_A_FILMS_CUE = re.compile(r"version\s+of\W*$", re.I)
_FILM_VERB = re.compile(r"(?:film|picture)\W*$", re.I)
_TO_BEFORE = re.compile(r"\bto\s+$", re.I)
_APPEARED = re.compile(r"appeared\s+in\W*$", re.I)
_WRITING_BEFORE = re.compile(r"\b(?:this|review|article|piece|column|note|it)\b[^.!?\n]{0,20}$", re.I)
_EXAMPLE_CUE = re.compile(r"(?:such\s+as|including)\W*$", re.I)
_FILMS_BEFORE = re.compile(r"\b(?:films?|movies?|pictures?|flicks?|features?|classics?|comedies|dramas|thrillers|"
                           r"westerns|musicals|works|roles?|credits)\b[^.!?;]{0,40}$", re.I)
_APPOSITION_END = re.compile(r"\s*[,;(.)]")
_QUALIFIES_NOUN = re.compile(r"\s+(?:character|characters|figure|type|persona|song|songs|tune|theme|number|plays|"
                             r"played|sings|style|routine|soundtrack|awards?|inspired|influenced)\b")
_COMPARISON_CUE = re.compile(r"(?:like|than|since|hits?)\W*$", re.I)


def _ner_titles(text: str, spans: list[tuple[int, int]], gazetteer: FilmTitles,
                reviewed: str | None) -> list[Mention]:
    """The model's FILM entities: taken when the KB knows the title exactly, or when it has two
    words or more (one unknown word in running prose is too often a name or an emphasis)."""
    out = []
    for start, end in spans:
        raw = text[start:end]
        surface = raw.strip("_*\"'\u201c\u201d ").rstrip(".,:;!?")
        if not surface or not _title_like(surface) or "\n\n" in raw or _non_film_context(text, start, end):
            continue
        start += raw.find(surface)
        known = surface in gazetteer or _is_reviewed(surface, reviewed)
        if not known and NER_UNKNOWN_CUED and len(surface.split()) >= 2 and not surface.isupper() and \
                _ner_cued(text, start, start + len(surface), gazetteer):
            out.append(_mention(text, surface, start, start + len(surface), "titles.ner_cued",
                                confidence("titles.ner_cued")))
            continue
        if not known and (NER_UNKNOWN_MIN_WORDS is None or len(surface.split()) < NER_UNKNOWN_MIN_WORDS
                          or surface.isupper()):
            continue
        out.append(_mention(text, surface, start, start + len(surface), "titles.ner",
                            confidence("titles.ner", "known" if known else None)))
    return out


def _mention(text: str, surface: str, start: int, end: int, extractor: str, conf: float) -> Mention:
    ym = _YEAR_AFTER.match(text[end : end + 12].lstrip("_*\"'\u201d"))
    year = int(ym["y"]) if ym else None
    return Mention("film", canonical_title(surface), start, end, extractor, conf, year)


def _is_reviewed(surface: str, reviewed: str | None) -> bool:
    return bool(reviewed) and name_key(clean_surface(surface), film=True) == name_key(reviewed or "", film=True)


def uses_caps_titles(text: str, reviewed: str | None) -> bool:
    """Does this reviewer write titles in capitals? Judged by the reviewed film's title."""
    if not reviewed:
        return False
    upper = reviewed.upper()
    if text.count(upper.split(" ")[0]) < 2:
        return False  # each match opens with the title's first word: fewer than two, and no regex is compiled
    if "  " in upper or upper != upper.strip():
        caps = re.escape(upper).replace(r"\ ", r"\s+")
        return len(re.findall(rf"(?<![\w]){caps}(?![\w])", text)) >= 2
    return len(word_run_spans(text, upper.split(" "), underscores=False, ignore_case=False)) >= 2


def _uses_quoted_titles(text: str, reviewed: str | None) -> bool:
    """Does this reviewer put titles in quotes? Judged by the reviewed film's title (found with the very
    pattern :func:`_reviewed_mentions` compiles: one regex compile a review fewer)."""
    words = (reviewed or "").replace("_", " ").split()
    if not words:
        return False
    for start, end in word_run_spans(text, words):
        before = text[max(0, start - 2) : start]
        after = text[end : end + 3]
        if (before.endswith(('"', "\u201c")) or before == "''") and \
                re.match(r"[,.!?]?(?:\"|''|\u201d)", after):
            return True
    return False


#: "GOLDFINGER.  I would", "THE MISSION. A lovable": the run's last word is the capital "A" or "I" that
#: opens the next sentence (archive: 699 hits on 626 pages, 20/20 a sentence's first word)
_NEXT_SENTENCE = re.compile(r"[.!?][ \t]*\n?[ \t]*(?:A|I)$")


#: "GOODBYE, LOVER\nA film review by", "FLATLINERS\nA review in the public domain": a title line's caps run takes the
#: "A" that opens the next line, where that line goes on in lower case (archive: 8,760 pages, 760 critics, most of
#: them the byline "A film review by"; no title of the KB or the archive ends on a wrapped "A"). Fifteenth pass,
#: extractors/README.md.
CAPS_LINE_ARTICLE_CUT = True
_LINE_ARTICLE = re.compile(r"[ \t]*\n[ \t]*A$")
#: ... and the same "A" on the title's own line before "film review" ("MIFUNE A film review by": 2 pages)
_BYLINE_ARTICLE = re.compile(r"[ \t]+A$")
_BYLINE_AFTER = re.compile(r"[ \t]+(?:film|movie)[ \t]+review", re.I)


def _sentence_cut(text: str, m: re.Match) -> int:
    """Where a caps run ends once the first word of the next sentence is cut off it."""
    cut = _NEXT_SENTENCE.search(m[0])
    if cut and re.match(r" [a-z]", text[m.end() : m.end() + 2]):
        return m.start() + cut.start() + 1
    if CAPS_LINE_ARTICLE_CUT and m[0].endswith("A"):
        cut = _LINE_ARTICLE.search(m[0])
        if cut and re.match(r"[ \t]+[a-z]", text[m.end() : m.end() + 3]):
            return m.start() + cut.start()
        cut = _BYLINE_ARTICLE.search(m[0])
        if cut and _BYLINE_AFTER.match(text, m.end()):
            return m.start() + cut.start()
    return m.end()


def _caps_surface(piece: str) -> str:
    """A piece of a caps run as the caps rule reads it: no closing punctuation, no label value ("SCORE: 7.5"), no
    possessive "'S"."""
    surface = _before_label_value(piece.rstrip(".,:;!?-'\u2019 "))
    return surface[:-2] if surface.endswith(("'S", "\u2019S")) else surface


def caps_runs(text: str) -> list[str]:
    """The capitalised runs the caps rule reads in ``text`` (for the archive lexicon's critic labels)."""
    out = []
    for m in _CAPS_RUN.finditer(text):
        for start, end in _split_caps_run(text, m.start(), _sentence_cut(text, m)):
            surface = _caps_surface(text[start:end])
            if len(re.sub(r"[^A-Z]", "", surface)) >= 3:
                out.append(surface)
    return out


#: A colon at a line's end continues a title wrapped there in prose ("as with 2001:\nA SPACE ODYSSEY": 29 such runs
#: after a lower-case word or a comma in the archive, 29/29 titles), but ends a label that opens its line
#: ("DIRECTOR:\nJOHN WOO")
_COLON_WRAP = re.compile(r":[ \t]*\n[ \t]*")


def _split_caps_run(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A caps run broken at commas, line ends, and 'A, B and C' lists."""
    pieces = []
    pos = start
    breaks = _RUN_BREAK
    if ":" in text[start:end] and not text[text.rfind("\n", 0, start) + 1 : start].strip():
        breaks = _RUN_BREAK_OR_COLON_WRAP
    for m in breaks.finditer(text[start:end]):
        pieces.append((pos, start + m.start()))
        pos = start + m.end()
    pieces.append((pos, end))
    if CAPS_SENTENCE_SPLIT and ("." in text[start:end] or "?" in text[start:end]):
        pieces = _split_at_sentence_ends(text, pieces)
    return [(s, e) for s, e in pieces if e > s]


#: A full stop after a capitalised word (not an abbreviation, an initial or an ellipsis), or a question mark before a
#: space ("was it ALIENS? TERMINATOR 2?"), ends a sentence inside a caps run: "as it was in his GANDHI. CHAPLIN is",
#: "as searing as THE PLAYER. READY TO WEAR keeps" are two titles, never "The Player. Ready to Wear". See
#: extractors/README.md, fourteenth pass.
CAPS_SENTENCE_SPLIT = True
_SENTENCE_END_IN_RUN = re.compile(
    r"(?<![.\w])(?P<w>[A-Z0-9][A-Z0-9'\u2019\-]+)(?:\.(?!\.)|\?+(?=\s))[ \t]*\n?[ \t]*(?=[A-Z0-9])")
_RUN_ABBREVIATIONS = frozenset({"MR", "MRS", "MS", "DR", "ST", "JR", "SR", "VS", "NO", "VOL", "PT", "LT", "GEN", "COL",
                                "SGT", "CAPT", "REV", "PROF", "MT", "FT", "GOV", "SEN", "BROS", "CO", "INC", "MME",
                                "MLLE", "NOS", "OP", "CH", "FIG", "APPROX", "ETC", "VRS", "JNR"})
#: ... and the credits lines a sentence end parts in a caps header ("STARRING X AND Y. DIRECTED BY Z."), no titles
_CREDIT_LABEL_PIECE = re.compile(
    r"[ \t]*(?:(?:DIRECTED|WRITTEN|PRODUCED|EDITED|PHOTOGRAPHED|SCORED)\s+BY|RUNNING\s+TIME|STARRING|RATED)\b")


def _split_at_sentence_ends(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in pieces:
        pos = s
        for m in _SENTENCE_END_IN_RUN.finditer(text, s, e):
            if m["w"] in _RUN_ABBREVIATIONS:
                continue
            out.append((pos, m.end("w")))
            pos = m.end()
        out.append((pos, e))
    return [(s, e) for s, e in out if not _CREDIT_LABEL_PIECE.match(text, s, e)]


def _caps_title_ok(text: str, surface: str, start: int, end: int, reviewed: str | None,
                   caps_style: bool, gazetteer: FilmTitles) -> bool:
    words = surface.split()
    letters = _NOT_LETTER.sub("", surface)
    if len(letters) < 2 or not words:
        return False
    if _is_reviewed(surface, reviewed):
        return True
    # ... short words only ("IN ON IT") are no title, but a KB title of two-letter words is ("DR. NO", "YI YI", "ED
    # TV": archive 59 runs, 3 titles, all films; letter-spaced banners "T I T A N I C" stay out)
    short = [len(_NON_WORD.sub("", w)) for w in words]
    if len(letters) < 3 or sum(c.isdigit() for c in surface) > 4 or \
            max(short) <= 2 and not (min(short) == 2 and surface in gazetteer):
        return False
    if _COMPANY.search(surface) or _RATED_WORD.search(surface):
        return False
    if surface[0].isdigit() and surface not in gazetteer:
        return False
    if _COLON_NEXT.match(text[end : end + 3]) and surface not in gazetteer:
        return False  # "IN SHORT:", a label
    if any(w.strip(".,:;!?'\"") in NOT_TITLE_WORDS for w in words) and surface not in gazetteer:
        return False
    if _ROMAN.fullmatch(surface) or _NUMBERS_ONLY.fullmatch(surface):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if line.strip() == surface and not caps_style and surface not in gazetteer:
        return False  # a banner line, not a title in prose
    if len(_NOT_LOWER.sub("", line)) < 3 and len(line.strip()) > len(surface) + 8:
        return False  # a whole shouted line
    if len(words) == 1:
        if len(letters) < 3 or surface in EMPHASIS:
            return False
        if not caps_style and surface not in gazetteer:
            return False
        if len(letters) < 4 and surface not in gazetteer:
            return False
    elif all(w.strip(".,:;!?'\"") in EMPHASIS | NOT_TITLE_WORDS for w in words):
        return False
    elif not caps_style and surface not in gazetteer and len(words) < 2:
        return False
    return not _non_film_context(text, start, end)


#: "SCORE: 7.5", "2000 GRADE: B", "BOWFINGER\nRATING: 7": a label and its value (a grade, a number) ending a
#: capitalised run (archive: 2,401 runs, 2,366 pages): the label is no title, a title on the line above it stays; a year
#: is no such value ("SPACE: 1999").
_LABEL_VALUE = re.compile(r"(?:^|\n)[^\n]*:[ \t]+(?:[A-F][+\-]?|(?!(?:19|20)\d\d$)\d[\d.,]*(?:[ \t]*/[ \t]*\d+)?)$")


def _before_label_value(surface: str) -> str:
    m = _LABEL_VALUE.search(surface)
    return surface if m is None else surface[: m.start()].rstrip(".,:;!?-'\u2019 \n\t")


#: A run in this share (per cent) of the critic's reviews is a label even where the KB has a film so named
#: ("WARNING", "WRITER" of a critic's layout); below it, only runs the KB does not know.
CRITIC_LABEL_KNOWN_SHARE = 40


#: Critics who write a word in capitals in prose while writing no title so, for the word to be an acronym or a
#: stress rather than a title: "MSNBC", "IMHO", "SWAT", "FOX", "TIME" (see extractors/README.md).
ACRONYM_CRITICS = 3


def _acronym(surface: str, reviewed: str | None, archive: ArchiveLexicon) -> bool:
    """One word in capitals that more critics who write no titles in capitals use in their prose than write it as a
    film."""
    if " " in surface or _is_reviewed(surface, reviewed):
        return False
    n = archive.acronyms.get(surface, 0)
    return n >= ACRONYM_CRITICS and n > archive.title_counts(surface)[0]


def _critic_label(critic: str | None, surface: str, gazetteer: FilmTitles, archive: ArchiveLexicon) -> bool:
    """A capitalised run the critic writes in many of their reviews is a label of their layout ("FINAL AWARD FOR",
    "USELESS TRIVIA"), not a title: a film the critic keeps naming is one the KB knows."""
    share = archive.critic_label(critic, surface)
    return share >= CRITIC_LABEL_KNOWN_SHARE or (share > 0 and surface not in gazetteer)


#: ... not in a list of capitalised titles ("THE PLAYER, THE BIG PICTURE, and MISTRESS") nor before a year
_CAPS_LISTED = re.compile(r"[A-Z]{2}[,;][ \t]*\n?[ \t]*(?:and[ \t]+|or[ \t]+)?$|[A-Z]{2}[ \t]+(?:and|or)[ \t]+$")
_CAPS_LISTED_AFTER = re.compile(rf",?[ \t]*\n?[ \t]*(?:and|or|,){_GAP}[A-Z]{{2}}")


#: Critics of the archive who write a title as a film for a shouted run to stay one ("Must See": 2, "a MUST SEE film")
SHOUT_FILM_MIN = 3


def _shouted_line(surface: str, gazetteer: FilmTitles, archive: ArchiveLexicon) -> bool:
    """A quoted line ending on "!" or "?" is a line of dialogue, unless 2 critics write a film so, the KB knows it
    as a title of two words or more ("Who Am I?"), or one critic writes the KB's one word as a film ("Them!")."""
    film = archive.title_counts(surface)[0]
    return not (film >= 2 or surface in gazetteer and (" " in surface or film >= 1))


def _spoiler_warning(surface: str) -> bool:
    """"SPOILERS", "MAJOR SPOILER AHEAD": a warning; the KB's film "The Spoilers" keeps its article."""
    upper = surface.upper()
    return "SPOILER" in upper and not upper.startswith("THE ")


def _shouted(text: str, surface: str, end: int, gazetteer: FilmTitles, archive: ArchiveLexicon) -> bool:
    """"MUST SEE!!", "IT LOOKED SO GOOD!", "SEMI-SPOILER AHEAD!": capitals that end on an exclamation mark,
    or that warn of spoilers, are a shout or a label, where neither the KB nor the archive's critics know them as
    a title ("AIRPLANE!", "MARS ATTACKS!", "BRASSED OFF!" are known)."""
    if not (text.startswith("!", end) or "SPOILER" in surface.upper()):
        return False
    if _spoiler_warning(surface):
        return True
    return surface not in gazetteer and archive.title_counts(surface)[0] < SHOUT_FILM_MIN


def _short_references(found: list[Mention], reviewed: str | None, gazetteer: FilmTitles) -> list[Mention]:
    """"GUFFMAN" in a review of WAITING FOR GUFFMAN, "_Galaxy_" of GALAXY QUEST: one word of the reviewed
    film's title, written as a title, that the KB knows as no film of its own, is the reviewed film
    ("BATMAN" in a review of BATMAN RETURNS stays the earlier film). Archive: 12 in 800 reviews, 8 critics,
    10/12 the reviewed film (two puns on its title)."""
    if not reviewed or len(words := {w.lower() for w in re.findall(r"[\w'\-]+", reviewed)}) < 2:
        return found
    conf = confidence("titles.reviewed", "alias")
    # "O Brother" of "O Brother, Where Art Thou?", "Crouching Tiger" of "Crouching Tiger, Hidden Dragon": the
    # words before the title's comma are its short form (the KB's prefix lookup would call them a film); so are
    # the words before a preposition, written as a title ("MIDNIGHT" of MIDNIGHT IN THE GARDEN OF GOOD AND EVIL)
    head = reviewed.split(",")[0].strip() if "," in reviewed else None
    head_key = name_key(head, film=True) if head and " " in head else None
    prep = re.match(r"(.+?)\s+(?:in|of|on|at|for|from|with|to)\s", reviewed)
    marked_head = {name_key(h, film=True) for h in (head, prep[1] if prep else None) if h}
    return [Mention("film", reviewed, m.start, m.end, "titles.reviewed_alias", conf, m.year)
            if not m.rule.startswith("titles.reviewed") and m.name != reviewed and (
                (" " not in m.name and m.name.lower() in words and m.name not in gazetteer)
                or (head_key is not None and name_key(m.name, film=True) == head_key)
                or (m.rule in _MARK_RULES and name_key(m.name, film=True) in marked_head))
            else m for m in found]


def _tail_references(found: list[Mention], gazetteer: FilmTitles) -> list[Mention]:
    """"MARTIN GUERRE" after THE RETURN OF MARTIN GUERRE, "Private Ryan" after "Saving Private Ryan": two
    or more last words of a film the review names, that the KB knows as no film of its own, are that film
    ("Jurassic Park" after "The Lost World: Jurassic Park" stays the first film, and a subtitle after a
    colon is no short form). Over 1,198 archive reviews: 14 merges, 13 right (one pair of films whose years
    differ, now kept apart)."""
    names = list(dict.fromkeys(m.name for m in found))  # in the text order: a set would change it run to run
    years: dict[str, set[int]] = {}
    for m in found:
        if m.year:
            years.setdefault(m.name, set()).add(m.year)
    tails: dict[str, str] = {}
    for name in names:
        words = name.split()
        for k in range(2, len(words)):
            tail = " ".join(words[-k:])
            if words[-k - 1].endswith((":", "-", "\u2013")):
                continue  # "Star Trek: First Contact" is no form of "First Contact"
            tails.setdefault(name_key(tail, film=True), name)
    if not tails:
        return found
    out = []
    for m in found:
        long = tails.get(name_key(m.name, film=True)) if " " in m.name else None
        # BEACH PARTY (1963) beside MUSCLE BEACH PARTY (1964): two films
        other_year = bool(years.get(m.name) and years.get(long) and not years[m.name] & years[long])
        if long and long != m.name and m.name not in gazetteer and not other_year:
            m = Mention("film", long, m.start, m.end, m.rule, m.confidence, m.year)
        out.append(m)
    return out


_MARK_RULES = frozenset({"titles.quoted", "titles.caps", "titles.marked"})
#: One marked word that the KB knows as no film, the first or last word of one longer film the review names, is that
#: film's short form: "MOHICANS" after THE LAST OF THE MOHICANS (extractors/README.md, "Films, twelfth pass").
WORD_REFERENCES = True
_ARTICLE_WORDS = frozenset({"the", "a", "an"})


def _word_references(found: list[Mention], gazetteer: FilmTitles) -> list[Mention]:
    ends: dict[str, set[str]] = {}
    for name in dict.fromkeys(m.name for m in found):
        words = [w for w in re.findall(r"[\w'\-]+", name.lower()) if w not in _ARTICLE_WORDS]
        if len(words) >= 2:
            for w in {words[0], words[-1]}:
                ends.setdefault(w, set()).add(name)
    if not ends:
        return found
    out = []
    for m in found:
        longer = ends.get(m.name.lower(), set()) if " " not in m.name and m.rule in _MARK_RULES else set()
        if len(longer) == 1 and len(m.name) > 3 and m.name not in gazetteer:
            m = Mention("film", next(iter(longer)), m.start, m.end, m.rule, m.confidence, m.year)
        out.append(m)
    return out


def title_like_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quoted Title Case text of two words or more ("Crouching Tiger, Hidden Dragon", "We Will Rock
    You"), whether or not they are films: names inside them are pieces of a title, not mentions of people."""
    out = []
    for m in _QUOTED.finditer(text):
        surface = m["t"].rstrip(",.!? ")
        if len(surface.split()) >= 2 and _title_like(surface):
            out.append((m.start("t"), m.start("t") + len(surface)))
    return out


#: Words of four letters or more that titles leave in lower case ("Tea with Mussolini", "From Dusk till Dawn"):
#: quoted Title Case spans with one of them, 310 in the archive, 121 KB titles (85 pages, 33 critics); 20 read, 15
#: films, 1 a book, 4 lines ("Is that it", without "that" and "than" none)
MINOR_WORDS = frozenset({"with", "from", "into", "over", "upon", "onto", "till", "unto", "versus"})


def _title_like(surface: str) -> bool:
    words = surface.split()
    if not 1 <= len(words) <= 9 or surface.endswith((",", ".")):
        return False
    major = [w for w in words if len(w) > 3 and w not in MINOR_WORDS]
    return all(w[0].isupper() or not w[0].isalpha() for w in major) and words[0][0].isupper()


#: What one does with a book, a play or a song and not with a film, right before its title: "reads "Moby Dick"",
#: "his reading all of "The Great Gatsby"", "sings "Delilah"", "the stage production of X",
#: "the short story collection X", and a non-film noun before a list cue or a naming word ("novels such as X",
#: "songs like X", "a novel called X"). See extractors/README.md, fourteenth pass.
OTHER_WORK_CUES = True
_OTHER_WORK_CUE = re.compile(
    # (not "the marquee on the theatre reads SEVEN YEARS IN TIBET": what a marquee reads is a film)
    r"(?<![\w-])(?:(?<!marquee )(?<!theatre )(?<!theater )(?<!that )(?<!which )(?:re-?)?read(?:s|ing)?"
    r"(?:\s+(?:all|parts?|passages?|excerpts?|chapters?)\s+(?:of|from)|\s+(?:aloud\s+)?from)?|"
    r"sings?|sang|singing|croons?|crooning|hums?|humming|recites?|reciting|"
    r"(?:stage|theatre|theater|broadway)\s+(?:productions?|versions?|adaptations?|revivals?|stagings?)\s+of|"
    r"stagings?\s+of|(?:story|stories|poetry|poems|essay)\s+collection|collection\s+(?:called|titled|entitled)|"
    # ("it plays like X", "true stories like X", "crime stories such as X": films)
    r"(?:novels?|books?|songs?|plays?|poems?|albums?|short\s+story)\s*,?\s+"
    r"(?:such\s+as|including|included|called|titled|entitled|named)|"
    r"(?:novels?|books?|songs?|poems?|albums?|short\s+story)\s*,?\s+like|plays\s*,\s+like)\W*$",
    re.IGNORECASE,
)

# (the regex only where one of its words is there: most titles have none before them)
_OTHER_WORK_STEMS = ("read", "sing", "sang", "croon", "hum", "recit", "stag", "collection", "novel", "book", "song",
                     "play", "poem", "album", "short")


def _other_work_cue(before: str) -> re.Match | None:
    low = before.lower()
    if not any(stem in low for stem in _OTHER_WORK_STEMS):
        return None
    return _OTHER_WORK_CUE.search(before)


def _non_film_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 30) : start]
    before = before.rstrip(" \"'\u201c_*")
    cue = _NON_FILM_CUE.search(before) or (OTHER_WORK_CUES and _other_work_cue(before)) or None
    # ... but "(QUIZ SHOW, DONNIE BRASCO", "THE TRUMAN SHOW, X": a cue word in capitals ends the title before
    if cue is not None and CAPS_CUE_IS_TITLE and _in_caps_title(cue[0]):
        cue = None
    return bool(cue) or bool(_NON_FILM_AFTER.match(text[end : end + 20]))


#: A non-film cue word written in capitals (not TV) is the last word of a capitalised title before, no cue.
CAPS_CUE_IS_TITLE = True


def _in_caps_title(cue: str) -> bool:
    word = re.sub(r"\W+$", "", cue)
    return len(word) > 2 and word.isupper() and not word.startswith(("TV", "TELEVISION"))


#: ... an actor's "role as" names a character, not a film ("her role as Carol, and Gary Cole ..."; archive: 132
#: acting-noun "as" lists taken, 15 read, 0 films); a film word's "as" stays ("such films as THE NATURAL")
#: ... where the words between place or date the film ("the film is set in Chicago", "movies to be released in
#: America", "takes place in 1957"), "in" opens no title (archive: 52 single items taken, 51/52 places or dates)
_LIST_CUE = gated(
    r"\b(?:(?P<acting>roles?|parts?|turns?|performances?|appearances?)|hits?|films?|movies?|pictures?|credits?|"
    r"work|efforts?|features?|classics?|gems?|comedies|dramas|thrillers|fare|flicks?|outings?|spoofs?|"
    r"parodies|titles)\s+(?:[\w\-]+\s+){0,3}?(?:in|like|including|such\s+as|(?P<as>as))\s+",
    re.IGNORECASE,
)
#: a capitalised word between the film word and a bare "as" (archive: 48 such cues, 25 read, 25/25 "Performer as
#: Part")
_NAME_BEFORE_AS = re.compile(r"^\S+\s+(?:\S+\s+)*?[A-Z][a-z]")
_SET_IN = re.compile(r"\b(?:set|shot|filmed|released|opens|opened|starts|started|begins|began|takes\s+place|"
                     r"took\s+place|completed|made|shown|premiered|screened|located|distributed)(?:\s+\w+ly)?\s+in\s+$",
                     re.IGNORECASE)
# "M*A*S*H": asterisks inside a word; "Batman & Robin": an ampersand between words
_TC_WORD = r"(?:[A-Z0-9][\w'\u2019\-]*(?:\*[A-Z0-9][\w'\u2019\-]*)*(?:[:/]\w+)?[!?]?)"
_TC_ITEM = rf"{_TC_WORD}(?:\s+(?:(?:of|the|a|an|in|on|to|for|with|at|from|by|vs\.?|&)\s+)*{_TC_WORD})*"
_TC_LIST = re.compile(rf"(?P<first>{_TC_ITEM})(?P<rest>(?:\s*,\s*{_TC_ITEM})*(?:,?\s+(?:and|or)\s+{_TC_ITEM})?)")
_MAKER_TITLE = re.compile(rf"['\u2019]s?{_GAP}(?P<mark>[\"_*\u201c]?)(?P<t>{_TC_ITEM})")
# (``_cast_titles``)
_CAST_AFTER = re.compile(rf"(?:{_GAP}(?:in|from|of){_GAP}|[ \t]*\(|,[ \t]+)(?:the{_GAP})?(?P<t>{_TC_ITEM})")
_CAST_BEFORE = re.compile(rf"(?P<t>{_TC_ITEM})['\u2019]s{_GAP}$")


def _cued_lists(text: str, gazetteer: FilmTitles, person_spans: list[tuple[int, int]],
                header_spans: set[tuple[int, int]] | frozenset = frozenset(),
                not_film_spans: list[tuple[int, int]] | None = None) -> list[Mention]:
    """'her roles in The Karate Kid, Cocktail and Soapdish' and 'Figgis (Internal Affairs)'. A lone KB title
    the NER calls a place is a place after a film word ("a film in America"), a film only after an actor's
    ("her role in Philadelphia")."""
    out = []
    person_ix = SpanIndex(person_spans)
    places = not_film_spans or []
    for m in _LIST_CUE.finditer(text):
        if m["acting"] and m["as"] or _SET_IN.search(m[0]):
            continue
        if m["as"] and _NAME_BEFORE_AS.search(m[0]):
            continue  # "the film stars Christopher Walken as Fox": a performer and a part, no "films such as" list
        lm = _TC_LIST.match(text, m.end())
        if lm and LIST_JOINS and _cue_inside_title(text, m, lm, gazetteer):
            continue  # "Best Picture Shakespeare in Love": the cue's "in" is a word of a known title
        if lm:
            items = _list_items(text, lm.start(), lm.end(), "titles.cued_list", confidence("titles.cued_list"),
                                 gazetteer)
            items = [_after_possessor(text, it, person_ix) for it in items]
            if len(items) == 1 and not m["acting"] and _inside_any(items[0], places):
                continue
            if len(items) >= 2 or all(it.name in gazetteer for it in items):
                out.extend(items)
    for s, e in person_spans:
        # the archive's lines wrap at ~70 characters: a bracket may go on to the next line, never past a blank one
        # "Woody Allen's (FILM) latest": a possessive before the bracket (archive: 569 hits, 138 critics)
        pm = re.match(r"(?:['\u2019]s?)?\s*\((?P<inner>[^()\n]{2,120}(?:\n[^()\n]{1,120})?)\)", text[e : e + 130])
        if not pm or len(pm["inner"]) > 120:
            continue
        if (s, e) in header_spans and not re.search(r"\b(?:19|20)\d\d\b|^[A-Z0-9 ,'&:\-.!?]+$", pm["inner"]):
            continue  # "Natasha Henstridge (Mimi)" in a cast list names a character
        inner_start = e + pm.start("inner")
        inner = pm["inner"]
        items = [it for it in _list_items(text, inner_start, inner_start + len(inner), "titles.filmography",
                                          confidence("titles.filmography"),
                                          gazetteer)
                 if not person_ix.overlaps(it.start, it.end)]
        # Only when every item looks like a title: "(Harry Stamper)" is a character. A
        # filmmaker's parenthesis ("director Mike Figgis (Internal Affairs)") holds films.
        filmmaker = bool(_FILMMAKER_BEFORE.search(text[max(0, s - 40) : s]))
        if items and all(it.name in gazetteer or re.search(r"\b(?:19|20)\d\d\b", inner) or filmmaker or
                         re.fullmatch(r"[A-Z0-9 ,'&:\-.!?]+", inner) for it in items):
            out.extend(items)
        elif FILMOGRAPHY_ANCHORED and len(items) >= 2 and \
                any(" " in it.name and it.name in gazetteer for it in items) and \
                all(it.name in gazetteer or len(it.name.split()) >= 2 for it in items):
            # "X (Some Kind of Wonderful, Fried Green Tomatoes)": a known film vouches for the titles beside it
            out.extend(items)
    return out


def _after_possessor(text: str, item: Mention, people: SpanIndex) -> Mention:
    """"films like Jane Campion's THE PIANO": a list item opening with a person's possessive is the title after
    it ("Sophie's Choice", with no person there, stays whole)."""
    pm = re.search(r"['\u2019]s?\s+(?=[A-Z0-9\"_])", text[item.start : item.end])
    if pm is None or not any(a == item.start or (item.start <= a and b <= item.start + pm.start())
                             for a, b, _ in people.overlapping(item.start, item.start + pm.start())):
        return item
    start = item.start + pm.end()
    return _mention(text, text[start : item.end], start, item.end, item.rule, item.confidence)


#: A person's bracket of two titles or more, one of them known, holds films (extractors/README.md, "Films, eleventh
#: pass").
FILMOGRAPHY_ANCHORED = True
_FILMMAKER_BEFORE = re.compile(
    r"\b(?:director|writer|screenwriter|producer|filmmaker|helmer|composer|cinematographer|editor)s?\s*$", re.I
)


_MARKS = ("'", '"', "_", "*", "\u201c")


def _list_items(text: str, start: int, end: int, extractor: str, conf: float,
                gazetteer: FilmTitles) -> list[Mention]:
    out = []
    chunk = text[start:end]
    for m in re.finditer(rf"{_TC_ITEM}", chunk):
        surface = m[0].rstrip(".")
        if surface.lower() in {"and", "or"} or len(surface) < 2 or (surface[0].isdigit() and surface not in gazetteer):
            continue
        at = start + m.start()
        if re.fullmatch(r"(?:19|20)\d\d", surface) and not (at > 0 and text.startswith(_MARKS, at - 1)):
            # "Corky Romano (2001)", "the movie is set in 2018", "(The Devil's Advocate, 1997)": a year, not "1984"
            # or "2001" as a title
            continue
        ys = re.match(r"\s*,?\s*\(?((?:19|20)\d\d)\)?", chunk[m.end() : m.end() + 20])
        mention = _mention(text, surface, start + m.start(), start + m.start() + len(surface), extractor, conf)
        if ys and mention.year is None:
            mention = Mention("film", mention.name, mention.start, mention.end, extractor, conf, int(ys[1]))
        out.append(mention)
    out = _joined_titles(text, out, gazetteer) if TITLE_SHAPES else out
    if LIST_JOINS and out:
        out = _longer_items(text, out, gazetteer)
        # ... an item the abbreviation's title took in is no item of its own
        out = [it for i, it in enumerate(out) if not (i and out[i - 1].end > it.start)]
    return out


_ITEM_JOIN = re.compile(r"(?:[,:]|\s+(?:and|&))[ \t]*\n?[ \t]*(?:the\s+)?")
#: A list's items as titles are written: the last item goes on over "and (the) ..." or "or ..." into a title the KB
#: knows ("as The Little Mermaid, Beauty and the Beast, and ALADDIN", "Plan 9 and Glen or Glenda", which the list's
#: pattern ends at "Beauty", "Glen"), and an abbreviation's stop is no item's end ("films like Mr. Wonderful", "Dr.
#: Strangelove"); see extractors/README.md, "Films, thirteenth pass".
LIST_JOINS = True
_ITEM_TAIL = re.compile(rf"{_GAP}(?:and|or|&){_GAP}(?:the{_GAP})?{_TC_ITEM}")
_ITEM_ABBREVIATION = re.compile(rf"(?:Mr|Mrs|Ms|Dr|St)\.{_GAP}{_TC_ITEM}")
_CUE_LAST_WORD = re.compile(rf"[A-Z][\w'\u2019\-]*{_GAP}in{_GAP}$")


def _cue_inside_title(text: str, cue: re.Match, items: re.Match, gazetteer: FilmTitles) -> bool:
    """A list cue ending "Capitalised in" whose words, with the item after it, are a title the KB knows."""
    wm = _CUE_LAST_WORD.search(text, cue.start(), cue.end())
    if wm is None:
        return False
    item = re.match(_TC_ITEM, text[items.start() : items.end()])
    return item is not None and " ".join(text[wm.start() : items.start() + item.end()].split()) in gazetteer


def _longer_items(text: str, items: list[Mention], gazetteer: FilmTitles) -> list[Mention]:
    """Items lengthened to the known title they open (see :data:`LIST_JOINS`)."""
    out = []
    for it in items:
        m = _ITEM_ABBREVIATION.match(text, it.start) if it.name in {"Mr", "Mrs", "Ms", "Dr", "St"} else None
        if m is None:
            m = _ITEM_TAIL.match(text, it.end)
            m = m if m is not None and it is items[-1] else None
            end = m.end() if m is not None else it.end
        else:
            end = m.end()
        surface = text[it.start : end].rstrip(".")
        if m is not None and " ".join(surface.split()) in gazetteer:
            it = _mention(text, surface, it.start, it.start + len(surface), it.rule, it.confidence)
        out.append(it)
    return out


def _joined_titles(text: str, items: list[Mention], gazetteer: FilmTitles) -> list[Mention]:
    """Two neighbouring items that together are a title the KB knows: "Benny and Joon", "Sense and Sensibility",
    "Crouching Tiger, Hidden Dragon" (a list read them as two)."""
    out: list[Mention] = []
    for it in items:
        if out and _ITEM_JOIN.fullmatch(text, out[-1].end, it.start) is not None:
            whole = text[out[-1].start : it.end]
            if " ".join(whole.split()) in gazetteer:
                out[-1] = _mention(text, whole, out[-1].start, it.end, it.rule, it.confidence)
                continue
        out.append(it)
    return out


def _gazetteer_spans(text: str, gazetteer: FilmTitles, person_spans: list[tuple[int, int]],
                     found: list[Mention]) -> list[Mention]:
    """Unmarked Title Case spans of two or more words that the KB knows as films."""
    if not gazetteer:
        return []
    taken = SpanIndex([(t.start, t.end) for t in found] + person_spans)
    out = []
    for m in ((_GAZETTEER_RUN_DASH if DASH_OPENS else _GAZETTEER_RUN) if TITLE_SHAPES else _TC_RUN).finditer(text):
        surface = m[0].rstrip(".!?")
        words = surface.split()
        start = m.start()
        if TITLE_SHAPES:
            words = _shaped_words(words)
        k = _possessor_at(words) if POSSESSOR_TITLES else None
        if k is None and POSSESSOR_TITLES and RUN_JOINS and AND_TITLES and len(words) > 1 and \
                not surface.endswith((".", "!", "?")) and (am := _AND_NEXT.match(text, m.end())) is not None:
            # "Linklater's Dazed and Confused": a maker's possessive before one word that goes on over "and"
            k = _possessor_at(words + am[0].split())
            k = k if k is not None and k < len(words) - 1 else None
        if k is not None:
            # "Cameron's The Abyss", "Stanley Kubrick's The Shining": the title after its maker's possessive
            # (archive: extractors/README.md); the run as a whole first ("Sophie's Choice")
            first = _gazetteer_prefix(text, start, words, gazetteer, taken)
            if first is None:
                start = re.compile(rf"\S+(?:\s+\S+){{{k}}}\s+").match(text, start).end()
                words = words[k + 1:]
                after = None
                if RUN_JOINS and AND_TITLES and (am := _AND_NEXT.match(text, m.end())) is not None and \
                        not surface.endswith((".", "!", "?")):
                    # "Linklater's Dazed and Confused": the maker's title over an "and" too
                    after = _gazetteer_prefix(text, start, words + am[0].split(), gazetteer, taken,
                                              min_words=len(words) + 2)
                after = after or _gazetteer_prefix(text, start, words, gazetteer, taken)
                # "X's Civil War film GLORY": a genre before the film's own title
                if after is not None and not _GENRE_BEFORE_TITLE.match(text, after.end):
                    out.append(after)
                continue
            else:
                out.append(first)
                continue
        found_here = None
        am = (_AND_NEXT_ARTICLE if RUN_JOINS else _AND_NEXT).match(text, m.end()) if AND_TITLES else None
        # "Sense and Sensibility", "Midnight in the Garden of Good and Evil": a KB title over an "and"
        more = words + am[0].split() if am is not None and not surface.endswith((".", "!", "?")) else None
        if more is not None:
            found_here = _gazetteer_prefix(text, start, more, gazetteer, taken, min_words=len(words) + 2)
        if found_here is None:
            found_here = _gazetteer_prefix(text, start, words, gazetteer, taken)
        if found_here is None and TITLE_SHAPES:
            if more is not None:
                found_here = _gazetteer_inside(text, start, more, gazetteer, taken)
            found_here = found_here or _gazetteer_inside(text, start, words, gazetteer, taken)
        if found_here is not None:
            out.append(found_here)
            # "From Secrets & Lies to Little Voice to A River Runs Through It": the run's connectors join titles
            # as well as the words of one; a known title right after the found one, past a connector, is read on
            while RUN_JOINS and (rest := _RUN_REST.match(text, found_here.end, m.end())) is not None:
                found_here = _gazetteer_inside(text, rest.start("c"), text[rest.start("c") : m.end()].split(),
                                               gazetteer, taken)
                if found_here is None or found_here.start != rest.end("c"):
                    break
                out.append(found_here)
    return out


_DETERMINERS = frozenset({"Her", "His", "Their", "Its", "Our", "My", "Your", "This", "That", "These", "Those", "The",
                          "A", "An"})
#: where a sentence or a line opens
_RUN_OPENS = re.compile(r"(?:^|[.!?:;\n]\W{0,2}\s*)$")


def _gazetteer_inside(text: str, start: int, words: list[str], gazetteer: FilmTitles,
                      taken: SpanIndex) -> Mention | None:
    """A known title that opens further into a Title Case run than its first word: "Remember Sleepless in Seattle?",
    "Even The Rescuers Down Under", "Belle from Beauty and the Beast" (the run's connectors join a word before)."""
    pos = start
    for j in range(1, len(words) - 1):
        pos = _words_end(text, pos, words[j - 1 : j])
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if not (words[j][0].isupper() or words[j][0].isdigit()):
            continue
        opens = j == 1 and words[0] not in _DETERMINERS and _RUN_OPENS.search(text, max(0, start - 4), start)
        if not (words[j - 1].islower() or opens):
            continue  # "the Wild Wild West", "Hollywood New Age": a name's word before is part of the phrase
        found = _gazetteer_prefix(text, pos, words[j:], gazetteer, taken)
        if found is not None:
            return found
    return None


_TC_RUN = gated(rf"(?<![\w'\-]){_TC_ITEM}")
#: Title shapes the Title Case run of :data:`_TC_ITEM` breaks or hides, for unmarked titles the KB knows: an
#: abbreviation ("Mr. Nanny", "Dr. No", "G.I. Jane"), a subtitle after a colon and a space ("Terminator 2: Judgment
#: Day"), a suffix of likeness ("a City Slickers-esque clash", "his Reservoir Dogs-style storytelling") and a year's
#: possessive ("1996's From Dusk Till Dawn"); counts and sampled precision in extractors/README.md, "Films,
#: eleventh pass".
TITLE_SHAPES = True
_ABBREVIATION = r"(?:(?:Mr|Mrs|Ms|Dr|St|Jr)\.|(?:[A-Z]\.){2,})"
_SHAPED_WORD = rf"(?:{_ABBREVIATION}|{_TC_WORD}:?)"
_GAZETTEER_RUN = gated(
    rf"(?<![\w'\-.]){_SHAPED_WORD}(?:\s+(?:(?:of|the|a|an|in|on|to|for|with|at|from|by|vs\.?|&)\s+)*{_SHAPED_WORD})*")
#: A dash written as two hyphens opens a title as a blank does ("Gangster movies--White Heat, ...", "(Zach
#: Grenier--Twister, ...)"); one hyphen still joins a word ("Spider-Man"). See extractors/README.md, "Films,
#: thirteenth pass".
DASH_OPENS = True
_GAZETTEER_RUN_DASH = gated(
    rf"(?<![\w'.])(?<!(?<!-)-){_SHAPED_WORD}(?:\s+(?:(?:of|the|a|an|in|on|to|for|with|at|from|by|vs\.?|&)\s+)*"
    rf"{_SHAPED_WORD})*")
_LIKENESS_SUFFIX = r"-(?:esque|like|style|type|ish|inspired|influenced|flavou?red|sized)"
_LIKENESS = re.compile(rf"(?P<w>.+?){_LIKENESS_SUFFIX}")
_LIKENESS_AFTER = re.compile(rf"{_LIKENESS_SUFFIX}\b")
_YEAR_POSSESSIVE = re.compile(r"(?:19|20)\d\d['\u2019]s")


def _shaped_words(words: list[str]) -> list[str]:
    """The words of a Title Case run as titles are written in them: a likeness suffix cut off its word, and the run
    ended there or at a word that closes a question or an exclamation."""
    for i, w in enumerate(words):
        if "-" in w and (lm := _LIKENESS.fullmatch(w)) is not None:
            return words[:i] + [lm["w"]]
        if w[-1] in "?!" and i < len(words) - 1:
            return words[: i + 1]  # "Remember Sleepless in Seattle? It was": the question ends the run
    return words


#: Unmarked KB titles with "and" in them ("Sense and Sensibility"); see extractors/README.md.
AND_TITLES = True
_AND_NEXT = re.compile(rf"{_GAP}and{_GAP}(?:the{_GAP})?{_TC_ITEM}")
_AND_NEXT_ARTICLE = re.compile(rf"{_GAP}and{_GAP}(?:(?:the|a|an){_GAP})?"
                               rf"{_TC_ITEM}")
#: Title Case runs read further (fifteenth pass; extractors/README.md, "Films, fifteenth pass"): a known title after
#: another in one run ("from X to Y"), over "and a" / "and an" ("An Officer and a Gentleman"), over "and" after a
#: maker's possessive, and a word opening with a digit counts as a capitalised one ("Friday the 13th").
RUN_JOINS = True
#: the connector after a title found at a run's start, and the capitalised word after it
_RUN_REST = re.compile(r"\s+(?P<c>(?:to|in|from|on|at|for|with|by|of|vs\.?|&)\s+)(?=[A-Z0-9])")


#: "Demi Moore's About Last Night... (1986)": Title Case words right before a year in brackets are a title the KB
#: knows from any year (the review's own time bound is for titles without such a mark; see extractors/README.md).
DATED_TITLES = True
_YEAR_BRACKET = gated(r"(?<=[\w.\u2026!?])[.\u2026!?]*[ \t]*\((?:19|20)\d\d\)")
_TC_BEFORE_YEAR = re.compile(rf"(?<![\w'\u2019\-]){_TC_ITEM}[.\u2026!?]*$")


def _dated_titles(text: str, gazetteer: FilmTitles, person_spans: list[tuple[int, int]],
                  found: list[Mention]) -> list[Mention]:
    if not gazetteer:
        return []
    taken = SpanIndex([(t.start, t.end) for t in found] + person_spans)
    out = []
    for ym in _YEAR_BRACKET.finditer(text):
        if not text[ym.start() - 1 : ym.start()].isalnum() or taken.overlaps(ym.start() - 1, ym.start()):
            continue  # (a title found already, or no word right before the bracket)
        last = max(text.rfind(" ", 0, ym.start()), text.rfind("\n", 0, ym.start())) + 1
        if not (text[last : last + 1].isupper() or text[last : last + 1].isdigit()):
            continue  # the word before the bracket opens no Title Case word
        tm = _TC_BEFORE_YEAR.search(text, max(0, ym.start() - 80), ym.start())
        if tm is None:
            continue
        item = tm[0].rstrip(".\u2026!?")
        words = item.split()
        for k in range(len(words) - 1):
            if not words[k][0].isupper() or sum(1 for w in words[k:] if w[0].isupper()) < 2:
                continue
            cand = " ".join(words[k:])
            if cand in gazetteer:
                s = tm.start() + len(re.match(rf"(?:\S+\s+){{{k}}}", item)[0]) if k else tm.start()
                e = tm.start() + len(item)
                if not taken.overlaps(s, e) and not _non_film_context(text, s, e):
                    out.append(_mention(text, text[s:e], s, e, "titles.gazetteer", confidence("titles.gazetteer")))
                break
        else:
            if DATED_ONE_WORD and words and gazetteer.years is not None:
                word = words[-1]
                year = int(text[ym.end() - 5 : ym.end() - 1])
                s, e = tm.start() + len(item) - len(word), tm.start() + len(item)
                if text[s:e] == word and word[0].isupper() and word in gazetteer and not taken.overlaps(s, e) and \
                        any(y is not None and abs(y - year) <= 1 for y in gazetteer.years(word)) and \
                        not _non_film_context(text, s, e):
                    out.append(_mention(text, word, s, e, "titles.gazetteer", confidence("titles.gazetteer")))
    return out


#: ... and one capitalised word before a bracketed year, where the KB dates a film so named that year or the next or
#: the one before: "the underrated Alligator (1980)", "Valmont (1989)" (seventeenth pass, extractors/README.md).
DATED_ONE_WORD = True


POSSESSOR_TITLES = True
_GENRE_BEFORE_TITLE = re.compile(r"\s+(?:films?|movies?|pictures?|epics?|dramas?|comed(?:y|ies)|thrillers?)"
                                 r"\s+[A-Z\"_*]")
#: How many words of a name may stand before the possessive that opens a title: 1 for "Cameron's The Abyss"
#: only, 3 also for "Stanley Kubrick's The Shining" and "George A. Romero's Dawn of the Dead".
POSSESSOR_WORDS = 3
_POSSESSOR = re.compile(r"[A-Z][\w\-]*(?:['\u2019]s|s['\u2019])")
_NAME_WORD = re.compile(r"[A-Z](?:[\w\-]*|\.)")


def _possessor_at(words: list[str]) -> int | None:
    """The index of the possessive word that ends a name opening ``words`` (a title must follow it with two
    words or more), else None."""
    if TITLE_SHAPES and len(words) > 1 and _YEAR_POSSESSIVE.fullmatch(words[0]):
        return 0  # "1996's From Dusk Till Dawn"
    for k in range(min(POSSESSOR_WORDS, len(words) - 2)):
        if _POSSESSOR.fullmatch(words[k]):
            return k
        if not _NAME_WORD.fullmatch(words[k]) or words[k] in _ARTICLES:
            return None
    return None


def _gazetteer_prefix(text: str, s: int, words: list[str], gazetteer: FilmTitles, taken: SpanIndex,
                      min_words: int = 2) -> Mention | None:
    """The longest known title at the start of ``words`` (found at ``s``) of ``min_words`` words or more: "Pretty
    Woman this is not" -> "Pretty Woman"."""
    for n in range(min(len(words), 8), min_words - 1, -1):
        cand = " ".join(words[:n])
        if cand.endswith(":"):
            continue  # "Terminator 2:" of "Terminator 2: Judgment Day"
        if n < len(words) and words[n][0].isupper():
            continue  # "The Groove" is not a title inside "The Groove Tube"
        # (a word after the first that opens with a digit counts, as in "Friday the 13th", "Class of 1999"; a
        # bare number as the second of two words is NUMBER_TITLES' to judge)
        capitals = sum(1 for i, w in enumerate(words[:n]) if w[0].isupper() or
                       (RUN_JOINS and i and w[0].isdigit() and (n > 2 or not w.isdigit())))
        if all(len(w) < 3 for w in words[:n]):
            continue  # "B & W film": letters, no title
        if capitals < 2 and not (NUMBER_TITLES and capitals == 1 and words[0] not in _ARTICLES and n == 2
                                 and words[1].isdigit() and len(words[1]) < 4 and _dated(gazetteer, cand)):
            continue
        if cand in gazetteer:
            # match at s, never on text[s:] (a copy of the rest of the text per candidate); the words themselves,
            # so that "Kill).When", one token of the text, ends at "Kill"
            e = s + len(text[s : _words_end(text, s, words[:n])].rstrip(",.;:)]\"'\u201d"))
            if TITLE_SHAPES and text[e - 1] == "?" and n == len(words):
                e -= 1  # "Remember Sleepless in Seattle?": the question's mark (the KB's key has no marks)
            if taken.overlaps(s, e) or _non_film_context(text, s, e):
                return None
            if words[0] not in _ARTICLES and not text[s:e].isupper() \
                    and _ARTICLE_BEFORE.search(text, max(0, s - 5), s) and not _FILM_WORD_AFTER.match(text, e) \
                    and not (TITLE_SHAPES and _LIKENESS_AFTER.match(text, e)):
                return None  # "the Cold War", "the Wall Street crowd": a phrase, not the title
            return _mention(text, text[s:e], s, e, "titles.gazetteer", confidence("titles.gazetteer"))
    return None


def _words_end(text: str, s: int, words: list[str]) -> int:
    """Where ``words``, written at ``s`` with any white space between them, end in ``text``. A loop, not a
    regex: a pattern per title cost a compile each and pushed the rules' own patterns out of re's cache."""
    pos = s
    for i, w in enumerate(words):
        if i:
            while pos < len(text) and text[pos].isspace():
                pos += 1
        if not text.startswith(w, pos):
            m = re.compile(r"\s+".join(map(re.escape, words))).match(text, s)
            return m.end() if m else s + len(" ".join(words))
        pos += len(w)
    return pos


_ARTICLES = frozenset({"The", "A", "An", "THE"})


def _dated(gazetteer: FilmTitles | _WithArchive, title: str) -> bool:
    """Does the KB give ``title`` a year? (An undated KB title, "Studio 54", is as often a place or a thing.)"""
    films = gazetteer.films if isinstance(gazetteer, _WithArchive) else gazetteer
    return films.years is None or any(y is not None for y in films.years(title))


#: "Session 9", "Apollo 13": a number counts as the second word of a title (see extractors/README.md)
NUMBER_TITLES = True
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$")
_FILM_WORD_AFTER = re.compile(r"\s+(?:films?|movies?|trilogy|series|sequels?|saga|franchise|remake|pictures?|"
                              r"flicks?|installments?|mold|formula|school|phenomenon|jokes?|fans?|toys?|style|"
                              r"vein|rip-?off|clone|parody|spoof|homage)\b")


def _reviewed_mentions(text: str, reviewed: str) -> list[Mention]:
    """Every occurrence of the reviewed title, in any case, with or without its article."""
    key = fold(reviewed)
    bare = re.sub(r"^(the|a|an) ", "", key)
    words = reviewed.replace("_", " ").split()
    if not words:
        return []
    out = [Mention("film", reviewed, s, e, "titles.reviewed", confidence("titles.reviewed"))
           for s, e in word_run_spans(text, words)]
    # "Mad Max 2: The Road Warrior" is also called "The Road Warrior" and "Mad Max 2"
    parts = [p.strip() for p in re.split(r":\s+|\s+-\s+|\s+\u2013\s+", reviewed) if p.strip()]
    for part in parts if len(parts) > 1 else []:
        if len(part.split()) < 2 and not re.search(r"\d", part):
            continue
        for start, end in word_run_spans(text, part.split()):
            if end > start and not any(o.start <= start < o.end for o in out) and text[start].isupper():
                out.append(Mention("film", reviewed, start, end, "titles.reviewed_part",
                                   confidence("titles.reviewed_part")))
    bare_words = reviewed.split()[1:]
    if bare != key and bare_words:  # "A.W.O.L." folds to "a w o l" but has no word after its "article"
        for start, end in word_run_spans(text, bare_words):
            if end > start and not any(o.start <= start < o.end for o in out) and text[start].isupper():
                out.append(Mention("film", reviewed, start, end, "titles.reviewed",
                                   confidence("titles.reviewed", "no_article")))
    return out


def _dedupe(mentions: list[Mention], person_spans: list[tuple[int, int]]) -> list[Mention]:
    """Drop mentions inside people's names and overlapping duplicates (keep the most confident)."""
    out: list[Mention] = []
    person_ix, out_ix = SpanIndex(person_spans), SpanIndex()
    for t in sorted(mentions, key=lambda t: (-t.confidence, -(t.end - t.start), t.start)):
        if t.rule != "titles.reviewed" and any(
                a <= t.start and t.end <= b for a, b, _ in person_ix.overlapping(t.start - 1, t.end + 1)):
            continue
        if out_ix.overlaps(t.start, t.end):
            continue
        out.append(t)
        out_ix.add(t.start, t.end)
    return sorted(out, key=lambda t: t.start)
