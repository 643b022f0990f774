"""Copy a trained pipeline into the package (extractors/models/filmkg_ner) with its meta filled in.

    .venv/bin/python training/package.py training/output/model-best extractors/models/filmkg_ner
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path


def package(src: Path, dest: Path) -> None:
    if not (src / "config.cfg").is_file():
        raise SystemExit(f"{src}: not a trained spaCy pipeline (no config.cfg)")
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(src, dest)
    meta_path = dest / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.update({
        "name": "filmkg_ner",
        "version": "0.1.0",
        "description": "PERSON and FILM for film reviews; trained on silver labels from the "
                       "rec.arts.movies.reviews archive (see training/README.md)",
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
