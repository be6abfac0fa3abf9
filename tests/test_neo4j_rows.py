"""The rows sent to Neo4j: labels and relationship types are parameters of the load statements
(dynamic labels and types), so anything outside the model's vocabulary is refused before sending."""

import copy

import pytest
from minutes_kg.graph.model import RELATION_TYPES, record_to_facts
from minutes_kg.graph.neo4j_store import _edge_rows, _node_rows


def test_rows_carry_only_the_models_labels_and_types(records):
    facts = record_to_facts(records["DAG026"], {})
    edges = _edge_rows(facts)
    assert {row["props"]["type"] for row in edges} <= set(RELATION_TYPES)
    assert len(edges) == len(facts.edges)
    for row in edges:
        assert row["rid"] == f"{row['props']['type']}|{row['from']}|{row['to']}|DAG026"
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
