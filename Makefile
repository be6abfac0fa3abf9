# minutes-kg: `make demo` and `make test` work from a fresh clone (they bootstrap .venv).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck samples layouts bench bench-neo4j bench-store clean

$(STAMP): pyproject.toml setup.py extractor/_pdfium_chars.c extractor/_text_lines.c
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

DEMO_STORE := .demo/store.db

demo: $(STAMP)
	@echo "== minutes-kg demo: one meeting record (DAG026, the real minutes) =="
	$(BIN)/minutes-kg extract samples/dag026.pdf --format summary
	@echo; echo "== DAG026 scored against its hand-checked gold record =="
	$(BIN)/minutes-kg evaluate tests/gold/DAG026.json samples/dag026.pdf
	@echo; echo "== ingest the samples and layout samples into the embedded graph ($(DEMO_STORE)) =="
	rm -f $(DEMO_STORE)
	$(BIN)/minutes-kg ingest --store $(DEMO_STORE) samples/*.pdf samples/layouts/*.pdf
	$(BIN)/minutes-kg stats --store $(DEMO_STORE)
	@echo; echo "== the history of CR027 across meetings =="
	$(BIN)/minutes-kg query cr-history CR027 --store $(DEMO_STORE)
	@echo; echo "== a dossier and a graph view of CR018 =="
	$(BIN)/minutes-kg dossier CR018 --store $(DEMO_STORE) --out .demo/cr018.html
	$(BIN)/minutes-kg viz --cr CR018 --store $(DEMO_STORE) --out .demo/cr018-graph.html
	$(BIN)/minutes-kg report DAG026 --store $(DEMO_STORE) --out .demo/dag026.html

lint: $(STAMP)
	$(BIN)/ruff check .

# mypy reads the package through links that lay the top-level folders out as the names they install
# under (minutes_kg.graph is graph/, ...): see [tool.mypy] in pyproject.toml
TYPED := .typecheck/minutes_kg
typecheck: $(STAMP)
	rm -rf .typecheck && mkdir -p $(TYPED)
	for d in graph queries ingest extractor; do ln -s ../../$$d $(TYPED)/$$d; done
	for f in minutes_kg/*.py minutes_kg/py.typed; do ln -s ../../$$f $(TYPED)/; done
	$(BIN)/mypy

test: $(STAMP) lint typecheck
	$(BIN)/python -m pytest -q

samples: $(STAMP)
	$(BIN)/python samples/make_samples.py

layouts: $(STAMP)
	$(BIN)/python samples/layouts/make_docx.py
	$(BIN)/python samples/layouts/make_html.py
	$(BIN)/python samples/layouts/make_reportlab.py

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py

bench-neo4j: $(STAMP)
	$(BIN)/python benchmarks/bench_neo4j_load.py --rtt-ms 0 0.5 2

bench-store: $(STAMP)
	$(BIN)/python benchmarks/bench_store.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .typecheck build *.egg-info
