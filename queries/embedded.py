"""Named queries over the embedded networkx graph. Each returns rows (dicts of plain values) in the
same order and shape as its Cypher twin in ``queries/cypher.py``."""

from __future__ import annotations

import json

import networkx as nx


def _first_ev(attrs: dict) -> tuple[int | None, str | None]:
    ev = attrs.get("evidence") or []
    if isinstance(ev, str):
        ev = json.loads(ev)
    return (ev[0]["page"], ev[0]["quote"]) if ev else (None, None)


def _meeting_date(g: nx.MultiDiGraph, meeting_id: str) -> str | None:
    return g.nodes.get(f"meeting:{meeting_id}", {}).get("date")


def _edges(g, rtype: str, src=None, dst=None):
    if src is not None:
        it = g.out_edges(src, data=True) if src in g else []
    elif dst is not None:
        it = g.in_edges(dst, data=True) if dst in g else []
    else:
        it = g.edges(data=True)
    for u, v, a in it:
        if a["type"] == rtype:
            yield u, v, a


EVENT_ORDER = {"raised": 0, "discussed": 1, "issued for impact assessment": 2, "voted": 3, "approved": 4,
               "rejected": 4, "mutually exclusive with": 5, "scheduled for": 6}


def cr_history(g: nx.MultiDiGraph, cr: str) -> list[dict]:
    key = f"cr:{cr}"
    rows = []

    def row(event, a, actor=None, detail=None, decision=None, date=None):
        page, quote = _first_ev(a)
        rows.append({"cr": cr, "date": date or _meeting_date(g, a["meeting"]), "meeting": a["meeting"],
                     "event": event, "actor": actor, "decision": decision, "detail": detail,
                     "page": page, "quote": quote})

    for u, _v, a in _edges(g, "RAISED", dst=key):
        row("raised", a, actor=u, date=a.get("date"))
    for _u, _v, a in _edges(g, "MENTIONED_IN", src=key):
        row("discussed", a, detail=a.get("versions"))
    for u, _v, a in _edges(g, "ISSUED_FOR_IMPACT_ASSESSMENT", dst=key):
        row("issued for impact assessment", a, actor=u, date=a.get("date"))
    for u, _v, a in _edges(g, "CONCERNS", dst=key):
        if g.nodes[u]["label"] == "Vote":
            n = g.nodes[u]
            row("voted", a, detail=f"for {n['tally_for']}, against {n['tally_against']}, "
                                   f"abstain {n['tally_abstain']}, absent {n['tally_absent']}", actor=u)
    for rtype, event in (("APPROVED", "approved"), ("REJECTED", "rejected")):
        for u, _v, a in _edges(g, rtype, dst=key):
            dec = g.nodes[u]
            row(event, a, actor=a.get("decided_by") or dec.get("decided_by"),
                decision=dec.get("id") if dec.get("label") == "Decision" else None)
    for _u, v, a in _edges(g, "MUTUALLY_EXCLUSIVE_WITH", src=key):
        row("mutually exclusive with", a, detail=v)
    for u, _v, a in _edges(g, "MUTUALLY_EXCLUSIVE_WITH", dst=key):
        row("mutually exclusive with", a, detail=u)
    for _u, v, a in _edges(g, "SCHEDULED_FOR", src=key):
        row("scheduled for", a, detail=v)
    return sort_history(rows)


def sort_history(rows: list[dict]) -> list[dict]:
    """Time order; a raise reported again at later meetings is one event (the earliest report)."""
    rows = sorted(rows, key=lambda r: (r["date"] or "", r["meeting"], EVENT_ORDER.get(r["event"], 9),
                                       r["event"], r["decision"] or "", r["detail"] or "", r["actor"] or ""))
    seen_raisers = set()
    out = []
    for r in rows:
        if r["event"] == "raised":
            if r["actor"] in seen_raisers:
                continue
            seen_raisers.add(r["actor"])
        out.append(r)
    return out


def votes(g: nx.MultiDiGraph, cr: str) -> list[dict]:
    key = f"cr:{cr}"
    rows = []
    for u, _v, _a in _edges(g, "CONCERNS", dst=key):
        if g.nodes[u]["label"] != "Vote":
            continue
        for c, _vote, a in _edges(g, "CAST", dst=u):
            if g.nodes[c]["label"] != "Constituency":
                continue
            page, quote = _first_ev(a)
            comment = next((pa.get("comment") for p, _v, pa in _edges(g, "CAST", dst=u)
                            if p == a.get("person") and pa["meeting"] == a["meeting"]), None)
            rows.append({"vote": u, "meeting": a["meeting"], "date": _meeting_date(g, a["meeting"]),
                         "constituency": g.nodes[c].get("name"), "person": a.get("person"),
                         "position": a.get("position"), "comment": comment, "page": page})
    return sorted(rows, key=lambda r: (r["date"] or "", r["vote"], r["constituency"] or ""))


