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
                                   f"abstain {n['tally_abstain']}, absent {n['tally_absent']}", decision=u)
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
    return sorted(rows, key=lambda r: (r["date"] or "", r["meeting"], EVENT_ORDER.get(r["event"], 9),
                                       r["event"], r["decision"] or "", r["detail"] or "", r["actor"] or ""))


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
            rows.append({"vote": u, "meeting": a["meeting"], "date": _meeting_date(g, a["meeting"]),
                         "constituency": g.nodes[c].get("name"), "person": a.get("person"),
                         "position": a.get("position"), "page": page})
    return sorted(rows, key=lambda r: (r["date"] or "", r["vote"], r["constituency"] or ""))


def actions(g: nx.MultiDiGraph, owner: str | None = None, open_only: bool = False,
            overdue_as_of: str | None = None) -> list[dict]:
    rows = []
    for key, n in g.nodes(data=True):
        if n.get("label") != "Action":
            continue
        listed = sorted((a for _u, _v, a in _edges(g, "LISTED_IN", src=key)),
                        key=lambda a: (a.get("date") or "", a["meeting"]))
        if not listed:
            continue
        last = listed[-1]
        owners = sorted(u for u, _v, _a in _edges(g, "OWNS", dst=key))
        row = {"action": n["id"], "status": last.get("status"), "due": last.get("due"),
               "due_text": last.get("due_text"), "owners": owners, "first_listed": listed[0]["meeting"],
               "last_listed": last["meeting"], "text": n.get("text")}
        if owner and owner not in owners:
            continue
        if open_only and row["status"] != "open":
            continue
        if overdue_as_of and not (row["status"] == "open" and row["due"] and row["due"] < overdue_as_of):
            continue
        rows.append(row)
    return sorted(rows, key=lambda r: r["action"])


def decisions(g: nx.MultiDiGraph, meeting: str | None = None, cr: str | None = None) -> list[dict]:
    rows = []
    for key, n in g.nodes(data=True):
        if n.get("label") != "Decision":
            continue
        subjects = sorted(v for _u, v, _a in _edges(g, "CONCERNS", src=key))
        if meeting and n.get("meeting") != meeting:
            continue
        if cr and f"cr:{cr}" not in subjects:
            continue
        rows.append({"decision": n["id"], "meeting": n.get("meeting"), "date": n.get("date"),
                     "outcome": n.get("outcome"), "decided_by": n.get("decided_by"), "subjects": subjects,
                     "text": n.get("text")})
    return sorted(rows, key=lambda r: (r["date"] or "", r["decision"]))
