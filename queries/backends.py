"""The named queries on a store: ``run(name, args, **options)`` and ``resolve(kind, text)``, the same on
the embedded store and on Neo4j, so callers (the CLI, the dossier, the graph view) never ask which."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from minutes_kg.graph.neo4j_props import snake

from . import registry

if TYPE_CHECKING:
    from minutes_kg.graph.neo4j_store import Neo4jStore
    from minutes_kg.graph.sqlite_store import SqliteStore
    from neo4j import Session


class QueryBackend(Protocol):
    name: str

    def run(self, name: str, args: list[str] | tuple[str, ...] = (), **options: Any) -> list[dict]: ...

    def resolve(self, kind: str, text: str) -> str: ...

    def close(self) -> None: ...

    def __enter__(self) -> QueryBackend: ...

    def __exit__(self, *exc: object) -> None: ...


class EmbeddedQueries:
    """Named queries on the embedded store; each reads only what it touches."""

    name = "embedded"

    def __init__(self, store: SqliteStore):
        self.store = store

    def resolve(self, kind: str, text: str) -> str:
        with self.store.snapshot():
            return registry.resolve(kind, text, self.store.nodes_labelled, self.store.node)

    def run(self, name: str, args: list[str] | tuple[str, ...] = (), **options: Any) -> list[dict]:
        """The rows, all read from one state of the store (a writer's later commits are not mixed in)."""
        q = registry.get(name)
        with self.store.snapshot():
            return q.embedded(self.store, **registry.bind(q, list(args), self.resolve), **options)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> EmbeddedQueries:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def plain(value: Any) -> Any:
    """A value read from Neo4j in the embedded store's shape: a node or relationship as the dict of its
    properties under the model's snake_case names (``graph/neo4j_props.py``), a date as 'YYYY-MM-DD',
    lists and maps element by element."""
    from neo4j.graph import Entity
    from neo4j.time import Date

    if isinstance(value, Entity):
        return {snake(k): plain(v) for k, v in value.items()}
    if isinstance(value, Date):
        return value.iso_format()
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


class PlainSession:
    """A Neo4j session whose ``run`` gives the rows as dicts of plain values (``plain``): what the Cypher twins
    of the named queries read (``queries/cypher.py``), so their rows equal the embedded queries'."""

    def __init__(self, session: Session):
        self.session = session

    def run(self, query: str, **params: Any) -> list[dict]:
        return [{k: plain(v) for k, v in record.items()} for record in self.session.run(query, **params)]


_CANDIDATES = ("RETURN n.key AS key, n.name AS name, n.aliases AS aliases, n.initials AS initials, n.id AS id, "
               "[x IN labels(n) WHERE x <> 'Entity'][0] AS label")


class Neo4jQueries:
    """Named queries on Neo4j, in Cypher (``queries/cypher.py``)."""

    name = "neo4j"

    def __init__(self, store: Neo4jStore):
        self.store = store

    def _run(self, cypher: str, **params: Any) -> list[dict]:
        with self.store.session() as s:
            return PlainSession(s).run(cypher, **params)

    def _lookup(self, key: str) -> dict | None:
        found = self._run(f"MATCH (n:Entity {{key: $key}}) {_CANDIDATES}", key=key)
        return found[0] if found else None

    def _candidates(self, label: str | None) -> list[dict]:
        return self._run(f"MATCH (n:{label or 'Entity'}) {_CANDIDATES}")

    def resolve(self, kind: str, text: str) -> str:
        return registry.resolve(kind, text, self._candidates, self._lookup)

    def run(self, name: str, args: list[str] | tuple[str, ...] = (), **options: Any) -> list[dict]:
        q = registry.get(name)
        bound = registry.bind(q, list(args), self.resolve)
        with self.store.session() as s:
            return q.neo4j(PlainSession(s), **bound, **options)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Neo4jQueries:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_queries(backend: str = "embedded", store: str | Path | None = None) -> QueryBackend:
    """Named queries on the embedded store at ``store`` (it must exist), or on Neo4j (``NEO4J_URI`` ...)."""
    if backend == "neo4j":
        from minutes_kg.graph.neo4j_store import Neo4jStore

        return Neo4jQueries(Neo4jStore.from_env())
    from minutes_kg.graph.store import open_store

    return EmbeddedQueries(open_store(store, create=False))
