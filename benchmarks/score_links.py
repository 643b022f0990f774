#!/usr/bin/env python3
"""Precision and recall of IMDb links against the hand-made link gold.

Two modes:

    # links in a built graph (end to end: extraction + linking)
    python benchmarks/score_links.py --graph OUT/graph.trig --gold tests/data/link-gold/dev-links.tsv

    # the linker alone, on the gold names of each dev review (no extractor needed)
    python benchmarks/score_links.py --from-gold --gold tests/data/link-gold/dev-links.tsv

A gold row is ``doc kind name imdb`` (imdb = ``tt…``/``nm…`` or ``NIL``). In graph mode a
prediction is a ``schema:sameAs <https://www.imdb.com/…>`` on a ``schema:Movie`` /
``schema:Person`` node of that doc's named graph whose ``schema:name`` or
``schema:alternateName`` matches the gold name (normalised: case, accents, punctuation, a
film's leading article). Per gold row: the gold id among the predicted ids is a true
positive, every other predicted id a false positive (so any link on a NIL row is one), a
missing gold id a false negative. Precision = TP / (TP + FP), recall = TP / non-NIL rows.
"recall | found" divides by the non-NIL rows whose name has a node at all, which separates
linking misses from extraction misses.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "link-gold" / "dev-links.tsv"
DOCS = ROOT / "tests" / "data" / "link-gold" / "dev-docs.json"
SDO = "https://schema.org/"
FKV = "https://w3id.org/filmkg/vocab#"
IMDB = "https://www.imdb.com/"


@dataclass
class Node:
    kind: str
    names: set[str]
    #: imdb id -> method
    links: dict[str, str] = field(default_factory=dict)


def _key(kind: str, name: str) -> str:
    from filmkg.linking.imdb_kb import person_key, title_key

    return title_key(name) if kind == "film" else person_key(name)


def read_gold(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE) if r.get("doc")]


# ------------------------------------------------------------------------------ predictions
def nodes_from_graph(path: Path) -> dict[str, list[Node]]:
    """{doc: nodes} from a TriG / N-Quads dataset with one named graph per review.

    A review's links are the ``schema:sameAs`` statement nodes whose ``fkv:review`` is that
    review, wherever they are stored (the review's graph or the default graph); without
    statement nodes, the ``schema:sameAs`` triples of the review's own graph.
    """
    from rdflib import Dataset, URIRef
    from rdflib.namespace import RDF

    ds = Dataset(default_union=False)
    fmt = {".trig": "trig", ".nq": "nquads", ".nquads": "nquads"}.get(path.suffix, "trig")
    ds.parse(str(path), format=fmt)
    S = lambda n: URIRef(SDO + n)  # noqa: E731
    statements: dict = defaultdict(dict)  # review IRI -> {(node, target): method}
    for st, _, _, _ in ds.quads((None, RDF.predicate, S("sameAs"), None)):
        subj, obj = ds.value(st, RDF.subject, any=True), ds.value(st, RDF.object, any=True)
        review = ds.value(st, URIRef(FKV + "review"), any=True)
        method = ds.value(st, URIRef(FKV + "method"), any=True)
        if subj is not None and obj is not None and review is not None:
            statements[review][(subj, obj)] = str(method or "")
    out: dict[str, list[Node]] = {}
    for g in ds.graphs():
        for review in g.subjects(RDF.type, S("Review")):
            links_of: dict = defaultdict(dict)
            if review in statements:
                for (subj, obj), method in statements[review].items():
                    links_of[subj][obj] = method
            else:
                for subj, obj in g.subject_objects(S("sameAs")):
                    links_of[subj][obj] = ""
            nodes = []
            for kind, cls in (("film", "Movie"), ("person", "Person")):
                for node in set(g.subjects(RDF.type, S(cls))):
                    names = {str(n) for p in ("name", "alternateName") for n in g.objects(node, S(p))}
                    links = {str(o).rstrip("/").rsplit("/", 1)[-1]: m for o, m in links_of[node].items()
                             if str(o).startswith(IMDB)}
                    nodes.append(Node(kind, names, links))
            for ident in g.objects(review, S("identifier")):
                out[str(ident)] = nodes
    return out


def gold_extractions(docs_path: Path = DOCS):
    """One Extraction per dev review, holding exactly the gold films and people (with their
    variants), the reviewed film with its year, and the page's IMDb id where the page has one."""
    from filmkg.core.records import Extraction, Fact, Review

    docs = json.loads(Path(docs_path).read_text(encoding="utf-8"))
    out = []
    for doc, d in docs.items():
        rf = d["reviewed_film"]
        review = Review(identifier=doc, text="", source="gold", title=rf["title"], year=rf["year"],
                        imdb_id=d.get("page_imdb"), critic=d.get("critic"), date=d.get("date"))
        ex = Extraction(review)
        for name, variants in d["films"].items():
            ent = ex.entity("film", name, rf["year"] if name == rf["title"] else None)
            ent.alternate_names |= set(variants)
            if name == rf["title"]:
                ex.reviewed_film = ent.key
        for name, variants in d["people"].items():
            ex.entity("person", name).alternate_names |= set(variants)
        if d.get("critic"):
            critic = ex.entity("person", d["critic"])
            ex.facts.append(Fact("review", "author", critic.key, 0, 0, "gold", 1.0))
        out.append(ex)
    return out


def nodes_from_extractions(extractions) -> dict[str, list[Node]]:
    out = {}
    for ex in extractions:
        nodes = []
        for e in ex.entities.values():
            if e.kind in ("film", "person"):
                link = e.links.get("imdb")
                nodes.append(Node(e.kind, e.surface_forms(), {link.target: link.method} if link else {}))
        out[ex.review.identifier] = nodes
    return out


# ------------------------------------------------------------------------------ scoring
def score(gold: list[dict[str, str]], predictions: dict[str, list[Node]]) -> dict:
    tally = {k: defaultdict(int) for k in ("film", "person")}
    by_method: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # method -> [correct, wrong]
    errors = []
    for row in gold:
        doc, kind, name, gold_id = row["doc"], row["kind"], row["name"], row["imdb"]
        t = tally[kind]
        nodes = [n for n in predictions.get(doc, []) if n.kind == kind
                 and _key(kind, name) in {_key(kind, x) for x in n.names}]
        predicted: dict[str, str] = {}
        for n in nodes:
            predicted.update(n.links)
        if gold_id != "NIL":
            t["gold"] += 1
            t["found"] += bool(nodes)
        for ident, method in predicted.items():
            ok = ident == gold_id
            t["tp" if ok else "fp"] += 1
            by_method[method or "?"][0 if ok else 1] += 1
            if not ok:
                errors.append(f"{doc}\t{kind}\t{name}: linked {ident} ({method}), gold {gold_id}")
        if gold_id != "NIL" and gold_id not in predicted:
            t["fn"] += 1
            why = "no node" if not nodes else "not linked" if not predicted else "wrong link"
            if why != "wrong link":
                errors.append(f"{doc}\t{kind}\t{name}: {why}, gold {gold_id}")
    result = {}
    for kind, t in tally.items():
        p = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 0.0
        r = t["tp"] / t["gold"] if t["gold"] else 0.0
        rf = t["tp"] / t["found"] if t["found"] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        result[kind] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3),
                        "recall_found": round(rf, 3), "tp": t["tp"], "fp": t["fp"], "fn": t["fn"],
                        "gold_linkable": t["gold"], "gold_rows": sum(1 for g in gold if g["kind"] == kind)}
    result["by_method"] = {m: {"correct": c, "wrong": w} for m, (c, w) in sorted(by_method.items())}
    result["errors"] = errors
    return result


