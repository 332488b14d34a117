# Every target sets itself up: tools/ensure-venv makes .venv from the pinned, hashed locks in
# requirements/ (runtime.lock for the app, dev.lock adds the test and lint tools) with a
# Python 3.12+ that tools/find-python finds (or PYTHON=/path/to/python3.12).
VENV := .venv
PY := $(VENV)/bin/python
export PYTHON

.PHONY: run test lint bench screenshots lock clean bundle bundle-check install-desktop translations

run:
	@tools/ensure-venv runtime
	$(PY) main.py

lint:
	@tools/ensure-venv dev
	$(PY) -m ruff check .
	$(PY) -m mypy

# --dist worksteal: a worker that runs out of tests takes queued ones from the other, so the
# slow tests (venvs, the wheel, CLI renders) do not leave one core idle at the end.
test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n auto --dist worksteal

# The handout's catalogues: extract the marked sentences (handouts/**.py: _, N_, ngettext;
# templates/**.html: _) into templates/locale/handout.pot, merge them into the French and
# Spanish .po files (new sentences arrive with an empty translation), compile the .mo files
# the app reads. Commit all three kinds: the app needs no Babel to read the .mo files.
LOCALE := templates/locale
translations:
	@tools/ensure-venv dev
	$(VENV)/bin/pybabel --quiet extract -F babel.cfg -k N_ -c Translators: --no-location \
		--sort-output --project "Heat or Ice" --copyright-holder "Heat or Ice" \
		--msgid-bugs-address "" -o $(LOCALE)/handout.pot .
	for lang in fr es; do \
		if [ -f $(LOCALE)/$$lang/LC_MESSAGES/handout.po ]; then \
			$(VENV)/bin/pybabel --quiet update -D handout -i $(LOCALE)/handout.pot \
				-d $(LOCALE) -l $$lang --no-fuzzy-matching --ignore-obsolete; \
		else \
			$(VENV)/bin/pybabel --quiet init -D handout -i $(LOCALE)/handout.pot \
				-d $(LOCALE) -l $$lang; \
		fi; \
	done
	$(VENV)/bin/pybabel compile -D handout -d $(LOCALE) --statistics

# Regenerate requirements/*.lock after changing pyproject.toml's dependencies.
lock:
	@tools/ensure-venv dev
	$(PY) tools/lock.py

# The README's pictures of the window (offscreen, private settings): docs/*.png
screenshots:
	@tools/ensure-venv dev
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py

clean:
	rm -rf $(VENV) .venv-bundle build dist .mypy_cache .pytest_cache .ruff_cache

# The app for people without Python: a PyInstaller one-folder bundle, dist/heat-or-ice/, and
# a compressed archive of it, built in .venv-bundle from requirements/bundle.lock.
APP_VERSION := $(shell sed -n 's/^VERSION = "\(.*\)"/\1/p' handouts/identity.py)
BUNDLE := dist/heat-or-ice
ARCHIVE := dist/heat-or-ice-$(APP_VERSION)-linux-$(shell uname -m).tar.xz

bundle:
	@HEAT_OR_ICE_VENV=.venv-bundle tools/ensure-venv bundle
	.venv-bundle/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/heat-or-ice.spec
	tar -C dist -cf - heat-or-ice | xz -T0 -6 > $(ARCHIVE).part
	mv $(ARCHIVE).part $(ARCHIVE)
	@du -sh $(BUNDLE) $(ARCHIVE)

# Runs the built bundle: --version, decide, render, email, a 3-row batch, the window.
bundle-check:
	@tools/ensure-venv dev
	$(PY) tools/bundle_check.py $(BUNDLE)/heat-or-ice

# The desktop entry and icon for this user, pointing at the bundle if built, else at the
# installed heat-or-ice command.
install-desktop:
	tools/install-desktop

# Speed and memory figures: prints `name: value unit`, writes bench/results.json.
bench:
	@tools/ensure-venv dev
	$(PY) bench/run_bench.py
