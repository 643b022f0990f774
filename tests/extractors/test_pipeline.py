"""The pipeline as a whole: component order, Docs that survive the worker processes, failures, thresholds."""

from __future__ import annotations

from spacy.tokens import Doc

from filmkg.core.records import Review
from filmkg.extractors import state
from filmkg.extractors.assemble import to_extraction
from filmkg.extractors.pipeline import PIPELINE, ReviewExtractor, spacy_text

TEXT = ("Director: Sofia Marsh\nCast: Tom Ellery (Jack), Rosa Quint\n\nNIGHT TRAIN is a tense ride. "
        "Gene Hackman (THE CONVERSATION) plays the conductor, and Sofia Marsh's direction is sure.\n"
        "*** out of ****")


def test_components_in_order_and_no_problems(extractor):
    analysis = extractor.nlp.analyze_pipes()
    assert all(not problems for problems in analysis["problems"].values())
    assert tuple(extractor.nlp.pipe_names[-len(PIPELINE) :]) == PIPELINE


def test_a_doc_sent_back_from_a_worker_gives_the_same_extraction(extractor):
    review = Review("case", TEXT, "test", title="Night Train")
    doc, _ = next(extractor.nlp.pipe([(spacy_text(TEXT), review)], as_tuples=True))
    # what Language.pipe(n_process=2) does with each Doc a worker finishes
    back = Doc(extractor.nlp.vocab).from_bytes(doc.to_bytes())
    a, b = to_extraction(doc, review), to_extraction(back, review)
    assert a.facts == b.facts and a.entities == b.entities and a.critic == b.critic
    assert len(a.facts) > 5


def test_a_failing_rule_fails_its_review_only(extractor, monkeypatch):
    import filmkg.extractors.credits as credits

    def broken(ctx):
        raise ValueError("no credits today")

    monkeypatch.setattr(credits, "find_credits", broken)
    reviews = [Review("a", TEXT, "a.txt", title="Night Train")]
    (result,) = list(extractor.extract_many(reviews))
    assert result == ("a.txt", "extraction failed: credits: ValueError: no credits today")


def test_min_confidence_applies_to_mentions_and_facts_alike(extractor):
    review = Review("case", TEXT, "test", title="Night Train")
    low = ReviewExtractor(nlp=extractor.nlp, min_confidence=0.0).extract(review)
    high = ReviewExtractor(nlp=extractor.nlp, min_confidence=0.8).extract(review)
    low_conf = [m.confidence for e in low.entities.values() for m in e.mentions] + [f.confidence for f in low.facts]
    assert min(low_conf) < 0.8  # the text has findings under the threshold
    assert all(m.confidence >= 0.8 for e in high.entities.values() for m in e.mentions)
    assert all(f.confidence >= 0.8 for f in high.facts)
    assert 0 < len(high.facts) < len(low.facts)


def test_a_bare_doc_is_a_review_without_metadata(extractor):
    doc = extractor.nlp("Director: Sofia Marsh\n\nA tense ride.")
    assert state.review(doc)["title"] is None
    assert [m.name for m in state.mentions(doc, state.HEADER)] == ["Sofia Marsh"]


def test_with_two_processes_the_rules_run_in_the_workers(extractor, monkeypatch):
    import os

    import filmkg.extractors.credits as credits

    reviews = [Review(f"r{i}", TEXT.replace("Gene Hackman", name), f"r{i}.txt", title="Night Train")
               for i, name in enumerate(["Gene Hackman", "Robert Duvall", "Holly Hunter"])]
    alone = list(extractor.extract_many(reviews, n_process=1))
    parent, rules = os.getpid(), credits.find_credits

    def only_in_a_worker(ctx):
        if os.getpid() == parent:
            raise RuntimeError("a rule ran in the parent")
        return rules(ctx)

    monkeypatch.setattr(credits, "find_credits", only_in_a_worker)
    pooled = list(extractor.extract_many(reviews, n_process=2, batch_size=1))
    assert [(x.facts, x.entities) for x in pooled] == [(x.facts, x.entities) for x in alone]


def test_wrapped_prose_lines_are_joined_and_layout_lines_kept():
    prose = "The heist goes wrong in the second reel, when the\ndriver loses his nerve and the crew scatters.\n"
    layout = "Director: Sofia Marsh\nCast: Tom Ellery\n"
    labelled = "The heist goes wrong in the second reel, and then\nMusic: Ana Fell\n"
    joined = spacy_text(prose)
    assert joined == prose.replace("the\ndriver", "the driver") and len(joined) == len(prose)
    assert state.wrapped_breaks(prose) == [prose.index("\ndriver")]
    assert spacy_text(layout) == layout  # short lines and labels are layout
    assert spacy_text(labelled) == labelled  # a break before a "Label:" line stays
    assert spacy_text("no breaks at all") == "no breaks at all"


def test_the_rules_sentences_are_worked_out_once_and_survive_a_worker(extractor):
    from filmkg.extractors import context

    review = Review("case", TEXT, "test", title="Night Train")
    doc, _ = next(extractor.nlp.pipe([(spacy_text(TEXT), review)], as_tuples=True))
    kept = doc.user_data[context.SENTENCES_KEY]
    assert context.sentences(doc) == kept and len(kept) >= 3
    # the header lines, the prose and the rating are apart: blank lines end sentences
    assert any(TEXT[s:e].startswith("NIGHT TRAIN") for s, e in kept)
    back = Doc(extractor.nlp.vocab).from_bytes(doc.to_bytes())
    assert context.sentences(back) == kept and all(type(s) is tuple for s in context.sentences(back))
