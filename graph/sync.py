"""Copy the embedded store into Neo4j: each stored record, one transaction per meeting."""

from __future__ import annotations

from .backend import GraphStore, IngestResult
from .load import load
from .sqlite_store import SqliteStore


def push_store(store: SqliteStore, target: GraphStore, force: bool = False) -> list[IngestResult]:
    """Loads the stored records in meeting-date order, so the target ends equal to the embedded graph."""
    return [load(record, target, force=force) for record in store.records()]
