"""Export the embedded graph: GraphML (Gephi, yEd), node-link JSON, a Cypher script, CSV files
for ``neo4j-admin database import``, and the whole store as one JSON file (``graph/json_store.py``)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from .admin_csv import to_admin_csv
from .neo4j_props import edge_props, node_props

if TYPE_CHECKING:
    from .sqlite_store import SqliteStore


_XML_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (NUL and the other C0 controls but tab, newline and
    carriage return; lone surrogates; U+FFFE, U+FFFF), so any text makes a well-formed document."""
    return _XML_FORBIDDEN.sub("", text)


def _flat(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _graphml_value(value: Any) -> Any:
    value = _flat(value)
    return xml_safe(value) if isinstance(value, str) else value


def _flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for n, a in graph.nodes(data=True):
        g.add_node(xml_safe(n), **{k: _graphml_value(v) for k, v in a.items() if v is not None})
    for u, v, k, a in graph.edges(keys=True, data=True):
        g.add_edge(xml_safe(u), xml_safe(v), key=xml_safe(k),
                   **{kk: _graphml_value(vv) for kk, vv in a.items() if vv is not None})
    return g


def to_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    nx.write_graphml(_flat_graph(graph), path)


def to_node_link(graph: nx.MultiDiGraph, path: Path) -> None:
    data = nx.node_link_data(graph, edges="links")
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False, default=str))


def _cypher_literal(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dt.date):
        return f"date('{value.isoformat()}')"
    if isinstance(value, list):
        return "[" + ", ".join(_cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False)
    return json.dumps(str(value), ensure_ascii=False)  # a double-quoted string with escapes


def _cypher_map(props: dict) -> str:
    return ", ".join(f"`{k}`: {_cypher_literal(v)}" for k, v in sorted(props.items()))


def to_cypher(graph: nx.MultiDiGraph, path: Path) -> None:
    """A script of idempotent MERGE statements, for cypher-shell or Neo4j Browser: the properties the driver
    load writes (``graph/neo4j_props.py``: camelCase names, ``date(...)`` values), relationships merged on
    their identity ``rid``."""
    lines = ["CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;"]
    for n, a in sorted(graph.nodes(data=True)):
        lines.append(f"MERGE (n:Entity {{key: {_cypher_literal(n)}}}) SET n:`{a['label']}` "
                     f"SET n += {{{_cypher_map(node_props(a))}}};")
    for u, v, _k, a in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[3]["type"], e[0], e[1])):
        props = edge_props(a)
        lines.append(f"MATCH (a:Entity {{key: {_cypher_literal(u)}}}), (b:Entity {{key: {_cypher_literal(v)}}}) "
                     f"MERGE (a)-[r:`{a['type']}` {{rid: {_cypher_literal(props['rid'])}}}]->(b) "
                     f"SET r += {{{_cypher_map(props)}}};")
    path.write_text("\n".join(lines) + "\n")


FORMATS = ("graphml", "json", "cypher", "csv", "store-json")


def export(store: SqliteStore, fmt: str, out: Path) -> None:
    """Write the embedded ``store`` (a ``SqliteStore``) to ``out`` in one of ``FORMATS``."""
    if fmt == "store-json":
        from .json_store import export as to_store_json

        to_store_json(store, out)
        return
    writers = {"graphml": to_graphml, "json": to_node_link, "cypher": to_cypher, "csv": to_admin_csv}
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    writers[fmt](store.to_networkx(), out)
