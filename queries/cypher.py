"""The same named queries in Cypher, for Neo4j. Rows are shaped with ``queries/rows.py``, as the embedded
queries' are, so both backends give the same rows.

Neo4j holds lowerCamelCase properties and native dates (``graph/neo4j_props.py``): the Cypher reads
``v.tallyFor``, ``r.decidedBy``; what it returns comes back through ``queries/backends.py``, which gives
dates as 'YYYY-MM-DD' and nodes and relationships as dicts under the model's snake_case names."""

from __future__ import annotations

from typing import Any, Protocol

from . import rows as R


class Session(Protocol):
    """What a query needs of a Neo4j session: rows as dicts of plain values (``backends.PlainSession``)."""

    def run(self, query: str, **params: Any) -> list[dict]: ...

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
  RETURN 'voted' AS event, r AS r, v.key AS actor,
         [v.tallyFor, v.tallyAgainst, v.tallyAbstain, v.tallyAbsent] AS detail, null AS decision, null AS date
  UNION ALL
  MATCH (d)-[r:APPROVED|REJECTED]->(cr)
  RETURN toLower(type(r)) AS event, r AS r, coalesce(r.decidedBy, d.decidedBy) AS actor, null AS detail,
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
OPTIONAL MATCH (:Person {key: r.person})-[pc:CAST {meeting: r.meeting}]->(v)
RETURN v.key AS vote, r.meeting AS meeting, m.date AS date, c.name AS constituency, r.person AS person,
       r.position AS position, pc.comment AS comment, r.evidence AS evidence
ORDER BY date, vote, constituency
"""

ACTIONS = """
MATCH (a:Action)-[l:LISTED_IN]->(:Meeting)
WITH a, l ORDER BY l.date IS NOT NULL, l.date, l.meeting
WITH a, collect(l) AS listed
OPTIONAL MATCH (o)-[:OWNS]->(a)
WITH a, listed, CASE WHEN $meeting IS NULL THEN listed[size(listed) - 1]
                     ELSE [l IN listed WHERE l.meeting = $meeting][0] END AS last, collect(DISTINCT o.key) AS owners
WHERE last IS NOT NULL
OPTIONAL MATCH (a)-[:CONCERNS]->(s)
WITH a, listed, last, owners, collect(DISTINCT s.key) AS subjects
RETURN a.id AS action, last.status AS status, last.due AS due, last.dueText AS due_text, owners,
       listed[0].meeting AS first_listed, last.meeting AS last_listed, a.text AS text, subjects,
       last.evidence AS evidence
ORDER BY action
"""

DECISIONS = """
MATCH (d:Decision)
OPTIONAL MATCH (d)-[:CONCERNS]->(s)
WITH d, collect(DISTINCT s.key) AS subjects
OPTIONAL MATCH (d)-[di:DECIDED_IN]->(:Meeting)
RETURN d.id AS decision, d.meeting AS meeting, d.date AS date, d.outcome AS outcome,
       d.decidedBy AS decided_by, subjects, d.text AS text, di.evidence AS evidence
ORDER BY date, decision
"""


def _tally(counts: list | None, absent: bool = True) -> str | None:
    """The tally text of a vote's counts as the Cypher lists them (for, against, abstain, absent)."""
    return None if counts is None else R.tally_text(dict(zip(R.TALLY, counts)), absent=absent)


def cr_history(session: Session, cr: str) -> list[dict]:
    return R.sort_history([R.history_row(cr, r["event"], r["meeting"], r["date"], r["evidence"], actor=r["actor"],
                                         detail=_tally(r["detail"]) if r["event"] == "voted" else r["detail"],
                                         decision=r["decision"])
                           for r in session.run(CR_HISTORY, key=f"cr:{cr}")])


def votes(session: Session, cr: str) -> list[dict]:
    return [{"vote": r["vote"], "meeting": r["meeting"], "date": r["date"], "constituency": r["constituency"],
             "person": r["person"], "position": r["position"], "comment": r["comment"],
             "page": R.first_evidence(r["evidence"])[0]}
            for r in session.run(VOTES, key=f"cr:{cr}")]


def actions(session: Session, owner: str | None = None, open_only: bool = False, overdue_as_of: str | None = None,
            cr: str | None = None, meeting: str | None = None) -> list[dict]:
    rows = []
    for r in session.run(ACTIONS, meeting=meeting):
        row = dict(r)
        row["owners"] = sorted(row["owners"])
        subjects = row.pop("subjects")
        row["page"], row["quote"] = R.first_evidence(row.pop("evidence"))
        if R.keep_action(row, subjects, owner, open_only, overdue_as_of, cr):
            rows.append(row)
    return rows


