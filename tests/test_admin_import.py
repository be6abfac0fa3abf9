"""`export --to csv` against a real Neo4j: the typed neo4j-admin headers name and type every property as the
driver load writes it, and Neo4j's own import tool (``neo4j-admin database import full``, run from the Maven
artifacts the launcher builds) turns the files into a fresh database equal to the one the driver loaded."""

import copy
import csv
import datetime as dt
import os
import shlex
import shutil
import subprocess
import sys

import pytest
from conftest import NEO4J_PASSWORD, ROOT
from minutes_kg.graph.export import export
from minutes_kg.graph.load import load
from minutes_kg.graph.neo4j_store import Neo4jStore
from minutes_kg.graph.store import open_store
from minutes_kg.queries.backends import EmbeddedQueries, Neo4jQueries
from neo4j.time import Date

PARSE = {"string": str, "int": int, "long": int, "double": float, "date": dt.date.fromisoformat,
         "boolean": lambda c: {"true": True, "false": False}[c]}


def _plain(value):
    """A driver value as compared here: a date as datetime.date, an array in order (the embedded store keeps
    initials sorted, Neo4j in the order met)."""
    if isinstance(value, Date):
        return value.to_native()
    return sorted(value) if isinstance(value, list) else value


def _graph(store):
    """Nodes by key (labels, properties) and relationships by identity (type, ends, properties)."""
    with store.session() as s:
        nodes = {r["k"]: (sorted(r["l"]), {k: _plain(v) for k, v in r["p"].items()}) for r in s.run(
            "MATCH (n:Entity) RETURN n.key AS k, labels(n) AS l, properties(n) AS p")}
        rels = {r["p"]["rid"]: (r["t"], r["a"], r["b"], {k: _plain(v) for k, v in r["p"].items()}) for r in s.run(
            "MATCH (a)-[r]->(b) RETURN type(r) AS t, a.key AS a, b.key AS b, properties(r) AS p")}
    return nodes, rels


def _read(path, delimiter):
    """Rows of one CSV file: the import columns, and the properties parsed by their header types."""
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    head = [h.rsplit(":", 1) for h in rows[0]]
    out = []
    for cells in rows[1:]:
        fixed, props = {}, {}
        for (name, kind), cell in zip(head, cells):
            if not name:  # :LABEL, :START_ID, :END_ID, :TYPE
                fixed[kind] = cell
            elif kind == "ID":
                fixed["ID"] = props[name] = cell
            elif cell != "":
                props[name] = sorted(cell.split(delimiter)) if kind == "string[]" else PARSE[kind](cell)
        out.append((fixed, props))
    return head, out


def _samples(records):
    """The samples, one decision's text over two lines and an organisation alias holding ';' (so the export
    needs multiline fields and another array delimiter)."""
    out = {k: copy.deepcopy(r) for k, r in records.items()}
    out["DAG026"]["decisions"][0]["text"] += "\nA second line."
    out["DAG026"]["organisations"][0]["aliases"].append("Alpha; Beta")
    return out


@pytest.fixture(scope="module")
def exported(records, neo4j_server, tmp_path_factory):
    """The samples in the embedded store, exported as CSV, and the same records loaded into Neo4j by the driver."""
    folder = tmp_path_factory.mktemp("admin")
    emb = open_store(folder / "store.db")
    store = Neo4jStore(neo4j_server["uri"], neo4j_server["user"], neo4j_server["password"], neo4j_server["database"])
    store.clear()
    for r in sorted(_samples(records).values(), key=lambda r: r["meeting"]["date"]):
        load(r, emb)
        load(r, store)
    export(emb, "csv", folder / "csv")
    yield {"folder": folder, "csv": folder / "csv", "emb": emb, "store": store, "driver": _graph(store)}
    store.close()
    emb.close()


def _command(folder):
    """The words of the import command IMPORT.txt gives (a shell line continued with backslashes)."""
    return shlex.split((folder / "IMPORT.txt").read_text().replace("\\\n", " "), comments=True)


def _delimiter(folder):
    (flag,) = [w for w in _command(folder) if w.startswith("--array-delimiter=")]
    return flag.split("=", 1)[1]


