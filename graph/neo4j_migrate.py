"""Bring a Neo4j database loaded by an earlier minutes-kg (snake_case properties, dates as strings, a
``label`` property on nodes and a ``type`` property on relationships) up to the current names and values
(``graph/neo4j_props.py``), in place, the first time a store writes to it.

Without it a push onto such a database would change nothing (its documents are unchanged) and leave names the
queries no longer read; after it every node and relationship holds only the current names and values, exactly
as a fresh load writes them (tests/test_graph_neo4j.py). Work goes in batches of ``BATCH`` entities, one
transaction each; relationships and other nodes first and the meetings (whose ``updated_from`` marks an old
database) last, so an interrupted migration is found again and finished on the next run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .neo4j_props import DATE_PROPERTIES, neo4j_props

if TYPE_CHECKING:
    from neo4j import ManagedTransaction

    from .neo4j_store import Neo4jStore

BATCH = 1000

# an old database: its meetings carry updated_from (every node of an old load does)
IS_OLD = "MATCH (m:Meeting) WHERE m.updated_from IS NOT NULL RETURN count(m) > 0 AS old"

# what needs rewriting: a snake_case name, the old label / type property, a date still held as text
_OLD_NAMES = "any(k IN keys({v}) WHERE k CONTAINS '_' OR k = '{extra}')"
_TEXT_DATES = "any(k IN $dates WHERE {v}[k] IS :: STRING NOT NULL)"
OLD_RELATIONSHIPS = (f"MATCH ()-[r]->() WHERE {_OLD_NAMES.format(v='r', extra='type')} "
                     f"OR {_TEXT_DATES.format(v='r')} RETURN elementId(r) AS id")
OLD_NODES = (f"MATCH (n:Entity) WHERE ({_OLD_NAMES.format(v='n', extra='label')} OR {_TEXT_DATES.format(v='n')}) "
             "RETURN elementId(n) AS id, n:Meeting AS meeting")

READ_RELATIONSHIPS = "UNWIND $ids AS id MATCH ()-[r]->() WHERE elementId(r) = id RETURN id, properties(r) AS p"
WRITE_RELATIONSHIPS = "UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.id SET r = row.p"
READ_NODES = "UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id RETURN id, properties(n) AS p"
WRITE_NODES = "UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.id SET n = row.p"


def is_old(store: Neo4jStore) -> bool:
    with store.session() as s:
        return bool(s.run(IS_OLD).single(strict=True)["old"])


def migrate(store: Neo4jStore) -> int:
    """Rewrite every node and relationship of an old database with the current names and values; returns
    how many were rewritten (0, after one cheap read, on a current database)."""
    if not is_old(store):
        return 0
    dates = sorted(DATE_PROPERTIES | {"updated_from", "next_meeting", "raised_on"})
    with store.session() as s:
        rels = [r["id"] for r in s.run(OLD_RELATIONSHIPS, dates=dates)]
        nodes = sorted((r["meeting"], r["id"]) for r in s.run(OLD_NODES, dates=dates))  # meetings last
    done = 0
    for chunk in _chunks(rels):
        done += _rewrite(store, chunk, READ_RELATIONSHIPS, WRITE_RELATIONSHIPS, ("type",))
    for chunk in _chunks([i for _, i in nodes]):
        done += _rewrite(store, chunk, READ_NODES, WRITE_NODES, ("label",))
    return done


def _rewrite(store: Neo4jStore, ids: list[str], read: str, write: str, drop: tuple[str, ...]) -> int:
    def work(tx: ManagedTransaction) -> int:
        rows = [{"id": r["id"], "p": neo4j_props(dict(r["p"]), drop)} for r in tx.run(read, ids=ids)]
        tx.run(write, rows=rows).consume()
        return len(rows)

    with store.session() as s:
        return s.execute_write(work)


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), BATCH):
        yield items[i:i + BATCH]
