# Two entry points: `make run` (dashboard on the bundled data) and `make test` (every test).
# Both create or reuse .venv and install what is missing, so they work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint validate report bench bench-browser load clean

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/streamlit run app.py --server.port 8501 --server.address localhost

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m sanctuary_maps validate
	$(BIN)/python -m pytest

validate: $(STAMP)
	$(BIN)/python -m sanctuary_maps validate

report: $(STAMP)
	$(BIN)/python -m sanctuary_maps report

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache test-artifacts

bench: $(STAMP)
	$(BIN)/python -m benchmarks.bench_map

bench-browser: $(STAMP)
	$(BIN)/python -m benchmarks.bench_browser

load: $(STAMP)
	$(BIN)/python -m benchmarks.load_sessions --sessions 50
