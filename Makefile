# One entry for every chore. `make report` and `make test` work from a fresh clone:
# both depend on `install`, which builds .venv and installs the package with its test extras.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARTICLES ?= seeds
OUT ?= reports

DEV_SET ?= ../shared/dev/polnear-train-sample.jsonl

.PHONY: install report test lint clean eval bench

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

report: install
	$(BIN)/quotecheck report $(ARTICLES) --out $(OUT)

test: install
	$(BIN)/python -m pytest

# Extraction and attribution figures on the development set (read in place: it has no licence
# to be copied into the project).
eval: install
	$(BIN)/quotecheck evaluate $(DEV_SET) --errors 15

# Speed and memory: median throughput against a bare-regex baseline, peak memory of streaming
# extraction; writes bench/results.md.
bench: install
	$(BIN)/python bench/bench.py

lint: install
	$(BIN)/ruff check quotecheck tests bench
	$(BIN)/ruff format --check quotecheck tests bench

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis .ruff_cache
	find $(OUT) -mindepth 1 ! -name README.md -delete 2>/dev/null || true
