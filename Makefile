# Two commands set everything up: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test test-quick lint bench screenshots briefs-sample translations package clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	QT_QPA_PLATFORM= $(BIN)/lazos-desktop

test: $(STAMP)
	$(BIN)/ruff check lazos_desktop tests
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q

test-quick: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check lazos_desktop tests
	$(BIN)/ruff format --check lazos_desktop tests
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python benchmarks/import_csv.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
