"""CSV files for ``neo4j-admin database import full``, with typed headers: the same property names and
types the driver load writes into Neo4j (``graph/neo4j_props.py``).

- one nodes file per label: ``key:ID`` (the node's key, also stored as its ``key`` property), ``:LABEL``
  (``Entity`` and the label), then one column per property, typed from its values: ``:string``, ``:int``
  (``:long`` past 32 bits), ``:double``, ``:boolean``, ``:date``, ``:string[]``;
- one relationships file per type: ``:START_ID``, ``:END_ID``, ``:TYPE``, then the properties (``meeting``,
  ``evidence`` as JSON text, the identity ``rid``, ...);
- arrays and the labels are joined with the array delimiter (``;``, or the first of ``|``, ``¦``, ``␞`` that
  no value holds), and ``IMPORT.txt`` gives the import command with that delimiter and the files.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .neo4j_props import edge_props, node_props

if TYPE_CHECKING:
    import networkx as nx

ARRAY_DELIMITERS = (";", "|", "\u00a6", "\u241e")
INT32 = range(-(2 ** 31), 2 ** 31)


def column_type(values: Iterable[Any]) -> str:
    """The import type of a column from its values (None: no value)."""
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return "boolean"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "int" if all(v in INT32 for v in present) else "long"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "double"
    if present and all(isinstance(v, dt.date) for v in present):
        return "date"
    if present and all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in present):
        return "string[]"
    return "string"


def _cell(value: Any, kind: str, delimiter: str) -> str:
    if value is None:
        return ""
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "date":
        return value.isoformat()
    if kind == "string[]":
        return delimiter.join(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def array_delimiter(rows: Iterable[dict]) -> str:
    """The first delimiter that no array element (and no label) holds."""
    used = "".join(x for row in rows for v in row.values() if isinstance(v, list) for x in v if isinstance(x, str))
    for d in ARRAY_DELIMITERS:
        if d not in used:
            return d
    raise ValueError("every array delimiter candidate occurs in the values; cannot write neo4j-admin arrays")


def _write(path: Path, head: list[str], rows: list[dict], fixed: list[str], delimiter: str) -> bool:
    """One file; the fixed columns first (each row holds them under those names), then the properties."""
    cols = sorted({k for row in rows for k in row} - set(fixed))
    kinds = {c: column_type(row.get(c) for row in rows) for c in cols}
    multiline = False
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(head + [f"{c}:{kinds[c]}" for c in cols])
        for row in rows:
            cells = [str(row[c]) for c in fixed] + [_cell(row.get(c), kinds[c], delimiter) for c in cols]
            multiline = multiline or any("\n" in c or "\r" in c for c in cells)
            w.writerow(cells)
    return multiline


def to_admin_csv(graph: nx.MultiDiGraph, folder: Path) -> list[Path]:
    """Write the nodes and relationships files and IMPORT.txt into ``folder``; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    by_label: dict[str, list[dict]] = {}
    for _n, a in graph.nodes(data=True):
        by_label.setdefault(a["label"], []).append(node_props(a))
    by_type: dict[str, list[dict]] = {}
    for u, v, a in graph.edges(data=True):
        by_type.setdefault(a["type"], []).append({":START_ID": u, ":END_ID": v, **edge_props(a)})
    every = [row for rows in (*by_label.values(), *by_type.values()) for row in rows]
    delimiter = array_delimiter(every + [{"labels": ["Entity", *by_label]}])
    written, nodes_files, rel_files, multiline = [], [], [], False
    for label, rows in sorted(by_label.items()):
        path = folder / f"nodes_{label}.csv"
        rows = [{"key:ID": r["key"], ":LABEL": f"Entity{delimiter}{label}",
                 **{k: v for k, v in r.items() if k != "key"}} for r in sorted(rows, key=_key)]
        multiline |= _write(path, ["key:ID", ":LABEL"], rows, ["key:ID", ":LABEL"], delimiter)
        written.append(path)
        nodes_files.append(path.name)
    for rtype, rows in sorted(by_type.items()):
        path = folder / f"relationships_{rtype}.csv"
        rows = [{**r, ":TYPE": rtype} for r in sorted(rows, key=lambda r: r["rid"])]
        multiline |= _write(path, [":START_ID", ":END_ID", ":TYPE"], rows, [":START_ID", ":END_ID", ":TYPE"],
                            delimiter)
        written.append(path)
        rel_files.append(path.name)
    command = ["neo4j-admin database import full neo4j", f"--array-delimiter='{delimiter}'"]
    command += ["--multiline-fields=true"] if multiline else []
    command += [f"--nodes={name}" for name in nodes_files] + [f"--relationships={name}" for name in rel_files]
    readme = folder / "IMPORT.txt"
    readme.write_text("# Import these files into a new or empty database (here `neo4j`; the name comes first, as\n"
                      "# --nodes and --relationships take several files): run in this folder, Neo4j stopped\n"
                      "# (minutes-kg creates its constraint and indexes when it first loads into the database):\n"
                      + " \\\n    ".join(command) + "\n", encoding="utf-8")
    written.append(readme)
    return written


def _key(row: dict) -> str:
    return str(row["key"])
