"""The graph of all samples, against numbers counted by hand from the sample minutes.

People: 42 name forms appear in the attendee and apologies lists of the five samples; two pairs are
one person each ("Matt McKeon" = "Matthew McKeon", "Rich Gwatkin" = "Richard Gwatkin"), so 40.
Change requests: CR017, CR018, CR021, CR024, CR025, CR027, CR030 = 7.
Constituencies: Consumer, DCC, DCUSA, DNO, Elexon, I&C Supplier, iDNO, Large Supplier, Medium
Supplier, National Grid ESO, RECCo, SEC, Small Supplier, Supplier Agent, Supplier Agent
(Independent Supplier Agent) = 15 (the "(as ...)" qualifiers describe a seat, they make no new one).
Organisations: DCC, Elexon, E.ON, IPA, National Grid ESO, Ofgem, Programme, RECCo, UKPN = 9.
Decisions: DAG-DEC51..64 (14) + CCAG-DEC19..22 (4) = 18.
Actions: DAG17-02, DAG20-03, DAG20.1-04, DAG20.1-12, DAG24-01/02, DAG25-01..03, DAG26-01..04,
DAG27-01..03 (16) + CCAG09-02, CCAG10-01..03, CCAG11-01..03, CCAG12-01..03 (10) = 26.
Votes: CR024 at CCAG011, CR030 at CCAG012, CR018 at DAG026, CR027 at DAG027 = 4.
"""

import pytest
from minutes_kg.graph.load import load
from minutes_kg.graph.store import open_store

HAND_COUNTED = {"Person": 40, "ChangeRequest": 7, "Constituency": 15, "Organisation": 9, "Decision": 18,
                "Action": 26, "Vote": 4, "Meeting": 5}


def _load(store, records):
    for r in sorted(records.values(), key=lambda r: r["meeting"]["date"]):
        load(r, store)
    return store.counts()["nodes"]


def test_embedded_graph_has_the_hand_counted_nodes(records, tmp_path):
    nodes = _load(open_store(tmp_path / "s.db"), records)
    assert {k: nodes.get(k, 0) for k in HAND_COUNTED} == HAND_COUNTED


def test_ingest_order_does_not_matter(records, tmp_path):
    a = open_store(tmp_path / "a.db")
    b = open_store(tmp_path / "b.db")
    for r in sorted(records.values(), key=lambda r: r["meeting"]["date"]):
        load(r, a)
    for r in sorted(records.values(), key=lambda r: r["meeting"]["date"], reverse=True):
        load(r, b)
    assert a.counts() == b.counts()
    assert [n["key"] for n in a.nodes_labelled(None)] == [n["key"] for n in b.nodes_labelled(None)]


@pytest.mark.neo4j
def test_neo4j_graph_has_the_hand_counted_nodes(records, neo4j_store):
    nodes = _load(neo4j_store, records)
    assert {k: nodes.get(k, 0) for k in HAND_COUNTED} == HAND_COUNTED
