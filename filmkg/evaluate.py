"""Build the reviews a gold set names and score them with the shared scorer's rules."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from filmkg.core.errors import FilmKGError


def gold_ids(gold: Path) -> list[str]:
    return [json.loads(p.read_text(encoding="utf-8"))["doc"] for p in sorted(gold.glob("*.json"))]


def gold_inputs(gold: Path, corpus: str | Path, dest: Path) -> list[str]:
    """The review files for the gold ids: files named by the id under ``corpus`` (a folder),
    else pages taken out of the archive tarball (``corpus`` itself or one inside it) into ``dest``."""
    corpus = Path(corpus)
    ids = gold_ids(gold)
    found: dict[str, str] = {}
    if corpus.is_dir():
        for p in corpus.rglob("*"):
            if p.stem in ids and p.suffix in {".html", ".htm", ".txt"} and p.stem not in found:
                found[p.stem] = str(p)
    missing = set(ids) - set(found)
    tarballs = [corpus] if corpus.is_file() else sorted(corpus.glob("*.tar.gz")) if corpus.is_dir() else []
    if missing and tarballs:
        from filmkg.readers.sources import iter_tarball

        dest.mkdir(parents=True, exist_ok=True)
        for raw in iter_tarball(tarballs[0]):
            if raw.identifier in missing:
                page = dest / f"{raw.identifier}.html"
                page.write_bytes(raw.data)
                found[raw.identifier] = str(page)
    if not found:
        raise FilmKGError(f"{corpus}: none of the {len(ids)} gold reviews found there")
    return [found[i] for i in ids if i in found]


def score(gold: Path, graph: Path, scorer: Path | None = None, show_errors: bool = False,
          as_json: bool = False) -> str:
    """Run the shared scorer over a built graph; its printed output (or JSON)."""
    cmd = [sys.executable, str(_find_scorer(gold, scorer)), "--gold", str(gold), "--graph", str(graph)]
    cmd += ["--show-errors"] if show_errors else []
    cmd += ["--json"] if as_json else []
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if res.returncode:
        raise FilmKGError(f"scorer failed: {res.stderr.strip()}")
    return res.stdout


def evaluate(gold: Path, out_dir: Path, inputs: list[str] | None = None, corpus: str | Path | None = None,
             show_errors: bool = True, scorer: Path | None = None, extractor=None) -> str:
    """Build the gold set's reviews into ``out_dir`` and score them (misses and extras listed)."""
    from filmkg.build import BuildOptions, build

    if not inputs:
        if corpus is None:
            raise FilmKGError("give --corpus (the archive folder or tarball) or --inputs")
        inputs = gold_inputs(gold, corpus, out_dir / "inputs")
    build(inputs, out_dir, BuildOptions(formats=("trig",), resume=False), extractor=extractor)
    graph = out_dir / "graph.trig"
    out = score(gold, graph, scorer, show_errors=show_errors)
    extra = character_errors(gold, graph, _find_scorer(gold, scorer)) if show_errors else []
    return "".join(f"{line}\n" for line in extra) + out


def character_errors(gold: Path, graph: Path, scorer: Path) -> list[str]:
    """Misses and extras of characters, which the shared scorer counts but does not list."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("filmkg_scorer", scorer)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    preds = mod.read_predictions(graph)
    out = []
    for gf in sorted(gold.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        pred = preds.get(g["doc"])
        if pred is None:
            continue
        fmap, _, _ = mod.align(g["films"], pred["films"], film=True)
        pmap, _, _ = mod.align(g["people"], pred["people"], film=False)
        gold_chars = {(p, f): t for p, f, t in g["characters"]}
        got: dict = {}
        for p, f, t in pred["characters"]:
            key = (pmap.get(p, str(p)), fmap.get(f, str(f)))
            got.setdefault(key, []).append(t)
        for key, t in gold_chars.items():
            texts = got.get(key, [])
            if not any(mod.words(t) & mod.words(x) for x in texts):
                out.append(f"{g['doc']}: missed character {key} {t!r}" + (f" (got {texts})" if texts else ""))
        for key, texts in got.items():
            if key not in gold_chars:
                out.append(f"{g['doc']}: extra character {key} {texts}")
    return out


def _find_scorer(gold: Path, scorer: Path | None = None) -> Path:
    """The shared scorer: given, beside the gold folder, or in ../shared/eval of the project."""
    project = Path(__file__).resolve().parent.parent
    for cand in (scorer, gold.parent / "score.py", gold / "score.py", gold.parent.parent / "score.py",
                 project.parent / "shared" / "eval" / "score.py", Path.cwd().parent / "shared" / "eval" / "score.py"):
        if cand is not None and cand.exists():
            return cand
    raise FilmKGError(f"no score.py beside {gold}; give it with --scorer")
