# Every target sets itself up: tools/ensure-venv makes .venv from the pinned, hashed locks in
# requirements/ (runtime.lock for the app, dev.lock adds the test and lint tools) with a
# Python 3.12+ that tools/find-python finds (or PYTHON=/path/to/python3.12).
VENV := .venv
PY := $(VENV)/bin/python
export PYTHON

.PHONY: run test lint bench screenshots lock clean

run:
	@tools/ensure-venv runtime
	$(PY) main.py

lint:
	@tools/ensure-venv dev
	$(PY) -m ruff check .
	$(PY) -m mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Regenerate requirements/*.lock after changing pyproject.toml's dependencies.
lock:
	@tools/ensure-venv dev
	$(PY) tools/lock.py

# The README's pictures of the window (offscreen, private settings): docs/*.png
screenshots:
	@tools/ensure-venv dev
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache

# Speed and memory figures: prints `name: value unit`, writes bench/results.json.
bench:
	@tools/ensure-venv dev
	$(PY) bench/run_bench.py
