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

# PyInstaller comes with the `package` extra, installed only when a build is asked for.
PACKAGE_STAMP := $(VENV)/.package-installed

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,package]"
	touch $(PACKAGE_STAMP)

# Qt translations: `.ts` sources are in the repository, `.qm` files are built from them.
TS := resources/translations/lazos_en.ts resources/translations/lazos_pt.ts
QM := $(TS:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Re-extract the window's Spanish source texts into the .ts files, then compile them.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations relative lazos_desktop/ui/*.py lazos_desktop/ui/*/*.py -ts $(TS)
	$(MAKE) $(QM)

# Qt's X11 plugin aborts (exit 134) without a few XCB libraries: install them when we may
# (root with apt-get), or stop with the one line to run (tools/system_libraries.py).
run: $(STAMP) $(QM)
	$(BIN)/python tools/system_libraries.py
	QT_QPA_PLATFORM= $(BIN)/lazos-desktop

# PNGs of every view on a seeded + synthetic catalogue (offscreen; see tools/screenshots.py).
screenshots: $(STAMP) $(QM)
	$(BIN)/python tools/screenshots.py docs/screenshots

test: $(STAMP) $(QM)
	$(BIN)/ruff check lazos_desktop tests
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

test-quick: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check lazos_desktop tests
	$(BIN)/ruff format --check lazos_desktop tests
	$(BIN)/lint-imports
	$(BIN)/mypy

briefs-sample: $(STAMP)
	@command -v pdftoppm >/dev/null || { apt-get update -qq && apt-get install -y -qq poppler-utils; }
	$(BIN)/python tools/briefs_sample.py

# Every figure next to a raw baseline of the same run (docs/PERFORMANCE.md explains them).
# Builds synthetic catalogues up to 1,000,000 records once, in benchmarks/.cache/.
# `make bench ONLY=briefs,startup` runs some sections only (benchmarks/run_all.py --only).
# The brief rows also time LibreOffice converting the same text: it is installed here when
# we may (root with apt-get); where it cannot be, those rows are skipped with a message.
bench: $(STAMP) $(QM)
	@command -v soffice >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
		&& apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		--no-install-recommends libreoffice-writer-nogui; } \
		|| echo "make bench: LibreOffice (soffice) is not installed and cannot be installed here (needs root and apt-get): its rows are skipped"
	$(BIN)/python -m benchmarks.run_all --write docs/performance-latest.md $(if $(ONLY),--only $(ONLY))

# One-folder build for this platform in dist/lazos-desktop, then its own self-test (offline,
# offscreen, in a temporary folder), then its size.
package: $(PACKAGE_STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build \
		packaging/lazos-desktop.spec
	env -u DISPLAY -u WAYLAND_DISPLAY dist/lazos-desktop/lazos-desktop --selftest
	du -sh dist/lazos-desktop

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
