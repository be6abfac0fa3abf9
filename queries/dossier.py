"""A CR dossier: one self-contained page (HTML or Markdown) per change request, every line cited.

Built only from the named queries (``cr-history``, ``meeting-votes``, ``who-decided``, ``decisions``,
``actions``, ``documents``, ``entities``), so it reads the same from either backend: ``run(name, args,
**options)`` is the ``run`` of a ``queries.backends`` object. The page shows names, titles, versions and
seats, never keys; it tells the advisory vote apart from the decision and says when the decision went
against the vote. Templates: ``queries/templates/dossier.html`` and ``dossier.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from .pages import Names, cite, group_votes, is_markdown, offline_style, queries_on, render, versions, write_page

EVENT_COLOURS = {"raised": "#6a3d9a", "discussed": "#a6a6a6", "issued for impact assessment": "#1f78b4",
                 "voted": "#ff7f00", "approved": "#33a02c", "rejected": "#e31a1c",
                 "mutually exclusive with": "#b15928", "scheduled for": "#17becf"}
EVENT_LABELS = {"voted": "advisory vote", "approved": "decision: approved", "rejected": "decision: rejected"}
DECIDING = ("approved", "rejected")


def collect(run: Callable[..., list[dict]], cr: str) -> dict:
    """The rows of every query the dossier of ``cr`` shows, and the names of what they name."""
    history = run("cr-history", [cr])
    cid = history[0]["cr"] if history else cr
    voted = sorted({r["meeting"] for r in history if r["event"] == "voted"})
    vote_keys = {r["actor"] for r in history if r["event"] == "voted"}
    votes = [row for m in voted for row in run("meeting-votes", [f"meeting:{m}"]) if row["vote"] in vote_keys]
    data: dict[str, Any] = {"cr": cid, "history": history, "votes": votes, "decided": run("who-decided", [cid]),
            "decisions": run("decisions", [], cr=cid), "actions": run("actions", [], cr=cid),
            "documents": run("documents", [])}
    rows = [r for part in ("history", "votes", "decided", "decisions", "actions") for r in data[part]]
    data["names"] = Names.of(run, rows, extra=[f"cr:{cid}"])
    return data


def vote_groups(data: dict) -> list[dict]:
    """The advisory votes on the CR, each with its tally, the check of its tally and its ballots."""
    groups = group_votes(data["votes"], data["names"])
    for g in groups:
        g["heading"] = f"Advisory vote at {g['meeting']} ({g['date']}): {g['majority']}" + (
            f" ({g['tally']})" if g["tally"] else "")
    return groups


def against_vote(outcome: str, vote: dict | None) -> bool:
    """Whether a decision went against the advisory vote: approved when most voted against, or rejected when
    most voted for."""
    return vote is not None and ((outcome == "approved" and vote["majority"] == "against")
                                 or (outcome == "rejected" and vote["majority"] == "for"))


def history_rows(data: dict, votes: list[dict]) -> list[dict]:
    names: Names = data["names"]
    vote_at = {v["meeting"]: v for v in votes}
    out = []
    for r in data["history"]:
        kind = "vote" if r["event"] == "voted" else "decision" if r["event"] in DECIDING else "event"
        note = None
        what = ""
        vote = vote_at.get(r["meeting"])
        if kind == "vote" and vote is not None:
            what = f"{vote['majority']} ({vote['tally']})" if vote["tally"] else vote["majority"]
        elif kind == "decision":
            what = f"by {names(r['actor'])}"
            if vote is not None and against_vote(r["event"], vote):
                note = f"overrules the advisory vote ({vote['majority']}: {vote['tally']})"
            elif vote is not None:
                note = f"follows the advisory vote ({vote['majority']})"
        elif r["event"] == "discussed":
            what = versions(r["detail"]) or ""
        else:
            what = names(r["actor"] or r["detail"], title=True)
        overrules = bool(note and note.startswith("overrules"))
        out.append({"date": r["date"], "meeting": r["meeting"], "event": EVENT_LABELS.get(r["event"], r["event"]),
                    "raw_event": r["event"], "kind": kind, "what": what, "decision": r["decision"], "note": note,
                    "overrules": overrules, "cell_class": f"kind-{kind}" + (" overrules" if overrules else ""),
                    "source": cite(r["meeting"], r["page"]), "quote": r["quote"]})
    return out


def summary(data: dict, votes: list[dict]) -> list[dict]:
    """The page's opening facts: each {label, text, source}."""
    names: Names = data["names"]
    cid = data["cr"]
    h = data["history"]
    node = names.get(f"cr:{cid}")
    out = [{"label": "Change request", "text": cid, "source": None},
           {"label": "Title", "text": node.get("title") or "not given in the minutes", "source": None}]
    raised = next((r for r in h if r["event"] == "raised"), None)
    if raised:
        when = f" on {raised['date']}" if raised["date"] else ""
        out.append({"label": "Raised", "text": f"by {names(raised['actor'])}{when}",
                    "source": cite(raised["meeting"], raised["page"])})
    elif node.get("raised_on"):
        out.append({"label": "Raised", "text": f"on {node['raised_on']}; the minutes do not say by whom",
                    "source": None})
    else:
        out.append({"label": "Raised", "text": "the minutes do not say when or by whom", "source": None})
    decided = data["decided"][-1] if data["decided"] else None
    if decided:
        event = next((r for r in h if r["event"] == decided["outcome"] and r["meeting"] == decided["meeting"]
                      and r["decision"] == decided["decision"]), None)
        where = cite(decided["meeting"], event["page"] if event else None)
        out.append({"label": "Status", "text": f"{decided['outcome']} by {names(decided['decided_by'])} "
                                               f"({decided['decision'] or 'no decision id'}, {decided['meeting']}, "
                                               f"{decided['date']})", "source": where})
        vote = next((v for v in votes if v["meeting"] == decided["meeting"]), None)
        who = names(decided["decided_by"]) or "not recorded"
        if against_vote(decided["outcome"], vote):
            assert vote is not None
            who += (f", against the advisory vote of {vote['meeting']} ({vote['majority']}: {vote['tally']})")
        elif vote is not None:
            who += f", as the advisory vote of {vote['meeting']} advised ({vote['majority']})"
        out.append({"label": "Decided by", "text": who, "source": where})
    else:
        last = h[-1] if h else None
        out.append({"label": "Status", "text": "no decision recorded" + (
            f"; last: {EVENT_LABELS.get(last['event'], last['event'])} at {last['meeting']} ({last['date']})"
            if last else ""), "source": cite(last["meeting"], last["page"]) if last else None})
    for v in votes:
        out.append({"label": "Advisory vote", "text": f"{v['meeting']} ({v['date']}): {v['majority']}"
                    + (f" ({v['tally']}); tally check: {v['tally_check']}" if v["tally"] else ""),
                    "source": v["source"]})
    out.append({"label": "Meetings", "text": ", ".join(sorted({r["meeting"] for r in h})) or "none", "source": None})
    release = next((r for r in reversed(h) if r["event"] == "scheduled for"), None)
    if release:
        out.append({"label": "Scheduled for", "text": names(release["detail"]),
                    "source": cite(release["meeting"], release["page"])})
    exclusive = sorted({r["detail"] for r in h if r["event"] == "mutually exclusive with"})
    if exclusive:
        out.append({"label": "Mutually exclusive with", "text": "; ".join(names(x, title=True) for x in exclusive),
                    "source": None})
    return out


