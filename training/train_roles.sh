#!/bin/sh
# Rebuild the packaged credit-role classifier (extractors/models/filmkg_roles) reproducibly, on CPU
# with one thread:
#   1. silver data (training/credit_roles_silver.py -> training/roles_corpus/), skipped when it is
#      already there (delete training/roles_corpus to rebuild it);
#   2. spacy train with training/roles_config.cfg, seed 13 (model selection on the held-back slice);
#   3. copy model-best into extractors/models/filmkg_roles; print the held-back figures.
# Run from anywhere: sh training/train_roles.sh   (PYTHON=... to pick the interpreter)
set -eu
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 BLIS_NUM_THREADS=1 PYTHONHASHSEED=0
SEED=${SEED:-13}
if [ ! -f training/roles_corpus/train.spacy ] || [ ! -f training/roles_corpus/dev.spacy ]; then
    "$PY" training/credit_roles_silver.py --out training/roles_corpus --seed "$SEED" --n-process 2
fi
rm -rf training/roles_output
"$PY" -m spacy train training/roles_config.cfg -o training/roles_output --system.seed "$SEED" \
    --paths.train training/roles_corpus/train.spacy --paths.dev training/roles_corpus/dev.spacy
"$PY" training/package.py training/roles_output/model-best extractors/models/filmkg_roles
"$PY" training/evaluate_roles.py
