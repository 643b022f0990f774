"""The twenty-first pass (extractors/README.md, "Characters, twenty-first pass"): a performer a "Part (Actor)"
bracket states stays a person, and keeps the row, though the review later calls her by the first name alone."""

from __future__ import annotations

import pytest

from filmkg.extractors import resolve
from tests.extractors.conftest import characters_of

FILM = "Night Train"
TEXT = ("The drifter meets his much younger wife, Ada Pike (Mara Quellin). She is trouble. "
        "Mara is sizzling in every scene.")


def people_of(ex) -> set[str]:
    return {e.name for e in ex.entities.values() if e.kind == "person"}


def test_a_bracketed_performer_called_by_her_first_name_keeps_her_row(extract):
    ex = extract(TEXT, FILM)
    assert characters_of(ex) == {("Mara Quellin", "Ada Pike", None)}
    assert "Mara Quellin" in people_of(ex)


def test_the_switch_off_drops_her_as_before(extract, monkeypatch):
    monkeypatch.setattr(resolve, "BRACKET_PERFORMERS", False)
    ex = extract(TEXT, FILM)
    assert characters_of(ex) == set()
    assert "Mara Quellin" not in people_of(ex)


@pytest.mark.parametrize("text", [
    # a name the review gives as no one's performer, called by the first name alone, is still a part
    "The drifter meets Ada Pike, his much younger wife. She is trouble. Ada is sizzling in every scene.",
])
def test_a_first_name_part_without_a_bracket_is_still_dropped(extract, text):
    assert "Ada Pike" not in people_of(extract(text, FILM))

