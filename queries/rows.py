"""The row shaping both backends share: evidence, tallies, history order, the actions filter, seats,
path steps. ``queries/embedded.py`` and ``queries/cypher.py`` both build their rows here, so the same
question gives the same rows from either; neither imports the other."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

EVENT_ORDER = {"raised": 0, "discussed": 1, "issued for impact assessment": 2, "voted": 3, "approved": 4,
               "rejected": 4, "mutually exclusive with": 5, "scheduled for": 6}
VOTING = ("for", "against", "abstain")


def first_evidence(evidence: list | str | None) -> tuple[int | None, str | None]:
    """Page and quote of the first piece of evidence (a list, or its JSON text as Neo4j keeps it)."""
    ev = json.loads(evidence) if isinstance(evidence, str) else (evidence or [])
    return (ev[0]["page"], ev[0]["quote"]) if ev else (None, None)


def tally_text(vote: dict, absent: bool = True) -> str:
    text = f"for {vote['tally_for']}, against {vote['tally_against']}, abstain {vote['tally_abstain']}"
    return text + (f", absent {vote['tally_absent']}" if absent else "")


def history_row(cr: str, event: str, meeting: str, date: str | None, evidence: list | str | None,
                actor: str | None = None, detail: str | None = None, decision: str | None = None) -> dict:
    page, quote = first_evidence(evidence)
    return {"cr": cr, "date": date, "meeting": meeting, "event": event, "actor": actor, "decision": decision,
            "detail": detail, "page": page, "quote": quote}


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


def sort_votes(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (r["date"] or "", r["vote"], r["constituency"] or ""))


def keep_action(row: dict, subjects: Iterable[str], owner: str | None, open_only: bool, overdue_as_of: str | None,
                cr: str | None) -> bool:
    """The filters of the actions query."""
    if owner and owner not in row["owners"]:
        return False
    if cr and f"cr:{cr}" not in subjects:
        return False
    if open_only and row["status"] != "open":
        return False
    return not overdue_as_of or (row["status"] == "open" and bool(row["due"]) and row["due"] < overdue_as_of)


def keep_decision(row: dict, meeting: str | None, cr: str | None) -> bool:
    if meeting and row["meeting"] != meeting:
        return False
    return not (cr and f"cr:{cr}" not in row["subjects"])


def seat_row(seat: str | None, body: str | None, person: str, name: str | None, meetings: list[tuple]) -> dict:
    """One holder of one seat in one body; ``meetings`` are (date, meeting id, deputising) tuples."""
    meetings = sorted(meetings)
    return {"seat": seat, "body": body, "person": person, "name": name, "first_seen": meetings[0][0],
            "last_seen": meetings[-1][0], "meetings": len(meetings), "deputising": sum(1 for m in meetings if m[2]),
            "first_meeting": meetings[0][1], "last_meeting": meetings[-1][1]}


def sort_seats(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (r["seat"] or "", r["body"] or "", r["first_seen"] or "", r["person"]))


def alignment_row(a: str, b: str, shared: int, agreed: int) -> dict:
    return {"a": a, "b": b, "shared_votes": shared, "agreed": agreed, "agreement": round(agreed / shared, 3)}


PERSON_FACTS = {"ATTENDED": "attended", "SENT_APOLOGIES": "sent apologies", "REPRESENTS": "represented",
                "DEPUTISED_FOR": "deputised for", "OWNS": "owns action", "CAST": "voted"}


def person_row(key: str, rtype: str, rel: dict, other: dict, date: str | None) -> dict:
    """One fact of a person's record from its relationship ``rel`` to the node ``other``."""
    detail: Any = None
    shown: Any = None
    if rtype == "ATTENDED":
        detail, shown = ("part meeting" if rel.get("part") else None), rel.get("on_behalf_of")
    elif rtype == "REPRESENTS":
        shown = other.get("name")
    elif rtype == "DEPUTISED_FOR":
        shown = other.get("key")
    elif rtype == "OWNS":
        shown, detail = other.get("id"), rel.get("due")
    elif rtype == "CAST":
        shown, detail = other.get("key"), rel.get("position")
    return {"person": key, "date": date, "meeting": rel["meeting"], "fact": PERSON_FACTS[rtype], "detail": detail,
            "other": shown}


def sort_person(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (r["date"] or "", r["meeting"], r["fact"], str(r["other"])))


def sort_who_decided(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (r["date"] or "", r["decision"] or "", r["outcome"]))


def path_steps(nodes: list[str], edges_between: Callable[[str, str], list[tuple[str, str, dict]]]) -> list[dict]:
    """The rows of a path through ``nodes``: at each step the first relationship (by type, meeting, start)."""
    rows = []
    for i, (u, v) in enumerate(zip(nodes, nodes[1:])):
        frm, to, at = min(edges_between(u, v), key=lambda e: (e[2]["type"], e[2]["meeting"], e[0]))
        page, quote = first_evidence(at.get("evidence"))
        rows.append({"step": i + 1, "from": frm, "type": at["type"], "to": to, "meeting": at["meeting"],
                     "page": page, "quote": quote})
    return rows
