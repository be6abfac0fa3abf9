"""Named queries over the embedded store. Each reads only what it touches, through the store's reads
(a node, a node's relationships, the relationships of a type, between two nodes; ``GraphReader``), and
returns rows in the same order and shape as its Cypher twin in ``queries/cypher.py`` (both shape them
with ``queries/rows.py``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from . import rows as R


class GraphReader(Protocol):
    def node(self, key: str) -> dict | None: ...
    def nodes(self, keys: Iterable[str]) -> dict[str, dict]: ...
    def nodes_labelled(self, label: str | None) -> list[dict]: ...
    def out_edges(self, key: str, *types: str) -> list[dict]: ...
    def in_edges(self, key: str, *types: str) -> list[dict]: ...
    def edges_typed(self, *types: str) -> list[dict]: ...
    def edges_from_to(self, src: str, dst: str) -> list[dict]: ...
    def neighbours(self, keys: Iterable[str]) -> dict[str, set[str]]: ...


def _prop(g: GraphReader, key: str, prop: str) -> Any:
    n = g.node(key)
    return n.get(prop) if n else None


def _date(g: GraphReader, meeting_id: str) -> str | None:
    return _prop(g, f"meeting:{meeting_id}", "date")


def _dates(g: GraphReader, edges: list[dict]) -> None:
    """Fetch the meetings of ``edges`` in one go (they are then read from the store's cache)."""
    g.nodes({f"meeting:{e['meeting']}" for e in edges})


def cr_history(g: GraphReader, cr: str) -> list[dict]:
    key = f"cr:{cr}"
    into = g.in_edges(key, "RAISED", "ISSUED_FOR_IMPACT_ASSESSMENT", "CONCERNS", "APPROVED", "REJECTED",
                      "MUTUALLY_EXCLUSIVE_WITH")
    out = g.out_edges(key, "MENTIONED_IN", "MUTUALLY_EXCLUSIVE_WITH", "SCHEDULED_FOR")
    _dates(g, into + out)
    ends = g.nodes({e["from"] for e in into})
    rows = []

    def row(event: str, e: dict, actor: str | None = None, detail: str | None = None, decision: str | None = None,
            date: str | None = None) -> None:
        rows.append(R.history_row(cr, event, e["meeting"], date or _date(g, e["meeting"]), e.get("evidence"),
                                  actor=actor, detail=detail, decision=decision))

    for e in into:
        t, u = e["type"], e["from"]
        if t in ("RAISED", "ISSUED_FOR_IMPACT_ASSESSMENT"):
            row("raised" if t == "RAISED" else "issued for impact assessment", e, actor=u, date=e.get("date"))
        elif t == "CONCERNS" and ends[u]["label"] == "Vote":
            row("voted", e, detail=R.tally_text(ends[u]), actor=u)
        elif t in ("APPROVED", "REJECTED"):
            dec = ends[u]
            row(t.lower(), e, actor=e.get("decided_by") or dec.get("decided_by"),
                decision=dec.get("id") if dec.get("label") == "Decision" else None)
        elif t == "MUTUALLY_EXCLUSIVE_WITH":
            row("mutually exclusive with", e, detail=u)
    for e in out:
        t = e["type"]
        if t == "MENTIONED_IN":
            row("discussed", e, detail=e.get("versions"))
        elif t == "MUTUALLY_EXCLUSIVE_WITH":
            row("mutually exclusive with", e, detail=e["to"])
        else:
            row("scheduled for", e, detail=e["to"])
    return R.sort_history(rows)


def _votes_on(g: GraphReader, cr_key: str) -> list[dict]:
    """The Vote nodes concerning a CR."""
    concerns = g.in_edges(cr_key, "CONCERNS")
    ends = g.nodes(e["from"] for e in concerns)
    return [n for e in concerns if (n := ends[e["from"]])["label"] == "Vote"]


def votes(g: GraphReader, cr: str) -> list[dict]:
    rows = []
    for vote in _votes_on(g, f"cr:{cr}"):
        cast = g.in_edges(vote["key"], "CAST")
        _dates(g, cast)
        voters = g.nodes(e["from"] for e in cast)
        for a in cast:
            c = voters[a["from"]]
            if c["label"] != "Constituency":
                continue
            comment = next((p.get("comment") for p in cast
                            if p["from"] == a.get("person") and p["meeting"] == a["meeting"]), None)
            rows.append({"vote": vote["key"], "meeting": a["meeting"], "date": _date(g, a["meeting"]),
                         "constituency": c.get("name"), "person": a.get("person"), "position": a.get("position"),
                         "comment": comment, "page": R.first_evidence(a.get("evidence"))[0]})
    return R.sort_votes(rows)


def _by(edges: list[dict], end: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for e in edges:
        out.setdefault(e[end], []).append(e)
    return out


def actions(g: GraphReader, owner: str | None = None, open_only: bool = False,
            overdue_as_of: str | None = None, cr: str | None = None, meeting: str | None = None) -> list[dict]:
    """Each action's latest status (or, with ``meeting``, its status as that meeting listed it)."""
    listed_by = _by(g.edges_typed("LISTED_IN"), "from")
    owners_of = _by(g.edges_typed("OWNS"), "to")
    concerns = _by(g.edges_typed("CONCERNS"), "from")
    rows = []
    for n in g.nodes_labelled("Action"):
        key = n["key"]
        listed = sorted(listed_by.get(key, []), key=lambda a: (a.get("date") or "", a["meeting"]))
        if not listed:
            continue
        last = listed[-1] if meeting is None else next((a for a in listed if a["meeting"] == meeting), None)
        if last is None:
            continue
        row = {"action": n["id"], "status": last.get("status"), "due": last.get("due"),
               "due_text": last.get("due_text"), "owners": sorted({e["from"] for e in owners_of.get(key, [])}),
               "first_listed": listed[0]["meeting"], "last_listed": last["meeting"], "text": n.get("text")}
        row["page"], row["quote"] = R.first_evidence(last.get("evidence"))
        if R.keep_action(row, {e["to"] for e in concerns.get(key, [])}, owner, open_only, overdue_as_of, cr):
            rows.append(row)
    return sorted(rows, key=lambda r: r["action"])


def decisions(g: GraphReader, meeting: str | None = None, cr: str | None = None) -> list[dict]:
    concerns = _by(g.edges_typed("CONCERNS"), "from")
    decided_in = _by(g.edges_typed("DECIDED_IN"), "from")
    rows = []
    for n in g.nodes_labelled("Decision"):
        key = n["key"]
        page, quote = R.first_evidence((decided_in.get(key) or [{}])[0].get("evidence"))
        row = {"decision": n["id"], "meeting": n.get("meeting"), "date": n.get("date"),
               "outcome": n.get("outcome"), "decided_by": n.get("decided_by"),
               "subjects": sorted({e["to"] for e in concerns.get(key, [])}), "text": n.get("text"),
               "page": page, "quote": quote}
        if R.keep_decision(row, meeting, cr):
            rows.append(row)
    return sorted(rows, key=lambda r: (r["date"] or "", r["decision"]))


def constituency(g: GraphReader, key: str) -> list[dict]:
    """How one seat voted over time."""
    cast = g.out_edges(key, "CAST")
    _dates(g, cast)
    rows = []
    for a in cast:
        subject = next((e["to"] for e in g.out_edges(a["to"], "CONCERNS")), None)
        rows.append({"constituency": _prop(g, key, "name"), "date": _date(g, a["meeting"]),
                     "meeting": a["meeting"], "vote": a["to"], "subject": subject, "position": a.get("position"),
                     "person": a.get("person")})
    return sorted(rows, key=lambda r: (r["date"] or "", r["vote"]))


def seats(g: GraphReader, key: str | None = None) -> list[dict]:
    """Who sat in each seat (or one seat), per body: first and last meeting seen, how many, how many deputising.
    Derived from the per-meeting REPRESENTS facts, which are never overwritten, so holders are superseded
    rather than deleted."""
    represents = g.in_edges(key, "REPRESENTS") if key is not None else g.edges_typed("REPRESENTS")
    _dates(g, represents)
    bodies: dict[str, str | None] = {}
    held: dict[tuple, list[tuple]] = {}
    for a in represents:
        p, c, meeting = a["from"], a["to"], f"meeting:{a['meeting']}"
        if meeting not in bodies:
            body = next((e["to"] for e in g.out_edges(meeting, "OF_BODY")), None)
            bodies[meeting] = _prop(g, body, "abbrev") if body else None
        deputising = any(x["type"] == "ATTENDED" and x.get("on_behalf_of") for x in g.edges_from_to(p, meeting))
        held.setdefault((c, bodies[meeting], p), []).append((_date(g, a["meeting"]), a["meeting"], deputising))
    g.nodes({k for c, _b, p in held for k in (c, p)})
    return R.sort_seats([R.seat_row(_prop(g, c, "name"), body, p, _prop(g, p, "name"), ms)
                         for (c, body, p), ms in held.items()])


def alignment(g: GraphReader) -> list[dict]:
    """Pairwise agreement between seats over every vote both took part in."""
    cast = g.edges_typed("CAST")
    voters = g.nodes(e["from"] for e in cast)
    by_vote: dict[str, dict[str, str]] = {}
    for a in cast:
        c = voters[a["from"]]
        if c["label"] == "Constituency" and a.get("position") in R.VOTING:
            by_vote.setdefault(a["to"], {})[c["name"]] = a["position"]
    pairs: dict[tuple[str, str], list[int]] = {}
    for ballots in by_vote.values():
        names = sorted(ballots)
        for i, x in enumerate(names):
            for y in names[i + 1:]:
                p = pairs.setdefault((x, y), [0, 0])
                p[0] += 1
                p[1] += ballots[x] == ballots[y]
    return [R.alignment_row(x, y, n, k) for (x, y), (n, k) in sorted(pairs.items())]


def person(g: GraphReader, key: str) -> list[dict]:
    """A person's record: meetings attended, seats held, deputising, actions owned, votes cast."""
    out = g.out_edges(key, *R.PERSON_FACTS)
    _dates(g, out)
    others = g.nodes(e["to"] for e in out)
    return R.sort_person([R.person_row(key, e["type"], e, others.get(e["to"], {"key": e["to"]}),
                                       _date(g, e["meeting"])) for e in out])


def who_decided(g: GraphReader, cr: str) -> list[dict]:
    """Who decided a CR, and how the advisory vote of that meeting went (it may disagree)."""
    key = f"cr:{cr}"
    decided = g.in_edges(key, "APPROVED", "REJECTED")
    _dates(g, decided)
    deciders = g.nodes(e["from"] for e in decided)
    votes_here = _votes_on(g, key)
    rows = []
    for a in decided:
        node = deciders[a["from"]]
        vote = next((v for v in votes_here if v.get("meeting") == a["meeting"]), None)
        rows.append({"cr": cr, "date": _date(g, a["meeting"]), "meeting": a["meeting"], "outcome": a["type"].lower(),
                     "decided_by": a.get("decided_by") or node.get("decided_by"),
                     "decision": node.get("id") if node.get("label") == "Decision" else None,
                     "vote_in_meeting": R.tally_text(vote, absent=False) if vote else None})
    return R.sort_who_decided(rows)


def documents(g: GraphReader) -> list[dict]:
    """Baselined documents with their versions and the decisions that baselined them."""
    baselined = g.edges_typed("BASELINED")
    _dates(g, baselined)
    ends = g.nodes({k for e in baselined for k in (e["from"], e["to"])})
    rows = []
    for a in baselined:
        node = ends[a["to"]]
        rows.append({"document": a["to"], "name": node.get("name"), "ref": node.get("ref"),
                     "version": a.get("version") or node.get("version"), "decision": ends[a["from"]].get("id"),
                     "meeting": a["meeting"], "date": _date(g, a["meeting"])})
    return sorted(rows, key=lambda r: (r["date"] or "", r["document"]))


def shortest_path(g: GraphReader, a: str, b: str, max_hops: int = 6) -> list[str] | None:
    """The first (by node keys) of the shortest paths from ``a`` to ``b``, relationships taken either way:
    a breadth-first search, one layer of neighbours read at a time."""
    if g.node(a) is None or g.node(b) is None:
        return None
    if a == b:
        return [a]
    parents: dict[str, set[str]] = {a: set()}
    layers = [{a}]
    while b not in parents:
        if len(layers) > max_hops:
            return None
        nxt: set[str] = set()
        for u, vs in g.neighbours(layers[-1]).items():
            for v in vs:
                if v not in parents or v in nxt:
                    parents.setdefault(v, set()).add(u)
                    nxt.add(v)
        if not nxt:
            return None
        layers.append(nxt)
    on_path: list[set[str]] = [set() for _ in layers]  # per layer, the nodes on some shortest path to b
    on_path[-1] = {b}
    for i in range(len(layers) - 1, 0, -1):
        on_path[i - 1] = {p for n in on_path[i] for p in parents[n]}
    route = [a]
    for i in range(1, len(layers)):
        route.append(min(n for n in on_path[i] if route[-1] in parents[n]))
    return route


def path(g: GraphReader, a: str, b: str, max_hops: int = 6) -> list[dict]:
    """The shortest connection between two entities (the first by node keys when several tie),
    each step with its relationship and evidence."""
    route = shortest_path(g, a, b, max_hops)
    if not route:
        return []
    return R.path_steps(route, lambda u, v: [(u, v, e) for e in g.edges_from_to(u, v)]
                        + [(v, u, e) for e in g.edges_from_to(v, u)])


def entities(g: GraphReader, keys: Iterable[str] | None = None) -> list[dict]:
    """The name, id, title ... of the entities ``keys`` (default: every entity), for pages that show names."""
    nodes = list(g.nodes(keys).values()) if keys is not None else g.nodes_labelled(None)
    return sorted((R.entity_row(n) for n in nodes), key=lambda r: r["key"])


def attendance(g: GraphReader, key: str) -> list[dict]:
    """Who was present at a meeting (for part of it, deputising for whom) and who sent apologies, with the
    seats and organisations the minutes gave them there."""
    meeting = g.node(key) or {}
    came = g.in_edges(key, "ATTENDED", "SENT_APOLOGIES")
    people = g.nodes({e["from"] for e in came} | {e["on_behalf_of"] for e in came if e.get("on_behalf_of")})
    rows = []
    for e in came:
        held = [x for x in g.out_edges(e["from"], "REPRESENTS", "MEMBER_OF") if x["meeting"] == e["meeting"]]
        ends = g.nodes(x["to"] for x in held)
        deputy_for = people.get(e.get("on_behalf_of") or "", {})
        rows.append(R.attendance_row(e["meeting"], meeting.get("date"), e["from"], people[e["from"]].get("name"),
                                     e["type"], e, deputy_for.get("name"),
                                     [ends[x["to"]].get("name") for x in held if x["type"] == "REPRESENTS"],
                                     [ends[x["to"]].get("name") for x in held if x["type"] == "MEMBER_OF"]))
    return R.sort_attendance(rows)


def meeting_votes(g: GraphReader, key: str) -> list[dict]:
    """Every vote of a meeting, ballot by ballot, with the positions counted against the stated tally."""
    rows = []
    for held in sorted(g.in_edges(key, "HELD_IN"), key=lambda e: e["from"]):
        vote = g.node(held["from"]) or {"key": held["from"]}
        subject = next((e["to"] for e in g.out_edges(vote["key"], "CONCERNS")), None)
        casts = g.in_edges(vote["key"], "CAST")
        voters = g.nodes({c["from"] for c in casts} | {c["person"] for c in casts if c.get("person")})
        rows += R.meeting_vote_rows(vote, subject, held.get("evidence"), casts,
                                    {k: n.get("name") for k, n in voters.items()})
    return rows