def actions(g: nx.MultiDiGraph, owner: str | None = None, open_only: bool = False,
            overdue_as_of: str | None = None, cr: str | None = None) -> list[dict]:
    rows = []
    for key, n in g.nodes(data=True):
        if n.get("label") != "Action":
            continue
        listed = sorted((a for _u, _v, a in _edges(g, "LISTED_IN", src=key)),
                        key=lambda a: (a.get("date") or "", a["meeting"]))
        if not listed:
            continue
        last = listed[-1]
        owners = sorted({u for u, _v, _a in _edges(g, "OWNS", dst=key)})
        row = {"action": n["id"], "status": last.get("status"), "due": last.get("due"),
               "due_text": last.get("due_text"), "owners": owners, "first_listed": listed[0]["meeting"],
               "last_listed": last["meeting"], "text": n.get("text")}
        row["page"], row["quote"] = _first_ev(last)
        subjects = {v for _u, v, _a in _edges(g, "CONCERNS", src=key)}
        if keep_action(row, subjects, owner, open_only, overdue_as_of, cr):
            rows.append(row)
    return sorted(rows, key=lambda r: r["action"])


def keep_action(row: dict, subjects, owner: str | None, open_only: bool, overdue_as_of: str | None,
                cr: str | None) -> bool:
    """The filters of the actions query, shared by both backends."""
    if owner and owner not in row["owners"]:
        return False
    if cr and f"cr:{cr}" not in subjects:
        return False
    if open_only and row["status"] != "open":
        return False
    return not overdue_as_of or (row["status"] == "open" and bool(row["due"]) and row["due"] < overdue_as_of)


def decisions(g: nx.MultiDiGraph, meeting: str | None = None, cr: str | None = None) -> list[dict]:
    rows = []
    for key, n in g.nodes(data=True):
        if n.get("label") != "Decision":
            continue
        subjects = sorted({v for _u, v, _a in _edges(g, "CONCERNS", src=key)})
        if meeting and n.get("meeting") != meeting:
            continue
        if cr and f"cr:{cr}" not in subjects:
            continue
        page, quote = _first_ev(next((a for _u, _v, a in _edges(g, "DECIDED_IN", src=key)), {}))
        rows.append({"decision": n["id"], "meeting": n.get("meeting"), "date": n.get("date"),
                     "outcome": n.get("outcome"), "decided_by": n.get("decided_by"), "subjects": subjects,
                     "text": n.get("text"), "page": page, "quote": quote})
    return sorted(rows, key=lambda r: (r["date"] or "", r["decision"]))


def _constituency_name(g: nx.MultiDiGraph, key: str) -> str | None:
    return g.nodes[key].get("name") if key in g else None


def constituency(g: nx.MultiDiGraph, key: str) -> list[dict]:
    """How one seat voted over time."""
    rows = []
    for _c, v, a in _edges(g, "CAST", src=key):
        subject = next((t for _u, t, _a in _edges(g, "CONCERNS", src=v)), None)
        rows.append({"constituency": _constituency_name(g, key), "date": _meeting_date(g, a["meeting"]),
                     "meeting": a["meeting"], "vote": v, "subject": subject, "position": a.get("position"),
                     "person": a.get("person")})
    return sorted(rows, key=lambda r: (r["date"] or "", r["vote"]))


def seat_row(seat: str, body: str | None, person: str, name: str | None, meetings: list[tuple]) -> dict:
    """One holder of one seat in one body; ``meetings`` are (date, meeting id, deputising) tuples."""
    meetings = sorted(meetings)
    return {"seat": seat, "body": body, "person": person, "name": name, "first_seen": meetings[0][0],
            "last_seen": meetings[-1][0], "meetings": len(meetings), "deputising": sum(1 for m in meetings if m[2]),
            "first_meeting": meetings[0][1], "last_meeting": meetings[-1][1]}


def sort_seats(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (r["seat"] or "", r["body"] or "", r["first_seen"] or "", r["person"]))


def seats(g: nx.MultiDiGraph, key: str | None = None) -> list[dict]:
    """Who sat in each seat (or one seat), per body: first and last meeting seen, how many, how many deputising.
    Derived from the per-meeting REPRESENTS facts, which are never overwritten, so holders are superseded
    rather than deleted."""
    held: dict[tuple, list[tuple]] = {}
    for p, c, a in _edges(g, "REPRESENTS"):
        if key is not None and c != key:
            continue
        meeting = f"meeting:{a['meeting']}"
        body = next((g.nodes[b].get("abbrev") for _m, b, _a in _edges(g, "OF_BODY", src=meeting)), None)
        attended = (g.get_edge_data(p, meeting) or {}).values()
        deputising = any(x["type"] == "ATTENDED" and x.get("on_behalf_of") for x in attended)
        held.setdefault((c, body, p), []).append((_meeting_date(g, a["meeting"]), a["meeting"], deputising))
    return sort_seats([seat_row(_constituency_name(g, c), body, p, g.nodes[p].get("name"), ms)
                       for (c, body, p), ms in held.items()])


VOTING = ("for", "against", "abstain")


