"""Copy the embedded store into Neo4j: each stored record, one transaction per meeting."""

from __future__ import annotations

from .backend import GraphStore, IngestResult
from .load import load
from .sqlite_store import SqliteStore


def push_store(store: SqliteStore, target: GraphStore, force: bool = False) -> list[IngestResult]:
    """Loads the stored records in meeting-date order, so the target ends equal to the embedded graph."""
    return [load(record, target, force=force) for record in store.records()]


def push_counts(results: list[IngestResult]) -> dict[str, int]:
    """Meetings per load status (inserted, updated, unchanged: each present, zero when none) and the nodes
    and relationships the pushed meetings hold."""
    counts = {status: 0 for status in ("inserted", "updated", "unchanged")}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    counts["nodes"] = sum(r.nodes for r in results)
    counts["edges"] = sum(r.edges for r in results)
    return counts
