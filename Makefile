# One entry for every chore. `make report` and `make test` work from a fresh clone:
# both depend on `install`, which builds .venv and installs the package with its test extras,
# with the pip that `python3 -m venv` ships (no upgrade), as a new user's plain venv would.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARTICLES ?= seeds
OUT ?= reports

DEV_SET ?= ../shared/dev/polnear-train-sample.jsonl
DEV_SET_DE ?= ../shared/dev/german-wikinews-train.jsonl
STORIES ?= ../shared/dev/stories
SCORER ?= ../shared/dev/score_drift.py

.PHONY: install report test lint clean eval bench bench-large fuzz mutation mutation-sample screenshots

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

report: install
	$(BIN)/quotecheck report "$(ARTICLES)" --out "$(OUT)"

# two worker processes (pytest-xdist): the suite's browser, database and cluster tests start
# their own servers per worker, so it runs in about two thirds of the time of one process; an
# idle worker takes tests from the busy one's queue (worksteal), as the slow tests come in runs
test: install
	$(BIN)/python -m pytest -n 2 --dist worksteal

# Extraction and attribution figures on the development set, the comparison figures on the
# development stories, and the critical findings on the development set compared as one corpus
# (all read in place: none of it may be copied into the project).
eval: install
	$(BIN)/quotecheck evaluate $(DEV_SET) --errors 15
	$(BIN)/quotecheck evaluate $(DEV_SET_DE) --errors 0
	$(BIN)/python eval/stories.py "$(STORIES)" "$(SCORER)"
	$(BIN)/python eval/unrelated.py "$(DEV_SET)"

# Speed and memory: extraction throughput against a bare-regex baseline and streaming memory
# (writes bench/results.md), alignment and classification of 10k and 100k generated quotes, and
# the editor's page for 1,000 articles, its size and time against the JSON's (added to results.md),
# and a quote archive of a million quotes (about 5 minutes): add, check and search.
bench: install
	$(BIN)/python bench/bench.py
	$(BIN)/python bench/align_scale.py 10000 100000
	$(BIN)/python bench/report_scale.py
	$(BIN)/python bench/archive_scale.py 1000000

# The README's screenshots of the seeds' page, desktop and phone (needs chromium, as the tests do).
screenshots: install
	$(BIN)/python docs/screenshots.py

# The same alignment benchmark up to a million quotes (a few minutes, about 4 GB of memory).
bench-large: install
	$(BIN)/python bench/align_scale.py 10000 100000 1000000

# Random hostile articles through the whole pipeline for FUZZ_SECONDS (60); a crash is saved
# under tests/cases/fuzz/ and replayed by the tests from then on.
FUZZ_SECONDS ?= 60
fuzz: install
	FUZZ_SECONDS=$(FUZZ_SECONDS) $(BIN)/python fuzz/fuzz.py

# Mutation testing of extraction, attribution and comparison (mutmut, configured in
# pyproject.toml); slow, so not part of `make test`. `make mutation` then `.venv/bin/mutmut results`.
mutation: install
	$(BIN)/python -m pip install --quiet "mutmut>=3,<4"
	rm -rf mutants
	HYPOTHESIS_PROFILE=mutation $(BIN)/mutmut run --max-children 2
	$(BIN)/mutmut results | tail -n 5

# A sampled mutation score of the attribution modules (120 mutants, fixed seed; about 15
# minutes on two cores), for when the full `make mutation` run is too slow.
mutation-sample: install
	$(BIN)/python eval/mutation_sample.py --mutants 120 --jobs 2

lint: install
	$(BIN)/ruff check quotecheck tests bench fuzz eval tools
	$(BIN)/ruff format --check quotecheck tests bench fuzz eval tools

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis .ruff_cache
	find "$(OUT)" -mindepth 1 ! -name README.md -delete 2>/dev/null || true
