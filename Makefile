# The two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
SAMPLE_OLD := resources/samples/kst-27925-597.txt
SAMPLE_NEW := resources/samples/kst-27925-597-demo-bewerkt.txt

.PHONY: run test lint bench clean compare package figures

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test,packaging]'
	touch $@ $(VENV)/.installed

$(VENV)/.installed-package: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[packaging]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(PY) main.py --demo

compare: $(VENV)/.installed
	$(PY) main.py compare $(SAMPLE_OLD) $(SAMPLE_NEW)

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy viewer/core
	$(VENV)/bin/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(VENV)/.installed-test
	$(PY) -m viewer.bench
	$(PY) -m viewer.core.facts.evaluate
	$(PY) tests/bench/load_times.py
	$(PY) tests/bench/pathological.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/bench/gui_start.py

package: $(VENV)/.installed-package
	$(PY) packaging/build.py

figures: package
	$(PY) packaging/figures.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
