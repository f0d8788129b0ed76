# adrisk — `make help` lists the targets. `run` and `test` set up .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SAMPLES := data/samples
OUTPUTS := outputs

.DEFAULT_GOAL := help
.PHONY: help setup run test test-slow train serve bench lint clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "adrisk needs Python >= 3.11; set PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP) ## Create .venv and install adrisk with its test extras

$(SAMPLES)/train.jsonl:
	$(BIN)/adrisk synth --samples $(SAMPLES)

run: $(STAMP) $(SAMPLES)/train.jsonl ## Train on the bundled samples, score the sample dump, write the analyst report
	$(BIN)/adrisk train $(SAMPLES)/train.jsonl
	$(BIN)/adrisk score $(SAMPLES)/dump.jsonl -o $(OUTPUTS)/scores.jsonl
	$(BIN)/adrisk report $(OUTPUTS)/scores.jsonl -o $(OUTPUTS)/report.html

test: $(STAMP) ## Run the default test suite (skips tests marked slow)
	$(BIN)/python -m pytest -q

test-slow: $(STAMP) ## Run every test, slow ones included
	$(BIN)/python -m pytest -q -m ''

train: $(STAMP) $(SAMPLES)/train.jsonl ## Train and register a model on the bundled training sample
	$(BIN)/adrisk train $(SAMPLES)/train.jsonl

serve: $(STAMP) ## Start the scoring API on 127.0.0.1:8000
	$(BIN)/adrisk serve

bench: $(STAMP) ## Run the benchmarks under bench/ and print their figures
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

lint: $(STAMP) ## Check style with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean: ## Remove outputs, local MLflow data and caches (keeps .venv)
	rm -rf $(OUTPUTS) mlruns.db mlartifacts .pytest_cache
