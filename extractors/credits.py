"""Credits in the prose: who directed, wrote, produced, scored, shot, edited or acted in which film.

Each rule looks at the words right before or after a person mention inside its sentence
("director Mike Figgis", "Cage plays", "Spielberg's direction", "written by X and Y"),
or at a person beside a film ("X (Film A, Film B)", "X's Film", "X starred in Film").
Hedged and negated statements ("was originally cast", "I wish X had directed") give none.

The ``credits`` component adds its credit facts (subject: the film's key, object: the
person) to those of the header; two findings are settled later by ``resolve_credits``:
a filmography ("Name (Film, Film)") is a ``contributor`` credit that becomes an acting one
when the review has the person acting, and "from the director of FILM" is a film mention
(rule ``credits.same_director``) that gives FILM the reviewed film's directors.
"""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

from filmkg.core.records import Fact, Mention
from filmkg.core.regex import gated, opening
from filmkg.extractors import state
from filmkg.extractors.characters import film_leading
from filmkg.extractors.confidence import confidence
from filmkg.extractors.context import FilmSpan, PersonSpan, ReviewContext
from filmkg.extractors.header import SOURCE_IN_BRACKETS
from filmkg.extractors.models import CAREER_MIN_REVIEWS, archive_roles, directs_first, surname_names
from filmkg.extractors.people import LIFE_NOUNS, LIFE_WORDS

#: Rules whose ``contributor`` credit becomes ``actor`` when the review has the person acting.
FILMOGRAPHY_RULES = frozenset({"credits.filmography", "credits.filmography_list", "credits.known_for",
                               "credits.of_film", "credits.film_possessor"})


#: patterns of hot calls, compiled once: re's module functions look each up in their cache at every call
_CLAUSE_STOP = re.compile(r"[.;]")
_COMPARING_WORD = re.compile(r"\b(?:than|like|unlike|since|as\s+in|version|based|adapted)\b")
_BRACKET_AFTER_NAME = re.compile(r"(?:['\u2019]s?)?\s*,?\s*\(([^()]{2,200})\)")
_OPEN_BRACKET_END = re.compile(r"\(\s*$")
_COMMA_MARK = re.compile(r"\s*,\s*[\"'_*\u201c]*")
_MARK_CLOSE_BRACKET = re.compile(r"[\"'_*\u201d]*\s*\)")


@Language.component(
    "credits",
    requires=["token.is_sent_start", state.attr(state.PEOPLE), state.attr(state.TITLES), state.attr(state.REVIEWED),
              state.attr(state.CREDITS)],
    assigns=[state.attr(state.CREDITS), state.attr(state.SAME_DIRECTOR)],
)
@state.guarded("credits")
def credits(doc: Doc) -> Doc:
    hits, same_director = find_credits(ReviewContext.from_doc(doc))
    state.set_records(doc, state.CREDITS, state.facts(doc, state.CREDITS) + hits)
    state.set_records(doc, state.SAME_DIRECTOR, same_director)
    return doc


def _credit(person: str, role: str, film: str, start: int, end: int, rule: str, conf: float) -> Fact:
    return Fact(film, role, person, start, end, rule, conf)


_ROLE_WORDS = {
    "director": "director", "directed": "director", "directing": "director", "helmer": "director",
    "filmmaker": "director", "auteur": "director",
    "writer": "screenwriter", "screenwriter": "screenwriter", "scripter": "screenwriter",
    "scribe": "screenwriter", "scenarist": "screenwriter", "co-writer": "screenwriter",
    "written": "screenwriter", "scripted": "screenwriter", "penned": "screenwriter",
    "producer": "producer", "produced": "producer", "co-producer": "producer",
    "composer": "composer", "scored": "composer",
    "cinematographer": "cinematographer", "photographed": "cinematographer", "lensed": "cinematographer",
    "editor": "editor", "edited": "editor",
}
_PARTICIPLE_ROLE = {"written": "screenwriter", "co-written": "screenwriter", "scripted": "screenwriter",
                    "directed": "director", "co-directed": "director", "produced": "producer",
                    "co-produced": "producer", "edited": "editor", "photographed": "cinematographer",
                    "shot": "cinematographer", "scored": "composer"}
_PARTICIPLE = r"(?:co-)?(?:written|directed|produced|edited|photographed|scored|scripted)"
_PARTICIPLE_PHRASE = gated(r"\b(?P<v>directed|written|scripted|produced|photographed|shot|edited|scored)\s+"
                                r"(?:with|for|in)\s+(?!the\s+(?:book|novel|story)\b)(?:[a-z][\w\-]*,?\s+){1,4}by\s*$",
                                re.I)
#: "written and directed by X", "written, directed, and produced by X" (archive: 666 hits, 119 critics)
_PARTICIPLES = gated(rf"\b(?P<c>{_PARTICIPLE}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_PARTICIPLE})+)\s+by\s*$",
                          re.I)
#: "written, directed by, and starring X", "directed by and starring X", "produced, co-written and starring X": a
#: participle chain ending on "starring" (crew15d: 24 archive hits, 19 critics; extractors/README.md): each
#: participle's role and the actor's. :data:`_PARTICIPLES` needs the chain to end on "by".
STARRING_CHAIN = True
#: ... with "directed" in the chain: "written by and starring X" names as often another film or a TV show the
#: sentence is about ("the 1967 comedy written by and starring A and B", "a sketch comedy show written by and
#: starring A, B, C"): the A/B read 6 of 9 such credits wrong, against 2 of 11 with "directed"
_STARRING_CHAIN = gated(rf"\b(?P<c>{_PARTICIPLE}(?:\s+by)?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_PARTICIPLE}"
                        r"(?:\s+by)?)*(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)starring)\s+(?:the\s+)?"
                        r"(?:(?-i:[a-z])[\w\-]*\s+)?$", re.I)
