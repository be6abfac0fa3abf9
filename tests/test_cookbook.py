"""Every Cypher query of queries/README.md runs on a real Neo4j loaded with the samples and returns the
number of rows its first line promises."""

import re

import pytest
from conftest import ROOT
from minutes_kg.graph.load import load
from minutes_kg.graph.neo4j_store import Neo4jStore

pytestmark = pytest.mark.neo4j
BLOCKS = re.findall(r"```cypher\n(.*?)```", (ROOT / "queries" / "README.md").read_text(), re.S)


@pytest.fixture(scope="module")
def loaded(records, neo4j_server):
    store = Neo4jStore(neo4j_server["uri"], neo4j_server["user"], neo4j_server["password"], neo4j_server["database"])
    store.clear()
    for r in records.values():
        load(r, store)
    yield store
    store.close()


def test_the_cookbook_has_queries():
    assert len(BLOCKS) >= 8


@pytest.mark.parametrize("block", BLOCKS, ids=[b.splitlines()[1][:40] for b in BLOCKS])
def test_cookbook_query(block, loaded):
    m = re.match(r"// expect (at least )?(\d+) rows", block)
    assert m, "each cookbook query states how many rows it gives"
    with loaded.session() as s:
        rows = list(s.run(block))
    if m.group(1):
        assert len(rows) >= int(m.group(2))
    else:
        assert len(rows) == int(m.group(2)), [dict(r) for r in rows]


def _block(text):
    (block,) = [b for b in BLOCKS if text in b]
    return block


def test_meetings_in_a_date_range(loaded, records):
    """``date('2023-07-01') <= m.date < date('2023-08-01')`` on native dates: the meetings the records date so."""
    with loaded.session() as s:
        rows = [(r["meeting"], r["date"].iso_format()) for r in s.run(_block("date('2023-07-01') <= m.date"))]
    expected = sorted(((m["id"], m["date"]) for m in (r["meeting"] for r in records.values())
                       if "2023-07-01" <= m["date"] < "2023-08-01"), key=lambda x: x[1])
    assert rows == expected and len(rows) >= 2


def test_actions_due_in_the_30_days_before_a_date(loaded, records):
    """Date arithmetic (``asOf - duration('P30D')``, ``duration.inDays``) gives what the records say: each
    action's status and due date at the latest meeting listing it."""
    import datetime as dt

    latest = {}
    for rec in sorted(records.values(), key=lambda r: r["meeting"]["date"]):
        for a in rec["actions"]:
            latest[a["id"]] = (a["status"], a["due"])
    as_of = dt.date(2023, 9, 1)
    expected = sorted(((due, action, (as_of - dt.date.fromisoformat(due)).days)
                       for action, (status, due) in latest.items()
                       if status == "open" and due and as_of - dt.timedelta(days=30) <= dt.date.fromisoformat(due)
                       < as_of))
    with loaded.session() as s:
        rows = [(r["due"].iso_format(), r["action"], r["daysOverdue"])
                for r in s.run(_block("asOf - duration('P30D')"))]
    assert rows == expected and rows
