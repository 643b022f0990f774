"""Shared fixtures: one spaCy pipeline and one demo build per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "reviews"
SHARED = ROOT.parent / "shared"
PEOPLE_REVIEW = EXAMPLES / "people-1995-leaving-las-vegas.txt"


@pytest.fixture(scope="session")
def extractor():
    """The real pipeline (spaCy model + rules + bundled IMDb gazetteer)."""
    from filmkg.build import BuildOptions, _Linker
    from filmkg.extractors.pipeline import ReviewExtractor

    linker = _Linker(BuildOptions())
    return ReviewExtractor(gazetteer=linker.gazetteer(), known_people=linker.known_people(),
                           first_names=linker.first_names(), principal_roles=linker.principal_roles())


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
