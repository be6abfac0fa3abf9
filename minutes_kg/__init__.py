"""minutes-kg: governance meeting minutes (PDF) to a knowledge graph with provenance.

The library the ``minutes-kg`` command is a thin layer over::

    import minutes_kg as mk

    record = mk.extract("samples/dag026.pdf")          # a validated meeting record (dict)
    mk.validate_record(record)                          # raises InvalidRecordError when it is not
    with mk.open_store("store.db") as store:            # the embedded store (SQLite), made if missing
        mk.load(record, store)                          # one document, one transaction
        mk.ingest(["samples/"], store, jobs=2)          # folders, archives, PDFs, record JSON
        rows = mk.run_query("cr-history", ["CR018"], store=store)
        mk.dossier("CR018", "cr018.html", store=store)  # a page per CR, per meeting (.md: Markdown)
        mk.report("DAG026", "dag026.md", store=store)

Names are imported on first use, so ``import minutes_kg`` is cheap and reading a store never loads the
extraction pipeline. Every error of the library a user can act on is a ``MinutesKgError`` whose
``exit_status`` is the command line's.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_API = {
    "extract": ("minutes_kg.extractor.record", "extract"),
    "extract_bytes": ("minutes_kg.extractor.record", "extract_bytes"),
    "validate_record": ("minutes_kg.extractor.schema", "validate_record"),
    "InvalidRecordError": ("minutes_kg.extractor.schema", "InvalidRecordError"),
    "SCHEMA_PATH": ("minutes_kg.extractor.schema", "SCHEMA_PATH"),
    "record_schema": ("minutes_kg.records", "record_schema"),
    "BadInputError": ("minutes_kg.extractor.errors", "BadInputError"),
    "open_store": ("minutes_kg.graph.store", "open_store"),
    "EmbeddedStore": ("minutes_kg.graph.store", "EmbeddedStore"),
    "Neo4jStore": ("minutes_kg.graph.neo4j_store", "Neo4jStore"),
    "load": ("minutes_kg.graph.load", "load"),
    "ingest": ("minutes_kg.ingest.pipeline", "ingest"),
    "open_queries": ("minutes_kg.queries.backends", "open_queries"),
    "QUERIES": ("minutes_kg.queries.registry", "QUERIES"),
    "QueryError": ("minutes_kg.queries.registry", "QueryError"),
    "dossier": ("minutes_kg.queries.dossier", "dossier"),
    "report": ("minutes_kg.queries.report", "report"),
    "MinutesKgError": ("minutes_kg.errors", "MinutesKgError"),
    "StoreError": ("minutes_kg.errors", "StoreError"),
}

__all__ = ["__version__", "run_query", *_API]


def run_query(name: str, args: list[str] | tuple[str, ...] = (), *, store: Any = None, backend: str = "embedded",
              **options: Any) -> list[dict]:
    """The rows of a named query (``QUERIES``). ``store``: an open store (embedded or Neo4j), or the path of an
    embedded store; without it the default embedded store, or Neo4j from the environment with
    ``backend="neo4j"``. ``options`` are the query's own (``open_only``, ``cr``, ``meeting``...)."""
    from minutes_kg.queries.backends import EmbeddedQueries, Neo4jQueries, open_queries

    if store is None or isinstance(store, (str, bytes)) or hasattr(store, "__fspath__"):
        with open_queries(backend, store) as queries:
            return queries.run(name, args, **options)
    queries = Neo4jQueries(store) if hasattr(store, "session") else EmbeddedQueries(store)
    return queries.run(name, args, **options)


def __getattr__(name: str) -> Any:
    if name in _API:
        module, attr = _API[name]
        value = getattr(import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'minutes_kg' has no attribute {name!r}")