_DIRECTED = re.compile(r"\bdirected\b", re.I)
_COMPOUND = gated(
    r"\b(?P<c>(?:writer|director|producer|screenwriter|scripter|co-writer|actor|actress|star)"
    r"(?:(?:\s*[-/&]\s*|\s+and\s+)(?:co-)?(?:writer|director|producer|screenwriter|scripter|co-writer|actor|actress|"
    r"star))+)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: "writer-directors A and B", "director/producer/editor X", "director and cinematographer X", "co-scribe/director X":
#: the compound title with plurals and the other crafts' words, which :data:`_COMPOUND` lacks (crew15d: 79 archive
#: hits of such a compound holding a directing word before a name, 78 pages, 44 critics, where `_COMPOUND` gives no
#: director; extractors/README.md). A plural joined by "and" before a singular ("the screenwriters and director X")
#: names other people: only the parts from the last plural on are X's (`_compound_roles`).
COMPOUND_CREW = True
_CREW_TITLE = (r"(?:co-)?(?:writers?|directors?|producers?|screenwriters?|scripters?|actors?|actress(?:es)?|stars?|"
               r"composers?|editors?|cinematographers?|helmers?|scribes?|filmmakers?)")
#: ... one describing word between title and name, not an example's or a clause's ("writer and filmmaker like X",
#: "to directors and writers because X")
_COMPOUND_CREW = gated(rf"\b(?P<c>{_CREW_TITLE}(?:(?:\s*[-/&]\s*|\s+and\s+){_CREW_TITLE})+)\s+"
                       r"(?:(?!(?:like|such|as|including|than|unlike|because|when|while|if|so|that|who|which|and|or|"
                       r"but|to|of|in|for|with|from|by|is|was|are|were)\b)\w+\s+)?$", re.IGNORECASE)
_COMPOUND_SPLIT = re.compile(r"\s*[-/&]\s*|\s+and\s+")
_TITLE_SINGULAR = {"actresses": "actress", "actress": "actress"}


def _compound_roles(compound: str) -> tuple[list[str], bool]:
    """The roles of a compound title, in its order (an actor's word as "actor"), and whether it is plural."""
    parts = [w.removeprefix("co-") for w in _COMPOUND_SPLIT.split(compound.lower())]
    joins = _COMPOUND_SPLIT.findall(compound.lower())
    words = [_TITLE_SINGULAR.get(w) or (w[:-1] if w.endswith("s") else w) for w in parts]
    plural = [w != v for w, v in zip(parts, words, strict=True)]
    # "the screenwriters and director X": the plural's people are others; X holds what follows it
    for i in range(len(parts) - 1, 0, -1):
        if plural[i - 1] and not plural[i] and "and" in joins[i - 1]:
            words, plural = words[i:], plural[i:]
            break
    roles = []
    for w in words:
        role = _ROLE_WORDS.get(w) or ("actor" if w in {"actor", "actress", "star"} else None)
        if role and role not in roles:
            roles.append(role)
    return roles, any(plural)


def _list_length(text: str, people: list[PersonSpan], p_index: int) -> int:
    """How many names the list opening at ``people[p_index]`` holds ("A, B and C": 3)."""
    n = 1
    while p_index + n < len(people) and _LIST_SEP.match(text[people[p_index + n - 1].end : people[p_index + n].start]):
        n += 1
    return n


#: "written by comic masterminds Jerry Zucker": up to two describing words between cue and name.
_MODIFIERS = (r"(?:\s+(?!(?:that|who|which|and|or|but|is|was|are|were|has|had|have|said|says|of|in|to|with|for|"
              r"the|a|an|his|her|their|its|on|at|as|by|from|this|these|it|"
              # "directors like John Woo", "filmmakers such as X": examples, not this film's makers
              r"like|such|including|than|unlike)\b)[a-z][\w\-]*){0,2}")
#: "editted by Academy Award winner X", "the score by Oscar-nominated composer X" (archive: 55 hits, 23 critics;
#: 12/12 with the cue's role, where a cue stands before the prize)
_PRIZE = (r"(?:\s+(?:the\s+)?(?:(?:two|three|four)-time\s+)?(?:Oscar|Academy[\s-]Award)[\s-]?"
          r"(?:winning|winner|nominee|nominated))?")
#: "directed by the immensely talented Neil Jordan", "a score by the great Jerry Goldsmith": "the" and its describing
#: words after a "by" cue (crew ninth pass: 94 hits, 40 critics; 19/20, the miss "written by the character X",
#: kept out)
_THE_BY = r"(?:(?<=by)\s+the(?=\s+(?!characters?\b)[a-z]))?"
#: "the score by Alloy Orchestra founder X", "music from Burton regular X", "directed by TV veteran X": a capitalised
#: affiliation and its noun between cue and name (crew10, silver-measured: 18 archive hits of these nouns after
#: "by / from", 15 critics; 17/18 on people the cue's role, the miss "singing was by", which no cue reads)
_AFFILIATION_NOUN = (r"(?:collaborator|co-founder|founder|leader|frontman|member|veteran|alumnus|alum|regular|"
                     r"mainstay|stalwart|protege)")
_AFFILIATION = (r"(?:\s+(?:(?:frequent|regular|longtime|long-time|former|fellow)\s+)?"
                r"(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2}\s+" + _AFFILIATION_NOUN + r")?")
#: ... the affiliation's own name ("Alloy Orchestra", "Cronenberg") is no one the cue credits
_AFFILIATION_NEXT = re.compile(r"\s+" + _AFFILIATION_NOUN + r"\s+(?-i:[A-Z])")
#: "The score for this film, by X", "The soundtrack to the film, by X", "The music, written by X": the music's film
#: and a comma between the noun and its maker (crew11, extractors/README.md)
_FOR_THE_FILM = r"\s+(?:for|of|to)\s+(?:this|the)\s+(?:film|movie|picture)"
_MUSIC_FOR_FILM = rf"(?:{_FOR_THE_FILM})?(?:\s*,(?=\s))?"
_ACTING_ADJECTIVES = ("good", "effective", "impressive", "strong", "fine", "excellent", "memorable", "notable",
                      "noteworthy", "solid", "superb", "wonderful", "outstanding", "terrific", "funny", "delightful")
_CUE_ROWS: list[tuple[re.Pattern[str], str, float, frozenset[str]]] = [
    (re.compile(p + _PRIZE + _THE_BY + _MODIFIERS + _AFFILIATION + r"\s*$", re.IGNORECASE), role,
     confidence("credits.cue_before", role), frozenset(words))
    for p, role, words in [
        # crafts the schema has no role for: "production designer X", "costumes by X" (first, so that
        # "art director X" is not read as the director)
        # ... and "music director, X" (archive: 47 "<job> director X" hits, 27 critics: music and art directors
        # of the crew; FBI, deputy, assistant, program directors are parts)
        (r"\b(?:music(?:al)?\s+directors?\s*,?|(?:production|costume|set|makeup|make-up)\s+design(?:ers?)?\s*[:,]|"
         r"(?:production|costume|set|makeup|make-up)\s+designers?|costumers?|art\s+directors?|"
         r"(?:stunt|livestock|animal|wrangler|special[\s-]effects|visual[\s-]effects)\s+coordinators?|"
         r"(?:fight\s+)?choreographers?|(?:make-?up|special[\s-]effects|visual[\s-]effects|creature[\s-]effects)\s+"
         r"(?:artists?|wizards?|gurus?|supervisors?|designers?|masters?|maestros?)|"
         r"(?:(?:production|costume|set)\s+design(?:ed)?|costumes?|sets|make-?up(?:\s+effects)?|special\s+effects|"
         r"visual\s+effects|choreography|choreographed|art\s+direction)\s+(?:is\s+|was\s+|are\s+|were\s+)?"
         r"(?:by|from)|"
         # "the costumes (Jenny Beavan)", "special effects (Nick Davis)": the craft's maker in brackets (as the
         # music and cinematography rows below)
         r"(?:production\s+design|costumes?|costume\s+design|sets|set\s+design|make-?up|special\s+effects|"
         r"visual\s+effects|choreography|art\s+direction)\s*\()\s*[:,]?",
         "contributor",
         ("music", "design", "costumer", "direct", "coordinator", "choreograph", "make", "effects", "by", "from", "(")),
        # "music written by X", "the music is provided by X" (before "written by" reads a screenwriter)
        # ... and after a comma or "for the film": "The music, written by X", "The score, made by X", "The score for
        # this film, composed by X" (crew11: see _MUSIC_FOR_FILM)
        # ... not "score, performed by X" (a performer)
        (r"\b(?:music|score|theme|underscore|soundtrack|songs?)"
         rf"(?:{_FOR_THE_FILM}(?:\s*,)?(?:\s+(?:is|was))?(?=\s+by\b)|"
         rf"(?:{_FOR_THE_FILM})?"
         r"(?:\s+(?:[a-z]+\s+){0,3}?(?:is\s+|was\s+|are\s+)?(?:still\s+)?(?:done|composed|written|performed|provided|"
         r"supplied)|\s*,\s+(?:[a-z]+\s+){0,2}?(?:done|composed|written|provided|supplied|made|contributed|created)))"
         r"\s+by\s*:?", "composer", ("by",)),
        # "directors A and B", "co-directors A and B" (archive: 101 plural hits with two names, 50 critics; 9/12)
        # ... not "in the direction of X", "a nod in the general direction of X" (archive: 8 hits, 0 a director)
        (r"(?:\b(?:directors?|helmer|filmmaker|(?:directed|helmed)\s+by|"
         r"(?<!\bin\sthe\s)(?<!general\s)direction\s+(?:is\s+|was\s+)?(?:by|of|from)|"
         r"co-directors?|"
         # "The direction (by X) is what carries it", "the direction, by X,", "poor direction (X)" (archive: 25
         # hits; 24/24 on people the directors, "Art Direction (X)" and "musical direction" kept out)
         r"(?<!art\s)(?<!musical\s)(?<!music\s)direction\s*(?:,\s*|\(\s*)(?:is\s+|was\s+)?(?:by|from)|"
         r"(?<!['\u2019]s\s)(?<!art\s)(?<!musical\s)(?<!music\s)direction\s*\(|"
         # "a film by X", "this comedy from X", "the latest from X" (archive: 529 hits, 148 critics; 19/24 on
         # people, the rest an actor's "effort", a possessive "film by X's script", a comparison)
         r"(?:film|movie|picture|feature|comedy|drama|thriller|documentary|satire|western|melodrama)\s+(?:is\s+|was\s+)?"
         r"(?:made\s+)?(?:by|from)|the\s+(?:latest|newest)\s+(?:by|from)|"
         r"directorial\s+(?:[a-z]+\s+)?(?:job|work|effort|debut|chores|duties|hand|touch|reins)\s+(?:by|from|of))"
         r"\s*[:,]?|"
         # "the director (Ang Lee)", "the directors (Don Bluth and Gary Goldman)": the crew word before a bracket
         # (archive: 56 hits; an actor's career there is a part's job, left out in find_credits; README)
         r"\b(?:the|its|their)\s+(?:co-)?directors?\s*\(\s*(?:by\s+)?)", "director",
         ("direct", "helme", "filmmaker", "by", "from")),
        # ... "scriptwriter X" (archive: 165 hits, 65 critics)
        (r"(?:\b(?:screenwriters?|writers?|script-?writers?|scripters?|scribes?|scenarists?|co-writers?|(?:written|scripted|penned|"
         # "adapted (for the screen) by X" (archive: 128 hits, 44 critics; 18/20, the rest a score or titles
         # "adapted by", kept out by the music words above)
         r"co-written|adapted(?:\s+for\s+the\s+(?:big\s+|silver\s+)?"
         r"screen)?)\s+by|(?:screenplay|script)\s+(?:is\s+|was\s+)?(?:credited\s+to|by))\s*:?|"
         # "the writers (Marc Norman and Tom Stoppard)", "the script (by X)" (archive: 44 hits, README)
         r"\b(?:the|its|their)\s+(?:(?:screen-?|script-?|screen\s+)?writers?|screenplay|script)\s*\(\s*(?:by\s+)?)",
         "screenwriter", ("writer", "scripter", "scribe", "scenarist", "credited", "by", "script", "screenplay")),
        (r"(?:\b(?:(?:executive\s+|co-)?producers?|produced\s+by|(?:mega-?|super-?)producer)\s*:?|"
         r"\b(?:the|its|their)\s+producers?\s*\(\s*(?:by\s+)?)",
        "producer", ("producer", "by")),
        # "the musical score, by Murray McNabb,", "good music (by Danny Elfman)" (archive: 86 hits with the comma or
        # bracket, 38 critics; 12/12), "cinematography, by X" likewise
        # ... and with no "by": "the music (Jerry Goldsmith)", "wonderful cinematography (Robert Richardson)" (archive:
        # 202 hits, 22 critics; 10/11, the miss a character's taste in "80's music (Huey Lewis, ...)")
        # ... "the theme by Danny Elfman", "Original Theme by Laurie Johnson", "a theme song by Devo" (crew ninth pass:
        # 26 hits, 15 critics; 16/20, the misses a rating's "adult themes by <critic>", kept out, and a comparison)
        # ... "composers A and B" (crew10: plurals of the crew words, 10 archive hits, 7/10 the film's crew)
        (r"\b(?:composers?|(?:music|score|soundtrack|songs?)" + _MUSIC_FOR_FILM + r"\s*(?:,\s*|\(\s*)?"
         r"(?:is\s+|was\s+|are\s+)?(?:(?:actually|mainly|mostly|largely)\s+)?(?:by|from)|"
         r"(?<!adult\s)(?<!mature\s)themes?(?:\s+(?:song|music))?\s+(?:is\s+|was\s+)?by|"
         r"(?<!['\u2019]s\s)(?:music|score|soundtrack)\s*\(|"
         r"(?:scored|composed)\s+by|music\s+of)\s*:?",
         "composer", ("composer", "by", "from", "(", "music")),
        # ... "the luscious photography by X" (archive: 67 hits, 23 critics; 12/12), "ace cameraman X" (archive, with
        # "his cinematographer, X" below: 42 hits, 20 critics; 19/20, the miss a character's job)
        # ... "the cinematography of John Alton", "the haunting photography of X" (crew10, silver-measured: 35 archive
        # hits of "cinematography / photography / camera work / lensing of" a two-word name, 35 critics; 15/16 on
        # people the film's cinematographer, the miss a comparison; places, "photography of New York", name no one)
        (r"\b(?:cinematographers?|director\s+of\s+photography|(?:cinematography|photography|camera\s*work|lensing)\s+of|d\.?p\.?|photographed\s+by|lensed\s+by|cameraman|"
         r"(?:cinematography|photography)\s*(?:,\s*|\(\s*)?(?:is\s+|was\s+)?by|(?:cinematography|photography|camera\s*work)\s*\(|"
         # "beautifully shot by X", "The film is shot by X", "Shot by X," (not "a film shot by" its director)
         # "designed by A and shot by B", "the lush picture, filmed by X" (archive: 9 hits, 7 critics; 8/9, the
         # miss a director "filmed by X in 1951", which the year keeps out)
         r"(?:\b(?:\w+ly|is|was|were|are|been|being|and)\s+|,\s*|^)(?:shot|filmed)\s+by)\s*:?",
         "cinematographer", ("cinematograph", "photograph", "camera", "lensing", "dp", "d.p", "by", "(")),
        (r"\b(?:(?:film\s+)?editors?|edit(?:t)?ed\s+by|editing\s*(?:,\s*|\(\s*)?(?:is\s+)?by|editing\s*\()\s*:?",
         "editor", ("editor", "by", "(")),
        (r"\b(?:actor|actress|actors|actresses|co-?stars?|stars?|starring|(?:turns?|portrayals?|voice\s+work)\s+(?:by|from)|"
         r"(?:played|portrayed|"
         r"voiced|essayed)\s+by|cameos?\s+(?:by|from)|appearances?\s+by|performances?\s+(?:by|from)|"
         r"(?:supporting\s+)?cast\s+(?:members?|includes?|of|features?)|featuring|features|comedian|"
         r"comic|newcomer|veteran|voice\s+of|voices\s+of|funnyman|leading\s+(?:man|lady)|ingenue|"
         r"heartthrob|hunk|starlet|diva|"
         # "Particularly effective are A, B and C", "Also good is X" (archive: 92 hits, 46 critics)
         r"(?:also|particularly|especially|equally|most|very|just\s+as)\s+(?:" + "|".join(_ACTING_ADJECTIVES) + r")\s+"
         r"(?:in\s+(?:supporting|smaller|minor)\s+roles\s+)?(?:are|is|were|was))\s*:?",
         "actor",
         ("actor", "actress", "star", "by", "from", "cast", "featur", "comedian", "comic", "newcomer", "veteran",
          "voice", "funnyman", "leading", "ingenue", "heartthrob", "hunk", "diva", *_ACTING_ADJECTIVES)),
    ]
] + [
    # "the director is Wolfgang Petersen", "the composer this time is X" (archive: 13 hits, 9 critics; 11/13,
    # the misses another film's director and a story's writer)
    (re.compile(rf"\bthe\s+(?:film's\s+|movie's\s+)?{word}\s+(?:this\s+time\s+(?:around\s+)?)?(?:is|was)\s*$",
                re.IGNORECASE), role, confidence("credits.cue_before", role), frozenset(words))
    for word, role, words in [(r"director\s+of\s+photography", "cinematographer", ("photograph",)),
                              ("cinematographer", "cinematographer", ("cinematograph",)),
                              ("director", "director", ("director",)), ("composer", "composer", ("composer",)),
                              ("editor", "editor", ("editor",)), ("screenwriter", "screenwriter", ("writer",)),
                              ("producer", "producer", ("producer",))]
] + [
    # "the credited screenwriter, X,", "the cinematographer, X," (as "the director, X" above; archive: 40 hits,
    # 26 critics; 17/20, the misses a writer the film is about and the writer of a film it remakes)
    (re.compile(rf"\b(?:the|its|the\s+film's|the\s+movie's|this\s+film's)\s+(?:[a-z][\w\-]*\s+)?{word}\s*,\s*$",
                re.IGNORECASE), role, confidence("credits.cue_before", role), frozenset(words))
    for word, role, words in [("(?:screen-?|screen\\s+)?writers?", "screenwriter", ("writer",)),
                              ("producers?", "producer", ("producer",)), ("composers?", "composer", ("composer",)),
                              ("cinematographers?", "cinematographer", ("cinematograph",)),
                              ("editors?", "editor", ("editor",))]
] + [
    # "His usual cinematographer, Carlo Di Palma,", "her cameraman, X," (the director's: see "cameraman" above)
    (re.compile(r"\b(?:his|her|their)\s+(?:[a-z][\w\-]*\s+)?(?:cinematographer|cameraman|director\s+of\s+photography)"
                r"\s*,\s*$", re.IGNORECASE), "cinematographer", confidence("credits.cue_before", "cinematographer"),
     frozenset(("cinematograph", "cameraman", "photograph")))
]
#: The left cues as (regex, role, confidence); each row of :data:`_CUE_ROWS` also holds the words, lower case, one
#: of which its regex cannot match without: a cue is searched for only when the name's left window holds one of its
#: words (an ASCII window; any other is searched in full, as case folding beyond ASCII is not ``str.lower``). Most
#: windows hold none: the cues cost 0.9 ms a review searched at every offset of every window, 0.3 ms so (a cue's
#: new alternative needs its word in its row; tests/extractors/test_credits.py draws each regex's matches to check).
_LEFT_CUES: list[tuple[re.Pattern[str], str, float]] = [(rx, role, conf) for rx, role, conf, _ in _CUE_ROWS]
_LEFT_CUE_WORDS: list[frozenset[str]] = [words for *_, words in _CUE_ROWS]
_CUE_WORDS = tuple(sorted(frozenset().union(*_LEFT_CUE_WORDS)))


def _left_cues(window: str) -> list[tuple[re.Pattern[str], str, float]]:
    """The cues of :data:`_LEFT_CUES` that may match ``window``, in their order."""
    if not window.isascii():
        return _LEFT_CUES
    low = window.lower()
    present = {w for w in _CUE_WORDS if w in low}
    if not present:
        return []
    return [cue for cue, words in zip(_LEFT_CUES, _LEFT_CUE_WORDS, strict=True) if not words.isdisjoint(present)]


_WRITTEN_BY = re.compile(r"\b(?:co-)?(?:written|penned)\s+by\b", re.I)
#: a song (or subtitles) the writing cue is about, earlier in its sentence: "the title song, written by X"
#: ... plurals too ("musical numbers penned by X": crew11, 2 archive hits, both songs' writers)
_SONG_BEFORE = re.compile(r"\b(?P<t>songs?|lyrics|ballads?|tunes?|anthems?|jingles?|musical\s+(?:interlude|number)s?|"
                          r"subtitles?)\b[^.;!?]{0,80}$", re.I)
#: A source noun right before "written / penned by": "the novel, written by X", "a novel of the same name written by X"
_SOURCE_NOUN_BEFORE = re.compile(r"\b(?:novel|book|memoir|novella|bestseller|best-seller|short\s+story|"
                                 r"(?<!screen\s)(?<!screen-)play)s?\s*(?:,\s*|\s+(?:of|by|with)\s+the\s+same\s+"
                                 r"(?:name|title)\s*,?\s*|\s+)(?:originally\s+)?$", re.I)
_JOB_DIRECTOR = re.compile(r"\b(?:Deputy|Assistant|Associate|Managing|Executive|FBI|CIA|NSA|Casting|Creative|Artistic|"
                           r"Program|Programme|Funeral|Museum|Choir|Camp|Athletic|Regional|General|Project|Research|"
                           r"Medical|Festival|Agency|Bureau|Technical|Second[\s-]Unit|Stunt|Dialogue|Animation|Assistant)"
                           r"\s+\W?$", re.I)
#: Source nouns the first passes left out: tales, fables, poems, comic strips, graphic novels, articles.
_MORE_SOURCE_NOUNS = (r"fairy[\s-]?tales?|fables?|tales?|poems?|comic[\s-]strips?|graphic\s+novels?|"
                      r"articles?")
_NOT_SOURCE_DESCRIPTOR = (r"(?:and|or|the|a|an|his|her|their|its|of|in|to|with|for|is|was|who|which|that|"
                          r"(?:co-?)?directors?|filmmakers?|helmer|producers?|screenwriters?|stars?|actors?|"
                          r"actress)\b")
#: A writer's trade closing a source's describing phrase before the name (lower case, as a description is)
_WRITERS_TRADE = (r"(?-i:writer|novelist|author|playwright|journalist|columnist|reporter|poet|humorist|essayist|"
                  r"cartoonist|historian|dramatist)")
_SOURCE_LEFT = gated(
    r"\b(?:novelist|author|playwright|(?:novel|novella|book|play|story|memoir|stories|bestseller|best-seller|"
    r"characters|comic|comics|"
    # "based on the comic strip by X", "a 19th century children's tale by X", "the article "T" by X" (with an
    # adaptation cue in the sentence; archive: 61 hits of these nouns before "by NAME", 31 critics; 14/15 of
    # the cued ones name the source, extractors/README.md ninth pass, branch source)
    + _MORE_SOURCE_NOUNS + r")"
    # ... plurals: "based on two novels by X", "based on the series of books by X" (crew16s: extractors/README.md)
    r"(?:(?<=novel)s|(?<=book)s|(?<=play)s|(?<=memoir)s|(?<=novella)s|(?<=seller)s)?"
    # "the novel of the same name penned by X", "characters from DREAMHOUSE by X"
    r"(?:\s+(?:(?:of|by|with)\s+the\s+same\s+(?:name|title)|(?:from|in)\s+[A-Z\"_][\w' \"_]{0,60}|"
    r"\"[^\"]{1,80}\"|''[^']{1,80}''|"
    # (a title is capitalised: "[A-Z]" alone, under IGNORECASE, took "book and adapted for the screen by")
    r"(?-i:[A-Z])[\w' ]{0,60}))?\s*,?\s+(?:(?:written|penned|created)\s+)?(?:by|from))"
    # "a novel by British author X", "the novel by the late X", "stories written by cult favorite X" (crew10,
    # silver-measured: 30 archive hits of a describing phrase ending in a lower-case word, 24 critics; 12/13
    # sampled the source's author, the miss a screen story "by star X")
    # ... but not "the play by director X": the film's maker, not the source's
    r"(?:\s+(?:the\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?(?:(?!" + _NOT_SOURCE_DESCRIPTOR + r")(?-i:[a-z])[\w\-]*\s+){0,1}"
    r"(?!" + _NOT_SOURCE_DESCRIPTOR + r")(?-i:[a-z])[\w\-]*"
    # ... and a longer description ending in a writer's trade: "a novel by Twilight Zone writer X", "short stories by
    # renowned sci-fi writer X", "a book written by former Life magazine reporter X" (crew16s: extractors/README.md)
    r"|\s+(?:the\s+)?(?:(?!" + _NOT_SOURCE_DESCRIPTOR + r")[\w\-'\u2019.]+\s+){1,3}?" + _WRITERS_TRADE + r")?\s*$",
    re.IGNORECASE,
)
#: what _SOURCE_LEFT matched when it was only a writer's trade before the name ("the British author")
_AUTHOR_ONLY = re.compile(r"(?:novelist|author|playwright)\b[^,;()]*", re.I)
#: "Writer: A, novel by B", "Written by A (novel by B)": a source item in a writing credit, no adaptation verb
#: needed (archive: 108 hits of ", / ( novel / book / play ... by X" with no "from" or "based", 17 critics; 19/20
#: name the film's source, the miss a joke "(play by X)" for a part; "Salome, the play by X" has no writer before)
_SOURCE_ITEM = re.compile(
    r"\b(?:writers?|written|screenplay|screenwriters?|script)\b[^.\n]{0,100}?[,(;/]\s*(?:(?:a|the)\s+)?"
    r"(?:novel|book|stage\s+play|play|novella|memoir|short\s+story|best-?seller|" + _MORE_SOURCE_NOUNS
    + r")\s+by\s*$", re.I)
#: "based on THE HONEST COURTESAN by X", "based on the books WHEN HEAVEN AND EARTH CHANGED PLACES by X", "based on
#: the stories "Rashomon" and "In a Grove" by X": a title (or two) with no source noun, or a plural one (archive: 66
#: "based on / adapted from TITLE by X" hits, 19 critics; 13/14, the miss a poem's epigraph "from "Interim,"
#: by X", which the bare "from" left out keeps out)
#: ... a quoted title may wrap to the next line ("based on "The King's\nDamosel" by X": a header line's wrap)
_TITLE_SHAPE = (r"(?:(?-i:[A-Z][A-Z'!?,:.\-]*(?:\s+[A-Z][A-Z'!?,:.\-]*)*)|\"(?:[^\"\n]|\n(?![ \t]*\n)){2,60}\"|"
                r"_(?:[^_\n]|\n(?![ \t]*\n)){2,60}_|''[^'\n]{2,60}''|"
                r"\u201c(?:[^\u201d\n]|\n(?![ \t]*\n)){2,60}\u201d)")
#: "based on The Hunter by Richard Stark", "based upon The Legend of Sleepy Hollow by Washington Irving": an unmarked
#: title in title case (a capital after each small word), right after the cue (crew15s: extractors/README.md)
_TITLE_CASE_SHAPE = (r"(?-i:(?:The\s+|A\s+|An\s+)?[A-Z][\w'\-]*(?:\s+(?:(?:of|the|and|in|on|to|for|a|an|at|from|"
                     r"with)\s+)*[A-Z][\w'\-]*){0,6})")
_BASED_TITLE_BY = re.compile(
    r"\b(?:based\s+(?:up)?on|adapted\s+from|adapt(?:at)?ion\s+of)\s+(?:the\s+)?(?:(?:novels?|books?|plays?|stories|"
    r"short\s+stories|memoirs?|novellas?|comic\s+books?)\s+)?(?:" + _TITLE_SHAPE
    + r"(?:\s*(?:,|and|&)\s*" + _TITLE_SHAPE + r")*|" + _TITLE_CASE_SHAPE
    + r")\s*,?\s+(?:(?:written|penned)\s+)?by\s*$", re.I)
#: "from the novel of David Baldacci", "based on the memoirs of X" (archive: 24 hits, 13 critics; with a cue)
_SOURCE_OF = re.compile(r"\b(?:novels?|books?|plays?|memoirs|novellas?)\s+of\s*$", re.I)
#: One's own life written down: "based on the autobiography of X", "adapted from the diaries of X", "based on an
#: autobiography by X", "from the journals of X", "based on the autobiographical novel by X": the writer is the
#: source's author, and mostly the film's hero too (src19: 44 archive hits of a source cue and such a noun before
#: "of / by" and a capital, 35 pages, 18 critics; the nouns in lower case only: "FROM THE JOURNALS OF JEAN SEBERG"
#: is a title; extractors/README.md, nineteenth pass)
LIFE_WRITING = True
_LIFE_WRITING_OF = re.compile(
    rf"\b(?-i:{LIFE_NOUNS}|autobiographical\s+(?:novel|book|account|memoir|"
    r"story))\s+(?:(?:written\s+)?by|of)\s+(?:the\s+|one\s+)?(?:(?-i:Sister|Sir|Dame|Father|Brother)\s+)?$", re.I)
_WROTE_SOURCE = re.compile(r"^\s+(?:also\s+)?(?:wrote|penned)\s+the\s+(?:source\s+|original\s+|[a-z\-]+\s+)?"
                           r"(?:novel|book|play|memoir|novella)\b(?!s)", re.I)
#: "X, on whose book the film is based", "X, whose novel this movie is based on", "X, whose 1960 novel was the basis
#: for the script", "X, whose novel is adapted for the screen": the relative clause ties the author to this film
#: (crew13: 11 archive hits, 10 critics; 11/11 the reviewed film's source; "whose book Truffaut adapted", "whose
#: stories were the basis for the films A and B" name other films and are left out)
_WHOSE_SOURCE = re.compile(
    r"^\s*,\s+(?:(?:a|an|the)\s+[^,.;]{0,40}?\s+)?(?:on\s+|upon\s+)?whose\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:novel|book|play|memoirs?|novella|bestseller|best-seller|short\s+story|story|stories)s?\s+"
    r"(?:(?:this|the)\s+(?:film|movie|picture)\s+(?:is|was)\s+(?:loosely\s+)?(?:based|adapted)|"
    r"(?:is|was|has\s+been)\s+(?:adapted|brought)\s+(?:to|for)\s+(?:the\s+)?(?:screen|film|life)|"
    r"(?:was|is)\s+the\s+basis\s+(?:for|of)\s+(?:this|the)\s+(?:film|movie|script|screenplay))\b", re.I)
#: "Best Director (Elia Kazan)", "Best Adapted Screenplay (A and B)", "Best Original Score (X)": an award's
#: category names the craft (archive: 93 hits on 59 pages, 5 critics; extractors/README.md, sixth pass)
_AWARD = re.compile(
    r"\bBest\s+(?P<c>Director|Directing|(?:Original\s+|Adapted\s+)?(?:Screenplay|Writing)(?:\s+Adaptation)?|"
    r"(?:Color\s+|B\s*&\s*W\s+|B/W\s+|Black[\s-]and[\s-]White\s+)?Cinematography|"
    r"(?:Original\s+)?(?:Dramatic\s+|Musical\s+|Song\s+)?(?:Score|Music)|(?:Film\s+)?Editing)\s*\(\s*$")
#: ... the list going on without "Best": "won Best Picture, Director (George Cukor) and Score (Andre Previn)"
_AWARD_NEXT = re.compile(
    r"(?:,|\band)\s+(?P<c>Director|(?:Original\s+|Adapted\s+)?Screenplay|(?:Color\s+|B\s*&\s*W\s+|B/W\s+)?"
    r"Cinematography|(?:Original\s+)?(?:Score|Music)|(?:Film\s+)?Editing)\s*\(\s*$")
_AWARD_ROLE = {"director": "director", "directing": "director", "screenplay": "screenwriter",
               "writing": "screenwriter", "adaptation": "screenwriter", "cinematography": "cinematographer",
               "score": "composer", "music": "composer", "editing": "editor"}
_SOURCE_NOUN = (r"(?:novel|book|play|stage\s+play|memoir|novella|bestseller|best-seller|short\s+story|story|"
                r"comic(?:\s+book)?)")
_BASED = re.compile(
    # "suggested by the book "T" by X", "suggested by X's novel" (archive: 18 hits, 14 critics; the 10 before a
    # book or its author all name the source, the rest "suggested by" a person's idea in prose); "film versions
    # of X's stories" as "version of" (archive: 3 more hits before a possessive source noun, 2/3)
    r"\b(?:based|adapted|adapting|adapts|adapt(?:at)?ion|inspired|suggested\s+by|versions?\s+of|(?:drawn|taken|derived)\s+from|"
    # "written by A, from a book by B" (archive: 477 hits, 86 critics; 254 sentences had no other cue)
    rf"from\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}?{_SOURCE_NOUN}\s+(?:written\s+)?by|"
    # "Screenplay by A from B's novel" (archive: 231 hits, 70 critics; 18/20 name the source's author)
    rf"from\s+(?:the\s+(?:late|great)\s+)?(?-i:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,3}})['\u2019]s?\s+"
    rf"(?:[\w\-]+\s+){{0,3}}?{_SOURCE_NOUN}\b(?!s)|"
    # ... not the idiom "taken a leaf / page from the book of X" (crew13: 10 archive hits, 8 critics, all idioms)
    r"(?<!leaf\s)(?<!page\s)from\s+the\s+(?:novel|book|play))\b",
    re.IGNORECASE)
#: (pattern, role, confidence variant): the quoted piece counts only amid talk of music.
_POSSESSIVE_NOUNS: list[tuple[re.Pattern[str], str, str]] = [
    # ... "turn" a noun only: not "to turn", "turn-off", "turn of phrase", nor the verb "turns" ("X's nostalgia
    # turns everything", "X's life turns to": archive 70 "X's (w ){0,3}turns" hits, 4 of 25 read a performance,
    # all of them "turns in|as"; 161 singular "turn" hits, 16/20 a performance, the misses the verb after "to")
    (re.compile(r"^['\u2019]s?\s+(?:[\w\-]+\s+){0,3}?(?:(?:performance|portrayal|role|character|acting|"
                r"characterization|impersonation|cameo|screen\s+presence)s?|(?<!\bto\s)turn(?![\-]|\s+of\b)"
                r"(?:s(?=\s+(?:in|as)\b))?)\b", re.I), "actor", "actor"),
    # ... not "X's lush art direction" (archive: 6 "X's (w ){0,2}art|musical|stage direction" hits, 6 art
    # directors; the contributor row below has them)
    (re.compile(r"^['\u2019]s?\s+(?:[\w\-]+\s+){0,2}?(?<!art\s)(?<!musical\s)(?<!music\s)(?<!stage\s)"
                r"(?:direction|directing|helming|directorial)\b", re.I),
     "director", "director"),
    (re.compile(r"^['\u2019]s?\s+(?:[\w\-]+\s+){0,2}?(?:script|screenplay|writing|dialogue)s?\b", re.I),
     "screenwriter", "screenwriter"),
    # "Michael Kamen's stupid, militaristic score" (adjectives with commas: archive 49 hits, 32 critics, 7/8)
    # ... but no article, preposition or other craft between: "X's direction and the music score", "X's use of
    # music", "X's choice of traditional music", "X's death, the song" (archive: 954 hits after a capitalised
    # possessor, 30 with such a word between, 29/30 no composer: a director's choice or someone's passion)
    (re.compile(r"^['\u2019]s?\s+(?:(?!(?:the|a|an|of|in|with|to|for|his|her|their|its|direction|directing|script|"
                r"screenplay|cinematography|photography|editing|use|choices?|performance|acting|camera\s*work)\b)"
                r"[\w\-]+,?\s+){0,3}?(?:score|music(?!\s+videos?\b)|soundtrack|songs?|tunes?|melod(?:y|ies)|"
                # ... not "George Lucas' classic space opera", "a prehistoric soap opera", "X's hotel suite" (crew13:
                # 13 + 1 archive hits, none music)
                r"symphony|concerto|(?<!hotel\s)suite|overture|rhapsody|(?<!space\s)(?<!soap\s)(?<!horse\s)opera|"
                r"ballet|aria)\b", re.I), "composer", "composer"),
    # "Ottorino Respighi's "Pines of Rome"" in a film set to music
    (re.compile(r"^['\u2019]s?\s+(?!(?:[\w\-]+\s+){0,2}?(?:take|version|adapt(?:at)?ion|segment|interpretation|"
                r"film|movie|staging|production|turn|role|part|performance|work|appearance|character|from|in|for|"
                r"on)\b)"
                r"(?:[\w\-]+\s+){0,2}?[\"\u201c][^\"\u201d]{2,60}[\"\u201d]", re.I),
     "composer", "quoted_piece"),
    # ... "X's typically impressive black-and-white cinematography" (three words: archive 24 hits, 12 critics; 10/12,
    # the misses "X's script and the cinematography", which the word guard keeps out, and a header)
    (re.compile(r"^['\u2019]s?\s+(?:(?!(?:and|the|script|screenplay)\b)[\w\-]+,?\s+){0,3}?"
                r"(?:cinematography|camera\s*work|photography|lensing)\b", re.I), "cinematographer", "cinematographer"),
    (re.compile(r"^['\u2019]s?\s+(?:[\w\-]+\s+){0,2}?editing\b", re.I), "editor", "editor"),
    # "Bo Welch's production design", "Stan Winston's creature effects", "X's lavish costumes": a craft with no
    # role of its own (archive: 367 hits on 259 pages; 17/20, the misses a character's costumes, an actor's
    # make-up, a studio): plural costumes and sets only ("Batman's costume" is worn), not after a cast member,
    # nor the verb "sets" ("X's haunting music sets the stage")
    (re.compile(r"^['\u2019]s?\s+(?:[\w\-]+\s+){0,2}?(?:production\s+design|costume\s+designs?|set\s+designs?|"
                r"costumes|sets(?!\s+(?:the|a|an|up|off|out|in|to|his|her|its|their|him|them|it|this|that|about|down|forth)\b)|"
                r"art\s+direction|(?:special|visual|creature|make-?up)\s+effects|make-?up\s+work)\b",
                re.I), "contributor", "contributor"),
]
#: what every possessive noun's regex opens with ("'s"): names not followed by it try none of them
_POSSESSIVE_OPENING = opening(rx for rx, _, _ in _POSSESSIVE_NOUNS)
#: "Michael Jackson's "Bad" music video", "a director of music videos (Madonna's "Express Yourself")": the quoted
#: piece is a singer's, filmed by someone; no score of this film (crew13: 18 archive sentences pairing a quoted
#: possessive with "video", 14 critics; none a composer of the reviewed film)
_VIDEO = re.compile(r"\bvideos?\b", re.I)
#: ... and "the music video for X's song": the song is a singer's (the plain music nouns; "on video" is a release)
_MUSIC_VIDEO = re.compile(r"\bmusic\s+videos?\b", re.I)
_MUSIC = re.compile(r"\b(?:music|musical|score|song|tune|piece|symphony|concerto|suite|set\s+to|melod\w*|"
                    r"composer|composed|orchestra\w*|classical)\b", re.I)
#: "X's book reviews", "X's story line": the noun qualifies another one
_NOT_COMPOUND = (r"(?!\s+(?:reviews?|line|lines|store|shop|jacket|cover|club|tour|deal|signing|editor|publisher|"
                 r"launch)\b)")
#: "Kubrick's adaptation of his novel", "Demme's version of the book", "Olivier's treatment of the play": the
#: possessor made the film of the work, not the work (crew13: 22 archive hits of such a word between the name and
#: the source noun, 16 critics; 21/22 a director's or screenwriter's adaptation, the one other the writer's own play)
_MAKERS_TAKE = (r"(?!(?:[\w\-]+\s+){0,2}?(?:adapt(?:at)?ion|version|treatment|take|rendition|rendering|interpretation|"
                r"film|movie|staging|production|reading)\s+of\b)")
_SOURCE_POSSESSIVE = re.compile(
    r"^['\u2019]s?\s+" + _MAKERS_TAKE + r"(?:[\w\-]+\s+){0,3}?(?<!does\s)(?<!did\s)(?<!to\s)(?<!can\s)"
    r"(?:novel|book|play|memoir|story|stories|"
    r"bestseller|best-seller|novella|poem|(?P<epic>epic)|comic|fairy[\s-]?tale|fable|graphic\s+novel)s?\b"
    + _NOT_COMPOUND, re.I)
_MADE_BY = re.compile(r"\b(?:film|movie|picture|feature|comedy|drama|thriller|documentary|satire|western|melodrama|"
                      r"latest|newest)\s+(?:is\s+|was\s+)?(?:by|from)\b", re.I)
#: "X (adapting his own novel)", "scripted by X from his own novel", "X's screenplay (based on his own play)"
#: (archive: 62 hits, 35 critics; 19/20, the miss a name after the phrase)
#: ... and right after the name with or without "own": "Screenplay: X, based on his novel", "Written by X (from
#: his play)" (archive: 253 hits, 72 critics; 20/20)
_OWN_SOURCE = re.compile(
    r"^(?:(?:['\u2019]s?\s+(?:screenplay|script)\s*)?[^.;]{0,60}?\b(?:adapt\w*|from|based\s+on|scripted|written|wrote)\s+"
    r"(?:\w+\s+){0,2}?(?:his|her|their)\s+own\s+(?:[\w\-]+\s+){0,2}?(?:novel|book|play|stage\s+play|memoir|"
    r"novella|bestseller|best-seller|short\s+story)\b|"
    # ... and "X adapts her 1976 novel", "X, who adapted his stage play," (archive: 27 hits of an adapting verb
    # before "his / her (own) ... novel / play / story", 20 critics; the 15 right after a name all the writer's source)
    r"\s*[,(]?\s*\(?\s*(?:and\s+)?(?:adapting|adapted\s+from|based\s+(?:up)?on|from|"
    r"(?:who\s+)?(?:has\s+|also\s+)?adapt(?:s|ed))\s+(?:his|her|their)\s+(?:own\s+)?"
    r"(?:[\w\-]+\s+){0,3}?(?:novel|book|play|memoir|novella|bestseller|best-seller|short\s+story|story|stories|"
    r"comic)s?\b)", re.I)
def _may_own_source(right: str) -> bool:
    """Whether :data:`_OWN_SOURCE` can match ``right`` (credits19, a gate that keeps its output): its first branch
    needs "own", its second an adapting word ("adapt", "based", "from") and "his", "her" or "their". The regex tries
    a lazy 60-character scan with an alternation at each place (0.2 ms a review over 400 archive reviews); most
    sentences lack these words. Text beyond ASCII is not gated (case folding there is not ``str.lower``)."""
    if not right.isascii():
        return True
    low = right.lower()
    return "own" in low or ("adapt" in low or "based" in low or "from" in low) and (
        "his" in low or "her" in low or "their" in low)


#: "X's novel" with no cue of adaptation in its sentence: one work (plurals name an oeuvre, "Dickens' novels"),
#: a "play" right after the name only ("Spielberg's intent to play" is a verb) (archive: 715 sentences,
#: 219 critics, with no other cue and no title; 18/22 name the reviewed film's source: the rest a memoir
#: by an actor, a character's novel, another book)
_SOURCE_POSSESSIVE_ONE = re.compile(
    r"^['\u2019]s?\s+" + _MAKERS_TAKE
    + r"(?:(?:[\w\-]+\s+){0,3}?(?:novel|book|memoir|novella|bestseller|best-seller|short\s+story)|"
    r"(?:stage\s+)?play(?!\s+(?:with|a|an|the|to|it|him|her|them)\b))\b(?!s)" + _NOT_COMPOUND, re.I)
#: "based on Homer's "The Odyssey"", "adapting Russell Banks' AFFLICTION": the possessor wrote the source.
_BASED_ON_LEFT = gated(r"\b(?:based\s+(?:up)?on|suggested\s+by|adapt(?:ed|ing|s)?\s+from|adapting|"
                            r"adapt(?:at)?ion\s+of)\s+"
                            # "adaptation of the classic Oscar Wilde play", "based on the famed Bram Stoker novel"
                            # ... "based on an Anna Quindlen novel", "based on two Isaac Asimov stories" (crew16s)
                            r"(?P<the>(?:the|an?|two|three|four|several|\d)\s+(?:(?-i:[a-z])[\w\-]*\s+){0,2})?$", re.I)
#: Some film, not this one, before the cue: "a film based on an E.M. Forster novel", "every movie based on a NAME
#: novel", "my favorite movie based on", "another adaptation of", "the first one not based on"; not "FILM is an
#: adaptation of the NAME novel", "the latest adaptation of" (crew16s)
_SOME_FILM_BEFORE = re.compile(r"(?:\b(?:another|no|previous|favou?rite|other)\s+(?:[\w\-]+\s+){0,2}?|"
                               r"\b(?:a|an|every|any|one)\s+(?:[\w\-]+\s+){0,2}?(?:films?|movies?|pictures?|ones?)\s+"
                               r"(?:that\s+is\s+|which\s+is\s+|that\s+was\s+|not\s+)?|\bnot\s+)$", re.I)
#: "based on the John Grisham novel": the name qualifies the source noun.
_SOURCE_NOUN_RIGHT = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,2}?(?:novel|book|play|memoir|story|stories|novella|bestseller|best-seller|comic|"
    # "based on the Hans Christian Andersen fairy-tale", "adapted from the Lee Falk comic strip"
    r"fairy[\s-]?tale|fable|tale|poem|comic[\s-]strip|graphic\s+novel)s?\b", re.I)
