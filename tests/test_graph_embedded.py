"""The embedded store: merging, idempotence, replacement, one transaction per document, migration
from the JSON store, resolution, export."""

import copy
import json
import sqlite3

import networkx as nx
import pytest
from failing import FailingStore
from minutes_kg.graph import export, json_store
from minutes_kg.graph.load import load
from minutes_kg.graph.resolve import resolve_people
from minutes_kg.graph.store import FORMAT, StoreFormatError, open_store
from minutes_kg.queries.backends import EmbeddedQueries


def edges(store) -> list[tuple]:
    return sorted((a["type"], a["from"], a["to"], a["meeting"]) for _, _, a in store.to_networkx().edges(data=True))


@pytest.fixture
def store(tmp_path, records):
    s = open_store(tmp_path / "store.db")
    for r in records.values():
        assert load(r, s).status == "inserted"
    yield s
    s.close()


def test_reingest_changes_nothing(store, records, tmp_path):
    before, edges_before = store.counts(), edges(store)
    for r in records.values():
        assert load(r, store).status == "unchanged"
    assert store.counts() == before
    with open_store(tmp_path / "store.db", create=False) as reloaded:
        assert reloaded.counts() == before
        for r in records.values():
            assert load(r, reloaded, force=True).status == "updated"
        assert reloaded.counts() == before
        assert edges(reloaded) == edges_before


def test_store_file_has_a_format_version(store, tmp_path):
    con = sqlite3.connect(tmp_path / "store.db")
    assert con.execute("SELECT value FROM meta WHERE name = 'format'").fetchone() == (FORMAT,)
    other = sqlite3.connect(tmp_path / "old.db")
    other.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)")
    other.execute("INSERT INTO meta VALUES ('format', 'minutes-kg/store@9')")
    other.commit()
    with pytest.raises(StoreFormatError, match="unsupported store format 'minutes-kg/store@9'"):
        open_store(tmp_path / "old.db", create=False)
    (tmp_path / "old.json").write_text(json.dumps({"format": "minutes-kg/store@0", "nodes": []}))
    with pytest.raises(StoreFormatError, match="unsupported store format"):
        open_store(tmp_path / "old.json", create=False)


def test_changed_document_replaces_only_its_own_facts(store, records):
    rec = copy.deepcopy(records["DAG026"])
    rec["source"]["sha256"] = "0" * 64
    dropped = rec["actions"].pop(0)
    rec["relations"] = [r for r in rec["relations"] if dropped["key"] not in (r["from"], r["to"])]
    only_here = store.node_sources(dropped["key"]) == ["DAG026"]
    others = {e for e in edges(store) if e[3] != "DAG026"}
    assert load(rec, store).status == "updated"
    assert {e for e in edges(store) if e[3] != "DAG026"} == others
    if only_here:
        assert store.node(dropped["key"]) is None
    assert not any(e[3] == "DAG026" and e[1] == dropped["key"] for e in edges(store))


def test_a_failure_part_way_leaves_nothing_of_the_document(tmp_path, records):
    first, second = sorted(records)[:2]
    with open_store(tmp_path / "store.db") as s:
        load(records[first], s)
        before, edges_before = s.counts(), edges(s)
        with pytest.raises(RuntimeError, match="injected"):
            load(records[second], FailingStore(s))
        assert s.counts() == before and edges(s) == edges_before
        assert s.meetings() == [first] and not s.node_sources(f"source:{second}")
        changed = copy.deepcopy(records[first])
        changed["source"]["sha256"] = "2" * 64
        with pytest.raises(RuntimeError, match="injected"):  # a replacement that fails keeps the old version
            load(changed, FailingStore(s))
        assert s.counts() == before and edges(s) == edges_before
        assert s.known_hashes() == {records[first]["source"]["sha256"]}


def test_json_store_is_migrated_on_first_open_and_kept_as_a_backup(store, records, tmp_path):
    legacy = tmp_path / "legacy.json"
    json_store.export(store, legacy)
    data = json.loads(legacy.read_text())
    assert data["format"] == "minutes-kg/store@1" and set(data["records"]) == set(records)
    original = legacy.read_bytes()
    with open_store(legacy, create=False) as migrated:
        assert migrated.counts() == store.counts()
        assert edges(migrated) == edges(store)
        assert migrated.known_hashes() == store.known_hashes()
        assert migrated.merges() == store.merges()
        assert [r["meeting"]["id"] for r in migrated.records()] == [r["meeting"]["id"] for r in store.records()]
        for q in (["cr-history", "CR018"], ["person", "Matt McKeon"], ["seats"]):
            assert EmbeddedQueries(migrated).run(q[0], q[1:]) == EmbeddedQueries(store).run(q[0], q[1:])
        assert all(load(r, migrated).status == "unchanged" for r in records.values())
    assert legacy.read_bytes()[:16] == b"SQLite format 3\x00"
    assert json_store.backup_path(legacy).read_bytes() == original
    with open_store(legacy, create=False) as again:  # opened again: already SQLite, nothing to migrate
        assert again.counts() == store.counts()