def print_report(res: dict, show_errors: bool) -> None:
    if show_errors:
        for line in res["errors"]:
            print(line)
        print()
    print(f"{'kind':8} {'P':>6} {'R':>6} {'F1':>6} {'R|found':>8} {'TP':>4} {'FP':>4} {'FN':>4} "
          f"{'linkable':>8} {'rows':>5}")
    for kind in ("film", "person"):
        v = res[kind]
        print(f"{kind:8} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['recall_found']:8.3f} "
              f"{v['tp']:4d} {v['fp']:4d} {v['fn']:4d} {v['gold_linkable']:8d} {v['gold_rows']:5d}")
    print("\nby method (correct / wrong):")
    for m, v in res["by_method"].items():
        print(f"  {m:28} {v['correct']:4d} / {v['wrong']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD, help="link gold TSV (doc, kind, name, imdb)")
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--graph", type=Path, help="TriG / N-Quads file with one named graph per review")
    src.add_argument("--from-gold", action="store_true", help="link the gold names themselves (no extractor)")
    ap.add_argument("--docs", type=Path, default=DOCS, help="gold names per review, for --from-gold")
    ap.add_argument("--imdb", type=Path, default=None,
                    help="IMDb folder for --from-gold (default: the bundled subset)")
    ap.add_argument("--min-confidence", type=float, default=0.5)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show-errors", action="store_true")
    a = ap.parse_args(argv)
    gold = read_gold(a.gold)
    if a.graph:
        preds = nodes_from_graph(a.graph)
    else:
        from filmkg.linking.imdb_kb import load_kb
        from filmkg.linking.imdb_link import link_extraction

        t0 = time.perf_counter()
        kb = load_kb(a.imdb)
        t1 = time.perf_counter()
        exs = gold_extractions(a.docs)
        for ex in exs:
            link_extraction(ex, kb, min_confidence=a.min_confidence)
        t2 = time.perf_counter()
        if not a.json:
            print(f"KB loaded in {t1 - t0:.2f} s; {len(exs)} reviews linked in {t2 - t1:.2f} s")
        preds = nodes_from_extractions(exs)
    res = score(gold, preds)
    if a.json:
        print(json.dumps(res, indent=1))
    else:
        print_report(res, a.show_errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
