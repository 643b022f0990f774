#!/bin/sh
# Rebuild the packaged NER model from scratch, reproducibly, on CPU with one thread:
#   1. silver data from the archive tarball (training/silver.py -> training/corpus/*.spacy),
#      skipped when the corpus is already there (delete training/corpus to rebuild it);
#   2. a seeded subset (training/subset.py), then spacy train with training/config.cfg, seed 13;
#   3. copy model-best into extractors/models/filmkg_ner (the package data).
# Run from anywhere: sh training/train.sh   (PYTHON=... to pick the interpreter)
set -eu
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 BLIS_NUM_THREADS=1 PYTHONHASHSEED=0
SEED=${SEED:-13}
if [ ! -f training/corpus/train.spacy ] || [ ! -f training/corpus/dev.spacy ]; then
    "$PY" training/silver.py --out training/corpus --seed "$SEED" --n-process 2
fi
if [ ! -f training/corpus/train-sub.spacy ]; then
    "$PY" training/subset.py training/corpus
fi
rm -rf training/output
"$PY" -m spacy train training/config.cfg -o training/output --system.seed "$SEED" \
    --paths.train training/corpus/train.spacy --paths.dev training/corpus/dev-sub.spacy
"$PY" training/package.py training/output/model-best extractors/models/filmkg_ner