def decisions(session: Session, meeting: str | None = None, cr: str | None = None) -> list[dict]:
    rows = []
    for r in session.run(DECISIONS):
        row = dict(r)
        row["subjects"] = sorted(row["subjects"])
        row["page"], row["quote"] = R.first_evidence(row.pop("evidence"))
        if R.keep_decision(row, meeting, cr):
            rows.append(row)
    return rows


CONSTITUENCY = """
MATCH (c:Constituency {key: $key})-[r:CAST]->(v:Vote)
OPTIONAL MATCH (v)-[:CONCERNS]->(s)
MATCH (m:Meeting {id: r.meeting})
RETURN c.name AS constituency, m.date AS date, r.meeting AS meeting, v.key AS vote, s.key AS subject,
       r.position AS position, r.person AS person
ORDER BY date, vote
"""

SEATS = """
MATCH (p:Person)-[r:REPRESENTS]->(c:Constituency)
WHERE $key IS NULL OR c.key = $key
MATCH (m:Meeting {id: r.meeting})
OPTIONAL MATCH (m)-[:OF_BODY]->(b:Body)
OPTIONAL MATCH (p)-[a:ATTENDED]->(m)
RETURN c.name AS seat, b.abbrev AS body, p.key AS person, p.name AS name,
       collect([m.date, m.id, a.onBehalfOf IS NOT NULL]) AS meetings
"""

ALIGNMENT = """
MATCH (c1:Constituency)-[r1:CAST]->(v:Vote)<-[r2:CAST]-(c2:Constituency)
WHERE c1.name < c2.name AND r1.position IN ['for', 'against', 'abstain']
  AND r2.position IN ['for', 'against', 'abstain']
WITH c1.name AS a, c2.name AS b, count(*) AS shared,
     sum(CASE WHEN r1.position = r2.position THEN 1 ELSE 0 END) AS agreed
RETURN a, b, shared, agreed ORDER BY a, b
"""

PERSON = """
MATCH (p:Person {key: $key})-[r:ATTENDED|SENT_APOLOGIES|REPRESENTS|DEPUTISED_FOR|OWNS|CAST]->(x)
MATCH (m:Meeting {id: r.meeting})
RETURN type(r) AS t, r AS r, x AS x, labels(x) AS labels, m.date AS date
"""

WHO_DECIDED = """
MATCH (d)-[r:APPROVED|REJECTED]->(:ChangeRequest {key: $key})
MATCH (m:Meeting {id: r.meeting})
OPTIONAL MATCH (v:Vote {meeting: r.meeting})-[:CONCERNS]->(:ChangeRequest {key: $key})
RETURN m.date AS date, r.meeting AS meeting, toLower(type(r)) AS outcome,
       coalesce(r.decidedBy, d.decidedBy) AS decided_by, CASE WHEN d:Decision THEN d.id ELSE null END AS decision,
       CASE WHEN v IS NULL THEN null ELSE [v.tallyFor, v.tallyAgainst, v.tallyAbstain] END AS vote_in_meeting
"""

DOCUMENTS = """
MATCH (d)-[r:BASELINED]->(doc:Document)
MATCH (m:Meeting {id: r.meeting})
RETURN doc.key AS document, doc.name AS name, doc.ref AS ref, coalesce(r.version, doc.version) AS version,
       d.id AS decision, r.meeting AS meeting, m.date AS date
ORDER BY date, document
"""

SHORTEST = """
MATCH (a:Entity {key: $a}), (b:Entity {key: $b})
MATCH p = allShortestPaths((a)-[*..6]-(b))
RETURN [n IN nodes(p) | n.key] AS keys
"""

EDGES_BETWEEN = """
MATCH (u:Entity {key: $u})-[r]-(v:Entity {key: $v})
RETURN startNode(r).key AS frm, endNode(r).key AS to, type(r) AS type, r.meeting AS meeting, r.evidence AS evidence
"""


def constituency(session: Session, key: str) -> list[dict]:
    return [dict(r) for r in session.run(CONSTITUENCY, key=key)]


def seats(session: Session, key: str | None = None) -> list[dict]:
    return R.sort_seats([R.seat_row(r["seat"], r["body"], r["person"], r["name"], [tuple(m) for m in r["meetings"]])
                         for r in session.run(SEATS, key=key)])