_RIGHT_ACTOR = re.compile(
    r"^\s*(?:\([^()]{0,60}\)\s*)?(?:,\s+(?:a|an|the)\s+[^,;()]{3,80},\s*(?=plays|portrays|stars))?(?:,\s*(?:who|as)\s+)?(?:,\s*)?(?:also\s+|once\s+again\s+|again\s+|"
    r"briefly\s+|wonderfully\s+|ably\s+)?(?:plays|played|playing|portrays|portrayed|stars|starred|"
    r"co-stars|co-starred|appears|appeared|cameos|shows\s+up|turns\s+up|pops\s+up|is\s+cast|was\s+cast|"
    r"voices|voiced(?!\s+by)|lends\s+(?:his|her)\s+voice|(?:provides|supplies|does)\s+the\s+voice|"
    r"(?:has|makes)\s+an?\s+(?:\w+\s+)?cameo|"
    r"gives|gave|delivers|delivered|turns\s+in|reprises|makes\s+(?:a|an|his|her)\s+\w+\s+(?:as|appearance)|"
    r"does\s+(?:a|an|his|her|well|fine|nicely)|is\s+(?:\w+\s+)?(?:excellent|wonderful|fine|good|great|"
    r"terrific|superb|solid|convincing|effective|memorable|hilarious|funny|miscast|wasted|adequate|"
    r"believable|marvelous|marvellous|brilliant|perfect|strong|outstanding|amusing|charming|credible|"
    r"appealing|sympathetic|engaging|likable|likeable|stiff|wooden|bland|annoying|radiant|luminous|"
    r"effective|touching|moving|chilling|menacing)\b|as\s+(?:the\s+)?[A-Z]|"
    # "Gary Busey is in this movie", "X is also in the film" (archive: 34 hits, 30 critics; 19/20 a cast member,
    # the miss a condition of the plot: "unless X is in the picture")
    r"(?:is|was|are|were)\s+(?:also\s+)?in\s+(?:the|this)\s+(?:movie|film|picture)\b)",
    re.IGNORECASE,
)
#: ... a performance judged or a part given where :data:`_RIGHT_ACTOR` wants the verb next to the name (credits19;
#: extractors/README.md): "X is once again bitingly funny", "X is just as good", "X was simply wasted" (adverbs, not
#: an article, between "is" and the verdict: "X is an equally good technician" is a maker's), and a part's bracket
#: opening on its verb in the present, "X (who plays the attorney)", "X (as a stripper who never strips)", which the
#: bracket skip of :data:`_RIGHT_ACTOR` passes over. Not "X (played to the hilt by Y)": the part; not "X (who played
#: an inmate in FILM)": another film's. A name the headers credit behind the camera
#: more than in front of it keeps out of the verdict branch ("Spielberg is simply brilliant")
ACTING_MORE = True
_PRAISE = (r"(?:excellent|wonderful|fine|good|great|terrific|superb|solid|convincing|effective|memorable|hilarious|"
           r"funny|miscast|wasted|adequate|believable|marvell?ous|brilliant|perfect|strong|outstanding|amusing|"
           r"charming|credible|appealing|sympathetic|engaging|likea?ble|stiff|wooden|bland|annoying|radiant|luminous|"
           r"touching|moving|chilling|menacing|delightful|riveting|impressive|fantastic|"
           r"understated|underused|underutilized|underplayed|compelling|magnetic|mesmerizing|first-rate|top-notch)")
_VERDICT_ADVERB = (r"(?:(?-i:[a-z]+ly)|also|very|just|as|quite|pretty|much|once|again|equally|both|so|too|here|"
                   r"still|even|rather|every\s+bit|at\s+times)")
_RIGHT_ACTOR_VERDICT = re.compile(rf"^\s*(?:is|was)\s+(?:{_VERDICT_ADVERB}\s+){{1,3}}{_PRAISE}\b", re.I)
_RIGHT_ACTOR_BRACKET = re.compile(
    r"^\s*\(\s*(?:(?:who\s+)?(?:also\s+|once\s+again\s+|again\s+)?(?:plays|portrays|voices|stars\s+as|"
    r"is\s+cast\s+as)\b(?![^()]*\bby\b)|"
    r"as\s+(?:an?|the|his|her|their)\s+(?!(?:co-)?(?:director|producer|writer|screenwriter|composer|"
    r"cinematographer|editor)s?\b)(?-i:[a-z]))", re.I)
#: ... "a wonderful Randy Newman score", "another wall-to-wall John Williams score" (crew10, silver-measured: 19 archive
#: hits of "a / an / another (adj) NAME score / soundtrack", 19 critics; 17/19 the film's composer, the misses a
#: hypothesis "in search of a X soundtrack" and a question)
_THE_NAME_MUSIC_LEFT = re.compile(r"\b(?i:the|an?|another)\s+(?:(?-i:[a-z])[\w\-]*,?\s+){0,2}$")
#: ... not a credits block's next label: "Screenplay: A based on the novel by B Music: C" (crew13: 38 archive hits of
#: "the (w ){0,2}NAME Music: / Score:", 5 critics; all a source's author before the composer's label)
_THE_NAME_MUSIC_RIGHT = re.compile(r"\s+(?:score|soundtrack|music)\b(?!\s+(?:videos?|for|of|from|in|scenes?)\b)"
                                   r"(?!\s*:)", re.I)
#: "What is X doing in this film?", "Why was X in the movie?" (archive: 4 "is|was NAME doing in the movie|film|
#: picture" hits, 4 critics; 4/4 a cast member)
_DOING_IN_FILM = re.compile(r"\s+(?:doing\s+)?in\s+(?:the|this)\s+(?:movie|film|picture)\b")
_ASKED_BEFORE = re.compile(r"\b(?:is|was)\s+$", re.I)
#: "X gives us a comedy", "X gives the film a lush look", "X delivers this brilliant look": what a maker gives the
#: audience or the film as often as a performance (archive: 115 hits after a two-word name; of the 71 names with a
#: career in the archive's headers, the 34 who direct more than they act all makers, and 4 of the crew with no
#: acting at all; the actors "give us a believable Cosette" as well), so this cue acts for actors' careers only
_GIVES_AUDIENCE = re.compile(r"^\s*(?:gives|gave|delivers|delivered)\s+(?:us|you|one(?!\s+of)|viewers|"
                             r"audiences?|them|it|this|these|what|"
                             r"the\s+(?:audience|viewers?|film|movie|picture|story|script)\b)\b", re.I)


#: "X does a fine job of directing": the craft is named
_CRAFT_JOB = re.compile(r"\s+(?:does|did|has\s+done)\s+(?:an?\s+)?(?:[a-z\-]+\s+){0,2}job\s+(?:of\s+)?"
                        r"(?:directing|writing|scripting|editing)")


def _career(name: str) -> list[int] | None:
    """The archive's header counts of a name (3+ reviews); a lone surname takes the one such full name with it
    ("Shakespeare", "Peckinpah"; a surname two careers share answers nothing)."""
    careers = archive_roles()
    counts = careers.get(name)
    if counts is None and " " not in name and (full := surname_names(careers).get(name)):
        counts = careers[full]
    return counts if counts and sum(counts) >= CAREER_MIN_REVIEWS else None


def crew_career(name: str) -> bool:
    """The archive's credits headers know the name (3+ reviews) and never as a performer."""
    counts = _career(name)
    return counts is not None and counts[1] == 0


def director_career(name: str) -> bool:
    """The archive's headers credit the name (3+ reviews) with directing more than with any other crew work
    ("X's camera work" of such a name is the director's style: archive, 543 "X's (w ){0,3}cinematography|camera
    work|photography|lensing|editing" hits, 22 on such careers, 18 of them a director's style; the misses two
    directors who shot their own films and two cinematographers turned directors)."""
    counts = _career(name)
    return counts is not None and counts[0] >= CAREER_MIN_REVIEWS and counts[0] > counts[4]


def directing_career(name: str) -> bool:
    """The archive's headers credit the name (3+ reviews) with directing at least as often as with acting,
    writing or any other work: a director first ("Sidney Lumet", "Wes Craven"; not the writers "David Mamet",
    "Lawrence Kasdan", whose "his films" are mostly scripts)."""
    return directs_first(_career(name))


def actor_career(name: str) -> bool:
    """The archive's headers credit the name (3+ reviews) with acting more than with all crew work together."""
    counts = _career(name)
    return counts is not None and counts[1] > counts[0] + counts[2] + counts[4]


def author_career(name: str) -> bool:
    """The archive's headers credit the name (3+ reviews) as a source's author more than with any other work."""
    counts = _career(name)
    return counts is not None and counts[3] > max(counts[0], counts[1], counts[2], counts[4])


def maker_career(name: str) -> bool:
    """The archive's credits headers know the name (3+ reviews) directing more than acting, or never acting."""
    counts = _career(name)
    return counts is not None and (counts[0] > counts[1] or counts[1] == 0)


#: "directed by SHALLOW GRAVE's Danny Boyle", "directed by "Big Daddy"'s Dennis Dugan" (archive: 15 hits,
#: 6 critics; 14/15 right for the reviewed film, the miss a header repeating the name): the possessor
#: (a title in capitals, quotes or underscores, or capitalised words: "Hong Kong's") is passed over
_FILM_POSSESSOR = re.compile(
    r"(?<=\s)(?:the\s+)?(?:[A-Z0-9][A-Z0-9:!?.,&'\-]*(?:\s+[A-Z0-9][A-Z0-9:!?.,&'\-]*){0,6}|"
    r"[\"\u201c][^\"\u201d\n]{2,60}[\"\u201d]|_[^_\n]{2,60}_|"
    r"[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|the|a|in|and|to)){0,5})['\u2019]s?\s+$")
#: "directed by Woodward's husband Paul Newman", "music composed by Lynch's frequent collaborator Angelo
#: Badalamenti": a possessor and a noun in apposition before the maker (crew ninth pass: 11 "by X's <words> Y"
#: hits, 10 critics; 9/9 of those naming a person are Y's credit, none X's)
_KIN_POSSESSOR = re.compile(r"(?<=\s)(?-i:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})['\u2019]s?\s+"
                            r"(?:[a-z][\w\-]*\s+){1,3}$")
_KIN_GAP = re.compile(r"['\u2019]s?\s+(?:[a-z][\w\-]*\s+){1,3}")
#: "the Spielberg-directed JURASSIC PARK", "a Jerry Bruckheimer-produced and Tony Scott-directed picture"
_HYPHEN_MADE = re.compile(r"-(?:co-)?(?P<v>produced|directed|helmed|penned|scripted|written|scored|lensed|photographed|"
                          r"edited)\b", re.I)
_HYPHEN_ROLE = {"produced": "producer", "directed": "director", "helmed": "director", "penned": "screenwriter",
                "scripted": "screenwriter", "written": "screenwriter", "scored": "composer",
                "lensed": "cinematographer", "photographed": "cinematographer", "edited": "editor"}
_HYPHEN_CHAIN = r"(?:,?\s+and\s+(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w\-]*-[a-z]+)?"
_HYPHEN_GAP = re.compile(_HYPHEN_CHAIN + r"(?:\s+(?:19|20)\d\d)?"
                         r"(?:\s+(?!(?:of|remake|version|like)\b)[a-z][\w\-]*){0,3}?\s*[\"'_*\u201c]*")
_HYPHEN_HYPOTHESIS = re.compile(r"\b(?:imagine|like|a\s+la)\s+(?:an?\s+|the\s+)?$", re.I)
_HYPHEN_SOURCE = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,2}?(?:novels?|books?|stor(?:y|ies)|plays?|memoirs?)\b")
_HYPHEN_NOUN = re.compile(_HYPHEN_CHAIN + r"(?:\s+[a-z][\w\-]*){0,2}?\s+(?:film|movie|picture|comedy|drama|thriller|"
                          r"effort|feature|flick|production|adapt(?:at)?ion|remake|sequel|epic|western|documentary|"
                          r"romance|satire|spectacle|extravaganza|vehicle)\b")
_THIS_BEFORE = re.compile(r"\b(?:this|the\s+new|the\s+latest|this\s+new|this\s+latest)\s+$", re.I)
#: "X makes his directorial debut", "X, who made her directing debut with FILM", "(X, making his directorial debut)"
_DEBUT = re.compile(r"^\s*,?\s*(?:who\s+)?(?:also\s+|finally\s+)?(?P<v>makes|making|marks|marking|made|marked)\s+"
                    r"(?:his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:directorial|directing)\s+debut\b", re.I)
_DEBUT_NOW = {"makes", "making", "marks", "marking"}
_DEBUT_FILM = re.compile(r"^\s*(?:here\s+|in\s+(?:19|20)\d\d\s+)?(?:[\w\-]+\s+){0,3}?,?\s*(?:with|in|on)\s+"
                         r"(?:the\s+|this\s+|(?:19|20)\d\d['\u2019]s\s+)?(?:[\w\-]+\s+){0,3}?[\"'_*\u201c(]*$")
#: "X directs", "X, who also co-wrote", "X (FILM), who previously directed": a name's relative clause
#: ... "X has (previously) directed FILM", "X had directed", "X again directed" (archive: 88 "has/had directed" hits,
#: 47 critics, 11/12: the miss an "if X had directed" the clause's "would have" keeps out; 50 "X again/also directed")
_WHO = (r"^\s*(?:\([^()]{0,80}\)\s*)?(?:(?:,|\()?\s*who\s+)?(?:(?:has|had|have)\s+"
        r"(?=(?:also\s+|previously\s+|already\s+|since\s+)?(?:directed|helmed|co-directed|written|co-written|scripted|produced|co-produced|edited|"
        r"photographed|lensed)\b))?(?:also\s+|once\s+|previously\s+|later\s+|first\s+|already\s+|since\s+|"
        r"(?:once\s+)?again\s+)?")
_RIGHT_VERB: list[tuple[re.Pattern[str], str]] = [
    # "X does a fine job (of) directing" (archive: 20 hits, 19 critics; not "job of shooting", a director's too)
    (re.compile(r"^\s+(?:does|did|has\s+done)\s+(?:an?\s+)?(?:[a-z\-]+\s+){0,2}job\s+(?:of\s+)?directing\b", re.I),
     "director"),
    (re.compile(r"^\s+(?:does|did|has\s+done)\s+(?:an?\s+)?(?:[a-z\-]+\s+){0,2}job\s+(?:of\s+)?(?:writing|scripting)\b",
                re.I), "screenwriter"),
    (re.compile(r"^\s+(?:does|did|has\s+done)\s+(?:an?\s+)?(?:[a-z\-]+\s+){0,2}job\s+(?:of\s+)?editing\b", re.I),
     "editor"),
    (re.compile(_WHO + r"(?:directs|directed|helms|helmed|co-directed)\b(?!\s+by)", re.I),
     "director"),
    # "Peter Cattaneo, the director of this audaciously sweet comedy", "X, writer/director of this tale"
    # (archive: 17 hits, 14 critics; 11/12, the miss "director of this summer's FILM", now kept out)
    (re.compile(r"^\s*,\s+(?:the\s+)?(?:film's\s+|movie's\s+)?(?:(?:co-)?writer[/-]|(?:co-)?writer\s+and\s+)?"
                r"director(?:[/-](?:co-)?writer|\s+and\s+co-writer)?\s+of\s+(?:this|the\s+(?:film|movie|picture))\b"
                r"(?!\s+(?:summer|year|week|season|month|fall|spring|winter)['\u2019]s)", re.I), "director"),
    (re.compile(r"^\s*,\s+(?:the\s+)?(?:film's\s+|movie's\s+)?(?:(?:co-)?writer[/-]director|(?:co-)?writer\s+and\s+"
                r"director|director[/-](?:co-)?writer|director\s+and\s+co-writer)\s+of\s+(?:this|the\s+(?:film|movie|"
                r"picture))\b(?!\s+(?:summer|year|week|season|month|fall|spring|winter)['\u2019]s)", re.I),
     "screenwriter"),
    # "X, the director, knows his business", "X, the writer and director, manages" (archive: 45 "X, the/a ...
    # director," hits, 36 critics; 9/16 sampled with any article and adjectives, 10/11 with "the" alone: "a
    # French journeyman director", "the late great director" are makers of other films)
    (re.compile(r"^\s*,\s+the\s+(?:film's\s+|movie's\s+|(?:co-)?writer\s+and\s+|screenwriter\s+and\s+)?"
                r"(?:director|filmmaker)\s*[,.;)]", re.I), "director"),
    # "with Adam Marcus at the helm", "X is behind the camera" (archive: 35 hits, 19 critics; 13/15, the
    # misses a narrator "at the helm as" and "at the helm of the cameras")
    (re.compile(r"^\s+(?:is\s+|was\s+|(?:once\s+)?again\s+)?(?:at|behind)\s+the\s+(?:helm|camera|megaphone)\b"
                r"(?!\s+(?:as\b|of\s+the\s+cameras))", re.I), "director"),
    (re.compile(_WHO + r"(?:wrote|writes|co-wrote|scripted|penned|co-scripted)\b"
                # "wrote the novel", "wrote mammoth serialized novels": the writer of something else
                r"(?!\s+(?:[\w\-]+\s+){0,4}?(?:novels?|books?|plays?|memoirs?|stor(?:y|ies)|poems?|songs?|lyrics|score|music|"
                r"articles?|essays?|biograph\w*|bestsellers?|best-sellers?|"
                # ... "wrote a series of reviews", "the way Grisham wrote the character", "wrote about" (crew tenth
                # pass: 39 such objects after "X wrote" in the archive, none the film's script)
                r"reviews?|columns?|letters?|characters?|names?|checks?|cheques?|diar(?:y|ies)|poetry|poems?|notes?|"
                r"treatise|papers?)\b|\s+(?:about|down|off|back|home|to)\b)", re.I), "screenwriter"),
    (re.compile(_WHO + r"(?:produced|produces|co-produced)\b(?!\s+by)", re.I),
     "producer"),
    (re.compile(_WHO + r"(?:scored|composed)\b(?!\s+by)", re.I), "composer"),
    # "Danny Elfman provides a surprisingly understated score", "Hans Zimmer wrote the rest of the score"
    # (archive: 66 hits, 35 critics; 15/15)
    (re.compile(_WHO + r"(?:again\s+)?(?:provides|provided|supplies|supplied|contributes|contributed|wrote|writes|"
                r"composes|delivers|delivered|penned|does|did)\s+(?:the|a|an|his|her|(?:yet\s+)?another)\s+(?:[\w\-]+,?\s+){0,4}?"
                r"(?:score|music|soundtrack|musical\s+score)\b", re.I), "composer"),
    (re.compile(_WHO + r"(?:edited)\b(?!\s+by)", re.I), "editor"),
    (re.compile(_WHO + r"(?:photographed|lensed)\b(?!\s+by)", re.I), "cinematographer"),
]
_VERB_CHAIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:also\s+)?"
                         r"(?P<v>(?:co-)?(?:wrote|directed|produced|scripted|edited|scored|photographed|starred|stars|"
                         r"directs|writes|produces|edits))\b(?!\s+by)", re.I)
