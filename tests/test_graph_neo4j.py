"""The Neo4j backend against a real server: equal to the embedded store, idempotent, atomic per document."""

import copy
import json
import os

import pytest
from failing import FailingStore
from minutes_kg.graph.load import load
from minutes_kg.graph.neo4j_store import Neo4jConnectionError, Neo4jStore
from minutes_kg.graph.store import open_store

pytestmark = pytest.mark.neo4j


def _embedded(tmp_path, records):
    s = open_store(tmp_path / "store.db")
    for r in sorted(records.values(), key=lambda r: r["meeting"]["date"]):
        load(r, s)
    return s


def _duplicated_relationships(store) -> int:
    """Relationships sharing an identity (type, from, to, meeting): a load that duplicated facts."""
    with store.session() as s:
        return s.run("MATCH (a)-[r]->(b) WITH type(r) AS t, a.key AS f, b.key AS k, r.meeting AS m, count(*) AS n "
                     "WHERE n > 1 RETURN count(*) AS dup").single()["dup"]


def test_same_counts_as_embedded_and_reingest_is_a_no_op(neo4j_store, records, tmp_path):
    for r in records.values():
        assert load(r, neo4j_store).status == "inserted"
    emb = _embedded(tmp_path, records)
    counts = neo4j_store.counts()
    assert counts == emb.counts()
    for r in records.values():
        assert load(r, neo4j_store).status == "unchanged"
        assert load(r, neo4j_store, force=True).status == "updated"
    assert neo4j_store.counts() == counts
    assert _duplicated_relationships(neo4j_store) == 0


def test_unbatched_load_gives_the_same_graph(neo4j_store, records, tmp_path, root):
    import sys

    sys.path.insert(0, str(root / "benchmarks"))
    from bench_neo4j_load import PerFactStore

    per_fact = PerFactStore(neo4j_store)
    for r in records.values():
        load(r, per_fact)
    assert neo4j_store.counts() == _embedded(tmp_path, records).counts()


def test_failure_mid_document_leaves_nothing_of_it(neo4j_store, records):
    first, second = sorted(records)[:2]
    load(records[first], neo4j_store)
    before = neo4j_store.counts()
    with pytest.raises(RuntimeError, match="injected"):
        load(records[second], FailingStore(neo4j_store))
    assert neo4j_store.counts() == before
    with neo4j_store.session() as s:
        n = s.run("MATCH ()-[r {meeting: $m}]->() RETURN count(r) AS n", m=second).single()["n"]
        src = s.run("MATCH (s:SourceDocument {key: $k}) RETURN count(s) AS n", k=f"source:{second}").single()["n"]
    assert n == 0 and src == 0


def test_changed_document_replaces_its_facts(neo4j_store, records, tmp_path):
    for r in records.values():
        load(r, neo4j_store)
    rec = copy.deepcopy(records["DAG026"])
    rec["source"]["sha256"] = "1" * 64
    dropped = rec["actions"].pop(0)
    rec["relations"] = [r for r in rec["relations"] if dropped["key"] not in (r["from"], r["to"])]
    assert load(rec, neo4j_store).status == "updated"
    emb = _embedded(tmp_path, records)
    load(rec, emb)
    assert neo4j_store.counts() == emb.counts()
    assert _duplicated_relationships(neo4j_store) == 0


def test_constraints_exist(neo4j_store, records):
    load(next(iter(records.values())), neo4j_store)
    with neo4j_store.session() as s:
        names = {r["name"] for r in s.run("SHOW CONSTRAINTS YIELD name RETURN name")}
    assert "entity_key" in names


def test_wrong_password_is_a_clear_error(neo4j_server):
    if not neo4j_server["password"]:
        pytest.skip("server without authentication")
    with pytest.raises(Neo4jConnectionError) as info:
        Neo4jStore(neo4j_server["uri"], neo4j_server["user"], "wrong-password")
    assert "refused the credentials" in str(info.value)
    assert "wrong-password" not in str(info.value)


