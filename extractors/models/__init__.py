"""Trained components shipped with filmkg (package data, never downloaded at run time).

``filmkg_ner/`` is a small spaCy pipeline (tok2vec + tagger + senter + ner; labels PERSON,
FILM, PLACE and EVENT) trained on the archive's own silver labels; it is the default model
under the extractors (``extractors/pipeline.py``). ``filmkg_roles/`` is a bag-of-n-grams text
classifier that scores the credit roles of a person mention (``extractors/credit_roles.py``),
trained on the credits headers of the archive. training/README.md holds their model cards and
training/ the code that rebuilds them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from filmkg.core.errors import ModelMissingError

if TYPE_CHECKING:
    from spacy.language import Language

NER_DIR = Path(__file__).resolve().parent / "filmkg_ner"
#: The credit-role classifier (spaCy textcat_multilabel, extractors/credit_roles.py).
ROLES_DIR = Path(__file__).resolve().parent / "filmkg_roles"
#: The labels the NER model predicts.
NER_LABELS = ("EVENT", "FILM", "PERSON", "PLACE")


def load_ner(senter: bool = True) -> Language:
    """The packaged pipeline; ``senter=False`` leaves sentence boundaries out."""
    return _load(senter)


def _load(senter: bool) -> Language:
    import spacy

    if not (NER_DIR / "config.cfg").is_file():
        raise ModelMissingError(f"{NER_DIR}: the packaged NER model is missing; rebuild it with training/train.sh")
    return spacy.load(NER_DIR, exclude=[] if senter else ["senter"])


__all__ = ["NER_DIR", "ROLES_DIR", "NER_LABELS", "load_ner"]