_CHAIN_ROLE = {"wrote": "screenwriter", "writes": "screenwriter", "scripted": "screenwriter", "directed": "director",
               "directs": "director", "produced": "producer", "produces": "producer", "edited": "editor",
               "edits": "editor", "scored": "composer", "photographed": "cinematographer", "starred": "actor",
               "stars": "actor"}
#: "(David Zucker as writer, Jerry as producer)", "with Spielberg as an executive producer" (not
#: "Malkovich as director F.W. Murnau", a part)
_RIGHT_AS_ROLE = re.compile(
    r"^\s+as\s+(?:an?\s+|the\s+|its\s+)?(?:executive\s+|co-?)?(?P<r>producer|writer|screenwriter|director\s+of\s+photography|"
    r"director|composer|cinematographer|editor)\b(?!\s+(?:of\s+(?!photography)|[A-Z]))")
#: "Mike (X, also the writer)", "X, who is also the cinematographer," (archive: 8 hits, 8 critics; 7/7 with the
#: article, "Fry, also a writer and a wit" is the part's)
_ALSO_ROLE = re.compile(
    r"^\s*,\s*(?:who\s+(?:is|was)\s+)?also\s+(?:the|its|the\s+film['\u2019]s|the\s+movie['\u2019]s)\s+"
    r"(?:executive\s+|co-?)?(?P<r>producer|writer|screenwriter|director|composer|cinematographer|editor)\b")
#: "as (the) director X", "plays producer X": a crew word after a part cue is the part's job
_PART_AS = re.compile(r"\b(?:as|plays|playing|played|portrays|portraying)\s+(?:an?\s+|the\s+)?$", re.I)
_SOURCE_BRACKET = re.compile(r"\s*\((?i:" + SOURCE_IN_BRACKETS + r")\)")
_ROLE_IN_BRACKETS = re.compile(r"^\s*\((?P<r>score|music|musical\s+score|composer|screenplay|script|screenwriter|"
                               r"cinematography|photography|cinematographer|editing|editor|producer|director|"
                               # lower case only: "Kevin Kline (Director)" in a cast list is a part
                               r"direction)\)")
_BRACKET_ROLE = {"score": "composer", "music": "composer", "musical score": "composer", "composer": "composer",
                 "screenplay": "screenwriter", "script": "screenwriter", "screenwriter": "screenwriter",
                 "cinematography": "cinematographer", "photography": "cinematographer",
                 "cinematographer": "cinematographer", "editing": "editor", "editor": "editor", "producer": "producer",
                 "director": "director", "direction": "director"}
_AS_ROLE = {"producer": "producer", "writer": "screenwriter", "screenwriter": "screenwriter", "director": "director",
            "composer": "composer", "cinematographer": "cinematographer", "editor": "editor",
            "director of photography": "cinematographer"}
HEDGE = gated(
    r"\b(?:originally|was\s+(?:supposed|going|set|slated)\s+to|were\s+(?:supposed|going)\s+to|replaced|"
    r"replacing|wish|wished|should\s+have|could\s+have|would\s+have|if\s+only|instead\s+of|turned\s+down|"
    r"declined|rumou?red|does\s*n[o'\u2019]?t\s+appear|did\s*n[o'\u2019]?t\s+appear|not\s+in\s+(?:the|this)\s+"
    r"(?:film|movie)|is\s+absent|was\s+absent|never\s+appears|was\s+considered|were\s+considered|"
    r"might\s+have|imagine|unlike)\b",
    re.IGNORECASE,
)
#: a list item after a bare comma followed by a lower-case word that no list item takes ("by A, B almost hides"):
#: the subject of the main clause, not one more maker (crew ninth pass: 48 "by A, B <word>" hits, 31 critics;
#: 20/20 sampled with a word other than these are a clause's subject or no person)
_BARE_COMMA = re.compile(r"\s*,\s*")
_CLAUSE_AFTER = re.compile(r"\s+(?!(?:and|or|at|of|in|for|with|from|on|as|based|who|whose|to|by|et|the|nor|plus|"
                           r"respectively|jr|sr)\b)[a-z](?![\w\-]*ing\b)")
_LIST_SEP = re.compile(r"^\.?(?:,?\s*(?:Jr|Sr)\.?|\s+(?:II|III|IV))?\s*(?:\([^()]{0,60}\)\s*)?"
                       r"(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)$")
#: "her 1999 performance in Gillies MacKinnon's FILM": the film's maker between "in" and the title (archive: 65 hits,
#: 64 reviews; eighth pass, extractors/README.md); a quoted title too ("her roles in "Title"": 302 hits)
_MAKER_OWNS = r"(?P<own>\s+(?-i:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})['\u2019]s?)?"
#: a verb before a filmography list's noun states the role ("went on to direct hits like A"; eighth pass)
_LIST_VERB = re.compile(r"\b(direct(?:s|ed|ing)?|helm(?:s|ed|ing)?|starr(?:ed|ing)|stars?|appear(?:s|ed|ing)?|"
                        r"wr[io]te|written|writing|produc(?:e|es|ed|ing)|scor(?:e|es|ed|ing))\b"
                        r"(?![^.;]*\b(?:by|and)\b)", re.I)
_LIST_VERB_ROLE = {"dire": "director", "helm": "director", "star": "actor", "appe": "actor", "wrot": "screenwriter",
                   "writ": "screenwriter", "prod": "producer", "scor": "composer"}
#: "X's (last, best) films": the possessive before the noun of a filmography list
_OWNER_GAP = re.compile(r"['\u2019]s?\s+(?:[a-z\-]+\s+){0,3}")
_NOT_ACTING_AFTER = re.compile(r"\s+(?:out|of)\b|[^.;]*\b(?:films?|movies?|pictures?|work)\b", re.I)
_FILM_NOUN_LIST = re.compile(
    r"\b(?P<n>roles?|parts?|turns?|performances?|appearances?|work|hits?|films?|movies?|pictures?|credits?)\b"
    r"[^.;]{0,40}?(?:\b(?:in|as|like|including|such\s+as)" + _MAKER_OWNS + r"|\s*(?P<br>\())\s*(?P<q>[\"'_*\u201c]*)$",
    re.IGNORECASE,
)
#: "films like A and B", "movies such as A" are comparisons unless someone owns them: "his films like", "starred in
#: films such as", "Sandler made his mark in films like" (sixth pass: 38 list credits in 600 random reviews, about 15
#: right; those with an owner or a making verb before the noun 14/17)
_FILMS_OWNED = re.compile(r"\b(?:his|her|their|starred|starring|appeared|appearing|made|making|direct|directed|"
                          r"directing|"
                          r"wrote|writing|written|produced|shot|scored|edited|worked|been|career|filmography|"
                          r"including|includes?|included|resume)\b|\w['\u2019]s?\s+(?:[\w\-]+\s+){0,3}$", re.I)


class _SentenceBased:
    """Does the sentence speak of a source ("based on", "adapted from")? Searched once, at the first asking; a
    ``functools.cache`` wrapper made per sentence cost more than the search."""

    __slots__ = ("sentence", "known")

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self.known: bool | None = None

    def __call__(self) -> bool:
        if self.known is None:
            self.known = bool(_BASED.search(self.sentence))
        return self.known


