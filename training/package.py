"""Copy a trained pipeline into the package (extractors/models/<name>) with its meta filled in.

    .venv/bin/python training/package.py training/output/model-best extractors/models/filmkg_ner
    .venv/bin/python training/package.py training/roles_output/model-best extractors/models/filmkg_roles
    .venv/bin/python training/package.py training/relations_output/model-best extractors/models/filmkg_relations
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

DESCRIPTIONS = {
    "filmkg_ner": "PERSON and FILM for film reviews; trained on silver labels from the "
                  "rec.arts.movies.reviews archive (see training/README.md)",
    "filmkg_roles": "credit roles of a person mention in film-review prose (bag of n-grams); trained on "
                    "silver labels from the rec.arts.movies.reviews archive's credits headers "
                    "(see training/README.md)",
    "filmkg_relations": "the role a person named beside another film has on it, in film-review prose (bag of "
                        "n-grams); trained on pairs of the rec.arts.movies.reviews archive labelled by the IMDb "
                        "KB's principals (see training/README.md)",
}


def package(src: Path, dest: Path) -> None:
    if not (src / "config.cfg").is_file():
        raise SystemExit(f"{src}: not a trained spaCy pipeline (no config.cfg)")
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(src, dest)
    meta_path = dest / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.update({
        "name": dest.name,
        "version": "0.1.0",
        "description": DESCRIPTIONS.get(dest.name, ""),
        "author": "filmkg",
        "license": "MIT",
    })
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    size = sum(f.stat().st_size for f in dest.rglob("*") if f.is_file())
    print(f"packaged {src} -> {dest} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    package(Path(sys.argv[1]), Path(sys.argv[2]))
