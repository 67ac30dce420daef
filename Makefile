# Netwerk Desktop. `make run` starts the app, `make test` runs every check headless.
# Both create .venv on first use (only python3 is needed on the machine).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
ARGS ?=

.PHONY: run demo test lint typecheck i18n screenshot bench dist dist-test clean

$(PY):
	@$(PYTHON) -c "import venv, ensurepip" 2>/dev/null || { \
	  echo "Python cannot make virtual environments here: install python3-venv (Debian/Ubuntu)."; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-run: $(PY) pyproject.toml constraints.txt
	$(PY) -m pip install --quiet -c constraints.txt -e .
	$(PY) -m compileall -q netwerk_desktop ui  # bytecode now, not on the teacher's first start
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
	QT_QPA_PLATFORM=offscreen tools/with_postgres.sh $(PY) -m pytest -q $(ARGS)

$(VENV)/.installed-dist: $(PY) pyproject.toml constraints.txt
	$(PY) -m pip install --quiet -c constraints.txt -e ".[test,dist]"
	@touch $@ $(VENV)/.installed-test $(VENV)/.installed-run

# The self-contained app folder (PyInstaller, onedir) and its archive, in dist/.
APP_FOLDER := dist/NetwerkDesktop
dist: $(VENV)/.installed-dist
	rm -rf $(APP_FOLDER)
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller tools/dist/netwerk.spec
	cp tools/dist/install.sh tools/dist/uninstall.sh tools/dist/netwerk-desktop.desktop.in $(APP_FOLDER)/
	tar -C dist -czf dist/NetwerkDesktop-$$($(PY) -c "import netwerk_desktop as n; print(n.__version__)")-linux-$$(uname -m).tar.gz NetwerkDesktop
	@du -sh $(APP_FOLDER) dist/*.tar.gz

# Runs the built app itself: its command line, its GUI offscreen through every screen.
dist-test: dist
	NETWERK_APP_FOLDER=$(APP_FOLDER) tools/with_postgres.sh $(PY) -m pytest -q -p no:cacheprovider tests/dist

i18n: $(VENV)/.installed-test
	$(PY) -m tools.i18n update

screenshot: $(VENV)/.installed-test
	$(PY) -m tools.shots resources/screenshots --screens partnerships --size 1600x1000 --language en --no-lessons

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) bench/startup.py
	$(PY) bench/grouping.py
	$(PY) bench/partnerships_data.py
	$(PY) bench/handouts.py
	$(PY) bench/imports.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/partnerships_screen.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/presentation.py --presses 60
	$(PY) bench/events.py
	tools/with_postgres.sh $(PY) bench/school_server.py

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache

# Every screen, and the class and presenter view of every step of every lesson, as PNGs.
.PHONY: shots
OUT ?= shots
SHOTS_LANG ?= da
shots: $(VENV)/.installed-test
	$(PY) -m tools.shots $(OUT) --language $(SHOTS_LANG)