def alignment(g: nx.MultiDiGraph) -> list[dict]:
    """Pairwise agreement between seats over every vote both took part in."""
    by_vote: dict[str, dict[str, str]] = {}
    for c, v, a in _edges(g, "CAST"):
        if g.nodes[c].get("label") == "Constituency" and a.get("position") in VOTING:
            by_vote.setdefault(v, {})[g.nodes[c]["name"]] = a["position"]
    pairs: dict[tuple[str, str], list[int]] = {}
    for ballots in by_vote.values():
        names = sorted(ballots)
        for i, x in enumerate(names):
            for y in names[i + 1:]:
                p = pairs.setdefault((x, y), [0, 0])
                p[0] += 1
                p[1] += ballots[x] == ballots[y]
    return [{"a": x, "b": y, "shared_votes": n, "agreed": k, "agreement": round(k / n, 3)}
            for (x, y), (n, k) in sorted(pairs.items())]


def person(g: nx.MultiDiGraph, key: str) -> list[dict]:
    """A person's record: meetings attended, seats held, deputising, actions owned, votes cast."""
    rows = []

    def row(kind, a, detail=None, other=None):
        rows.append({"person": key, "date": _meeting_date(g, a["meeting"]), "meeting": a["meeting"], "fact": kind,
                     "detail": detail, "other": other})

    for _p, _m, a in _edges(g, "ATTENDED", src=key):
        row("attended", a, detail="part meeting" if a.get("part") else None, other=a.get("on_behalf_of"))
    for _p, _m, a in _edges(g, "SENT_APOLOGIES", src=key):
        row("sent apologies", a)
    for _p, c, a in _edges(g, "REPRESENTS", src=key):
        row("represented", a, other=_constituency_name(g, c))
    for _p, other, a in _edges(g, "DEPUTISED_FOR", src=key):
        row("deputised for", a, other=other)
    for _p, act, a in _edges(g, "OWNS", src=key):
        row("owns action", a, other=g.nodes[act].get("id"), detail=a.get("due"))
    for _p, v, a in _edges(g, "CAST", src=key):
        row("voted", a, other=v, detail=a.get("position"))
    return sorted(rows, key=lambda r: (r["date"] or "", r["meeting"], r["fact"], str(r["other"])))


def who_decided(g: nx.MultiDiGraph, cr: str) -> list[dict]:
    """Who decided a CR, and how the advisory vote of that meeting went (it may disagree)."""
    key = f"cr:{cr}"
    rows = []
    for rtype in ("APPROVED", "REJECTED"):
        for d, _c, a in _edges(g, rtype, dst=key):
            node = g.nodes[d]
            vote = next((v for v, _t, _a in _edges(g, "CONCERNS", dst=key)
                         if g.nodes[v].get("label") == "Vote" and g.nodes[v].get("meeting") == a["meeting"]), None)
            tally = None
            if vote:
                n = g.nodes[vote]
                tally = f"for {n['tally_for']}, against {n['tally_against']}, abstain {n['tally_abstain']}"
            rows.append({"cr": cr, "date": _meeting_date(g, a["meeting"]), "meeting": a["meeting"],
                         "outcome": rtype.lower(), "decided_by": a.get("decided_by") or node.get("decided_by"),
                         "decision": node.get("id") if node.get("label") == "Decision" else None,
                         "vote_in_meeting": tally})
    return sorted(rows, key=lambda r: (r["date"] or "", r["decision"] or "", r["outcome"]))


def documents(g: nx.MultiDiGraph) -> list[dict]:
    """Baselined documents with their versions and the decisions that baselined them."""
    rows = []
    for d, doc, a in _edges(g, "BASELINED"):
        node = g.nodes[doc]
        rows.append({"document": doc, "name": node.get("name"), "ref": node.get("ref"),
                     "version": a.get("version") or node.get("version"), "decision": g.nodes[d].get("id"),
                     "meeting": a["meeting"], "date": _meeting_date(g, a["meeting"])})
    return sorted(rows, key=lambda r: (r["date"] or "", r["document"]))


def path(g: nx.MultiDiGraph, a: str, b: str, max_hops: int = 6) -> list[dict]:
    """The shortest connection between two entities (the first by node keys when several tie),
    each step with its relationship and evidence."""
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes)
    simple.add_edges_from((u, v) for u, v in g.edges() if u != v)
    if a not in simple or b not in simple:
        return []
    try:
        paths = list(nx.all_shortest_paths(simple, a, b))
    except nx.NetworkXNoPath:
        return []
    best = min(paths)
    if len(best) - 1 > max_hops:
        return []
    return path_steps(best, lambda u, v: [(u, v, at) for at in g.get_edge_data(u, v, default={}).values()]
                      + [(v, u, at) for at in g.get_edge_data(v, u, default={}).values()])


def path_steps(nodes: list[str], edges_between) -> list[dict]:
    rows = []
    for i, (u, v) in enumerate(zip(nodes, nodes[1:])):
        frm, to, at = min(edges_between(u, v), key=lambda e: (e[2]["type"], e[2]["meeting"], e[0]))
        page, quote = _first_ev(at)
        rows.append({"step": i + 1, "from": frm, "type": at["type"], "to": to, "meeting": at["meeting"],
                     "page": page, "quote": quote})
    return rows
