"""Build the reviews a gold set names and score them with the shared scorer's rules."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path

from filmkg.errors import FilmKGError


def gold_inputs(gold: Path, corpus: str | Path | None) -> list[str]:
    """The review files for the gold ids: archive pages from the corpus, text files by name."""
    ids = [json.loads(p.read_text(encoding="utf-8"))["doc"] for p in sorted(gold.glob("*.json"))]
    if corpus is None:
        raise FilmKGError("give --corpus (the archive folder or tarball) or --inputs")
    corpus = Path(corpus)
    found: list[str] = []
    roots = [corpus] if corpus.is_dir() else [corpus.parent]
    for i in ids:
        hits = [p for r in roots for p in r.rglob(f"{i}.*") if p.suffix in {".html", ".htm", ".txt"}]
        if hits:
            found.append(str(hits[0]))
        elif corpus.is_file() or any(corpus.glob("*.tar.gz")):
            pass
    return found


def evaluate(gold: Path, out_dir: Path, inputs: list[str] | None = None, corpus: str | Path | None = None,
             show_errors: bool = True, scorer: Path | None = None) -> str:
    from filmkg.build import BuildOptions, build
    from filmkg.readers.sources import iter_tarball

    if not inputs:
        inputs = gold_inputs(gold, corpus)
        ids = {json.loads(p.read_text(encoding="utf-8"))["doc"] for p in gold.glob("*.json")}
        have = {Path(i).stem for i in inputs}
        tarballs = [Path(corpus)] if corpus and Path(corpus).is_file() else sorted(Path(corpus).glob("*.tar.gz"))
        missing = ids - have
        if missing and tarballs:
            pick = out_dir / "inputs"
            pick.mkdir(parents=True, exist_ok=True)
            for raw in iter_tarball(tarballs[0]):
                if raw.identifier in missing:
                    (pick / f"{raw.identifier}.html").write_bytes(raw.data)
                    inputs.append(str(pick / f"{raw.identifier}.html"))
    build(inputs, out_dir, BuildOptions(formats=("trig",), resume=False))
    scorer = _find_scorer(gold, scorer)
    cmd = [sys.executable, str(scorer), "--gold", str(gold), "--graph", str(out_dir / "graph.trig")]
    if show_errors:
        cmd.append("--show-errors")
    out = io.StringIO()
    with redirect_stdout(out):
        res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if res.returncode:
        raise FilmKGError(f"scorer failed: {res.stderr.strip()}")
    extra = character_errors(gold, out_dir / "graph.trig", scorer) if show_errors else []
    return "".join(f"{line}\n" for line in extra) + res.stdout


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
