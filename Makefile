# The two set-up commands are `make run` and `make test`; both create .venv on first use.
PYTHON ?= python3
VENV := .venv
ifeq ($(OS),Windows_NT)
BIN := $(VENV)/Scripts
else
BIN := $(VENV)/bin
endif
PY := $(BIN)/python
STAMP := $(VENV)/.installed
# Every package the venv gets, transitive ones included, at an exact version with the hashes
# of its files, for Windows, macOS and Linux alike. Written by `make lock` from pyproject.toml
# (the runtime dependencies, the dev and package extras and the build requirements).
LOCK := requirements.lock

.PHONY: run test lint typecheck unit bench package icons forms docs screenshots lock clean translations

# The project itself is installed last, without dependencies and built with the locked
# setuptools (no build isolation), so nothing unhashed is ever downloaded.
$(STAMP): $(LOCK) pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

# After changing a pin in pyproject.toml: resolve again and rewrite the lock, keeping the
# versions it has where they still fit. UPGRADE=1 moves every unpinned package to its newest.
lock: $(STAMP)
	$(PY) packaging/lock.py $(if $(UPGRADE),--upgrade)

run: $(STAMP)
	$(PY) -m kneedesk $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check kneedesk tests benchmarks ui packaging docs/*.py
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

test: lint typecheck unit

forms: $(STAMP)
	$(PY) ui/build_forms.py

# Gather the messages of both catalogues (gettext for core and report, Qt for the GUI), merge
# them into each language and compile the .mo and .qm files (packaging/translations.py).
translations: $(STAMP)
	$(PY) packaging/translations.py

docs: $(STAMP)
	$(PY) docs/update_visit_format.py
	$(PY) docs/update_clinical_rules.py

screenshots: $(STAMP)
	$(PY) docs/make_screenshots.py

# The one-folder app in dist/KneeDesk/ (skipped when up to date; CLEAN=1 for a release build).
package: $(STAMP)
	$(PY) packaging/build.py $(if $(CLEAN),--clean)

icons: $(STAMP)
	$(PY) packaging/make_icons.py

# Speed and memory against their budgets and floors (docs/performance.md); not part of
# make test. About fourteen minutes (three of them the clinic load test); BENCH_QUICK=1 for
# a short run with fewer repetitions.
bench: $(STAMP)
	$(PY) benchmarks/startup_bench.py
	$(PY) benchmarks/search_bench.py
	$(PY) benchmarks/record_bench.py
	$(PY) benchmarks/visit_bench.py
	$(PY) benchmarks/report_bench.py
	$(PY) benchmarks/autosave_bench.py
	$(PY) benchmarks/store_bench.py
	$(PY) benchmarks/server_bench.py
	$(PY) benchmarks/load_bench.py
	$(PY) benchmarks/video_bench.py
	$(PY) benchmarks/still_viewer_bench.py

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .pytest_cache .ruff_cache
