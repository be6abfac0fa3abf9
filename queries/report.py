"""A meeting report: one self-contained page (HTML or Markdown) per meeting, every line cited: who was
present (seats, organisations, deputies), who sent apologies, the decisions, the votes with the check of
their tallies, the actions with owners and due dates, the documents baselined.

Built only from the named queries (``attendance``, ``meeting-votes``, ``decisions``, ``actions``,
``documents``, ``entities``), so it reads the same from either backend. Templates:
``queries/templates/report.html`` and ``report.md``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .backends import QueryBackend
from .pages import Names, cite, group_votes, is_markdown, offline_style, queries_on, render, write_page


def collect(queries: QueryBackend, meeting: str) -> dict:
    """The rows of every query the report of ``meeting`` (an id such as DAG026, or its key) shows."""
    key = queries.resolve("meeting", meeting)
    mid = key.split(":", 1)[1]
    data: dict[str, Any] = {"meeting": mid, "attendance": queries.run("attendance", [key]),
            "votes": queries.run("meeting-votes", [key]), "decisions": queries.run("decisions", [], meeting=mid),
            "actions": queries.run("actions", [], meeting=mid),
            "documents": [d for d in queries.run("documents", []) if d["meeting"] == mid]}
    rows = [r for part in ("attendance", "votes", "decisions", "actions", "documents") for r in data[part]]
    data["names"] = Names.of(queries.run, rows, extra=[key])
    return data


def _attendee(r: dict, names: Names) -> dict:
    return {"name": r["name"] or names(r["person"]), "attendance": "present for part of the meeting" if r["part"]
            else r["attendance"], "deputising_for": r["deputising_for_name"] or names(r["deputising_for"]),
            "seat": r["seat"], "organisation": r["organisation"], "source": cite(r["meeting"], r["page"]),
            "quote": r["quote"]}


def vote_groups(data: dict) -> list[dict]:
    groups = group_votes(data["votes"], data["names"])
    for g in groups:
        g["heading"] = (f"Vote on {g['subject']}" if g["subject"] else "Vote") + f": {g['majority']}" + (
            f" ({g['tally']})" if g["tally"] else "")
    return groups


def view(data: dict) -> dict:
    """Everything the templates show, as text: names instead of keys."""
    names: Names = data["names"]
    mid = data["meeting"]
    node = names.get(f"meeting:{mid}")
    att = data["attendance"]
    present = [_attendee(r, names) for r in att if r["attendance"] == "present" and not r["deputising_for"]]
    deputies = [_attendee(r, names) for r in att if r["attendance"] == "present" and r["deputising_for"]]
    apologies = [_attendee(r, names) for r in att if r["attendance"] == "apologies"]
    votes = vote_groups(data)
    actions = [{"action": a["action"], "status": a["status"], "due": a["due"] or a["due_text"],
                "owners": names(a["owners"]), "text": a["quote"] or a["text"],
                "listed": "new at this meeting" if a["first_listed"] == mid else f"first listed at {a['first_listed']}",
                "source": cite(mid, a["page"]), "quote": a["quote"]} for a in data["actions"]]
    decisions = [{"decision": d["decision"], "outcome": d["outcome"], "decided_by": names(d["decided_by"]),
                  "subjects": "; ".join(names(s, title=True) for s in d["subjects"]), "text": d["text"],
                  "source": cite(d["meeting"], d["page"]), "quote": d["quote"]} for d in data["decisions"]]
    documents = [{"document": d["name"] or names(d["document"]), "ref": d["ref"], "version": d["version"],
                  "decision": d["decision"], "source": d["meeting"]} for d in data["documents"]]
    checks = [v["tally_check"] for v in votes]
    summary = [("Meeting", mid), ("Date", node.get("date") or "not given"),
               ("Present", f"{len(present) + len(deputies)} ({len(deputies)} deputising)"),
               ("Apologies", str(len(apologies))), ("Decisions", str(len(decisions))),
               ("Votes", f"{len(votes)}" + (f"; tally checks: {', '.join(checks)}" if checks else "")),
               ("Actions", f"{len(actions)} ({sum(1 for a in actions if a['status'] == 'open')} open)"),
               ("Documents baselined", str(len(documents)))]
    return {"meeting": mid, "date": node.get("date"), "summary": summary, "present": present,
            "deputies": deputies, "apologies": apologies, "decisions": decisions, "votes": votes,
            "actions": actions, "documents": documents, "style": offline_style()}


def to_html(data: dict) -> str:
    return render("report", view(data), markdown=False)


def to_markdown(data: dict) -> str:
    return render("report", view(data), markdown=True)


def write(data: dict, out: Path) -> None:
    """Markdown for a ``.md`` or ``.markdown`` file, else HTML; written whole or not at all."""
    write_page(to_markdown(data) if is_markdown(out) else to_html(data), out)


def report(meeting: str, out: str | Path, *, store: Any = None, backend: str = "embedded") -> dict:
    """Write the report of ``meeting`` (e.g. ``DAG026``) to ``out`` (``.md``: Markdown, else one HTML page)
    from ``store`` (an open store, the path of an embedded one, or None: the default, or Neo4j with
    ``backend="neo4j"``); returns the rows it shows."""
    with queries_on(store, backend) as queries:
        data = collect(queries, meeting)
    write(data, Path(out))
    return data
