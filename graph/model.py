"""The graph model: a meeting record becomes nodes (by key) and edges (by type, ends and meeting).

Both backends load exactly these facts, so counts per label and relationship type agree.

Node identity is the record key (``person:sarah-jones``); a node's label follows the
key's prefix. Edge identity is (type, from, to, meeting): a relation stated in two
meetings is two edges, each with its own evidence, and re-loading a meeting merges
onto the same edges.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

LABELS = {
    "meeting": "Meeting", "body": "Body", "person": "Person", "org": "Organisation",
    "constituency": "Constituency", "cr": "ChangeRequest", "doc": "Document", "decision": "Decision",
    "action": "Action", "vote": "Vote", "release": "Release", "source": "SourceDocument",
}


# every relationship type the model writes (a fixed vocabulary: Cypher text never takes input text)
RELATION_TYPES = (
    "ATTENDED", "SENT_APOLOGIES", "REPRESENTS", "MEMBER_OF", "DEPUTISED_FOR", "RAISED",
    "ISSUED_FOR_IMPACT_ASSESSMENT", "APPROVED", "REJECTED", "BASELINED", "MUTUALLY_EXCLUSIVE_WITH", "CAST",
    "DECIDED_IN", "CONCERNS", "OWNS", "AMENDS", "SUPERSEDES", "SCHEDULED_FOR",
    "OF_BODY", "RECORDED_IN", "MENTIONED_IN", "LISTED_IN", "HELD_IN",
)


def label_of(key: str) -> str:
    return LABELS.get(key.split(":", 1)[0], "Entity")


@dataclass
class Facts:
    """What one record contributes: nodes by key and edges by identity."""

    source: str  # source:<meeting id>
    sha256: str
    meeting: str
    date: str | None
    nodes: dict[str, dict] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], dict] = field(default_factory=dict)

    def node(self, key: str, **props: Any) -> None:
        props = {k: v for k, v in props.items() if v is not None and v != []}
        cur = self.nodes.setdefault(key, {"key": key, "label": label_of(key)})
        for k, v in props.items():
            if k not in cur or cur[k] in (None, [], ""):
                cur[k] = v

    def edge(self, rtype: str, frm: str, to: str, evidence: list[dict] | None = None, **props: Any) -> None:
        for k in (frm, to):
            if k not in self.nodes:
                self.node(k)
        ident = (rtype, frm, to)
        props = {k: v for k, v in props.items() if v is not None}
        cur = self.edges.setdefault(ident, {"type": rtype, "from": frm, "to": to, "meeting": self.meeting,
                                            "evidence": []})
        for k, v in props.items():
            cur.setdefault(k, v)
        for ev in evidence or []:
            ev = {"source": self.source, "page": ev["page"], "quote": ev["quote"]}
            if ev not in cur["evidence"]:
                cur["evidence"].append(ev)


def _extra(item: dict, named: set[str]) -> dict:
    """The plain fields of a record entity that the model does not name (a change's ``kind``, say), carried
    onto its node as they are. Only for entities whose fields describe the entity itself, not one meeting."""
    return {f: v for f, v in item.items() if f not in named and isinstance(v, (str, int, float, bool))}


def _quotes(evidence: list[dict]) -> list[dict]:
    return [{"page": e["page"], "quote": e["quote"]} for e in evidence[:3]]


def record_to_facts(record: dict, key_map: dict[str, str] | None = None) -> Facts:
    """Nodes and edges of one record; ``key_map`` renames keys (entity resolution)."""
    km = key_map or {}

    def k(key: str) -> str:
        return km.get(key, key) if key else key

    m = record["meeting"]
    meeting_key = f"meeting:{m['id']}"
    facts = Facts(source=f"source:{m['id']}", sha256=record["source"]["sha256"], meeting=m["id"], date=m["date"])
    facts.node(facts.source, path=record["source"]["path"], sha256=record["source"]["sha256"],
               pages=record["source"]["pages"], meeting=m["id"])
    facts.node(meeting_key, id=m["id"], name=m["id"], date=m["date"], start=m["start"], end=m["end"],
               venue=m["venue"], classification=m["classification"], issued=m["issued"],
               next_meeting=m["next_meeting"], number=m["number"])
    body = f"body:{(m['body_abbrev'] or 'unknown').lower()}"
    facts.node(body, name=m["body"], abbrev=m["body_abbrev"])
    facts.edge("OF_BODY", meeting_key, body, m.get("evidence", [])[:1])
    facts.edge("RECORDED_IN", meeting_key, facts.source)

    for p in record["people"]:
        if k(p["key"]) == p["key"]:
            facts.node(p["key"], name=p["name"])
        else:  # resolved onto another person's key: keep this form as an alias, not as the name
            facts.node(k(p["key"]))
            aliases = facts.nodes[k(p["key"])].setdefault("aliases", [])
            if p["name"] not in aliases:
                aliases.append(p["name"])
        facts.nodes[k(p["key"])].setdefault("initials", [])
        for ini in p["initials"]:
            if ini not in facts.nodes[k(p["key"])]["initials"]:
                facts.nodes[k(p["key"])]["initials"].append(ini)
    for o in record["organisations"]:
        facts.node(k(o["key"]), name=o["name"], aliases=o["aliases"], **_extra(o, {"key", "name", "aliases"}))
    for c in record["constituencies"]:
        facts.node(k(c["key"]), name=c["name"], **_extra(c, {"key", "name"}))
    for cr in record["change_requests"]:
        facts.node(k(cr["key"]), id=cr["id"], title=cr["title"], raised_on=cr["raised_on"],
                   **_extra(cr, {"key", "id", "title", "raised_on", "evidence", "versions"}))
        facts.edge("MENTIONED_IN", k(cr["key"]), meeting_key, _quotes(cr["evidence"]),
                   versions=json.dumps(cr["versions"]) if cr["versions"] else None)
    for d in record["documents"]:
        facts.node(k(d["key"]), name=d["name"], ref=d["ref"], version=d["version"],
                   **_extra(d, {"key", "name", "ref", "version", "evidence"}))
        facts.edge("MENTIONED_IN", k(d["key"]), meeting_key, _quotes(d["evidence"]))
    for d in record["decisions"]:
        facts.node(k(d["key"]), id=d["id"], area=d["area"], text=d["text"], outcome=d["outcome"],
                   decided_by=d["decided_by"], meeting=m["id"], date=m["date"])
    for a in record["actions"]:
        if a.get("listed", True):
            facts.node(k(a["key"]), id=a["id"], text=a["text"], area=a["area"], owner_text=a["owner_text"],
                       due=a["due"], due_text=a["due_text"])
        else:  # only said to be closed here: the action's own wording comes from where it is listed
            facts.node(k(a["key"]), id=a["id"])
        facts.edge("LISTED_IN", k(a["key"]), meeting_key, _quotes(a["evidence"]), status=a["status"],
                   due=a["due"], due_text=a["due_text"], date=m["date"])
    for v in record["votes"]:
        t = v["tally"] or {}  # record@2: a tally holds only what is counted or stated, null when nothing is
        st = v["stated_tally"] or {}
        facts.node(k(v["key"]), question=v["question"], meeting=m["id"], date=m["date"],
                   tally_for=t.get("for"), tally_against=t.get("against"), tally_abstain=t.get("abstain"),
                   tally_absent=t.get("absent"), stated_for=st.get("for"), stated_against=st.get("against"),
                   stated_abstain=st.get("abstain"), stated_absent=st.get("absent"))
        facts.edge("HELD_IN", k(v["key"]), meeting_key, _quotes(v["evidence"]))
        for b in v["ballots"]:
            if b["person"]:
                facts.edge("CAST", k(b["person"]), k(v["key"]), _quotes(b["evidence"]), position=b["position"],
                           constituency=b["constituency"], comment=b["comment"])
    for r in record["relations"]:
        props = {p: v for p, v in r.items() if p not in ("type", "from", "to", "evidence")}
        props = {p: (json.dumps(v) if isinstance(v, (list, dict)) else k(v) if isinstance(v, str)
                     and ":" in v else v) for p, v in props.items()}
        facts.edge(r["type"], k(r["from"]), k(r["to"]), _quotes(r["evidence"]), **props)
    return facts