def timeline(rows: list[dict], width: int = 1000, label_chars: int = 84) -> dict:
    """A dated timeline: one marker per event on its own line under the date axis; the advisory vote a hollow
    diamond, the decision a square (ringed in red when it overrules the vote). Positions for the template's
    SVG; the label is cut to ``label_chars`` (the whole of it in the tooltip and the history table)."""
    dated = [r for r in rows if r["date"]]
    if not dated:
        return {"events": []}
    days = [date.fromisoformat(r["date"]) for r in dated]
    lo, hi = min(days), max(days)
    span = max((hi - lo).days, 1)
    left, right, axis_y, step = 40, width - 40, 40, 22
    events = []
    for i, (r, d) in enumerate(zip(dated, days)):
        x = left + (right - left) * (d - lo).days / span
        what = f"{r['raw_event']} {r['what']}" if r["kind"] == "decision" else r["event"] + (
            f", {r['what']}" if r["what"] else "")
        label = f"{r['date']} {r['meeting']}: {what}" + (", overruling the advisory vote" if r["overrules"] else "")
        full = label + (f" ({r['note']})" if r["note"] else "")
        events.append({"x": round(x, 1), "y": axis_y + 18 + step * i, "colour": EVENT_COLOURS.get(r["raw_event"],
                                                                                                 "#444"),
                       "kind": "advisory-vote" if r["kind"] == "vote" else r["kind"], "overrules": r["overrules"],
                       "label": label if len(label) <= label_chars else label[:label_chars - 1] + "…",
                       "tooltip": f"{full}: {r['quote'] or ''}", "anchor_end": x > width / 2})
    return {"width": width, "height": axis_y + 30 + step * len(events), "left": left, "right": right,
            "axis_y": axis_y, "lo": lo.isoformat(), "hi": hi.isoformat(), "events": events}


def view(data: dict) -> dict:
    """Everything the templates show, as text: names instead of keys."""
    names: Names = data["names"]
    cid = data["cr"]
    votes = vote_groups(data)
    history = history_rows(data, votes)
    decided_ids = {d["decision"] for d in data["decisions"]}
    return {
        "cr": cid, "title": names.title(f"cr:{cid}"), "summary": summary(data, votes), "history": history,
        "timeline": timeline(history), "votes": votes, "style": offline_style(),
        "decisions": [{"decision": d["decision"], "date": d["date"], "outcome": d["outcome"],
                       "decided_by": names(d["decided_by"]), "text": d["text"], "source": cite(d["meeting"], d["page"]),
                       "quote": d["quote"]} for d in data["decisions"]],
        "actions": [{"action": a["action"], "status": a["status"], "due": a["due"] or a["due_text"],
                     "owners": names(a["owners"]), "text": a["text"], "source": cite(a["last_listed"], a["page"]),
                     "quote": a["quote"]} for a in data["actions"]],
        "documents": [{"document": d["name"] or names(d["document"]), "version": d["version"],
                       "decision": d["decision"], "source": d["meeting"]}
                      for d in data["documents"] if d["decision"] in decided_ids],
    }


def to_html(data: dict) -> str:
    return render("dossier", view(data), markdown=False)


def to_markdown(data: dict) -> str:
    return render("dossier", view(data), markdown=True)


def write(data: dict, out: Path) -> None:
    """Markdown for a ``.md`` or ``.markdown`` file, else HTML; written whole or not at all."""
    write_page(to_markdown(data) if is_markdown(out) else to_html(data), out)


def dossier(cr: str, out: str | Path, *, store: Any = None, backend: str = "embedded") -> dict:
    """Write the dossier of change request ``cr`` to ``out`` (``.md``: Markdown, else one HTML page) from
    ``store`` (an open store, the path of an embedded one, or None: the default, or Neo4j with
    ``backend="neo4j"``); returns the rows it shows."""
    with queries_on(store, backend) as queries:
        data = collect(queries.run, cr)
    write(data, Path(out))
    return data
