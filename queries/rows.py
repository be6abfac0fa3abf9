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


TALLY = ("tally_for", "tally_against", "tally_abstain", "tally_absent")


def tally_text(vote: dict, absent: bool = True) -> str:
    """``for 4, against 6, abstain 2, absent 1``: the counts a vote has (minutes may give only some)."""
    return ", ".join(f"{k[6:]} {vote[k]}" for k in TALLY[:4 if absent else 3] if vote.get(k) is not None)


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


def entity_row(node: dict) -> dict:
    """How a page names an entity: its name, id, title, version, date and (a change's) date raised, as stored
    (a release or a vote has none of them)."""
    return {"key": node["key"], "label": node.get("label"), "name": node.get("name"), "id": node.get("id"),
            "title": node.get("title"), "version": node.get("version"), "date": node.get("date"),
            "raised_on": node.get("raised_on")}


ATTENDANCE_ORDER = {"present": 0, "apologies": 1}


def attendance_row(meeting: str, date: str | None, person: str, name: str | None, rtype: str, rel: dict,
                   deputy_for_name: str | None, seats: Iterable[str | None],
                   organisations: Iterable[str | None]) -> dict:
    """One person at one meeting: present (perhaps for part, perhaps for someone) or sent apologies, with the
    seats and organisations the minutes gave them there."""
    page, quote = first_evidence(rel.get("evidence"))
    return {"meeting": meeting, "date": date, "person": person, "name": name,
            "attendance": "present" if rtype == "ATTENDED" else "apologies", "part": bool(rel.get("part")),
            "deputising_for": rel.get("on_behalf_of"), "deputising_for_name": deputy_for_name,
            "seat": "; ".join(sorted({s for s in seats if s})) or None,
            "organisation": "; ".join(sorted({o for o in organisations if o})) or None, "page": page, "quote": quote}


def sort_attendance(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (ATTENDANCE_ORDER[r["attendance"]], r["deputising_for"] is not None,
                                       r["name"] or r["person"], r["person"]))


POSITIONS = ("for", "against", "abstain", "absent")


def _count(tally: dict) -> str | None:
    shown = [f"{p} {tally[p]}" for p in POSITIONS if tally.get(p) is not None]
    return ", ".join(shown) or None


def tally_check(counted: dict, stated: dict, ballots: int) -> str:
    """Whether the positions counted from the ballots add up to the tally the minutes state."""
    if not ballots:
        return "no ballots recorded"
    if not any(v is not None for v in stated.values()):
        return "no tally stated"
    wrong = [f"{p}: {counted.get(p, 0)} counted, {stated[p]} stated" for p in POSITIONS
             if stated.get(p) is not None and counted.get(p, 0) != stated[p]]
    return "differs (" + "; ".join(wrong) + ")" if wrong else "matches"


def meeting_vote_rows(vote: dict, subject: str | None, held_in: list | str | None, casts: list[dict],
                      names: dict[str, str | None]) -> list[dict]:
    """The ballots of one vote, each with the vote's question, counted and stated tallies and their check.

    ``casts``: the vote's CAST relationships as {from, position, person, constituency, comment, evidence};
    a ballot is a seat's cast (with its holder's comment) or a person's cast no seat's cast names.
    ``names``: the names of the seats and people (by key)."""
    seat_casts = [c for c in casts if c["from"].startswith("constituency:")]
    by_person = {c["from"]: c for c in casts if not c["from"].startswith("constituency:")}
    named = {c.get("person") for c in seat_casts}
    ballots = []
    for c in seat_casts:
        own = by_person.get(c.get("person") or "", {})
        ballots.append((names.get(c["from"]), c.get("person"), c.get("position"), own.get("comment"),
                        c.get("evidence") or own.get("evidence")))
    for key, c in by_person.items():
        if key not in named:
            ballots.append((c.get("constituency"), key, c.get("position"), c.get("comment"), c.get("evidence")))
    counted: dict[str, int] = {}
    for b in ballots:
        if b[2]:
            counted[b[2]] = counted.get(b[2], 0) + 1
    stated = {p: vote.get(f"stated_{p}") for p in POSITIONS}
    recorded = {p: vote.get(f"tally_{p}") for p in POSITIONS}
    base = recorded if any(v is not None for v in recorded.values()) else counted
    f, a = base.get("for") or 0, base.get("against") or 0
    vote_page, vote_quote = first_evidence(held_in)
    head = {"vote": vote["key"], "meeting": vote.get("meeting"), "date": vote.get("date"), "subject": subject,
            "question": vote.get("question"), "majority": "for" if f > a else "against" if a > f else "tied",
            "counted": _count(counted) if ballots else None, "stated": _count(stated),
            "tally_check": tally_check(counted, stated, len(ballots)), "vote_page": vote_page,
            "vote_quote": vote_quote}
    rows = []
    for seat, person, position, comment, evidence in sorted(ballots, key=lambda b: (b[0] or "", b[1] or "")):
        page, quote = first_evidence(evidence)
        rows.append({**head, "seat": seat, "person": person, "name": names.get(person) if person else None,
                     "position": position, "comment": comment, "page": page, "quote": quote})
    return rows or [{**head, "seat": None, "person": None, "name": None, "position": None, "comment": None,
                     "page": vote_page, "quote": vote_quote}]
