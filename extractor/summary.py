"""A readable overview of a meeting record, for a person at a terminal."""

from __future__ import annotations

from collections import Counter


def summarise(record: dict) -> str:
    m = record["meeting"]
    lines = [
        f"{m['id']}  {m.get('body') or ''} ({m.get('body_abbrev') or ''})",
        f"  date {m.get('date')} {m.get('start') or ''}-{m.get('end') or ''}  venue {m.get('venue')}"
        f"  issued {m.get('issued')}  next {m.get('next_meeting')}",
        f"  source {record['source']['path']} ({record['source']['pages']} pages)",
    ]
    att = Counter(p["attendance"] for p in record["people"])
    lines.append(f"People: {len(record['people'])} ("
                 + ", ".join(f"{n} {k}" for k, n in sorted(att.items())) + ")")
    for p in record["people"]:
        if p.get("on_behalf_of"):
            lines.append(f"  {p['name']} deputised for {p['on_behalf_of'].split(':', 1)[1]}")
    lines.append(f"Change requests: {', '.join(c['id'] for c in record['change_requests']) or '-'}")
    lines.append(f"Documents: {len(record['documents'])}")
    lines.append(f"Decisions: {len(record['decisions'])}")
    for d in record["decisions"]:
        lines.append(f"  {d['id']:<12} {d['outcome']:<9} by {d['decided_by']:<6} {d['text'][:70]}")
    lines.append(f"Actions: {len(record['actions'])}")
    for a in record["actions"]:
        due = a.get("due") or a.get("due_text") or "-"
        lines.append(f"  {a['id']:<12} {a['status']:<6} due {due:<10} {a.get('owner_text') or '-'}")
    for v in record["votes"]:
        t = v["tally"]
        lines.append(f"Vote {v['key']}: for {t['for']}, against {t['against']}, abstain {t['abstain']},"
                     f" absent {t['absent']}" + ("" if v["stated_tally"] in (None, t) else "  (stated differs!)"))
        for b in v["ballots"]:
            who = (b["person"] or "-").split(":", 1)[-1]
            lines.append(f"  {b['position'] or '?':<8} {b['constituency']:<55} {who}")
    narrative = Counter(r["type"] for r in record["relations"])
    lines.append("Relations: " + ", ".join(f"{k} {n}" for k, n in sorted(narrative.items())))
    for w in record["warnings"]:
        lines.append(f"warning: {w}")
    return "\n".join(lines)
