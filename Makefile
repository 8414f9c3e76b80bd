# Two commands: `make run` and `make test`. Each creates .venv and installs what it needs.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint load scale-test clean

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m bot run

# Two worker processes (CI has 2 cores), each taking whole test files: a file's module fixtures (a
# corpus ingested once) are built once, and the files are independent (own temp dirs, free ports,
# own PostgreSQL). `.venv/bin/python -m pytest tests/test_x.py` still runs in one process.
test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	$(BIN)/python -m bench

load: $(STAMP)
	$(BIN)/python -m bench.load --seconds 60 --rate 200 --channels 50 --games 20

# Two bot processes (shards 0 and 1 of 2) on a throwaway PostgreSQL, through the fake Discord.
scale-test: $(STAMP)
	$(BIN)/python -m tests.scale_scenario

clean:
	rm -rf $(VENV) data/*.db data/*.db-wal data/*.db-shm
