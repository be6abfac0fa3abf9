"""An interactive view of one neighbourhood of the graph, as one self-contained HTML file.

No network: the layout (a small force simulation) and the drawing (SVG) are inline JavaScript.
Nodes are coloured by label; hovering shows an entity's properties or a relationship's quote;
nodes can be dragged.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .backends import EmbeddedQueries
    from .embedded import GraphReader

COLOURS = {"Meeting": "#1f78b4", "Person": "#33a02c", "Organisation": "#6a3d9a", "Constituency": "#b15928",
           "ChangeRequest": "#e31a1c", "Document": "#ff7f00", "Decision": "#fb9a99", "Action": "#a6cee3",
           "Vote": "#fdbf6f", "Release": "#17becf", "Body": "#999999", "SourceDocument": "#cccccc"}
SKIP_TYPES = {"RECORDED_IN", "OF_BODY"}


def neighbourhood(g: GraphReader, centre: str, hops: int = 1, limit: int = 150) -> tuple[dict[str, dict], list[dict]]:
    """The centre, what is within ``hops`` relationships of it (up to ``limit`` nodes), and the
    relationships among them: (nodes by key, relationships). ``g`` reads the store (``GraphReader``)."""
    if g.node(centre) is None:
        raise KeyError(centre)
    keep = {centre}
    frontier = {centre}
    for _ in range(hops):
        nxt = set()
        for n in sorted(frontier):
            nxt |= {e["to"] for e in g.out_edges(n) if e["type"] not in SKIP_TYPES}
            nxt |= {e["from"] for e in g.in_edges(n) if e["type"] not in SKIP_TYPES}
        nxt -= keep
        for n in sorted(nxt):
            if len(keep) >= limit:
                break
            keep.add(n)
        frontier = nxt
    edges = [e for n in sorted(keep) for e in g.out_edges(n) if e["to"] in keep]
    return g.nodes(keep), edges


def to_data(nodes: dict[str, dict], edges: list[dict], centre: str) -> dict:
    out = []
    for key, a in sorted(nodes.items()):
        label = a.get("label", "Entity")
        name = a.get("name") or a.get("id") or key.split(":", 1)[-1]
        info = {k: v for k, v in a.items() if k in ("name", "id", "title", "date", "outcome", "decided_by", "text",
                                                     "initials", "version", "due", "tally_for", "tally_against",
                                                     "tally_abstain")}
        out.append({"id": key, "label": label, "name": str(name)[:40], "centre": key == centre,
                    "colour": COLOURS.get(label, "#444"), "info": info})
    seen = set()
    lines = []
    for a in sorted(edges, key=lambda e: (e["from"], e["to"], e["type"], e["meeting"])):
        u, v = a["from"], a["to"]
        if a["type"] in SKIP_TYPES or (u, v, a["type"]) in seen:
            continue
        seen.add((u, v, a["type"]))
        ev = a.get("evidence") or []
        if isinstance(ev, str):
            ev = json.loads(ev)
        quote = f"{a['meeting']} p.{ev[0]['page']}: {ev[0]['quote']}" if ev else a["meeting"]
        lines.append({"source": u, "target": v, "type": a["type"], "quote": quote[:300]})
    return {"centre": centre, "nodes": out, "edges": lines}


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>__TITLE__</title>
<style>
body{margin:0;font-family:sans-serif;overflow:hidden}#info{position:fixed;top:8px;right:8px;width:320px;background:#fff;
border:1px solid #bbb;padding:8px;font-size:12px;white-space:pre-wrap}svg{width:100vw;height:100vh}
text{font-size:10px;pointer-events:none}line{stroke:#999;stroke-opacity:.7}circle{stroke:#fff;stroke-width:1.5}
#legend{position:fixed;left:8px;top:8px;font-size:12px;background:#fff8}
</style></head><body>
<div id="legend"><b>__TITLE__</b><br>__LEGEND__</div>
<div id="info">Hover a node or a line for details; drag nodes to move them.</div>
<svg id="view" xmlns="http://www.w3.org/2000/svg"></svg>
<script id="graph-data" type="application/json">__DATA__</script>
<script>
(function () {
  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var svg = document.getElementById('view'), info = document.getElementById('info');
  var W = window.innerWidth || 1200, H = window.innerHeight || 800, NS = 'http://www.w3.org/2000/svg';
  var byId = {};
  data.nodes.forEach(function (n, i) {
    var a = 2 * Math.PI * i / data.nodes.length;
    n.x = W / 2 + (n.centre ? 0 : 250 * Math.cos(a)); n.y = H / 2 + (n.centre ? 0 : 250 * Math.sin(a));
    n.vx = 0; n.vy = 0; byId[n.id] = n;
  });
  var edges = data.edges.filter(function (e) { return byId[e.source] && byId[e.target]; });
  for (var step = 0; step < 300; step++) {
    var k = 1 - step / 300;
    for (var i = 0; i < data.nodes.length; i++) {
      var a = data.nodes[i];
      for (var j = i + 1; j < data.nodes.length; j++) {
        var b = data.nodes[j], dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
        var f = 2500 / d2; a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    edges.forEach(function (e) {
      var s = byId[e.source], t = byId[e.target], dx = t.x - s.x, dy = t.y - s.y;
      var d = Math.sqrt(dx * dx + dy * dy) + 0.01, f = (d - 90) * 0.02;
      var fx = dx * f / 10, fy = dy * f / 10;
      s.vx += fx; s.vy += fy; t.vx -= fx; t.vy -= fy;
    });
    data.nodes.forEach(function (n) {
      n.vx += (W / 2 - n.x) * 0.002; n.vy += (H / 2 - n.y) * 0.002;
      if (!n.centre) { n.x += Math.max(-20, Math.min(20, n.vx * k)); n.y += Math.max(-20, Math.min(20, n.vy * k)); }
      n.vx *= 0.5; n.vy *= 0.5;
    });
  }
  function el(name, attrs) {
    var x = document.createElementNS(NS, name);
    for (var k in attrs) x.setAttribute(k, attrs[k]);
    return x;
  }
  var lines = edges.map(function (e) {
    var l = el('line', {'class': 'edge', 'data-type': e.type});
    l.addEventListener('mouseover', function () {
      info.textContent = e.type + '\\n' + e.source + ' -> ' + e.target + '\\n' + e.quote;
    });
    svg.appendChild(l); return l;
  });
  var groups = data.nodes.map(function (n) {
    var g = el('g', {'class': 'node', 'data-key': n.id});
    g.appendChild(el('circle', {r: n.centre ? 11 : 7, fill: n.colour}));
    var t = el('text', {x: 10, y: 4}); t.textContent = n.name; g.appendChild(t);
    g.addEventListener('mouseover', function () {
      info.textContent = n.label + ' ' + n.id + '\\n' + JSON.stringify(n.info, null, 1);
    });
    g.addEventListener('mousedown', function (ev) { drag = n; ev.preventDefault(); });
    svg.appendChild(g); return g;
  });
  var drag = null;
  svg.addEventListener('mousemove', function (ev) { if (drag) { drag.x = ev.clientX; drag.y = ev.clientY; draw(); } });
  window.addEventListener('mouseup', function () { drag = null; });
  function draw() {
    edges.forEach(function (e, i) {
      var s = byId[e.source], t = byId[e.target];
      lines[i].setAttribute('x1', s.x); lines[i].setAttribute('y1', s.y);
      lines[i].setAttribute('x2', t.x); lines[i].setAttribute('y2', t.y);
    });
    data.nodes.forEach(function (n, i) { groups[i].setAttribute('transform', 'translate(' + n.x + ',' + n.y + ')'); });
  }
  draw();
  document.body.setAttribute('data-rendered', data.nodes.length + ' nodes, ' + edges.length + ' edges');
})();
</script></body></html>
"""


def to_html(data: dict, title: str) -> str:
    legend = " ".join(f'<span style="color:{c}">&#9679;</span> {lbl}' for lbl, c in COLOURS.items()
                      if any(n["label"] == lbl for n in data["nodes"]))
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return (PAGE.replace("__TITLE__", html.escape(title)).replace("__LEGEND__", legend)
            .replace("__DATA__", payload))


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


def view(queries: EmbeddedQueries, kind: str, text: str, hops: int = 1, limit: int = 150) -> dict:
    """The data of a view centred on what ``text`` names (``queries``: an ``EmbeddedQueries``)."""
    with queries.store.snapshot():
        centre = centre_of(queries, kind, text)
        return to_data(*neighbourhood(queries.store, centre, hops=hops, limit=limit), centre)


def write(data: dict, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(to_html(data, f"minutes-kg: {data['centre']}"))
