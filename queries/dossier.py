"""A CR dossier: one self-contained page (HTML or Markdown) per change request, every line cited.

Built only from the named queries, so it reads the same from either backend: ``run(name, args,
**options)`` is the ``run`` of a ``queries.backends`` object.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path

EVENT_COLOURS = {"raised": "#6a3d9a", "discussed": "#a6a6a6", "issued for impact assessment": "#1f78b4",
                 "voted": "#ff7f00", "approved": "#33a02c", "rejected": "#e31a1c",
                 "mutually exclusive with": "#b15928", "scheduled for": "#17becf"}


def collect(run: Callable, cr: str) -> dict:
    history = run("cr-history", [cr])
    return {
        "cr": history[0]["cr"] if history else cr,
        "history": history,
        "votes": run("votes", [cr]),
        "decided": run("who-decided", [cr]),
        "decisions": run("decisions", [], cr=history[0]["cr"] if history else cr),
        "actions": run("actions", [], cr=history[0]["cr"] if history else cr),
        "documents": run("documents", []),
    }


def _cite(row: dict) -> str:
    page = f", p. {row['page']}" if row.get("page") else ""
    return f"{row['meeting']}{page}"


def summary(data: dict) -> list[tuple[str, str]]:
    h = data["history"]
    raised = next((r for r in h if r["event"] == "raised"), None)
    decided = data["decided"][-1] if data["decided"] else None
    release = next((r["detail"] for r in reversed(h) if r["event"] == "scheduled for"), None)
    exclusive = sorted({r["detail"] for r in h if r["event"] == "mutually exclusive with"})
    meetings = sorted({r["meeting"] for r in h})
    out = [("Change request", data["cr"])]
    if raised:
        out.append(("Raised", f"by {raised['actor']} on {raised['date']} ({_cite(raised)})"))
    out.append(("Meetings", ", ".join(meetings) or "none"))
    if decided:
        out.append(("Status", f"{decided['outcome']} by {decided['decided_by']} ({decided['decision'] or 'no id'}, "
                              f"{decided['meeting']}, {decided['date']})"))
    else:
        out.append(("Status", "no decision recorded"))
    if release:
        out.append(("Scheduled for", release))
    if exclusive:
        out.append(("Mutually exclusive with", ", ".join(exclusive)))
    return out


def timeline_svg(history: list[dict], width: int = 880) -> str:
    """A dated timeline: one marker per event, stacked per day, labelled."""
    dated = [r for r in history if r["date"]]
    if not dated:
        return "<p>No dated events.</p>"
    days = [date.fromisoformat(r["date"]) for r in dated]
    lo, hi = min(days), max(days)
    span = max((hi - lo).days, 1)
    left, right, axis_y = 60, width - 220, 40
    stacks: dict[str, int] = {}
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" width="{width}" '
             f'height="{axis_y + 30 + 22 * (max(1, max_stack(dated)))}" '
             f'aria-label="Timeline of {html.escape(dated[0]["cr"])}">',
             f'<line x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}" stroke="#333"/>',
             f'<text x="{left}" y="{axis_y - 12}" font-size="11">{lo.isoformat()}</text>',
             f'<text x="{right}" y="{axis_y - 12}" font-size="11" text-anchor="end">{hi.isoformat()}</text>']
    for r, d in zip(dated, days):
        x = left + (right - left) * (d - lo).days / span
        level = stacks.get(r["date"], 0)
        stacks[r["date"]] = level + 1
        y = axis_y + 18 + 22 * level
        colour = EVENT_COLOURS.get(r["event"], "#444")
        label = f"{r['date']} {r['meeting']}: {r['event']}"
        parts.append(f'<g class="event"><title>{html.escape(label)}: {html.escape(r["quote"] or "")}</title>'
                     f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{y}" stroke="{colour}" stroke-width="1"/>'
                     f'<circle cx="{x:.1f}" cy="{y}" r="6" fill="{colour}"/>'
                     f'<text x="{x + 9:.1f}" y="{y + 4}" font-size="11">{html.escape(label)}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def max_stack(rows: list[dict]) -> int:
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["date"]] = counts.get(r["date"], 0) + 1
    return max(counts.values())


def _table(headers: list[str], rows: list[list], cls: str) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape('' if c is None else str(c))}</td>" for c in row) + "</tr>"
                   for row in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def to_html(data: dict) -> str:
    cr = data["cr"]
    votes: dict[str, list[dict]] = {}
    for v in data["votes"]:
        votes.setdefault(v["vote"], []).append(v)
    sections = [f"<h1>{html.escape(cr)} dossier</h1>",
                '<dl class="summary">' + "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>"
                                                  for k, v in summary(data)) + "</dl>",
                "<h2>Timeline</h2>", timeline_svg(data["history"]),
                "<h2>History</h2>",
                _table(["date", "meeting", "event", "by / detail", "decision", "source", "quote"],
                       [[r["date"], r["meeting"], r["event"], r["actor"] or r["detail"], r["decision"], _cite(r),
                         r["quote"]] for r in data["history"]], "history")]
    sections.append("<h2>Votes</h2>")
    if not votes:
        sections.append("<p>No vote recorded.</p>")
    for key, ballots in votes.items():
        sections.append(f"<h3>{html.escape(key)}</h3>")
        sections.append(_table(["constituency", "person", "position", "comment", "source"],
                               [[b["constituency"], b["person"], b["position"], b["comment"], _cite(b)]
                                for b in ballots], "vote"))
    sections.append("<h2>Decisions</h2>")
    sections.append(_table(["decision", "date", "outcome", "decided by", "text", "source"],
                           [[d["decision"], d["date"], d["outcome"], d["decided_by"], d["text"], _cite(d)]
                            for d in data["decisions"]], "decisions") if data["decisions"]
                    else "<p>No decision recorded.</p>")
    sections.append("<h2>Actions</h2>")
    sections.append(_table(["action", "status", "due", "owners", "text", "source"],
                           [[a["action"], a["status"], a["due"] or a["due_text"], ", ".join(a["owners"]), a["text"],
                             f"{a['last_listed']}, p. {a['page']}"] for a in data["actions"]], "actions")
                    if data["actions"] else "<p>No action concerns this CR.</p>")
    decided_ids = {d["decision"] for d in data["decisions"]}
    docs = [d for d in data["documents"] if d["decision"] in decided_ids]
    sections.append("<h2>Linked documents</h2>")
    sections.append(_table(["document", "version", "decision", "source"],
                           [[d["name"] or d["document"], d["version"], d["decision"], d["meeting"]] for d in docs],
                           "documents") if docs else "<p>No document was baselined by these decisions.</p>")
    style = ("body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}"
             "table{border-collapse:collapse;margin:.5em 0 1.5em;width:100%}"
             "td,th{border:1px solid #bbb;padding:4px 6px;font-size:13px;vertical-align:top;text-align:left}"
             "th{background:#eee}dl.summary{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}"
             "dt{font-weight:bold}")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(cr)} dossier'
            f"</title><style>{style}</style></head><body>{''.join(sections)}"
            "<footer><p>Made by minutes-kg from the meeting minutes; every row cites its meeting and page."
            "</p></footer></body></html>\n")


def _md_cell(v: object) -> str:
    return ("" if v is None else str(v)).replace("|", "\\|").replace("\n", " ")


def _md_table(headers: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join("---" for _ in headers) + " |"]
    lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def to_markdown(data: dict) -> str:
    out = [f"# {data['cr']} dossier", ""]
    out += [f"- **{k}**: {v}" for k, v in summary(data)]
    out += ["", "## History", "", _md_table(
        ["date", "meeting", "event", "by / detail", "decision", "source", "quote"],
        [[r["date"], r["meeting"], r["event"], r["actor"] or r["detail"], r["decision"], _cite(r), r["quote"]]
         for r in data["history"]])]
    out += ["", "## Votes", ""]
    out += [_md_table(["vote", "constituency", "person", "position", "comment", "source"],
                      [[v["vote"], v["constituency"], v["person"], v["position"], v["comment"], _cite(v)]
                       for v in data["votes"]]) if data["votes"] else "No vote recorded."]
    out += ["", "## Decisions", ""]
    out += [_md_table(["decision", "date", "outcome", "decided by", "text", "source"],
                      [[d["decision"], d["date"], d["outcome"], d["decided_by"], d["text"], _cite(d)]
                       for d in data["decisions"]]) if data["decisions"] else "No decision recorded."]
    out += ["", "## Actions", ""]
    out += [_md_table(["action", "status", "due", "owners", "text", "source"],
                      [[a["action"], a["status"], a["due"] or a["due_text"], ", ".join(a["owners"]), a["text"],
                        f"{a['last_listed']}, p. {a['page']}"] for a in data["actions"]])
            if data["actions"] else "No action concerns this CR."]
    return "\n".join(out) + "\n"


def write(data: dict, out: Path) -> None:
    """Markdown for a ``.md`` or ``.markdown`` file, else HTML."""
    text = to_markdown(data) if out.suffix.lower() in (".md", ".markdown") else to_html(data)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text)
