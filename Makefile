# The few commands a newcomer needs. `make demo` and `make test` each set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
BRIEF ?= examples/briefs/mlops-platform.md
CVS ?= examples/pdf/

.PHONY: demo test lint typecheck unit fuzz bench examples review-screenshot clean

$(BIN)/shortlist: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

## demo: install, then rank the bundled example CVs for the bundled MLOps brief
demo: $(BIN)/shortlist
	$(BIN)/shortlist rank $(BRIEF) $(CVS)

## test: install, then lint, type-check and run every test suite
test: $(BIN)/shortlist lint typecheck unit

lint: $(BIN)/shortlist
	$(BIN)/ruff check src tests bench examples tools
	$(BIN)/ruff format --check src tests bench examples tools

typecheck: $(BIN)/shortlist
	$(BIN)/mypy

unit: $(BIN)/shortlist
	$(BIN)/pytest

## fuzz: the readers' property tests with many more examples (minutes)
fuzz: $(BIN)/shortlist
	SHORTLIST_FUZZ_EXAMPLES=5000 $(BIN)/pytest tests/unit/ingest -k fuzz

## bench: every benchmark; figures go to stdout (copy them to bench/RESULTS.md)
bench: $(BIN)/shortlist
	$(BIN)/python bench/run_all.py

## examples: re-render examples/pdf and examples/docx from examples/cvs/*.md
examples: $(BIN)/shortlist
	$(BIN)/python examples/build.py

## review-screenshot: render an example CV's review, check it in headless Chromium (skips without it)
review-screenshot: $(BIN)/shortlist
	$(BIN)/python tools/review_screenshot.py --out build/review-screenshot.png

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
