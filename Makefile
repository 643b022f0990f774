# Two commands do all the set-up on a fresh machine with python3 and make:
#   make demo   build the example reviews into out/demo (graph files + network page)
#   make test   run the whole test suite (and ruff)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out/demo

.PHONY: demo test lint browser clean archive-counts

$(BIN)/filmkg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

demo: $(BIN)/filmkg
	$(BIN)/filmkg build examples/reviews -o $(OUT)
	$(BIN)/filmkg viz $(OUT)/graph.trig -o $(OUT)/graph.html
	@echo
	@echo "Graph files are in $(OUT)/: graph.trig (one named graph per review), graph.ttl (union),"
	@echo "graph.html (open it in a browser). Try:"
	@echo "  $(BIN)/filmkg query $(OUT)/graph.trig 'SELECT ?film ?actor WHERE { ?f schema:actor ?a ; schema:name ?film . ?a schema:name ?actor }'"

test: $(BIN)/filmkg
	$(BIN)/python -m pytest -q
	$(BIN)/ruff check .

lint: $(BIN)/filmkg
	$(BIN)/ruff check .

# Recount extractors/models/archive_lexicon.json.gz and archive_roles.json.gz from the archive in one pass
# (a few minutes; byte-identical on a second run): after any change to the header rules.
archive-counts: $(BIN)/filmkg
	cd training && ../$(BIN)/python archive_counts.py

# The browser test drives Debian's Chromium; without it that one test is skipped.
browser:
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)

clean:
	rm -rf out .pytest_cache
