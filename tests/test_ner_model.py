"""The packaged model (extractors/models/filmkg_ner) loads and tags, splits and finds its labels.

Never retrains: training/train.sh rebuilds the model; these tests only load what ships.
"""

from __future__ import annotations

import pytest

from filmkg.core.errors import ModelMissingError
from filmkg.extractors import models


@pytest.fixture(scope="module")
def ner():
    return models.load_ner()


def test_pipeline_is_small_and_labelled(ner):
    assert ner.pipe_names == ["tok2vec", "tagger", "senter", "ner"]
    assert set(ner.get_pipe("ner").labels) == set(models.NER_LABELS)
    size = sum(f.stat().st_size for f in models.NER_DIR.rglob("*") if f.is_file())
    assert size < 10_000_000


def test_person_and_unmarked_film_in_two_sentences(ner):
    doc = ner("Jack Nicholson is terrifying in The Shining. Nobody else could have played that part.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Jack Nicholson", "PERSON") in ents
    assert ("The Shining", "FILM") in ents
    assert [s.text for s in doc.sents] == ["Jack Nicholson is terrifying in The Shining.",
                                           "Nobody else could have played that part."]


def test_places_and_tags_the_rules_read(ner):
    doc = ner("He grew up in Paris with Nick Nolte.")
    assert ("Paris", "PLACE") in {(e.text, e.label_) for e in doc.ents}
    assert [t.tag_ for t in doc][:3] == ["PRP", "VBD", "RP"]
    assert doc[4].tag_ == "NNP"


def test_without_senter_sentences_are_not_set(ner):
    nlp = models.load_ner(senter=False)
    assert "senter" not in nlp.pipe_names
    doc = nlp("Jack Nicholson is terrifying in The Shining. Nobody else could have played that part.")
    assert not doc.has_annotation("SENT_START")
    assert ("Jack Nicholson", "PERSON") in {(e.text, e.label_) for e in doc.ents}


def test_missing_model_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(models, "NER_DIR", tmp_path / "filmkg_ner")
    with pytest.raises(ModelMissingError, match="filmkg_ner"):
        models.load_ner()
