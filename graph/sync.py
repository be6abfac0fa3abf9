"""Copy the embedded store into Neo4j: each stored record, one transaction per meeting."""

from __future__ import annotations

from .neo4j_store import Neo4jStore
from .store import EmbeddedStore, IngestResult


def push_store(store: EmbeddedStore, neo: Neo4jStore, force: bool = False) -> list[IngestResult]:
    """Loads the stored records in meeting-date order, so Neo4j ends equal to the embedded graph."""
    ordered = sorted(store.records.values(), key=lambda r: (r["meeting"]["date"] or "", r["meeting"]["id"]))
    return [neo.ingest(record, force=force) for record in ordered]
