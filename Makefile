# Two commands on a fresh machine: `make run` and `make test`.
# requirements.lock pins every package (the app's, the tests' and the linters'); pyproject.toml declares them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501
STAMP := $(VENV)/.installed
# Interface translations: src/corridors/locale/<lang>/LC_MESSAGES/corridors.po, compiled to .mo by `make`.
LOCALE := src/corridors/locale
MO := $(patsubst %.po,%.mo,$(wildcard $(LOCALE)/*/LC_MESSAGES/corridors.po))

.PHONY: run test bench fuzz lint format validate clean messages

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml requirements.lock
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

$(LOCALE)/%.mo: $(LOCALE)/%.po $(STAMP)
	$(BIN)/pybabel compile --statistics -i $< -o $@

# After changing interface text: extract every marked string, add new ones to each catalog, then translate them
# (tests/test_catalogs.py fails while a string is untranslated).
messages: $(STAMP)
	$(BIN)/pybabel extract -F $(LOCALE)/babel.cfg -o $(LOCALE)/corridors.pot --project=Corridors --no-wrap \
		--sort-by-file --add-comments=Translators: app.py pages src/corridors
	$(BIN)/pybabel update -i $(LOCALE)/corridors.pot -d $(LOCALE) -D corridors --no-wrap --ignore-obsolete

run: $(STAMP) $(MO)
	@echo "Corridors is starting at http://localhost:$(PORT) (Ctrl+C to stop)"
	$(BIN)/streamlit run app.py --server.headless true --server.port $(PORT) \
		--server.address localhost --browser.gatherUsageStats false

# Debian's Chromium drives the browser tests; Playwright never downloads a browser here.
/usr/bin/chromium:
	@if [ "$$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; \
	else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; fi

test: $(STAMP) $(MO) /usr/bin/chromium
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/deptry .
	$(BIN)/mypy
	$(BIN)/corridors validate
	$(BIN)/python -m pytest

# Measurements, not tests: bounded, local only, results in benchmarks/results/.
bench: $(STAMP) /usr/bin/chromium
	$(BIN)/pip install --quiet -r benchmarks/requirements.txt
	$(BIN)/python benchmarks/perf.py
	$(BIN)/python benchmarks/timeline.py
	$(BIN)/python benchmarks/play.py
	$(BIN)/python benchmarks/presenter.py
	$(BIN)/python benchmarks/load.py --sessions 10 --seconds 60

# A deeper search with the fuzzer that make test runs briefly (tests/fuzz/; not part of make bench):
# FUZZ_SECONDS in all (default 600), FUZZ_CASES per target at most, FUZZ_SEED (default: a new one, printed).
# Inputs that break a reader are saved in fuzz-findings/ with the command that replays each one.
FUZZ_SECONDS ?= 600
fuzz: $(STAMP)
	FUZZ_SECONDS=$(FUZZ_SECONDS) $(BIN)/python -m tests.fuzz

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/deptry .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

validate: $(STAMP)
	$(BIN)/corridors validate

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
