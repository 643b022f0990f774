"""Shared fixtures: one spaCy pipeline and one demo build per test session."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The suite's caches (the IMDb KB's pickle, indexes of read-only KB folders) go to a folder of
# its own, removed at the end, never the user's ~/.cache: tests load KBs from temporary
# folders, whose cache files would pile up there.
_CACHE = tempfile.mkdtemp(prefix="filmkg-test-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, True)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "reviews"
SHARED = ROOT.parent / "shared"
PEOPLE_REVIEW = EXAMPLES / "people-1995-leaving-las-vegas.txt"


@pytest.fixture(scope="session")
def extractor():
    """The real pipeline (spaCy model + rules + the bundled IMDb subset as lexicon)."""
    from filmkg.extractors.pipeline import ReviewExtractor

    return ReviewExtractor(lexicon())


def lexicon():
    from filmkg.linking.imdb_kb import load_kb
    from filmkg.linking.lexicon import Lexicon

    return Lexicon.from_kb(load_kb(None))


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory, extractor):
    """The example reviews built once, as ``make demo`` does."""
    from filmkg.build import BuildOptions, build

    out = tmp_path_factory.mktemp("demo")
    report = build([EXAMPLES], out, BuildOptions(formats=("trig", "ttl", "nq", "jsonld")), extractor=extractor)
    return report


@pytest.fixture(scope="session")
def demo_dataset(demo_build):
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(str(demo_build.files["trig"]), format="trig")
    return ds
