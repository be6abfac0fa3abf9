"""The Neo4j backend: the same facts as the embedded store, loaded with UNWIND batches.

- connection from NEO4J_URI, NEO4J_USERNAME (or the older NEO4J_USER), NEO4J_PASSWORD, NEO4J_DATABASE;
- a uniqueness constraint on ``:Entity(key)``, an index per label and range indexes on the dates people
  filter on (Meeting.date, Decision.date, Action.due, LISTED_IN.due), created on first use;
- lowerCamelCase property names and native dates (``graph/neo4j_props.py``); a database loaded with the
  older snake_case names and string dates is migrated in place on first use (``graph/neo4j_migrate.py``);
- one transaction per document: a failure part-way leaves nothing of that document;
- idempotent loads: re-loading an unchanged document is a no-op, a changed one replaces
  exactly the facts its meeting loaded before; nodes, shared by documents, are MERGEd on their key;
- a document in three statements: one read, its nodes (UNWIND ... MERGE), its relationships
  (UNWIND ... CREATE with a dynamic type; Neo4j 5.26 or later).

Cypher text is fixed; every value travels as a parameter. Labels and relationship types
come from the model's fixed vocabulary, never from input text.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from neo4j import GraphDatabase, ManagedTransaction, Session
from neo4j.exceptions import AuthError, ServiceUnavailable, SessionExpired

from minutes_kg.errors import EXIT_NEO4J, MinutesKgError

from .backend import IngestResult
from .model import LABELS, RELATION_TYPES, Facts
from .neo4j_migrate import migrate
from .neo4j_props import edge_props, neo4j_value, node_props, rid
from .resolve import load_aliases

T = TypeVar("T")

BATCH = 1000
ALLOWED_LABELS = set(LABELS.values()) | {"Entity"}


class Neo4jConnectionError(MinutesKgError, RuntimeError):
    """Neo4j cannot be reached, or refused the credentials."""

    exit_status = EXIT_NEO4J


def _safe_name(name: str) -> str:
    if not name.replace("_", "").isalnum():
        raise ValueError(f"refusing unexpected label or type {name!r}")
    return name


# Property names are lowerCamelCase and dates native (``graph/neo4j_props.py``). A node's properties are set
# by the latest meeting stating it (updatedFrom), and an earlier meeting only adds the properties it lacks,
# as in the embedded store; initials, aliases and sources only grow (no empty lists).
NODE_QUERY = (
    "UNWIND $rows AS row MERGE (n:Entity {key: row.key}) SET n:$(row.label) "
    "WITH n, row, n.updatedFrom IS NULL OR ($date IS NOT NULL AND n.updatedFrom <= $date) AS newer, "
    "    reduce(acc = coalesce(n.initials, []), i IN row.initials | "
    "        CASE WHEN i IN acc THEN acc ELSE acc + i END) AS initials, "
    "    reduce(acc = coalesce(n.aliases, []), i IN row.aliases | "
    "        CASE WHEN i IN acc THEN acc ELSE acc + i END) AS aliases "
    "SET n += CASE WHEN newer OR n.sources IS NULL THEN row.props ELSE {} END, "
    "    n.initials = CASE WHEN size(initials) > 0 THEN initials END, "
    "    n.aliases = CASE WHEN size(aliases) > 0 THEN aliases END, "
    "    n.sources = CASE WHEN $meeting IN coalesce(n.sources, []) THEN n.sources "
    "        ELSE coalesce(n.sources, []) + $meeting END, "
    "    n.updatedFrom = CASE WHEN newer THEN $date ELSE n.updatedFrom END "
    "WITH n, row FOREACH (k IN [k IN keys(row.props) WHERE n[k] IS NULL] | SET n[k] = row.props[k])"
)

# range indexes on the dates people filter on (meetings in a range, actions falling due)
DATE_INDEXES = (
    "CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date)",
    "CREATE INDEX decision_date IF NOT EXISTS FOR (n:Decision) ON (n.date)",
    "CREATE INDEX action_due IF NOT EXISTS FOR (n:Action) ON (n.due)",
    "CREATE INDEX rel_listed_in_due IF NOT EXISTS FOR ()-[r:LISTED_IN]-() ON (r.due)",
)


def edge_query_for(rtype: str) -> str:
    """One relationship type, MERGEd on its indexed id (the per-fact statement the benchmark compares with)."""
    return ("UNWIND $rows AS row MATCH (a:Entity {key: row.from}) MATCH (b:Entity {key: row.to}) "
            f"MERGE (a)-[r:{_safe_name(rtype)} {{rid: row.rid}}]->(b) SET r += row.props")


# All of a document's relationships in one statement with a dynamic type. A relationship belongs to
# the meeting whose document states it (its identity includes the meeting), and the transaction that
# loads a document first removes whatever that document loaded before, so CREATE cannot duplicate:
# loading is idempotent per document. Nodes, shared between documents, are MERGEd.
EDGE_QUERY = (
    "UNWIND $rows AS row MATCH (a:Entity {key: row.from}) MATCH (b:Entity {key: row.to}) "
    "CREATE (a)-[r:$(row.type)]->(b) SET r = row.props"
)

# what a load needs to know first, in one round trip: whether (and with which hash) the document is
# loaded, and the stored people it could merge with (those sharing a surname with one of its people;
# ENDS WITH selects a superset, resolve_people decides)
STATE_QUERY = (
    "OPTIONAL MATCH (s:SourceDocument {key: $key}) WITH s IS NOT NULL AS loaded, s.sha256 AS sha "
    "OPTIONAL MATCH (p:Person) WHERE any(last IN $surnames WHERE toLower(trim(p.name)) ENDS WITH ' ' + last) "
    "RETURN loaded, sha, collect(CASE WHEN p IS NOT NULL THEN [p.key, p.name] END) AS people"
)


def _node_rows(facts: Facts) -> list[dict]:
    rows = []
    for key, props in facts.nodes.items():
        label = props["label"]
        if label not in ALLOWED_LABELS:
            raise ValueError(f"unknown label {label!r}")
        rows.append({"key": key, "label": label,
                     "props": node_props({k: v for k, v in props.items() if k not in ("initials", "aliases")}),
                     "initials": props.get("initials", []), "aliases": props.get("aliases", [])})
    return rows


def _edge_rows(facts: Facts) -> list[dict]:
    rows = []
    for e in facts.edges.values():
        if e["type"] not in RELATION_TYPES:
            raise ValueError(f"relationship type {e['type']!r} is not in the model's vocabulary")
        props = edge_props(e)
        rows.append({"from": e["from"], "to": e["to"], "type": e["type"], "rid": props["rid"], "props": props})
    return rows


def connection_from_env() -> dict:
    """uri, user, password and database from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE.

    The user is NEO4J_USERNAME (as cypher-shell and Neo4j's drivers read it), else the older
    NEO4J_USER, else ``neo4j``."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        raise Neo4jConnectionError("NEO4J_URI is not set (e.g. bolt://localhost:7687)")
    user = os.environ.get("NEO4J_USERNAME") or os.environ.get("NEO4J_USER") or "neo4j"
    return {"uri": uri, "user": user,
            "password": os.environ.get("NEO4J_PASSWORD", ""), "database": os.environ.get("NEO4J_DATABASE") or None}


class Neo4jStore:
    def __init__(self, uri: str, user: str = "neo4j", password: str = "", database: str | None = None,
                 aliases: str | Path | dict | None = None):
        self.uri = uri
        self.database = database
        self.aliases = aliases if isinstance(aliases, dict) else load_aliases(aliases)
        self.driver = GraphDatabase.driver(uri, auth=(user, password) if password else None,
                                           notifications_min_severity="OFF")
        try:
            self.driver.verify_connectivity()
        except AuthError as exc:
            self.driver.close()
            raise Neo4jConnectionError(f"Neo4j at {uri} refused the credentials for user {user!r} "
                                       "(check NEO4J_USERNAME / NEO4J_PASSWORD)") from exc
        except (ServiceUnavailable, OSError, ValueError) as exc:
            self.driver.close()
            raise Neo4jConnectionError(f"cannot reach Neo4j at {uri} ({exc.__class__.__name__}); "
                                       "is the server running? (NEO4J_URI)") from exc
        self._schema_done = False

    @classmethod
    def from_env(cls, aliases: str | Path | dict | None = None) -> Neo4jStore:
        return cls(**connection_from_env(), aliases=aliases)

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A driver session; losing the server on the way is a Neo4jConnectionError (one line, exit 5)."""
        try:
            with self.driver.session(database=self.database) if self.database else self.driver.session() as s:
                yield s
        except (ServiceUnavailable, SessionExpired) as exc:
            raise Neo4jConnectionError(f"lost the connection to Neo4j at {self.uri} ({exc.__class__.__name__}); "
                                       "is the server still running? (NEO4J_URI)") from exc

    def ensure_schema(self) -> None:
        if self._schema_done:
            return
        with self.session() as s:
            s.run("CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE").consume()
            for label in sorted(set(LABELS.values())):
                s.run(f"CREATE INDEX {label.lower()}_key IF NOT EXISTS FOR (n:{_safe_name(label)}) ON (n.key)"
                      ).consume()
            for rtype in RELATION_TYPES:
                s.run(f"CREATE INDEX rel_{rtype.lower()}_rid IF NOT EXISTS FOR ()-[r:{_safe_name(rtype)}]-() "
                      "ON (r.rid)").consume()
            for index in DATE_INDEXES:
                s.run(index).consume()
            s.run("CALL db.awaitIndexes(300)").consume()
        migrate(self)  # a database loaded before the camelCase names and native dates: brought up to date
        self._schema_done = True

    def clear(self) -> None:
        with self.session() as s:
            s.run("MATCH (n) DETACH DELETE n").consume()

    # loading -----------------------------------------------------------------------------
    def in_transaction(self, work: Callable[[Neo4jTransaction], T]) -> T:
        """Run ``work`` in one write transaction (retried by the driver on transient errors)."""
        self.ensure_schema()
        with self.session() as s:
            return s.execute_write(lambda tx: work(Neo4jTransaction(tx)))

    def ingest(self, record: dict, force: bool = False) -> IngestResult:
        """Load one record in one transaction (``graph/load.py``)."""
        from .load import load

        return load(record, self, force=force)

    def known_hashes(self) -> set[str]:
        """Content hashes of the documents loaded (the manifest that makes re-ingest a no-op)."""
        self.ensure_schema()
        with self.session() as s:
            return {r["sha"] for r in s.run("MATCH (s:SourceDocument) WHERE s.sha256 IS NOT NULL "
                                            "RETURN s.sha256 AS sha")}

    # reading -----------------------------------------------------------------------------
    def counts(self) -> dict[str, dict[str, int]]:
        with self.session() as s:
            labels = {r["label"]: r["n"] for r in s.run(
                "MATCH (n:Entity) UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label "
                "RETURN label, count(*) AS n")}
            types = {r["t"]: r["n"] for r in s.run("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n")}
        return {"nodes": dict(sorted(labels.items())), "relationships": dict(sorted(types.items()))}


class Neo4jTransaction:
    """The loader's view of one Neo4j write transaction (``graph/backend.py``): one read for the state,
    then a document's nodes in one UNWIND MERGE and its relationships in one UNWIND CREATE."""

    def __init__(self, tx: ManagedTransaction):
        self.tx = tx

    def state(self, meeting: str, surnames: list[str]) -> tuple[str | None, dict[str, str]]:
        row = self.tx.run(STATE_QUERY, key=f"source:{meeting}", surnames=surnames).single(strict=True)
        return ((row["sha"] or "") if row["loaded"] else None), dict(row["people"])

    def named_together(self, pairs: list[tuple[str, str]], meeting: str | None) -> list[tuple[str, str]]:
        rows = self.tx.run("UNWIND $pairs AS p MATCH (a:Entity {key: p[0]}) MATCH (b:Entity {key: p[1]}) "
                           "WITH p, a, b WHERE any(m IN a.sources WHERE m <> coalesce($meeting, '') "
                           "AND m IN b.sources) RETURN p", pairs=[list(p) for p in pairs], meeting=meeting)
        return [(r["p"][0], r["p"][1]) for r in rows]

    def rekey(self, alias: str, canonical: str) -> None:
        tx = self.tx
        node = tx.run("MATCH (n:Entity {key: $k}) RETURN properties(n) AS p, labels(n) AS l", k=alias).single()
        if node is None:
            return
        rels = list(tx.run(
            "MATCH (n:Entity {key: $k})-[r]-(m) RETURN type(r) AS t, startNode(r) = n AS out, m.key AS other, "
            "properties(r) AS p", k=alias))
        label = next(lb for lb in node["l"] if lb != "Entity")
        tx.run(f"MERGE (c:Entity {{key: $c}}) SET c:{_safe_name(label)} "
               "SET c.aliases = reduce(acc = coalesce(c.aliases, []), "
               "  s IN [x IN coalesce($p.aliases, []) + [$p.name] WHERE x IS NOT NULL] | "
               "  CASE WHEN s IN acc OR s = c.name THEN acc ELSE acc + s END), "
               "c.name = coalesce(c.name, $p.name), "
               "c.sources = reduce(acc = coalesce(c.sources, []), s IN $p.sources | "
               "  CASE WHEN s IN acc THEN acc ELSE acc + s END), "
               "c.initials = reduce(acc = coalesce(c.initials, []), s IN coalesce($p.initials, []) | "
               "  CASE WHEN s IN acc THEN acc ELSE acc + s END)", c=canonical, p=node["p"]).consume()
        for r in rels:
            frm, to = (canonical, r["other"]) if r["out"] else (r["other"], canonical)
            props = dict(r["p"])
            props["rid"] = rid(r["t"], frm, to, props["meeting"])
            tx.run(f"MATCH (a:Entity {{key: $f}}) MATCH (b:Entity {{key: $t}}) "
                   f"MERGE (a)-[x:{_safe_name(r['t'])} {{rid: $p.rid}}]->(b) SET x += $p",
                   f=frm, t=to, p=props).consume()
        tx.run("MATCH (n:Entity {key: $k}) DETACH DELETE n", k=alias).consume()

    def remove_meeting(self, meeting: str) -> None:
        self.tx.run("MATCH ()-[r {meeting: $m}]->() DELETE r", m=meeting).consume()
        self.tx.run("MATCH (n:Entity) WHERE $m IN n.sources "
                    "SET n.sources = [x IN n.sources WHERE x <> $m] "
                    "WITH n WHERE size(n.sources) = 0 DETACH DELETE n", m=meeting).consume()

    def write(self, facts: Facts, record: dict, merges: list) -> None:
        """Neo4j keeps the graph only: the record and the merges are not stored."""
        for chunk in _chunks(_node_rows(facts), BATCH):
            self.run_rows(NODE_QUERY, chunk, facts)
        for chunk in _chunks(_edge_rows(facts), BATCH):
            self.run_rows(EDGE_QUERY, chunk, facts)

    def run_rows(self, query: str, rows: list[dict], facts: Facts) -> None:
        self.tx.run(query, rows=rows, date=neo4j_value("date", facts.date), meeting=facts.meeting).consume()



def _chunks(rows: list, size: int) -> Iterator[list]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]
