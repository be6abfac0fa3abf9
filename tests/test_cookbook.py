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
