"""The same named queries in Cypher, for Neo4j. Rows are shaped and ordered like queries/embedded.py."""

from __future__ import annotations

import json

from .embedded import sort_history

CR_HISTORY = """
MATCH (cr:ChangeRequest {key: $key})
CALL (cr) {
  MATCH (a)-[r:RAISED]->(cr)
  RETURN 'raised' AS event, r AS r, a.key AS actor, null AS detail, null AS decision, r.date AS date
  UNION ALL
  MATCH (cr)-[r:MENTIONED_IN]->(:Meeting)
  RETURN 'discussed' AS event, r AS r, null AS actor, r.versions AS detail, null AS decision, null AS date
  UNION ALL
  MATCH (m)-[r:ISSUED_FOR_IMPACT_ASSESSMENT]->(cr)
  RETURN 'issued for impact assessment' AS event, r AS r, m.key AS actor, null AS detail, null AS decision,
         r.date AS date
  UNION ALL
  MATCH (v:Vote)-[r:CONCERNS]->(cr)
  RETURN 'voted' AS event, r AS r, null AS actor,
         'for ' + v.tally_for + ', against ' + v.tally_against + ', abstain ' + v.tally_abstain
         + ', absent ' + v.tally_absent AS detail, v.key AS decision, null AS date
  UNION ALL
  MATCH (d)-[r:APPROVED|REJECTED]->(cr)
  RETURN toLower(type(r)) AS event, r AS r, coalesce(r.decided_by, d.decided_by) AS actor, null AS detail,
         CASE WHEN d:Decision THEN d.id ELSE null END AS decision, null AS date
  UNION ALL
  MATCH (cr)-[r:MUTUALLY_EXCLUSIVE_WITH]-(o:ChangeRequest)
  RETURN 'mutually exclusive with' AS event, r AS r, null AS actor, o.key AS detail, null AS decision,
         null AS date
  UNION ALL
  MATCH (cr)-[r:SCHEDULED_FOR]->(rel)
  RETURN 'scheduled for' AS event, r AS r, null AS actor, rel.key AS detail, null AS decision, null AS date
}
MATCH (m:Meeting {id: r.meeting})
RETURN event, r.meeting AS meeting, coalesce(date, m.date) AS date, actor, detail, decision,
       r.evidence AS evidence
"""

VOTES = """
MATCH (v:Vote)-[:CONCERNS]->(:ChangeRequest {key: $key})
MATCH (c:Constituency)-[r:CAST]->(v)
MATCH (m:Meeting {id: r.meeting})
RETURN v.key AS vote, r.meeting AS meeting, m.date AS date, c.name AS constituency, r.person AS person,
       r.position AS position, r.evidence AS evidence
ORDER BY date, vote, constituency
"""

ACTIONS = """
MATCH (a:Action)-[l:LISTED_IN]->(:Meeting)
WITH a, l ORDER BY coalesce(l.date, ''), l.meeting
WITH a, collect(l) AS listed
OPTIONAL MATCH (o)-[:OWNS]->(a)
WITH a, listed, listed[size(listed) - 1] AS last, collect(DISTINCT o.key) AS owners
RETURN a.id AS action, last.status AS status, last.due AS due, last.due_text AS due_text, owners,
       listed[0].meeting AS first_listed, last.meeting AS last_listed, a.text AS text
ORDER BY action
"""

DECISIONS = """
MATCH (d:Decision)
OPTIONAL MATCH (d)-[:CONCERNS]->(s)
WITH d, collect(DISTINCT s.key) AS subjects
RETURN d.id AS decision, d.meeting AS meeting, d.date AS date, d.outcome AS outcome,
       d.decided_by AS decided_by, subjects, d.text AS text
ORDER BY date, decision
"""


def _first_ev(evidence: str | None) -> tuple[int | None, str | None]:
    ev = json.loads(evidence) if evidence else []
    return (ev[0]["page"], ev[0]["quote"]) if ev else (None, None)


def cr_history(session, cr: str) -> list[dict]:
    rows = []
    for r in session.run(CR_HISTORY, key=f"cr:{cr}"):
        page, quote = _first_ev(r["evidence"])
        rows.append({"cr": cr, "date": r["date"], "meeting": r["meeting"], "event": r["event"], "actor": r["actor"],
                     "decision": r["decision"], "detail": r["detail"], "page": page, "quote": quote})
    return sort_history(rows)


def votes(session, cr: str) -> list[dict]:
    return [{"vote": r["vote"], "meeting": r["meeting"], "date": r["date"], "constituency": r["constituency"],
             "person": r["person"], "position": r["position"], "page": _first_ev(r["evidence"])[0]}
            for r in session.run(VOTES, key=f"cr:{cr}")]


def actions(session, owner: str | None = None, open_only: bool = False, overdue_as_of: str | None = None):
    rows = []
    for r in session.run(ACTIONS):
        row = dict(r)
        row["owners"] = sorted(row["owners"])
        if owner and owner not in row["owners"]:
            continue
        if open_only and row["status"] != "open":
            continue
        if overdue_as_of and not (row["status"] == "open" and row["due"] and row["due"] < overdue_as_of):
            continue
        rows.append(row)
    return rows


def decisions(session, meeting: str | None = None, cr: str | None = None) -> list[dict]:
    rows = []
    for r in session.run(DECISIONS):
        row = dict(r)
        row["subjects"] = sorted(row["subjects"])
        if meeting and row["meeting"] != meeting:
            continue
        if cr and f"cr:{cr}" not in row["subjects"]:
            continue
        rows.append(row)
    return rows
