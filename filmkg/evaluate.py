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
             show_errors: bool = True, scorer: Path | None = None, extractor=None, breakdown: bool = True,
             model: str = "filmkg", n_process: int = 1) -> str:
    """Build the gold set's reviews into ``out_dir`` and score them (misses and extras listed), then the
    scores per critic and per review unless ``breakdown`` is off."""
    from filmkg.build import BuildOptions, build

    if not inputs:
        if corpus is None:
            raise FilmKGError("give --corpus (the archive folder or tarball) or --inputs")
        inputs = gold_inputs(gold, corpus, out_dir / "inputs")
    build(inputs, out_dir, BuildOptions(formats=("trig",), resume=False, model=model, n_process=n_process),
          extractor=extractor)
    graph = out_dir / "graph.trig"
    scorer_path = _find_scorer(gold, scorer)
    out = score(gold, graph, scorer_path, show_errors=show_errors)
    if not (show_errors or breakdown):
        return out
    mod = load_scorer(scorer_path)
    preds = mod.read_predictions(graph)
    extra = character_errors(gold, preds, mod) if show_errors else []
    tables = format_breakdown(score_breakdown(gold, preds, mod)) if breakdown else ""
    return "".join(f"{line}\n" for line in extra) + out + tables


def load_scorer(scorer: Path):
    """The shared scorer as a module, so its own matching rules are reused rather than copied."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("filmkg_scorer", scorer)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class _GoldSubset:
    """Some files of a gold folder, shaped as the scorer's ``score`` reads a folder (its ``glob``), so one
    critic's or one review's figures come from the very function that makes the totals."""

    def __init__(self, files: list[Path]) -> None:
        self.files = sorted(files)

    def glob(self, pattern: str) -> list[Path]:
        return list(self.files)


BREAKDOWN_CATEGORIES = ("films", "people", "credits", "characters")


def score_breakdown(gold: Path, preds: dict, mod) -> dict[str, list[dict]]:
    """Scores per critic and per review: ``{"critics": [...], "reviews": [...]}``, each row with the
    group's name, its number of reviews and, per category, F1 and gold support; weakest credits first."""
    by_critic: dict[str, list[Path]] = {}
    critic_of: dict[Path, str] = {}
    for gf in sorted(gold.glob("*.json")):
        critic = json.loads(gf.read_text(encoding="utf-8")).get("critic") or "(no critic)"
        by_critic.setdefault(critic, []).append(gf)
        critic_of[gf] = critic

    def row(name: str, files: list[Path], **extra: str) -> dict:
        res = mod.score(_GoldSubset(files), preds, False)
        r = {"name": name, **extra, "reviews": len(files)}
        for k in BREAKDOWN_CATEGORIES:
            r[k] = res[k]["f1"]
            r[f"{k}_gold"] = res[k]["support"]
        return r

    def weakest(r: dict) -> tuple:
        # A group with no gold credits has nothing to be weak at; it goes after the rest.
        return (r["credits_gold"] == 0, r["credits"], r["characters"], r["name"])

    critics = sorted((row(c, fs) for c, fs in by_critic.items()), key=weakest)
    reviews = sorted((row(json.loads(gf.read_text(encoding="utf-8"))["doc"], [gf], critic=critic_of[gf])
                      for gf in critic_of), key=weakest)
    return {"critics": critics, "reviews": reviews}


def format_breakdown(tables: dict[str, list[dict]]) -> str:
    """The per-critic and per-review tables as text (F1, and the gold count in brackets)."""
    cells = "".join(f" {k[:10]:>12}" for k in BREAKDOWN_CATEGORIES)
    lines = ["", "per critic (weakest credits first)", f"{'critic':30} {'docs':>4}{cells}"]
    for r in tables["critics"]:
        lines.append(f"{r['name'][:30]:30} {r['reviews']:4d}" + _cells(r))
    lines += ["", "per review (weakest credits first)", f"{'review':8} {'critic':21} {'':>4}{cells}"]
    for r in tables["reviews"]:
        lines.append(f"{r['name'][:8]:8} {r['critic'][:21]:21} {'':>4}" + _cells(r))
    return "\n".join(lines) + "\n"


def _cells(r: dict) -> str:
    return "".join(f" {r[k]:6.3f} ({r[f'{k}_gold']:3d})" for k in BREAKDOWN_CATEGORIES)


def character_errors(gold: Path, preds: dict, mod) -> list[str]:
    """Misses and extras of characters, which the shared scorer counts but does not list."""
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
