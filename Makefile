# Netwerk Desktop. `make run` starts the app, `make test` runs every check headless.
# Both create .venv on first use (only python3 is needed on the machine).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
ARGS ?=

.PHONY: run demo test lint typecheck i18n screenshot bench clean

$(PY):
	@$(PYTHON) -c "import venv, ensurepip" 2>/dev/null || { \
	  echo "Python cannot make virtual environments here: install python3-venv (Debian/Ubuntu)."; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-run: $(PY) pyproject.toml constraints.txt
	$(PY) -m pip install --quiet -c constraints.txt -e .
	@touch $@

$(VENV)/.installed-test: $(PY) pyproject.toml constraints.txt
	$(PY) -m pip install --quiet -c constraints.txt -e ".[test]"
	@touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	@$(PY) -m ui.shell.qt_check
	$(PY) main.py $(ARGS)

demo: $(VENV)/.installed-run
	@$(PY) -m ui.shell.qt_check
	$(PY) main.py --demo $(ARGS)

lint: $(VENV)/.installed-test
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: $(VENV)/.installed-test
	$(PY) -m mypy

test: $(VENV)/.installed-test
	@QT_QPA_PLATFORM=offscreen $(PY) -m ui.shell.qt_check --tests
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(ARGS)

i18n: $(VENV)/.installed-test
	$(PY) -m tools.i18n update

screenshot: $(VENV)/.installed-test
	$(PY) -m tools.shots resources/screenshots --screens partnerships --size 1600x1000 --language en --no-lessons

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) bench/startup.py
	$(PY) bench/grouping.py
	$(PY) bench/handouts.py

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache

# Every screen, and the class and presenter view of every step of every lesson, as PNGs.
.PHONY: shots
OUT ?= shots
SHOTS_LANG ?= da
shots: $(VENV)/.installed-test
	$(PY) -m tools.shots $(OUT) --language $(SHOTS_LANG)
