"""An interactive view of one neighbourhood of the graph, as one self-contained HTML file.

``neighbourhood`` walks the graph out from a centre, ``to_data`` shapes what it found for the page, and
``to_html`` writes the page (``viz_page.html``): cytoscape.js (``vendor/``, inlined, so a view needs no
network) lays it out and draws it, with zoom and pan, arrows, relationship labels, search by name, a filter
and legend per node type, and a details panel with each node's properties and citations. The data travels
as a JSON block escaped so that no text in the graph can end it or open markup (``embed_json``).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .backends import EmbeddedQueries
    from .embedded import GraphReader

CYTOSCAPE_VERSION = "3.35.0"  # queries/vendor/README.md says how to update it
MAX_HOPS = 10  # no sample graph is wider; more is refused (the walk also stops once nothing new is reached)
DEFAULT_LIMIT = 1000
MAX_LIMIT = 5000
COSE_MAX = 150  # up to this many nodes a force layout (cose) run to the end; beyond, rings then a few cose steps
COLOURS = {"Meeting": "#1f78b4", "Person": "#33a02c", "Organisation": "#6a3d9a", "Constituency": "#b15928",
           "ChangeRequest": "#e31a1c", "Document": "#ff7f00", "Decision": "#fb9a99", "Action": "#a6cee3",
           "Vote": "#fdbf6f", "Release": "#17becf", "Body": "#999999", "SourceDocument": "#cccccc"}
OTHER_COLOUR = "#444444"
SKIP_TYPES = {"RECORDED_IN", "OF_BODY"}
INFO = ("name", "id", "title", "date", "outcome", "decided_by", "text", "initials", "aliases", "ref", "version",
        "due", "status", "raised_on", "tally_for", "tally_against", "tally_abstain", "venue")  # shown first


class Neighbourhood(NamedTuple):
    nodes: dict[str, dict]  # by key
    edges: list[dict]  # the relationships among them
    hop: dict[str, int]  # each node's distance from the centre
    complete: bool  # False when the node limit left out nodes within reach


def neighbourhood(g: GraphReader, centre: str, hops: int = 1, limit: int = DEFAULT_LIMIT) -> Neighbourhood:
    """The centre, what is within ``hops`` relationships of it (up to ``limit`` nodes, nearest first, then
    by key), and the relationships among them. ``g`` reads the store (``GraphReader``)."""
    if g.node(centre) is None:
        raise KeyError(centre)
    hop = {centre: 0}
    frontier = [centre]
    complete = True
    for depth in range(1, hops + 1):
        reached: set[str] = set()
        for n in frontier:
            reached |= {e["to"] for e in g.out_edges(n) if e["type"] not in SKIP_TYPES}
            reached |= {e["from"] for e in g.in_edges(n) if e["type"] not in SKIP_TYPES}
        fresh = sorted(reached - hop.keys())
        room = max(limit - len(hop), 0)
        if len(fresh) > room:
            fresh, complete = fresh[:room], False
        hop.update((n, depth) for n in fresh)
        frontier = fresh
        if not frontier or not complete:  # nothing new within reach, or no room for more
            break
    edges = [e for n in sorted(hop) for e in g.out_edges(n) if e["to"] in hop and e["type"] not in SKIP_TYPES]
    return Neighbourhood(g.nodes(hop), edges, hop, complete)


def _citations(edge: dict) -> list[dict]:
    ev = edge.get("evidence") or []
    if isinstance(ev, str):
        ev = json.loads(ev)
    return [{"meeting": edge["meeting"], "page": e.get("page"), "quote": e.get("quote")} for e in ev] or \
        [{"meeting": edge["meeting"], "page": None, "quote": None}]


def to_data(hood: Neighbourhood, centre: str, limit: int = DEFAULT_LIMIT, title: str | None = None) -> dict:
    """The page's data: nodes (nearest first, then by type and name) with their properties, and one
    relationship per (from, to, type) with the citations of every meeting that stated it. Nodes are named
    as every page names them (``pages.Names``: a person by name, a change by its id...), never by key."""
    from .pages import Names

    names = Names([{**a, "key": key} for key, a in hood.nodes.items()])
    nodes = []
    for key, a in hood.nodes.items():
        label = a.get("label", "Entity")
        shown = [k for k in INFO if k in a] + sorted(k for k in a if k not in INFO and k not in ("key", "label"))
        info = {k: ", ".join(map(str, v)) if isinstance(v, list) else v if isinstance(v, (str, int, float))
                else json.dumps(v, ensure_ascii=False) for k in shown if (v := a[k]) not in (None, "", [])}
        nodes.append({"id": key, "label": label, "name": names(key), "centre": key == centre,
                      "hop": hood.hop[key], "colour": COLOURS.get(label, OTHER_COLOUR), "info": info})
    nodes.sort(key=lambda n: (n["hop"], n["label"], n["name"].lower(), n["id"]))
    merged: dict[tuple[str, str, str], dict] = {}
    for e in sorted(hood.edges, key=lambda e: (e["from"], e["to"], e["type"], e["meeting"])):
        line = merged.setdefault((e["from"], e["to"], e["type"]),
                                 {"source": e["from"], "target": e["to"], "type": e["type"], "citations": []})
        line["citations"] += [c for c in _citations(e) if c not in line["citations"]]
    present = {n["label"] for n in nodes}
    labels = [lbl for lbl in COLOURS if lbl in present] + sorted(present - COLOURS.keys())
    return {"title": title or f"minutes-kg: {names(centre)}", "centre": centre,
            "hops": max(hood.hop.values()), "limit": limit, "complete": hood.complete, "cose_max": COSE_MAX,
            "colours": {lbl: COLOURS.get(lbl, OTHER_COLOUR) for lbl in labels},
            "nodes": nodes, "edges": list(merged.values())}


# Django's json_script: inside <script type="application/json"> no text may close the element or open a comment
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026",
                        0x2028: "\\u2028", 0x2029: "\\u2029"}


def embed_json(data: object) -> str:
    """``data`` as JSON safe to place in a ``<script type="application/json">`` block, whatever its text."""
    return json.dumps(data, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)


@cache
def _asset(name: str) -> str:
    return resources.files("minutes_kg.queries").joinpath(name).read_text(encoding="utf-8")


def cytoscape_js() -> str:
    """The vendored cytoscape.js, checked to be safe to inline in a ``<script>`` element."""
    code = _asset("vendor/cytoscape.min.js")
    if re.search(r"</script|<!--", code, re.I):
        raise RuntimeError("vendor/cytoscape.min.js cannot be inlined: it holds '</script' or '<!--'")
    return code


def _csp(page: str) -> str:
    """A Content-Security-Policy for ``page``: no network, and only its own inline scripts run."""
    hashes = " ".join("'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
                      for s in re.findall(r"<script>(.*?)</script>", page, re.S))
    return f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:"


def to_html(data: dict) -> str:
    """The page of a view: one file, no network."""
    page = (_asset("viz_page.html").replace("__TITLE__", html.escape(data["title"]))
            .replace("__DATA__", embed_json(data)).replace("__CYTOSCAPE__", cytoscape_js()))
    return page.replace("__CSP__", _csp(page), 1)


def centre_of(queries: EmbeddedQueries, kind: str, text: str) -> str:
    """The key of the node a view is centred on: ``kind`` is cr, meeting or person."""
    from .registry import QueryError

    if kind == "cr":
        return "cr:" + queries.resolve("cr", text)
    if kind == "meeting":
        key = f"meeting:{text.strip().upper()}"
        if queries.store.node(key) is None:
            raise QueryError(f"no meeting {text} in the graph")
        return key
    return queries.resolve("person", text)


def view(queries: EmbeddedQueries, kind: str, text: str, hops: int = 1, limit: int = DEFAULT_LIMIT) -> dict:
    """The data of a view centred on what ``text`` names (``queries``: an ``EmbeddedQueries``), reaching
    ``hops`` (1 to ``MAX_HOPS``) relationships out, with at most ``limit`` (1 to ``MAX_LIMIT``) nodes."""
    from .registry import QueryError

    if not 1 <= hops <= MAX_HOPS:
        raise QueryError(f"hops must be between 1 and {MAX_HOPS}, not {hops}")
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    with queries.store.snapshot():
        centre = centre_of(queries, kind, text)
        return to_data(neighbourhood(queries.store, centre, hops=hops, limit=limit), centre, limit=limit)


def write(data: dict, out: Path) -> None:
    """Write the page of ``data`` to ``out`` whole or not at all (``pages.write_page``)."""
    from .pages import write_page

    write_page(to_html(data), out)
