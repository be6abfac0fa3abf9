"""The embedded store: merging, idempotence, replacement, atomic writes, resolution, export."""

import copy
import json

import networkx as nx
import pytest
from minutes_kg.graph import export
from minutes_kg.graph.resolve import resolve_people
from minutes_kg.graph.store import FORMAT, EmbeddedStore, StoreFormatError


@pytest.fixture
def store(tmp_path, records):
    s = EmbeddedStore(tmp_path / "store.json")
    for r in records.values():
        assert s.ingest(r).status == "inserted"
    s.save()
    return s


def test_reingest_changes_nothing(store, records, tmp_path):
    before = store.counts()
    edges_before = sorted((a["type"], a["from"], a["to"], a["meeting"]) for _, _, a in store.graph.edges(data=True))
    for r in records.values():
        assert store.ingest(r).status == "unchanged"
    assert store.counts() == before
    reloaded = EmbeddedStore(tmp_path / "store.json")
    assert reloaded.counts() == before
    for r in records.values():
        assert reloaded.ingest(r, force=True).status == "updated"
    assert reloaded.counts() == before
    assert sorted((a["type"], a["from"], a["to"], a["meeting"]) for _, _, a in reloaded.graph.edges(data=True)) \
        == edges_before


def test_store_file_has_a_format_version(store, tmp_path):
    data = json.loads((tmp_path / "store.json").read_text())
    assert data["format"] == FORMAT
    (tmp_path / "old.json").write_text(json.dumps({**data, "format": "minutes-kg/store@0"}))
    with pytest.raises(StoreFormatError):
        EmbeddedStore(tmp_path / "old.json")


def test_changed_document_replaces_only_its_own_facts(store, records):
    rec = copy.deepcopy(records["DAG026"])
    rec["source"]["sha256"] = "0" * 64
    dropped = rec["actions"].pop(0)
    rec["relations"] = [r for r in rec["relations"] if dropped["key"] not in (r["from"], r["to"])]
    only_here = [k for k, a in store.graph.nodes(data=True) if a.get("sources") == ["DAG026"]]
    others = {(a["type"], a["from"], a["to"], a["meeting"]) for _, _, a in store.graph.edges(data=True)
              if a["meeting"] != "DAG026"}
    assert store.ingest(rec).status == "updated"
    after_others = {(a["type"], a["from"], a["to"], a["meeting"]) for _, _, a in store.graph.edges(data=True)
                    if a["meeting"] != "DAG026"}
    assert after_others == others
    if dropped["key"] in only_here:
        assert dropped["key"] not in store.graph
    assert not any(a["meeting"] == "DAG026" and a["from"] == dropped["key"]
                   for _, _, a in store.graph.edges(data=True))


def test_atomic_write_leaves_the_old_file_on_failure(store, tmp_path, monkeypatch):
    path = tmp_path / "store.json"
    before = path.read_bytes()

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(json, "dump", boom)
    with pytest.raises(OSError):
        store.save()
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(".store-*.tmp"))


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
    names = [a["name"] for _, a in store.graph.nodes(data=True) if a["label"] == "Person"]
    surnames = {}
    for n in names:
        surnames.setdefault(n.split()[-1], []).append(n)
    for group in surnames.values():
        firsts = [n.split()[0].lower() for n in group]
        for i, a in enumerate(firsts):
            for b in firsts[i + 1:]:
                assert not (a.startswith(b) or b.startswith(a)), group


def test_exports(store, tmp_path):
    export.to_graphml(store.graph, tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert g.number_of_nodes() == store.graph.number_of_nodes()
    export.to_node_link(store.graph, tmp_path / "g.json")
    assert len(json.loads((tmp_path / "g.json").read_text())["nodes"]) == store.graph.number_of_nodes()
    export.to_cypher(store.graph, tmp_path / "g.cypher")
    script = (tmp_path / "g.cypher").read_text()
    assert script.count("MERGE (n:Entity") == store.graph.number_of_nodes()
    files = export.to_admin_csv(store.graph, tmp_path / "csv")
    person_csv = (tmp_path / "csv" / "nodes_Person.csv").read_text().splitlines()
    assert person_csv[0].startswith("key:ID,:LABEL")
    assert len(person_csv) - 1 == store.counts()["nodes"]["Person"]
    assert any(f.name.startswith("relationships_ATTENDED") for f in files)


def test_resolve_report_lists_merges_with_reasons(tmp_path):
    from conftest import cli

    store = tmp_path / "s.json"
    assert cli("ingest", "samples/", "--store", str(store), "--quiet").returncode == 0
    report = cli("resolve", "--report", "--store", str(store))
    assert report.returncode == 0
    assert "person:matt-mckeon -> person:matthew-mckeon: same surname, 'matt' and 'matthew'" in report.stdout
    assert "person:rich-gwatkin -> person:richard-gwatkin" in report.stdout
    # a veto in the aliases file keeps them apart after a forced re-ingest
    aliases = tmp_path / "aliases.json"
    aliases.write_text(json.dumps({"merge": [], "veto": [["person:rich-gwatkin", "person:richard-gwatkin"]]}))
    store2 = tmp_path / "s2.json"
    assert cli("ingest", "samples/", "--store", str(store2), "--aliases", str(aliases), "--quiet").returncode == 0
    people = EmbeddedStore(store2).people()
    assert "person:rich-gwatkin" in people and "person:richard-gwatkin" in people