def test_resolution_merges_name_forms_and_obeys_vetoes():
    people = {"person:rich-gwatkin": "Rich Gwatkin", "person:richard-gwatkin": "Richard Gwatkin",
              "person:sam-jones": "Sam Jones", "person:samuel-jones": "Samuel Jones",
              "person:sarah-jones": "Sarah Jones"}
    merges = {m.alias: m for m in resolve_people(people)}
    assert merges["person:rich-gwatkin"].canonical == "person:richard-gwatkin"
    assert "person:sarah-jones" not in merges and "person:sarah-jones" not in {m.canonical for m in merges.values()}
    vetoed = resolve_people(people, {"merge": [], "veto": [["person:sam-jones", "person:samuel-jones"]]})
    assert "person:sam-jones" not in {m.alias for m in vetoed}
    forced = resolve_people(people, {"merge": [["person:sarah-jones", "person:samuel-jones"]], "veto": []})
    assert {m.alias: m.canonical for m in forced}["person:sarah-jones"] == "person:samuel-jones"


def test_no_duplicate_people_across_meetings(store):
    names = [n["name"] for n in store.nodes_labelled("Person")]
    surnames = {}
    for n in names:
        surnames.setdefault(n.split()[-1], []).append(n)
    for group in surnames.values():
        firsts = [n.split()[0].lower() for n in group]
        for i, a in enumerate(firsts):
            for b in firsts[i + 1:]:
                assert not (a.startswith(b) or b.startswith(a)), group


def test_exports(store, tmp_path):
    graph = store.to_networkx()
    n_nodes = sum(store.counts()["nodes"].values())
    assert graph.number_of_nodes() == n_nodes
    export.export(store, "graphml", tmp_path / "g.graphml")
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == n_nodes
    export.export(store, "json", tmp_path / "g.json")
    assert len(json.loads((tmp_path / "g.json").read_text())["nodes"]) == n_nodes
    export.export(store, "cypher", tmp_path / "g.cypher")
    assert (tmp_path / "g.cypher").read_text().count("MERGE (n:Entity") == n_nodes
    files = export.to_admin_csv(graph, tmp_path / "csv")
    person_csv = (tmp_path / "csv" / "nodes_Person.csv").read_text().splitlines()
    assert person_csv[0].startswith("key:ID,:LABEL")
    assert len(person_csv) - 1 == store.counts()["nodes"]["Person"]
    assert any(f.name.startswith("relationships_ATTENDED") for f in files)
    assert graph.nodes["meeting:DAG026"]["sources"] == ["DAG026"]


def test_resolve_report_lists_merges_with_reasons(tmp_path):
    from conftest import SAMPLE_PDFS, cli

    store = tmp_path / "s.db"
    assert cli("ingest", *SAMPLE_PDFS, "--store", str(store), "--quiet").returncode == 0
    report = cli("resolve", "--report", "--store", str(store))
    assert report.returncode == 0
    assert ("person:matt-mckeon -> person:matthew-mckeon: same surname 'mckeon'; Matt ~ Matthew "
            "(nickname, nicknames dataset)") in report.stdout
    assert "person:rich-gwatkin -> person:richard-gwatkin" in report.stdout
    # a veto in the aliases file keeps them apart after a forced re-ingest
    aliases = tmp_path / "aliases.json"
    aliases.write_text(json.dumps({"merge": [], "veto": [["person:rich-gwatkin", "person:richard-gwatkin"]]}))
    store2 = tmp_path / "s2.db"
    assert cli("ingest", *SAMPLE_PDFS, "--store", str(store2), "--aliases", str(aliases), "--quiet").returncode == 0
    with open_store(store2, create=False) as s:
        people = s.people()
    assert "person:rich-gwatkin" in people and "person:richard-gwatkin" in people


def _cli_env(env: dict, *args: str):
    import os
    import subprocess
    import sys
    from pathlib import Path

    from conftest import ROOT

    exe = Path(sys.executable).with_name("minutes-kg")
    return subprocess.Popen([str(exe), *args], cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_the_default_json_store_of_an_earlier_version_is_migrated(store, tmp_path):
    home = tmp_path / "data" / "minutes-kg"
    home.mkdir(parents=True)
    json_store.export(store, home / "store.json")
    original = (home / "store.json").read_bytes()
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "MINUTES_KG_STORE": ""}  # no --store: the default path
    proc = _cli_env(env, "stats", "--format", "json")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert json.loads(out) == store.counts()
    assert (home / "store.db").read_bytes()[:16] == b"SQLite format 3\x00"
    assert json_store.backup_path(home / "store.json").read_bytes() == original
    assert not (home / "store.json").exists()


def test_two_processes_opening_one_json_store_at_once(store, tmp_path):
    legacy = tmp_path / "legacy.json"
    json_store.export(store, legacy)
    original = legacy.read_bytes()
    procs = [_cli_env({}, "stats", "--store", str(legacy), "--format", "json") for _ in range(3)]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert json.loads(out) == store.counts()
    assert json_store.backup_path(legacy).read_bytes() == original
