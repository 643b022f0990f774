#!/bin/sh
# Rebuild the packaged film-relation classifier (extractors/models/filmkg_relations) reproducibly,
# on CPU with one thread:
#   1. silver data (training/film_relations_silver.py -> training/relations_corpus/), skipped when
#      it is already there (delete training/relations_corpus to rebuild it);
#   2. spacy train with training/relations_config.cfg, seed 17 (model selection on the held-back slice);
#   3. copy model-best into extractors/models/filmkg_relations; print the held-back figures.
# Run from anywhere: sh training/train_relations.sh   (PYTHON=... to pick the interpreter)
set -eu
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 BLIS_NUM_THREADS=1 PYTHONHASHSEED=0
SEED=${SEED:-17}
if [ ! -f training/relations_corpus/train.spacy ] || [ ! -f training/relations_corpus/dev.spacy ]; then
    "$PY" training/film_relations_silver.py --out training/relations_corpus --seed "$SEED" --n-process 2
fi
rm -rf training/relations_output
"$PY" -m spacy train training/relations_config.cfg -o training/relations_output --system.seed "$SEED" \
    --paths.train training/relations_corpus/train.spacy --paths.dev training/relations_corpus/dev.spacy
"$PY" training/package.py training/relations_output/model-best extractors/models/filmkg_relations
"$PY" training/evaluate_relations.py