def test_connection_from_env_reads_neo4j_username_first(monkeypatch):
    from minutes_kg.graph.neo4j_store import connection_from_env

    for name in ("NEO4J_USERNAME", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NEO4J_URI", "bolt://db.example:7687")
    assert connection_from_env()["user"] == "neo4j"  # neither set: Neo4j's default user
    monkeypatch.setenv("NEO4J_USER", "bob")
    assert connection_from_env()["user"] == "bob"  # the older name is still accepted
    monkeypatch.setenv("NEO4J_USERNAME", "alice")
    monkeypatch.setenv("NEO4J_PASSWORD", "pw")
    monkeypatch.setenv("NEO4J_DATABASE", "minutes")
    assert connection_from_env() == {"uri": "bolt://db.example:7687", "user": "alice", "password": "pw",
                                     "database": "minutes"}  # NEO4J_USERNAME wins over NEO4J_USER
    monkeypatch.delenv("NEO4J_URI")
    with pytest.raises(Neo4jConnectionError, match="NEO4J_URI is not set"):
        connection_from_env()


def test_unreachable_server_is_a_clear_error():
    with pytest.raises(Neo4jConnectionError) as info:
        Neo4jStore("bolt://127.0.0.1:9", "neo4j", "x")
    assert "cannot reach Neo4j" in str(info.value)


def test_cli_ingest_neo4j(neo4j_server, records, root):
    from conftest import cli

    env_before = dict(os.environ)
    os.environ.pop("NEO4J_USER", None)
    os.environ.update({"NEO4J_URI": neo4j_server["uri"], "NEO4J_USERNAME": neo4j_server["user"],
                       "NEO4J_PASSWORD": neo4j_server["password"]})
    try:
        result = cli("ingest", "--neo4j", "samples/dag026.pdf", "--format", "json")
    finally:
        os.environ.clear()
        os.environ.update(env_before)
    assert result.returncode == 0, result.stderr
    assert neo4j_server["password"] not in result.stdout + result.stderr


def test_push_and_cypher_export_give_the_embedded_graph(neo4j_server, neo4j_store, records, tmp_path):
    from conftest import cli
    from minutes_kg.graph import export

    emb = _embedded(tmp_path, records)
    env_before = dict(os.environ)
    os.environ.pop("NEO4J_USERNAME", None)  # the older name is still accepted
    os.environ.update({"NEO4J_URI": neo4j_server["uri"], "NEO4J_USER": neo4j_server["user"],
                       "NEO4J_PASSWORD": neo4j_server["password"]})
    try:
        result = cli("push", "--store", str(tmp_path / "store.db"), "--format", "json")
        again = cli("push", "--store", str(tmp_path / "store.db"), "--format", "json")
    finally:
        os.environ.clear()
        os.environ.update(env_before)
    assert result.returncode == 0, result.stderr
    assert neo4j_store.counts() == emb.counts()
    pushed = json.loads(result.stdout)  # one JSON object, nothing else on stdout
    assert pushed["meetings"] == len(records) == len(pushed["results"])
    assert pushed["counts"]["inserted"] == len(records) and pushed["counts"]["unchanged"] == 0
    assert {r["meeting"] for r in pushed["results"]} == set(records)
    assert json.loads(again.stdout)["counts"]["unchanged"] == len(records)
    # the exported Cypher script, run statement by statement, builds the same graph: the same names, types
    # and values as the push (arrays compared as sets: the embedded store keeps them sorted)
    pushed_graph = _sorted_arrays(_snapshot(neo4j_store))
    neo4j_store.clear()
    export.export(emb, "cypher", tmp_path / "g.cypher")
    with neo4j_store.session() as s:
        for statement in (tmp_path / "g.cypher").read_text().splitlines():
            s.run(statement).consume()
    assert neo4j_store.counts() == emb.counts()
    assert _sorted_arrays(_snapshot(neo4j_store)) == pushed_graph


def test_fields_the_model_does_not_name_reach_both_backends(neo4j_store, records, tmp_path):
    """A newer record's plain fields on a change (its ``kind``) are carried onto the node, on both backends."""
    rec = copy.deepcopy(records["DAG026"])
    for cr in rec["change_requests"]:
        cr["kind"] = "programme"
    load(rec, neo4j_store)
    with open_store(tmp_path / "kind.db") as emb:
        load(rec, emb)
        key = rec["change_requests"][0]["key"]
        assert emb.node(key)["kind"] == "programme"
    with neo4j_store.session() as s:
        assert s.run("MATCH (c:ChangeRequest {key: $k}) RETURN c.kind AS kind", k=key).single()["kind"] == "programme"


def test_losing_the_server_part_way_is_a_clear_error(neo4j_server, root):
    """A server that goes away between two statements (here: the proxy in front of it is killed)."""
    import subprocess
    import sys

    proxy = subprocess.Popen([sys.executable, str(root / "benchmarks" / "latency_proxy.py"), "--target",
                              neo4j_server["uri"].split("://", 1)[1], "--rtt-ms", "0.1"], stdout=subprocess.PIPE,
                             text=True)
    try:
        store = Neo4jStore(f"bolt://127.0.0.1:{proxy.stdout.readline().strip()}", neo4j_server["user"],
                           neo4j_server["password"], neo4j_server["database"])
        store.counts()
    finally:
        proxy.kill()
        proxy.wait()
    with pytest.raises(Neo4jConnectionError, match="lost the connection to Neo4j"):
        store.counts()
    store.close()


def _sorted_arrays(snapshot):
    return tuple({k: (a, {p: sorted(v) if isinstance(v, list) else v for p, v in props.items()})
                  for k, (a, props) in part.items()} for part in snapshot)


def _snapshot(store):
    """Every node (labels, properties) by key and every relationship (type, properties) by identity."""
    with store.session() as s:
        nodes = {r["k"]: (sorted(r["l"]), r["p"]) for r in s.run(
            "MATCH (n:Entity) RETURN n.key AS k, labels(n) AS l, properties(n) AS p")}
        rels = {r["rid"]: (r["t"], r["p"]) for r in s.run(
            "MATCH ()-[r]->() RETURN r.rid AS rid, type(r) AS t, properties(r) AS p")}
    return nodes, rels


def test_properties_are_camel_case_and_dates_native(neo4j_store, records):
    from neo4j.time import Date

    for r in records.values():
        load(r, neo4j_store)
    nodes, rels = _snapshot(neo4j_store)
    names = {k for _, p in [*nodes.values(), *rels.values()] for k in p}
    assert not [k for k in names if "_" in k], names  # lowerCamelCase only
    assert {"tallyFor", "statedFor", "decidedBy", "raisedOn", "nextMeeting", "updatedFrom", "onBehalfOf"} <= names
    assert "label" not in names and "type" not in names  # labels(n) and type(r) hold those
    with neo4j_store.session() as s:
        types = {(r["label"], r["k"]): set(r["types"]) for r in s.run(
            "MATCH (n:Entity) UNWIND keys(n) AS k RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, k, "
            "collect(DISTINCT valueType(n[k])) AS types")}
        assert types[("Meeting", "date")] == {"DATE NOT NULL"}
        assert types[("Action", "due")] == {"DATE NOT NULL"}
        assert types[("Vote", "tallyFor")] == {"INTEGER NOT NULL"}
        assert types[("Person", "sources")] == {"LIST<STRING NOT NULL> NOT NULL"}
        # Cypher's date functions work on them, and the date range indexes answer range predicates
        july = s.run("MATCH (m:Meeting) USING INDEX m:Meeting(date) "
                     "WHERE date('2023-07-01') <= m.date < date('2023-08-01') RETURN m.id AS id ORDER BY m.date")
        assert [r["id"] for r in july] == sorted((r["meeting"]["id"] for r in records.values()
                                                  if "2023-07" in r["meeting"]["date"]),
                                                 key=lambda m: records[m]["meeting"]["date"])
        due = s.run("MATCH (a:Action) USING INDEX a:Action(due) WHERE a.due < date('2023-01-01') "
                    "RETURN collect(a.id) AS ids").single()["ids"]
        assert due == ["DAG17-02"]  # due 14 December 2022
        indexes = {r["name"] for r in s.run("SHOW INDEXES YIELD name RETURN name")}
    assert {"meeting_date", "decision_date", "action_due", "rel_listed_in_due"} <= indexes
    assert isinstance(nodes["meeting:DAG026"][1]["date"], Date)


def _age(store):
    """Rewrite a database as the loader before camelCase wrote it: snake_case names, dates as text, a label
    property on every node (and empty initials and aliases lists), a type property on every relationship."""
    from minutes_kg.graph.neo4j_props import snake
    from neo4j.time import Date

    def old(props):
        return {snake(k): v.iso_format() if isinstance(v, Date) else v for k, v in props.items()}

    with store.session() as s:
        nodes = [{"id": r["id"], "p": {"initials": [], "aliases": [], **old(r["p"]), "label": r["label"]}}
                 for r in s.run("MATCH (n:Entity) RETURN elementId(n) AS id, properties(n) AS p, "
                                "[x IN labels(n) WHERE x <> 'Entity'][0] AS label")]
        rels = [{"id": r["id"], "p": {**old(r["p"]), "type": r["t"]}}
                for r in s.run("MATCH ()-[r]->() RETURN elementId(r) AS id, properties(r) AS p, type(r) AS t")]
        s.run("UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.id SET n = row.p", rows=nodes).consume()
        s.run("UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.id SET r = row.p", rows=rels).consume()


def test_push_onto_an_old_database_leaves_only_the_new_names(neo4j_server, neo4j_store, records, tmp_path):
    """A database loaded with the old snake_case names and string dates: `minutes-kg push` (its documents
    all unchanged) migrates it in place to exactly what a fresh load writes, and nothing of the old names stays."""
    from conftest import cli
    from minutes_kg.graph.neo4j_migrate import is_old

    emb = _embedded(tmp_path, records)
    for r in sorted(records.values(), key=lambda r: r["meeting"]["date"]):
        load(r, neo4j_store)
    fresh = _snapshot(neo4j_store)
    _age(neo4j_store)
    aged = _snapshot(neo4j_store)
    assert is_old(neo4j_store) and aged != fresh
    assert aged[0]["vote:DAG026:CR018"][1]["tally_for"] == 4 and aged[0]["meeting:DAG026"][1]["date"] == "2023-07-12"
    env_before = dict(os.environ)
    os.environ.update({"NEO4J_URI": neo4j_server["uri"], "NEO4J_USERNAME": neo4j_server["user"],
                       "NEO4J_PASSWORD": neo4j_server["password"]})
    try:
        result = cli("push", "--store", str(tmp_path / "store.db"), "--format", "json")
    finally:
        os.environ.clear()
        os.environ.update(env_before)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["counts"]["unchanged"] == len(records)  # nothing reloaded: migrated
    assert _snapshot(neo4j_store) == fresh
    assert not is_old(neo4j_store)
    assert neo4j_store.counts() == emb.counts()