def find_credits(ctx: ReviewContext) -> tuple[list[Fact], list[Mention]]:
    """Credit facts of the prose, and the films said to share the reviewed film's director."""
    hits: list[Fact] = []
    same_director: list[Mention] = []
    text = ctx.text
    reviewed = ctx.reviewed
    for s_start, s_end in ctx.sentences:
        people = ctx.people_in(s_start, s_end)
        if not people and not ctx.films_in(s_start, s_end):
            continue  # nobody and no film: no rule below has anything to tie
        sentence = text[s_start:s_end]
        based = _SentenceBased(sentence)
        # (a substring test before the life-writing regex: the nouns are on few sentences)
        life_words = LIFE_WRITING and any(w in sentence for w in LIFE_WORDS)
        hedge_seen: dict[str, bool] = {}
        list_roles: list[tuple[str, float]] = []
        list_film: FilmSpan | None = None  # the apposed film a cued list is about ("FILM, written by A and B")
        prev_end: int | None = None
        sentence_hits = len(hits)
        for p_index, p in enumerate(people):
            left = text[s_start : p.start]
            right = text[p.end : s_end]
            clause = _clause(text, s_start, s_end, p)
            if clause not in hedge_seen:  # once per clause: a long list shares one
                hedge_seen[clause] = bool(HEDGE.search(clause))
            hedged = hedge_seen[clause]
            roles: list[tuple[str, float, int, str]] = []  # role, conf, evidence start, extractor

            # "director-screenwriter Mike Figgis"
            cm = _COMPOUND.search(left[-60:])
            plural_compound = False
            if COMPOUND_CREW and (wide := _COMPOUND_CREW.search(left[-60:])) is not None and (
                    cm is None or wide.start() < cm.start() or wide["c"] != cm["c"]):
                cm = wide  # "director/producer/editor X", "writer-directors A and B"
            lm = None if cm else _PARTICIPLES.search(left[-90:])
            if lm is None and cm is None and STARRING_CHAIN and "tarring" in left[-90:]:
                lm = _STARRING_CHAIN.search(left[-90:])  # "written, directed by, and starring X"
                if lm is not None and not _DIRECTED.search(lm["c"]):
                    lm = None
            if lm:
                # "written, directed, and produced by X": each participle's role
                for part in re.findall(r"[a-z\-]+", lm["c"].lower()):
                    role = _PARTICIPLE_ROLE.get(part) or ("actor" if part == "starring" else None)
                    if role:
                        roles.append((role, confidence("credits.cue_before", "compound"),
                                      p.start - len(left[-90:]) + lm.start(), "credits.cue_before"))
            elif cm and cm.re is _COMPOUND_CREW:
                compound_roles, plural_compound = _compound_roles(cm["c"])
                if plural_compound and _list_length(text, people, p_index) > 2:
                    # "writers-directors-actors A, B and C", "writers/directors A, B, C, D and E": a set of makers
                    # the review names together, no team of this film
                    compound_roles = []
                roles.extend((role, confidence("credits.cue_before", "compound"),
                              p.start - len(left[-60:]) + cm.start(), "credits.cue_before") for role in compound_roles)
            elif cm:
                for part in re.split(r"\s*[-/&]\s*(?:co-)?|\s+and\s+(?:co-)?", cm["c"].lower()):
                    role = _ROLE_WORDS.get(part) or ("actor" if part in {"actor", "actress", "star"} else None)
                    if role:
                        roles.append((role, confidence("credits.cue_before", "compound"),
                                      p.start - len(left[-60:]) + cm.start(), "credits.cue_before"))
            else:
                cue_left = left[-70:]
                # "directed by SHALLOW GRAVE's Danny Boyle": the maker's earlier film between cue and name
                fp = _FILM_POSSESSOR.search(cue_left) or _KIN_POSSESSOR.search(cue_left)
                if fp and re.search(r"\bby\s*$", cue_left[: fp.start()]):
                    cue_left = cue_left[: fp.start()]
                nxt = people[p_index + 1] if p_index + 1 < len(people) else None
                # "directed by Woodward's husband Paul Newman": the cue is the next name's
                kin_gap = (nxt is not None and _KIN_GAP.fullmatch(text, p.end, nxt.start)) or \
                    _AFFILIATION_NEXT.match(right)
                for rx, role, conf in [] if kin_gap else _left_cues(cue_left):
                    m = rx.search(cue_left)
                    if m and role == "director" and _JOB_DIRECTOR.search(cue_left[: m.start()]) and \
                            re.match(r"\W*directors?\b", m[0], re.I):
                        continue  # "FBI Deputy Director X", "Program Director X": a part's job, not the film's
                    if m and re.search(r"\bof\s*$", m[0]) and re.match(r"['\u2019]s?\s", right):
                        continue  # "the direction of X's screenplay": X owns the screenplay
                    if m and role == "cinematographer" and re.search(r"\b(?:shot|filmed)\s+by", m[0], re.I) and \
                            re.match(r"\s+in\s+(?:19|20)\d\d\b", right):
                        continue  # "filmed by X in 1951": a maker of another version
                    if m and role == "editor" and re.match(r"\W*editors?\b", m[0], re.I) and \
                            re.search(r"(?-i:[A-Z])[\w\-]*\s+$", cue_left[: m.start()]):
                        continue  # "Rolling Stone editors X and Y", "Newsweek editor X": a publication's
                    if m and role == "director" and _MADE_BY.search(m[0]) and (
                            re.match(r"['\u2019]s?\s", right)
                            or ctx.header_roles.get(p.person, {"director"}) == {"actor"}):
                        continue  # "a film by Ted Tally's script", "the latest from" a star of the cast
                    if m and role == "actor" and re.search(r"\b(?:is|are|was|were)\s*$", m[0]) and \
                            re.match(r"['\u2019]s?\s", right):
                        continue  # "most memorable is X's cinematography": X's work, not X
                    if m and role == "screenwriter" and m[0].lower().lstrip().startswith("adapted") and \
                            re.search(r"\b(?:score|music|theme|titles|songs?)\b", left[-70:][: m.start()][-40:], re.I):
                        continue  # "the score has been adapted by X": no screenplay
                    if m and role != "actor" and not re.search(r"\bby\b", m[0], re.I) and \
                            _PART_AS.search(cue_left[: m.start()]):
                        continue  # "Malkovich as director Murnau", "plays producer X": the role names a part
                    if m and role != "actor" and m[0].rstrip().endswith("(") and (
                            "actor" in ctx.header_roles.get(p.person, ()) or actor_career(p.person)):
                        continue  # "the director (Jennifer Lopez)": a part's job, the actor in brackets
                    if m and not _name_between(cue_left[m.end() :]):
                        cue_at = p.start - len(left[-70:]) + m.start()
                        if role == "screenwriter" and _WRITTEN_BY.search(m[0]):
                            if _SOURCE_NOUN_BEFORE.search(text, max(s_start, cue_at - 60), cue_at):
                                # "The novel, written by X, is ...", "a book written by X": the book's writer,
                                # no script; the source rules below read the adaptation cue (crew16s)
                                break
                            thing = _SONG_BEFORE.search(text, max(s_start, cue_at - 80), cue_at)
                            if thing and thing["t"].lower().startswith("subtitle"):
                                break  # "English subtitles written by X": no script
                            if thing:
                                # "the title song, written by Dimitri Tiomkin", "a musical interlude ("Title,"
                                # penned by A and B)": the song's writers (crew ninth pass: 20 hits, 17 critics;
                                # 20/20 a song's or its lyrics' writers)
                                roles.append(("composer", confidence("credits.cue_before", "composer"), cue_at,
                                              "credits.cue_before"))
                                break
                        roles.append((role, conf, cue_at, "credits.cue_before"))
                        break
            # "directed with visual flair by X", "edited for maximum tension by X", "written for the screen by X"
            # (archive: 67 hits, 29 critics; 12/14, the misses a book's author in the story, a cut name)
            if not roles and (pp := _PARTICIPLE_PHRASE.search(left[-90:])) is not None:
                roles.append((_PARTICIPLE_ROLE[pp["v"].lower()], confidence("credits.cue_before", "compound"),
                              p.start - len(left[-90:]) + pp.start(), "credits.cue_before"))
            window = 120
            sm = _SOURCE_LEFT.search(left[-window:])
            for rx, width in ((_SOURCE_OF, 40), (_BASED_TITLE_BY, 160)):
                if sm is None:
                    window, sm = width, rx.search(left[-width:])
            if sm is None and life_words:
                window, sm = 60, _LIFE_WRITING_OF.search(left[-60:])
            if sm and _AUTHOR_ONLY.fullmatch(sm[0]) and not (based() or _SOURCE_ITEM.search(left[-200:])) and \
                    not author_career(p.person):
                # "says gay author X", "French author X (an actor)", "author Henry James wrote": a writer's
                # trade with no adaptation cue in the sentence names no source (crew13: 206 archive sentences
                # of "author / novelist / playwright NAME" with no such cue, 67 critics; 3 of 20 read the film's
                # source, the rest characters, directors, quoted writers); a name the archive's headers credit
                # mostly as a source's author keeps it ("novelist Ira Levin's reputation" of a Levin novel)
                sm = None
            if sm and (based() or "novelist" in sm[0].lower() or "author" in sm[0].lower()
                       or _SOURCE_ITEM.search(left[-200:])):
                # "a short story written by X": the story's writer, not the screenplay's
                roles = [r for r in roles if not (r[0] == "screenwriter" and r[3] == "credits.cue_before")]
                roles.append(("source_author", confidence("credits.source"), p.start - len(left[-window:]) + sm.start(),
                              "credits.source"))


            # "Michael Crichton wrote the book", "Harry Harrison wrote the source novel" in a sentence naming no other
            # film (archive: 18 "X wrote the novel/book/play/story" hits, 11 critics; 6/7 of the novel, book and
            # play ones name the film's source, "the story" is as often the screen story and is left out)
            if _WROTE_SOURCE.match(right) and not any(f.film != reviewed for f in ctx.films_in(s_start, s_end)):
                roles.append(("source_author", confidence("credits.source"), p.start, "credits.source"))

            if _WHOSE_SOURCE.match(right):
                roles.append(("source_author", confidence("credits.source"), p.start, "credits.source"))

            # "Best Director (Elia Kazan)": the award's craft, on the film the sentence names first (else this one)
            aw = _AWARD.search(left[-60:]) or (_AWARD_NEXT.search(left[-60:]) if "Best " in left else None)
            if aw:
                word = aw["c"].split()[-1].lower()
                roles = [(_AWARD_ROLE[word], confidence("credits.award"), p.start - len(left[-60:]) + aw.start(),
                          "credits.award")]

            # "X (adapting his own novel)", "adapted by X from his own stage play": the writer's own source
            om = _OWN_SOURCE.match(right) if _may_own_source(right) else None
            if om and not any(p.end < q.start < p.end + om.end() for q in people):
                roles.append(("source_author", confidence("credits.source", "own"), p.start, "credits.source"))

            # "fans of the Tom Wolfe novel", "I never read the Bret Easton Ellis novel on which it is based": a
            # definite "the NAME novel" in a sentence naming no other film, comparing nothing, is the source
            # (archive: extractors/README.md)
            if _THE_BEFORE.search(left[-30:]) and _NAMED_SOURCE.match(right) and \
                    not _other_film_named(ctx, people, reviewed, s_start, s_end) and not _COMPARING.search(left):
                roles.append(("source_author", confidence("credits.source"), p.start, "credits.source"))

            # lists carry the cue on: "cameos by Laurie Metcalf, Richard Lewis and Valeria Golino"
            # ... every role of one cue: "produced and written by A and B", "written and directed by Joel and Ethan
            # Coen" (archive: 36 loose hits of a participle chain before two capitalised names, 12 of 20 read a list
            # of makers; the second name had the first role only)
            # ... but a name after a bare comma with a verb next opens the main clause: "Using a score by James
            # Horner, Petersen almost hides ...", "directed by Jeff Pollack, Spade is the star" (crew ninth pass)
            if not roles and list_roles and prev_end is not None and _LIST_SEP.match(text[prev_end : p.start]) and \
                    not (_BARE_COMMA.fullmatch(text, prev_end, p.start) and _CLAUSE_AFTER.match(right)):
                roles.extend((role, conf - confidence("credits.cue_list", "step"), p.start, "credits.cue_list")
                             for role, conf in list_roles)

            possessed_film = any(f.start - p.end < 6 for f in ctx.films_in(p.end, s_end))
            # "Roger Deakins' (Thirteen Days) lush photography": the bracketed filmography is passed over
            right_np = re.sub(r"^(['\u2019]s?)\s*\([^()]{1,80}\)", r"\1", right) \
                if right.startswith(("'", "\u2019")) else right  # (the sub alone scans all of ``right``)
            for rx, role, variant in _POSSESSIVE_NOUNS if _POSSESSIVE_OPENING is None \
                    or _POSSESSIVE_OPENING.match(right_np) else ():
                pn = rx.match(right_np)
                if pn and _OTHER_WORK.match(right_np[pn.end() :]) and _film_after(ctx, p, s_end) is None:
                    continue  # "X's music from "Title"": a work the titles did not know, not this film
                if pn and role == "contributor" and "actor" in ctx.header_roles.get(p.person, ()):
                    continue  # "Kinski's vampire make-up": the cast member wears it
                if pn and role in ("cinematographer", "editor") and director_career(p.person):
                    continue  # "Sam Raimi's dizzying camera work", "Woo's editing": a director's style
                if pn:
                    # the piece is music when the text around it talks of music; a film named there
                    # is a film's maker, settled by _film_relations
                    # ... and not a source the sentence speaks of ("Homer's "Odyssey" on which it is based")
                    if variant == "quoted_piece" and (
                            possessed_film or not _MUSIC.search(text[max(0, p.start - 300) : p.end + 300])
                            or (re.search(r"\bbased\b", text[s_start:s_end])
                                or _SOURCE_CONTEXT.search(text[s_start:s_end]))
                            and not _MUSIC.search(text[max(s_start, p.start - 40) : p.start])
                            or _VIDEO.search(text, s_start, s_end)):
                        continue
                    if variant == "composer" and _MUSIC_VIDEO.search(text, s_start, s_end):
                        continue
                    roles.append((role, confidence("credits.possessive", variant), p.start, "credits.possessive"))
            # "the John Barry score", "the rest of the haunting Vangelis score" (archive: 73 hits of "the (adj)
            # NAME score|soundtrack|music", not "music video" nor "the NAME score for / of / in" another film;
            # 20/24 read on people, the misses "instead of the X soundtrack", a singer, a classical composer and
            # "the Hitchcock music")
            if _THE_NAME_MUSIC_RIGHT.match(right) and _THE_NAME_MUSIC_LEFT.search(left[-60:]):
                roles.append(("composer", confidence("credits.possessive", "composer"), p.start,
                              "credits.possessive"))
            reviewed_named = any(f.film == reviewed for f in ctx.films_in(s_start, s_end))
            sp = _SOURCE_POSSESSIVE.match(right)
            # "took a page out of Roger Ebert's book", "taking a leaf from Scorsese's book": an idiom, no source
            # (crew17: 7 archive hits, 5 critics; 4 of them gave the reviewed film a wrong source credit)
            idiom = _PAGE_FROM.search(text, max(s_start, p.start - 40), p.start) is not None
            if sp and (idiom or sp["epic"] and (possessed_film or directing_career(p.person))):
                # "James Cameron's epic TITANIC", "Kubrick's 1960 epic": a director's film, no source (crew13:
                # 117 archive hits of "X's (w ){0,3}epic", 71 critics; 12 of 20 read a director's film)
                sp = None
            if sp and (based() or reviewed_named):
                roles.append(("source_author", confidence("credits.source", "possessive"), p.start, "credits.source"))
            elif not idiom and _SOURCE_POSSESSIVE_ONE.match(right) and \
                    not _other_film_named(ctx, people, reviewed, s_start, s_end):
                # "Thompson's book went further", "Conrad's novella": in a sentence about no other film,
                # the one book of a person the review names is the reviewed film's source (a film in another
                # person's filmography bracket, "director X (FILM) ... Y's bestseller", is no other film's talk)
                roles.append(("source_author", confidence("credits.source", "possessive_bare"), p.start,
                              "credits.source"))
            else:
                bm = _BASED_ON_LEFT.search(left[-60:])
                if bm and bm["the"] and _SOME_FILM_BEFORE.search(left[-60:], 0, bm.start()):
                    bm = None
                if bm and bm["the"]:
                    # "Davies' "The House of Mirth" based on an Edith Wharton story": the film right before the cue
                    # is the one based on the source (crew16s)
                    cue_at = p.start - len(left[-60:]) + bm.start()
                    if any(f.film != reviewed and 0 <= cue_at - f.end < 8 for f in ctx.films_in(s_start, cue_at)):
                        bm = None
                if bm and (_SOURCE_NOUN_RIGHT.match(right) if bm["the"] else
                           re.match(r"['\u2019]s?\s", right) and (bm[0].lower().startswith(("based", "suggested"))
                                                                   or not _possessed_other_film(ctx, p, s_end))):
                    roles.append(("source_author", confidence("credits.source", "based_on"),
                                  p.start - len(left[-60:]) + bm.start(), "credits.source"))
            # "Richard Maibaum (screenplay) and John Barry (score)", "Luc Besson (director)" (archive: 33 hits,
            # 18 critics; 12/12)
            source_bracket = _SOURCE_BRACKET.match(right) is not None and any(r[0] == "screenwriter" for r in roles)
            if source_bracket:
                # "Written by William S. Burroughs (novel) and David Cronenberg": the source's author (header.py);
                # the names after him keep the cue's role
                roles = [("source_author", *r[1:]) if r[0] == "screenwriter" else r for r in roles]
            rb = _ROLE_IN_BRACKETS.match(right)
            if rb:
                roles.append((_BRACKET_ROLE[" ".join(rb["r"].lower().split())], confidence("credits.as_role"), p.start,
                              "credits.as_role"))
            crew_cue = any(r[0] != "actor" and r[3] == "credits.cue_before" for r in roles)
            named_director = _named_director(right)
            am = _RIGHT_AS_ROLE.match(right) or _ALSO_ROLE.match(right)
            if am:
                roles.append((_AS_ROLE[" ".join(am["r"].lower().split())], confidence("credits.as_role"), p.start,
                              "credits.as_role"))
            elif (_RIGHT_ACTOR.match(right) or _DOING_IN_FILM.match(right) and _ASKED_BEFORE.search(left[-20:])
                  or ACTING_MORE and (_RIGHT_ACTOR_BRACKET.match(right) or _RIGHT_ACTOR_VERDICT.match(right)
                                      and not maker_career(p.person))) \
                    and named_director is None \
                    and not crew_cue and not _CRAFT_JOB.match(right) and not (
                    _GIVES_AUDIENCE.match(right) and maker_career(p.person)):
                roles.append(("actor", confidence("credits.cue_after"), p.start, "credits.cue_after"))
            owned_object = False
            for rx, role in _RIGHT_VERB:
                vm = rx.match(right)
                if vm and (re.match(r"[ \t]*:", right[vm.end() :]) or right[vm.end() - 1 : vm.end()].isalpha() and
                           re.match(r"[ \t]*(?:(?:&|and|/|,)[ \t]*[A-Za-z\-]+[ \t]*)+(?:by\b|:)", right[vm.end() :])
                           and re.search(r"(?-i:[A-Z])\w+$", right[: vm.end()])):
                    # "With: A, B Produced: C", "Starring A, B Directed & Written by C": the next label of a
                    # header, not B's verb
                    continue
                if vm:
                    roles.append((role, confidence("credits.verb_after", role), p.start, "credits.verb_after"))
                    # "who co-wrote Allen's ...": someone else's work, so only a film named there is the one
                    owned_object = bool(re.match(r"\s+(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*['\u2019]s?\s",
                                                 right[vm.end() :]))
                    # "X co-wrote and directed", "X (who wrote and stars in)": each verb of the chain
                    # (archive: 487 chains, 132 critics)
                    pos = vm.end()
                    while (chain := _VERB_CHAIN.match(right, pos)) is not None:
                        chained = _CHAIN_ROLE[chain["v"].lower().removeprefix("co-")]
                        roles.append((chained, confidence("credits.verb_after", chained), p.start,
                                      "credits.verb_after"))
                        pos = chain.end()

            # "Roger Christian has made a fine film", "Polanski has crafted a metaphysical suspense film" (archive:
            # 171 hits, 164 reviews; 19/21 sampled on people name the director, the misses a writer-star and a
            # negated "it is not X has made"): the film named after the phrase, else the reviewed one; a name
            # the review has acting is a star's vehicle, left alone
            if not roles and _MADE_A_FILM.match(right) and not _acts(ctx, p):
                roles.append(("director", confidence("credits.verb_after", "director"), p.start, "credits.verb_after"))

            if not roles and not hedged and reviewed is not None and (nd := named_director) is not None \
                    and all(f.film == reviewed for f in ctx.films_in(_sentence_before(ctx, s_start, 1), s_end)) and \
                    (not (hd := {n for n, r in ctx.header_roles.items() if "director" in r}) or p.person in hd) and \
                    (p.person in hd or directing_career(p.person) or not actor_career(p.person)):
                # ... a star's career keeps out ("As documentarian X, Brooke Shields is an obsessive filmmaker": a
                # part), unless the header has the star directing
                hits.append(_credit(p.person, "director", reviewed, p.start, p.end + nd.end(), "credits.verb_after",
                                    confidence("credits.verb_after", "director")))

            # "X makes his directorial debut (with FILM)", "X, who made her directing debut with FILM"
            # (archive: 24 hits, 20 critics; 20/20 name the film's director): the film named after the
            # phrase, else the reviewed film, but only in the present ("made his debut" is an earlier film)
            dm = _DEBUT.match(right)
            if dm and not hedged:
                debut = _film_after_debut(ctx, p.end + dm.end(), s_end)
                film = debut.film if debut is not None else reviewed if dm["v"].lower() in _DEBUT_NOW else None
                if film is not None:
                    hits.append(_credit(p.person, "director", film, p.start,
                                        debut.end if debut is not None else p.end + dm.end(),
                                        "credits.verb_after", confidence("credits.verb_after", "director")))

            # "X's new film", "X's latest, TITLE" (archive: 580 "X's new/latest/previous film" hits, 184 critics,
            # 15/18 on people name a director; 38 bare "X's latest," hits): the reviewed film's director, when the
            # review names no other film there and does not have X acting (an actor's "new film" is no direction)
            # ... also past a bracketed filmography: "X's (FILM, FILM) latest film" (archive: 16 hits, 9 critics, 14/16)
            nm = _NEW_FILM.match(right_np)
            if nm is None and NEW_FILM_WIDE and (wm := _NEW_FILM_WIDE.match(right_np)) and \
                    directing_career(p.person):
                nm = wm  # "X's challenging new film", "X's latest action thriller": a director's, by the headers
            shift = len(right) - len(right_np)
            header_directors = {n for n, r in ctx.header_roles.items() if "director" in r}
            if nm and not hedged and reviewed is not None and not roles and (
                    not _acts(ctx, p) or acting_director(p.person)) and (
                    not header_directors or p.person in header_directors):
                named = [f for f in ctx.films_in(p.end + shift, s_end) if f.start <= p.end + shift + nm.end() + 15]
                if all(f.film == reviewed for f in named):
                    hits.append(_credit(p.person, "director", reviewed, p.start, p.end + shift + nm.end(),
                                        "credits.new_film", confidence("credits.new_film")))
            # "Egoyan's film is masterful", "Spielberg's harrowing movie": a director's film with no title after it,
            # in a sentence that names no other film and compares nothing, is the reviewed film, when the archive's
            # headers credit the name with directing first and the review's header names no other director (crew14:
            # on the archive pages whose header names a director, 116 of 132 such possessives name that director;
            # the rest comparisons with another film: "Michael Bay's film drew comparisons to", "than Peter Weir's
            # similarly themed film"; without the career test a star's vehicle or a cinematographer's "picture")
            elif DIRECTORS_FILM and nm is None and not hedged and reviewed is not None and not roles and (
                    om := _DIRECTORS_FILM.match(right_np)) and not _MODIFIED_FILM.search(om["mod"]) and \
                    not _COMPARED_FILM.search(sentence) and \
                    all(f.film == reviewed for f in ctx.films_in(_sentence_before(ctx, s_start), s_end)) and \
                    (not header_directors or p.person in header_directors) and directing_career(p.person):
                hits.append(_credit(p.person, "director", reviewed, p.start, p.end + shift + om.end(),
                                    "credits.new_film", confidence("credits.new_film")))

            # "the Reitman-directed DAVE", "this Joe Roth-directed comedy", "the new Jerry Bruckheimer-produced and
            # Tony Scott-directed action picture": the film named right after, else the reviewed film after "this"
            # (crew ninth pass: 133 "Name-<participle>" hits, 51 critics; 20 read, below)
            hm = _HYPHEN_MADE.match(right)
            if hm and not hedged and not _HYPHEN_HYPOTHESIS.search(left[-40:]):
                after = p.end + hm.end()
                made: FilmSpan | None = None
                for f in ctx.films_in(after, s_end):
                    if _HYPHEN_GAP.fullmatch(text, after, f.start):
                        made = f
                    break
                film = made.film if made is not None else reviewed if (
                    _THIS_BEFORE.search(left[-25:]) and _HYPHEN_NOUN.match(text, after)) else None
                if film is not None:
                    role = _HYPHEN_ROLE[hm["v"].lower()]
                    rule, conf = "credits.verb_after", confidence("credits.verb_after", role)
                    if role == "screenwriter" and _HYPHEN_SOURCE.match(text, after):
                        # "the John Steakley-penned novel VAMPIRES": the source's author
                        role, rule, conf = "source_author", "credits.source", confidence("credits.source")
                    hits.append(_credit(p.person, role, film, p.start, made.end if made is not None else after,
                                        rule, conf))

            # which film: the one whose parenthesis holds the cue ("PELLE THE CONQUEROR (based on the
            # novel by ...)"), one named right after it ("starred in FILM"), else the reviewed film
            host = _film_before_paren(ctx, p, s_start)
            other = None if host else _film_after(ctx, p, s_end)
            # "X (who wrote "Grumpy Old Men")": the bracket's verb has its own film
            other_verb = other if host or not re.match(r"\s*\(\s*who\b", right) else _film_after(ctx, p, s_end, True)
            next_list_film: FilmSpan | None = list_film if any(r[3] == "credits.cue_list" for r in roles) else None
            for role, conf, ev_start, extractor in roles:
                if hedged and extractor in ("credits.cue_before", "credits.cue_list", "credits.source") and \
                        _only_criticism_after(clause, text[s_start : p.start]):
                    pass  # "the director, X, should have given him more guidance": X still directed
                elif hedged and VERDICT_HEDGES and extractor == "credits.cue_before" and role == "director" and \
                        _verdict_before_title(text, clause, ev_start, p):
                    pass  # "it might have been funny had director X ...", "If only director X had ...": X directed
                elif hedged or (owned_object and extractor == "credits.verb_after" and other_verb is None):
                    continue
                film = reviewed
                target = other_verb if extractor == "credits.verb_after" else other
                if extractor == "credits.cue_before" and role == "director" and _films_by(ctx, p, s_start, s_end):
                    continue  # "a previous film by director X, FILM": FILM's direction (below), not this film's
                if extractor == "credits.award":
                    earlier = ctx.films_in(s_start, p.start)
                    film = earlier[0].film if earlier else reviewed
                elif host is not None:
                    film, ev_start = host.film, host.start
                elif extractor == "credits.cue_before" and (role not in ("actor", "composer") or role == "actor" and
                                                           _STARRING.match(text, ev_start)) and (
                        apposed := _film_before_cue(ctx, s_start, ev_start)) is not None:
                    # "BRAINDEAD, written by Jackson and Walsh": the film the clause hangs on ("Rhapsody in Blue,"
                    # composed by X" is a piece of music, not a film)
                    film = apposed.film
                    next_list_film = apposed
                elif extractor == "credits.source" and APPOSED_SOURCE and \
                        (apposed := _film_before_source(ctx, s_start, p.start)) is not None:
                    film = apposed.film  # "FILM, an adaptation of X's stories": FILM's source, not this film's
                elif extractor == "credits.cue_list" and list_film is not None:
                    film = list_film.film
                elif target is not None and role != "source_author":
                    film = target.film
                elif extractor == "credits.cue_after" and (lead := film_leading(ctx, s_start, p.start)) is not None:
                    film = lead  # "In FILM, X plays Y", "In FILM, X gave a fine performance" (ties13)
                if film is None:
                    continue
                end = p.end if target is None else max(p.end, target.end)
                hits.append(_credit(p.person, role, film, min(ev_start, p.start), end, extractor, conf))
                if (extractor == "credits.verb_after" and not re.match(r"\s*\(", right)
                        or extractor == "credits.cue_after" and film != reviewed):
                    # ... but not a bracket's verb: "The actors: A, B (who also directed)" is B's alone (crew tenth)
                    # "Trey Callaway and Stephen Gaghan wrote this installment": the whole subject list; "A and B
                    # appeared in X's FILM" too (eighth pass, extractors/README.md)
                    # (archive: 64 "A and B wrote/directed" hits, 18 critics; header lines "written by A and B
                    # directed by C" give none, the verb rules stop before "by")
                    hits.extend(_credit(q.person, role, film, q.start, end, extractor, conf)
                                for q in _list_before(ctx, people, p_index)[:-1])
            keep = [r for r in roles if r[3] in ("credits.cue_before", "credits.cue_list", "credits.source",
                                                 "credits.award")]
            if source_bracket:
                keep = [("screenwriter", *r[1:]) if r[0] == "source_author" and r[3] != "credits.source" else r
                        for r in keep]
            list_roles = [(r[0], r[1]) for r in keep if r[2:] == keep[0][2:]] if keep else []
            if len(list_roles) > 1 and keep[0][3] == "credits.cue_before" and not plural_compound and \
                    not re.search(r"\bby\s*$", text[keep[0][2] : p.start]):
                # "director and producer Roger Corman, Silent Bob and Jay": a compound title names one person
                list_roles = list_roles[:1]
            list_film = next_list_film if keep else None
            prev_end = p.end

        # "Brooks had previously directed "Terms of Endearment," "Broadcast News" and ...": down the list of films
        verbed = [h for h in hits[sentence_hits:] if h.rule == "credits.verb_after" and h.subject != reviewed]
        stated = {(h.object, h.subject) for h in verbed}
        if verbed:
            hits.extend(_continue_lists(ctx, verbed, ctx.films_in(s_start, s_end))[len(verbed) :])
        # "X (who wrote FILM)": the clause states the role, the bracket's filmography adds nothing
        hits.extend(h for h in _film_relations(ctx, s_start, s_end, people, same_director)
                    if not (h.rule == "credits.filmography" and (h.object, h.subject) in stated))
        hits.extend(_name_adaptations(ctx, s_start, s_end, people))
    return hits, same_director



#: Criticism, not a counterfactual: "writer X should have / could have ..." (archive, a role word before the
#: name and a modal after it: 69 hits, 39 critics; 15/20 credits right, and of the "should/could" ones
#: 12/12: "would / might have" stay hedges: "the style that X would have brought")
_CRITICISM = re.compile(r"\b(?:should|could)\s+have\b", re.I)


VERDICT_HEDGES = True
#: A verdict on the film before a "director X" title, not a counterfactual of who made it: "could / would / might have
#: been (funny) had director X", "if only director X", "I wish that director X" (dir16: 33 archive clauses of such a
#: verdict before "director Name", 19 critics; 21/22 read name the reviewed film's director)
_VERDICT_BEFORE = re.compile(r"\b(?:(?:would|could|might|should)\s+have\s+(?:been|made|worked)|if\s+only|"
                             r"wish(?:ed|es|ing)?)\b", re.I)
_DIRECTOR_TITLE_END = re.compile(r"\bdirector[ \t]*,?\s*$", re.I)


def _verdict_before_title(text: str, clause: str, cue_start: int, p: PersonSpan) -> bool:
    """The clause's hedges are a verdict before the title "director" right before the name ("might have been funny
    had director X", "if only director X") and at most a criticism after it: the title still names the film's
    director. A counterfactual's words anywhere ("originally", "replaced", "was supposed to", "imagine") keep the
    hedge."""
    at = clause.find(text[p.start : p.end])
    if at < 0 or not _DIRECTOR_TITLE_END.search(text, cue_start, p.start):
        return False
    before, after = clause[:at], clause[at + (p.end - p.start) :]
    if not _VERDICT_BEFORE.search(before) or HEDGE.search(_VERDICT_BEFORE.sub(" ", before)):
        return False
    return not HEDGE.search(_CRITICISM.sub(" ", after))


def _only_criticism_after(clause: str, before: str) -> bool:
    """Is every hedge of the clause a "should/could have" after the name?"""
    return not _CRITICISM.search(before) and not HEDGE.search(_CRITICISM.sub(" ", clause))


_OPENS_BRACKET = re.compile(r"\s*\([\"'_*\u201c]*$")


def _filmography_film(text: str, f: FilmSpan, people: list[PersonSpan]) -> bool:
    """Is ``f`` the first title of a bracket right after a person ("director X (FILM) ...", "X ("FILM")")?
    Archive (crew11): 70 sentences pairing such a bracket with "Y's (w ){0,3}novel / book / bestseller" and no
    adaptation cue, 69 pages, 39 critics; those with a film in the bracket name the reviewed film's source."""
    m = _OPENS_BRACKET.search(text, max(0, f.start - 8), f.start)
    return m is not None and any(0 <= m.start() - p.end <= 3 for p in people)


def _other_film_named(ctx: ReviewContext, people: list[PersonSpan], reviewed: str | None, start: int,
                      end: int) -> bool:
    """Does the sentence ``start``-``end`` name a film other than the reviewed one, not counting a film in a
    person's filmography bracket (:func:`_filmography_film`) where there is a reviewed film?"""
    return any(f.film != reviewed and not (reviewed and _filmography_film(ctx.text, f, people))
               for f in ctx.films_in(start, end))


def _film_before_paren(ctx: ReviewContext, p: PersonSpan, s_start: int) -> FilmSpan | None:
    """The film just before the parenthesis that holds ``p``: "FILM (from a script by P)"."""
    left = ctx.text[s_start : p.start]
    i = left.rfind("(")
    if i < 0 or ")" in left[i:]:
        return None
    films = [f for f in ctx.films_in(s_start, s_start + i)
             if re.fullmatch(r"[\"'_*\u201d\s,]*", ctx.text[f.end : s_start + i])]
    return films[-1] if films else None


#: "BETRAYED, which was written by X", "TEKWAR, a rather decent TV movie directed by X", "FILM, one of a pair of
#: films made by filmmaker X": a crew cue in apposition to another film (extractors/README.md, sixth pass)
_APPOSED_CUE = re.compile(r"[\"'_*\u201d]*\s*(?:\([^()]{1,12}\)\s*)?,[\"'\u201d]?\s*"
                          r"(?:which\s+(?:was|is|had\s+been)\s+(?:also\s+)?|"
                          r"(?:a|an|the|his|her|their|"
                          r"one|another)\s+[^,;.()\"\u201c_]{0,50}?\s+)?$")


#: "1983's THE HUNGER, starring David Bowie", "RAIN MAN (8/10), starring A and B": the cast of the film before the
#: comma (ties13: archive 63 "TITLE, starring Name" hits, 63 pages, 30 critics; "featuring" (3 hits) and "with" (26)
#: are left out: "cross A with B, featuring X", "THE GRADUATE, with Jackie Brown (Pam Grier) on ..." are scenes or
#: casts of the reviewed film)
_STARRING = re.compile(r"starring\b", re.I)


#: "FILM, an adaptation of X's stories", "FILM, an adaptation of the novel by X", "FILM, based on X's book": a source
#: cue in apposition to another film names that film's source, not the reviewed film's (issue 10, src18;
#: extractors/README.md, "Source author and contributor, eighteenth pass"). False: off.
APPOSED_SOURCE = True
_APPOSED_SOURCE = re.compile(r"[\"'_*\u201d]*\s*(?:\(\d{4}\)\s*)?,[\"'\u201d]?\s*"
                             r"(?:(?:a|an|the|his|her|their)\s+(?:[\w\-']+\s+){0,4}?"
                             r"(?:adapt(?:at)?ion|version|rendition|retelling|filming)\s+of|"
                             r"(?:which\s+(?:is|was)\s+)?(?:based\s+(?:up)?on|adapted\s+from))"
                             r"(?:\s+[^,;.()\"\u201c\u201d_]{0,60}?)?\s*$", re.I)