def alignment(session: Session) -> list[dict]:
    return [R.alignment_row(r["a"], r["b"], r["shared"], r["agreed"]) for r in session.run(ALIGNMENT)]


def person(session: Session, key: str) -> list[dict]:
    return R.sort_person([R.person_row(key, rec["t"], dict(rec["r"]), dict(rec["x"]), rec["date"])
                          for rec in session.run(PERSON, key=key)])


def who_decided(session: Session, cr: str) -> list[dict]:
    rows = [{"cr": cr, "date": r["date"], "meeting": r["meeting"], "outcome": r["outcome"],
             "decided_by": r["decided_by"], "decision": r["decision"],
             "vote_in_meeting": _tally(r["vote_in_meeting"], absent=False)}
            for r in session.run(WHO_DECIDED, key=f"cr:{cr}")]
    return R.sort_who_decided(rows)


def documents(session: Session) -> list[dict]:
    return [dict(r) for r in session.run(DOCUMENTS)]


def path(session: Session, a: str, b: str) -> list[dict]:
    paths = [r["keys"] for r in session.run(SHORTEST, a=a, b=b)]
    if not paths:
        return []
    best = min(paths)

    def edges_between(u: str, v: str) -> list[tuple[str, str, dict]]:
        return [(r["frm"], r["to"], {"type": r["type"], "meeting": r["meeting"], "evidence": r["evidence"]})
                for r in session.run(EDGES_BETWEEN, u=u, v=v)]

    return R.path_steps(best, edges_between)


ENTITIES = """
MATCH (n:Entity) WHERE $keys IS NULL OR n.key IN $keys
RETURN n.key AS key, [x IN labels(n) WHERE x <> 'Entity'][0] AS label, n.name AS name, n.id AS id,
       n.title AS title, n.version AS version, n.date AS date, n.raisedOn AS raised_on
ORDER BY key
"""

ATTENDANCE = """
MATCH (p:Person)-[r:ATTENDED|SENT_APOLOGIES]->(m:Meeting {key: $key})
OPTIONAL MATCH (p)-[:REPRESENTS {meeting: r.meeting}]->(c:Constituency)
WITH p, r, m, collect(c.name) AS seats
OPTIONAL MATCH (p)-[:MEMBER_OF {meeting: r.meeting}]->(o:Organisation)
WITH p, r, m, seats, collect(o.name) AS organisations
OPTIONAL MATCH (d:Person {key: r.onBehalfOf})
RETURN r.meeting AS meeting, m.date AS date, p.key AS person, p.name AS name, type(r) AS t, r AS r,
       d.name AS deputy_for_name, seats, organisations
"""

MEETING_VOTES = """
MATCH (v:Vote)-[h:HELD_IN]->(:Meeting {key: $key})
OPTIONAL MATCH (v)-[:CONCERNS]->(s)
WITH v, h, collect(s.key)[0] AS subject
OPTIONAL MATCH (x)-[c:CAST]->(v)
OPTIONAL MATCH (p:Person {key: c.person})
RETURN v AS vote, subject, h.evidence AS held_in,
       [row IN collect(CASE WHEN x IS NULL THEN null ELSE {from: x.key, name: x.name, person: c.person,
        person_name: p.name, position: c.position, constituency: c.constituency, comment: c.comment,
        evidence: c.evidence} END) WHERE row IS NOT NULL] AS casts
ORDER BY v.key
"""


def entities(session: Session, keys: list[str] | None = None) -> list[dict]:
    return [R.entity_row(dict(r)) for r in session.run(ENTITIES, keys=None if keys is None else list(keys))]


def attendance(session: Session, key: str) -> list[dict]:
    return R.sort_attendance([R.attendance_row(r["meeting"], r["date"], r["person"], r["name"], r["t"], dict(r["r"]),
                                               r["deputy_for_name"], r["seats"], r["organisations"])
                              for r in session.run(ATTENDANCE, key=key)])


def meeting_votes(session: Session, key: str) -> list[dict]:
    rows = []
    for r in session.run(MEETING_VOTES, key=key):
        casts = [dict(c) for c in r["casts"]]
        names = {c["from"]: c["name"] for c in casts} | {c["person"]: c["person_name"] for c in casts if c["person"]}
        rows += R.meeting_vote_rows(dict(r["vote"]), r["subject"], r["held_in"], casts, names)
    return rows