@pytest.mark.neo4j
def test_headers_name_and_type_what_the_driver_load_writes(exported):
    nodes, rels = exported["driver"]
    delimiter = _delimiter(exported["csv"])
    seen_nodes, seen_rels, typed = set(), set(), set()
    for path in sorted(exported["csv"].glob("nodes_*.csv")):
        head, rows = _read(path, delimiter)
        assert [":".join(h) for h in head[:2]] == ["key:ID", ":LABEL"]
        typed |= {kind for _, kind in head[2:]}
        for fixed, props in rows:
            labels, driver = nodes[fixed["ID"]]
            assert sorted(fixed["LABEL"].split(delimiter)) == labels
            assert props == driver, fixed["ID"]  # same names, same values
            assert {k: type(v) for k, v in props.items()} == {k: type(v) for k, v in driver.items()}  # same types
            seen_nodes.add(fixed["ID"])
    for path in sorted(exported["csv"].glob("relationships_*.csv")):
        head, rows = _read(path, delimiter)
        assert [":".join(h) for h in head[:3]] == [":START_ID", ":END_ID", ":TYPE"]
        typed |= {kind for _, kind in head[3:]}
        for fixed, props in rows:
            rtype, a, b, driver = rels[props["rid"]]
            assert (fixed["TYPE"], fixed["START_ID"], fixed["END_ID"]) == (rtype, a, b)
            assert props == driver and {k: type(v) for k, v in props.items()} == {k: type(v) for k, v in driver.items()}
            seen_rels.add(props["rid"])
    assert seen_nodes == set(nodes) and seen_rels == set(rels)  # every node and relationship, once
    assert {"string", "int", "date", "string[]", "boolean"} <= typed
    assert delimiter == "|" and "--multiline-fields=true" in _command(exported["csv"])  # "Alpha; Beta", two lines
    vote = (exported["csv"] / "nodes_Vote.csv").read_text().splitlines()[0]
    assert "tallyFor:int" in vote and "date:date" in vote and "sources:string[]" in vote


def _admin_import(csv_dir, home, report):
    """Run the import command IMPORT.txt gives, with neo4j-admin's main class from the launcher's jars."""
    sys.path.insert(0, str(ROOT / "graph" / "neo4j_launcher"))
    import launcher

    jar = launcher.build()
    words = _command(csv_dir)
    assert words[:5] == ["neo4j-admin", "database", "import", "full", "neo4j"]
    cmd = [shutil.which("java") or "java", "-Xmx512m", "-cp", str(jar.parent / "lib" / "*"),
           "org.neo4j.cli.AdminTool", *words[1:], f"--report-file={report}", "--max-off-heap-memory=256m"]
    home.mkdir()
    done = subprocess.run(cmd, cwd=csv_dir, env={**os.environ, "NEO4J_HOME": str(home)}, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0 and "IMPORT DONE" in done.stdout, done.stdout[-3000:] + done.stderr[:3000]
    return launcher


@pytest.mark.neo4j
def test_neo4j_admin_import_gives_the_driver_loaded_database(exported, records):
    if not (shutil.which("java") and shutil.which("mvn")):
        pytest.skip("neo4j-admin's import tool runs from the launcher's Maven artifacts: needs java and mvn")
    home = exported["folder"] / "imported"
    launcher = _admin_import(exported["csv"], home, exported["folder"] / "import.report")
    handle = launcher.start(home, password=NEO4J_PASSWORD)
    try:
        with Neo4jStore(handle.uri, "neo4j", NEO4J_PASSWORD) as imported:
            assert _graph(imported) == exported["driver"]  # every node and relationship, names, values, types
            assert imported.counts() == exported["emb"].counts()
            queries = Neo4jQueries(imported)
            for name, args in [("cr-history", ["CR018"]), ("actions", []), ("seats", []), ("person", ["Sarah Jones"]),
                               ("who-decided", ["CR018"]), ("votes", ["CR027"])]:
                assert queries.run(name, args) == EmbeddedQueries(exported["emb"]).run(name, args), name
            # the imported database takes loads like any other: unchanged documents, a forced reload
            rec = _samples(records)["DAG026"]
            assert load(rec, imported).status == "unchanged"
            assert load(rec, imported, force=True).status == "updated"
            assert _graph(imported) == exported["driver"]
    finally:
        handle.stop()


def test_column_types_come_from_the_values():
    from minutes_kg.graph.admin_csv import array_delimiter, column_type

    assert column_type([1, None, 2]) == "int" and column_type([1, 2 ** 40]) == "long"
    assert column_type([True, False]) == "boolean" and column_type([1, 2.5]) == "double"
    assert column_type([dt.date(2023, 7, 12), None]) == "date" and column_type([["a", "b"], ["c"]]) == "string[]"
    assert column_type([dt.date(2023, 7, 12), "2023-02-30"]) == "string"  # mixed: text
    assert column_type([None]) == "string"
    assert array_delimiter([{"a": ["x;y"]}, {"b": ["p|q"]}]) == "\u00a6"
