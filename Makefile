# minutes-kg: `make demo` and `make test` work from a fresh clone (they bootstrap .venv).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint samples bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	@echo "== minutes-kg demo: extracting the sample minutes =="
	@for f in samples/*.pdf; do $(BIN)/minutes-kg extract "$$f" --format summary | head -n 12; echo; done
	@echo "== DAG026 against its hand-checked gold record =="
	$(BIN)/minutes-kg evaluate tests/gold/DAG026.json samples/dag026.pdf

lint: $(STAMP)
	$(BIN)/ruff check .

test: $(STAMP) lint
	$(BIN)/python -m pytest -q

samples: $(STAMP)
	$(BIN)/python samples/make_samples.py

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
