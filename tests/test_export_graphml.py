"""GraphML is XML 1.0, which forbids NUL, the other C0 controls but tab, newline and carriage return, lone
surrogates, U+FFFE and U+FFFF: the export leaves them out, so whatever the minutes held, the file parses."""

import copy
import json
import xml.etree.ElementTree as ET

import networkx as nx
from minutes_kg.graph import export
from minutes_kg.graph.export import xml_safe
from minutes_kg.graph.load import load
from minutes_kg.graph.store import open_store


def test_a_name_with_control_characters_exports_to_well_formed_graphml(records, tmp_path):
    rec = copy.deepcopy(records["DAG026"])
    person = rec["people"][0]
    clean = person["name"]
    person["name"] = clean[:2] + "\x00" + clean[2:4] + "\x0b" + clean[4:]
    with open_store(tmp_path / "s.db") as store:
        load(rec, store)
        assert store.node(person["key"])["name"] == person["name"]  # the store keeps what it was given
        export.export(store, "graphml", tmp_path / "g.graphml")
        n_nodes = sum(store.counts()["nodes"].values())
    ET.parse(tmp_path / "g.graphml")  # an XML parser reads it (it raises on a forbidden character)
    graph = nx.read_graphml(tmp_path / "g.graphml")
    assert graph.nodes[person["key"]]["name"] == clean
    assert graph.number_of_nodes() == n_nodes


def test_every_character_xml_forbids_is_left_out(tmp_path):
    forbidden = "".join(map(chr, [*range(0, 9), 11, 12, *range(14, 32), 0xD800, 0xDFFF, 0xFFFE, 0xFFFF]))
    kept = "tab\tnewline\ncr\r é € 𝄞 \ufffd"
    assert xml_safe(forbidden + kept) == kept
    g = nx.MultiDiGraph()
    g.add_node("person:x" + forbidden, label="Person", name=kept + forbidden, initials=["A\x01B"])
    g.add_node("meeting:M1", label="Meeting")
    g.add_edge("person:x" + forbidden, "meeting:M1", key="ATTENDED|M1", type="ATTENDED", meeting="M1",
               evidence=[{"page": 1, "quote": "said\x00so\ud800"}])
    export.to_graphml(g, tmp_path / "g.graphml")
    ET.parse(tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.nodes["person:x"]["name"].replace("\r", "\n") in (kept, kept.replace("\r", "\n"))
    (_, _, attrs), = back.edges(data=True)
    assert json.loads(attrs["evidence"]) == [{"page": 1, "quote": "said\x00so"}]  # JSON text escapes controls
