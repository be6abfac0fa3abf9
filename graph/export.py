"""Export the embedded graph: GraphML (Gephi, yEd), node-link JSON, a Cypher script, CSV files
for ``neo4j-admin database import``, and the whole store as one JSON file (``graph/json_store.py``)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:
    from .sqlite_store import SqliteStore


def _flat(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for n, a in graph.nodes(data=True):
        g.add_node(n, **{k: _flat(v) for k, v in a.items() if v is not None})
    for u, v, k, a in graph.edges(keys=True, data=True):
        g.add_edge(u, v, key=k, **{kk: _flat(vv) for kk, vv in a.items() if vv is not None})
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
    if isinstance(value, list):
        return "[" + ", ".join(_cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False)
    return json.dumps(str(value), ensure_ascii=False)  # a double-quoted string with escapes


def to_cypher(graph: nx.MultiDiGraph, path: Path) -> None:
    """A script of idempotent MERGE statements, for cypher-shell or Neo4j Browser."""
    lines = ["CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;"]
    for n, a in sorted(graph.nodes(data=True)):
        props = ", ".join(f"`{k}`: {_cypher_literal(_flat(v) if isinstance(v, dict) else v)}"
                          for k, v in sorted(a.items()) if k not in ("label",) and v is not None)
        lines.append(f"MERGE (n:Entity {{key: {_cypher_literal(n)}}}) SET n:`{a['label']}` SET n += {{{props}}};")
    for u, v, _k, a in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[3]["type"], e[0], e[1])):
        props = ", ".join(f"`{k}`: {_cypher_literal(_flat(vv))}" for k, vv in sorted(a.items())
                          if k not in ("type", "from", "to") and vv is not None)
        lines.append(f"MATCH (a:Entity {{key: {_cypher_literal(u)}}}), (b:Entity {{key: {_cypher_literal(v)}}}) "
                     f"MERGE (a)-[r:`{a['type']}` {{meeting: {_cypher_literal(a['meeting'])}}}]->(b) "
                     f"SET r += {{{props}}};")
    path.write_text("\n".join(lines) + "\n")


def to_admin_csv(graph: nx.MultiDiGraph, folder: Path) -> list[Path]:
    """One nodes file per label and one relationships file per type, with import headers."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    by_label: dict[str, list] = {}
    for _n, a in graph.nodes(data=True):
        by_label.setdefault(a["label"], []).append(a)
    for label, nodes in sorted(by_label.items()):
        cols = sorted({k for a in nodes for k in a if k not in ("key", "label")})
        path = folder / f"nodes_{label}.csv"
        with path.open("w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["key:ID", ":LABEL", *cols])
            for a in sorted(nodes, key=lambda x: x["key"]):
                w.writerow([a["key"], f"Entity;{label}", *[_csv(a.get(c)) for c in cols]])
        written.append(path)
    by_type: dict[str, list] = {}
    for _, _, a in graph.edges(data=True):
        by_type.setdefault(a["type"], []).append(a)
    for rtype, edges in sorted(by_type.items()):
        cols = sorted({k for a in edges for k in a if k not in ("from", "to", "type")})
        path = folder / f"relationships_{rtype}.csv"
        with path.open("w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([":START_ID", ":END_ID", ":TYPE", *cols])
            for a in sorted(edges, key=lambda x: (x["from"], x["to"], x["meeting"])):
                w.writerow([a["from"], a["to"], rtype, *[_csv(a.get(c)) for c in cols]])
        written.append(path)
    return written


def _csv(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(x, str) for x in value) and not any(";" in x for x in value):
        return ";".join(value)
    return _flat(value)


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
