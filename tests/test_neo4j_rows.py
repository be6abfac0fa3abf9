"""The rows sent to Neo4j: labels and relationship types are parameters of the load statements
(dynamic labels and types), so anything outside the model's vocabulary is refused before sending;
property names are lowerCamelCase and dates native, by one mapping (graph/neo4j_props.py)."""

import copy
import datetime as dt

import pytest
from minutes_kg.graph.model import RELATION_TYPES, record_to_facts
from minutes_kg.graph.neo4j_props import camel, neo4j_value, snake
from minutes_kg.graph.neo4j_store import _edge_rows, _node_rows


def test_rows_carry_only_the_models_labels_and_types(records):
    facts = record_to_facts(records["DAG026"], {})
    edges = _edge_rows(facts)
    assert {row["type"] for row in edges} <= set(RELATION_TYPES)
    assert len(edges) == len(facts.edges)
    for row in edges:
        assert row["rid"] == row["props"]["rid"] == f"{row['type']}|{row['from']}|{row['to']}|DAG026"
    assert {row["label"] for row in _node_rows(facts)} >= {"Meeting", "Person", "ChangeRequest", "Vote"}


def test_a_type_outside_the_vocabulary_is_refused(records):
    facts = record_to_facts(records["DAG026"], {})
    bad = copy.deepcopy(facts)
    edge = next(iter(bad.edges.values()))
    edge["type"] = "X]->() DETACH DELETE (n"
    with pytest.raises(ValueError, match="not in the model's vocabulary"):
        _edge_rows(bad)
    bad = copy.deepcopy(facts)
    next(iter(bad.nodes.values()))["label"] = "Admin"
    with pytest.raises(ValueError, match="unknown label"):
        _node_rows(bad)


def test_names_are_camel_case_and_dates_native(records):
    facts = record_to_facts(records["DAG026"], {})
    nodes = {row["key"]: row for row in _node_rows(facts)}
    edges = _edge_rows(facts)
    for props in [row["props"] for row in nodes.values()] + [row["props"] for row in edges]:
        assert not [k for k in props if "_" in k], props  # no snake_case name reaches Neo4j
        assert "label" not in props and "type" not in props  # labels(n) and type(r) say those
    meeting = nodes["meeting:DAG026"]["props"]
    assert meeting["date"] == dt.date(2023, 7, 12) and meeting["nextMeeting"] == dt.date(2023, 8, 9)
    vote = nodes["vote:DAG026:CR018"]["props"]
    assert (vote["tallyFor"], vote["tallyAgainst"], vote["tallyAbstain"], vote["tallyAbsent"]) == (4, 6, 2, 1)
    assert nodes["cr:CR018"]["props"]["raisedOn"] == dt.date(2023, 2, 8)
    listed = [row["props"] for row in edges if row["type"] == "LISTED_IN" and row["from"] == "action:DAG26-01"]
    assert listed[0]["due"] == dt.date(2023, 8, 9) and listed[0]["date"] == dt.date(2023, 7, 12)
    assert isinstance(listed[0]["evidence"], str)  # JSON text: Neo4j properties cannot hold maps
    decided = [row["props"] for row in edges if row["type"] == "APPROVED" and row["from"] == "decision:DAG-DEC60"]
    assert decided[0]["decidedBy"] == "SRO"


def test_one_mapping_both_ways():
    for name in ("tally_for", "decided_by", "body_abbrev", "on_behalf_of", "next_meeting", "sha256", "due", "rid"):
        assert snake(camel(name)) == name
    assert camel("tally_for") == "tallyFor" and camel("tallyFor") == "tallyFor"  # camelCase stays as it is
    assert neo4j_value("raised_on", "2023-02-08") == neo4j_value("raisedOn", "2023-02-08") == dt.date(2023, 2, 8)
    assert neo4j_value("date", "2023-02-30") == "2023-02-30"  # date-shaped but no date: kept as text
    assert neo4j_value("updated_from", "") is None  # no date: no property
    assert neo4j_value("name", "2023-02-08") == "2023-02-08"  # only the date properties are dates
