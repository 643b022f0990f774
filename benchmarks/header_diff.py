"""What a change to extractors/header.py does over the whole archive: credits added and removed, by rule.

    git show main:extractors/header.py > /tmp/header_ref.py
    .venv/bin/python benchmarks/header_diff.py --ref /tmp/header_ref.py [--sample RULE --n 20 --seed 1]

Runs both versions of the header rules as the pipeline calls them (labelled lines, then an unlabelled
cast line when no label gave actors) over the stripped text of every page in /tmp/archive-txt (the blind
sets are not there), and prints per rule (the header label, "cast table", "cast line", "contributor"...) the
pages and critics whose credits changed, and the credits (name, roles, character) added and removed.
``--sample RULE`` prints random changed pages of that rule with the lines around the change, for reading
precision by hand (extractors/README.md, seventh pass).
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
from collections import defaultdict
from pathlib import Path

from filmkg.extractors import header as new

TXT = Path("/tmp/archive-txt")


def load(path: Path):
    spec = importlib.util.spec_from_file_location("header_ref", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def credits(module, text: str) -> set[tuple]:
    found = list(module.find_header_credits(text))
    if not any("actor" in c.roles for c in found):
        found += list(module.find_cast_line(text, module.CAST_LINE_LIMIT))
    return {(c.name, c.roles, c.character, c.label, c.start) for c in found}


def rule_of(c: tuple) -> str:
    name, roles, character, label, _ = c
    if label in ("cast table", "cast line"):
        return label
    if "contributor" in roles:
        return "contributor (crew craft)"
    if "/" in label:
        return "slash-joined label"
    return "other labels"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", type=Path, required=True, help="the reference header.py")
    ap.add_argument("--sample", metavar="RULE")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    ref = load(a.ref)
    stats: dict[str, dict] = defaultdict(lambda: {"pages": set(), "critics": set(), "added": 0, "removed": 0})
    changed: dict[str, list] = defaultdict(list)
    pages = 0
    for path in sorted(TXT.glob("*.txt")):
        text = path.read_text()
        pages += 1
        critic = (text.split("\n", 3)[2:3] or ["?"])[0].strip()
        old, now = credits(ref, text), credits(new, text)
        # the same person and roles and part at another offset or label is no change
        key = lambda c: (c[0], c[1], c[2])  # noqa: E731
        old_keys, new_keys = {key(c) for c in old}, {key(c) for c in now}
        added = [c for c in now if key(c) not in old_keys]
        removed = [c for c in old if key(c) not in new_keys]
        for c, sign in [(c, "+") for c in added] + [(c, "-") for c in removed]:
            r = rule_of(c)
            st = stats[r]
            st["pages"].add(path.stem)
            st["critics"].add(critic)
            st["added" if sign == "+" else "removed"] += 1
            changed[r].append((path.stem, critic, sign, c))
    print(f"{pages} pages")
    print("| rule | pages changed | critics | credits added | credits removed |")
    print("|---|---:|---:|---:|---:|")
    for r, st in sorted(stats.items(), key=lambda kv: -len(kv[1]["pages"])):
        print(f"| {r} | {len(st['pages'])} | {len(st['critics'])} | +{st['added']} | -{st['removed']} |")
    if a.sample:
        rows = changed.get(a.sample, [])
        by_page: dict[str, list] = defaultdict(list)
        for row in rows:
            by_page[row[0]].append(row)
        for page in random.Random(a.seed).sample(sorted(by_page), min(a.n, len(by_page))):
            rs = by_page[page]
            text = (TXT / f"{page}.txt").read_text()
            lo = min(r[3][4] for r in rs)
            print(f"\n--- {page} {rs[0][1]}\n{text[max(0, lo - 150): lo + 250]}")
            for _, _, sign, c in rs:
                print(f"  {sign} {c[0]} {'/'.join(c[1])} ({c[2]}) [{c[3]}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