_LABEL_IN_TITLE = re.compile(r"\b(?:written|directed|produced|music|cast|starring|screenplay|director|writer|producer)"
                             r"(?:\s+by)?\s*:", re.I)
_OBJECT_FILM = re.compile(r"\b(?:to|than|like|as)\s+[\"'_*\u201c]*$", re.I)


def _film_before_source(ctx: ReviewContext, s_start: int, name_start: int) -> FilmSpan | None:
    """Another film a source cue stands in apposition to: "FILM, the adaptation of X's novel"."""
    films = ctx.films_in(s_start, name_start)
    if not films or films[-1].film == ctx.reviewed:
        return None
    f = films[-1]
    if _OBJECT_FILM.search(ctx.text, max(0, f.start - 12), f.start):
        return None  # "FILM -- X's follow-up to THE PIANO, based on ...": the apposition is the head's, not THE PIANO's
    if _LABEL_IN_TITLE.search(ctx.text, f.start, f.end):
        return None  # "... DAVID BEDFORD WRITTEN BY: SALLY POTTER, based on ...": a credits line read as a title
    return f if _APPOSED_SOURCE.match(ctx.text, f.end, name_start) else None


def _film_before_cue(ctx: ReviewContext, s_start: int, cue_start: int) -> FilmSpan | None:
    """Another film the cue stands in apposition to: "FILM, (which was) directed by X"."""
    films = ctx.films_in(s_start, cue_start)
    if not films or films[-1].film == ctx.reviewed:
        return None
    f = films[-1]
    return f if _APPOSED_CUE.fullmatch(ctx.text, f.end, cue_start) else None


def _clause(text: str, s_start: int, s_end: int, p: PersonSpan) -> str:
    left = text[s_start : p.start]
    # "but," too: "this could have been a fine premise, but, director X was forced to ..."
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(left)]
    start = s_start + cuts[-1] if cuts else s_start
    rm = _CLAUSE_CUT.search(text, p.end, s_end)
    end = rm.start() if rm else s_end
    return text[start:end]


_CLAUSE_CUT = gated(r";|\b(?:but|while)\b")


#: "TITLE's Name" with nothing between (a word between may state the role: "TITLE's cinematographer X")
_FILM_POSSESSES = re.compile(r"[\"_*\u201d]*['\u2019]s?\s+")
_FILM_ROLE_GAP = re.compile(r"[\"'_*\u201d]*(?:['\u2019]s)?\s+(director|helmer|writer|screenwriter|scribe|star|"
                            r"producer|composer|co-star)\s*,?\s+", re.I)


def _possessed_other_film(ctx: ReviewContext, p: PersonSpan, s_end: int) -> bool:
    """"a remake of Hitchcock's PSYCHO": the possessed thing is a film other than the reviewed one."""
    return any(f.start - p.end < 6 and f.film != ctx.reviewed for f in ctx.films_in(p.end, s_end))


def _name_between(s: str) -> bool:
    """Is there another capitalised name between the cue and this person?"""
    return bool(re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\b.*\S", s))


#: "X's new film", "X's latest effort", "X's latest, TITLE" (not "X's latest role", "X's last film")
_MADE_A_FILM = re.compile(
    r"^\s+has\s+(?:(?:also|again|finally|now|once\s+again|[a-z]+ly)\s+)?(?:made|crafted|fashioned|created|directed|"
    r"helmed|put\s+together|delivered|turned\s+out)\s+an?\s+(?:[\w\-]+,?\s+){0,3}?(?:film|movie|picture|thriller|"
    r"comedy|drama|feature|documentary|motion\s+picture)\b")
#: "Alan Rudolph is a special director", "X is the director", "Keith Gordon is one of the best filmmakers we have"
#: (credits19; extractors/README.md): a name that the sentence calls a director, the reviewed film's when the sentence
#: and the one before name no other film and the review's header names no other director; not another craft's
#: director ("the fight director", "an art director", "the director of photography"), a possessive ("the director's
#: wife"), a title before another name ("the centre of director Y's film"), a denial or a comparison ("the
#: scriptwriter, not the director", "a better writer than director"), a hypothesis (the clause's hedges)
NAMED_DIRECTOR = True
_NAMED_DIRECTOR = re.compile(
    r"^\s+(?:is|was|remains|has\s+always\s+been)\s+(?:an?|the|one\s+of\s+the|one\s+of\s+our)\s+"
    r"(?P<mod>(?:[a-z\-]+,?\s+){0,3}?)(?:directors?|filmmakers?|film-makers?)\b(?![\-'\u2019])(?!\s+(?-i:[A-Z]))"
    r"(?!\s+(?:of(?!\s+(?:this|the\s+(?:film|movie|picture))\b)|for\s+(?:hire|television|TV)\b|and\s+(?:star|actor)))")
_OTHER_DIRECTOR_JOB = re.compile(r"\b(?:not|never|no|than|rather|(?:script|screen)?writer|actor|actress|star|producer|"
                                 r"art|fight|music|musical|casting|assistant|second-unit|stage|theatre|theater|"
                                 r"artistic|program|programming|photography|dialogue|stunt|animation|effects|"
                                 r"technical|creative|executive|managing|film-festival|festival|commercial|"
                                 r"music-video|video|television|tv|documentary|porn)\b", re.I)


def _named_director(right: str) -> re.Match | None:
    """"X is a fine director": the verdict after a name is on a director, so no acting cue reads it (``right``: the
    text after the name; :data:`_NAMED_DIRECTOR`), unless the noun is another director's job ("assistant director")."""
    if not NAMED_DIRECTOR or ("irect" not in right[:60] and "ilm" not in right[:60]):
        return None  # (a substring gate: the pattern costs more than the test)
    m = _NAMED_DIRECTOR.match(right)
    return None if m is None or _OTHER_DIRECTOR_JOB.search(m["mod"]) else m


DIRECTORS_FILM = True
#: "X's film", "X's harrowing, intimate movie" with no title right after (a title there is `possessive_film`'s)
_DIRECTORS_FILM = re.compile(r"^['\u2019]s?\s+(?P<mod>(?:[a-z\-]+,?\s+){0,2}?)(?:film|movie|picture)(?![\w\-])"
                             r"(?!\s*[,:]?\s*[\"_\u201c*]?[A-Z])")
#: ... not another of X's films ("X's previous film", "X's best movie", "X's debut film")
_MODIFIED_FILM = re.compile(r"\b(?:previous|last|earlier|next|other|first|second|third|debut|recent|upcoming|former|"
                            r"early|older|prior|preceding|following|subsequent|later|lesser|best|worst|finest|greatest|own|original|"
                            r"classic|famous|"
                            r"similarly|similar)\b", re.I)
#: ... nor a sentence that sets it beside another film ("X's film drew comparisons to", "more than X's film")
_COMPARED_FILM = re.compile(r"\b(?:than|unlike|like|compar\w*|similar\w*|remake|original|version|sequel|"
                            r"reminiscent|echo\w*|homage|inspired|shares?|borrow\w*|rip-?off|imitat\w*|same|"
                            r"wannabe)\b", re.I)
#: "Woody Allen's new film" where the review has him acting too: still his direction when the archive's headers
#: credit him with directing at least as often as with acting (crew14; "Jim Carrey's new film" stays a star's)
ACTING_DIRECTORS = True


def acting_director(name: str) -> bool:
    """A name whose films stay its direction though the review has it acting (:data:`ACTING_DIRECTORS`)."""
    return ACTING_DIRECTORS and directing_career(name)
_NEW_FILM = re.compile(r"^['\u2019]s?\s+(?:(?:brand\s+)?new|newest|latest|current|most\s+recent)"
                       r"(?:\s+(?:film|movie|picture|effort|offering|feature|outing|opus|project)\b|\s*[,\-\u2014]|"
                       r"\s+(?:is|was)\b)", re.I)


#: "Spike Lee's spectacular new film", "Taylor Hackford's new drama", "John Woo's latest action thriller": up to
#: two words before "new / latest" and a genre noun after it (twenty-first pass, roles21: 49 such possessives of a
#: full name in the archive, 38 critics, 37 of them a director's new film; the others an actor's vehicle ("Jackie
#: Chan's latest action flick"), a novelist's "latest thriller", a character, a studio), so only for a name the
#: archive's headers credit with directing first (:func:`directing_career`), under the same tests as _NEW_FILM
NEW_FILM_WIDE = True
_NEW_FILM_WIDE = re.compile(
    r"^['\u2019]s?\s+(?:(?!(?:and|or|not|first|last|previous|earlier|old|own)\b)[a-z\-]+,?\s+){0,2}"
    r"(?:(?:brand\s+)?new|newest|latest|most\s+recent)\s+(?:[a-z\-]+\s+)?"
    r"(?:film|movie|picture|effort|offering|feature|comedy|drama|thriller|documentary|romance|western|fantasy|"
    r"epic|satire|melodrama|farce|adventure|mystery|musical|saga)\b", re.I)


def _sentence_before(ctx: ReviewContext, s_start: int, back: int = 2) -> int:
    """Where the sentence ``back`` sentences before the one at ``s_start`` starts (the first sentence's start at
    most)."""
    i = bisect.bisect_left(ctx.sentences, (s_start, -1))
    return ctx.sentences[max(0, i - back)][0] if ctx.sentences else s_start


def _acts(ctx: ReviewContext, p: PersonSpan) -> bool:
    """The review has the person acting: a cast credit in the header, or "Character (Actor)"."""
    if "actor" in ctx.header_roles.get(p.person, ()):
        return True
    return any(q.person == p.person and ctx.text[max(0, q.start - 1) : q.start] == "(" for q in ctx.people)


def _film_after_debut(ctx: ReviewContext, start: int, s_end: int) -> FilmSpan | None:
    """'... directorial debut with UNHOOK THE STARS', '... debut in 1996's "Bottle Rocket"'."""
    for f in ctx.films_in(start, s_end):
        if _DEBUT_FILM.match(ctx.text[start : f.start]):
            return f
        return None
    return None


#: a name opening a clause of its own: "..., and (screenwriter) Y" (not "X, who plays A here, played B in FILM")
_NEW_SUBJECT = re.compile(r"\b(?:and|while|but|whereas)\s+(?:[a-z][\w\-]*\s+){0,2}$")


def _film_after(ctx: ReviewContext, p: PersonSpan, s_end: int, clause: bool = False) -> FilmSpan | None:
    """'X starred in FILM', 'X's performance in FILM', 'X (who directed FILM)', 'X (FILM2), who co-wrote FILM';
    a bracketed "(who wrote FILM)" is read only for the ``clause``'s own verb."""
    pm = re.match(r"\s*\((?!\s*who\b)[^()]{0,80}\)" if clause else r"\s*\([^()]{0,80}\)", ctx.text[p.end : s_end])
    skip = p.end + pm.end() if pm else p.end  # a filmography in brackets is not the film of the clause
    for f in ctx.films_in(skip, s_end):
        between = ctx.text[p.end : f.start]
        if len(between) > 70 + (skip - p.end) or _CLAUSE_STOP.search(between) or any(
                _NEW_SUBJECT.search(ctx.text, skip, q.start) for q in ctx.people_in(skip, f.start)):
            return None  # ... "X again directed, and Y had directed FILM": FILM is the other one's
        if _KNOWN_FOR.match(between) or _APPOSED_FILMS.match(ctx.text[p.end : f.end]):
            return None  # "Director X, best known for FILM": the cue is about this film, FILM a contribution
        if re.search(r"\b(?:in|for|of|directed|co-directed|wrote|co-wrote|scripted|penned|produced|co-produced|"
                     r"scored|shot|photographed|edited|made|helmed|starred\s+in|from)\s+"
                     r"(?:the\s+|his\s+|her\s+)?(?:[\w\-']+\s+){0,2}[\"'_*\u201c(]*$", between):
            if _COMPARING_WORD.search(between):
                return None
            return f
        return None
    return None


#: Where a filmography clause after a name ends: a bracket, a stop, or a comma before a lower-case word that
#: opens no further item ("and", "or", a quote, a year, and "as" or, in a list, "etc").
_CLAUSE_END = r"[);.:]|,\s+(?!and\b|or\b|{}\b|[\"'_*\u201c]|(?:19|20)\d\d)[a-z]"
_FILMOGRAPHY_CUT = re.compile(_CLAUSE_END.format("as"))
_LIST_CUT = re.compile(_CLAUSE_END.format("etc"))


def _clause_len(rest: str, cut: re.Pattern[str]) -> int:
    m = cut.search(rest)
    return m.start() if m else len(rest)


def _filmography(ctx: ReviewContext, p: PersonSpan, start: int, end: int,
                 rule: str = "credits.known_for") -> list[Fact]:
    """Contributor credits of ``p`` on the films other than the reviewed one named from ``start`` to ``end``."""
    return [_credit(p.person, "contributor", f.film, p.start, f.end, rule, confidence(rule))
            for f in ctx.films_in(start, end) if f.film != ctx.reviewed]


#: "Costner's other baseball-themed films (Bull Durham, Field of Dreams)", "John Dahl's previous movies (such as A
#: and B)", "Linklater's previous films, A, B and C": the films listed are the person's, no craft stated (crew10:
#: 82 archive hits of "X's other / previous / earlier ... films" before a bracket, a comma or "like / such as /
#: including", 79 critics; 10 of 15 sampled list films, all the person's work)
_OTHER_FILMS = re.compile(
    r"['\u2019]s?\s+(?:(?:two|three|four|five|few|many|most|all)\s+)?(?:other|previous|earlier|recent|past|prior)"
    r"(?:\s+(?:two|three|four|five|few))?(?:\s+(?!(?:and|or|of|in|by|for|with)\b)[a-z][\w\-]*){0,2}?\s+"
    r"(?:films|movies|pictures|efforts|works|outings|features)\b\s*(?:\(\s*(?:such\s+as|including|like|e\.g\.)?|"
    r",\s*(?:such\s+as|including|like)?|\s+(?:such\s+as|including|like))\s*")


#: "a previous film by director Ron Shelton, BULL DURHAM", "a pair of huge hits from X, "A" and "B"", "the last two
#: films by X, A and B": the films in apposition to "films by X" are X's direction (the guideline's "a Spielberg film");
#: not "(played in the film by X, "FILM")", an actor in the film of the sentence (ties13: archive 15 hits, 15 pages,
#: 11 critics; extractors/README.md)
_WORK_BY = re.compile(r"\b(?<!in the )(?<!in this )(?:films?|movies?|pictures?|hits?|efforts?|comed(?:y|ies)|"
                      r"thrillers?|dramas?|classics?)\s+(?:by|from)\s+(?:(?:the\s+)?(?:director|filmmaker|"
                      r"writer-director)\s+)?$", re.I)
_WORK_BY_LIST = re.compile(r"\s*(?:,|:|-{2}|\u2014)\s*(?:(?:such\s+as|like|including|especially)\s+)?"
                           r"(?:(?:19|20)\d\d['\u2019]s\s+)?[\"'_*\u201c]*")


def _films_by(ctx: ReviewContext, p: PersonSpan, s_start: int, s_end: int) -> list[FilmSpan]:
    """The films in apposition to "films by P": the first right after the comma, the list up to the clause's end
    or the next name; none when the first is the reviewed film."""
    lo = max(s_start, p.start - 45)
    window = ctx.text[lo : p.start]
    # (a gate: the cue holds "by" or "from"; 10,000 searches over 400 archive reviews, most windows hold neither)
    if window.isascii() and "by" not in (low := window.lower()) and "from" not in low:
        return []
    if not _WORK_BY.search(ctx.text, lo, p.start):
        return []
    first = ctx.films_in(p.end, s_end)[:1]
    if not first or first[0].film == ctx.reviewed or not _WORK_BY_LIST.fullmatch(ctx.text, p.end, first[0].start):
        return []
    end = first[0].start + _clause_len(ctx.text[first[0].start : s_end], _LIST_CUT)
    named = ctx.people_in(first[0].start, end)
    end = named[0].start if named else end
    return [f for f in ctx.films_in(first[0].start, end) if f.film != ctx.reviewed]


_DIRECTOR_OF_BRACKET = re.compile(r"\s*(?:the\s+)?(?:acclaimed\s+|Oscar-winning\s+)?(?:co-)?(?:writer[/-]|"
                                  r"screenwriter[/-])?(?:director|helmer|filmmaker)\s+of\s", re.I)


def _film_relations(ctx: ReviewContext, s_start: int, s_end: int, people: list[PersonSpan],
                    same_director: list[Mention]) -> list[Fact]:
    """Person beside a film: filmographies, possessives, 'director of FILM', 'who went on to make FILM'."""
    text = ctx.text
    hits: list[Fact] = []
    films = ctx.films_in(s_start, s_end)
    header_directors = {n for n, roles in ctx.header_roles.items() if "director" in roles}
    for i, p in enumerate(people):
        after = text[p.end : s_end]
        # "Mike Figgis (Internal Affairs)", "John Malkovich (SHADOWS AND FOG, EMPIRE OF THE SUN)":
        # the role is settled later from what else the review says of the person.
        # ... also after a possessive: "David Peoples' ("Blade Runner") script" (archive: 569 "X's (...)"
        # hits, 138 critics, mostly "Character's (Actor)", which holds no film; 6/6 of those with a film right)
        pm = _BRACKET_AFTER_NAME.match(after)
        if pm:
            inner_s, inner_e = p.end + pm.start(1), p.end + pm.end(1)
            # "Ang Lee (director of FILM)", "Richard Attenborough (director of A and B)": the bracket says the craft
            # (archive: 30 hits, 26 reviews; 12/12 sampled are the person's films as director)
            role, rule = ("director", "credits.director_of") if _DIRECTOR_OF_BRACKET.match(pm[1]) else \
                ("contributor", "credits.filmography")
            for f in (f for f in films if inner_s <= f.start and f.end <= inner_e):
                if ctx.people_in(inner_s, f.start):
                    break  # "Judy (played by Heather Graham, of 'Boogie Nights')": the film is the performer's
                performer = ctx.people_in(f.end, inner_e)[:1]
                if performer and _FILM_POSSESSIVE_GAP.fullmatch(text, f.end, performer[0].start):
                    # "Caleb (MEET THE DEEDLES' Paul Walker)", "Edgar Reese ("Crash"'s Elias Koteas)": the name
                    # before the bracket is a part, the film its performer's (crew16s: extractors/README.md)
                    break
                # "directed by X (FIELD OF DREAMS director)", "X (GUNCRAZY screenwriter)": the bracket's one film
                # and its role word (archive: 11 "(... role)" brackets after a name, 2 with a film; ninth pass)
                fr = _FILM_ROLE_BRACKET.fullmatch(text, f.end, inner_e) if rule == "credits.filmography" and \
                    re.fullmatch(r"\s*(?:the\s+)?[\"'_*\u201c]*", text[inner_s : f.start], re.I) else None
                hits.append(_credit(p.person, _ROLE_OF_WORD[fr[1].lower()], f.film, p.start, f.end,
                                    "credits.director_of", confidence("credits.director_of")) if fr else
                            _credit(p.person, role, f.film, p.start, f.end, rule, confidence(rule)))
        # "Jo Blake (Ann Lee, Some Film)": a character, then the actor and a film of theirs
        # (survey of the archive: 1,138 pages, 159 critics; extractors/README.md).
        if _OPEN_BRACKET_END.search(text[max(s_start, p.start - 3) : p.start]):
            for f in films:
                if (f.start > p.end and _COMMA_MARK.fullmatch(text[p.end : f.start])
                        and _MARK_CLOSE_BRACKET.match(text[f.end : f.end + 4]) and f.film != ctx.reviewed):
                    hits.append(_credit(p.person, "actor", f.film, p.start, f.end, "credits.character_actor_film",
                                        confidence("credits.character_actor_film")))
        # "Jerry Zucker, Jim Abrahams and David Zucker (who went on to give us Airplane!, Top Secret!, ...)"
        wm = _WHO_MADE.match(text, p.end, p.end + 300)
        if wm:
            # the clause may run past spaCy's sentence end ("Airplane! and Top Secret!")
            clause_end = wm.end() + _clause_length(text[wm.end() : wm.end() + 300])
            # "..., and the cinematographer who brought us FILM": a second clause, another role
            nm = re.compile(r"\bwho\b").search(text, wm.end(), clause_end)
            clause_end = nm.start() if nm else clause_end
            role = _WHO_VERB_ROLE.get(wm["v"].lower(), "contributor")
            noun = _WHO_NOUN_ROLE.get((wm["n"] or "").lower())
            if noun is not None and (role == "contributor" or noun == "source_author"):
                role = noun  # "X, the cinematographer who brought us FILM", "the novelist who wrote FILM"
            team = _list_before(ctx, people, i)
            # "director X, who brought us A", "X, who once made pictures like A" of a name the archive's headers
            # credit with directing first: a maker's verb for a director is the direction (dir18)
            # (one name only: a team's "who went on to give us A" shares the work in ways the text leaves open)
            makers = {q.person for q in team if role == "contributor" and MAKERS_WHO_MADE and len(team) == 1 and
                      wm["v"].lower() in _MAKING_VERBS and (directing_career(q.person) or _DIRECTOR_TITLE.search(
                          text, max(s_start, q.start - 20), q.start))}
            for f in ctx.films_in(wm.end(), clause_end):
                if f.film != ctx.reviewed:
                    # (not past a craft: "X, who did the editing on films like A": an editor's work)
                    crafted = bool(makers) and _CRAFT_BEFORE_FILM.search(text, wm.start(), f.start) is not None
                    hits.extend(_credit(q.person, "director" if q.person in makers and not crafted else role, f.film,
                                        q.start, f.end, "credits.who_made", confidence("credits.who_made"))
                                for q in team)
        # "Director X, best known for FILM and FILM," (archive: 153 hits, 66 critics; extractors/README.md)
        km = _KNOWN_FOR.match(after)
        if km:
            start = p.end + km.end()
            hits.extend(_filmography(ctx, p, start, start + _clause_len(after[km.end() :], _FILMOGRAPHY_CUT)))
        # "X, of FILM and FILM fame", "X, whose credits include FILM", "X, the man behind FILM": a filmography
        # in apposition (archive: 179 + 179 + 45 hits, 100 + 85 + 25 critics; extractors/README.md)
        am = _APPOSED_FILMS.match(after)
        if am:
            rest = after[am.end() :]
            rule = "credits.known_for"
            if am["fame"] is not None:
                fm = re.match(r"[^.;:()]{1,100}?\bfame\b", rest)
                clause_len = fm.end() if fm else 0
                if not fm and _FROM_FILM.fullmatch(am[0].rstrip()) and (
                        p.person in ctx.header_roles or
                        sum(archive_roles().get(p.person) or ()) >= CAREER_MIN_REVIEWS) and any(
                        _FILM_OPENS.fullmatch(text, p.end + am.end(), f.start)
                        for f in ctx.films_in(p.end + am.end(), p.end + am.end() + 30)[:1]):
                    # "Robert Carlyle of THE FULL MONTY and TRAINSPOTTING", "(Colin Firth, from FILM, etc)": the
                    # films right after "of / from" are the person's, no craft stated (ties13: archive 1,014
                    # "Name, of / from TITLE" hits without "fame", 883 pages, 157 critics; extractors/README.md)
                    # ... only for a name the header or the archive's headers (3+ reviews) credit: "Stanley Ipkiss
                    # from THE MASK", "Max Cady of CAPE FEAR" are parts
                    clause_len, rule = _clause_len(rest, _LIST_CUT), "credits.of_film"
                    # ... up to the next name: "X of FILM and Y of FILM2" ties Y alone to FILM2
                    named = ctx.people_in(p.end + am.end(), p.end + am.end() + clause_len)
                    clause_len = named[0].start - p.end - am.end() if named else clause_len
            else:
                clause_len = _clause_len(rest, _FILMOGRAPHY_CUT)
            tied = _filmography(ctx, p, p.end + am.end(), p.end + am.end() + clause_len, rule)
            if DIRECTORS_WHOSE_FILMS and "whose" in am[0].lower() and \
                    _MAKER_TITLE.search(text, max(s_start, p.start - 20), p.start) and \
                    (not WHOSE_CREDITS_UNSTATED or _WHOSE_FILM_NOUN.search(am[0])):
                # "director X, whose last film was FILM", "filmmaker X, whose films include A and B": a director's
                # films are the direction (the guideline's "X's new film"; src19); "whose credits / work / resume
                # include" names no role, a contribution (the guideline's contributor; credits20)
                tied = [_credit(c.object, "director", c.subject, c.start, c.end, rule, c.confidence) for c in tied]
            if rule == "credits.of_film" and actor_career(p.person):
                # "Judy Davis of MY BRILLIANT CAREER": a star's films are her parts (the archive's headers credit
                # the name with acting more than with all crew work)
                tied = [_credit(c.object, "actor", c.subject, c.start, c.end, rule, c.confidence) for c in tied]
            hits.extend(tied)
        hits.extend(_credit(p.person, "director", f.film, p.start, f.end, "credits.film_by",
                            confidence("credits.film_by")) for f in _films_by(ctx, p, s_start, s_end))
        ofm = _OTHER_FILMS.match(after)
        if ofm:
            start = p.end + ofm.end()
            hits.extend(_filmography(ctx, p, start, start + _clause_len(after[ofm.end() :], _LIST_CUT)))
        # ordinal filmography: "X's second film as director", "(in FILM,) his first film as both director
        # and scenarist, writer X" (archive: 38 hits, 25 critics; extractors/README.md)
        om = _ORDINAL_OWN.match(after)
        ob = None if om else _ORDINAL_BEFORE.search(text[max(s_start, p.start - 120) : p.start])
        m = om or ob
        if m:
            roles = {_ROLE_WORDS.get(r.lower(), "director" if r.lower() in ("helmer", "filmmaker") else "screenwriter")
                     for r in (m["r1"], m["r2"]) if r}
            if om:  # the film in apposition: right after the phrase, else right before the name
                near = [f for f in films if 0 <= f.start - (p.end + om.end()) <= 4] or [
                    f for f in films if 0 <= p.start - f.end <= 12
                    and re.fullmatch(r"[\"'_*\u201d]*\s*(?:\(\d{4}\))?\s*,\s*", text[f.end : p.start])]
            else:
                lead = p.start - len(text[max(s_start, p.start - 120) : p.start]) + ob.start()
                near = [f for f in films if 0 <= lead - f.end <= 12]
            film = near[0].film if near else ctx.reviewed
            if film is not None:
                hits.extend(_credit(p.person, r, film, p.start, p.end, "credits.ordinal_film",
                                    confidence("credits.ordinal_film")) for r in sorted(roles))
        # "the Coen Brothers' latest offering has little of ... "Fargo," ... "Raising Arizona""
        lm = _LATEST.match(after)
        if lm:
            for f in (f for f in films if f.start > p.end + lm.end() and f.film != ctx.reviewed):
                hits.append(_credit(p.person, "contributor", f.film, p.start, f.end, "credits.own_films",
                                    confidence("credits.own_films")))
        for f in films:
            if f.start <= p.end:
                continue
            between = text[p.end : f.start]
            # "Jan Kadar's 1964 Oscar-winning masterpiece THE SHOP ON MAIN STREET",
            # "Spielberg's first two attempts at "mature themes," THE COLOR PURPLE and ..."
            # ("Reynolds's hairpiece in FILM": a thing of X's in the film names no craft; a title the
            # text writes in lower case is a word here, "Dean's car crash")
            if _POSSESSIVE_GAP.fullmatch(between) and not re.search(
                    r"\b(?:performance|role|turn|portrayal|character|novel|book|bestseller|best-seller|memoir|novella|"
                    r"version|remake|latest|new|"
                    r"newest|offering)\b|\bin\s+[\"'_*\u201c]*$", between, re.I) and \
                    not re.fullmatch(r"[a-z\s\-']+", text[f.start : f.end]) and \
                    not _TITLE_LIKE.match(text, f.end):  # "Letterman's GODFATHER-like meeting": a comparison
                role = "actor" if "actor" in ctx.header_roles.get(p.person, set()) and f.film == ctx.reviewed \
                    else "director"
                craft = _POSSESSED_CRAFT.search(between)
                if craft:  # "Goldsman's screenplay of FILM", "Herrmann's score for FILM": the craft is named
                    role = _CRAFT_ROLE[craft[1].lower()]
                elif re.search(r"\b(?:based\s+(?:up)?on|suggested\s+by)\s+$",
                               text[max(s_start, p.start - 30) : p.start], re.I):
                    break  # "Based on Patricia Highsmith's "The Talented Mr. Ripley"": the source cue's (this film's)
                # "an adaptation of a best-selling book - X's FILM": the possessor wrote the source
                # (the KB's principals, where they know the pair, settle it in resolve)
                # (the source word close before the name, in the same clause: not "the novel upon which X's FILM")
                sw = _SOURCE_CONTEXT.search(text[max(s_start, p.start - 60) : p.start])
                if role == "director" and (sw and not re.search(r"\b(?:which|that|who|whom)\b|[;:,]",
                                                                text[max(s_start, p.start - 60) : p.start][sw.end() :])
                                           and not re.search(r"\b(?:film|movie|picture)\b", between, re.I)
                                           or _READ_BEFORE.search(text, max(s_start, p.start - 40), p.start)):
                    role = "source_author"
                elif role == "director" and _SCREEN_VERSION_OF.search(text, max(s_start, p.start - 50), p.start) \
                        and not re.search(r"\b(?:film|movie|picture)\b", between, re.I):
                    # "the movie version of Paul Zindel's THE EFFECT OF GAMMA RAYS ...", "the TV version of Michael
                    # Cristofer's THE SHADOW BOX": a screen version of X's work, X its author (crew ninth pass:
                    # 138 "screen version / adaptation of X's TITLE" hits, 56 critics; 19/20, the miss "an adaptation
                    # of Wim Wenders' film TITLE", which the film word keeps out)
                    role = "source_author"
                elif role == "director" and f.film == ctx.reviewed and _VERSION_OF.search(
                        text, max(s_start, p.start - 40), p.start):
                    # "Branagh's version of Shakespeare's HAMLET" in a review of that HAMLET: the source's author
                    # (the KB's principals, where they file X as the director of a film so titled, win in resolve)
                    role = "source_author"
                elif role == "director" and f.film == ctx.reviewed and header_directors and not any(
                        p.person.split()[-1] == d.split()[-1] for d in header_directors):  # (teams: "the Coens'")
                    # the header names this film's director and it is someone else: the possessor owns the
                    # source where the sentence speaks of one, else the possessive names no craft
                    role = "source_author" if _SOURCE_CONTEXT.search(text[s_start:s_end]) else ""
                if not role:
                    break
                if f.film != ctx.reviewed or role != "actor":
                    # "Trey Parker and Matt Stone's FILM", "Rob Lowe's and Demi Moore's FILM": each possessor
                    # (archive: 50 "A B and C D's Title" hits, 3 "A's and B's Title"; ninth pass)
                    hits.extend(_credit(q.person, role, f.film, q.start, f.end, "credits.possessive_film",
                                        confidence("credits.possessive_film"))
                                for q in (_joint_possessors(ctx, people, i) if f.film != ctx.reviewed else [p]))
            # "other Hopper films: A and B", "all John Carpenter movies, yes even FILM", "the Kurt Russell
            # thriller FILM": the name as the film's modifier ties it to the film, the role unstated (the guideline's
            # "a Spielberg film" is a director's); resolve asks the KB, then the archive's careers, and drops it
            # where neither knows the name (ninth pass, extractors/README.md)
            elif f.film != ctx.reviewed and _NAME_FILM.fullmatch(between) and \
                    sum(archive_roles().get(p.person) or ()) >= CAREER_MIN_REVIEWS:
                # only a name the archive's headers credit: "the James Bond film FILM" names a part, and a
                # credit here would open the name to the film_relations classifier (ninth pass)
                if NAME_VEHICLE and _VEHICLE.search(between) and not crew_career(p.person):
                    # "the Kevin Costner vehicle FILM", "the Van Damme vehicles A and B": a star's vehicle is a
                    # film the name stars in, an acting credit (roles21: 124 "Name vehicle" hits in the archive,
                    # 53 critics; on the even pages this branch gave 8 of them a director or contributor credit)
                    hits.append(_credit(p.person, "actor", f.film, p.start, f.end, "credits.vehicle",
                                        confidence("credits.vehicle")))
                else:
                    hits.append(_credit(p.person, "director", f.film, p.start, f.end, "credits.name_film",
                                        confidence("credits.name_film")))
            # "Meg Ryan's performance in FILM", "Tom Hanks' turn in FILM", "Keitel's earlier role in FILM":
            # the possessor acted in FILM (archive: 177 hits, 77 critics; extractors/README.md)
            elif _ACTING_IN.fullmatch(between):
                hits.append(_credit(p.person, "actor", f.film, p.start, f.end, "credits.acting_in",
                                    confidence("credits.acting_in")))
            # "like a non-threatening Nicholson in "The Shining"", "X was wonderful in FILM", "X, so good in
            # FILM,": X acted in FILM, unless a crew word names X ("directed by X in FILM"), or the header
            # gives X a crew role; the KB's role for the pair wins in resolve (archive: extractors/README.md)
            elif f.film != ctx.reviewed and _NAME_IN.fullmatch(between) and not _CREW_BEFORE.search(
                    text[max(s_start, p.start - 30) : p.start]) and \
                    not ctx.header_roles.get(p.person, set()) - {"actor"}:
                # "Tom Cruise and Robert Duvall in DAYS OF THUNDER": the names joined before too
                hits.extend(_credit(q.person, "actor", f.film, q.start, f.end, "credits.name_in_film",
                                    confidence("credits.name_in_film")) for q in _list_before(ctx, people, i)
                            if not ctx.header_roles.get(q.person, set()) - {"actor"})
            # "Keith Carradine, star of THE MODERNS,", "Olivia Williams, the incandescent co-star of "Rushmore,""
            # (archive: extractors/README.md)
            elif re.fullmatch(r",?\s*(?:the|who\s+(?:is|was)\s+(?:also\s+)?the)?\s*(?:[\w\-]+\s+)?(?:star|co-star|"
                              r"lead|leading\s+(?:man|lady)|female\s+lead|male\s+lead)\s+(?:of|from)\s+"
                              r"(?:(?:19|20)\d\d['\u2019]s\s+)?[\"'_*\u201c]*", between, re.I):
                hits.append(_credit(p.person, "actor", f.film, p.start, f.end, "credits.star_of",
                                    confidence("credits.star_of")))
            # "Spielberg, the director of THE COLOR PURPLE", "Andrew Bergman, director of two of the
            # brightest comedies of the '90s, 1992's "Honeymoon in Vegas" and ..."
            # ... "X, the writer and director of FILM", "X, the inspired and irreverent director of FILM" (archive: 13
            # hits of two or three words before the noun, 11 critics; 8/8 of those naming a film the film's director,
            # "the writer and director" the writer too; "the writer and creator of BIG" is no director and is left)
            elif re.fullmatch(r",?\s*(?:the|who\s+(?:is|was)\s+(?:also\s+)?the|who)?\s*"
                              r"(?:(?:\w+\s+)?(?:director|helmer|maker|creator)|(?:[\w\-]+\s+){2,3}?(?:director|helmer))"
                              r"\s+(?:of|behind)\s+"
                              r"[^.;:()]{0,80}?[\"'_*\u201c]*", between, re.I) and \
                    not _NOT_A_FILM_AFTER.match(text, f.end):  # "the creator of the SPAWN comic book"
                # "X was director of photography on such films as A": the cinematographer (archive: 4 hits)
                role = "cinematographer" if re.search(r"\bdirector\s+of\s+photography\b", between, re.I) else "director"
                hits.append(_credit(p.person, role, f.film, p.start, f.end, "credits.director_of",
                                    confidence("credits.director_of")))
                if role == "director" and re.search(r"\b(?:writer|author)\s+and\s+director\b", between, re.I):
                    hits.append(_credit(p.person, "screenwriter", f.film, p.start, f.end, "credits.director_of",
                                        confidence("credits.director_of")))
            # "Ang Lee (director of FILM)", "X (the writer of FILM)", "X (writers and producers of FILM)": the
            # bracket states the role (archive: 26 hits, 24 reviews; eighth pass, extractors/README.md)
            elif (bm := _BRACKET_ROLE_OF.fullmatch(between)) is not None:
                hits.extend(_credit(p.person, _ROLE_OF_WORD[r.lower()], f.film, p.start, f.end, "credits.director_of",
                                    confidence("credits.director_of")) for r in (bm["r1"], bm["r2"]) if r)
            break
        # "THE COLOR PURPLE director Steven Spielberg"
        for f in reversed([f for f in films if f.end <= p.start]):
            between = text[f.end : p.start]
            m = _FILM_ROLE_GAP.fullmatch(between)
            if m:
                role = {"helmer": "director", "writer": "screenwriter", "screenwriter": "screenwriter",
                        "scribe": "screenwriter", "star": "actor", "co-star": "actor"}.get(m[1].lower(), m[1].lower())
                hits.append(_credit(p.person, role, f.film, f.start, p.end, "credits.film_role",
                                    confidence("credits.film_role")))
            # "PULP FICTION's Ving Rhames", "directed by "Patch"'s Tom Shadyac": the film possesses the person,
            # a filmography with no role stated (archive: 517 "TITLE's First Last" hits, 464 pages; 18/18 of a
            # sample of 25 whose possessor is a film tie the person to it, the rest TV's, MTV's, NASA's)
            elif f.film != ctx.reviewed and _FILM_POSSESSES.fullmatch(between):
                hits.append(_credit(p.person, "contributor", f.film, f.start, p.end, "credits.film_possessor",
                                    confidence("credits.film_possessor")))
            break
    # "from the director of FILM": the reviewed film's director directed FILM too.
    for f in films:
        before = text[max(s_start, f.start - 40) : f.start]
        if re.search(r"\b(?:from|by)\s+the\s+(?:\w+\s+)?(?:director|maker|makers|creators?)\s+of\s+[\"'_*\u201c]*$",
                     before, re.I):
            same_director.append(Mention("film", f.title, f.start, f.end, "credits.same_director",
                                         confidence("credits.same_director")))
    # "her roles in The Karate Kid, Cocktail and Soapdish": the sentence's subject acted in each.
    for f in films:
        before = text[s_start : f.start]
        m = _FILM_NOUN_LIST.search(before[-90:])
        who: PersonSpan | None = None
        if m and m["n"].lower().rstrip("s") in ("work", "hit", "film", "movie", "picture", "credit") and \
                not _FILMS_OWNED.search(before[-90:][max(0, m.start() - 50) : m.start()]) and \
                not ctx.people_in(max(s_start, f.start - len(before[-90:]) + m.start() - 40),
                                  f.start - len(before[-90:]) + m.start()):
            # "X, who has explored the body with movies like A and B": the relative clause of the name before
            # it owns the list (dir18)
            who = _who_owner(ctx, s_start, f.start - len(before[-90:]) + m.start()) if WHO_OWNS_LIST else None
            if who is None:
                m = None  # "such big films as A and B": a comparison, no one's filmography ("Hunter shone in such
                # films as A": a name close before the noun owns them)
        if m:
            noun_at = f.start - len(before[-90:]) + m.start()
            # the subject of the noun's own clause ("A appears on TV weekly; B has made a few movies (X, Y)")
            cut = max(text.rfind(";", s_start, noun_at), text.rfind(":", s_start, noun_at))
            subj = (ctx.people_in(cut + 1, noun_at) or [None])[0] if cut >= 0 else None
            subj = subj or _subject_before(ctx, s_start, noun_at)
            # "Luc Besson's films (A, B)": the possessor owns the list
            owner = [p for p in ctx.people_in(s_start, noun_at)
                     if _OWNER_GAP.fullmatch(text, p.end, f.start - len(before[-90:]) + m.start("n"))]
            subj = owner[-1] if owner else who or subj
            if m["br"] and ctx.people_in(noun_at, f.start):
                subj = None  # "his performance for director X (A, B)": the bracket is X's
            if (m["own"] or m["q"] or m["br"]) and (subj is None or subj.start < s_start):
                subj = None  # a quoted title or a maker's possessive: only a subject named before the noun, in the
                # sentence ("After a fine turn in Allen's FILM, he ...": Allen is no subject; 800-review run)
            if subj is not None and f.film != ctx.reviewed and not HEDGE.search(before):
                # "her roles in A and B" states acting (the guideline's own example); "his films like A" does not
                # (not "equal parts of movies such as A", "can turn out tripe like A": 800-review run)
                noun = m["n"].lower().rstrip("s")
                acting = noun in ("role", "part", "turn", "performance", "appearance") and \
                    not _NOT_ACTING_AFTER.match(m.string, m.end("n"))
                # "he moved on to direct hits like A, B", "she starred in films such as A": the verb's role
                vm = None if acting else _LIST_VERB.search(before[-90:], max(0, m.start() - 50), m.start())
                if who is not None and vm is None:  # the verb anywhere in the relative clause
                    vm = _LIST_VERB.search(text, who.end, noun_at)
                role = "actor" if acting else _LIST_VERB_ROLE[vm[1].lower()[:4]] if vm else \
                    "director" if who is not None and directing_career(who.person) and \
                    not _CRAFT_BEFORE_FILM.search(text, who.end, noun_at) else "contributor"
                # "X's (previous) movies (such as A and B)", as "X's FILM": a director's films (dir18)
                if role == "contributor" and owner and subj is owner[-1] and MAKERS_WHO_MADE and \
                        noun in ("film", "movie", "picture") and directing_career(subj.person):
                    role = "director"
                # "Jordan has dabbled in violence in his other films (A, B)", "X remains a cult figure due to his
                # dark films such as A": "his / her films" of the subject, a director first, as "X's films" (credits20)
                if role == "contributor" and PRONOUN_OWNS_FILMS and not owner and who is None and \
                        noun in ("film", "movie", "picture") and \
                        (pm := _PRONOUN_OWNER.search(text, max(s_start, noun_at - 40), noun_at)) is not None and \
                        subj.end <= pm.start() and not ctx.people_in(subj.end, noun_at) and \
                        directing_career(subj.person):
                    role = "director"
                hits.append(_credit(subj.person, role, f.film, subj.start, f.end,
                                    "credits.filmography_list", confidence("credits.filmography_list")))
    return _continue_lists(ctx, hits, films)


#: Switch for a director's "who made / gave us / brought us FILM" and "X's films (A, B)" (dir18).
MAKERS_WHO_MADE = True
#: the verbs of :data:`_WHO_MADE` that make a film without naming a craft
_MAKING_VERBS = frozenset({"give", "gave", "given", "bring", "brought", "make", "made", "create", "created", "did"})
#: a craft or part named between the verb and the film: the work is that craft's, not the direction
_CRAFT_BEFORE_FILM = re.compile(r"\b(?:edit\w*|music|scor\w*|songs?|effects|cinematography|photography|camera|"
                                r"costumes?|design\w*|scripts?|screenplays?|writ\w*|acting|roles?|parts?|"
                                r"performances?|cameos?|voices?|produc\w*|stunts?)\b", re.I)
#: the title "director" right before a name ("Director X, who brought us A")
_DIRECTOR_TITLE = re.compile(r"\b(?:director|helmer)\s+$", re.I)
#: "director X, whose last film was FILM", "Writer/director X, whose previous pictures include A": the title right
#: before the name makes the apposed films the person's direction (src19: 21 archive hits of "director / helmer /
#: filmmaker NAME, whose ... films / credits / work ... was / include", 21 pages, 14 critics; 21/21 read the
#: person's direction; extractors/README.md, nineteenth pass). False: off (a contribution, as before).
DIRECTORS_WHOSE_FILMS = True
_MAKER_TITLE = re.compile(r"\b(?:director|helmer|filmmaker)\s+$", re.I)
#: ... only where the apposition's noun is a film word: "director X, whose (previous) credits include A", "whose
#: work includes", "whose resume includes" state no role (the credits may be a script, a part), the guideline's
#: contributor, as before src19 (credits20: 10 archive hits of "director / helmer / filmmaker NAME, whose ... credits
#: include", 10 pages, 8 critics; A/B over the 107 "director NAME, whose" pages: 8 credits changed, 8/8 contributions
#: by the guideline; extractors/README.md, twentieth pass). False: every "whose" apposition of a titled director is
#: direction (src19).
WHOSE_CREDITS_UNSTATED = True
_WHOSE_FILM_NOUN = re.compile(r"\b(?:film|movie|picture|feature)s?\b(?!\s+(?:credits|work|resume))", re.I)
#: "his / her (adj){0,3} films / movies / pictures (A, B)", "... such as / like / including A": the films of the
#: clause's subject (or the last name before the sentence) are that person's direction where the archive's headers
#: credit the person with directing first, as "X's films (A, B)" (dir18) and the guideline's "X's new film"; else a
#: contribution as before (credits20: 170 archive hits of the shape, 165 pages, 81 critics; extractors/README.md,
#: twentieth pass). False: a contribution.
PRONOUN_OWNS_FILMS = True
#: ... the possessive right before the noun, up to three lower-case words between and no preposition ("his
#: contributions to films such as A" are an actor's parts, "his Tim Burton films" a composer's work)
_PRONOUN_OWNER = re.compile(r"\b[Hh](?:is|er)\s+(?:(?!(?:to|in|of|for|with|on|at|from|by|about)\s)[a-z\-]+\s+){0,3}$")
#: Switch for :func:`_who_owner` (dir18).
WHO_OWNS_LIST = True
#: A name's relative clause up to a filmography noun: "X, who for twenty years has explored ... with" (no stop,
#: bracket or second clause on the way; not a hypothesis or an audience's taste: "would have made a movie like",
#: "audiences that favor films like")
_WHO_CLAUSE = re.compile(r"\s*,?\s+who\s+(?![^.;:!?()]*\b(?:would|could|should|might|if|audiences?|fans|viewers|"
                         r"people|critics|wanted|wants|likes?|loves?|admires?|prefers?|favou?rs?|put\s+out|studios?|"
                         r"company|distribut\w*)\b)[^.;:!?()]{0,140}$", re.I)


def _who_owner(ctx: ReviewContext, s_start: int, noun_at: int) -> PersonSpan | None:
    """The name whose "who" clause runs on to a filmography noun at ``noun_at``: "X, who has made his name with
    films like A" (the last name before the noun, in the sentence, with nothing but the clause between)."""
    before = ctx.people_in(s_start, noun_at)
    if before and _WHO_CLAUSE.fullmatch(ctx.text, before[-1].end, noun_at):
        return before[-1]
    return None


_ORD = (r"(?:very\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|"
        r"next|new|previous)\s+(?:(?:feature|full-length|major|outing|effort|film|movie|picture)\s+){0,2}"
        r"as\s+(?:an?\s+|both\s+)?(?:co-)?(?P<r1>director|writer|screenwriter|producer|helmer|filmmaker|scenarist)"
        r"(?:\s+and\s+(?:co-)?(?P<r2>director|writer|screenwriter|producer|scenarist))?\b")
#: "Tucci's third feature as a director", "Roos's first film as both director and scenarist"
_ORDINAL_OWN = re.compile(r"['\u2019]s?\s+" + _ORD, re.I)
#: "his first film as director, writer Don Roos ..."
_ORDINAL_BEFORE = gated(r"\b(?:his|her)\s+" + _ORD + r"\s*,?\s*(?:[a-z][\w\-]*\s+){0,2}$", re.I)
#: "... from/for "Title"", "... in TITLE": the craft belongs to another work
_OTHER_WORK = re.compile(r"\s+(?:from|for|in|on)\s+(?:(?:19|20)\d\d['\u2019]s\s+)?(?:[\"\u201c_*]|[A-Z]{2,}\b)")
_KNOWN_FOR = re.compile(r"^\s*,?\s*(?:\([^()]{0,60}\)\s*,?\s*)?(?:who\s+(?:is|was)\s+)?(?:(?:perhaps\s+|probably\s+)?"
                        r"(?:best|well|mostly|most|widely)\s+)?(?:known|famous|remembered|noted)\s+(?:for|from)\b",
                        re.I)
_APPOSED_FILMS = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?,?\s*\(?\s*(?:(?P<fame>(?:who\s+is\s+|also\s+)?(?:of|from|fresh\s+(?:off|from)(?:\s+of)?)\s+)|"
    r"(?:who\s+is\s+)?(?:the\s+)?(?:man|woman|person|guy|mind|talent|force|one)\s+behind\s+|"
    r"(?:(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?)?(?:whose|his|her)\s+(?:previous\s+|earlier\s+|past\s+|other\s+|prior\s+)?(?:film\s+)?(?:credits|films|work|movies|"
    r"resume)\s+(?:include|includes|included)\s+(?:such\s+\w+\s+as\s+)?|"
    # "X, whose last film, FILM,", "X, whose only other film was FILM" (archive: 28 hits, 28 pages; 20/20 tie X to
    # FILM, the role unstated: directors mostly, a few actors, whose credits resolve turns into acting)
    r"whose\s+(?:[\w\-]+\s+){0,3}?(?:film|movie|picture|feature)s?(?:\s*,\s*|\s+(?:was|were|is)\s+))", re.I)
#: "X of FILM", "X, from FILM": the bare preposition of ``_APPOSED_FILMS``'s fame group (not "fresh off")
_FROM_FILM = re.compile(r"\s*,?\s*\(?\s*(?:of|from)", re.I)
#: what may stand between "of / from" and the title: "the", "1998's", a quote
_FILM_OPENS = re.compile(r"\s*(?:the\s+)?(?:(?:19|20)\d\d['\u2019]s\s+)?[\"'_*\u201c]*", re.I)
#: "I have yet to read X's FILM": a book is read (archive: 18 "read X's Title" hits in 18 reviews; eighth pass)
_READ_BEFORE = re.compile(r"\b(?:read|reading|re-?read)\s+(?:[a-z]+\s+){0,2}$", re.I)
_BRACKET_ROLES = r"director|writer|screenwriter|producer|composer|cinematographer|editor|star"
#: "Ang Lee (director of FILM)", "X (writers and producers of FILM)"
_BRACKET_ROLE_OF = re.compile(
    rf"\s*\(\s*(?:the\s+)?(?:executive\s+)?(?:co-)?(?P<r1>{_BRACKET_ROLES})s?(?:\s+(?:and|&)\s+(?:co-)?"
    rf"(?P<r2>{_BRACKET_ROLES})s?)?\s+of\s+(?:(?:19|20)\d\d['\u2019]s\s+)?[\"'_*\u201c]*", re.I)
_ROLE_OF_WORD = {**_AS_ROLE, "star": "actor", "helmer": "director", "co-star": "actor"}
#: "(FILM director)", "(FILM's screenwriter)": what follows the bracket's one film
#: A film's possessive right before a person's name in a bracket: "(MEET THE DEEDLES' Paul Walker)", "("Crash"'s X)"
_FILM_POSSESSIVE_GAP = re.compile(r"[\"_*\u201d]*['\u2019]s?\s+")
_FILM_ROLE_BRACKET = re.compile(rf"[\"'_*\u201d]*(?:['\u2019]s)?\s+({_BRACKET_ROLES}|helmer|co-star)\s*", re.I)
#: "Hopper films: A", "John Carpenter movies, yes even A", "Kurt Russell thriller A": the name modifies the noun
#: "vehicle(s)" among _NAME_FILM's nouns: the name is the film's star (roles21)
NAME_VEHICLE = True
_VEHICLE = re.compile(r"\bvehicles?\b", re.I)
_NAME_FILM = re.compile(r"\s+(?:films?|movies?|pictures?|flicks?|vehicles?|thrillers?|comed(?:y|ies)|dramas?|"
                        r"westerns?|classics?|productions?)\s*[:,]?\s+(?:(?:like|such\s+as|including|especially|"
                        r"(?:yes,?\s+)?even)\s+)?(?:(?:19|20)\d\d['\u2019]s\s+)?[\"'_*\u201c]*", re.I)
_VERSION_OF = re.compile(r"\b(?:version|updating|update|rendition|retelling|interpretation|take|treatment)\s+of\s+"
                         r"(?:the\s+)?$", re.I)
_SCREEN_VERSION_OF = re.compile(r"\b(?:movie|film|screen|TV|television|big-screen|big\s+screen|cinematic|celluloid|"
                                r"Hollywood|stage)\s+(?:version|adapt(?:at)?ion|rendition|treatment)s?\s+of\s+(?:the\s+)?$",
                                re.I)
_SOURCE_CONTEXT = re.compile(r"\b(?:novels?|books?|best-?sellers?|novelists?|memoirs?|novellas?|adapt(?:ed|ing|s)|"
                             r"adapt(?:at)?ions?)\b", re.I)
_WHO_MADE = re.compile(
    # "X, a filmmaker who has made ...", "X, the man who gave us ...": an apposed noun before the clause (archive:
    # 155 hits, 83 critics; of 20 read, 10 hold a film in the clause and 8 of those are the person's work)
    r"\s*\)?\s*[,(]?\s*(?:(?<=,\s)(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?P<n>[\w\-]+)\s+)?"
    r"(?:who|whose)\s+(?:[\w\-']+\s+){0,4}?(?P<v>give|gave|given|bring|brought|make|made|direct|"
    r"directed|write|wrote|produce|produced|star|starred|appear|appeared|helm|helmed|create|created|"
    # "the score by David Arnold, who also worked on FILM", "cinematographer X, who shot FILM" (archive:
    # 45 hits, 33 critics; 13/15, the rest a TV show and a voice part, which resolve turns to acting)
    r"did(?!\s+not|n)|worked\s+on|shot|scored|edited|lensed)\b",
    re.IGNORECASE,
)
#: The apposed noun before "who" states the role where the verb does not ("the director who brought us");
#: "filmmaker" and "man" state none (the guideline's contributor).
_WHO_NOUN_ROLE = {"director": "director", "helmer": "director", "writer": "screenwriter",
                  "screenwriter": "screenwriter", "scripter": "screenwriter", "producer": "producer",
                  "composer": "composer", "cinematographer": "cinematographer", "editor": "editor",
                  "novelist": "source_author", "author": "source_author", "playwright": "source_author"}
_WHO_VERB_ROLE = {"direct": "director", "directed": "director", "helm": "director", "helmed": "director",
                  "write": "screenwriter", "wrote": "screenwriter", "produce": "producer", "produced": "producer",
                  "star": "actor", "starred": "actor", "appear": "actor", "appeared": "actor",
                  "shot": "cinematographer", "lensed": "cinematographer", "scored": "composer", "edited": "editor"}
_LATEST = re.compile(
    r"^(?:\s+(?:brothers|bros\.?|team|duo))?['\u2019]s?\s+(?:[\w\-]+\s+){0,2}?(?:latest|newest|new|last|previous|"
    r"earlier|current)\s+(?:[\w\-]+\s+)?(?:film|movie|offering|effort|picture|outing|work|project|comedy|feature)\b",
    re.IGNORECASE,
)


def _clause_length(s: str) -> int:
    m = re.search(r"[);]|\.(?:\s|$)", s)
    return m.start() if m else len(s)


def _list_before(ctx: ReviewContext, people: list[PersonSpan], i: int) -> list[PersonSpan]:
    """The person at ``i`` and those joined to it by ',' / 'and' just before it."""
    team = [people[i]]
    j = i
    while j > 0 and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)", ctx.text[people[j - 1].end : people[j].start]):
        j -= 1
        team.insert(0, people[j])
    return team


#: Between two possessors of one film: "A and B's", "A's and B's", "A & B's"
#: (not a bare comma: "Kevin Spacey, Frasier's David Hyde Pierce and ... FILM" is a list of voices; 800-review run)
_JOINT_POSSESSOR_GAP = re.compile(r"(?:['\u2019]s?)?\s*(?:,\s*and\s+|\s+and\s+|\s*&\s*)")


def _joint_possessors(ctx: ReviewContext, people: list[PersonSpan], i: int) -> list[PersonSpan]:
    """The possessor at ``i`` and those joined to it before: "Trey Parker and Matt Stone's FILM"."""
    team = [people[i]]
    j = i
    while j > 0 and _JOINT_POSSESSOR_GAP.fullmatch(ctx.text, people[j - 1].end, people[j].start):
        j -= 1
        team.insert(0, people[j])
    return team


def _subject_before(ctx: ReviewContext, s_start: int, pos: int) -> PersonSpan | None:
    inside = [p for p in ctx.people if s_start <= p.start < pos]
    if inside:
        return inside[0]
    before = [p for p in ctx.people if p.end <= s_start]
    return before[-1] if before and s_start - before[-1].end < 400 else None


#: "X's screenplay of FILM", "X's score for FILM": the possessed craft gives the role (archive sample of 300
#: reviews: 1 of the 14 "X's FILM" credits; the grammar of the possessive-noun rule, carried to a named film)
_POSSESSED_CRAFT = re.compile(r"^['\u2019]s?\s+(?:[\w\-,]+\s+){0,3}?(screenplay|script|score|music|soundtrack|"
                              r"cinematography|photography|editing)\b", re.I)
_CRAFT_ROLE = {"screenplay": "screenwriter", "script": "screenwriter", "score": "composer", "music": "composer",
               "soundtrack": "composer", "cinematography": "cinematographer", "photography": "cinematographer",
               "editing": "editor"}
_POSSESSIVE_GAP = re.compile(
    r"['\u2019]s?\s+(?:[\w\-,]+\s+|[\"\u201c][^\"\u201d]{1,40}[\"\u201d]\s*){0,7}?[\"'_*\u201c]*")
#: "X's (wooden, Oscar-winning) turn / performance / role / part in FILM" ("X's work in FILM" is a craft as often)
_ACTING_IN = re.compile(r"['\u2019]s?\s+(?:[\w\-,]+\s+){0,3}?(?:performances?|turns?|roles?|portrayals?|"
                        r"acting|cameos?|part|characters?)\s+(?:in|from)" + _MAKER_OWNS
                        + r"\s+(?:(?:19|20)\d\d['\u2019]s\s+)?[\"'_*\u201c]*", re.I)
#: "Pacino's Dracula-esque method", "Mancini's SPEED-like score" (archive: 38 "X's TITLE-like" hits, 30 critics;
#: none names the title's maker)
_TITLE_LIKE = re.compile(r"[\"'_*\u201d]*-(?:like|esque|style|type|ish)\b")
#: "X in FILM", "X (was) (so) wonderful in FILM", "X, so good in FILM"
_NAME_IN = re.compile(r"(?:,?\s+(?:is|was|were|are)\s+(?:so\s+|very\s+|also\s+|equally\s+|quite\s+|just\s+)?"
                      r"(?:excellent|wonderful|fine|good|great|terrific|superb|memorable|hilarious|funny|brilliant|"
                      r"marvelous|marvellous|perfect|outstanding|effective|touching|chilling|menacing|miscast|wasted)"
                      r"|,\s+(?:so\s+|very\s+|also\s+|equally\s+)?(?:good|great|wonderful|memorable|effective|"
                      r"fine|terrific|brilliant|funny|hilarious))?\s+in\s+(?:(?:19|20)\d\d['\u2019]s\s+)?"
                      r"[\"'_*\u201c]*", re.I)
_CREW_BEFORE = re.compile(r"\b(?:direct\w*|written|writer|wrote|produc\w*|filmmaker|helm\w*|script\w*|score\w*|"
                          r"compos\w*|shot|photograph\w*|edit\w*|novel\w*|author)\b[^,.;]*$", re.I)
#: ... not when the work is named after it ("the Tom Stoppard play, "Arcadia"": a work of its own)
_NAMED_SOURCE = re.compile(r"\s+(?:novel|book|best-?seller|novella|short\s+story|stage\s+play|play|memoir)\b(?!s)"
                           r"(?!,?\s*[\"_\u201c*]|,?\s*(?-i:[A-Z]{3,}))", re.I)
_NOT_A_FILM_AFTER = re.compile(r"[\"'_*\u201d]*\s+(?:comic|novels?|books?|series|show|TV|television|video\s+game|"
                               r"game|play|strip|cartoon|character)\b", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+(?:(?:classic|famous|famed|acclaimed|celebrated|beloved|original|popular|"
                         r"best-selling|bestselling)\s+)?$", re.I)
_COMPARING = re.compile(r"\b(?:like|a\s+la|than|reminiscent|unlike|as\s+in|recalls?|compared|without)\b", re.I)
_LIST_GAP = re.compile(r"[\"'_*\u201d,]*\s*(?:,|,?\s+and|,?\s+or)\s+(?:(?:19|20)\d\d['\u2019]s\s+)?[\"'_*\u201c]*")
#: ... a list whose films each carry their year: "X's A (1984), B (1986) and C (1989)" (dir18)
_YEAR_AFTER = re.compile(r"[\"'_*\u201d]*\s*\((?:19|20)\d\d\)")
_LIST_GAP_YEARS = re.compile(_YEAR_AFTER.pattern + _LIST_GAP.pattern)
#: Switch for the year brackets of :data:`_LIST_GAP_YEARS` (dir18).
LIST_YEARS = True
_LISTABLE = {"credits.filmography_list", "credits.acting_in", "credits.name_in_film", "credits.possessive_film",
             "credits.name_film", "credits.director_of", "credits.film_role", "credits.verb_after"}


def _continue_lists(ctx: ReviewContext, hits: list[Fact], films: list[FilmSpan]) -> list[Fact]:
    """A filmography list credit carries on to the next films of the same list."""
    out = list(hits)
    by_film: dict[str, list[Fact]] = {}
    for h in hits:
        if h.rule in _LISTABLE:
            by_film.setdefault(h.subject, []).append(h)
    for i, f in enumerate(films):
        if f.film not in by_film:
            continue
        for nxt in films[i + 1 :]:
            sep = ctx.text[f.end : nxt.start]
            years = False
            if not _LIST_GAP.fullmatch(sep):
                if not (LIST_YEARS and _LIST_GAP_YEARS.fullmatch(sep) and _YEAR_AFTER.match(ctx.text, nxt.end)):
                    break  # (each film of the list with its year: "Bram Stoker's Dracula (1992), FILM" is no such list)
                years = True
            # past a year, a stated role only (an unstated contribution would keep the KB's role off the film) and
            # not a possessor inside a title ("Bram Stoker's Dracula (1992), FILM")
            out.extend(Fact(nxt.film, h.predicate, h.object, h.start, nxt.end, h.rule, h.confidence)
                       for h in by_film[f.film] if not years or h.predicate != "contributor" and not any(
                           g.start <= h.start < g.end for g in films))
            by_film.setdefault(nxt.film, []).extend(by_film[f.film])
            f = nxt
    return out


#: "(take) a page / leaf out of / from X's book": the idiom before a possessive (crew17)
_PAGE_FROM = re.compile(r"\b(?:page|leaf)\s+(?:right\s+)?(?:out\s+of|from)\s+(?:the\s+)?$", re.I)


#: "the Stephen King adaptation "Hearts in Atlantis"", "his second Thomas Hardy adaptation", "FILM is one of the
#: most faithful Stephen King adaptations": a name modifying "adaptation" is the source's author (crew17)
_NAME_ADAPTATION = re.compile(r"\s+(?:(?:novel|book|play|short[\s-]story|story|stage|screen|film|movie)\s+){0,2}"
                              r"(?P<n>adapt(?:at)?ions?)\b(?!\s+(?:of|by|from|for)\b)")
#: ... the determiner phrase before the name: "the", "this", "his second", "one of the most faithful"
_ADAPTATION_DET = re.compile(r"\b(?P<d>[Aa]n?|[Tt]he|[Tt]his|[Hh]is|[Hh]er|[Tt]heir|[Aa]nother)\s+"
                             r"(?:[a-z][\w\-]*\s+){0,3}$")
#: ... the film apposed after the noun ("adaptation JUDE", "adaptation, "Jackie Brown"") or before the determiner
#: ("QUEEN MARGOT, a Dumas novel adaptation", "Get Shorty (another Elmore Leonard adaptation")
_ADAPTATION_AFTER = re.compile(r"[\s,:]*[\"'_*\u201c]*")
_ADAPTATION_APPOSED = re.compile(r"[\"'_*\u201d]*\s*[,(\u2013\u2014:]\s*|[\"'_*\u201d]*\s+-{1,2}\s+")
_ADAPTATION_LIST_OPEN = re.compile(r"[\s,:(\u2013\u2014-]*(?:(?:like|such\s+as|including|especially)\s+)?"
                                   r"[\"'_*\u201c]*")
#: ... "A, B and C", "A," "B" or "C"" (the comma inside or outside the quotes)
_ADAPTATION_LIST_GAP = re.compile(r"[\s\"'_*\u201c\u201d]*(?:,[\s,\"'_*\u201c\u201d]*(?:(?:and|or)\s+)?|"
                                  r"(?:and|or|&)\s+)[\s\"'_*\u201c]*")
#: ... or the subject of a copula: "FILM is one of the most faithful X adaptations", "FILM ranks among the best X
#: adaptations", "FILM has been hailed as the best of the X adaptations"
_ADAPTATION_COPULA = re.compile(
    r"[\"'_*\u201d]*,?\s+(?:is|was|remains|ranks|stands|has\s+been(?:\s+hailed)?(?:\s+as)?)\s+"
    r"(?:(?:one|among|of|certainly|probably|easily|still|simply|just|perhaps|surely|arguably|clearly)\s+)*"
    r"(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,3}$")


def _name_adaptations(ctx: ReviewContext, s_start: int, s_end: int, people: list[PersonSpan]) -> list[Fact]:
    """"the Stephen King adaptation FILM", "this Wharton adaptation": the name modifying "adaptation" wrote the source
    of the film apposed to the phrase, of the subject that "is one of the X adaptations", or, after "this / his /
    her / their" (a singular noun), of the reviewed film; "another / a X adaptation" with no film apposed names
    no film. A name the archive's headers credit mostly as a director or a performer ("the Branagh adaptation") is
    the adapter or the star."""
    text = ctx.text
    hits: list[Fact] = []
    for p in people:
        am = _NAME_ADAPTATION.match(text, p.end, s_end)
        if am is None:
            continue
        if (directing_career(p.person) or actor_career(p.person)) and not author_career(p.person):
            continue  # "the Branagh adaptation", "the Olivier adaptation": the adapter or the star, not the author
        dm = _ADAPTATION_DET.search(text, max(s_start, p.start - 50), p.start)
        det_at = dm.start() if dm else p.start
        film: FilmSpan | None = None
        plural = am["n"].endswith("s")
        after = ctx.films_in(am.end(), s_end)
        if plural and after and _ADAPTATION_LIST_OPEN.fullmatch(text, am.end(), after[0].start):
            # "in the tradition of King adaptations "Stand By Me" and "The Shawshank Redemption"", "the better
            # Crichton adaptations - like Jurassic Park or Rising Sun": each film of the list after the noun
            listed = [after[0]]
            for f in after[1:]:
                if not _ADAPTATION_LIST_GAP.fullmatch(text, listed[-1].end, f.start):
                    break
                listed.append(f)
            hits.extend(_credit(p.person, "source_author", f.film, det_at, f.end,
                                "credits.name_adaptation", confidence("credits.name_adaptation")) for f in listed)
            continue
        if dm is None or ctx.people_in(dm.end(), p.start):
            continue  # the singular, and a plural with no list after, need the determiner: "the X adaptation"
        if not plural:
            film = next((f for f in after if _ADAPTATION_AFTER.fullmatch(text, am.end(), f.start)), None)
        before = ctx.films_in(s_start, det_at)
        if film is None and before and not ctx.people_in(before[-1].end, det_at):
            last = before[-1]
            if not plural and _ADAPTATION_APPOSED.fullmatch(text, last.end, det_at) or \
                    _ADAPTATION_COPULA.fullmatch(text, last.end, p.start):
                film = last
        key = film.film if film is not None else None
        det = dm["d"].lower()
        if key is None and not plural and (det == "this" or det in ("his", "her", "their")
                                           and not ctx.films_in(s_start, s_end)):
            key = ctx.reviewed  # "this Wharton adaptation", "his second Stephen King adaptation"
        if key is None:
            continue
        hits.append(_credit(p.person, "source_author", key, det_at, am.end(), "credits.name_adaptation",
                            confidence("credits.name_adaptation")))
    return hits

